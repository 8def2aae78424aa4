#pragma once

#include "domain/Violation.h"

#include <functional>
#include <memory>
#include <vector>

namespace anju {

class Database;

// Threads that read the database beside the program's own connection and keep their connection open
// between uses: the window's summary loader and the summary's section workers. A new SQLite connection
// reads its first pages through a fresh memory mapping and pays for every page it touches once more
// (about 0.3 s of a province's summary on the 2-core test machine); a kept one has paid already
// (docs/benchmarks.md, 2026-12-07).
//
// A new server connection costs more still: the server process behind it loads its caches while it runs
// the first statements (about 1 s of a province's summary on the test server). A kept server connection
// is asked once (SELECT 1) before each job and opened again when it was cut.
//
// Each thread opens its connection on itself, as Qt requires, the first time it is used or when asked to
// read another database, and closes it when the KeptReaders goes or closeEverywhere() asks. start() and
// wait() may be called from different threads (the window's loader starts on the window's thread and
// waits on another); start() on a busy thread waits for its job to end.
class KeptReaders
{
public:
    // What a thread runs: its connection, or null and why it could not be opened.
    using Job = std::function<void(const Database* reader, const Outcome& opened)>;

    explicit KeptReaders(int threads);
    ~KeptReaders(); // waits for running jobs, then closes the connections on their threads
    KeptReaders(const KeptReaders&) = delete;
    KeptReaders& operator=(const KeptReaders&) = delete;

    int size() const { return int(m_threads.size()); }
    // Starts `job` on thread `index` (0 ≤ index < size()), reading the database `like` is connected to
    // with `like`'s session (both copied now, on the caller's thread); waits first when that thread is
    // still busy with an earlier job.
    void start(int index, const Database& like, Job job);
    // Waits until every job started has finished.
    void wait();
    // start(0, …) and wait().
    void run(const Database& like, Job job);
    // Closes the connections every KeptReaders of the program holds, once their running jobs end (they
    // open again when next used): restoring a server backup replaces the database under its name and
    // is refused while any other connection to it is open (ServerBackup::restore). Safe from any thread
    // that is not one of theirs.
    static void closeEverywhere();

private:
    struct Thread;
    std::vector<std::unique_ptr<Thread>> m_threads;
};

} // namespace anju

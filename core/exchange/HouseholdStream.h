#pragma once

#include "exchange/ImportedHousehold.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace anju::exchange {

// Households handed from a thread that reads and checks a roster to the thread that writes them, a few
// hundred at a time and at most a few thousand ahead, so reading runs on the second core while SQLite
// writes on the first. The database is only touched by the consumer (a Qt SQL connection belongs to its
// thread).
class HouseholdStream
{
public:
    struct Batch
    {
        std::vector<ImportedHousehold> households;
        int rowsRead = 0; // rows read up to the end of this batch
        qint64 progressDone = 0;
        qint64 progressTotal = 0;
    };
    // What the producer is given: hand one household over; false when the consumer stopped.
    using HandOver =
        std::function<bool(ImportedHousehold&& household, int rowsRead, qint64 done, qint64 total)>;

    // Starts `produce` on its own thread; what it returns is finalError() once the stream ends.
    explicit HouseholdStream(std::function<QString(const HandOver&)> produce);
    ~HouseholdStream(); // stops the producer and waits for it
    HouseholdStream(const HouseholdStream&) = delete;
    HouseholdStream& operator=(const HouseholdStream&) = delete;

    // The next batch; false at the end of the stream (the producer has returned).
    bool next(Batch& batch);
    // Tells the producer to stop at its next household (cancel, or a write that failed) and waits for it.
    void stop();
    QString finalError() const { return m_error; }

    static constexpr size_t HouseholdsPerBatch = 256;
    static constexpr size_t BatchesAhead = 16;

private:
    bool push(ImportedHousehold&& household, int rowsRead, qint64 done, qint64 total);
    bool flush();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    Batch m_filling; // producer's own
    bool m_finished = false;
    bool m_stopped = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace anju::exchange

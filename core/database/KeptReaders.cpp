#include "database/KeptReaders.h"

#include "database/Database.h"

#include <QSqlQuery>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <set>

namespace anju {

struct KeptReaders::Thread
{
    std::mutex lock;
    std::condition_variable changed;
    // The job waiting to run, with copies of what it reads: taken by the thread, which then stays busy
    // until the job has returned.
    std::optional<Job> job;
    DatabaseLocation location;
    std::optional<Session> session;
    bool busy = false;
    bool quit = false;
    bool closeAsked = false; // closeEverywhere(): close the connection (if any) when idle, then clear this
    std::unique_ptr<QThread> thread;

    void loop();
};

namespace {

// Every KeptReaders of the program, for closeEverywhere().
std::mutex everyLock;
std::set<KeptReaders*>& every()
{
    static std::set<KeptReaders*> all;
    return all;
}

// A kept server connection may have been cut since (the server restarted, the network dropped): asked
// once, a round trip, before it is trusted with a job. A file's connection cannot be cut.
bool stillConnected(const Database& reader)
{
    if (!reader.connection().isOpen())
        return false;
    if (reader.dialect().engine() != SqlDialect::Engine::PostgreSql)
        return true;
    QSqlQuery alive(reader.connection());
    return alive.exec(QStringLiteral("SELECT 1"));
}

} // namespace

void KeptReaders::Thread::loop()
{
    std::unique_ptr<Database> reader;
    for (;;) {
        Job next;
        DatabaseLocation where;
        std::optional<Session> who;
        {
            std::unique_lock guard(lock);
            changed.wait(guard, [&] { return job.has_value() || quit || closeAsked; });
            if (closeAsked) {
                guard.unlock();
                reader.reset();
                guard.lock();
                closeAsked = false;
                changed.notify_all();
                continue;
            }
            if (!job)
                break;
            next = std::move(*job);
            job.reset();
            where = location;
            who = session;
        }
        if (reader && (reader->location().engine != where.engine || reader->location().path != where.path ||
                       !stillConnected(*reader)))
            reader.reset();
        Outcome opened;
        if (!reader) {
            Result<std::unique_ptr<Database>> reopened = Database::reopen(where, who);
            if (reopened)
                reader = std::move(reopened.value());
            else
                opened = reopened;
        }
        if (reader)
            reader->setSession(who);
        next(reader.get(), opened);
        {
            const std::lock_guard guard(lock);
            busy = false;
        }
        changed.notify_all();
    }
    // Closed on the thread that opened it.
    reader.reset();
}

KeptReaders::KeptReaders(int threads)
{
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<Thread>();
        Thread* self = thread.get();
        thread->thread.reset(QThread::create([self] { self->loop(); }));
        thread->thread->start();
        m_threads.push_back(std::move(thread));
    }
    const std::lock_guard guard(everyLock);
    every().insert(this);
}

KeptReaders::~KeptReaders()
{
    {
        const std::lock_guard guard(everyLock);
        every().erase(this);
    }
    for (const std::unique_ptr<Thread>& t : m_threads) {
        {
            const std::lock_guard guard(t->lock);
            t->quit = true;
        }
        t->changed.notify_all();
    }
    for (const std::unique_ptr<Thread>& t : m_threads)
        t->thread->wait();
}

void KeptReaders::start(int index, const Database& like, Job job)
{
    Thread& t = *m_threads.at(std::size_t(index));
    std::unique_lock guard(t.lock);
    t.changed.wait(guard, [&] { return !t.busy; });
    t.location = like.location();
    t.session = like.session() ? std::optional<Session>(*like.session()) : std::nullopt;
    t.job = std::move(job);
    t.busy = true;
    guard.unlock();
    t.changed.notify_all();
}

void KeptReaders::wait()
{
    for (const std::unique_ptr<Thread>& t : m_threads) {
        std::unique_lock guard(t->lock);
        t->changed.wait(guard, [&] { return !t->busy; });
    }
}

void KeptReaders::run(const Database& like, Job job)
{
    start(0, like, std::move(job));
    wait();
}

void KeptReaders::closeEverywhere()
{
    const std::lock_guard guard(everyLock);
    for (KeptReaders* kept : every()) {
        for (const std::unique_ptr<Thread>& t : kept->m_threads) {
            std::unique_lock threadGuard(t->lock);
            // Asked after the job running now, if any: a summary under way finishes first. A thread
            // without a connection just says it is done.
            t->changed.wait(threadGuard, [&] { return !t->busy; });
            t->closeAsked = true;
            t->changed.notify_all();
            t->changed.wait(threadGuard, [&] { return !t->closeAsked; });
        }
    }
}

} // namespace anju

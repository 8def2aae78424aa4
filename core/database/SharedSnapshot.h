#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QString>

namespace anju {

class Database;

// One committed state of the database that several connections read, as one connection in one
// transaction would: the monthly summary computes its sections on worker threads, each with its own
// connection (a Qt connection belongs to the thread that opened it), and every figure must come from the
// same moment even while another desk saves.
//
// SQLite: the holder takes the write lock (BEGIN IMMEDIATE), so nobody commits while the workers begin
// their read transactions; each worker reads at the last commit, which is then the same for all. The lock
// is held only until every worker has begun (a few milliseconds); saves elsewhere wait for it as for any
// other desk's save. PostgreSQL: the holder exports its snapshot (pg_export_snapshot) and each worker
// imports it (SET TRANSACTION SNAPSHOT), the documented way for parallel readers (as pg_dump -j does).
class SharedSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(anju::SharedSnapshot)

public:
    // Holds the moment on `holder` (which must not be in a transaction) until release().
    [[nodiscard]] static Result<SharedSnapshot> hold(const Database& holder);
    SharedSnapshot(SharedSnapshot&& other) noexcept;
    SharedSnapshot& operator=(SharedSnapshot&&) = delete;
    SharedSnapshot(const SharedSnapshot&) = delete;
    SharedSnapshot& operator=(const SharedSnapshot&) = delete;
    ~SharedSnapshot(); // releases when still held

    // Begins a read transaction on `reader` (another connection, on its own thread) at the held moment.
    // Safe to call from several threads at once. End it with endRead().
    [[nodiscard]] Outcome beginRead(const Database& reader) const;
    // Ends a reader's transaction (it wrote nothing).
    static void endRead(const Database& reader);
    // Lets the holder go; call it once every reader has begun.
    void release();

private:
    explicit SharedSnapshot(const Database& holder) : m_holder(&holder) {}

    const Database* m_holder = nullptr; // null once released
    QString m_serverSnapshot;           // PostgreSQL: the exported snapshot's id
};

} // namespace anju

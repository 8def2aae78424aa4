#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Internal to the grids module: the statements of a write, each in the caller's transaction, the
// database's complaint added to `outcome` in the user's language.
class GridWrites
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridWrites)

public:
    GridWrites(const Database& db, Outcome& outcome) : m_db(db), m_outcome(outcome) {}

    // An INSERT (or any statement); the new row's id in insertedId.
    bool write(const QString& sql, const QVariantList& values, qint64* insertedId = nullptr);
    // An UPDATE: how many rows it touched, or -1 when the database refused it.
    int update(const QString& sql, const QVariantList& values);
    // The open visit tasks of one assignee (staff or party member) whose window has not ended before `day`
    // given to another: what a handover moves along. A window that ended before the handover was missed by
    // the one who had it and stays theirs, so past months' plans per worker read as they were (the
    // findings keep listing it). Returns how many moved, or -1.
    int moveOpenTasks(const char* assigneeColumn, qint64 from, qint64 to, QDate day);

    // The first value of the first row, or an invalid QVariant (reads; no outcome).
    static QVariant scalar(const Database& db, const QString& sql, const QVariantList& values);

private:
    const Database& m_db;
    Outcome& m_outcome;
};

} // namespace anju::grids

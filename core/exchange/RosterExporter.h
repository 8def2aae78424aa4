#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

struct RosterExportOptions
{
    QString path;              // .xlsx (the office layout) or .csv (for machines); told by the extension
    qint64 siteId = 0;         // 0: every site
    bool includeFormer = true; // members who moved away or died, with their state and its date
    QString reportingUnit;     // 填报单位 (.xlsx only)
    QDate date;                // 填报日期 (.xlsx only); today when null
    // Called about every 1,000 persons and at the end; returning false cancels the export and leaves no file.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct RosterExportCounts
{
    qint64 households = 0;
    qint64 persons = 0;
    qint64 formerPersons = 0; // of `persons`, those who moved away or died
};

// Writes the household roster 花名册 to a file the importer reads back: the columns of RosterLayout,
// coded values in RosterVocabulary's words. Persons stream from one query, so a province exports in
// bounded memory; the file appears only when complete (written beside it, then moved into place).
class RosterExporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::RosterExporter)

public:
    explicit RosterExporter(const Database& db) : m_db(db) {}

    Outcome exportRoster(const RosterExportOptions& options);
    // What the last export wrote.
    const RosterExportCounts& counts() const { return m_counts; }
    bool wasCancelled() const { return m_cancelled; }

private:
    const Database& m_db;
    RosterExportCounts m_counts;
    bool m_cancelled = false;
};

} // namespace anju::exchange

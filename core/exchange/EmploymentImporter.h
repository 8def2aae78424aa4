#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// The columns of the office's employment sheet 就业台账.
enum class EmploymentField
{
    Name,     // 姓名 (the ID number finds the person; the name must be theirs)
    IdNumber, // 身份证号
    Channel,  // 就业渠道
    Place,    // 用工单位/地点: the employer, the workshop or post by its name, the project or park
    Province, // 输出省份
    City,     // 输出城市
    Income,   // 月收入 (yuan)
    StartedOn,
    EndedOn,
};

struct EmploymentImportOptions
{
    QString path;
    bool dryRun = false; // check everything, write nothing
};

struct EmploymentImportSummary
{
    int rowsRead = 0;
    int jobsNew = 0; // written, or with dryRun: would be written
    int rowsRejected = 0;
    bool written = false;
    QString sheetName;
    int headerRow = 0;
    QList<ImportError> errors; // any error: nothing is written
};

// Imports the office's employment sheet (.xlsx or .csv, with the roster's readers and header search): one
// job a row, the person found by the ID number (the name must match), the channel in the office's words
// (劳务输出, 帮扶车间, 公益岗位 …), the workshop or post by its name at the person's site. Every row is
// checked as EmploymentService checks a job typed in; when any row is bad each is listed with its reasons
// and nothing is written; else every job is written in one transaction with source 'import'.
class EmploymentImporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::EmploymentImporter)

public:
    explicit EmploymentImporter(const Database& db) : m_db(db) {}

    // An Outcome error only for a file that cannot be read, a header that cannot be used or a write the
    // database refused; bad rows are the summary's errors.
    Result<EmploymentImportSummary> run(const EmploymentImportOptions& options);
    // The canonical header of a field, and the field a header names (its synonyms too).
    static QString header(EmploymentField field);
    static std::optional<EmploymentField> fieldForHeader(const QString& headerText);
    // "Row 5, 身份证号: …"
    static QString describe(const ImportError& error);

private:
    const Database& m_db;
};

} // namespace anju::exchange

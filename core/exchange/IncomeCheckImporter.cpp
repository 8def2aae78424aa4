#include "exchange/IncomeCheckImporter.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "database/SqliteBulkLoad.h"
#include "domain/IdNumber.h"
#include "exchange/CellText.h"
#include "exchange/HeaderDetector.h"
#include "exchange/HouseholdAssembler.h"
#include "exchange/IncomeCheckCells.h"
#include "exchange/IncomeCheckImportStore.h"
#include "spreadsheet/MergedCells.h"

#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace anju::exchange {

namespace {

using F = IncomeCheckField;

constexpr QChar CellSeparator(u'\x1f');

// One row as read: the check it makes and why it cannot be written, if it cannot.
struct SheetRow
{
    int row = 0;
    // The row's cells as read, one string for the whole row (a unit separator between cells): kept for
    // the error list while every row waits for the duplicates check, so 280,000 rows cost one string each.
    QString cells;
    ImportedIncomeCheck check;
    bool headcountGiven = false;
    bool checkedOnGiven = false;
    QList<ImportError> errors;
};

// The amount columns and the member of the check each fills.
struct AmountColumn
{
    F field;
    qint64 ImportedIncomeCheck::*member;
};

const QList<AmountColumn>& amountColumns()
{
    static const QList<AmountColumn> all = {
        {F::Wages, &ImportedIncomeCheck::wages},
        {F::Business, &ImportedIncomeCheck::business},
        {F::Property, &ImportedIncomeCheck::property},
        {F::Transfers, &ImportedIncomeCheck::transfers},
        {F::OperatingCosts, &ImportedIncomeCheck::operatingCosts},
        {F::Medical, &ImportedIncomeCheck::medical},
        {F::Education, &ImportedIncomeCheck::education},
        {F::Disaster, &ImportedIncomeCheck::disaster},
        {F::OtherExpense, &ImportedIncomeCheck::otherExpense},
    };
    return all;
}

Result<HeaderDetector::HeaderRow> findIncomeHeader(TableReader& reader)
{
    return HeaderDetector::findHeaderRow(
        reader, -1, 0,
        [](const QStringList& headers) {
            return IncomeCheckLayout::looksLikeHeader(IncomeCheckLayout::mappingFor(headers));
        },
        IncomeCheckImporter::tr("No sheet of the file looks like a month's income checks: none has a header "
                                "with the head's ID number or the household code and an income column "
                                "(户主身份证号, 工资性收入 …) in its first %1 rows.")
            .arg(HeaderDetector::RowsSearched));
}

// The sheet with its header found: the reader stands just below the header.
struct OpenedSheet
{
    std::unique_ptr<TableReader> reader;
    IncomeCheckHeader header;
};

Result<OpenedSheet> openSheet(const QString& path)
{
    auto opened = TableReader::open(path);
    if (!opened)
        return Outcome(opened);
    OpenedSheet sheet;
    sheet.reader = std::move(opened.value());
    const auto found = findIncomeHeader(*sheet.reader);
    if (!found)
        return Outcome(found);
    sheet.header.sheetName = sheet.reader->sheetNames().value(found.value().sheetIndex);
    sheet.header.headerRow = found.value().headerRow;
    sheet.header.headers = found.value().headers;
    sheet.header.mapping = IncomeCheckLayout::mappingFor(sheet.header.headers);
    return sheet;
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// The day a check of `month` is taken to be made when the sheet gives none: the month's last day, or today
// while the month runs.
QDate defaultCheckDay(QDate month, QDate today)
{
    return std::min(month.addMonths(1).addDays(-1), today);
}

// The rows' checks, one per household and month: the household on two rows of one month is rejected on
// both, since the office must say which figures hold.
void rejectDuplicates(QList<SheetRow>& rows, const std::function<QString(F)>& columnName)
{
    QHash<std::pair<qint64, QDate>, QList<int>> rowsOf;
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).check.householdId > 0 && rows.at(i).check.month.isValid())
            rowsOf[{rows.at(i).check.householdId, rows.at(i).check.month}].append(i);
    const QString column = columnName(F::HeadIdNumber);
    for (const QList<int>& same : std::as_const(rowsOf)) {
        if (same.size() < 2)
            continue;
        for (int i : same) {
            QStringList others;
            for (int j : same)
                if (j != i)
                    others.append(QString::number(rows.at(j).row));
            rows[i].errors.append(
                {rows.at(i).row, column,
                 IncomeCheckImporter::tr("The household is on row %1 too, for the same month; keep one row.")
                     .arg(others.join(QStringLiteral("、")))});
        }
    }
}

} // namespace

Result<IncomeCheckHeader> IncomeCheckImporter::inspect(const QString& path)
{
    Result<OpenedSheet> opened = openSheet(path);
    if (!opened)
        return Outcome(opened);
    TableReader& reader = *opened.value().reader;
    IncomeCheckHeader header = opened.value().header;
    TableRow row;
    if (reader.next(row))
        for (const CellValue& cell : std::as_const(row.cells))
            header.firstRow.append(cell.text.simplified());
    return header;
}

QString IncomeCheckImporter::describe(const ImportError& error)
{
    if (error.row <= 0)
        return error.message;
    return tr("Row %1, %2: %3").arg(error.row).arg(error.column, error.message);
}

namespace {

// One run of IncomeCheckImporter::run: read and check every row, then write the rows that stand.
class IncomeImportRun
{
public:
    IncomeImportRun(const Database& db, const IncomeImportOptions& options)
        : m_db(db), m_options(options), m_store(db)
    {
    }

    IncomeImportSummary& summary() { return m_summary; }

    Outcome open()
    {
        if (m_options.month.isValid() && m_options.month > firstOfMonth(m_options.today))
            return Outcome::error(IncomeCheckImporter::tr("The month %1 has not begun: checks are imported "
                                                          "for this month or earlier ones.")
                                      .arg(m_options.month.toString(QStringLiteral("yyyy-MM"))));
        Result<OpenedSheet> opened = openSheet(m_options.path);
        if (!opened)
            return Outcome(opened);
        m_reader = std::move(opened.value().reader);
        const IncomeCheckHeader& header = opened.value().header;
        m_summary.sheetName = header.sheetName;
        m_summary.headerRow = header.headerRow;
        m_summary.headers = header.headers;
        m_mapping = header.mapping;
        if (!m_options.mapping.isEmpty()) {
            // The clerk's placement, as the dialog's table shows it: -1 is "not in the file".
            m_mapping.clear();
            for (auto it = m_options.mapping.constBegin(); it != m_options.mapping.constEnd(); ++it)
                if (it.value() >= 0)
                    m_mapping.insert(it.key(), it.value());
        }
        m_summary.mapping = m_mapping;
        if (const QStringList problems =
                IncomeCheckLayout::mappingProblems(m_mapping, m_options.month.isValid());
            !problems.isEmpty())
            return Outcome::error(problems.join(QLatin1Char('\n')));
        if (Outcome loaded = m_store.loadHouseholds(m_mapping.contains(F::HeadName)); !loaded)
            return Outcome::error(
                IncomeCheckImporter::tr("The database could not be read: %1").arg(loaded.summary()));
        return {};
    }

    // Every row of the sheet read and checked; false when cancelled.
    Outcome read()
    {
        m_half = std::max<qint64>(1, m_reader->progressTotal());
        MergedCells merged;
        merged.startSheet(m_reader->merges());
        TableRow row;
        while (m_reader->next(row)) {
            if (row.number % 256 == 0 && !goOn(m_reader->progressDone())) {
                m_summary.cancelled = true;
                return {};
            }
            if (HouseholdAssembler::isFooter(row))
                continue;
            m_rows.append(readRow(row, merged));
        }
        if (!m_reader->error().isEmpty())
            return Outcome::error(m_reader->error());
        m_summary.rowsRead = int(m_rows.size());
        rejectDuplicates(m_rows, [this](F field) { return columnName(field); });
        for (SheetRow& r : m_rows)
            settle(r);
        return {};
    }

    // The checks that stand written in one transaction (not on a dry run, nor with nothing to write).
    Outcome write()
    {
        if (m_options.dryRun || m_toWrite.isEmpty())
            return {};
        std::optional<LargeSqliteCache> cache;
        cache.emplace(m_db);
        WriteTransaction transaction(m_db);
        if (!transaction.isActive())
            return Outcome::error(transaction.error());
        const bool sqlite = m_db.dialect().engine() == SqlDialect::Engine::Sqlite;
        m_summary.quietTrail =
            sqlite && m_options.quietTrail.value_or(m_toWrite.size() >= IncomeCheckImporter::QuietTrailFrom);
        // The month's import is one event of the trail, as a roster's bulk load is, not a row per check.
        SuspendedSqliteTriggers triggers;
        if (m_summary.quietTrail)
            if (Outcome dropped = triggers.drop(m_db, QStringLiteral("audit_income_checks_%")); !dropped)
                return dropped;
        m_summary.atOnce =
            !sqlite && m_options.atOnce.value_or(true) && IncomeCheckImportStore::mayWriteAtOnce(m_db);
        if (m_summary.atOnce) {
            if (!goOn(m_half)) {
                m_summary.cancelled = true;
                return {};
            }
            // Sending takes a tenth of the writing; the server's one call, which cannot report, the rest.
            const Outcome written = m_store.writeAtOnce(m_toWrite, [&](qint64 sent) {
                return goOn(m_half + m_half * sent / (10 * m_toWrite.size()));
            });
            if (!written && written.summary().isEmpty()) {
                m_summary.cancelled = true;
                return {};
            }
            if (!written)
                return Outcome::error(
                    m_db.dialect().isDiskFull({}, written.summary())
                        ? diskFull()
                        : IncomeCheckImporter::tr("Writing the checks failed: %1").arg(written.summary()));
            // A Cancel pressed while the server wrote still keeps the database as it was.
            if (!goOn(2 * m_half - 1)) {
                m_summary.cancelled = true;
                return {};
            }
        } else if (Outcome rows = writeEach(); !rows || m_summary.cancelled) {
            return rows;
        }
        if (m_summary.quietTrail)
            if (Outcome restored = triggers.restore(m_db); !restored)
                return restored;
        if (Outcome logged = recordImport(); !logged)
            return logged;
        if (!transaction.commit())
            return Outcome::error(transaction.error());
        m_summary.written = true;
        goOn(2 * m_half);
        return {};
    }

private:
    static QString diskFull()
    {
        return IncomeCheckImporter::tr(
            "The disk is full: nothing of this import was saved. Free some space on "
            "the disk and import again.");
    }

    // One statement per check (SQLite, and the tests' other way on the server).
    Outcome writeEach()
    {
        if (Outcome prepared = m_store.prepareWrites(); !prepared)
            return prepared;
        for (int i = 0; i < m_toWrite.size(); ++i) {
            if (i % 256 == 0 && !goOn(m_half + m_half * i / m_toWrite.size())) {
                m_summary.cancelled = true;
                return {}; // the transaction rolls back as it goes
            }
            if (Outcome written = m_store.write(m_toWrite.at(i)); !written)
                return Outcome::error(m_db.dialect().isDiskFull({}, written.summary())
                                          ? diskFull()
                                          : IncomeCheckImporter::tr("Writing the check of row %1 failed: %2")
                                                .arg(m_fileRows.at(i))
                                                .arg(written.summary()));
        }
        return {};
    }

    bool goOn(qint64 done) { return !m_options.progress || m_options.progress(done, 2 * m_half); }

    QString columnName(F field) const
    {
        const int column = m_mapping.value(field, -1);
        return column >= 0 && !m_summary.headers.value(column).isEmpty() ? m_summary.headers.at(column)
                                                                         : IncomeCheckLayout::header(field);
    }

    SheetRow readRow(const TableRow& row, MergedCells& merged)
    {
        SheetRow r;
        r.row = row.number;
        if (m_options.rejectedRow) {
            QStringList cells;
            cells.reserve(row.cells.size());
            for (const CellValue& cell : row.cells)
                cells.append(cell.text);
            r.cells = cells.join(CellSeparator);
        }
        const auto cell = [&](F field) { return merged.valueAt(row, m_mapping.value(field, -1)); };
        const auto text = [&](F field) { return CellText::text(cell(field)); };
        const auto error = [&](F field, const QString& message) {
            r.errors.append({r.row, columnName(field), message});
        };
        ImportedIncomeCheck& c = r.check;

        // The household: by the head's ID number, or by its code; both given, they must agree.
        const QString idText = text(F::HeadIdNumber);
        const QString number = text(F::HouseholdNumber);
        std::optional<ImportHousehold> household;
        if (!idText.isEmpty()) {
            const IdNumber id = IdNumber::parse(idText, m_options.today);
            if (!id.isValid())
                error(F::HeadIdNumber, id.errorMessage());
            else if (!(household = m_store.byIdNumber(id.text())))
                error(F::HeadIdNumber, IncomeCheckImporter::tr(
                                           "No household of the register has a member with the ID number %1.")
                                           .arg(id.text()));
        }
        if (!number.isEmpty()) {
            const std::optional<ImportHousehold> byCode = m_store.byNumber(number);
            if (!byCode)
                error(F::HouseholdNumber,
                      IncomeCheckImporter::tr("No household has the code %1.").arg(number));
            else if (household && household->id != byCode->id)
                error(F::HouseholdNumber,
                      IncomeCheckImporter::tr("The code %1 is another household's than the ID number's (%2).")
                          .arg(number, household->number));
            else if (idText.isEmpty())
                household = byCode;
        }
        if (idText.isEmpty() && number.isEmpty())
            error(F::HeadIdNumber, IncomeCheckImporter::tr("Neither the head's ID number nor the household "
                                                           "code is given."));
        // The head's name, when the sheet has it, must be someone of the household found: rows that slipped
        // by one would otherwise write each family's figures to its neighbour. Another active member is
        // the head since the sheet was made.
        if (const QString name = text(F::HeadName); household && !name.isEmpty()) {
            const Result<bool> member = m_store.isCurrentMember(household->id, name);
            if (!member)
                error(F::HeadName,
                      IncomeCheckImporter::tr("The database could not be read: %1").arg(member.summary()));
            else if (!member.value())
                error(F::HeadName,
                      IncomeCheckImporter::tr("The head of household %1 is %2; the sheet says %3. "
                                              "Check whether the rows have slipped.")
                          .arg(household->number, household->headName, name));
        }
        if (household && r.errors.isEmpty()) {
            if (Outcome denied = Permissions::require(m_db, Action::WriteIncome, household->siteId); !denied)
                error(F::HeadIdNumber, denied.summary());
            else
                c.householdId = household->id;
        }

        // The month: the row's own, else the file's; a row that says another month than the file's is
        // the clerk's to settle.
        const CellValue monthCell = cell(F::Month);
        if (!monthCell.isEmpty()) {
            // Every row of a month's sheet says the same month: read once.
            if (monthCell.text != m_lastMonthText || monthCell.dateFormatted || monthCell.text.isEmpty()) {
                m_lastMonthText = monthCell.dateFormatted ? QString() : monthCell.text;
                m_lastMonth = IncomeCheckCells::month(monthCell, m_reader->date1904());
            }
            const Result<QDate>& month = m_lastMonth;
            if (!month)
                error(F::Month, month.summary());
            else if (m_options.month.isValid() && month.value() != m_options.month)
                error(F::Month, IncomeCheckImporter::tr("The row is for %1, the file is imported as %2.")
                                    .arg(month.value().toString(QStringLiteral("yyyy-MM")),
                                         m_options.month.toString(QStringLiteral("yyyy-MM"))));
            else
                c.month = month.value();
        } else if (m_options.month.isValid()) {
            c.month = m_options.month;
        } else {
            error(F::Month, IncomeCheckImporter::tr("The month is empty."));
        }
        if (c.month.isValid() && c.month > firstOfMonth(m_options.today)) {
            error(F::Month, IncomeCheckImporter::tr("The month %1 has not begun.")
                                .arg(c.month.toString(QStringLiteral("yyyy-MM"))));
            c.month = {};
        }

        bool anyAmount = false;
        for (const AmountColumn& column : amountColumns()) {
            const CellValue amount = cell(column.field);
            anyAmount = anyAmount || !amount.isEmpty();
            const Result<qint64> fen = IncomeCheckCells::fen(amount);
            if (!fen)
                error(column.field, fen.summary());
            else
                c.*column.member = fen.value();
        }
        // A row of the office's list with no amount at all is a household not checked yet (a template
        // filled in part), not a check of no income: imported, it would be flagged below the line and
        // named in the findings. A check of no income writes its zeros (or 无, -).
        if (!anyAmount)
            error(F::Wages, IncomeCheckImporter::tr("No amount is filled in on this row. Leave a household "
                                                    "not checked yet out of the sheet; for a check, write "
                                                    "its amounts (0 where there is none)."));
        const CellValue headcount = cell(F::Headcount);
        if (!headcount.isEmpty()) {
            const Result<int> people = IncomeCheckCells::headcount(headcount);
            if (!people)
                error(F::Headcount, people.summary());
            else
                c.headcount = people.value();
            r.headcountGiven = true;
        }
        const CellValue checkedOn = cell(F::CheckedOn);
        if (!checkedOn.isEmpty()) {
            r.checkedOnGiven = true;
            const Result<CellDate> day = CellText::date(checkedOn, m_reader->date1904());
            if (!day)
                error(F::CheckedOn, day.summary());
            else if (day.value().date > m_options.today)
                error(F::CheckedOn, IncomeCheckImporter::tr("The date %1 is in the future.")
                                        .arg(day.value().date.toString(Qt::ISODate)));
            else if (c.month.isValid() && day.value().date < c.month)
                error(F::CheckedOn, IncomeCheckImporter::tr("The check on %1 is before the month it is for.")
                                        .arg(day.value().date.toString(Qt::ISODate)));
            else
                c.checkedOn = day.value().date;
        }
        c.checker = text(F::Checker);
        c.note = text(F::Note);
        return r;
    }

    // The row against what is on file: defaults taken, then unchanged, new, changed or rejected.
    void settle(SheetRow& r)
    {
        ImportedIncomeCheck& c = r.check;
        std::optional<ImportedIncomeCheck> onFile;
        if (r.errors.isEmpty()) {
            const auto& checks = m_store.checksOf(c.month);
            if (const auto found = checks.constFind(c.householdId); found != checks.constEnd())
                onFile = *found;
            // What the sheet leaves blank besides the amounts keeps what is on file, else the defaults.
            if (!r.headcountGiven)
                c.headcount = onFile ? onFile->headcount : m_store.defaultHeadcount(c.householdId, c.month);
            if (!r.checkedOnGiven)
                c.checkedOn = onFile ? onFile->checkedOn : defaultCheckDay(c.month, m_options.today);
            if (c.checker.isEmpty() && onFile)
                c.checker = onFile->checker;
            if (c.note.isEmpty() && onFile)
                c.note = onFile->note;
            if (c.headcount <= 0)
                r.errors.append({r.row, columnName(F::Headcount),
                                 IncomeCheckImporter::tr("The household has no active member at the month's "
                                                         "end; give 家庭人口.")});
        }
        if (!r.errors.isEmpty()) {
            ++m_summary.rowsRejected;
            m_summary.errors += r.errors;
            if (m_options.rejectedRow) {
                QStringList reasons;
                for (const ImportError& e : std::as_const(r.errors))
                    reasons << e.column + QStringLiteral("：") + e.message;
                m_options.rejectedRow(r.row, r.cells.split(CellSeparator), reasons.join(QLatin1Char('\n')));
            }
            return;
        }
        if (!m_summary.months.contains(c.month))
            m_summary.months.append(c.month);
        if (onFile) {
            c.id = onFile->id;
            if (c.sameAs(*onFile)) {
                ++m_summary.checksUnchanged;
                return;
            }
            ++m_summary.checksChanged;
        } else {
            ++m_summary.checksNew;
        }
        m_toWrite.append(c);
        m_fileRows.append(r.row);
    }

    Outcome recordImport()
    {
        QStringList months;
        for (const QDate& month : std::as_const(m_summary.months))
            months.append(month.toString(QStringLiteral("yyyy-MM")));
        const QJsonObject detail{{QStringLiteral("file"), QFileInfo(m_options.path).fileName()},
                                 {QStringLiteral("month"), months.join(QStringLiteral(", "))},
                                 {QStringLiteral("checks_new"), m_summary.checksNew},
                                 {QStringLiteral("checks_changed"), m_summary.checksChanged},
                                 {QStringLiteral("bulk"), m_summary.quietTrail}};
        if (const SqlOutcome logged = AuditLog(m_db).record(QStringLiteral("import"), detail); !logged)
            return Outcome::error(logged.error);
        return {};
    }

    const Database& m_db;
    const IncomeImportOptions& m_options;
    IncomeCheckImportStore m_store;
    IncomeImportSummary m_summary;
    std::unique_ptr<TableReader> m_reader;
    IncomeCheckMapping m_mapping;
    QList<SheetRow> m_rows;
    QList<ImportedIncomeCheck> m_toWrite;
    QList<int> m_fileRows; // the sheet row of each check to write
    qint64 m_half = 1;
    QString m_lastMonthText;
    Result<QDate> m_lastMonth = Outcome();
};

} // namespace

Result<IncomeImportSummary> IncomeCheckImporter::run(const IncomeImportOptions& options)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome); !denied)
        return denied;
    IncomeImportRun importing(m_db, options);
    if (Outcome opened = importing.open(); !opened)
        return opened;
    if (Outcome read = importing.read(); !read)
        return read;
    if (importing.summary().cancelled)
        return importing.summary();
    if (Outcome written = importing.write(); !written)
        return written;
    return importing.summary();
}

} // namespace anju::exchange

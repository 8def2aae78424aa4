#include "exchange/RosterImporter.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqliteBulkLoad.h"
#include "registry/SearchIndex.h"
#include "exchange/ColumnMappingCheck.h"
#include "exchange/HeaderDetector.h"
#include "exchange/HouseholdAssembler.h"
#include "exchange/HouseholdStream.h"
#include "exchange/ImportChecker.h"
#include "exchange/ImportWriter.h"
#include "exchange/ImportedHousehold.h"
#include "spreadsheet/TableReader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <ctime>

#include <optional>

namespace anju::exchange {

namespace {

// The time of each phase of a run (QT_LOGGING_RULES="anju.import.debug=true"), for the benchmark.
Q_LOGGING_CATEGORY(lcImport, "anju.import", QtWarningMsg)

qint64 threadCpuMs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
#else
    return 0;
#endif
}

QString fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Rosters this large against a database this small load faster with indexes made afterwards.
bool worthBulkLoading(const Database& db, qint64 fileBytes)
{
    if (db.dialect().engine() != SqlDialect::Engine::Sqlite || fileBytes < 8 * 1024 * 1024)
        return false;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM persons")) && q.next() &&
           q.value(0).toLongLong() < 200000;
}

void labelSheet(ImportedHousehold& household, const QString& sheet)
{
    if (sheet.isEmpty())
        return;
    for (ImportError& e : household.errors)
        e.sheet = sheet;
}

// The next sheet after `current` whose header maps the same columns, positioned after its header;
// -1 when there is none (only when the roster sheet was found, not chosen by the user).
int nextRosterSheet(TableReader& reader, int current, const HeaderDetector::Found& first,
                    const ImportOptions& options)
{
    if (options.sheetIndex >= 0)
        return -1;
    const int sheets = static_cast<int>(reader.sheetNames().size());
    for (int sheet = current + 1; sheet < sheets; ++sheet) {
        ImportOptions only = options;
        only.sheetIndex = sheet;
        only.headerRow = 0;
        QString ignored;
        const HeaderDetector::Found found = HeaderDetector::detect(reader, only, &ignored);
        if (found.sheetIndex == sheet && found.mapping == first.mapping)
            return sheet;
    }
    return -1;
}

// The day a file with this digest was imported, if it was.
std::optional<QDate> importedOn(const Database& db, const QString& digest)
{
    QSqlQuery seen(db.connection());
    seen.prepare(QStringLiteral("SELECT imported_at FROM imports WHERE sha256 = ? ORDER BY id LIMIT 1"));
    seen.addBindValue(digest);
    if (seen.exec() && seen.next())
        return QDate::fromString(seen.value(0).toString().left(10), Qt::ISODate);
    return std::nullopt;
}

// Each row of a rejected household with its reasons, for the error list the clerk fixes and re-imports.
void reportRejectedRows(const ImportedHousehold& household, const ImportOptions& options)
{
    if (!options.rejectedRow)
        return;
    for (const ImportedMember& m : household.members) {
        QStringList reasons;
        for (const ImportError& e : household.errors) {
            if (e.row == m.row)
                reasons.append(e.column + QStringLiteral("：") + e.message);
        }
        if (reasons.isEmpty())
            reasons.append(RosterImporter::tr("Another row of this household has an error."));
        options.rejectedRow(m.row, m.cells, reasons.join(QLatin1Char('\n')));
    }
}

// The file in the imports table (so it is not imported twice) and one audit event for the whole file;
// a bulk load wrote no audit row of its own for each household (its triggers were dropped with the
// indexes), a smaller import wrote both.
Outcome recordImport(const Database& db, const QString& path, const QString& digest,
                     const ImportSummary& summary, bool bulk)
{
    const QString general = QLatin1String(Field::General);
    const QString fileName = QFileInfo(path).fileName();
    QSqlQuery log(db.connection());
    if (const SqlOutcome written = SqlRun::write(
            db, log,
            QStringLiteral(
                "INSERT INTO imports (file_name, sha256, households, persons) VALUES (?, ?, ?, ?)"),
            {fileName, digest, summary.householdsImported, summary.personsImported});
        !written)
        return Outcome::failure(general, written.error);
    const QJsonObject detail{{QStringLiteral("file"), fileName},
                             {QStringLiteral("sha256"), digest},
                             {QStringLiteral("households"), summary.householdsImported},
                             {QStringLiteral("persons"), summary.personsImported},
                             {QStringLiteral("bulk"), bulk}};
    if (const SqlOutcome logged = AuditLog(db).record(QStringLiteral("import"), detail); !logged)
        return Outcome::failure(general, logged.error);
    return {};
}

} // namespace

QString RosterImporter::describe(const ImportError& error)
{
    if (error.row <= 0)
        return error.message;
    if (!error.sheet.isEmpty())
        return tr("Sheet %1, row %2, %3: %4")
            .arg(error.sheet)
            .arg(error.row)
            .arg(error.column, error.message);
    return tr("Row %1, %2: %3").arg(error.row).arg(error.column, error.message);
}

Result<ImportSummary> RosterImporter::run(const ImportOptions& options)
{
    const QString general = QLatin1String(Field::General);
    if (Outcome denied = Permissions::require(m_db, Action::ImportRoster); !denied)
        return denied;
    // A column the user chose for two fields is refused here, not left to the header detector to
    // settle at random (the mapping table shows the same problem before the clerk gets this far).
    if (const ColumnMappingCheck check = ColumnMappingCheck::of(options.mapping);
        !check.sharedColumns.isEmpty()) {
        ColumnMappingCheck shared;
        shared.sharedColumns = check.sharedColumns;
        return Outcome::failure(general, shared.messages().join(QLatin1Char('\n')));
    }
    Result<std::unique_ptr<TableReader>> opened = TableReader::open(options.path);
    if (!opened)
        return Outcome::failure(general, opened.summary());
    const std::unique_ptr<TableReader> reader = std::move(opened.value());
    QString error;

    ImportSummary summary;
    const QString digest = fileDigest(options.path);
    if (const std::optional<QDate> before = importedOn(m_db, digest)) {
        summary.alreadyImported = true;
        summary.alreadyImportedOn = *before;
        return summary;
    }

    const HeaderDetector::Found found = HeaderDetector::detect(*reader, options, &error);
    if (found.sheetIndex < 0)
        return Outcome::failure(general, error);
    summary.sheetName = reader->sheetNames().value(found.sheetIndex);
    summary.headerRow = found.headerRow;
    summary.headers = found.headers;
    summary.mapping = found.mapping;
    if (const ColumnMappingCheck check = ColumnMappingCheck::of(found.mapping); !check.ok())
        return Outcome::failure(general, check.messages().join(QLatin1Char('\n')));

    HouseholdAssembler assembler(found.headers, found.mapping, reader->merges(), reader->date1904(),
                                 options.today);
    assembler.setKeepOriginalCells(bool(options.rejectedRow));
    ImportChecker checker(m_db, options.today);
    if (!checker.loadExisting(&error))
        return Outcome::failure(general, tr("The database could not be read: %1").arg(error));

    const LargeSqliteCache cache(m_db);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general, transaction.error());
    DeferredSqliteIndexes indexes;
    const bool bulk = !options.dryRun &&
                      options.bulkLoad.value_or(worthBulkLoading(m_db, QFileInfo(options.path).size())) &&
                      m_db.dialect().engine() == SqlDialect::Engine::Sqlite;
    if (bulk) {
        if (const Outcome dropped = indexes.drop(m_db); !dropped)
            return Outcome::failure(general,
                                    tr("The database could not be prepared: %1").arg(dropped.summary()));
    }
    ImportWriter writer(m_db, options.today, options.useSqliteApi);
    if (!writer.prepare(&error))
        return Outcome::failure(general, tr("The database could not be prepared: %1").arg(error));

    bool writing = !options.dryRun;
    auto process = [&](ImportedHousehold& household) -> bool {
        ImportChecker::Verdict verdict = checker.check(household, assembler);
        qint64 siteId = 0;
        if (verdict == ImportChecker::Verdict::Write) {
            QString why;
            siteId = writer.resolveSite(household, options.defaultSite, &why);
            if (!siteId) {
                household.errors.append({household.firstRow, assembler.columnName(RosterField::Site), why});
                verdict = ImportChecker::Verdict::Reject;
            } else if (const Outcome denied = Permissions::require(m_db, Action::ImportRoster, siteId);
                       !denied) {
                household.errors.append(
                    {household.firstRow, assembler.columnName(RosterField::Site), denied.summary()});
                verdict = ImportChecker::Verdict::Reject;
            }
        }
        if (verdict == ImportChecker::Verdict::Unchanged) {
            ++summary.householdsUnchanged;
            return true;
        }
        if (verdict == ImportChecker::Verdict::Reject) {
            labelSheet(household, household.sheetName);
            ++summary.householdsRejected;
            summary.rowsRejected += static_cast<int>(household.members.size());
            summary.errors += household.errors;
            // Without skipInvalid the import fails as a whole: no use writing any further.
            writing = writing && options.skipInvalid;
            reportRejectedRows(household, options);
            return true;
        }
        ++summary.householdsImported;
        summary.personsImported += static_cast<int>(household.members.size());
        if (!writing)
            return true;
        QString why;
        if (!writer.write(household, siteId, &why)) {
            error = m_db.dialect().isDiskFull({}, why)
                        ? tr("The disk is full: nothing of this import was saved. Free some space on the "
                             "disk and import again.")
                        : tr("Writing household %1 failed: %2").arg(household.household.number, why);
            return false;
        }
        return true;
    };

    QElapsedTimer phase;
    phase.start();
    std::clock_t cpu = std::clock();
    auto cpuMs = [&cpu] {
        const std::clock_t before = std::exchange(cpu, std::clock());
        return qint64(cpu - before) * 1000 / CLOCKS_PER_SEC;
    };
    // Reading, assembling and the rules of each household run on a thread of their own, ahead of this one,
    // which checks against the database and the rest of the file, and writes.
    QStringList moreSheets;
    HouseholdStream stream([&](const HouseholdStream::HandOver& handOver) -> QString {
        TableRow row;
        int rowsRead = 0;
        QString sheetLabel; // empty on the first sheet
        auto hand = [&](ImportedHousehold& household) {
            checker.checkRules(household, assembler);
            household.sheetName = sheetLabel;
            return handOver(std::move(household), rowsRead, reader->progressDone(), reader->progressTotal());
        };
        for (int sheet = found.sheetIndex;;) {
            while (reader->next(row)) {
                ++rowsRead;
                if (std::optional<ImportedHousehold> done = assembler.add(row)) {
                    if (!hand(*done))
                        return {};
                }
            }
            if (!reader->error().isEmpty())
                return reader->error();
            if (std::optional<ImportedHousehold> last = assembler.finish()) {
                if (!hand(*last))
                    return {};
            }
            // A roster longer than one Excel sheet goes on in the next sheets under the same header.
            sheet = nextRosterSheet(*reader, sheet, found, options);
            if (sheet < 0) {
                qCDebug(lcImport) << "reading thread:" << threadCpuMs() << "ms CPU";
                return {};
            }
            sheetLabel = reader->sheetNames().value(sheet);
            moreSheets.append(sheetLabel);
            assembler.startSheet(reader->merges());
        }
    });
    const qint64 writingThreadStart = threadCpuMs();
    HouseholdStream::Batch batch;
    int rowsRead = 0;
    while (stream.next(batch)) {
        for (ImportedHousehold& household : batch.households) {
            if (!process(household)) {
                stream.stop();
                return Outcome::failure(general, error);
            }
        }
        // Progress (and the chance to cancel) about every thousand rows, as the rows were read.
        const bool report = batch.rowsRead / 1000 > rowsRead / 1000;
        rowsRead = batch.rowsRead;
        if (report && options.progress && !options.progress(batch.progressDone, batch.progressTotal)) {
            stream.stop();
            summary.cancelled = true;
            return summary; // the transaction rolls back: the database stays as it was
        }
    }
    stream.stop();
    if (!stream.finalError().isEmpty())
        return Outcome::failure(general, stream.finalError());
    summary.moreSheets = moreSheets;

    const bool commit = !options.dryRun && (summary.householdsRejected == 0 || options.skipInvalid) &&
                        summary.householdsImported > 0;
    if (!commit)
        return summary;
    qCDebug(lcImport) << "writing thread:" << threadCpuMs() - writingThreadStart << "ms CPU";
    qCDebug(lcImport) << "read, checked and wrote" << rowsRead << "rows:" << phase.restart() << "ms,"
                      << cpuMs() << "ms CPU";
    if (bulk && !registry::SearchIndex::restoreAfterBulkLoad(m_db, indexes, true, &error))
        return Outcome::failure(general, tr("The imported rows could not be indexed: %1").arg(error));
    qCDebug(lcImport) << "indexes restored:" << phase.restart() << "ms," << cpuMs() << "ms CPU";
    if (Outcome recorded = recordImport(m_db, options.path, digest, summary, bulk); !recorded)
        return recorded;
    if (!transaction.commit())
        return Outcome::failure(general, transaction.error());
    qCDebug(lcImport) << "committed:" << phase.restart() << "ms," << cpuMs() << "ms CPU";
    summary.written = true;
    if (options.progress)
        options.progress(reader->progressTotal(), reader->progressTotal());
    return summary;
}

} // namespace anju::exchange

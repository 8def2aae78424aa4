#include "exchange/RosterImporter.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqliteBulkLoad.h"
#include "exchange/ColumnMappingCheck.h"
#include "exchange/HeaderDetector.h"
#include "exchange/HouseholdAssembler.h"
#include "exchange/HouseholdStream.h"
#include "exchange/ImportChecker.h"
#include "exchange/ImportWriter.h"
#include "exchange/ImportedHousehold.h"
#include "exchange/MoveInDate.h"
#include "exchange/RememberedColumns.h"
#include "registry/SearchIndex.h"
#include "spreadsheet/TableReader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
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
        const Result<HeaderDetector::Found> found = HeaderDetector::detect(reader, only);
        if (found && found.value().sheetIndex == sheet && found.value().mapping == first.mapping)
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

Outcome failure(const QString& message)
{
    return Outcome::failure(QLatin1String(Field::General), message);
}

// What the import needs before it touches the file: the permission, and a column the user chose for
// two fields is refused here, not left to the header detector to settle at random (the mapping table
// shows the same problem before the clerk gets this far).
Outcome refuseUnusable(const Database& db, const ImportOptions& options)
{
    if (Outcome denied = Permissions::require(db, Action::ImportRoster); !denied)
        return denied;
    if (const ColumnMappingCheck check = ColumnMappingCheck::of(options.mapping);
        !check.sharedColumns.isEmpty()) {
        ColumnMappingCheck shared;
        shared.sharedColumns = check.sharedColumns;
        return failure(shared.messages().join(QLatin1Char('\n')));
    }
    return {};
}

// One run of RosterImporter::run, step by step: open the file, find its header, get the checks ready,
// get the writing ready, read, check and write every household, and finish (indexes, record, commit).
// The members are declared in the order they must be torn down in reverse: the prepared statements of the
// writer before the indexes and the transaction, the transaction (a rollback unless committed) before the
// cache size is put back, and the file last.
class ImportRun
{
public:
    ImportRun(const Database& db, const ImportOptions& options)
        : m_db(db), m_options(options), m_checker(db, options.today),
          m_writer(db, options.today, options.useSqliteApi)
    {
    }

    const ImportSummary& summary() const { return m_summary; }

    // Opens the roster and notes whether this very file was imported before.
    Outcome open()
    {
        Result<std::unique_ptr<TableReader>> opened = TableReader::open(m_options.path);
        if (!opened)
            return failure(opened.summary());
        m_reader = std::move(opened.value());
        m_digest = fileDigest(m_options.path);
        if (const std::optional<QDate> before = importedOn(m_db, m_digest)) {
            m_summary.alreadyImported = true;
            m_summary.alreadyImportedOn = *before;
        }
        return {};
    }

    // Finds the roster's sheet and header, and refuses a mapping without a required field or with a
    // column chosen for two fields.
    Outcome detectHeader()
    {
        Result<HeaderDetector::Found> found = HeaderDetector::detect(*m_reader, m_options);
        if (!found)
            return found;
        m_found = found.value();
        m_summary.sheetName = m_reader->sheetNames().value(m_found.sheetIndex);
        m_summary.headerRow = m_found.headerRow;
        m_summary.headers = m_found.headers;
        m_summary.mapping = m_found.mapping;
        if (const ColumnMappingCheck check = ColumnMappingCheck::of(m_found.mapping); !check.ok())
            return failure(check.messages().join(QLatin1Char('\n')));
        // A roster without move-in dates is one question to the clerk, not a rejection per household.
        if (Outcome dated = MoveInDate::problem(m_found.mapping, m_options.movedIn, m_options.today); !dated)
            return dated;
        return {};
    }

    // The assembler of rows into households, and the checker with what the database holds already.
    Outcome prepareChecks()
    {
        m_assembler.emplace(m_found.headers, m_found.mapping, m_reader->merges(), m_reader->date1904(),
                            m_options.today);
        m_assembler->setKeepOriginalCells(bool(m_options.rejectedRow));
        m_assembler->setDefaultRelocationDate(m_options.movedIn);
        if (Outcome loaded = m_checker.loadExisting(); !loaded)
            return failure(RosterImporter::tr("The database could not be read: %1").arg(loaded.summary()));
        return {};
    }

    // The transaction, the indexes dropped for a bulk load, and the writer's statements.
    Outcome prepareWriting()
    {
        m_cache.emplace(m_db);
        m_transaction.emplace(m_db);
        if (!m_transaction->isActive())
            return failure(m_transaction->error());
        m_bulk = !m_options.dryRun &&
                 m_options.bulkLoad.value_or(worthBulkLoading(m_db, QFileInfo(m_options.path).size())) &&
                 m_db.dialect().engine() == SqlDialect::Engine::Sqlite;
        if (m_bulk) {
            if (const Outcome dropped = m_indexes.drop(m_db); !dropped)
                return failure(
                    RosterImporter::tr("The database could not be prepared: %1").arg(dropped.summary()));
        }
        if (Outcome prepared = m_writer.prepare(); !prepared)
            return failure(
                RosterImporter::tr("The database could not be prepared: %1").arg(prepared.summary()));
        m_writing = !m_options.dryRun;
        return {};
    }

    // Reading, assembling and the rules of each household run on a thread of their own, ahead of this
    // one, which checks against the database and the rest of the file, and writes. A cancel leaves the
    // summary marked cancelled.
    Outcome readCheckAndWrite()
    {
        m_phase.start();
        m_cpu = std::clock();
        HouseholdStream stream([this](const HouseholdStream::HandOver& handOver) { return read(handOver); });
        m_writingThreadStart = threadCpuMs();
        HouseholdStream::Batch batch;
        while (stream.next(batch)) {
            for (ImportedHousehold& household : batch.households) {
                if (Outcome processed = process(household); !processed) {
                    stream.stop();
                    return processed;
                }
            }
            // Progress (and the chance to cancel) about every thousand rows, as the rows were read.
            const bool report = batch.rowsRead / 1000 > m_rowsRead / 1000;
            m_rowsRead = batch.rowsRead;
            if (report && m_options.progress &&
                !m_options.progress(batch.progressDone, batch.progressTotal)) {
                stream.stop();
                m_summary.cancelled = true;
                return {};
            }
        }
        stream.stop();
        if (!stream.finalError().isEmpty())
            return failure(stream.finalError());
        m_summary.moreSheets = m_moreSheets;
        return {};
    }

    // Whether what was written stays: not on a dry run, nor with a rejected household without
    // skipInvalid, nor when nothing was imported.
    bool commits() const
    {
        return !m_options.dryRun && (m_summary.householdsRejected == 0 || m_options.skipInvalid) &&
               m_summary.householdsImported > 0;
    }

    // Makes the indexes again after a bulk load, records the file and commits.
    Outcome finish()
    {
        qCDebug(lcImport) << "writing thread:" << threadCpuMs() - m_writingThreadStart << "ms CPU";
        qCDebug(lcImport) << "read, checked and wrote" << m_rowsRead << "rows:" << m_phase.restart() << "ms,"
                          << cpuMs() << "ms CPU";
        if (m_bulk) {
            if (Outcome indexed = registry::SearchIndex::restoreAfterBulkLoad(m_db, m_indexes, true);
                !indexed)
                return failure(
                    RosterImporter::tr("The imported rows could not be indexed: %1").arg(indexed.summary()));
        }
        qCDebug(lcImport) << "indexes restored:" << m_phase.restart() << "ms," << cpuMs() << "ms CPU";
        // The columns the clerk placed by hand are offered to the next import (its error list included).
        const HeaderMemory learned =
            RememberedColumns::merged(m_options.remembered, m_found.headers, m_found.mapping);
        if (learned != m_options.remembered) {
            if (Outcome saved = RememberedColumns::save(m_db, learned); !saved)
                return saved;
        }
        if (Outcome recorded = recordImport(m_db, m_options.path, m_digest, m_summary, m_bulk); !recorded)
            return recorded;
        if (!m_transaction->commit())
            return failure(m_transaction->error());
        qCDebug(lcImport) << "committed:" << m_phase.restart() << "ms," << cpuMs() << "ms CPU";
        m_summary.written = true;
        if (m_options.progress)
            m_options.progress(m_reader->progressTotal(), m_reader->progressTotal());
        return {};
    }

private:
    // The reading thread: every row of the roster's sheet (and of the sheets after it under the same
    // header) assembled into households and checked by the rules, handed over one by one. Returns the
    // reader's error, if any.
    QString read(const HouseholdStream::HandOver& handOver)
    {
        TableRow row;
        int rowsRead = 0;
        QString sheetLabel; // empty on the first sheet
        auto hand = [&](ImportedHousehold& household) {
            m_checker.checkRules(household, *m_assembler);
            household.sheetName = sheetLabel;
            return handOver(std::move(household), rowsRead, m_reader->progressDone(),
                            m_reader->progressTotal());
        };
        for (int sheet = m_found.sheetIndex;;) {
            while (m_reader->next(row)) {
                ++rowsRead;
                if (std::optional<ImportedHousehold> done = m_assembler->add(row)) {
                    if (!hand(*done))
                        return {};
                }
            }
            if (!m_reader->error().isEmpty())
                return m_reader->error();
            if (std::optional<ImportedHousehold> last = m_assembler->finish()) {
                if (!hand(*last))
                    return {};
            }
            // A roster longer than one Excel sheet goes on in the next sheets under the same header.
            sheet = nextRosterSheet(*m_reader, sheet, m_found, m_options);
            if (sheet < 0) {
                qCDebug(lcImport) << "reading thread:" << threadCpuMs() << "ms CPU";
                return {};
            }
            sheetLabel = m_reader->sheetNames().value(sheet);
            m_moreSheets.append(sheetLabel);
            m_assembler->startSheet(m_reader->merges());
        }
    }

    // One household on the writing thread: checked against the database and the file so far, then counted
    // as unchanged, rejected or imported, and written while writing goes on. Fails only when a write did.
    Outcome process(ImportedHousehold& household)
    {
        ImportChecker::Verdict verdict = m_checker.check(household, *m_assembler);
        qint64 siteId = 0;
        if (verdict == ImportChecker::Verdict::Write) {
            if (const Result<qint64> site = siteFor(household)) {
                siteId = site.value();
            } else {
                household.errors.append(
                    {household.firstRow, m_assembler->columnName(RosterField::Site), site.summary()});
                verdict = ImportChecker::Verdict::Reject;
            }
        }
        switch (verdict) {
        case ImportChecker::Verdict::Unchanged:
            ++m_summary.householdsUnchanged;
            return {};
        case ImportChecker::Verdict::Reject:
            reject(household);
            return {};
        case ImportChecker::Verdict::Write:
            break;
        }
        ++m_summary.householdsImported;
        m_summary.personsImported += static_cast<int>(household.members.size());
        return m_writing ? write(household, siteId) : Outcome();
    }

    // A rejected household in the summary and the error list.
    void reject(ImportedHousehold& household)
    {
        labelSheet(household, household.sheetName);
        ++m_summary.householdsRejected;
        m_summary.rowsRejected += static_cast<int>(household.members.size());
        m_summary.errors += household.errors;
        // Without skipInvalid the import fails as a whole: no use writing any further.
        m_writing = m_writing && m_options.skipInvalid;
        reportRejectedRows(household, m_options);
    }

    // Writes the household; a failure says which, or that the disk is full.
    Outcome write(ImportedHousehold& household, qint64 siteId)
    {
        const Outcome written = m_writer.write(household, siteId);
        if (written)
            return {};
        const QString why = written.summary();
        return failure(
            m_db.dialect().isDiskFull({}, why)
                ? RosterImporter::tr("The disk is full: nothing of this import was saved. Free "
                                     "some space on the disk and import again.")
                : RosterImporter::tr("Writing household %1 failed: %2").arg(household.household.number, why));
    }

    // The site the household goes to, when the user may import into it.
    Result<qint64> siteFor(const ImportedHousehold& household)
    {
        const Result<qint64> site = m_writer.resolveSite(household, m_options.defaultSite);
        if (!site)
            return site;
        if (Outcome denied = Permissions::require(m_db, Action::ImportRoster, site.value()); !denied)
            return denied;
        return site;
    }

    qint64 cpuMs()
    {
        const std::clock_t before = std::exchange(m_cpu, std::clock());
        return qint64(m_cpu - before) * 1000 / CLOCKS_PER_SEC;
    }

    const Database& m_db;
    const ImportOptions& m_options;
    ImportSummary m_summary;
    std::unique_ptr<TableReader> m_reader;
    QString m_digest;
    HeaderDetector::Found m_found;
    std::optional<HouseholdAssembler> m_assembler;
    ImportChecker m_checker;
    std::optional<LargeSqliteCache> m_cache;
    std::optional<WriteTransaction> m_transaction;
    DeferredSqliteIndexes m_indexes;
    ImportWriter m_writer;
    bool m_bulk = false;
    bool m_writing = false;
    QStringList m_moreSheets; // written by the reading thread, read after it ended
    int m_rowsRead = 0;
    QElapsedTimer m_phase;
    std::clock_t m_cpu = 0;
    qint64 m_writingThreadStart = 0;
};

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
    if (Outcome refused = refuseUnusable(m_db, options); !refused)
        return refused;
    // The office's remembered columns come from the database, whatever the caller passed.
    ImportOptions withMemory = options;
    withMemory.remembered = RememberedColumns::load(m_db);
    ImportRun importing(m_db, withMemory);
    if (Outcome opened = importing.open(); !opened)
        return opened;
    if (importing.summary().alreadyImported)
        return importing.summary();
    if (Outcome detected = importing.detectHeader(); !detected)
        return detected;
    if (Outcome checksReady = importing.prepareChecks(); !checksReady)
        return checksReady;
    if (Outcome writingReady = importing.prepareWriting(); !writingReady)
        return writingReady;
    if (Outcome imported = importing.readCheckAndWrite(); !imported)
        return imported;
    // Cancelled, a dry run, a rejected household without skipInvalid, or nothing to import: the
    // transaction rolls back and the database stays as it was.
    if (importing.summary().cancelled || !importing.commits())
        return importing.summary();
    if (Outcome finished = importing.finish(); !finished)
        return finished;
    return importing.summary();
}

} // namespace anju::exchange

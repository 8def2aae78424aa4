#include "import/ImportWorker.h"

#include "database/Database.h"
#include "exchange/CellText.h"
#include "exchange/HeaderDetector.h"
#include "exchange/RememberedColumns.h"
#include "exchange/RosterImporter.h"
#include "spreadsheet/TableReader.h"

#include <QDate>
#include <QThread>

namespace anju {

ImportWorker::ImportWorker(const Database& db, QObject* parent) : QObject(parent), m_db(db) {}

ImportWorker::~ImportWorker()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWorker::start(std::function<void()> work, std::function<void()> done)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        // The thread has emitted its last signal; waiting only lets it leave run().
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_importing = false;
        done();
    });
    m_thread->start();
}

void ImportWorker::cancel()
{
    m_cancel = true;
}

FileInspection ImportWorker::inspectFile(const QString& path, int sheetIndex, int headerRow,
                                         const exchange::HeaderMemory& remembered)
{
    FileInspection found;
    found.path = path;
    Result<std::unique_ptr<TableReader>> opened = TableReader::open(path);
    if (!opened) {
        found.error = opened.summary();
        return found;
    }
    const std::unique_ptr<TableReader> reader = std::move(opened.value());
    found.readable = true;
    found.sheetNames = reader->sheetNames();
    found.formatName = reader->formatName();
    exchange::ImportOptions options;
    options.sheetIndex = sheetIndex;
    options.headerRow = headerRow;
    options.remembered = remembered;
    const Result<exchange::HeaderDetector::Found> detected =
        exchange::HeaderDetector::detect(*reader, options);
    if (!detected) {
        found.error = detected.summary();
        found.sheetIndex = sheetIndex >= 0 ? sheetIndex : 0;
        return found;
    }
    const exchange::HeaderDetector::Found& header = detected.value();
    found.error.clear();
    found.sheetIndex = header.sheetIndex;
    found.headerRow = header.headerRow;
    found.headers = header.headers;
    found.mapping = header.mapping;
    // The detector leaves the reader just below the header.
    TableRow row;
    if (reader->next(row)) {
        // A date cell holds its serial number (31118); the clerk recognizes the date it stands for.
        for (const CellValue& cell : std::as_const(row.cells)) {
            QString shown = cell.text.simplified();
            if (cell.dateFormatted) {
                if (const Result<exchange::CellDate> date =
                        exchange::CellText::date(cell, reader->date1904()))
                    shown = date.value().date.toString(Qt::ISODate);
            }
            found.firstRow.append(shown);
        }
    }
    return found;
}

void ImportWorker::inspect(const QString& path, int sheetIndex, int headerRow)
{
    // Read here, on the thread that owns the connection; the file is read on the worker's.
    const InspectionRequest request{path, sheetIndex, headerRow, exchange::RememberedColumns::load(m_db)};
    if (isBusy())
        m_pendingInspection = request;
    else
        startInspection(request);
}

void ImportWorker::startInspection(const InspectionRequest& request)
{
    auto result = std::make_shared<FileInspection>();
    start(
        [request, result] {
            *result = inspectFile(request.path, request.sheetIndex, request.headerRow, request.remembered);
        },
        [this, result] {
            // A newer request makes this answer stale: the clerk already moved on.
            if (m_pendingInspection) {
                const InspectionRequest next = *m_pendingInspection;
                m_pendingInspection.reset();
                startInspection(next);
                return;
            }
            emit inspected(*result);
        });
}

ImportRunResult ImportWorker::runImporter(exchange::ImportOptions options)
{
    ImportRunResult result;
    result.dryRun = options.dryRun;
    result.skipInvalid = options.skipInvalid;
    const Result<std::unique_ptr<Database>> reopened = m_db.reopen();
    if (!reopened) {
        result.failure = reopened;
        return result;
    }
    const std::unique_ptr<Database>& db = reopened.value();
    options.progress = reporter();
    options.rejectedRow = [&result](int row, const QStringList& cells, const QString& reason) {
        result.rejectedRows.append({row, cells, reason});
    };
    Result<exchange::ImportSummary> summary = exchange::RosterImporter(*db).run(options);
    if (summary)
        result.summary = std::move(summary.value());
    else
        result.failure = summary;
    return result;
}

void ImportWorker::run(const exchange::ImportOptions& options)
{
    Q_ASSERT(!isBusy());
    m_pendingInspection.reset();
    m_importing = true;
    auto result = std::make_shared<ImportRunResult>();
    start([this, options, result] { *result = runImporter(options); },
          [this, result] { emit finished(*result); });
}

ImportWorker::Progress ImportWorker::reporter()
{
    return [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
}

void ImportWorker::runPass(std::function<void(Database& db, const Progress& progress)> work,
                           std::function<void(const Outcome& failure)> done)
{
    Q_ASSERT(!isBusy());
    m_pendingInspection.reset();
    m_importing = true;
    auto failure = std::make_shared<Outcome>();
    start(
        [this, work = std::move(work), failure] {
            // A Qt SQL connection belongs to the thread that made it: this pass's own, closed with it.
            const Result<std::unique_ptr<Database>> reopened = m_db.reopen();
            if (!reopened) {
                *failure = reopened;
                return;
            }
            work(*reopened.value(), reporter());
        },
        [done = std::move(done), failure] { done(*failure); });
}

void ImportWorker::read(std::function<void()> work, std::function<void()> done)
{
    Q_ASSERT(!isBusy());
    start(std::move(work), std::move(done));
}

} // namespace anju

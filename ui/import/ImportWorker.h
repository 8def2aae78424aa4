#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"
#include "exchange/RejectedRowsWriter.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace anju {

class Database;

// What a roster file holds before anything is imported: its sheets and the header the importer would use.
struct FileInspection
{
    QString path;
    bool readable = false; // the file opened: sheetNames and formatName are known
    QString error;         // why it cannot be read, or why no header was found
    QStringList sheetNames;
    QString formatName;
    int sheetIndex = -1; // the sheet shown: the one found, or the one asked for
    int headerRow = 0;   // 0 when no header was found
    QStringList headers;
    QStringList firstRow; // the cells of the first row below the header, to show what each column holds
    exchange::ColumnMapping mapping;
};

// One pass of the importer (a check or a real import) and what it collected.
struct ImportRunResult
{
    bool dryRun = false;
    bool skipInvalid = false;
    Outcome failure; // the file or the database could not be used at all
    exchange::ImportSummary summary;
    QList<exchange::RejectedRow> rejectedRows;
};

// Reads roster files and runs the importer on a thread of its own, so the window stays responsive.
// Each pass opens its own database connection in that thread: a Qt SQL connection belongs to the
// thread that made it. A cancelled import rolls back, leaving the database as it was.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(const Database& db, QObject* parent = nullptr);
    ~ImportWorker() override; // cancels a running import and waits for it

    bool isBusy() const { return m_thread != nullptr; }
    bool isImporting() const { return isBusy() && m_importing; }

    // Finds the sheets and header; sheetIndex -1 and headerRow 0 let the detector choose. A request
    // made while another is read replaces the one still waiting.
    void inspect(const QString& path, int sheetIndex, int headerRow);
    // Runs the importer with these options; its callbacks are the worker's own.
    void run(const exchange::ImportOptions& options);
    void cancel();

    // Any roster's pass (the party roster's) on the worker's thread: `work` gets a connection of its own
    // there and a progress callback that emits progressed() and answers false once cancel() was called;
    // `done` runs on the GUI thread afterwards, with the failure when the database could not be opened.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void runPass(std::function<void(Database& db, const Progress& progress)> work,
                 std::function<void(const Outcome& failure)> done);
    // Reads something off the GUI thread (a file's header, no database); `done` on the GUI thread.
    void read(std::function<void()> work, std::function<void()> done);

    // `remembered`: the headers the office placed by hand before (exchange::RememberedColumns).
    static FileInspection inspectFile(const QString& path, int sheetIndex, int headerRow,
                                      const exchange::HeaderMemory& remembered = {});

signals:
    void inspected(const anju::FileInspection& inspection);
    void progressed(qint64 done, qint64 total);
    void finished(const anju::ImportRunResult& result);

private:
    struct InspectionRequest
    {
        QString path;
        int sheetIndex = -1;
        int headerRow = 0;
        exchange::HeaderMemory remembered;
    };

    void start(std::function<void()> work, std::function<void()> done);
    void startInspection(const InspectionRequest& request);
    ImportRunResult runImporter(exchange::ImportOptions options);
    Progress reporter();

    const Database& m_db;
    QThread* m_thread = nullptr;
    bool m_importing = false;
    std::atomic_bool m_cancel{false};
    std::optional<InspectionRequest> m_pendingInspection;
};

} // namespace anju

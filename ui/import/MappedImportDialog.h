#pragma once

#include "domain/Violation.h"
#include "exchange/RejectedRowsWriter.h"
#include "import/ImportMappingTable.h"
#include "import/ImportWorker.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace anju {

class Database;
class ImportErrorsModel;
class ImportProgressPage;

// What the party roster's and the income checks' import dialogs share: three pages (the file with the
// table of where each field is; the progress of a pass; what the pass found), the buttons Back, Save
// rejected rows, Check, Import, Cancel and Close, the worker that reads the header and runs a pass off the
// GUI thread, Cancel and closing during a pass, and saving the rejected rows. A subclass says how its
// sheet's header is read, starts its importer's pass and shows what the pass found. (The household
// roster's ImportDialog has a source page of its own and two ways to import, so it is not one of them.)
class MappedImportDialog : public QDialog
{
    Q_OBJECT

public:
    ~MappedImportDialog() override;

    QLabel* statusLabel() const { return m_status; }
    ImportErrorsModel* errorsModel() const { return m_errors; }
    ImportMappingTable* mappingTable() const { return m_mapping; }
    QProgressBar* progressBar() const;
    bool isWorking() const;
    // The file's header was read and shown in the mapping table.
    bool hasHeader() const { return m_headerRow > 0; }

public slots:
    void chooseFile();
    void check();
    void saveRejectedRows();
    void cancelWork();
    void reject() override;

signals:
    void imported();

protected:
    // The words that differ between the dialogs, in their own translation context.
    struct Texts
    {
        QString objectPrefix; // "partyImport": the object names the tests find ("partyImportCheck", …)
        QString title;        // of the window, the file dialog and the message boxes
        QString fileFilter;   // "Rosters (*.xlsx *.csv)"
    };
    // A sheet's header as the importer found it, whatever its field enum.
    struct SheetHeader
    {
        QString sheetName;
        int headerRow = 0;
        QStringList headers;
        QStringList firstRow;
        QHash<int, int> columns; // field id → column
    };
    // Reads `path`'s header off the GUI thread: no widget, no database.
    using HeaderReader = std::function<Result<SheetHeader>(const QString& path)>;

    enum class Page
    {
        Source,
        Progress,
        Result
    };

    // Call inspect() at the end of the subclass's constructor, once its own widgets are in place.
    MappedImportDialog(const Database& db, const QString& path, const Texts& texts,
                       const QList<MappingField>& fields, const QString& errorsTitle, QWidget* parent);

    // Converts an importer's header (sheetName, headerRow, headers, firstRow, a mapping by field enum).
    template <class Header> static Result<SheetHeader> sheetHeader(const Result<Header>& read)
    {
        if (!read)
            return Outcome(read);
        const Header& h = read.value();
        SheetHeader out{h.sheetName, h.headerRow, h.headers, h.firstRow, {}};
        for (auto it = h.mapping.constBegin(); it != h.mapping.constEnd(); ++it)
            out.columns.insert(static_cast<int>(it.key()), it.value());
        return out;
    }

    virtual HeaderReader headerReader() const = 0;
    // The header was read, before the mapping table shows it.
    virtual void headerRead(const SheetHeader&) {}
    // What keeps the check from running, one a line (the table's marks included).
    virtual QStringList mappingProblems();
    // A check (dryRun) or the import, with the mapping table as it is.
    virtual void start(bool dryRun) = 0;
    // A new file was chosen: what the last pass found is cleared.
    virtual void clearFindings();

    // What one pass of an importer gave.
    template <class Summary> struct Pass
    {
        bool dryRun = false;
        Outcome failure; // the file, the mapping or the database could not be used at all
        Summary summary;
        QList<exchange::RejectedRow> rejected;
    };

    // Runs a pass of `Importer` (constructed from a database, run(options) returning Result<Summary>; the
    // options' progress and rejectedRow callbacks are the dialog's) and hands what it gave to `finished`
    // on the GUI thread.
    template <class Importer, class Summary, class Options>
    void runImporter(Options options, const QString& importHint,
                     std::function<void(const Pass<Summary>&)> finished)
    {
        auto pass = std::make_shared<Pass<Summary>>();
        pass->dryRun = options.dryRun;
        runPass(
            options.dryRun, importHint,
            [options, pass](Database& db, const ImportWorker::Progress& progress) mutable {
                options.progress = progress;
                options.rejectedRow = [pass](int row, const QStringList& cells, const QString& reason) {
                    pass->rejected.append({row, cells, reason});
                };
                Result<Summary> summary = Importer(db).run(options);
                if (summary)
                    pass->summary = std::move(summary.value());
                else
                    pass->failure = summary;
            },
            [pass, finished = std::move(finished)](const Outcome& failure) {
                if (!failure)
                    pass->failure = failure;
                finished(*pass);
            });
    }

    // Shows the progress page (`importHint`: what Cancel does to an import) and runs `work` on the worker's
    // thread; `done` on the GUI thread afterwards with the failure when the database could not be opened.
    void runPass(bool dryRun, const QString& importHint,
                 std::function<void(Database&, const ImportWorker::Progress&)> work,
                 std::function<void(const Outcome&)> done);
    // The common ends of a pass: closing once it is over, a failure, a cancelled pass. True when it was
    // one of them and the subclass has nothing more to show.
    bool passEnded(bool dryRun, bool written, bool cancelled, const Outcome& failure);
    // What the pass found: the rejected rows to save, and the sheet's headers for their file.
    void keepRejected(const QList<exchange::RejectedRow>& rows, const QStringList& headers);

    void showPage(Page page);
    void updateButtons();
    // A column placed by hand (or, in a subclass, another choice of the source page) makes the last check
    // stale.
    void mappingChanged();
    void inspect();
    // Adds a row of the subclass's below the file's on the source page (and in the tab order).
    void insertSourceRow(QLayout* row);
    // Adds a titled list of row problems below the rejected rows on the result page (and in the tab order).
    void addProblemsView(const QString& title, ImportErrorsModel* model, const QString& name, int stretch);

    const Database& m_db;
    const Texts m_texts;
    QString m_path;
    bool m_checked = false; // the last check found rows to import
    QLabel* m_status = nullptr;
    QLabel* m_mappingProblems = nullptr;
    ImportErrorsModel* m_errors = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;

private:
    ImportWorker* m_worker = nullptr;
    int m_headerRow = 0;
    bool m_closeWhenDone = false;
    Page m_page = Page::Source;
    QList<exchange::RejectedRow> m_rejected;
    QStringList m_rejectedHeaders;

    QStackedWidget* m_pages = nullptr;
    QVBoxLayout* m_sourceLayout = nullptr;
    QVBoxLayout* m_resultLayout = nullptr;
    QTableView* m_lastProblemsView = nullptr;
    QLabel* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_columns = nullptr;
    ImportMappingTable* m_mapping = nullptr;
    ImportProgressPage* m_progress = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace anju

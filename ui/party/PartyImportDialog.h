#pragma once

#include "exchange/PartyRosterImporter.h"
#include "exchange/RejectedRowsWriter.h"
#include "import/ImportMappingTable.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace anju {

class Database;
class ImportErrorsModel;

class ImportProgressPage;
class ImportWorker;

// Takes a branch's roster of members (党员花名册) in, as the household roster's dialog does and with its
// parts: the file and where each field is (the secretary may place a column by hand; the importer takes
// the table as it is), a check that writes nothing (the errors that reject rows, the warnings of old
// records), then the import, which writes nothing while any row is rejected. Both run on a worker thread
// with a progress bar and Cancel; a cancelled import is rolled back, leaving the database as it was. The
// rejected rows can be saved as an .xlsx with a reason column, to correct and import again.
class PartyImportDialog : public QDialog
{
    Q_OBJECT

public:
    PartyImportDialog(const Database& db, const QString& path, QWidget* parent = nullptr);
    ~PartyImportDialog() override;

    QLabel* statusLabel() const { return m_status; }
    ImportErrorsModel* errorsModel() const { return m_errors; }
    ImportErrorsModel* warningsModel() const { return m_warnings; }
    ImportMappingTable* mappingTable() const { return m_mapping; }
    QProgressBar* progressBar() const;
    bool isWorking() const;
    // The file's header was read and shown in the mapping table.
    bool hasHeader() const { return m_headerRow > 0; }

    // The mapping table's rows: every field of the party roster with its label and canonical header.
    static QList<MappingField> mappingFields();

public slots:
    void chooseFile();
    void check();
    void importRoster();
    void saveRejectedRows();
    void cancelWork();
    void reject() override;

signals:
    void imported();

private:
    enum class Page
    {
        Source,
        Progress,
        Result
    };
    struct Run
    {
        bool dryRun = false;
        Outcome failure;
        exchange::PartyImportSummary summary;
        QList<exchange::RejectedRow> rejected;
    };

    void inspect();
    void start(bool dryRun);
    void finished(const Run& run);
    void showPage(Page page);
    void updateButtons();

    const Database& m_db;
    ImportWorker* m_worker = nullptr;
    QString m_path;
    int m_headerRow = 0;
    bool m_checked = false; // the last check was clean, with members to import
    bool m_closeWhenDone = false;
    Page m_page = Page::Source;
    exchange::PartyImportSummary m_summary;
    QList<exchange::RejectedRow> m_rejected;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_columns = nullptr;
    ImportMappingTable* m_mapping = nullptr;
    QLabel* m_mappingProblems = nullptr;
    ImportProgressPage* m_progress = nullptr;
    ImportErrorsModel* m_errors = nullptr;
    ImportErrorsModel* m_warnings = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace anju

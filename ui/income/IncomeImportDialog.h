#pragma once

#include "exchange/IncomeCheckImporter.h"
#include "exchange/RejectedRowsWriter.h"
#include "import/ImportMappingTable.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace anju {

class Database;
class ImportErrorsModel;
class ImportProgressPage;
class ImportWorker;

// Takes a month's income checks 月度收支核查 in from the office's sheet, with the import dialogs' parts:
// the file, the month of the whole file when the sheet has no 月份 column, where each field is (a column
// may be placed by hand), a check that writes nothing (the rejected rows with their reasons; how many
// checks are new, replace the month's check on file or are already so), then, confirmed, the import of the
// rows that stand. Both run on a worker thread with a progress bar and Cancel; a cancelled import is rolled
// back. The rejected rows can be saved as an .xlsx with a reason column, to correct and import again.
class IncomeImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `month` (any day of it): the month the dialog offers for a sheet without a 月份 column, the month the
    // income tab shows; null: last month.
    IncomeImportDialog(const Database& db, const QString& path, QWidget* parent = nullptr,
                       QDate month = QDate());
    ~IncomeImportDialog() override;

    // Asks for the sheet and shows the dialog offering `month` (the tab's): what the 帮扶 page's button
    // calls. True when checks were imported (the page then reloads the month).
    static bool run(const Database& db, QWidget* parent, QDate month = QDate());

    QLabel* statusLabel() const { return m_status; }
    ImportErrorsModel* errorsModel() const { return m_errors; }
    ImportMappingTable* mappingTable() const { return m_mapping; }
    QCheckBox* wholeFileMonthBox() const { return m_wholeMonth; }
    QDateEdit* monthEdit() const { return m_month; }
    QProgressBar* progressBar() const;
    bool isWorking() const;
    bool hasHeader() const { return m_headerRow > 0; }
    const exchange::IncomeImportSummary& summary() const { return m_summary; }

    // The mapping table's rows: every field of the sheet with its label and canonical header.
    static QList<MappingField> mappingFields();

public slots:
    void chooseFile();
    void check();
    void importChecks();
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
        exchange::IncomeImportSummary summary;
        QList<exchange::RejectedRow> rejected;
    };

    void inspect();
    void start(bool dryRun);
    void finished(const Run& run);
    void showPage(Page page);
    void updateButtons();
    exchange::IncomeCheckMapping mapping() const;
    QDate monthForFile() const;
    QStringList mappingProblems();
    QString counts(const exchange::IncomeImportSummary& s) const;

    const Database& m_db;
    ImportWorker* m_worker = nullptr;
    QString m_path;
    int m_headerRow = 0;
    bool m_checked = false; // the last check found checks to write
    bool m_closeWhenDone = false;
    Page m_page = Page::Source;
    exchange::IncomeImportSummary m_summary;
    QList<exchange::RejectedRow> m_rejected;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_file = nullptr;
    QCheckBox* m_wholeMonth = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_columns = nullptr;
    ImportMappingTable* m_mapping = nullptr;
    QLabel* m_mappingProblems = nullptr;
    ImportProgressPage* m_progress = nullptr;
    ImportErrorsModel* m_errors = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace anju

#pragma once

#include "import/ImportWorker.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace anju {

class Database;
class ImportProgressPage;
class ImportResultView;
class ImportSourcePage;

// Takes a household roster in from Excel or CSV in three steps: the file with its sheet, header row and
// columns; a check that writes nothing; then the import, whole or of the valid households only. The
// check and the import run off the GUI thread with a progress bar and Cancel; a cancelled import leaves
// the database as it was. The rejected rows can be saved as an .xlsx to correct and import again.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Database& db, const QString& path, QWidget* parent = nullptr);

    ImportSourcePage* sourcePage() const { return m_source; }
    ImportResultView* resultView() const { return m_result; }
    QProgressBar* progressBar() const;
    bool isWorking() const;

public slots:
    void chooseFile();
    void check();
    void importAll();
    void importValidOnly();
    void saveErrorList();
    void cancelWork();
    void reject() override;

signals:
    // Households were written: the roster and the sites may have changed.
    void imported();

private:
    enum class Page
    {
        Source,
        Progress,
        Result
    };

    exchange::ImportOptions optionsFromPage() const;
    void inspect(int sheetIndex, int headerRow);
    void start(exchange::ImportOptions options, const QString& what, const QString& hint);
    void showPage(Page page);
    void updateButtons();
    void inspected(const FileInspection& inspection);
    void progressed(qint64 done, qint64 total);
    void finished(const ImportRunResult& result);
    void checkFinished(const ImportRunResult& result);
    void importFinished(const ImportRunResult& result);

    const Database& m_db;
    ImportWorker* m_worker = nullptr;
    QString m_path;
    Page m_page = Page::Source;
    exchange::ImportOptions m_checkedOptions;
    ImportRunResult m_lastRun;
    bool m_closeWhenDone = false;

    QStackedWidget* m_pages = nullptr;
    ImportSourcePage* m_source = nullptr;
    ImportProgressPage* m_progressPage = nullptr;
    ImportResultView* m_result = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_saveErrors = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_importValid = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace anju

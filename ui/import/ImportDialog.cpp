#include "import/ImportDialog.h"

#include "import/ImportProgressPage.h"
#include "import/ImportResultView.h"
#include "import/ImportSourcePage.h"
#include "import/RejectedRowsSaving.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScreenFit.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace anju {

ImportDialog::ImportDialog(const Database& db, const QString& path, QWidget* parent)
    : QDialog(parent), m_db(db), m_worker(new ImportWorker(db, this)), m_path(path)
{
    setObjectName(QStringLiteral("importDialog"));
    m_source = new ImportSourcePage(db, this);
    m_result = new ImportResultView(this);

    m_progressPage = new ImportProgressPage(this);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_source);
    m_pages->addWidget(m_progressPage);
    m_pages->addWidget(m_result);

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_back = button(tr("< &Back"), "importBack");
    m_saveErrors = button(tr("&Save error list…"), "saveErrorList");
    m_saveErrors->setToolTip(tr("The rejected rows with their reasons as an Excel file, to correct and "
                                "import again"));
    m_check = button(tr("C&heck"), "importCheck");
    m_check->setToolTip(tr("Read the whole file and find every problem; nothing is written"));
    m_importValid = button(tr("Import &valid households only"), "importValid");
    m_import = button(tr("&Import"), "importAll");
    m_cancel = button(tr("Cancel"), "importCancel");
    m_close = button(tr("Close"), "importClose");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_saveErrors);
    buttons->addWidget(m_status, 1);
    for (QPushButton* b : {m_check, m_importValid, m_import, m_cancel, m_close})
        buttons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Source); });
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportDialog::saveErrorList);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importValid, &QPushButton::clicked, this, &ImportDialog::importValidOnly);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importAll);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_source, &ImportSourcePage::chooseFileRequested, this, &ImportDialog::chooseFile);
    connect(m_source, &ImportSourcePage::sheetChosen, this, [this](int sheet) { inspect(sheet, 0); });
    connect(m_source, &ImportSourcePage::headerRowChosen, this, &ImportDialog::inspect);
    connect(m_source, &ImportSourcePage::changed, this, &ImportDialog::updateButtons);
    connect(m_worker, &ImportWorker::inspected, this, &ImportDialog::inspected);
    connect(m_worker, &ImportWorker::progressed, this, &ImportDialog::progressed);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::finished);

    ScreenFit::resize(this, QSize(880, 760)); // 760 is more than a 1366×768 laptop has room for
    inspect(-1, 0);
}

QProgressBar* ImportDialog::progressBar() const
{
    return m_progressPage->progressBar();
}

bool ImportDialog::isWorking() const
{
    return m_worker->isImporting();
}

void ImportDialog::inspect(int sheetIndex, int headerRow)
{
    setWindowTitle(tr("Import roster – %1").arg(QFileInfo(m_path).fileName()));
    m_source->showReading(m_path);
    m_worker->inspect(m_path, sheetIndex, headerRow);
    updateButtons();
}

void ImportDialog::inspected(const FileInspection& inspection)
{
    m_source->showInspection(inspection);
    updateButtons();
}

void ImportDialog::chooseFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import roster"), QFileInfo(m_path).absolutePath(),
                                    tr("Rosters (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("import"), path); // where the next import starts
    m_path = path;
    inspect(-1, 0);
}

exchange::ImportOptions ImportDialog::optionsFromPage() const
{
    exchange::ImportOptions options;
    options.path = m_path;
    options.sheetIndex = m_source->sheetIndex();
    options.headerRow = m_source->headerRow();
    options.mapping = m_source->mapping();
    options.defaultSite = m_source->defaultSite();
    options.movedIn = m_source->movedIn();
    return options;
}

void ImportDialog::check()
{
    if (m_worker->isBusy() || !m_source->problems().isEmpty())
        return;
    m_checkedOptions = optionsFromPage();
    exchange::ImportOptions options = m_checkedOptions;
    options.dryRun = true;
    start(options, tr("Checking every row of %1…").arg(QFileInfo(m_path).fileName()),
          tr("Nothing is written during the check."));
}

void ImportDialog::importAll()
{
    exchange::ImportOptions options = m_checkedOptions;
    options.skipInvalid = false;
    start(options, tr("Importing %1…").arg(QFileInfo(m_path).fileName()),
          tr("All households go in together at the end; Cancel leaves the database as it was."));
}

void ImportDialog::importValidOnly()
{
    exchange::ImportOptions options = m_checkedOptions;
    options.skipInvalid = true;
    start(options, tr("Importing the valid households of %1…").arg(QFileInfo(m_path).fileName()),
          tr("All households go in together at the end; Cancel leaves the database as it was."));
}

void ImportDialog::start(exchange::ImportOptions options, const QString& what, const QString& hint)
{
    if (m_worker->isBusy())
        return;
    options.today = QDate::currentDate();
    m_progressPage->start(what, hint);
    m_status->clear();
    showPage(Page::Progress);
    m_worker->run(options);
    updateButtons();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void ImportDialog::progressed(qint64 done, qint64 total)
{
    m_progressPage->progressed(done, total);
}

void ImportDialog::cancelWork()
{
    if (!m_worker->isImporting())
        return;
    m_worker->cancel();
    m_progressPage->setWhat(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ImportDialog::reject()
{
    if (m_worker->isImporting()) {
        // Closing in the middle of a pass cancels it; the dialog goes once the database is back as it was.
        m_closeWhenDone = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportDialog::finished(const ImportRunResult& result)
{
    if (m_closeWhenDone) {
        updateButtons();
        if (result.summary.written)
            emit imported();
        QDialog::reject();
        return;
    }
    if (!result.failure.ok()) {
        MessageBox::critical(this, tr("Import roster"), result.failure.summary());
        showPage(result.dryRun ? Page::Source : Page::Result);
        return;
    }
    if (result.dryRun)
        checkFinished(result);
    else
        importFinished(result);
}

void ImportDialog::checkFinished(const ImportRunResult& result)
{
    if (result.summary.cancelled) {
        showPage(Page::Source);
        m_status->setText(tr("The check was cancelled."));
        return;
    }
    m_lastRun = result;
    m_result->showResult(result);
    showPage(Page::Result);
}

void ImportDialog::importFinished(const ImportRunResult& result)
{
    const exchange::ImportSummary& s = result.summary;
    if (s.cancelled || !s.written) {
        if (!s.cancelled) {
            // The database changed since the check (another desk imported the same people): show why now.
            m_lastRun = result;
            m_result->showResult(result);
        }
        showPage(Page::Result);
        const QString why =
            s.cancelled
                ? tr("The import was cancelled. Nothing was written: the database is as it was before.")
                : tr("Nothing was written: the file changed or the database changed since the check. Check "
                     "the "
                     "file again.");
        MessageBox::information(this, tr("Import roster"), why);
        m_status->setText(s.cancelled ? tr("The import was cancelled.") : tr("Nothing was written."));
        return;
    }
    emit imported();
    if (!result.rejectedRows.isEmpty())
        m_lastRun = result;
    const QLocale locale;
    QStringList lines{tr("%n household(s) imported with %1 person(s).", nullptr, s.householdsImported)
                          .arg(locale.toString(s.personsImported))};
    if (s.householdsUnchanged > 0)
        lines.append(tr("%n household(s) were in the database already and stayed as they were.", nullptr,
                        s.householdsUnchanged));
    if (s.householdsRejected > 0) {
        lines.append(tr("%n household(s) with problems were left out.", nullptr, s.householdsRejected));
        lines.append(tr("Save the list of the rows left out, to correct them and import them later?"));
        const auto answer = MessageBox::question(this, tr("Import roster"), lines.join(QLatin1Char('\n')),
                                                 QMessageBox::Save | QMessageBox::Close, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            saveErrorList();
    } else {
        MessageBox::information(this, tr("Import roster"), lines.join(QLatin1Char('\n')));
    }
    accept();
}

void ImportDialog::saveErrorList()
{
    const QString path = RejectedRowsSaving::save(this, tr("Save error list"), m_path,
                                                  m_lastRun.summary.headers, m_lastRun.rejectedRows);
    if (!path.isEmpty())
        m_status->setText(tr("Error list saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    if (page != Page::Progress)
        m_status->clear();
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool working = m_worker->isImporting();
    const bool reading = m_worker->isBusy() && !working;
    const exchange::ImportSummary& s = m_lastRun.summary;
    const bool onSource = m_page == Page::Source;
    const bool onResult = m_page == Page::Result;
    const bool canWrite = onResult && !s.alreadyImported && s.householdsImported > 0;

    m_back->setVisible(onResult);
    m_saveErrors->setVisible(onResult);
    m_saveErrors->setEnabled(!m_lastRun.rejectedRows.isEmpty());
    m_check->setVisible(onSource);
    m_check->setEnabled(onSource && !reading && m_source->hasHeader() && m_source->problems().isEmpty());
    m_import->setVisible(onResult);
    m_import->setEnabled(canWrite && s.householdsRejected == 0);
    m_importValid->setVisible(onResult);
    m_importValid->setEnabled(canWrite && s.householdsRejected > 0);
    m_cancel->setVisible(working);
    m_cancel->setEnabled(working);
    m_close->setVisible(!working);

    if (onSource)
        m_check->setDefault(true);
    else if (m_import->isEnabled())
        m_import->setDefault(true);
    else if (onResult)
        m_back->setDefault(true);
}

} // namespace anju

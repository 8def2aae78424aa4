#include "import/MappedImportDialog.h"

#include "import/ImportErrorsModel.h"
#include "import/ImportProgressPage.h"
#include "import/RejectedRowsSaving.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScreenFit.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace anju {

MappedImportDialog::MappedImportDialog(const Database& db, const QString& path, const Texts& texts,
                                       const QList<MappingField>& fields, const QString& errorsTitle,
                                       QWidget* parent)
    : QDialog(parent), m_db(db), m_texts(texts), m_path(path), m_worker(new ImportWorker(db, this))
{
    const auto named = [this](const char* suffix) { return m_texts.objectPrefix + QLatin1String(suffix); };
    setObjectName(named("Dialog"));
    setWindowTitle(m_texts.title);

    // The file and where each field is (a subclass may add rows below the file's).
    auto* source = new QWidget(this);
    m_file = new QLabel(source);
    m_file->setObjectName(named("File"));
    m_file->setWordWrap(true);
    m_choose = new QPushButton(tr("&Choose file…"), source);
    m_choose->setAutoDefault(false);
    m_columns = new QLabel(source);
    m_columns->setObjectName(named("Columns"));
    m_columns->setWordWrap(true);
    m_mapping = new ImportMappingTable(fields, source);
    m_mappingProblems = new QLabel(source);
    m_mappingProblems->setObjectName(named("MappingProblems"));
    m_mappingProblems->setWordWrap(true);
    m_mappingProblems->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    m_sourceLayout = new QVBoxLayout(source);
    m_sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceLayout->addLayout(fileRow);
    m_sourceLayout->addWidget(m_columns);
    m_sourceLayout->addWidget(m_mapping, 1);
    m_sourceLayout->addWidget(m_mappingProblems);

    m_progress = new ImportProgressPage(this);

    // What a check or an import found: the rejected rows first, then what a subclass adds.
    auto* result = new QWidget(this);
    m_errors = new ImportErrorsModel(this);
    m_resultLayout = new QVBoxLayout(result);
    m_resultLayout->setContentsMargins(0, 0, 0, 0);
    addProblemsView(errorsTitle, m_errors, named("Errors"), 2);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(source);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(result);

    const auto button = [this, named](const QString& text, const char* suffix) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(named(suffix));
        b->setAutoDefault(false);
        return b;
    };
    m_back = button(tr("< &Back"), "Back");
    m_saveRejected = button(tr("&Save rejected rows…"), "SaveRejected");
    m_saveRejected->setToolTip(
        tr("The rejected rows with their reasons as an Excel file, to correct and import again"));
    m_check = button(tr("C&heck"), "Check");
    m_import = button(tr("&Import"), "Run");
    m_cancel = button(tr("Cancel"), "Cancel");
    m_close = button(tr("Close"), "Close");
    m_status = new QLabel(this);
    m_status->setObjectName(named("Status"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_saveRejected);
    buttons->addStretch(1);
    for (QPushButton* b : {m_check, m_import, m_cancel, m_close})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &MappedImportDialog::chooseFile);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Source); });
    connect(m_check, &QPushButton::clicked, this, &MappedImportDialog::check);
    connect(m_saveRejected, &QPushButton::clicked, this, &MappedImportDialog::saveRejectedRows);
    connect(m_cancel, &QPushButton::clicked, this, &MappedImportDialog::cancelWork);
    connect(m_close, &QPushButton::clicked, this, &MappedImportDialog::reject);
    connect(m_mapping, &ImportMappingTable::mappingChanged, this, &MappedImportDialog::mappingChanged);
    connect(m_worker, &ImportWorker::progressed, m_progress, &ImportProgressPage::progressed);

    ScreenFit::resize(this, QSize(900, 720));
    m_file->setText(path.isEmpty() ? tr("No file chosen.") : QDir::toNativeSeparators(path));
}

MappedImportDialog::~MappedImportDialog() = default;

void MappedImportDialog::addProblemsView(const QString& title, ImportErrorsModel* model, const QString& name,
                                         int stretch)
{
    QWidget* result = m_resultLayout->parentWidget();
    auto* label = new QLabel(title, result);
    label->setWordWrap(true);
    auto* view = new QTableView(result);
    view->setObjectName(name);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(ImportErrorsModel::RowColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    m_resultLayout->addWidget(label);
    m_resultLayout->addWidget(view, stretch);
    // A subclass's list is made after the dialog's buttons: Tab still goes from one list to the next.
    if (m_lastProblemsView)
        setTabOrder(m_lastProblemsView, view);
    m_lastProblemsView = view;
}

void MappedImportDialog::insertSourceRow(QLayout* row)
{
    m_sourceLayout->insertLayout(1, row);
    // Tab goes through the row's widgets right after the file's button, as their place on the page says,
    // although the subclass made them after the dialog's buttons.
    QWidget* previous = m_choose;
    for (int i = 0; i < row->count(); ++i)
        if (QWidget* widget = row->itemAt(i)->widget()) {
            setTabOrder(previous, widget);
            previous = widget;
        }
}

QProgressBar* MappedImportDialog::progressBar() const
{
    return m_progress->progressBar();
}

bool MappedImportDialog::isWorking() const
{
    return m_worker->isBusy();
}

QStringList MappedImportDialog::mappingProblems()
{
    return m_mapping->problems();
}

void MappedImportDialog::mappingChanged()
{
    m_checked = false;
    m_mappingProblems->setText(hasHeader() ? mappingProblems().join(QLatin1Char('\n')) : QString());
    updateButtons();
}

void MappedImportDialog::clearFindings()
{
    m_errors->setErrors({});
}

void MappedImportDialog::chooseFile()
{
    if (m_worker->isBusy())
        return;
    const QString path = FileDialog::getOpenFileName(
        this, m_texts.title, FileDialog::lastFolder(QStringLiteral("import")), m_texts.fileFilter);
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_rejected.clear();
    clearFindings();
    showPage(Page::Source);
    inspect();
}

void MappedImportDialog::inspect()
{
    m_headerRow = 0;
    m_checked = false;
    m_columns->clear();
    m_mapping->setColumns({}, {});
    if (m_path.isEmpty()) {
        updateButtons();
        return;
    }
    m_columns->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    auto header = std::make_shared<Result<SheetHeader>>(Outcome());
    const QString path = m_path;
    m_worker->read([reader = headerReader(), path, header] { *header = reader(path); },
                   [this, header] {
                       if (!*header) {
                           m_columns->setText(header->summary());
                           updateButtons();
                           return;
                       }
                       const SheetHeader& h = header->value();
                       m_headerRow = h.headerRow;
                       headerRead(h);
                       m_columns->setText(
                           tr("Header on row %1 of sheet %2. Check where each field is; a column can be "
                              "chosen by hand.")
                               .arg(h.headerRow)
                               .arg(h.sheetName));
                       m_mapping->setColumns(h.headers, h.columns, h.firstRow);
                       m_mappingProblems->setText(mappingProblems().join(QLatin1Char('\n')));
                       updateButtons();
                   });
    updateButtons();
}

void MappedImportDialog::check()
{
    if (m_worker->isBusy() || !hasHeader() || !mappingProblems().isEmpty())
        return;
    start(true);
}

void MappedImportDialog::runPass(bool dryRun, const QString& importHint,
                                 std::function<void(Database&, const ImportWorker::Progress&)> work,
                                 std::function<void(const Outcome&)> done)
{
    const QString file = QFileInfo(m_path).fileName();
    m_progress->start(dryRun ? tr("Checking every row of %1…").arg(file) : tr("Importing %1…").arg(file),
                      dryRun ? tr("Nothing is written during the check.") : importHint);
    m_status->clear();
    showPage(Page::Progress);
    m_worker->runPass(std::move(work), std::move(done));
    updateButtons();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

bool MappedImportDialog::passEnded(bool dryRun, bool written, bool cancelled, const Outcome& failure)
{
    if (m_closeWhenDone) {
        if (written)
            emit imported();
        QDialog::reject();
        return true;
    }
    if (!failure.ok()) {
        m_checked = false;
        showPage(Page::Source);
        MessageBox::critical(this, m_texts.title, failure.summary());
        return true;
    }
    if (cancelled) {
        // A cancelled check leaves the choices to change; a cancelled import the check to import again.
        showPage(dryRun ? Page::Source : Page::Result);
        const QString why =
            dryRun ? tr("The check was cancelled.")
                   : tr("The import was cancelled. Nothing was written: the database is as it was before.");
        m_status->setText(why);
        if (!dryRun)
            MessageBox::information(this, m_texts.title, why);
        return true;
    }
    return false;
}

void MappedImportDialog::keepRejected(const QList<exchange::RejectedRow>& rows, const QStringList& headers)
{
    m_rejected = rows;
    m_rejectedHeaders = headers;
}

void MappedImportDialog::cancelWork()
{
    if (!m_worker->isImporting())
        return;
    m_worker->cancel();
    m_progress->setWhat(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void MappedImportDialog::reject()
{
    if (m_worker->isImporting()) {
        // Closing in the middle of a pass cancels it; the dialog goes once the database is back as it was.
        m_closeWhenDone = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

void MappedImportDialog::saveRejectedRows()
{
    const QString path =
        RejectedRowsSaving::save(this, tr("Save rejected rows"), m_path, m_rejectedHeaders, m_rejected);
    if (!path.isEmpty())
        m_status->setText(tr("Rejected rows saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void MappedImportDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    updateButtons();
}

void MappedImportDialog::updateButtons()
{
    const bool working = m_worker->isImporting();
    const bool reading = m_worker->isBusy() && !working;
    const bool onSource = m_page == Page::Source;
    const bool onResult = m_page == Page::Result;
    m_back->setVisible(onResult);
    m_saveRejected->setVisible(onResult);
    m_saveRejected->setEnabled(!m_rejected.isEmpty());
    m_check->setVisible(onSource);
    m_check->setEnabled(onSource && !reading && hasHeader() && mappingProblems().isEmpty());
    m_import->setVisible(onResult);
    m_import->setEnabled(onResult && m_checked);
    m_cancel->setVisible(working);
    m_cancel->setEnabled(working);
    m_close->setVisible(!working);
    if (onSource)
        m_check->setDefault(true);
    else if (m_import->isEnabled())
        m_import->setDefault(true);
}

} // namespace anju

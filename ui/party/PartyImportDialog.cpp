#include "party/PartyImportDialog.h"

#include "import/ImportErrorsModel.h"
#include "import/ImportProgressPage.h"
#include "import/ImportWorker.h"
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

namespace anju {

namespace {

using F = exchange::PartyRosterField;

QTableView* problemsView(ImportErrorsModel* model, QWidget* parent, const char* name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(ImportErrorsModel::RowColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QString fieldLabel(F field)
{
    switch (field) {
    case F::Name:
        return PartyImportDialog::tr("Name");
    case F::Sex:
        return PartyImportDialog::tr("Sex");
    case F::IdNumber:
        return PartyImportDialog::tr("ID number");
    case F::Branch:
        return PartyImportDialog::tr("Branch");
    case F::ApplicationDate:
        return PartyImportDialog::tr("Applied on");
    case F::ActivistDate:
        return PartyImportDialog::tr("Activist since");
    case F::TargetDate:
        return PartyImportDialog::tr("Development target since");
    case F::AdmissionDate:
        return PartyImportDialog::tr("Admitted as probationary member");
    case F::ConversionDate:
        return PartyImportDialog::tr("Converted to full member");
    case F::Mentors:
        return PartyImportDialog::tr("Mentors");
    case F::Sponsors:
        return PartyImportDialog::tr("Sponsors");
    case F::State:
        return PartyImportDialog::tr("Member state");
    case F::Phone:
        return PartyImportDialog::tr("Phone");
    case F::WorkUnit:
        return PartyImportDialog::tr("Work unit and post");
    case F::MobileDestination:
        return PartyImportDialog::tr("Where a mobile member went");
    }
    return {};
}

} // namespace

QList<MappingField> PartyImportDialog::mappingFields()
{
    QList<MappingField> fields;
    for (const exchange::PartyRosterFieldInfo& info : exchange::PartyRosterLayout::fields())
        fields.append({static_cast<int>(info.field), fieldLabel(info.field), info.header,
                       exchange::PartyRosterLayout::isRequired(info.field)});
    return fields;
}

PartyImportDialog::PartyImportDialog(const Database& db, const QString& path, QWidget* parent)
    : QDialog(parent), m_db(db), m_worker(new ImportWorker(db, this)), m_path(path)
{
    setObjectName(QStringLiteral("partyImportDialog"));
    setWindowTitle(tr("Import party roster"));

    // The file and where each field is.
    auto* source = new QWidget(this);
    m_file = new QLabel(source);
    m_file->setObjectName(QStringLiteral("partyImportFile"));
    m_file->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"), source);
    choose->setAutoDefault(false);
    m_columns = new QLabel(source);
    m_columns->setObjectName(QStringLiteral("partyImportColumns"));
    m_columns->setWordWrap(true);
    m_mapping = new ImportMappingTable(mappingFields(), source);
    m_mappingProblems = new QLabel(source);
    m_mappingProblems->setObjectName(QStringLiteral("partyImportMappingProblems"));
    m_mappingProblems->setWordWrap(true);
    m_mappingProblems->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* sourceLayout = new QVBoxLayout(source);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addLayout(fileRow);
    sourceLayout->addWidget(m_columns);
    sourceLayout->addWidget(m_mapping, 1);
    sourceLayout->addWidget(m_mappingProblems);

    m_progress = new ImportProgressPage(this);

    // What a check or an import found.
    auto* result = new QWidget(this);
    m_errors = new ImportErrorsModel(this);
    m_warnings = new ImportErrorsModel(this);
    auto* errorsTitle =
        new QLabel(tr("Errors (each rejects its row; while there is one, nothing is written):"), result);
    errorsTitle->setWordWrap(true);
    auto* warningsTitle =
        new QLabel(tr("Warnings (rules an old record breaks: the step is imported as entered from records, "
                      "据档案补录):"),
                   result);
    warningsTitle->setWordWrap(true);
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(errorsTitle);
    resultLayout->addWidget(problemsView(m_errors, result, "partyImportErrors"), 2);
    resultLayout->addWidget(warningsTitle);
    resultLayout->addWidget(problemsView(m_warnings, result, "partyImportWarnings"), 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(source);
    m_pages->addWidget(m_progress);
    m_pages->addWidget(result);

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_back = button(tr("< &Back"), "partyImportBack");
    m_saveRejected = button(tr("&Save rejected rows…"), "partyImportSaveRejected");
    m_saveRejected->setToolTip(
        tr("The rejected rows with their reasons as an Excel file, to correct and import "
           "again"));
    m_check = button(tr("C&heck"), "partyImportCheck");
    m_import = button(tr("&Import"), "partyImportRun");
    m_cancel = button(tr("Cancel"), "partyImportCancel");
    m_close = button(tr("Close"), "partyImportClose");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("partyImportStatus"));
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

    connect(choose, &QPushButton::clicked, this, &PartyImportDialog::chooseFile);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Source); });
    connect(m_check, &QPushButton::clicked, this, &PartyImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &PartyImportDialog::importRoster);
    connect(m_saveRejected, &QPushButton::clicked, this, &PartyImportDialog::saveRejectedRows);
    connect(m_cancel, &QPushButton::clicked, this, &PartyImportDialog::cancelWork);
    connect(m_close, &QPushButton::clicked, this, &PartyImportDialog::reject);
    connect(m_mapping, &ImportMappingTable::mappingChanged, this, [this] {
        // A column placed by hand makes the last check stale.
        m_checked = false;
        m_mappingProblems->setText(hasHeader() ? m_mapping->problems().join(QLatin1Char('\n')) : QString());
        updateButtons();
    });
    connect(m_worker, &ImportWorker::progressed, m_progress, &ImportProgressPage::progressed);

    ScreenFit::resize(this, QSize(900, 720));
    m_file->setText(path.isEmpty() ? tr("No file chosen.") : QDir::toNativeSeparators(path));
    inspect();
}

PartyImportDialog::~PartyImportDialog() = default;

QProgressBar* PartyImportDialog::progressBar() const
{
    return m_progress->progressBar();
}

bool PartyImportDialog::isWorking() const
{
    return m_worker->isBusy();
}

void PartyImportDialog::chooseFile()
{
    if (m_worker->isBusy())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import party roster"),
                                                     FileDialog::lastFolder(QStringLiteral("import")),
                                                     tr("Rosters (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_rejected.clear();
    m_errors->setErrors({});
    m_warnings->setErrors({});
    showPage(Page::Source);
    inspect();
}

void PartyImportDialog::inspect()
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
    auto header = std::make_shared<Result<exchange::PartyRosterHeader>>(Outcome());
    const QString path = m_path;
    m_worker->read([path, header] { *header = exchange::PartyRosterImporter::inspect(path); },
                   [this, header] {
                       if (!*header) {
                           m_columns->setText(header->summary());
                           updateButtons();
                           return;
                       }
                       const exchange::PartyRosterHeader& h = header->value();
                       QHash<int, int> columns;
                       for (auto it = h.mapping.constBegin(); it != h.mapping.constEnd(); ++it)
                           columns.insert(static_cast<int>(it.key()), it.value());
                       m_headerRow = h.headerRow;
                       m_columns->setText(
                           tr("Header on row %1 of sheet %2. Check where each field is; a column can be "
                              "chosen by hand.")
                               .arg(h.headerRow)
                               .arg(h.sheetName));
                       m_mapping->setColumns(h.headers, columns, h.firstRow);
                   });
    updateButtons();
}

void PartyImportDialog::check()
{
    if (m_worker->isBusy() || !hasHeader() || !m_mapping->problems().isEmpty())
        return;
    start(true);
}

void PartyImportDialog::importRoster()
{
    if (m_worker->isBusy() || !m_checked)
        return;
    start(false);
}

void PartyImportDialog::start(bool dryRun)
{
    exchange::PartyImportOptions options;
    options.path = m_path;
    options.dryRun = dryRun;
    options.today = QDate::currentDate();
    // The table as it is: every field with its column, -1 for "not in the file".
    const QHash<int, int> columns = m_mapping->columns();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        options.mapping.insert(static_cast<F>(it.key()), it.value());
    const QString file = QFileInfo(m_path).fileName();
    m_progress->start(dryRun ? tr("Checking every row of %1…").arg(file) : tr("Importing %1…").arg(file),
                      dryRun ? tr("Nothing is written during the check.")
                             : tr("All members go in together at the end; Cancel leaves the database as it "
                                  "was."));
    m_status->clear();
    showPage(Page::Progress);
    auto run = std::make_shared<Run>();
    run->dryRun = dryRun;
    m_worker->runPass(
        [options, run](Database& db, const ImportWorker::Progress& progress) mutable {
            options.progress = progress;
            options.rejectedRow = [run](int row, const QStringList& cells, const QString& reason) {
                run->rejected.append({row, cells, reason});
            };
            Result<exchange::PartyImportSummary> summary = exchange::PartyRosterImporter(db).run(options);
            if (summary)
                run->summary = std::move(summary.value());
            else
                run->failure = summary;
        },
        [this, run](const Outcome& failure) {
            if (!failure)
                run->failure = failure;
            finished(*run);
        });
    updateButtons();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void PartyImportDialog::cancelWork()
{
    if (!m_worker->isImporting())
        return;
    m_worker->cancel();
    m_progress->setWhat(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void PartyImportDialog::reject()
{
    if (m_worker->isImporting()) {
        // Closing in the middle of a pass cancels it; the dialog goes once the database is back as it was.
        m_closeWhenDone = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

void PartyImportDialog::finished(const Run& run)
{
    const exchange::PartyImportSummary& s = run.summary;
    if (m_closeWhenDone) {
        if (s.written)
            emit imported();
        QDialog::reject();
        return;
    }
    if (!run.failure.ok()) {
        m_checked = false;
        showPage(Page::Source);
        MessageBox::critical(this, tr("Import party roster"), run.failure.summary());
        return;
    }
    if (s.cancelled) {
        // A cancelled check leaves the choices to change; a cancelled import the check to import again.
        showPage(run.dryRun ? Page::Source : Page::Result);
        const QString why =
            run.dryRun
                ? tr("The check was cancelled.")
                : tr("The import was cancelled. Nothing was written: the database is as it was before.");
        m_status->setText(why);
        if (!run.dryRun)
            MessageBox::information(this, tr("Import party roster"), why);
        return;
    }
    m_summary = s;
    m_rejected = run.rejected;
    m_errors->setErrors(s.errors);
    m_warnings->setErrors(s.warnings);
    showPage(Page::Result);
    if (run.dryRun) {
        m_checked = s.errors.isEmpty() && s.membersImported > 0;
        m_status->setText(s.errors.isEmpty()
                              ? tr("Checked: %n member(s) can be imported", nullptr, s.membersImported) +
                                    tr(", %n already on file", nullptr, s.membersUnchanged) +
                                    tr(", %n warning(s).", nullptr, int(s.warnings.size()))
                              : tr("%n row(s) rejected: correct them and check again, or save the rejected "
                                   "rows.",
                                   nullptr, s.rowsRejected));
    } else if (!s.written) {
        // The database changed since the check (another desk entered the same members): why, now.
        m_checked = false;
        m_status->setText(tr("%n row(s) rejected: nothing was written.", nullptr, s.rowsRejected));
    } else {
        m_checked = false;
        m_status->setText(tr("%n member(s) imported", nullptr, s.membersImported) +
                          tr(", %n already on file", nullptr, s.membersUnchanged) +
                          tr(", %n warning(s).", nullptr, int(s.warnings.size())));
        emit imported();
    }
    updateButtons();
}

void PartyImportDialog::saveRejectedRows()
{
    const QString path =
        RejectedRowsSaving::save(this, tr("Save rejected rows"), m_path, m_summary.headers, m_rejected);
    if (!path.isEmpty())
        m_status->setText(tr("Rejected rows saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void PartyImportDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    updateButtons();
}

void PartyImportDialog::updateButtons()
{
    const bool working = m_worker->isImporting();
    const bool reading = m_worker->isBusy() && !working;
    const bool onSource = m_page == Page::Source;
    const bool onResult = m_page == Page::Result;
    m_back->setVisible(onResult);
    m_saveRejected->setVisible(onResult);
    m_saveRejected->setEnabled(!m_rejected.isEmpty());
    m_check->setVisible(onSource);
    m_check->setEnabled(onSource && !reading && hasHeader() && m_mapping->problems().isEmpty());
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

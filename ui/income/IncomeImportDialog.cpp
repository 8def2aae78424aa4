#include "income/IncomeImportDialog.h"

#include "import/ImportErrorsModel.h"
#include "import/ImportProgressPage.h"
#include "import/ImportWorker.h"
#include "import/RejectedRowsSaving.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScreenFit.h"

#include <QCheckBox>
#include <QDateEdit>
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

using F = exchange::IncomeCheckField;

QString fieldLabel(F field)
{
    switch (field) {
    case F::HeadName:
        return IncomeImportDialog::tr("Head of household");
    case F::HeadIdNumber:
        return IncomeImportDialog::tr("Head's ID number");
    case F::HouseholdNumber:
        return IncomeImportDialog::tr("Household code");
    case F::Month:
        return IncomeImportDialog::tr("Month");
    case F::Headcount:
        return IncomeImportDialog::tr("Household size");
    case F::Wages:
        return IncomeImportDialog::tr("Wage income");
    case F::Business:
        return IncomeImportDialog::tr("Business income");
    case F::Property:
        return IncomeImportDialog::tr("Property income");
    case F::Transfers:
        return IncomeImportDialog::tr("Transfer income");
    case F::OperatingCosts:
        return IncomeImportDialog::tr("Operating costs");
    case F::Medical:
        return IncomeImportDialog::tr("Medical expenses");
    case F::Education:
        return IncomeImportDialog::tr("Education expenses");
    case F::Disaster:
        return IncomeImportDialog::tr("Disaster expenses");
    case F::OtherExpense:
        return IncomeImportDialog::tr("Other large expenses");
    case F::Checker:
        return IncomeImportDialog::tr("Checked by");
    case F::CheckedOn:
        return IncomeImportDialog::tr("Checked on");
    case F::Note:
        return IncomeImportDialog::tr("Note");
    }
    return {};
}

QDate firstOfThisMonth()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

} // namespace

QList<MappingField> IncomeImportDialog::mappingFields()
{
    // No field is required on its own: the ID number or the household code finds the household, and the
    // month may be the whole file's (mappingProblems says what is missing).
    QList<MappingField> fields;
    for (const exchange::IncomeCheckFieldInfo& info : exchange::IncomeCheckLayout::fields())
        fields.append({static_cast<int>(info.field), fieldLabel(info.field), info.header, false});
    return fields;
}

IncomeImportDialog::IncomeImportDialog(const Database& db, const QString& path, QWidget* parent, QDate month)
    : QDialog(parent), m_db(db), m_worker(new ImportWorker(db, this)), m_path(path)
{
    setObjectName(QStringLiteral("incomeImportDialog"));
    setWindowTitle(tr("Import income checks"));

    // The file, its month and where each field is.
    auto* source = new QWidget(this);
    m_file = new QLabel(source);
    m_file->setObjectName(QStringLiteral("incomeImportFile"));
    m_file->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"), source);
    choose->setAutoDefault(false);
    m_wholeMonth = new QCheckBox(tr("Every row is for the &month"), source);
    m_wholeMonth->setObjectName(QStringLiteral("incomeImportWholeMonth"));
    m_wholeMonth->setToolTip(tr("For a sheet without a 月份 column; a row whose own month differs is "
                                "rejected."));
    m_month = new QDateEdit(source);
    m_month->setObjectName(QStringLiteral("incomeImportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setMaximumDate(firstOfThisMonth().addMonths(1).addDays(-1));
    // The month of the tab the clerk came from, which the sheet is most likely for; else last month.
    m_month->setDate(month.isValid() ? std::min(QDate(month.year(), month.month(), 1), firstOfThisMonth())
                                     : firstOfThisMonth().addMonths(-1));
    m_month->setEnabled(false);
    m_columns = new QLabel(source);
    m_columns->setObjectName(QStringLiteral("incomeImportColumns"));
    m_columns->setWordWrap(true);
    m_mapping = new ImportMappingTable(mappingFields(), source);
    m_mappingProblems = new QLabel(source);
    m_mappingProblems->setObjectName(QStringLiteral("incomeImportMappingProblems"));
    m_mappingProblems->setWordWrap(true);
    m_mappingProblems->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(m_wholeMonth);
    monthRow->addWidget(m_month);
    monthRow->addStretch(1);
    auto* sourceLayout = new QVBoxLayout(source);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addLayout(fileRow);
    sourceLayout->addLayout(monthRow);
    sourceLayout->addWidget(m_columns);
    sourceLayout->addWidget(m_mapping, 1);
    sourceLayout->addWidget(m_mappingProblems);

    m_progress = new ImportProgressPage(this);

    // What a check or an import found.
    auto* result = new QWidget(this);
    m_errors = new ImportErrorsModel(this);
    auto* errorsTitle = new QLabel(
        tr("Rejected rows (each is left out with its reasons; the other rows are imported):"), result);
    errorsTitle->setWordWrap(true);
    auto* errorsView = new QTableView(result);
    errorsView->setObjectName(QStringLiteral("incomeImportErrors"));
    errorsView->setModel(m_errors);
    errorsView->setSortingEnabled(true);
    errorsView->sortByColumn(ImportErrorsModel::RowColumn, Qt::AscendingOrder);
    errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    errorsView->horizontalHeader()->setStretchLastSection(true);
    errorsView->verticalHeader()->hide();
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(errorsTitle);
    resultLayout->addWidget(errorsView, 1);

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
    m_back = button(tr("< &Back"), "incomeImportBack");
    m_saveRejected = button(tr("&Save rejected rows…"), "incomeImportSaveRejected");
    m_saveRejected->setToolTip(
        tr("The rejected rows with their reasons as an Excel file, to correct and import again"));
    m_check = button(tr("C&heck"), "incomeImportCheck");
    m_import = button(tr("&Import"), "incomeImportRun");
    m_cancel = button(tr("Cancel"), "incomeImportCancel");
    m_close = button(tr("Close"), "incomeImportClose");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("incomeImportStatus"));
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

    const auto mappingChanged = [this] {
        // A column placed by hand or another month makes the last check stale.
        m_checked = false;
        m_mappingProblems->setText(hasHeader() ? mappingProblems().join(QLatin1Char('\n')) : QString());
        updateButtons();
    };
    connect(choose, &QPushButton::clicked, this, &IncomeImportDialog::chooseFile);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Source); });
    connect(m_check, &QPushButton::clicked, this, &IncomeImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &IncomeImportDialog::importChecks);
    connect(m_saveRejected, &QPushButton::clicked, this, &IncomeImportDialog::saveRejectedRows);
    connect(m_cancel, &QPushButton::clicked, this, &IncomeImportDialog::cancelWork);
    connect(m_close, &QPushButton::clicked, this, &IncomeImportDialog::reject);
    connect(m_mapping, &ImportMappingTable::mappingChanged, this, mappingChanged);
    connect(m_wholeMonth, &QCheckBox::toggled, this, [this, mappingChanged](bool on) {
        m_month->setEnabled(on);
        mappingChanged();
    });
    connect(m_month, &QDateEdit::dateChanged, this, mappingChanged);
    connect(m_worker, &ImportWorker::progressed, m_progress, &ImportProgressPage::progressed);

    ScreenFit::resize(this, QSize(900, 720));
    m_file->setText(path.isEmpty() ? tr("No file chosen.") : QDir::toNativeSeparators(path));
    inspect();
}

IncomeImportDialog::~IncomeImportDialog() = default;

bool IncomeImportDialog::run(const Database& db, QWidget* parent, QDate month)
{
    const QString path = FileDialog::getOpenFileName(parent, tr("Import income checks"),
                                                     FileDialog::lastFolder(QStringLiteral("import")),
                                                     tr("Sheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return false;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    IncomeImportDialog dialog(db, path, parent, month);
    bool imported = false;
    connect(&dialog, &IncomeImportDialog::imported, &dialog, [&imported] { imported = true; });
    dialog.exec();
    return imported;
}

QProgressBar* IncomeImportDialog::progressBar() const
{
    return m_progress->progressBar();
}

bool IncomeImportDialog::isWorking() const
{
    return m_worker->isBusy();
}

void IncomeImportDialog::chooseFile()
{
    if (m_worker->isBusy())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import income checks"),
                                                     FileDialog::lastFolder(QStringLiteral("import")),
                                                     tr("Sheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_rejected.clear();
    m_errors->setErrors({});
    showPage(Page::Source);
    inspect();
}

exchange::IncomeCheckMapping IncomeImportDialog::mapping() const
{
    exchange::IncomeCheckMapping out;
    const QHash<int, int> columns = m_mapping->columns();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        out.insert(static_cast<F>(it.key()), it.value());
    return out;
}

QDate IncomeImportDialog::monthForFile() const
{
    if (!m_wholeMonth->isChecked())
        return {};
    const QDate day = m_month->date();
    return QDate(day.year(), day.month(), 1);
}

QStringList IncomeImportDialog::mappingProblems()
{
    m_mapping->problems(); // marks a column chosen twice in the table
    return exchange::IncomeCheckLayout::mappingProblems(mapping(), monthForFile().isValid());
}

void IncomeImportDialog::inspect()
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
    auto header = std::make_shared<Result<exchange::IncomeCheckHeader>>(Outcome());
    const QString path = m_path;
    m_worker->read([path, header] { *header = exchange::IncomeCheckImporter::inspect(path); },
                   [this, header] {
                       if (!*header) {
                           m_columns->setText(header->summary());
                           updateButtons();
                           return;
                       }
                       const exchange::IncomeCheckHeader& h = header->value();
                       QHash<int, int> columns;
                       for (auto it = h.mapping.constBegin(); it != h.mapping.constEnd(); ++it)
                           columns.insert(static_cast<int>(it.key()), it.value());
                       m_headerRow = h.headerRow;
                       // A sheet without a 月份 column is one month's: the clerk says which.
                       if (!h.mapping.contains(F::Month))
                           m_wholeMonth->setChecked(true);
                       m_columns->setText(
                           tr("Header on row %1 of sheet %2. Check where each field is; a column can be "
                              "chosen by hand.")
                               .arg(h.headerRow)
                               .arg(h.sheetName));
                       m_mapping->setColumns(h.headers, columns, h.firstRow);
                       m_mappingProblems->setText(mappingProblems().join(QLatin1Char('\n')));
                       updateButtons();
                   });
    updateButtons();
}

void IncomeImportDialog::check()
{
    if (m_worker->isBusy() || !hasHeader() || !mappingProblems().isEmpty())
        return;
    start(true);
}

void IncomeImportDialog::importChecks()
{
    if (m_worker->isBusy() || !m_checked)
        return;
    // Replacing a month's checks on file cannot be undone from here: the clerk confirms what the check found.
    const QString question =
        tr("Import %1?").arg(counts(m_summary)) +
        (m_summary.checksChanged > 0
             ? QStringLiteral("\n") + tr("%n check(s) on file will be replaced by the sheet's.", nullptr,
                                         m_summary.checksChanged)
             : QString()) +
        (m_summary.rowsRejected > 0
             ? QStringLiteral("\n") + tr("%n rejected row(s) are left out.", nullptr, m_summary.rowsRejected)
             : QString());
    if (MessageBox::question(this, tr("Import income checks"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    start(false);
}

void IncomeImportDialog::start(bool dryRun)
{
    exchange::IncomeImportOptions options;
    options.path = m_path;
    options.dryRun = dryRun;
    options.today = QDate::currentDate();
    options.month = monthForFile();
    options.mapping = mapping(); // the table as it is: -1 for "not in the file"
    const QString file = QFileInfo(m_path).fileName();
    m_progress->start(dryRun ? tr("Checking every row of %1…").arg(file) : tr("Importing %1…").arg(file),
                      dryRun ? tr("Nothing is written during the check.")
                             : tr("All checks go in together at the end; Cancel leaves the database as it "
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
            Result<exchange::IncomeImportSummary> summary = exchange::IncomeCheckImporter(db).run(options);
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

void IncomeImportDialog::cancelWork()
{
    if (!m_worker->isImporting())
        return;
    m_worker->cancel();
    m_progress->setWhat(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void IncomeImportDialog::reject()
{
    if (m_worker->isImporting()) {
        // Closing in the middle of a pass cancels it; the dialog goes once the database is back as it was.
        m_closeWhenDone = true;
        cancelWork();
        return;
    }
    QDialog::reject();
}

QString IncomeImportDialog::counts(const exchange::IncomeImportSummary& s) const
{
    return tr("%1 new, %2 changed, %3 unchanged, %4 rejected")
        .arg(s.checksNew)
        .arg(s.checksChanged)
        .arg(s.checksUnchanged)
        .arg(s.rowsRejected);
}

void IncomeImportDialog::finished(const Run& run)
{
    const exchange::IncomeImportSummary& s = run.summary;
    if (m_closeWhenDone) {
        if (s.written)
            emit imported();
        QDialog::reject();
        return;
    }
    if (!run.failure.ok()) {
        m_checked = false;
        showPage(Page::Source);
        MessageBox::critical(this, tr("Import income checks"), run.failure.summary());
        return;
    }
    if (s.cancelled) {
        showPage(run.dryRun ? Page::Source : Page::Result);
        const QString why =
            run.dryRun
                ? tr("The check was cancelled.")
                : tr("The import was cancelled. Nothing was written: the database is as it was before.");
        m_status->setText(why);
        if (!run.dryRun)
            MessageBox::information(this, tr("Import income checks"), why);
        return;
    }
    m_summary = s;
    m_rejected = run.rejected;
    m_errors->setErrors(s.errors);
    showPage(Page::Result);
    if (run.dryRun) {
        m_checked = s.checksNew + s.checksChanged > 0;
        m_status->setText(tr("Checked, %n row(s) read: ", nullptr, s.rowsRead) + counts(s) +
                          (m_checked ? QString() : tr(". Nothing to import.")));
    } else {
        m_checked = false;
        m_status->setText(tr("Imported: ") + counts(s) + QLatin1Char('.'));
        if (s.written)
            emit imported();
    }
    updateButtons();
}

void IncomeImportDialog::saveRejectedRows()
{
    const QString path =
        RejectedRowsSaving::save(this, tr("Save rejected rows"), m_path, m_summary.headers, m_rejected);
    if (!path.isEmpty())
        m_status->setText(tr("Rejected rows saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void IncomeImportDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    updateButtons();
}

void IncomeImportDialog::updateButtons()
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

#include "income/IncomeImportDialog.h"

#include "import/ImportErrorsModel.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

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

IncomeImportDialog::IncomeImportDialog(const Database& db, const QString& path, QWidget* parent)
    : MappedImportDialog(
          db, path, {QStringLiteral("incomeImport"), tr("Import income checks"), tr("Sheets (*.xlsx *.csv)")},
          mappingFields(),
          tr("Rejected rows (each is left out with its reasons; the other rows are imported):"), parent)
{
    // The month of the whole file, below the file's row.
    m_wholeMonth = new QCheckBox(tr("Every row is for the &month"), this);
    m_wholeMonth->setObjectName(QStringLiteral("incomeImportWholeMonth"));
    m_wholeMonth->setToolTip(tr("For a sheet without a 月份 column; a row whose own month differs is "
                                "rejected."));
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("incomeImportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setMaximumDate(firstOfThisMonth().addMonths(1).addDays(-1));
    m_month->setDate(firstOfThisMonth().addMonths(-1));
    m_month->setEnabled(false);
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(m_wholeMonth);
    monthRow->addWidget(m_month);
    monthRow->addStretch(1);
    insertSourceRow(monthRow);

    connect(m_import, &QPushButton::clicked, this, &IncomeImportDialog::importChecks);
    connect(m_wholeMonth, &QCheckBox::toggled, this, [this](bool on) {
        m_month->setEnabled(on);
        mappingChanged();
    });
    connect(m_month, &QDateEdit::dateChanged, this, &IncomeImportDialog::mappingChanged);
    inspect();
}

IncomeImportDialog::~IncomeImportDialog() = default;

bool IncomeImportDialog::run(const Database& db, QWidget* parent)
{
    const QString path = FileDialog::getOpenFileName(parent, tr("Import income checks"),
                                                     FileDialog::lastFolder(QStringLiteral("import")),
                                                     tr("Sheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return false;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    IncomeImportDialog dialog(db, path, parent);
    bool imported = false;
    connect(&dialog, &IncomeImportDialog::imported, &dialog, [&imported] { imported = true; });
    dialog.exec();
    return imported;
}

exchange::IncomeCheckMapping IncomeImportDialog::mapping() const
{
    exchange::IncomeCheckMapping out;
    const QHash<int, int> columns = mappingTable()->columns();
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
    mappingTable()->problems(); // marks a column chosen twice in the table
    return exchange::IncomeCheckLayout::mappingProblems(mapping(), monthForFile().isValid());
}

MappedImportDialog::HeaderReader IncomeImportDialog::headerReader() const
{
    return [](const QString& path) { return sheetHeader(exchange::IncomeCheckImporter::inspect(path)); };
}

void IncomeImportDialog::headerRead(const SheetHeader& header)
{
    // A sheet without a 月份 column is one month's: the clerk says which.
    if (!header.columns.contains(static_cast<int>(F::Month)))
        m_wholeMonth->setChecked(true);
}

void IncomeImportDialog::importChecks()
{
    if (isWorking() || !m_checked)
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
    runImporter<exchange::IncomeCheckImporter, exchange::IncomeImportSummary>(
        options, tr("All checks go in together at the end; Cancel leaves the database as it was."),
        [this](const Run& run) { finished(run); });
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
    if (passEnded(run.dryRun, s.written, s.cancelled, run.failure))
        return;
    m_summary = s;
    keepRejected(run.rejected, s.headers);
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

} // namespace anju

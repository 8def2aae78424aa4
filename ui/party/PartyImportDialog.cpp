#include "party/PartyImportDialog.h"

#include "import/ImportErrorsModel.h"

#include <QLabel>
#include <QPushButton>

namespace anju {

namespace {

using F = exchange::PartyRosterField;

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
    : MappedImportDialog(
          db, path, {QStringLiteral("partyImport"), tr("Import party roster"), tr("Rosters (*.xlsx *.csv)")},
          mappingFields(), tr("Errors (each rejects its row; while there is one, nothing is written):"),
          parent)
{
    // Below the errors, the warnings of old records.
    m_warnings = new ImportErrorsModel(this);
    addProblemsView(tr("Warnings (rules an old record breaks: the step is imported as entered from records, "
                       "据档案补录):"),
                    m_warnings, QStringLiteral("partyImportWarnings"), 1);

    connect(m_import, &QPushButton::clicked, this, &PartyImportDialog::importRoster);
    inspect();
}

PartyImportDialog::~PartyImportDialog() = default;

MappedImportDialog::HeaderReader PartyImportDialog::headerReader() const
{
    return [](const QString& path) { return sheetHeader(exchange::PartyRosterImporter::inspect(path)); };
}

void PartyImportDialog::clearFindings()
{
    MappedImportDialog::clearFindings();
    m_warnings->setErrors({});
}

void PartyImportDialog::importRoster()
{
    if (isWorking() || !m_checked)
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
    const QHash<int, int> columns = mappingTable()->columns();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        options.mapping.insert(static_cast<F>(it.key()), it.value());
    runImporter<exchange::PartyRosterImporter, exchange::PartyImportSummary>(
        options, tr("All members go in together at the end; Cancel leaves the database as it was."),
        [this](const Run& run) { finished(run); });
}

void PartyImportDialog::finished(const Run& run)
{
    const exchange::PartyImportSummary& s = run.summary;
    if (passEnded(run.dryRun, s.written, s.cancelled, run.failure))
        return;
    keepRejected(run.rejected, s.headers);
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

} // namespace anju

#include "party/NewMemberDialog.h"

#include "domain/Enums.h"
#include "party/OrganisationRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "registry/PersonSearch.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/ScreenFit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
constexpr int SearchLimit = 50;
const QList<party::StageEvent> StepEvents = {
    party::StageEvent::Application,       party::StageEvent::ApplicationTalk, party::StageEvent::Activist,
    party::StageEvent::DevelopmentTarget, party::StageEvent::Admission,       party::StageEvent::Conversion};
} // namespace

NewMemberDialog::NewMemberDialog(const Database& db, qint64 organisationId, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("newMemberDialog"));
    setWindowTitle(tr("New party member or applicant"));
    m_resident = new QRadioButton(tr("A &resident of our sites"), this);
    m_resident->setObjectName(QStringLiteral("originResident"));
    m_cadre = new QRadioButton(tr("An &outside cadre (work team, civil servant …)"), this);
    m_cadre->setObjectName(QStringLiteral("originCadre"));
    auto* origin = new QButtonGroup(this);
    origin->addButton(m_resident);
    origin->addButton(m_cadre);
    m_resident->setChecked(true);
    m_who = new QStackedWidget(this);
    m_who->addWidget(buildResidentPage());
    m_who->addWidget(buildCadrePage());

    m_organisation = new QComboBox(this);
    for (const party::Organisation& o :
         party::OrganisationRepository(db).organisations(QDate::currentDate())) {
        if (party::PartyRules::holdsMembers(o.kind)) // a 党支部 or 联合党支部, never a 总支 or 党委
            m_organisation->addItem(o.name, o.id);
    }
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(organisationId)));
    m_phone = new QLineEdit(this);
    m_joined = new OptionalDateEdit(this);
    m_joined->setToolTip(tr("Only for a member who came from another organisation: the day they joined this "
                            "branch. Steps before it were checked where they were taken."));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Branch:"), m_organisation, "newMemberOrganisation",
                    QLatin1String(Field::MemberOrganisation));
    m_errors.addRow(form, this, tr("&Phone:"), m_phone, "newMemberPhone");
    m_errors.addRow(form, this, tr("Joined this branch &on:"), m_joined, "newMemberJoined");

    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewMemberDialog::reject);

    auto* originRow = new QHBoxLayout;
    originRow->addWidget(m_resident);
    originRow->addWidget(m_cadre);
    originRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(originRow);
    layout->addWidget(m_who);
    layout->addLayout(form);
    layout->addWidget(buildSteps());
    layout->addWidget(general);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(720, 760)); // no taller than a 1366×768 laptop's screen

    connect(m_resident, &QRadioButton::toggled, this, [this](bool resident) {
        m_who->setCurrentIndex(resident ? 0 : 1);
        (resident ? static_cast<QWidget*>(m_search) : m_name)->setFocus();
    });
    m_search->setFocus();
}

QWidget* NewMemberDialog::buildResidentPage()
{
    auto* page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household number, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_people = new QListWidget(page);
    m_people->setObjectName(QStringLiteral("personList"));
    m_people->setMinimumHeight(m_people->fontMetrics().height() * 6);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, page, tr("&Find:"), m_search, "personSearchField");
    m_errors.addRow(form, page, tr("Re&sident:"), m_people, "newMemberPerson",
                    QLatin1String(Field::MemberPerson));
    connect(m_search, &QLineEdit::returnPressed, this, &NewMemberDialog::searchPeople);
    return page;
}

QWidget* NewMemberDialog::buildCadrePage()
{
    auto* page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_sex = new QComboBox(page);
    for (const Sex sex : {Sex::Male, Sex::Female})
        m_sex->addItem(enumLabel(sex), static_cast<int>(sex));
    m_birthDate = new OptionalDateEdit(page);
    m_idNumber = new QLineEdit(page);
    m_workUnit = new QLineEdit(page);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, page, tr("&Name:"), m_name, "newMemberName", QLatin1String(Field::MemberName));
    m_errors.addRow(form, page, tr("Se&x:"), m_sex, "newMemberSex");
    m_errors.addRow(form, page, tr("Bor&n:"), m_birthDate, "newMemberBirthDate",
                    QLatin1String(Field::MemberBirthDate));
    m_errors.addRow(form, page, tr("&ID number:"), m_idNumber, "newMemberIdNumber");
    m_errors.addRow(form, page, tr("&Work unit:"), m_workUnit, "newMemberWorkUnit");
    return page;
}

QWidget* NewMemberDialog::buildSteps()
{
    auto* box = new QGroupBox(tr("Steps on file"), this);
    auto* grid = new QGridLayout;
    auto* hint =
        new QLabel(tr("Tick each step taken so far and give its date. A reason is needed only where a "
                      "step sets a rule aside; it is kept in the history."),
                   box);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    for (int i = 0; i < StepEvents.size(); ++i) {
        StepRow row;
        row.event = StepEvents.at(i);
        row.done = new QCheckBox(enumLabel(row.event), box);
        row.done->setObjectName(QStringLiteral("step_") + enumKey(row.event));
        row.date = new OptionalDateEdit(box);
        row.reason = new QLineEdit(box);
        row.reason->setPlaceholderText(tr("reason, if a rule is set aside"));
        grid->addWidget(row.done, i, 0);
        grid->addWidget(row.date, i, 1);
        grid->addWidget(row.reason, i, 2);
        connect(row.done, &QCheckBox::toggled, this, &NewMemberDialog::updateSteps);
        m_steps.append(row);
    }
    grid->setColumnStretch(2, 1);
    // The application is every member's first step.
    m_steps.first().done->setChecked(true);
    m_steps.first().done->setEnabled(false);
    m_steps.first().date->setValue(QDate::currentDate());
    // 据档案补录: a step under 18 or before a year of cultivation is on file only from old records.
    m_fromRecords = new QCheckBox(tr("Steps with a reason are entered from paper records (据档案补录); the "
                                     "reason names them"),
                                  box);
    m_fromRecords->setObjectName(QStringLiteral("fromRecords"));
    m_stepProblems = FieldError::makeLabel(box);
    m_stepProblems->setObjectName(QStringLiteral("stepProblems"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(m_fromRecords);
    layout->addWidget(m_stepProblems);
    updateSteps();
    return box;
}

void NewMemberDialog::updateSteps()
{
    for (const StepRow& row : std::as_const(m_steps)) {
        row.date->setEnabled(row.done->isChecked());
        row.reason->setEnabled(row.done->isChecked());
    }
}

void NewMemberDialog::presetPerson(qint64 personId, const QString& name)
{
    m_resident->setChecked(true);
    m_search->setText(name);
    searchPeople();
    for (int row = 0; row < m_people->count(); ++row)
        if (m_people->item(row)->data(Qt::UserRole).toLongLong() == personId)
            m_people->setCurrentRow(row);
}

void NewMemberDialog::searchPeople()
{
    m_people->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const registry::PersonSearch search(m_db);
    // A masked role typing ID or phone digits: the reason, not "No resident found."
    if (const Outcome refused = search.refusal(text); !refused) {
        m_people->addItem(refused.summary());
        return;
    }
    const QList<registry::PersonHit> hits = search.page(text, 0, SearchLimit);
    for (const registry::PersonHit& hit : hits) {
        if (hit.state != PersonState::Active)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3 · household %4, %5")
                .arg(hit.name, enumLabel(hit.sex), hit.idNumber, hit.householdNumber, hit.siteName),
            m_people);
        item->setData(Qt::UserRole, hit.personId);
        item->setData(Qt::UserRole + 1, hit.phone);
    }
    if (m_people->count() == 0)
        m_people->addItem(tr("No resident found."));
    else
        m_people->setCurrentRow(0);
}

party::PartyMember NewMemberDialog::edited(QList<int>& stepRows) const
{
    party::PartyMember m;
    if (m_resident->isChecked()) {
        m.origin = party::MemberOrigin::Resident;
        const QListWidgetItem* chosen = m_people->currentItem();
        m.personId = chosen ? chosen->data(Qt::UserRole).toLongLong() : 0;
    } else {
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = m_name->text().trimmed();
        m.sex = static_cast<Sex>(m_sex->currentData().toInt());
        m.birthDate = m_birthDate->value();
        m.idNumber = m_idNumber->text().trimmed().toUpper();
        m.workUnit = m_workUnit->text().trimmed();
    }
    m.organisationId = m_organisation->currentData().toLongLong();
    m.phone = m_phone->text().trimmed();
    // Dues start as the lowest rate; the secretary sets the basis in the member form.
    m.dues.category = party::DuesCategory::Unemployed;
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepRow& row = m_steps.at(i);
        if (!row.done->isChecked())
            continue;
        party::StageStep step;
        step.event = row.event;
        step.date = row.date->value();
        step.reason = row.reason->text().trimmed();
        step.fromRecords = m_fromRecords->isChecked() && !step.reason.isEmpty();
        m.stageHistory.append(step);
        stepRows.append(i);
    }
    return m;
}

void NewMemberDialog::showStepProblems(const Outcome& outcome, const QList<int>& stepRows)
{
    Outcome fields;
    QStringList lines;
    for (const StepRow& row : std::as_const(m_steps)) {
        FieldError::clear(row.date, nullptr);
        FieldError::clear(row.reason, nullptr);
    }
    for (const Violation& v : outcome.violations()) {
        if (v.row < 0 || v.row >= stepRows.size()) {
            fields.add(v.field, v.message);
            continue;
        }
        const StepRow& row = m_steps.at(stepRows.at(v.row));
        lines.append(tr("%1: %2").arg(enumLabel(row.event), v.message));
        FieldError::show(v.field == QLatin1String(Field::TransitionReason) ? static_cast<QWidget*>(row.reason)
                                                                           : row.date,
                         nullptr, v.message);
    }
    m_errors.show(fields);
    if (lines.isEmpty())
        FieldError::clear(nullptr, m_stepProblems);
    else
        FieldError::show(nullptr, m_stepProblems, lines.join(QLatin1Char('\n')));
}

void NewMemberDialog::accept()
{
    QList<int> stepRows;
    const party::PartyMember member = edited(stepRows);
    if (member.isResident() && member.personId == 0) {
        showStepProblems(Outcome::failure(QLatin1String(Field::MemberPerson),
                                          tr("Find the resident and choose them in the list.")),
                         stepRows);
        return;
    }
    const Result<party::PartyMember> created =
        party::PartyService(m_db).createMember(member, m_joined->value());
    showStepProblems(created, stepRows);
    if (!created)
        return;
    m_memberId = created.value().id;
    emit memberCreated(m_memberId);
    QDialog::accept();
}

} // namespace anju

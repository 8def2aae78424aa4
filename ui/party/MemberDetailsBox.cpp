#include "party/MemberDetailsBox.h"

#include "domain/Enums.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace anju {

namespace {

void choose(QComboBox* combo, qint64 id)
{
    combo->setCurrentIndex(qMax(0, combo->findData(id)));
}

} // namespace

MemberDetailsBox::MemberDetailsBox(const Database& db, FieldErrors& errors, QWidget* parent)
    : QWidget(parent), m_db(db)
{
    // An outside cadre's own particulars (residents' come from the household register).
    auto* cadre = new QGroupBox(tr("Outside cadre"), this);
    m_cadreFields = cadre;
    auto* cadreForm = new QFormLayout(cadre);
    m_name = new QLineEdit(cadre);
    m_sex = new QComboBox(cadre);
    for (const Sex sex : {Sex::Male, Sex::Female})
        m_sex->addItem(enumLabel(sex), static_cast<int>(sex));
    m_birthDate = new OptionalDateEdit(cadre);
    m_idNumber = new QLineEdit(cadre);
    m_workUnit = new QLineEdit(cadre);
    errors.addRow(cadreForm, cadre, tr("&Name:"), m_name, "memberName", QLatin1String(Field::MemberName));
    errors.addRow(cadreForm, cadre, tr("Se&x:"), m_sex, "memberSex");
    errors.addRow(cadreForm, cadre, tr("&Born:"), m_birthDate, "memberBirthDate",
                  QLatin1String(Field::MemberBirthDate));
    errors.addRow(cadreForm, cadre, tr("&ID number:"), m_idNumber, "memberIdNumber");
    errors.addRow(cadreForm, cadre, tr("&Work unit:"), m_workUnit, "memberWorkUnit");

    auto* party = new QGroupBox(tr("In the party"), this);
    auto* form = new QFormLayout(party);
    m_organisation = new QComboBox(party);
    m_phone = new QLineEdit(party);
    m_phone->setMaximumWidth(m_phone->fontMetrics().horizontalAdvance(QStringLiteral("0000-00000000000")) +
                             16);
    m_mentor1 = new QComboBox(party);
    m_mentor2 = new QComboBox(party);
    m_sponsor1 = new QComboBox(party);
    m_sponsor2 = new QComboBox(party);
    for (QComboBox* combo : {m_organisation, m_mentor1, m_mentor2, m_sponsor1, m_sponsor2})
        combo->setMinimumContentsLength(14);
    auto* mentors = new QWidget(party);
    auto* mentorsLayout = new QHBoxLayout(mentors);
    mentorsLayout->setContentsMargins(0, 0, 0, 0);
    mentorsLayout->addWidget(m_mentor1);
    mentorsLayout->addWidget(m_mentor2);
    auto* sponsors = new QWidget(party);
    auto* sponsorsLayout = new QHBoxLayout(sponsors);
    sponsorsLayout->setContentsMargins(0, 0, 0, 0);
    sponsorsLayout->addWidget(m_sponsor1);
    sponsorsLayout->addWidget(m_sponsor2);
    mentors->setFocusProxy(m_mentor1);
    sponsors->setFocusProxy(m_sponsor1);
    m_politicalReview = new OptionalDateEdit(party);
    m_trainingHours = new QSpinBox(party);
    m_trainingHours->setRange(0, 999);
    m_trainingHours->setSuffix(tr(" class hours"));
    m_trainingDays = new QSpinBox(party);
    m_trainingDays->setRange(0, 99);
    m_trainingDays->setSuffix(tr(" days"));
    auto* training = new QWidget(party);
    auto* trainingLayout = new QHBoxLayout(training);
    trainingLayout->setContentsMargins(0, 0, 0, 0);
    trainingLayout->addWidget(m_trainingHours);
    trainingLayout->addWidget(m_trainingDays);
    trainingLayout->addStretch(1);
    training->setFocusProxy(m_trainingHours);
    m_note = new QPlainTextEdit(party);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 12);

    errors.addRow(form, party, tr("&Branch:"), m_organisation, "memberOrganisation",
                  QLatin1String(Field::MemberOrganisation));
    errors.addRow(form, party, tr("&Phone:"), m_phone, "memberPhone");
    errors.addRow(form, party, tr("&Mentors:"), mentors, "memberMentors",
                  QLatin1String(Field::MemberMentors));
    errors.addRow(form, party, tr("&Sponsors:"), sponsors, "memberSponsors",
                  QLatin1String(Field::MemberSponsors));
    errors.addRow(form, party, tr("Political re&view on:"), m_politicalReview, "memberPoliticalReview",
                  QLatin1String(Field::MemberPoliticalReview));
    errors.addRow(form, party, tr("&Training:"), training, "memberTraining",
                  QLatin1String(Field::MemberTraining));
    errors.addRow(form, party, tr("N&ote:"), m_note, "memberNote");
    m_mentor1->setToolTip(tr("One or two full members who guide the activist in cultivation"));
    m_sponsor1->setToolTip(tr("Two full members who sponsor the development target for admission"));

    // Both boxes keep the height of their fields; the room left stays empty below, not between rows.
    party->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(party, 3, Qt::AlignTop);
    layout->addWidget(cadre, 2, Qt::AlignTop);

    for (QLineEdit* edit : {m_name, m_idNumber, m_workUnit, m_phone})
        connect(edit, &QLineEdit::textEdited, this, &MemberDetailsBox::edited);
    for (QComboBox* combo : {m_sex, m_organisation, m_mentor1, m_mentor2, m_sponsor1, m_sponsor2})
        connect(combo, &QComboBox::activated, this, &MemberDetailsBox::edited);
    for (OptionalDateEdit* date : {m_birthDate, m_politicalReview})
        connect(date, &QDateEdit::dateChanged, this, &MemberDetailsBox::edited);
    for (QSpinBox* spin : {m_trainingHours, m_trainingDays})
        connect(spin, &QSpinBox::valueChanged, this, &MemberDetailsBox::edited);
    connect(m_note, &QPlainTextEdit::textChanged, this, &MemberDetailsBox::edited);
}

void MemberDetailsBox::fillMemberChoices(const party::PartyMember& member)
{
    m_organisation->clear();
    for (const party::Organisation& organisation :
         party::OrganisationRepository(m_db).organisations(QDate::currentDate())) {
        // A 党支部 or 联合党支部 (core's rule); a member placed elsewhere by an older program keeps theirs.
        if (party::PartyRules::holdsMembers(organisation.kind) || organisation.id == member.organisationId)
            m_organisation->addItem(organisation.name, organisation.id);
    }
    // Mentors and sponsors are full members, those of the member's own branch first.
    party::PartyMemberFilter full;
    full.stage = party::DevelopmentStage::Full;
    QList<party::PartyMemberRow> rows = party::PartyMemberRepository(m_db).members(full);
    std::stable_sort(
        rows.begin(), rows.end(), [&](const party::PartyMemberRow& a, const party::PartyMemberRow& b) {
            return (a.organisationId == member.organisationId) > (b.organisationId == member.organisationId);
        });
    for (QComboBox* combo : {m_mentor1, m_mentor2, m_sponsor1, m_sponsor2}) {
        combo->clear();
        combo->addItem(tr("—", "no member chosen"), qint64(0));
        for (const party::PartyMemberRow& row : rows) {
            if (row.id != member.id)
                combo->addItem(tr("%1 (%2)", "member (organisation)").arg(row.name, row.organisationName),
                               row.id);
        }
    }
    // A mentor who has since left stays named rather than silently dropped.
    const auto keep = [](QComboBox* combo, qint64 id) {
        if (id != 0 && combo->findData(id) < 0)
            combo->addItem(tr("Member %1 (no longer a full member here)").arg(id), id);
        choose(combo, id);
    };
    keep(m_mentor1, member.mentor1Id);
    keep(m_mentor2, member.mentor2Id);
    keep(m_sponsor1, member.sponsor1Id);
    keep(m_sponsor2, member.sponsor2Id);
}

void MemberDetailsBox::load(const party::PartyMember& member)
{
    const QSignalBlocker blocker(this);
    fillMemberChoices(member);
    choose(m_organisation, member.organisationId);
    m_cadreFields->setVisible(!member.isResident());
    m_name->setText(member.name);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(static_cast<int>(member.sex))));
    m_birthDate->setValue(member.birthDate);
    m_idNumber->setText(member.idNumber);
    m_workUnit->setText(member.workUnit);
    m_phone->setText(member.phone);
    m_politicalReview->setValue(member.politicalReviewDate);
    m_trainingHours->setValue(member.trainingHours);
    m_trainingDays->setValue(member.trainingDays);
    m_note->setPlainText(member.note);
}

void MemberDetailsBox::applyTo(party::PartyMember& member) const
{
    if (!member.isResident()) {
        member.name = m_name->text().trimmed();
        member.sex = static_cast<Sex>(m_sex->currentData().toInt());
        member.birthDate = m_birthDate->value();
        member.idNumber = m_idNumber->text().trimmed().toUpper();
        member.workUnit = m_workUnit->text().trimmed();
    }
    member.organisationId = m_organisation->currentData().toLongLong();
    member.phone = m_phone->text().trimmed();
    member.mentor1Id = m_mentor1->currentData().toLongLong();
    member.mentor2Id = m_mentor2->currentData().toLongLong();
    member.sponsor1Id = m_sponsor1->currentData().toLongLong();
    member.sponsor2Id = m_sponsor2->currentData().toLongLong();
    member.politicalReviewDate = m_politicalReview->value();
    member.trainingHours = m_trainingHours->value();
    member.trainingDays = m_trainingDays->value();
    member.note = m_note->toPlainText().trimmed();
}

} // namespace anju

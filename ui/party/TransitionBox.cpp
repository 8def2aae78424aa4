#include "party/TransitionBox.h"

#include "domain/Enums.h"
#include "party/ConversionPlan.h"
#include "party/PartyEnums.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

TransitionBox::TransitionBox(const Database& db, QWidget* parent)
    : QGroupBox(tr("Record a step"), parent), m_db(db)
{
    m_event = new QComboBox(this);
    m_date = new OptionalDateEdit(this);
    m_extension = new QSpinBox(this);
    // Once, by 6 to 12 months (a hard rule of core): the box offers nothing else.
    m_extension->setRange(party::PartyRules::MinExtensionMonths, party::PartyRules::MaxExtensionMonths);
    m_extension->setValue(6);
    m_extension->setSuffix(tr(" months"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. decided by the branch general meeting on …"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("S&tep:"), m_event, "transitionEvent",
                    QLatin1String(Field::TransitionEvent));
    m_errors.addRow(form, this, tr("&Date:"), m_date, "transitionDate", QLatin1String(Field::TransitionDate));
    m_dateLabel = qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());
    m_approval = new OptionalDateEdit(this);
    m_errors.addRow(form, this, tr("Appro&ved on:"), m_approval, "transitionApprovalDate",
                    QLatin1String(Field::TransitionApprovalDate));
    m_approvalLabel =
        qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());
    m_approvalRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();
    m_approval->setToolTip(tr("The day the higher party committee approved the conversion"));
    m_errors.addRow(form, this, tr("E&xtended by:"), m_extension, "transitionExtension",
                    QLatin1String(Field::TransitionExtension));
    m_extensionLabel =
        qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());
    m_extensionRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();

    // 据档案补录: the only way a step under 18 or before a year of cultivation is on file.
    m_fromRecords = new QCheckBox(tr("Entered from paper records (据档案补录)"), this);
    m_fromRecords->setObjectName(QStringLiteral("fromRecords"));
    m_fromRecords->setToolTip(tr("For a step taken long ago and entered now from the member's file; the "
                                 "reason names the records. Live steps cannot break the age or "
                                 "cultivation rule."));
    form->addRow(QString(), m_fromRecords);
    m_overrideHint = new QLabel(this);
    m_overrideHint->setObjectName(QStringLiteral("overrideHint"));
    m_overrideHint->setWordWrap(true);
    m_overrideHint->setText(
        tr("This step breaks the rule shown above. If the branch decided to take it all the "
           "same, write the reason: it is kept with the step in the history."));
    m_overrideHint->setStyleSheet(QStringLiteral("color: #8d6e00;"));
    form->addRow(m_overrideHint);
    m_errors.addRow(form, this, tr("&Reason:"), m_reason, "transitionReason",
                    QLatin1String(Field::TransitionReason));
    m_reasonLabel =
        qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());
    m_reasonRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();

    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("transitionError"));
    m_errors.setGeneralLabel(general);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("transitionDone"));
    m_done->setWordWrap(true);
    m_done->hide();

    m_record = new QPushButton(tr("Record ste&p"), this);
    m_record->setObjectName(QStringLiteral("recordTransition"));
    m_record->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_record);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_done);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_event, &QComboBox::currentIndexChanged, this, &TransitionBox::updateFields);
    connect(m_record, &QPushButton::clicked, this, &TransitionBox::record);
    connect(m_fromRecords, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            askForReason(true);
    });
    askForReason(false);
}

QList<party::StageEvent> TransitionBox::nextEvents(const party::PartyMember& member)
{
    if (member.state != party::MemberState::Normal && member.state != party::MemberState::Mobile)
        return {};
    switch (member.stage) {
    case party::DevelopmentStage::Applicant:
        if (member.dateOf(party::StageEvent::ApplicationTalk).isValid())
            return {party::StageEvent::Activist};
        return {party::StageEvent::ApplicationTalk, party::StageEvent::Activist};
    case party::DevelopmentStage::Activist:
        return {party::StageEvent::DevelopmentTarget};
    case party::DevelopmentStage::DevelopmentTarget:
        return {party::StageEvent::Admission};
    case party::DevelopmentStage::Probationary:
        return {party::StageEvent::Conversion, party::StageEvent::ProbationExtension};
    case party::DevelopmentStage::Full:
        break;
    }
    return {};
}

void TransitionBox::showMember(const party::PartyMember& member)
{
    m_member = member;
    m_errors.clear();
    m_event->clear();
    for (party::StageEvent event : nextEvents(member))
        m_event->addItem(enumLabel(event), static_cast<int>(event));
    const bool any = m_event->count() > 0;
    setEnabled(any);
    m_date->setValue(QDate::currentDate());
    m_approval->setValue(QDate());
    m_reason->clear();
    m_fromRecords->setChecked(false);
    askForReason(false);
    if (!any) {
        m_done->setText(member.stage == party::DevelopmentStage::Full
                            ? tr("A full member: the development is complete.")
                            : tr("No step can be recorded in this state."));
        m_done->show();
    } else {
        m_done->hide();
    }
    updateFields();
}

void TransitionBox::updateFields()
{
    const bool extension =
        m_event->currentData().toInt() == static_cast<int>(party::StageEvent::ProbationExtension);
    m_extensionLabel->setVisible(extension);
    m_extensionRow->setVisible(extension);
    const bool conversion = m_event->currentData().toInt() == static_cast<int>(party::StageEvent::Conversion);
    m_dateLabel->setText(conversion ? tr("Branch &meeting on:") : tr("&Date:"));
    m_date->setToolTip(conversion ? tr("The day the branch general meeting voted for the conversion")
                                  : QString());
    m_approvalLabel->setVisible(conversion);
    m_approvalRow->setVisible(conversion);
    askForReason(false);
}

bool TransitionBox::isAskingForReason() const
{
    return m_reasonRow->isVisibleTo(this);
}

void TransitionBox::askForReason(bool ask)
{
    m_overrideHint->setVisible(ask);
    m_reasonLabel->setVisible(ask);
    ask = ask || m_fromRecords->isChecked();
    m_overrideHint->setVisible(ask);
    m_reasonLabel->setVisible(ask);
    m_reasonRow->setVisible(ask);
    if (!ask)
        m_reason->clear();
}

bool TransitionBox::record()
{
    if (m_event->count() == 0)
        return false;
    party::StageTransition transition;
    transition.memberId = m_member.id;
    transition.event = static_cast<party::StageEvent>(m_event->currentData().toInt());
    if (transition.event == party::StageEvent::Conversion)
        return recordConversion();
    transition.date = m_date->value();
    transition.reason = isAskingForReason() ? m_reason->text().trimmed() : QString();
    if (transition.event == party::StageEvent::ProbationExtension)
        transition.extensionMonths = m_extension->value();
    transition.fromRecords = m_fromRecords->isChecked();

    party::PartyService service(m_db);
    const party::TransitionCheck check = service.checkTransition(transition);
    if (!check.blocking.ok()) {
        askForReason(false);
        m_errors.show(check.blocking);
        return false;
    }
    if (!check.recordsOnly.ok() && !transition.fromRecords) {
        Outcome shown = check.recordsOnly;
        shown.add(QLatin1String(Field::TransitionEvent),
                  tr("This rule has no exceptions. Only a step entered from old paper records may break it: "
                     "tick \"Entered from paper records\" and name them."));
        m_errors.show(shown);
        return false;
    }
    if ((!check.overridable.ok() || transition.fromRecords) && transition.reason.isEmpty()) {
        const bool alreadyAsking = isAskingForReason();
        askForReason(true);
        Outcome shown = check.overridable;
        if (alreadyAsking)
            shown.add(QLatin1String(Field::TransitionReason),
                      tr("Write the reason for setting the rule aside."));
        m_errors.show(shown);
        m_reason->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const Result<party::PartyMember> done = service.transition(transition);
    if (!done) {
        m_errors.show(done);
        return false;
    }
    m_errors.clear();
    emit recorded(done.value());
    return true;
}

bool TransitionBox::recordConversion()
{
    askForReason(false);
    const Result<party::ConversionPlan> planned =
        party::ConversionPlanner::plan(m_member, m_date->value(), m_approval->value(), QDate::currentDate());
    if (!planned) {
        m_errors.show(planned);
        return false;
    }
    m_errors.clear();
    const party::ConversionPlan& plan = planned.value();
    const auto day = [](QDate date) { return date.toString(Qt::ISODate); };
    const QString text =
        tr("Convert %1 to a full member?\n\n"
           "Stage: %2 → %3\n"
           "Branch general meeting: %4\n"
           "Approved by the higher committee: %5\n"
           "Probation ends: %6\n"
           "Party standing counts from: %7 (the end of probation, whatever day the meeting was)\n\n"
           "The step is recorded at once and kept in the member's history.")
            .arg(plan.memberName, enumLabel(plan.from), enumLabel(plan.to), day(plan.meetingDate),
                 day(plan.approvalDate), day(plan.probationEnds), day(plan.fullMemberFrom));
    if (MessageBox::question(this, tr("Convert to full member"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    const Result<party::PartyMember> done = party::PartyService(m_db).transition(plan.transition);
    if (!done) {
        m_errors.show(done);
        return false;
    }
    m_errors.clear();
    emit recorded(done.value());
    return true;
}

} // namespace anju

#include "party/MemberForm.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "party/MemberDetailsBox.h"
#include "party/MemberDuesBox.h"
#include "party/MemberStateBox.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "party/StageTimeline.h"
#include "party/TransitionBox.h"
#include "registry/HouseholdRepository.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QVBoxLayout>

namespace anju {

MemberForm::MemberForm(const Database& db, qint64 memberId, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("memberForm"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("memberHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("memberStageLabel"));
    QFont big = m_stage->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_stage->setFont(big);
    m_stage->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    m_timeline = new StageTimeline(this);
    m_transition = new TransitionBox(db, this);
    m_state = new MemberStateBox(db, this);
    auto* development = new QWidget(this);
    auto* actions = new QVBoxLayout;
    actions->addWidget(m_transition);
    actions->addWidget(m_state);
    actions->addStretch(1);
    auto* developmentLayout = new QHBoxLayout(development);
    developmentLayout->addWidget(m_timeline, 3);
    developmentLayout->addLayout(actions, 2);

    m_details = new MemberDetailsBox(db, m_errors, this);
    m_dues = new MemberDuesBox(db, m_errors, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(development, tr("&Development"));
    m_tabs->addTab(m_details, tr("Pa&rticulars"));
    m_tabs->addTab(m_dues, tr("D&ues"));

    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);
    auto* hint = new QLabel(tr("Steps, state changes and payments are recorded at once · Ctrl+S saves the "
                               "particulars and the dues basis"),
                            this);
    hint->setEnabled(false);
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveMember"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* button : {m_save, close})
        button->setAutoDefault(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_stage, 0, Qt::AlignTop);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint);
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(general);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &MemberForm::save);
    connect(close, &QPushButton::clicked, this, &MemberForm::reject);
    connect(m_transition, &TransitionBox::recorded, this, [this](const party::PartyMember& member) {
        showMember(member);
        emit memberChanged(member.id);
    });
    connect(m_state, &MemberStateBox::changed, this, [this] {
        reload();
        emit memberChanged(m_member.id);
    });
    connect(m_dues, &MemberDuesBox::paymentRecorded, this, [this] {
        reload();
        emit memberChanged(m_member.id);
    });
    connect(m_details, &MemberDetailsBox::edited, this, [this] { m_edited = true; });
    connect(m_dues, &MemberDuesBox::edited, this, [this] { m_edited = true; });
    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    connect(saveShortcut, &QAction::triggered, this, &MemberForm::save);
    addAction(saveShortcut);

    if (auto stored = party::PartyMemberRepository(db).member(memberId))
        showMember(*stored);
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(1180, screen.width() * 9 / 10), qMin(720, screen.height() * 9 / 10));
    m_transition->eventCombo()->setFocus();
}

void MemberForm::reload()
{
    // Unsaved particulars survive a step recorded meanwhile: only the stored parts are shown again.
    if (auto stored = party::PartyMemberRepository(m_db).member(m_member.id)) {
        if (m_edited) {
            party::PartyMember kept = *stored;
            m_details->applyTo(kept);
            m_dues->applyTo(kept);
            m_member = *stored;
            m_timeline->showMember(kept);
            m_transition->showMember(kept);
            m_state->showMember(kept);
            return;
        }
        showMember(*stored);
    }
}

void MemberForm::showMember(const party::PartyMember& member)
{
    m_member = member;
    setWindowTitle(tr("Party member – %1").arg(member.name));
    QStringList who;
    who.append(member.name);
    if (member.sex != Sex::Unknown)
        who.append(enumLabel(member.sex));
    // A role that sees identities masked gets the birth year only (from core), so no day and no age.
    if (member.birthDate.isValid() && Permissions::masks(m_db.session()))
        who.append(tr("born in %1").arg(member.birthDate.year()));
    else if (member.birthDate.isValid())
        who.append(tr("born %1, %2 years old")
                       .arg(member.birthDate.toString(Qt::ISODate))
                       .arg(member.ageOn(QDate::currentDate())));
    QString second;
    if (member.isResident()) {
        const auto household = registry::HouseholdRepository(m_db).household(member.householdId);
        second = household
                     ? tr("Resident of household %1 (ID number %2); name, sex and birth date are kept in the "
                          "household register.")
                           .arg(household->number, member.idNumber)
                     : tr("Resident (ID number %1)").arg(member.idNumber);
    } else {
        second = tr("Outside cadre%1")
                     .arg(member.workUnit.isEmpty() ? QString() : tr(", %1").arg(member.workUnit));
    }
    m_header->setText(who.join(tr(" · ")) + QLatin1Char('\n') + second);
    QString stage = enumLabel(member.stage);
    if (member.state != party::MemberState::Normal)
        stage += tr(" (%1)").arg(enumLabel(member.state));
    m_stage->setText(stage);

    m_timeline->showMember(member);
    m_transition->showMember(member);
    m_state->showMember(member);
    m_details->load(member);
    m_dues->load(member);
    m_edited = false;
}

void MemberForm::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

bool MemberForm::saveChanges()
{
    party::PartyMember member = m_member;
    m_details->applyTo(member);
    m_dues->applyTo(member);
    const Result<party::PartyMember> saved = party::PartyService(m_db).saveMember(member);
    if (!m_errors.show(saved)) {
        // The first bad field may sit on a tab that is not showing.
        if (QWidget* focus = focusWidget()) {
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (m_tabs->widget(i)->isAncestorOf(focus))
                    m_tabs->setCurrentIndex(i);
            }
        }
        return false;
    }
    showMember(saved.value());
    emit memberChanged(m_member.id);
    return true;
}

void MemberForm::save()
{
    if (saveChanges())
        QDialog::accept();
}

void MemberForm::reject()
{
    if (m_edited) {
        const auto answer =
            MessageBox::question(this, tr("Close member"),
                                 tr("The changes to the particulars or the dues basis are not "
                                    "saved. Close and discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void MemberForm::keyPressEvent(QKeyEvent* event)
{
    // Enter moves on to the next field as in the household form; on a button it presses it.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & ~Qt::KeypadModifier)) {
        if (auto* button = qobject_cast<QPushButton*>(focusWidget()))
            button->click();
        else
            focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace anju

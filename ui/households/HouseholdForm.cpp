#include "households/HouseholdForm.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "grids/HouseholdTimeline.h"
#include "households/HouseholdAddressBox.h"
#include "households/HouseholdHistoryDialog.h"
#include "households/HouseholdMemberStateDialog.h"
#include "households/HouseholdMembersBox.h"
#include "households/HouseholdMembersModel.h"
#include "households/HouseholdMembersTable.h"
#include "households/HouseholdOriginBox.h"
#include "households/HouseholdTimelineBox.h"
#include "households/MoveHouseholdMemberDialog.h"
#include "registry/HouseholdRepository.h"
#include "registry/HouseholdRules.h"
#include "registry/RegistryService.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace anju {

HouseholdForm::HouseholdForm(const Database& db, qint64 householdId, qint64 presetSiteId, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("householdForm"));
    m_undoStack = new QUndoStack(this);
    m_address = new HouseholdAddressBox(db, m_errors, this);
    m_origin = new HouseholdOriginBox(m_errors, this);
    m_members = new HouseholdMembersBox(m_undoStack, this);
    // The members and the household's timeline share the form's lower half; the tab bar only shows once
    // there is a timeline to switch to.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("householdPages"));
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(m_members, tr("Members"));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("householdState"));
    m_state->setWordWrap(true);
    m_state->hide();
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);

    auto* hint = new QLabel(tr("Ctrl+S saves · Insert adds a member · Ctrl+Z takes back a cell edit"), this);
    hint->setEnabled(false);
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveHousehold"));
    m_cancel = new QPushButton(tr("Close"), this);
    m_history = new QPushButton(tr("Histor&y…"), this);
    m_history->setObjectName(QStringLiteral("householdHistory"));
    m_history->setToolTip(
        tr("Every change of this household and its members: who, when, from what to what."));
    // Roles that only read see the form, not a Save that would be refused.
    m_save->setEnabled(Permissions::allows(m_db.session(), Action::WriteRegistry));
    // Enter moves between fields here, so no button may take it as "default".
    for (QPushButton* button : {m_save, m_cancel, m_history})
        button->setAutoDefault(false);
    connect(m_history, &QPushButton::clicked, this, [this] {
        HouseholdHistoryDialog history(m_db, m_household.id, this);
        history.exec();
    });
    connect(m_save, &QPushButton::clicked, this, &HouseholdForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &HouseholdForm::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_address, 1);
    top->addWidget(m_origin, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint);
    bottom->addStretch();
    bottom->addWidget(m_history);
    bottom->addWidget(m_save);
    bottom->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(general);
    layout->addLayout(bottom);

    setTabOrder(m_address->lastField(), m_origin->firstField());
    setTabOrder(m_origin->lastField(), m_members->table());
    setTabOrder(m_members->lastFocusable(), m_save);
    setTabOrder(m_save, m_cancel);

    buildActions();
    connect(m_address, &HouseholdAddressBox::edited, this,
            [this] { m_fieldsEdited = m_fieldsEdited || !m_loading; });
    connect(m_origin, &HouseholdOriginBox::edited, this,
            [this] { m_fieldsEdited = m_fieldsEdited || !m_loading; });
    connect(m_members, &HouseholdMembersBox::addRequested, this, &HouseholdForm::addMember);
    connect(m_members, &HouseholdMembersBox::removeRequested, this, &HouseholdForm::removeNewMember);
    connect(m_members, &HouseholdMembersBox::moveOutRequested, this, &HouseholdForm::moveOutMember);
    connect(m_members, &HouseholdMembersBox::deceasedRequested, this, &HouseholdForm::markMemberDeceased);
    connect(m_members, &HouseholdMembersBox::moveRequested, this, &HouseholdForm::moveMemberToHousehold);

    Household household;
    if (householdId != 0) {
        if (auto stored = registry::HouseholdRepository(db).household(householdId))
            household = *stored;
    }
    showHousehold(household, presetSiteId);
    if (household.id == 0)
        m_address->firstField()->setFocus();
    else
        m_members->table()->setFocus();
    // Room for every member column in English too; Chinese labels are shorter.
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(1320, screen.width() * 9 / 10), qMin(780, screen.height() * 9 / 10));
}

void HouseholdForm::buildActions()
{
    const auto addAction = [this](const QList<QKeySequence>& keys, void (HouseholdForm::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        QDialog::addAction(action);
    };
    addAction({QKeySequence::Save}, &HouseholdForm::save);
    addAction({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
              &HouseholdForm::addMember);

    // Cell edits of the members table; a focused text field keeps its own Ctrl+Z.
    QAction* undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QDialog::addAction(undo);
    QDialog::addAction(redo);
}

HouseholdMembersModel* HouseholdForm::membersModel() const
{
    return m_members->model();
}

HouseholdMembersTable* HouseholdForm::membersTable() const
{
    return m_members->table();
}

bool HouseholdForm::isDirty() const
{
    return m_fieldsEdited || !m_undoStack->isClean();
}

void HouseholdForm::showHousehold(const Household& household, qint64 presetSiteId)
{
    m_loading = true;
    m_household = household;
    m_address->load(household, presetSiteId);
    m_origin->load(household);
    m_members->model()->setMembers(household.members);
    m_undoStack->clear();
    m_fieldsEdited = false;
    m_loading = false;

    QStringList movedElsewhere;
    if (household.id != 0) {
        const registry::HouseholdRepository repository(m_db);
        for (const Membership& former : repository.formerMemberships(household.id)) {
            const auto person = repository.person(former.personId);
            const QList<Membership> stays = repository.memberships(former.personId);
            if (person && !stays.isEmpty())
                movedElsewhere.append(tr("%1 (to household %2 on %3)")
                                          .arg(person->name, stays.last().householdNumber,
                                               former.endDate.toString(Qt::ISODate)));
        }
    }
    m_members->setMovedElsewhere(movedElsewhere);

    m_members->setAddAllowed(household.id == 0 || household.state == HouseholdState::Active);
    if (household.id != 0 && household.state != HouseholdState::Active) {
        m_state->setText(tr("This household is no longer registered: %1 on %2.")
                             .arg(enumLabel(household.state), household.stateDate.toString(Qt::ISODate)));
        m_state->show();
    } else {
        m_state->hide();
    }
    updateTitle();
}

void HouseholdForm::updateTimeline()
{
    if (m_household.id == 0 || !grids::HouseholdTimeline::mayRead(m_db.session()))
        return;
    if (!m_timeline) {
        m_timeline = new HouseholdTimelineBox(m_db, this);
        m_pages->addTab(m_timeline, tr("Visits and cases"));
        m_members->setTitle(QString()); // its tab names it now
        // Read when first shown, and again each time: a visit may have been recorded meanwhile.
        connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_pages->widget(index) == m_timeline)
                m_timeline->load(m_household.id);
        });
    }
    if (m_pages->currentWidget() == m_timeline)
        m_timeline->load(m_household.id);
}

void HouseholdForm::updateTitle()
{
    updateTimeline();
    m_history->setVisible(m_household.id != 0);
    if (m_household.id == 0) {
        setWindowTitle(tr("New household"));
        return;
    }
    const Person* head = m_household.head();
    setWindowTitle(head ? tr("Household %1 – %2").arg(m_household.number, head->name)
                        : tr("Household %1").arg(m_household.number));
}

void HouseholdForm::reloadFromDatabase()
{
    if (auto stored = registry::HouseholdRepository(m_db).household(m_household.id))
        showHousehold(*stored, 0);
}

void HouseholdForm::showOutcome(const Outcome& outcome)
{
    // Household fields next to their widgets, member problems on their cells and under the table.
    Outcome fields;
    for (const Violation& v : outcome.violations()) {
        if (v.row < 0 && v.field != QLatin1String(Field::HouseholdMembers))
            fields.add(v.field, v.message);
    }
    m_errors.show(fields);
    m_members->model()->showViolations(outcome.violations());
    if (fields.ok() && !m_members->focusFirstProblem() && !outcome.ok())
        m_members->table()->setFocus();
}

bool HouseholdForm::saveChanges()
{
    m_members->table()->commitOpenEditor();
    Household household = m_household;
    m_address->applyTo(household);
    m_origin->applyTo(household);
    household.members = m_members->model()->members();

    // Checked before the dwelling is created, so a refused household leaves no new room behind.
    Household checked = household;
    if (const Outcome rules = registry::HouseholdRules::validate(checked); !rules) {
        showOutcome(rules);
        return false;
    }
    // The room is found or made in the same transaction as the household.
    household.dwellingId = 0;
    const Result<Household> saved =
        registry::RegistryService(m_db).saveHousehold(household, m_address->unitId(), m_address->room());
    if (!saved) {
        showOutcome(saved);
        const QString stale = saved.messageFor(QLatin1String(Field::HouseholdVersion));
        if (!stale.isEmpty() &&
            MessageBox::question(this, tr("Changed at another desk"),
                                 stale + QStringLiteral("\n\n") +
                                     tr("Reload the household now? The changes typed in this window are "
                                        "then discarded; choose No to copy them down first."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            reloadFromDatabase();
        return false;
    }
    m_errors.clear();
    showHousehold(saved.value(), 0);
    emit householdChanged(m_household.id);
    return true;
}

void HouseholdForm::save()
{
    if (saveChanges())
        QDialog::accept();
}

void HouseholdForm::reject()
{
    m_members->table()->commitOpenEditor();
    if (isDirty()) {
        const auto answer =
            MessageBox::question(this, tr("Close household"),
                                 tr("The changes to this household are not saved. Close and "
                                    "discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void HouseholdForm::addMember()
{
    // A household that moved away or was dissolved takes no new members: they join a registered one.
    if (m_household.id != 0 && m_household.state != HouseholdState::Active)
        return;
    HouseholdMembersTable* table = m_members->table();
    table->commitOpenEditor();
    const int row = m_members->model()->addMember();
    table->editCell(row, static_cast<int>(HouseholdMemberColumn::Name));
}

void HouseholdForm::removeNewMember()
{
    m_members->table()->commitOpenEditor();
    m_members->model()->removeNewMember(m_members->currentRow());
}

bool HouseholdForm::prepareMemberChange(Person& person, Household& stored)
{
    const int row = m_members->currentRow();
    HouseholdMembersModel* model = m_members->model();
    if (row < 0 || model->isNew(row) || model->isFormer(row))
        return false;
    const qint64 personId = model->person(row).id;
    m_members->table()->commitOpenEditor();
    if (isDirty()) {
        // The change is written at once; the edits typed so far must not be lost or half-saved with it.
        const auto answer =
            MessageBox::question(this, tr("Save changes"),
                                 tr("This household has changes that are not saved. Save them "
                                    "first?"),
                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !saveChanges())
            return false;
    }
    const auto household = registry::HouseholdRepository(m_db).household(m_household.id);
    if (!household)
        return false;
    for (const Person& member : household->members) {
        if (member.id == personId) {
            person = member;
            stored = *household;
            return true;
        }
    }
    return false;
}

void HouseholdForm::runMemberChange(
    const std::function<QDialog*(const Person&, const Household&)>& makeDialog)
{
    Person person;
    Household stored;
    if (!prepareMemberChange(person, stored))
        return;
    QDialog* dialog = makeDialog(person, stored);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadFromDatabase();
        emit householdChanged(m_household.id);
    });
    dialog->open();
}

void HouseholdForm::moveOutMember()
{
    runMemberChange([this](const Person& person, const Household& household) {
        auto* dialog = new HouseholdMemberStateDialog(m_db, HouseholdMemberStateDialog::Change::MoveOut,
                                                      person, household, this);
        // Into another household here is a move between households: that dialog records it.
        connect(dialog, &HouseholdMemberStateDialog::moveToHouseholdChosen, this,
                &HouseholdForm::moveMemberToHousehold, Qt::QueuedConnection);
        return dialog;
    });
}

void HouseholdForm::markMemberDeceased()
{
    runMemberChange([this](const Person& person, const Household& household) {
        return new HouseholdMemberStateDialog(m_db, HouseholdMemberStateDialog::Change::Deceased, person,
                                              household, this);
    });
}

void HouseholdForm::moveMemberToHousehold()
{
    runMemberChange([this](const Person& person, const Household& household) {
        return new MoveHouseholdMemberDialog(m_db, person, household, this);
    });
}

void HouseholdForm::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & ~Qt::KeypadModifier)) {
        // Enter goes on to the next field as Tab does (what data-entry clerks expect; a check box is
        // not toggled by it); on a push button it presses the button. It never saves by surprise.
        if (auto* button = qobject_cast<QPushButton*>(focusWidget()))
            button->click();
        else
            focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace anju

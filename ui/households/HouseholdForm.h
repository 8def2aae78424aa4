#pragma once

#include "domain/Household.h"
#include "widgets/FieldError.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace anju {

class Database;
class HouseholdAddressBox;
class HouseholdMembersBox;
class HouseholdOriginBox;
class HouseholdTimelineBox;
class HouseholdMembersModel;
class HouseholdMembersTable;

// One household's file 一户一档: address, origin and members, typed without the mouse. Save (Ctrl+S)
// goes through RegistryService; a refused save marks each bad field or member cell and keeps everything
// as typed. Moving out, deaths and moves to another household are recorded at once, each its own action.
class HouseholdForm : public QDialog
{
    Q_OBJECT

public:
    // householdId 0 opens a new household, on `presetSiteId` when given.
    HouseholdForm(const Database& db, qint64 householdId, qint64 presetSiteId = 0, QWidget* parent = nullptr);

    qint64 householdId() const { return m_household.id; }
    const Household& household() const { return m_household; }
    HouseholdMembersModel* membersModel() const;
    HouseholdMembersTable* membersTable() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isDirty() const;
    // 走访与事件: null for a new household and for a user who may not read the grids.
    HouseholdTimelineBox* timelineBox() const { return m_timeline; }

    // Saves and stays open; false (with the problems shown) when refused.
    bool saveChanges();

public slots:
    void save(); // saves and closes
    void addMember();
    void removeNewMember();
    void moveOutMember();
    void markMemberDeceased();
    void moveMemberToHousehold();
    void reject() override;

signals:
    // Saved, or a member moved: the roster and the figures may have changed.
    void householdChanged(qint64 householdId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildActions();
    void showHousehold(const Household& household, qint64 presetSiteId);
    void reloadFromDatabase();
    void showOutcome(const Outcome& outcome);
    // The stored household and the member of the current row, after saving pending changes first.
    bool prepareMemberChange(Person& person, Household& stored);
    void runMemberChange(const std::function<QDialog*(const Person&, const Household&)>& makeDialog);
    void updateTitle();
    void updateTimeline();

    const Database& m_db;
    Household m_household; // as loaded or last saved
    bool m_fieldsEdited = false;
    bool m_loading = false;
    FieldErrors m_errors;
    QUndoStack* m_undoStack = nullptr;
    HouseholdAddressBox* m_address = nullptr;
    HouseholdOriginBox* m_origin = nullptr;
    HouseholdMembersBox* m_members = nullptr;
    QTabWidget* m_pages = nullptr; // the members and, once there is a household, its timeline
    HouseholdTimelineBox* m_timeline = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_history = nullptr;
};

} // namespace anju

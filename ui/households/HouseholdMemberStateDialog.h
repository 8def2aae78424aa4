#pragma once

#include "domain/Household.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QRadioButton;

namespace anju {

class Database;
class OptionalDateEdit;

// Asks when a member moved away (迁出) or died (死亡), and who becomes head when the head leaves; its
// button records it at once through RegistryService (its own transaction, not part of the household
// form's Save, which the dialog says), and the dialog stays open with the messages when it is refused.
// Moving out asks where to as the registry keeps it: away from the office's sites (moved_away), or into
// another household here, which is a move between households (MoveHouseholdMemberDialog) instead.
class HouseholdMemberStateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Change
    {
        MoveOut,
        Deceased
    };

    HouseholdMemberStateDialog(const Database& db, Change change, const Person& person,
                               const Household& household, QWidget* parent = nullptr);

    void accept() override;

    // Fills the new-head choice with the other active members when `person` is the head; returns whether
    // one is needed. Shared with MoveHouseholdMemberDialog.
    static bool fillNewHeadChoice(QComboBox* combo, const Person& person, const Household& household);

signals:
    // The clerk said the member goes to another household at the office's sites: nothing was recorded,
    // the dialog closed, and the move between households is the way to record it.
    void moveToHouseholdChosen();

private:
    const Database& m_db;
    Change m_change;
    Person m_person;
    FieldErrors m_errors;
    OptionalDateEdit* m_date = nullptr;
    QComboBox* m_newHead = nullptr;
    QRadioButton* m_away = nullptr;
    QRadioButton* m_toHousehold = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace anju

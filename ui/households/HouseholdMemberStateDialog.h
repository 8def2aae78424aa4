#pragma once

#include "domain/Household.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace anju {

class Database;
class OptionalDateEdit;

// Asks when a member moved away (迁出) or died (死亡), and who becomes head when the head leaves; Save
// records it through RegistryService and the dialog stays open with the messages when it is refused.
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

private:
    const Database& m_db;
    Change m_change;
    Person m_person;
    FieldErrors m_errors;
    OptionalDateEdit* m_date = nullptr;
    QComboBox* m_newHead = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace anju

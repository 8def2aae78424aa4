#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace anju {

class Database;
class OptionalDateEdit;

// Records that a member left the party (取消预备党员资格, 退党, 除名, 开除党籍) with the decision and the
// branch general meeting that took it, after a confirmation: it cannot be undone from the program. The
// rules are core's (LeavingRules); the dialog only asks and shows the refusals by field.
class LeaveDialog : public QDialog
{
    Q_OBJECT

public:
    LeaveDialog(const Database& db, const party::PartyMember& member, QWidget* parent = nullptr);
    // Preselects a way (the review's 除名 cases open it with Removal).
    void setWay(party::LeavingWay way);

public slots:
    void accept() override;

private:
    const Database& m_db;
    party::PartyMember m_member;
    FieldErrors m_errors;
    QComboBox* m_way = nullptr;
    OptionalDateEdit* m_date = nullptr;
    QComboBox* m_meeting = nullptr;
    QLineEdit* m_decision = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace anju

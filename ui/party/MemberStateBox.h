#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace anju {

class Database;
class OptionalDateEdit;

// A member's state as an explicit, dated action: normal ↔ mobile (流动党员), or deceased. Transferred out
// is recorded through a transfer of organisational relations, not here.
class MemberStateBox : public QGroupBox
{
    Q_OBJECT

public:
    MemberStateBox(const Database& db, QWidget* parent = nullptr);
    void showMember(const party::PartyMember& member);

public slots:
    bool change();
    // Opens the dialog that records leaving the party (with `way` preselected when given).
    bool leave(std::optional<party::LeavingWay> way = std::nullopt);

signals:
    void changed();

private:
    const Database& m_db;
    party::PartyMember m_member;
    FieldErrors m_errors;
    QComboBox* m_state = nullptr;
    OptionalDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_leave = nullptr;
};

} // namespace anju

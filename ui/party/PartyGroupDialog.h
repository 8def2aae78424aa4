#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// One 党小组 party group: the branch it divides (branches and joint branches only), name, founding and
// dissolution dates and its members, chosen among the branch's members (changes dated today).
class PartyGroupDialog : public QDialog
{
    Q_OBJECT

public:
    // groupId 0 opens a new group of `branchId`.
    PartyGroupDialog(const Database& db, qint64 groupId, qint64 branchId, QWidget* parent = nullptr);

    const party::PartyGroup& group() const { return m_group; }

public slots:
    void accept() override;

signals:
    void groupSaved(qint64 groupId);

private:
    void fillMembers();
    party::PartyGroup edited() const;

    const Database& m_db;
    party::PartyGroup m_group;
    FieldErrors m_errors;
    QComboBox* m_branch = nullptr;
    QLineEdit* m_name = nullptr;
    OptionalDateEdit* m_founded = nullptr;
    OptionalDateEdit* m_dissolved = nullptr;
    QListWidget* m_members = nullptr;
};

} // namespace anju

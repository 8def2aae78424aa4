#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace anju {

class Database;
class OptionalDateEdit;

// A 驻村工作队 or a 第一书记 sent to a site: who, from which unit, for which period.
class AssignmentDialog : public QDialog
{
    Q_OBJECT

public:
    // assignmentId 0: a new one for `siteId` of `kind`.
    AssignmentDialog(const Database& db, qint64 assignmentId, qint64 siteId, party::AssignmentKind kind,
                     QWidget* parent = nullptr);

public slots:
    void accept() override;

signals:
    void assignmentSaved();

private:
    const Database& m_db;
    party::SiteAssignment m_assignment;
    FieldErrors m_errors;
    QComboBox* m_kind = nullptr;
    QComboBox* m_site = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_leader = nullptr;
    QLineEdit* m_unit = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_coversVillage = nullptr;
};

} // namespace anju

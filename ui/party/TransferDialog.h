#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace anju {

class Database;
class OptionalDateEdit;

// A transfer of organisational relations 组织关系转接, in or out: the letter (number, date, the other
// unit) while it is pending, and its completion, which moves the member out of or into the branch.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    // transferId 0: a new transfer of `memberId` (0: chosen in the dialog) from or to `organisationId`.
    TransferDialog(const Database& db, qint64 transferId, qint64 memberId, qint64 organisationId,
                   QWidget* parent = nullptr);

public slots:
    void accept() override;
    // Saves the letter and completes the transfer on the completion date.
    void complete();

signals:
    void transferChanged();

private:
    party::RelationTransfer edited() const;

    const Database& m_db;
    party::RelationTransfer m_transfer;
    FieldErrors m_errors;
    QComboBox* m_direction = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_organisation = nullptr;
    QLineEdit* m_otherUnit = nullptr;
    QLineEdit* m_letter = nullptr;
    OptionalDateEdit* m_letterDate = nullptr;
    OptionalDateEdit* m_completed = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace anju

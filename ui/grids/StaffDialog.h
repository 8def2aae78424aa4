#pragma once

#include "widgets/FieldError.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace anju {

class Database;
class StaffPersonBox;

// Adds a staff member to a grid: the role, the building or unit for 楼栋长 and 单元长 (from what the grid
// covers), the resident or outside cadre, the first day. GridService::addStaff decides; its refusals are
// shown at their fields and the dialog stays open.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(const Database& db, qint64 gridId, QDate day, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* placeBox() const { return m_place; }
    StaffPersonBox* personBox() const { return m_person; }
    QDateEdit* fromEdit() const { return m_from; }

public slots:
    void accept() override;

signals:
    void staffAdded(qint64 staffId);

private:
    void roleChanged();

    const Database& m_db;
    qint64 m_gridId = 0;
    qint64 m_savedId = 0;
    QComboBox* m_role = nullptr;
    QComboBox* m_place = nullptr;
    StaffPersonBox* m_person = nullptr;
    QDateEdit* m_from = nullptr;
    FieldErrors m_errors;
};

} // namespace anju

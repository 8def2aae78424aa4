#pragma once

#include "grids/GridTypes.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;
class EndStaffDialog;
class HandoverDialog;
class PairingHandoverDialog;
class StaffDialog;

// 人员: the grid's staff serving on a day by role (网格长 first), each a resident or an outside cadre, with
// the actions on them: add, end a service, hand a leaving worker's work over (移交), hand anyone's pairings
// over (结对移交, the partner need not be staff). These are the 负责人's (OrganiseGrids): the grid
// worker and the secretary see the buttons greyed with core's reason.
class StaffPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Role,
        Name,
        Origin,
        Place,
        WorkUnit,
        Phone,
        From,
        ColumnCount
    };

    explicit StaffPanel(const Database& db, QWidget* parent = nullptr);

    void setGrid(qint64 gridId, QDate day);
    void refresh();
    QTableWidget* table() const { return m_table; }
    QList<grids::StaffMember> staff() const { return m_staff; }
    void selectStaff(qint64 staffId);

public slots:
    StaffDialog* addStaff();
    EndStaffDialog* endStaff();
    HandoverDialog* handOver();
    PairingHandoverDialog* handOverPairings();

signals:
    void changed();

private:
    const grids::StaffMember* current() const;
    QString placeOf(const grids::StaffMember& staff) const;
    void updateButtons();

    const Database& m_db;
    qint64 m_gridId = 0;
    QDate m_day;
    bool m_mayWrite = false;
    QList<grids::StaffMember> m_staff;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_handOver = nullptr;
    QPushButton* m_handOverPairings = nullptr;
};

} // namespace anju

#pragma once

#include "grids/CaseTypes.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace anju {

class Database;

// 事件: the cases of the grid (or site, or office) grouped by state — received, in progress, escalated,
// referred, resolved — with overdue ones (computed from their deadline) in red, a filter by kind and by
// overdue, the chosen case's details and dated history, and the dialogs that receive a case and take a step.
class CaseBoardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseBoardPanel(const Database& db, QWidget* parent = nullptr);

    // The day overdue is reckoned on and steps are dated by (tests set it; the real day otherwise).
    void setToday(QDate today);
    qint64 currentCaseId() const;
    bool selectCase(qint64 caseId);
    // The cases listed under a state, in order.
    QList<qint64> casesIn(grids::CaseState state) const;

public slots:
    void setGrid(qint64 gridId, qint64 siteId);
    void refresh();
    void receiveCase();
    void actOnCase();

signals:
    void changed();

private:
    void showDetails();
    QString staffName(qint64 staffId);

    const Database& m_db;
    qint64 m_gridId = 0;
    qint64 m_siteId = 0;
    QDate m_today = QDate::currentDate();
    bool m_canWrite = false;
    QHash<qint64, QString> m_staffNames;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_count = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_details = nullptr;
    QTableWidget* m_events = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_act = nullptr;
};

} // namespace anju

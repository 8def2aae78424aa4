#pragma once

#include "party/PartyTypes.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace anju {

class Database;

// 驻村工作队 and 第一书记: every site with the team and first secretary serving it today; a site without
// one is marked. Double-click a cell to open the assignment (or to send one).
class SiteTeamsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SiteTeamsPanel(const Database& db, QWidget* parent = nullptr);

    void refresh();

public slots:
    // Opens the current assignment of that kind at the site, or a new one.
    void openAssignment(qint64 siteId, anju::party::AssignmentKind kind);

signals:
    void changed();

private:
    void openCell(int row, int column);

    const Database& m_db;
    QList<qint64> m_siteIds;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace anju

#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace anju {

class Database;

// 党费: the party members of the chosen organisation with their monthly dues, the months paid this year
// and what they owe up to this month, most owed first; a row opens the member's dues to record payments.
class DuesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DuesPanel(const Database& db, QWidget* parent = nullptr);

    void setOrganisation(qint64 organisationId);
    void refresh();
    QTableWidget* table() const { return m_table; }

signals:
    void openMemberDuesRequested(qint64 memberId);

private:
    const Database& m_db;
    qint64 m_organisationId = 0;
    QList<qint64> m_memberIds; // by row
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace anju

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace anju {

class Database;
class MemberFilterBar;
class PartyMemberModel;

// 党员: the members of the chosen organisation with their filters; Enter or double-click opens one.
class MembersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPanel(const Database& db, QWidget* parent = nullptr);

    PartyMemberModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MemberFilterBar* filterBar() const { return m_filterBar; }
    void setOrganisation(qint64 organisationId);
    void refresh();

signals:
    void openMemberRequested(qint64 memberId);
    void newMemberRequested();

private:
    void updateCount(int count);
    void openCurrent();

    PartyMemberModel* m_model = nullptr;
    MemberFilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace anju

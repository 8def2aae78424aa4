#pragma once

#include "party/PartyReview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace anju {

class ChartsPanel;
class DuesPanel;
class Database;
class MeetingsPanel;
class MemberForm;
class MembersPanel;
class OrganisationTreeModel;
class ReviewPanel;
class SiteTeamsPanel;
class TransfersPanel;

// 党建: the secretary's review. On the left the organisation tree with members by stage; on the right,
// for the chosen organisation (or the whole office), the month's to-do list, the members, meetings,
// transfers, work teams of the sites and the charts. Every row opens the record to act on.
// Nothing is built or read until the page is first shown (or ensureBuilt() is called): an office that
// never opens 党建 does not wait for its review at start-up. The accessors return null until then.
class PartyPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Review,
        Members,
        Meetings,
        Dues,
        Transfers,
        SiteTeams,
        Charts,
    };

    explicit PartyPage(const Database& db, QWidget* parent = nullptr);

    QTreeView* organisationTree() const { return m_tree; }
    OrganisationTreeModel* organisationModel() const { return m_treeModel; }
    ReviewPanel* reviewPanel() const { return m_review; }
    MembersPanel* membersPanel() const { return m_members; }
    ChartsPanel* chartsPanel() const { return m_charts; }
    qint64 currentOrganisationId() const { return m_organisationId; }
    void showTab(Tab tab);
    void ensureBuilt();

public slots:
    void selectOrganisation(qint64 organisationId);
    MemberForm* openMember(qint64 memberId, int tab = 0);
    void newMember(qint64 personId = 0, const QString& personName = {});
    // The branch's Excel roster of members (党员花名册).
    void importRoster();
    void openOrganisation(qint64 organisationId);
    void newOrganisation(qint64 coveringSiteId = 0);
    // A 党小组 of the branch (groupId 0: a new one).
    void openGroup(qint64 groupId, qint64 branchId);
    // By value: acting on a row may read the review list again, which drops the row it came from.
    void openReviewItem(anju::party::PartyReviewItem item);
    // Reads every list and count again (after a write here).
    void refreshAll();
    // Residents changed elsewhere (a household saved, a member moved): read again when next shown.
    void markStale();

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void organisationChosen();
    void updateTitle();
    void refreshCurrentTab();

    const Database& m_db;
    qint64 m_organisationId = 0;
    bool m_stale = false;
    OrganisationTreeModel* m_treeModel = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReviewPanel* m_review = nullptr;
    MembersPanel* m_members = nullptr;
    MeetingsPanel* m_meetings = nullptr;
    DuesPanel* m_dues = nullptr;
    TransfersPanel* m_transfers = nullptr;
    SiteTeamsPanel* m_siteTeams = nullptr;
    ChartsPanel* m_charts = nullptr;
    QPushButton* m_editOrganisation = nullptr;
    QPushButton* m_newGroup = nullptr;
};

} // namespace anju

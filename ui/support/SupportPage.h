#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace anju {

class Database;

// The 帮扶 page: follow-up support, one tab per task (the monthly income check, monitoring households, the
// safety net; work, training and industry later). Each tab is added by its workflow (addFollowUpTabs) only
// when the user's role may read it; a role that may read none sees core's refusal, not an empty page.
class SupportPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupportPage(const Database& db, QWidget* parent = nullptr);

    void addTab(QWidget* tab, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }

    // After the tabs are added: the refusal when there are none.
    void finish();

signals:
    // A tab's row names a household: MainWindow opens it in the household form (as the grids page does).
    void openHouseholdRequested(qint64 householdId);

private:
    const Database& m_db;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_refusal = nullptr;
};

// Adds the tabs of the follow-up workflows the session may read (SupportTabs.cpp, one line per workflow).
void addFollowUpTabs(SupportPage& page, const Database& db);

} // namespace anju

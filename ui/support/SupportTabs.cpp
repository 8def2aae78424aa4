#include "support/SupportPage.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "income/FollowUpFindingsTab.h"
#include "income/IncomeCheckTab.h"
#include "income/MonitoringTab.h"
#include "income/SafetyNetTab.h"
#include "work/EmploymentTab.h"
#include "work/IndustryTab.h"
#include "work/TrainingTab.h"
#include "work/WorkFindingsTab.h"

namespace anju {

// One line per follow-up workflow, each adding its tabs when the session may read it.
void addFollowUpTabs(SupportPage& page, const Database& db)
{
    if (Permissions::allows(db.session(), Action::ReadIncome)) {
        // Issue 18: the monthly check, monitoring households, the safety net.
        page.addTab(new IncomeCheckTab(db, &page), IncomeCheckTab::title());
        page.addTab(new MonitoringTab(db), SupportPage::tr("Monitoring households"));
        page.addTab(new SafetyNetTab(db, &page), SafetyNetTab::tr("Safety net"));
        auto* findings = new FollowUpFindingsTab(db, &page);
        QObject::connect(findings, &FollowUpFindingsTab::householdRequested, &page,
                         &SupportPage::openHouseholdRequested);
        page.addTab(findings, FollowUpFindingsTab::tr("Findings 应纳尽纳 · 应兜尽兜"));
    }
    if (Permissions::allows(db.session(), Action::ReadWork)) {
        // Issue 19: jobs and transport batches, training 培训, industry 产业, then the work findings (rows
        // open their household).
        auto* employment = new EmploymentTab(db, &page);
        QObject::connect(employment, &EmploymentTab::householdRequested, &page,
                         &SupportPage::openHouseholdRequested);
        page.addTab(employment, EmploymentTab::tr("Employment"));
        auto* training = new TrainingTab(db, &page);
        QObject::connect(training, &TrainingTab::householdRequested, &page,
                         &SupportPage::openHouseholdRequested);
        page.addTab(training, TrainingTab::tr("Training"));
        auto* industry = new IndustryTab(db, &page);
        QObject::connect(industry, &IndustryTab::householdRequested, &page,
                         &SupportPage::openHouseholdRequested);
        page.addTab(industry, IndustryTab::tr("Industry"));
        auto* workFindings = new WorkFindingsTab(db, &page);
        QObject::connect(workFindings, &WorkFindingsTab::householdRequested, &page,
                         &SupportPage::openHouseholdRequested);
        page.addTab(workFindings, WorkFindingsTab::tr("Work findings"));
    }
    page.finish();
}

} // namespace anju

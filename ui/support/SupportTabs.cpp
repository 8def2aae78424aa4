#include "support/SupportPage.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "income/IncomeCheckTab.h"
#include "income/MonitoringTab.h"

namespace anju {

// One line per follow-up workflow, each adding its tabs when the session may read it.
void addFollowUpTabs(SupportPage& page, const Database& db)
{
    if (Permissions::allows(db.session(), Action::ReadIncome)) {
        // Issue 18: the monthly check, monitoring households, the safety net.
        page.addTab(new IncomeCheckTab(db, &page), IncomeCheckTab::title());
        page.addTab(new MonitoringTab(db), SupportPage::tr("Monitoring households"));
    }
    page.finish();
}

} // namespace anju

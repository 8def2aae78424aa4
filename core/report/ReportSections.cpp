#include "report/ReportSection.h"

#include "report/EmploymentSection.h"
#include "report/GridsSection.h"
#include "report/HouseholdSizeSection.h"
#include "report/IncomeSection.h"
#include "report/IndustrySection.h"
#include "report/MonitoringSection.h"
#include "report/PartySection.h"
#include "report/PeopleStructureSection.h"
#include "report/PopulationSection.h"
#include "report/SiteRulesSection.h"
#include "report/TrainingSection.h"

namespace anju::report {

// The one list of sections, in the order the summary prints them. Later workflows (grids, support,
// employment) add their line here.
std::vector<std::unique_ptr<ReportSection>> ReportSections::all()
{
    std::vector<std::unique_ptr<ReportSection>> sections;
    sections.push_back(std::make_unique<PopulationSection>());
    sections.push_back(std::make_unique<PeopleStructureSection>());
    sections.push_back(std::make_unique<HouseholdSizeSection>());
    sections.push_back(std::make_unique<SiteRulesSection>());
    sections.push_back(std::make_unique<PartySection>());
    sections.push_back(std::make_unique<GridsSection>());
    sections.push_back(std::make_unique<IncomeSection>());
    sections.push_back(std::make_unique<MonitoringSection>());
    sections.push_back(std::make_unique<EmploymentSection>());
    sections.push_back(std::make_unique<TrainingSection>());
    sections.push_back(std::make_unique<IndustrySection>());
    return sections;
}

} // namespace anju::report

#pragma once

#include "access/Permissions.h"
#include "domain/Violation.h"
#include "report/ReportContext.h"
#include "report/ReportTypes.h"

#include <memory>
#include <optional>
#include <vector>

namespace anju::report {

// One section of the monthly summary (population, structure, site rules, party, …): computes its figures
// and tables for the context's month and scope. A new kind of figure is a new subclass listed in
// ReportSections::all(); the dashboard, the printed summary, the .xlsx and the JSON show it unchanged.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    // Stable identifier used as the JSON key, e.g. "population".
    virtual QString key() const = 0;
    // The heading in the user's language.
    virtual QString title() const = 0;
    virtual Result<ReportSectionResult> compute(const ReportContext& context) const = 0;
    // What a session must be allowed beyond reading the registry to see this section; a summary built
    // for a session without it leaves the section out (window, print, .xlsx, JSON and CLI alike).
    virtual std::optional<Action> requiredAction() const { return std::nullopt; }
    // True for a section that only reshapes the sites and people the context shares (ReportContext::sites,
    // population), cheap once another section has read them: the summary's workers start such sections
    // last, so that no worker sits waiting while another reads them.
    virtual bool reshapesSharedCounts() const { return false; }
    bool visibleTo(const Session* session) const
    {
        const std::optional<Action> action = requiredAction();
        return !action || Permissions::allows(session, *action);
    }

protected:
    ReportSectionResult started() const { return {key(), title(), {}, {}}; }
};

// The sections of the summary in their printed order.
class ReportSections
{
public:
    static std::vector<std::unique_ptr<ReportSection>> all();
};

} // namespace anju::report

#include "report/MonthlySummary.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "registry/SiteRepository.h"
#include "report/ReportSection.h"
#include "report/SectionWorkers.h"

namespace anju::report {

const ReportSectionResult* MonthlySummary::section(const QString& key) const
{
    for (const ReportSectionResult& s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const ReportFigure* MonthlySummary::figure(const QString& sectionKey, const QString& figureKey) const
{
    const ReportSectionResult* s = section(sectionKey);
    return s ? s->figure(figureKey) : nullptr;
}

QString MonthlySummary::monthLabel() const
{
    return MonthlySummaryBuilder::tr("%1-%2", "year and month of the summary, e.g. 2026年10月")
        .arg(month.first.year())
        .arg(month.first.month());
}

QString MonthlySummary::scopeLabel() const
{
    return siteId == 0 ? MonthlySummaryBuilder::tr("All sites") : siteName;
}

Result<MonthlySummary> MonthlySummaryBuilder::build(ReportMonth month, qint64 siteId) const
{
    const QString general = QLatin1String(Field::General);
    if (!month.isValid())
        return Outcome::failure(general, tr("Name the month of the summary as YYYY-MM."));
    if (Outcome allowed = Permissions::requireSiteOrWholeOffice(m_db, Action::ReadRegistry, siteId); !allowed)
        return allowed;
    MonthlySummary summary;
    summary.month = month;
    summary.siteId = siteId;
    summary.generatedAt = QDateTime::currentDateTime();
    summary.reportingUnit = m_db.setting(QStringLiteral("office.name"));
    if (siteId != 0) {
        const std::optional<Site> site = registry::SiteRepository(m_db).site(siteId);
        if (!site)
            return Outcome::failure(general, tr("The site of the summary no longer exists."));
        summary.siteCode = site->code;
        summary.siteName = site->name;
        if (summary.reportingUnit.isEmpty())
            summary.reportingUnit = site->name;
    }

    const ReportContext context(m_db, month, siteId);
    std::vector<std::unique_ptr<ReportSection>> sections = ReportSections::all();
    // Sections the session may not read are left out, so every output of the summary agrees.
    std::erase_if(sections,
                  [&](const std::unique_ptr<ReportSection>& s) { return !s->visibleTo(m_db.session()); });
    const int total = int(sections.size());
    const int workerCount = workers > 0 ? workers : SectionWorkers::defaultCount(m_db, siteId, total);
    if (workerCount > 1) {
        std::optional<Result<QList<ReportSectionResult>>> computed =
            SectionWorkers::compute(m_db, context, sections, workerCount, progress, keptReaders);
        if (computed) {
            if (!*computed)
                return Outcome(*computed);
            summary.sections = std::move(computed->value());
            return summary;
        }
        // No snapshot or no second connection (a read-only file, a server at its connection limit): the
        // sections are read one after another on this connection, as before.
    }
    for (int i = 0; i < total; ++i) {
        Result<ReportSectionResult> result = sections[std::size_t(i)]->compute(context);
        if (!result)
            return Outcome(result);
        summary.sections.append(std::move(result.value()));
        if (progress && !progress(i + 1, total))
            return Outcome::failure(general, tr("The summary was cancelled."));
    }
    return summary;
}

} // namespace anju::report

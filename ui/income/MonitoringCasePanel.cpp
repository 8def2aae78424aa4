#include "income/MonitoringCasePanel.h"

#include "income/MonitoringRules.h"

#include <algorithm>

namespace anju {

using namespace anju::income;

namespace {

QString iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

MonitoringCasePanel::MonitoringCasePanel(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("monitoringCasePanel"));
    setOpenLinks(false);
    showNothing();
}

void MonitoringCasePanel::showNothing()
{
    m_noticeLine.clear();
    setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Choose a household in the list to see its case."))));
}

void MonitoringCasePanel::showCase(const MonitoringCase& c, const IncomeSettings& settings, QDate today)
{
    const MonitoringProgress p = MonitoringRules::progress(c, settings);
    m_noticeLine = MonitoringRules::noticeLine(p, today);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 %2").arg(c.householdNumber, c.headName)));
    html +=
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(esc(tr("%1 · %2 since %3").arg(enumLabel(c.category), enumLabel(c.state), iso(c.stateDate))),
                 esc(tr("Found on %1 through %2. %3")
                         .arg(iso(c.discoveredOn), enumLabel(c.discovery), c.description)));
    if (c.enteredOn.isValid())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Monitored from %1.").arg(iso(c.enteredOn))));
    if (c.declinedOn.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Not taken in on %1: %2").arg(iso(c.declinedOn), c.declineReason)));
    if (c.eliminatedOn.isValid())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Risk eliminated on %1.").arg(iso(c.eliminatedOn))));
    if (!m_noticeLine.isEmpty())
        html += QStringLiteral("<p style=\"color:#b00000\"><b>%1</b></p>").arg(esc(m_noticeLine));
    if (p.current)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(p.awaitingNotice()
                                 ? tr("Due now: set the notice period (by %1).").arg(iso(p.deadline))
                                 : tr("Due now: %1, by %2.").arg(enumLabel(*p.current), iso(p.deadline))) +
                         (MonitoringRules::isOverdue(c, settings, today)
                              ? QStringLiteral(" <b style=\"color:#b00000\">%1</b>").arg(esc(tr("Overdue")))
                              : QString()));

    // An elimination rejected and begun again keeps its earlier attempt's rows: the attempt is shown when
    // the case has more than one, the rows in the order they were written (each attempt together).
    const bool attempts =
        std::any_of(c.steps.cbegin(), c.steps.cend(), [](const MonitoringStep& s) { return s.attempt > 1; });
    html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">")
                .arg(esc(tr("Steps")));
    html += QStringLiteral("<tr>%1<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(attempts ? QStringLiteral("<th>%1</th>").arg(esc(tr("Attempt"))) : QString(),
                     esc(tr("Step")), esc(tr("Began")), esc(tr("Decided")), esc(tr("Decision")),
                     esc(tr("By, note")));
    for (const MonitoringStep& s : c.steps) {
        QString name = tr("%1: %2").arg(enumLabel(s.phase), enumLabel(s.step));
        if (s.noticeFrom.isValid())
            name += tr(" (%1 to %2)").arg(iso(s.noticeFrom), iso(s.noticeTo));
        html += QStringLiteral("<tr>%1<td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(attempts ? QStringLiteral("<td>%1</td>").arg(esc(tr("No. %1").arg(s.attempt)))
                                  : QString(),
                         esc(name), iso(s.startedOn), iso(s.decidedOn),
                         esc(s.decision ? enumLabel(*s.decision) : tr("pending")),
                         esc(s.note.isEmpty() ? s.decidedBy : tr("%1: %2").arg(s.decidedBy, s.note)));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Objections")));
    if (c.objections.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    for (const MonitoringObjection& o : c.objections)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 from %2: %3 — %4")
                                 .arg(iso(o.receivedOn), o.raisedBy, o.content,
                                      o.settledOn.isValid()
                                          ? tr("settled %1: %2").arg(iso(o.settledOn), o.handling)
                                          : tr("not settled"))));
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Measures")));
    if (c.measures.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    for (const MonitoringMeasure& m : c.measures)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1: %2 (%3), from %4%5")
                                 .arg(enumLabel(m.measure), m.description, m.provider, iso(m.validFrom),
                                      m.validTo.isValid() ? tr(" to %1").arg(iso(m.validTo)) : QString())));
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Risks")));
    QStringList risks;
    for (const MonitoringRisk& r : c.risks)
        risks.append(r.note.isEmpty() ? enumLabel(r.risk) : tr("%1 (%2)").arg(enumLabel(r.risk), r.note));
    html += QStringLiteral("<p>%1</p>").arg(esc(risks.isEmpty() ? tr("None.") : risks.join(tr(", "))));
    setHtml(html);
}

} // namespace anju

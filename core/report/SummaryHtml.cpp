#include "report/SummaryHtml.h"

#include "report/SummaryWords.h"

namespace anju::report {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cellText(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? value.toString() : QString::number(value.toLongLong());
}

bool isNumber(const QVariant& value)
{
    return value.typeId() != QMetaType::QString;
}

// Widths for the text columns (names and findings need room; numbers share the rest).
QString widthOf(const QString& columnKey)
{
    if (columnKey == QLatin1String("figure"))
        return QStringLiteral(" width=\"46%\"");
    if (columnKey == QLatin1String("site_name"))
        return QStringLiteral(" width=\"26%\"");
    if (columnKey == QLatin1String("finding"))
        return QStringLiteral(" width=\"36%\"");
    if (columnKey.endsWith(QLatin1String("_code")))
        return QStringLiteral(" width=\"13%\"");
    return {};
}

QString headerRow(const QStringList& labels, const QStringList& keys = {})
{
    QString html = QStringLiteral("<thead><tr>");
    for (int i = 0; i < labels.size(); ++i)
        html += QStringLiteral("<th%1>%2</th>").arg(widthOf(keys.value(i)), esc(labels.at(i)));
    return html + QStringLiteral("</tr></thead>");
}

QString figuresTable(const ReportSectionResult& section)
{
    QString html =
        QStringLiteral("<table class=\"figures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += headerRow({SummaryWords::figureHeader(), SummaryWords::valueHeader(),
                       SummaryWords::previousHeader(), SummaryWords::changeHeader()},
                      {QStringLiteral("figure")});
    for (const ReportFigure& f : section.figures) {
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td></tr>")
                .arg(esc(f.label), f.text(f.value), f.text(f.previous), f.changeText());
    }
    return html + QStringLiteral("</table>");
}

QString table(const ReportTable& t)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(t.title));
    if (t.rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(SummaryWords::noRows()));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    QStringList labels;
    QStringList keys;
    for (const ReportColumn& c : t.columns) {
        labels.append(c.label);
        keys.append(c.key);
    }
    html += headerRow(labels, keys);
    for (const QVariantList& row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QVariant& value : row)
            html +=
                QStringLiteral("<td%1>%2</td>")
                    .arg(isNumber(value) ? QStringLiteral(" class=\"n\"") : QString(), esc(cellText(value)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString SummaryHtml::write(const MonthlySummary& summary, QDate printDate)
{
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                       "body { font-size: 10pt; }"
                       "h1 { font-size: 16pt; text-align: center; margin-bottom: 4pt; }"
                       "h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
                       "h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }"
                       "table { border-collapse: collapse; border: 1px solid #444; }"
                       "th { background-color: #e8e8e8; border: 1px solid #444; font-weight: bold; }"
                       "td { border: 1px solid #444; }"
                       "td.n { text-align: right; }"
                       "p.meta { margin: 0; }"
                       "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(SummaryWords::title(summary)));
    html +=
        QStringLiteral("<table width=\"100%\" style=\"border: none\"><tr><td style=\"border: none\">%1</td>"
                       "<td style=\"border: none\" align=\"right\">%2</td></tr></table>")
            .arg(esc(SummaryWords::reportingUnit(summary)), esc(SummaryWords::month(summary)));
    for (const ReportSectionResult& section : summary.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(section.title));
        if (!section.figures.isEmpty())
            html += figuresTable(section);
        for (const ReportTable& t : section.tables)
            html += table(t);
    }
    html +=
        QStringLiteral("<p>&nbsp;</p><table width=\"100%\" style=\"border: none\"><tr>"
                       "<td style=\"border: none\">%1</td><td style=\"border: none\">%2</td>"
                       "<td style=\"border: none\">%3</td><td style=\"border: none\" align=\"right\">%4</td>"
                       "</tr></table>")
            .arg(esc(SummaryWords::preparedBy()), esc(SummaryWords::reviewedBy()),
                 esc(SummaryWords::approvedBy()), esc(SummaryWords::printDate(printDate)));
    return html + QStringLiteral("</body></html>");
}

} // namespace anju::report

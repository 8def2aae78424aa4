#include "report/SummaryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::report {

namespace {

QJsonValue cell(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return QJsonValue(value.toLongLong());
}

QJsonObject table(const ReportTable& t)
{
    QJsonArray columns;
    for (const ReportColumn& c : t.columns)
        columns.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
    QJsonArray rows;
    for (const QVariantList& row : t.rows) {
        QJsonObject r;
        for (int i = 0; i < t.columns.size() && i < row.size(); ++i)
            r.insert(t.columns.at(i).key, cell(row.at(i)));
        rows.append(r);
    }
    return {{QStringLiteral("key"), t.key},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows}};
}

} // namespace

QByteArray SummaryJson::write(const MonthlySummary& summary)
{
    QJsonArray sections;
    for (const ReportSectionResult& s : summary.sections) {
        QJsonArray figures;
        for (const ReportFigure& f : s.figures)
            figures.append(QJsonObject{{QStringLiteral("key"), f.key},
                                       {QStringLiteral("label"), f.label},
                                       {QStringLiteral("value"), f.value},
                                       {QStringLiteral("previous"), f.previous},
                                       {QStringLiteral("change"), f.change()}});
        QJsonArray tables;
        for (const ReportTable& t : s.tables)
            tables.append(table(t));
        sections.append(QJsonObject{{QStringLiteral("key"), s.key},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("figures"), figures},
                                    {QStringLiteral("tables"), tables}});
    }
    QJsonObject site;
    if (summary.siteId != 0)
        site = {{QStringLiteral("code"), summary.siteCode}, {QStringLiteral("name"), summary.siteName}};
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("anju.monthly-summary")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("month"), summary.month.key()},
        {QStringLiteral("previous_month"), summary.month.previous().key()},
        {QStringLiteral("site"), summary.siteId != 0 ? QJsonValue(site) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reporting_unit"), summary.reportingUnit},
        {QStringLiteral("generated_at"), summary.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("sections"), sections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace anju::report

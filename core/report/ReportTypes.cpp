#include "report/ReportTypes.h"

#include "party/PartyRules.h"

#include <QRegularExpression>

namespace anju::report {

QString ReportFigure::text(qint64 number) const
{
    // Yuan and percentages are both hundredths printed with two decimals.
    return unit == FigureUnit::Count ? QString::number(number) : party::PartyRules::formatYuan(number);
}

QString ReportFigure::changeText() const
{
    const qint64 c = change();
    return c > 0 ? QLatin1Char('+') + text(c) : text(c);
}

const ReportFigure* ReportSectionResult::figure(const QString& figureKey) const
{
    for (const ReportFigure& f : figures) {
        if (f.key == figureKey)
            return &f;
    }
    return nullptr;
}

const ReportTable* ReportSectionResult::table(const QString& tableKey) const
{
    for (const ReportTable& t : tables) {
        if (t.key == tableKey)
            return &t;
    }
    return nullptr;
}

ReportMonth ReportMonth::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return {QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1)};
}

} // namespace anju::report

#include "charts/ChartData.h"

#include <QLocale>

#include <cmath>

namespace anju {

bool ChartData::isEmpty() const
{
    for (const ChartSeries& s : series) {
        for (double value : s.values) {
            if (value != 0)
                return false;
        }
    }
    return true;
}

double ChartData::total(int seriesIndex) const
{
    if (seriesIndex < 0 || seriesIndex >= series.size())
        return 0;
    double sum = 0;
    for (double value : series.at(seriesIndex).values)
        sum += value;
    return sum;
}

QString ChartData::valueText(double value) const
{
    const QString number = QLocale().toString(value, 'f', decimals);
    return unitFormat.isEmpty() ? number : unitFormat.arg(number);
}

QString ChartData::changeText(double change) const
{
    const QString text = valueText(std::abs(change));
    if (change > 0)
        return QLatin1Char('+') + text;
    if (change < 0)
        return QChar(0x2212) + text; // a true minus: a hyphen is lost in Chinese text
    return text;
}

} // namespace anju

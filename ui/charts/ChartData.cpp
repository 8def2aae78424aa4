#include "charts/ChartData.h"

#include <QLocale>

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

} // namespace anju

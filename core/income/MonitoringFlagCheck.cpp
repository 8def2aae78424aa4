#include "income/MonitoringFlagCheck.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "income/IncomeSettings.h"

#include <QSqlQuery>

namespace anju::income {

namespace {

const char Net[] = "(income_wages + income_business + income_property + income_transfers - operating_costs)";

// (net × 12) / headcount, truncating toward zero as BIGINT division and qint64 do alike.
qint64 perCapitaAnnual(qint64 net, int headcount)
{
    return headcount > 0 ? (net * 12) / headcount : 0;
}

} // namespace

MonitoringFlagCheck::Answer MonitoringFlagCheck::of(const Database& db, qint64 checkId)
{
    Answer answer;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT household_id, month, headcount, %1, expense_medical, expense_education,"
                             " expense_disaster, expense_other FROM income_checks WHERE id = ?")
                  .arg(QLatin1String(Net)));
    q.addBindValue(checkId);
    if (!q.exec() || !q.next())
        return answer;
    answer.householdId = q.value(0).toLongLong();
    const QDate month = dateFrom(q.value(1));
    const qint64 perCapita = perCapitaAnnual(q.value(3).toLongLong(), q.value(2).toInt());
    const IncomeSettings settings = IncomeSettings::load(db);
    for (int column = 4; column <= 7; ++column) {
        if (q.value(column).toLongLong() > settings.largeExpense)
            answer.flagged = true;
    }
    if (const auto line = settings.lineFor(month.year()); line && perCapita < line->perPersonPerYear)
        answer.flagged = true;
    if (answer.flagged)
        return answer;
    // A drop: the dropMonths most recent checks of the 12 months before, summed, against this month.
    QSqlQuery earlier(db.connection());
    earlier.prepare(QStringLiteral("SELECT headcount, %1 FROM income_checks WHERE household_id = ?"
                                   " AND month >= ? AND month <= ? ORDER BY month DESC LIMIT ?")
                        .arg(QLatin1String(Net)));
    earlier.addBindValue(answer.householdId);
    earlier.addBindValue(sqlDate(month.addMonths(-12)));
    earlier.addBindValue(sqlDate(month.addMonths(-1)));
    earlier.addBindValue(settings.dropMonths);
    if (!earlier.exec())
        return answer;
    qint64 sum = 0;
    int months = 0;
    while (earlier.next()) {
        sum += perCapitaAnnual(earlier.value(1).toLongLong(), earlier.value(0).toInt());
        ++months;
    }
    if (months == settings.dropMonths && sum > 0 &&
        perCapita * 100 * settings.dropMonths < sum * (100 - settings.dropPercent))
        answer.flagged = true;
    return answer;
}

} // namespace anju::income

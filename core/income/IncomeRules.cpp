#include "income/IncomeRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace anju::income {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

Fen IncomeRules::perCapitaAnnual(Fen net, int headcount)
{
    if (headcount < 1)
        return 0;
    // C++ integer division truncates toward zero, as BIGINT division does on both engines.
    return (net * 12) / headcount;
}

Fen IncomeRules::perCapitaAnnual(const IncomeCheck& check)
{
    return perCapitaAnnual(check.net(), check.headcount);
}

bool IncomeRules::belowLine(Fen perCapitaAnnual, std::optional<Fen> line)
{
    return line.has_value() && perCapitaAnnual < *line;
}

bool IncomeRules::drop(QDate month, Fen perCapitaAnnual, const QList<MonthFigure>& earlier, int dropMonths,
                       int dropPercent)
{
    if (!month.isValid() || dropMonths < 1)
        return false;
    const QDate first(month.year(), month.month(), 1);
    const QDate from = first.addMonths(-12);
    QList<MonthFigure> window;
    for (const MonthFigure& m : earlier) {
        const QDate mFirst(m.month.year(), m.month.month(), 1);
        if (mFirst >= from && mFirst < first)
            window.append(m);
    }
    if (window.size() < dropMonths)
        return false;
    std::sort(window.begin(), window.end(),
              [](const MonthFigure& a, const MonthFigure& b) { return a.month > b.month; });
    Fen sum = 0;
    for (int i = 0; i < dropMonths; ++i)
        sum += window.at(i).perCapitaAnnual;
    // Integers only: pca < S / N × (100 − pct) / 100, multiplied out so no average is rounded.
    return sum > 0 && perCapitaAnnual * 100 * dropMonths < sum * (100 - dropPercent);
}

bool IncomeRules::largeExpense(const IncomeCheck& check, Fen largeExpense)
{
    return check.expenseMedical > largeExpense || check.expenseEducation > largeExpense ||
           check.expenseDisaster > largeExpense || check.expenseOther > largeExpense;
}

CheckFlags IncomeRules::flags(const IncomeCheck& check, const QList<MonthFigure>& earlier,
                              const IncomeSettings& settings)
{
    CheckFlags f;
    const Fen pca = perCapitaAnnual(check);
    std::optional<Fen> line;
    if (check.month.isValid())
        if (const std::optional<MonitoringLine> l = settings.lineFor(check.month.year()))
            line = l->perPersonPerYear;
    f.belowLine = check.headcount > 0 && belowLine(pca, line);
    f.drop =
        check.headcount > 0 && drop(check.month, pca, earlier, settings.dropMonths, settings.dropPercent);
    f.largeExpense = largeExpense(check, settings.largeExpense);
    return f;
}

QList<RangeWarning> IncomeRules::warnings(const IncomeCheck& check, const IncomeSettings& settings,
                                          int activeMembers)
{
    QList<RangeWarning> list;
    if (check.net() < 0)
        list.append({field(Field::IncomeOperatingCosts),
                     tr("The net income of the month is negative (%1 yuan): the costs exceed the income.")
                         .arg(yuanText(check.net()))});
    if (check.headcount <= 0)
        list.append({field(Field::IncomeHeadcount),
                     tr("The headcount is 0: the per-capita income cannot be worked out.")});
    else if (check.headcount > SanityHeadcount)
        list.append({field(Field::IncomeHeadcount),
                     tr("%1 people in one household: check the headcount.").arg(check.headcount)});
    else if (activeMembers > 0 && check.headcount != activeMembers)
        list.append({field(Field::IncomeHeadcount),
                     tr("The headcount %1 differs from the household's %2 members on file.")
                         .arg(check.headcount)
                         .arg(activeMembers)});
    const struct
    {
        const char* key;
        Fen amount;
        bool expense;
    } cells[] = {{Field::IncomeWages, check.incomeWages, false},
                 {Field::IncomeBusiness, check.incomeBusiness, false},
                 {Field::IncomeProperty, check.incomeProperty, false},
                 {Field::IncomeTransfers, check.incomeTransfers, false},
                 {Field::IncomeOperatingCosts, check.operatingCosts, false},
                 {Field::IncomeExpenseMedical, check.expenseMedical, true},
                 {Field::IncomeExpenseEducation, check.expenseEducation, true},
                 {Field::IncomeExpenseDisaster, check.expenseDisaster, true},
                 {Field::IncomeExpenseOther, check.expenseOther, true}};
    for (const auto& cell : cells) {
        if (cell.amount < 0)
            list.append({field(cell.key), tr("An amount cannot be negative.")});
        else if (cell.amount > SanityAmount)
            list.append({field(cell.key), tr("%1 yuan in one month is unusually large: check the amount.")
                                              .arg(yuanText(cell.amount))});
        else if (cell.expense && cell.amount > settings.largeExpense)
            list.append({field(cell.key), tr("A large expense: over %1 yuan, the household will be flagged.")
                                              .arg(yuanText(settings.largeExpense))});
    }
    return list;
}

QString IncomeRules::yuanText(Fen fen)
{
    const Fen magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(int(magnitude % 100), 2, 10, QLatin1Char('0'));
}

std::optional<Fen> IncomeRules::fenFromYuan(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFF0C)); // a full-width comma typed with a Chinese input method
    static const QRegularExpression amount(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch m = amount.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString cents = m.captured(3);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    const Fen fen = m.captured(2).toLongLong() * 100 + cents.toLongLong();
    return m.captured(1).isEmpty() ? fen : -fen;
}

Result<int> IncomeRules::headcountFromText(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.endsWith(QChar(0x4EBA))) // 人
        text.chop(1);
    bool ok = false;
    const int headcount = text.trimmed().toInt(&ok);
    if (!ok)
        return Outcome::failure(
            field(Field::IncomeHeadcount),
            tr("\"%1\" is not a number of people (1 to %2).").arg(typed.trimmed()).arg(MaxHeadcount));
    if (Outcome refused = checkTypedHeadcount(headcount); !refused)
        return refused;
    return headcount;
}

Outcome IncomeRules::checkTypedHeadcount(int headcount)
{
    if (headcount < 1)
        return Outcome::failure(field(Field::IncomeHeadcount),
                                tr("%1 people cannot be a household's: the per-capita income needs 1 to %2 "
                                   "people. Type the household's number of people.")
                                    .arg(headcount)
                                    .arg(MaxHeadcount));
    if (headcount > MaxHeadcount)
        return Outcome::failure(
            field(Field::IncomeHeadcount),
            tr("%1 people are more than a household has (1 to %2).").arg(headcount).arg(MaxHeadcount));
    return {};
}

QDate IncomeRules::monthFromText(const QString& text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    const QRegularExpressionMatch m = month.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

} // namespace anju::income

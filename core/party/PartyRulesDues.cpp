#include "party/PartyRules.h"

// PartyRules' dues: the rate for a basis, who owes which months, and a payment's fields (DOMAIN.md "Dues").

namespace anju::party {

int PartyRules::basisPointsFor(Fen income, const QList<DuesBracket>& brackets)
{
    for (const DuesBracket& bracket : brackets) {
        if (bracket.upTo < 0 || income <= bracket.upTo)
            return bracket.basisPoints;
    }
    return brackets.isEmpty() ? 0 : brackets.last().basisPoints;
}

Fen PartyRules::monthlyDues(const DuesBasis& basis, const DuesRateTable& table)
{
    switch (basis.category) {
    case DuesCategory::Employed:
        return (basis.monthlyIncome * basisPointsFor(basis.monthlyIncome, table.employed) + 5000) / 10000;
    case DuesCategory::Retired:
        return (basis.monthlyIncome * basisPointsFor(basis.monthlyIncome, table.retired) + 5000) / 10000;
    case DuesCategory::Farmer:
        return basis.fixedAmount > 0 ? basis.fixedAmount : table.farmerMin;
    case DuesCategory::Student:
    case DuesCategory::Unemployed:
    case DuesCategory::LowIncome:
        return table.minimal;
    }
    return 0;
}

Outcome PartyRules::validateDues(const DuesBasis& basis, const DuesRateTable& table)
{
    Outcome outcome;
    const QString duesField = QString::fromLatin1(Field::MemberDues);
    if ((basis.category == DuesCategory::Employed || basis.category == DuesCategory::Retired) &&
        basis.monthlyIncome <= 0)
        outcome.add(duesField, basis.category == DuesCategory::Employed
                                   ? tr("Enter the monthly pay after tax.")
                                   : tr("Enter the monthly pension."));
    if (basis.category == DuesCategory::Farmer &&
        (basis.fixedAmount < table.farmerMin || basis.fixedAmount > table.farmerMax))
        outcome.add(duesField, tr("A farmer pays between %1 and %2 yuan a month.")
                                   .arg(formatYuan(table.farmerMin), formatYuan(table.farmerMax)));
    return outcome;
}

bool PartyRules::owesDuesFor(const PartyMember& member, QDate month)
{
    const QDate first = monthStart(month);
    const QDate last = monthEnd(month);
    if (member.duesFrom.isValid() && first < monthStart(member.duesFrom))
        return false;
    const auto stage = member.stageOn(last);
    if (!stage || (*stage != DevelopmentStage::Probationary && *stage != DevelopmentStage::Full))
        return false;
    return member.isInGoodStandingOn(last);
}

QList<QDate> PartyRules::unpaidMonths(const PartyMember& member, const QSet<QDate>& paid, QDate throughMonth)
{
    QList<QDate> unpaid;
    QDate start = member.dateOf(StageEvent::Admission);
    if (!start.isValid() && !member.stageHistory.isEmpty())
        start = member.stageHistory.first().date;
    if (member.duesFrom.isValid() && (!start.isValid() || member.duesFrom > start))
        start = member.duesFrom;
    if (!start.isValid())
        return unpaid;
    const QDate through = monthStart(throughMonth);
    for (QDate month = monthStart(start); month <= through; month = month.addMonths(1)) {
        if (owesDuesFor(member, month) && !paid.contains(month))
            unpaid.append(month);
    }
    return unpaid;
}

Outcome PartyRules::validate(const DuesPayment& payment, QDate today)
{
    Outcome outcome;
    if (!payment.month.isValid())
        outcome.add(QString::fromLatin1(Field::DuesMonth), tr("Choose the month paid for."));
    if (payment.amount <= 0)
        outcome.add(QString::fromLatin1(Field::DuesAmount), tr("Enter the amount paid."));
    if (!payment.paidOn.isValid() || payment.paidOn > today)
        outcome.add(QString::fromLatin1(Field::DuesMonth),
                    tr("Enter the day of payment (not in the future)."));
    return outcome;
}

} // namespace anju::party

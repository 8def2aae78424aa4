#include "income/SafetyNetRules.h"

#include <QHash>

namespace anju::income {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

QString amountKindKey(AmountKind kind)
{
    return kind == AmountKind::OneOff ? QStringLiteral("one_off") : QStringLiteral("monthly");
}

AmountKind amountKindFromKey(const QString& key)
{
    return key == QLatin1String("one_off") ? AmountKind::OneOff : AmountKind::Monthly;
}

bool SafetyNetRules::overlap(QDate fromA, QDate toA, QDate fromB, QDate toB)
{
    // [fromA, toA) and [fromB, toB) share a day when each begins before the other ends.
    const bool aBeforeBEnds = !toB.isValid() || fromA < toB;
    const bool bBeforeAEnds = !toA.isValid() || fromB < toA;
    const bool aHasDays = !toA.isValid() || toA > fromA;
    const bool bHasDays = !toB.isValid() || toB > fromB;
    return aHasDays && bHasDays && aBeforeBEnds && bBeforeAEnds;
}

Outcome SafetyNetRules::checkEnrolment(const SafetyNetEnrolment& draft, const IncomeSettings& settings,
                                       const QList<SafetyNetEnrolment>& others)
{
    Outcome outcome;
    if (draft.personId <= 0)
        outcome.add(field(Field::SafetyNetPerson), tr("Choose the person to enrol."));
    if (draft.scheme.isEmpty())
        outcome.add(field(Field::SafetyNetScheme), tr("Choose the scheme."));
    else if (!settings.schemes.contains(draft.scheme))
        outcome.add(field(Field::SafetyNetScheme),
                    tr("\"%1\" is not a scheme of the office's list (settings safetynet.scheme.*).")
                        .arg(draft.scheme));
    if (draft.amount <= 0)
        outcome.add(field(Field::SafetyNetAmount), draft.amountKind == AmountKind::OneOff
                                                       ? tr("Enter the amount paid, more than 0.")
                                                       : tr("Enter the monthly amount, more than 0."));
    if (!draft.validFrom.isValid())
        outcome.add(field(Field::SafetyNetFrom), tr("Enter the day the enrolment begins."));
    else if (draft.validTo.isValid() && draft.validTo < draft.validFrom)
        outcome.add(field(Field::SafetyNetTo), tr("The enrolment cannot end before it begins."));
    if (!outcome || draft.amountKind == AmountKind::OneOff)
        return outcome;
    for (const SafetyNetEnrolment& other : others) {
        if (other.id == draft.id || other.personId != draft.personId || other.scheme != draft.scheme)
            continue;
        if (overlap(draft.validFrom, draft.validTo, other.validFrom, other.validTo)) {
            outcome.add(
                field(Field::SafetyNetFrom),
                other.validTo.isValid()
                    ? tr("The person is already enrolled in %1 from %2 to %3.")
                          .arg(settings.schemeName(draft.scheme), other.validFrom.toString(Qt::ISODate),
                               other.validTo.addDays(-1).toString(Qt::ISODate))
                    : tr("The person is already enrolled in %1 since %2.")
                          .arg(settings.schemeName(draft.scheme), other.validFrom.toString(Qt::ISODate)));
            break;
        }
    }
    return outcome;
}

Outcome SafetyNetRules::checkEnd(const SafetyNetEnrolment& e, QDate on, const QString& reason)
{
    Outcome outcome;
    if (e.amountKind == AmountKind::OneOff)
        return Outcome::error(tr("A one-off payment has nothing to end."));
    if (!on.isValid())
        outcome.add(field(Field::SafetyNetTo), tr("Enter the first day the enrolment no longer holds."));
    else if (on <= e.validFrom)
        outcome.add(field(Field::SafetyNetTo), tr("The enrolment can only end after the day it began (%1).")
                                                   .arg(e.validFrom.toString(Qt::ISODate)));
    else if (e.validTo.isValid() && on >= e.validTo)
        outcome.add(field(Field::SafetyNetTo),
                    tr("The enrolment already ends on %1.").arg(e.validTo.toString(Qt::ISODate)));
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::SafetyNetReason), tr("Say why the enrolment ends."));
    return outcome;
}

Outcome SafetyNetRules::checkAmountChange(const SafetyNetEnrolment& e, Fen amount, QDate from)
{
    Outcome outcome;
    if (e.amountKind == AmountKind::OneOff)
        return Outcome::error(tr("A one-off payment has no monthly amount to change."));
    if (amount <= 0)
        outcome.add(field(Field::SafetyNetAmount), tr("Enter the monthly amount, more than 0."));
    else if (amount == e.amount)
        outcome.add(field(Field::SafetyNetAmount), tr("The new amount is the same as the current one."));
    if (!from.isValid())
        outcome.add(field(Field::SafetyNetFrom), tr("Enter the day the new amount applies from."));
    else if (from <= e.validFrom)
        outcome.add(field(Field::SafetyNetFrom), tr("The new amount must apply from a day after %1, the day "
                                                    "the current amount began.")
                                                     .arg(e.validFrom.toString(Qt::ISODate)));
    else if (e.validTo.isValid() && from >= e.validTo)
        outcome.add(field(Field::SafetyNetFrom),
                    tr("The enrolment ends on %1, before the new amount would apply.")
                        .arg(e.validTo.toString(Qt::ISODate)));
    return outcome;
}

Outcome SafetyNetRules::checkExemption(const SafetyNetExemption& draft)
{
    Outcome outcome;
    if (draft.personId <= 0)
        outcome.add(field(Field::SafetyNetPerson), tr("Choose the person."));
    if (draft.reason.trimmed().isEmpty())
        outcome.add(field(Field::SafetyNetReason),
                    tr("Say why the person is not enrolled (income above the standard, refused, supported by "
                       "family …)."));
    if (!draft.validFrom.isValid())
        outcome.add(field(Field::SafetyNetFrom), tr("Enter the day the reason holds from."));
    else if (draft.validTo.isValid() && draft.validTo <= draft.validFrom)
        outcome.add(field(Field::SafetyNetTo), tr("The reason must end after the day it begins."));
    return outcome;
}

Outcome SafetyNetRules::checkExemptionEnd(const SafetyNetExemption& x, QDate on)
{
    if (!on.isValid())
        return Outcome::failure(field(Field::SafetyNetTo),
                                tr("Enter the first day the reason no longer holds."));
    if (on <= x.validFrom)
        return Outcome::failure(field(Field::SafetyNetTo),
                                tr("The reason can only end after the day it began (%1).")
                                    .arg(x.validFrom.toString(Qt::ISODate)));
    if (x.validTo.isValid() && on >= x.validTo)
        return Outcome::failure(field(Field::SafetyNetTo),
                                tr("The reason already ends on %1.").arg(x.validTo.toString(Qt::ISODate)));
    return {};
}

QList<SchemeTotal> SafetyNetRules::totals(const QList<SafetyNetRow>& rows, const IncomeSettings& settings)
{
    QList<SchemeTotal> totals;
    QHash<QString, int> index;
    const auto add = [&](const QString& scheme) {
        index.insert(scheme, int(totals.size()));
        totals.append({scheme, settings.schemeName(scheme), 0, 0, 0});
    };
    for (auto it = settings.schemes.cbegin(); it != settings.schemes.cend(); ++it)
        add(it.key());
    for (const SafetyNetRow& row : rows) {
        const SafetyNetEnrolment& e = row.enrolment;
        if (!index.contains(e.scheme))
            add(e.scheme);
        SchemeTotal& t = totals[index.value(e.scheme)];
        ++t.people;
        (e.amountKind == AmountKind::OneOff ? t.oneOff : t.monthly) += e.amount;
    }
    return totals;
}

QString SafetyNetRules::endReasonText(const QString& stored)
{
    return stored == QLatin1String(AmountChangedReason) ? tr("Amount changed") : stored;
}

} // namespace anju::income

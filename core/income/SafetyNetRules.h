#pragma once

#include "domain/Violation.h"
#include "income/SafetyNetTypes.h"

#include <QCoreApplication>

// Field keys of the safety-net forms (Violation::field).
namespace anju::Field {
inline constexpr char SafetyNetPerson[] = "safetynet.person";
inline constexpr char SafetyNetScheme[] = "safetynet.scheme";
inline constexpr char SafetyNetAmount[] = "safetynet.amount";
inline constexpr char SafetyNetFrom[] = "safetynet.validFrom";
inline constexpr char SafetyNetTo[] = "safetynet.validTo";
inline constexpr char SafetyNetReason[] = "safetynet.reason";
} // namespace anju::Field

namespace anju::income {

// The rules of enrolments and exemptions, with no database: the service reads what they need and writes
// only what they accept.
class SafetyNetRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::SafetyNetRules)

public:
    // Whether two dated periods share a day (valid_to exclusive, null open). A one-off row has no length
    // and shares no day with anything.
    static bool overlap(QDate fromA, QDate toA, QDate fromB, QDate toB);

    // A new enrolment: its scheme in the office's list, a start, an end not before it, an amount over 0,
    // and no other enrolment of the same person in the same scheme holding on any of its days (`others`:
    // the person's enrolments on file; a row with the draft's id is itself and skipped).
    static Outcome checkEnrolment(const SafetyNetEnrolment& draft, const IncomeSettings& settings,
                                  const QList<SafetyNetEnrolment>& others);
    // Ending `e` on `on` (the first day it no longer holds) for `reason`.
    static Outcome checkEnd(const SafetyNetEnrolment& e, QDate on, const QString& reason);
    // A new monthly amount from `from`: the old row ends on `from` and a row with the amount starts there.
    static Outcome checkAmountChange(const SafetyNetEnrolment& e, Fen amount, QDate from);
    // An exemption: a reason, a start, an end not before it.
    static Outcome checkExemption(const SafetyNetExemption& draft);
    // Ending an exemption on `on`.
    static Outcome checkExemptionEnd(const SafetyNetExemption& x, QDate on);

    // The figures per scheme of a list's rows, in the order of the office's scheme list (schemes no longer
    // in it after).
    static QList<SchemeTotal> totals(const QList<SafetyNetRow>& rows, const IncomeSettings& settings);
    // "Amount changed" for the key the service writes, the reason as typed otherwise.
    static QString endReasonText(const QString& stored);
};

} // namespace anju::income

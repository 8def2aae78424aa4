#pragma once

#include "domain/Violation.h"
#include "income/SafetyNetTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// Every write of the safety net 兜底保障: WriteIncome for the person's site first, SafetyNetRules next,
// one transaction each. Nothing is deleted: an enrolment ends with a day and a reason, a new amount is a new
// row from its day.
class SafetyNetService
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::SafetyNetService)

public:
    explicit SafetyNetService(const Database& db) : m_db(db) {}

    // Enrols a person in a scheme (a one-off payment is kept as a row of no length on its day).
    Result<SafetyNetEnrolment> enrol(SafetyNetEnrolment draft);
    // A new monthly amount from `from`: the row ends on `from` (reason "amount changed") and a row with the
    // new amount begins there, keeping the old row's planned end. Returns the new row.
    Result<SafetyNetEnrolment> changeAmount(qint64 enrolmentId, Fen amount, QDate from,
                                            int expectedRowVersion);
    // Ends an enrolment on `on`, the first day it no longer holds, with the reason.
    Result<SafetyNetEnrolment> end(qint64 enrolmentId, QDate on, const QString& reason,
                                   int expectedRowVersion);
    // Records why a person is not enrolled, from a day (to a day).
    Result<SafetyNetExemption> exempt(SafetyNetExemption draft);
    // Ends an exemption on `on`.
    Result<SafetyNetExemption> endExemption(qint64 exemptionId, QDate on);

private:
    // WriteIncome for the person's site, and the person still on file and living there on `day`.
    Outcome personAllowed(qint64 personId, QDate day) const;

    const Database& m_db;
};

} // namespace anju::income

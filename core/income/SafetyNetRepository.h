#pragma once

#include "domain/Violation.h"
#include "income/SafetyNetTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// Reads of the safety net 兜底保障. ReadIncome is required; a user limited to some sites sees theirs.
class SafetyNetRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::SafetyNetRepository)

public:
    explicit SafetyNetRepository(const Database& db) : m_db(db) {}

    // The enrolments on `day`: monthly ones holding that day, and the one-off payments of the day's month
    // up to the day; by scheme, household number and name.
    Result<QList<SafetyNetRow>> enrolledOn(QDate day, const SafetyNetFilter& filter = {}) const;
    // The exemptions holding on `day`.
    Result<QList<SafetyNetExemptionRow>> exemptionsOn(QDate day, const SafetyNetFilter& filter = {}) const;
    // One person's every enrolment and exemption, oldest first.
    Result<SafetyNetHistory> historyOf(qint64 personId) const;

    // For the service: one row as stored (no permission check; the service checks its own), and the site
    // of a person's household (0 when the person is not on file).
    std::optional<SafetyNetEnrolment> enrolment(qint64 id) const;
    std::optional<SafetyNetExemption> exemption(qint64 id) const;
    QList<SafetyNetEnrolment> enrolmentsOfPerson(qint64 personId) const;
    QList<SafetyNetExemption> exemptionsOfPerson(qint64 personId) const;
    qint64 siteOfPerson(qint64 personId) const;

private:
    const Database& m_db;
};

} // namespace anju::income

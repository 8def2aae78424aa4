#pragma once

#include "domain/Violation.h"
#include "work/IndustryTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// Every write of industry projects and their beneficiaries: WriteWork first, IndustryRules next, one
// transaction per user action. A project of one site is written by users of that site, one for the whole
// office by users of every site; a household's benefit by users of its site.
class IndustryService
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::IndustryService)

public:
    explicit IndustryService(const Database& db) : m_db(db) {}

    // A new project (draft.id 0), or a stored one changed (draft.rowVersion: the version the desk read).
    Result<IndustryProject> saveProject(IndustryProject draft);
    // The households of `entries` benefiting from the project in `year`, recorded on `recordedOn`: every
    // one written, or none, each refusal naming its household. Each row keeps the household's members on
    // that day (memberships holding then) as its people.
    Result<QList<Beneficiary>> recordBeneficiaries(qint64 projectId, int year,
                                                   const QList<BeneficiaryEntry>& entries,
                                                   QDate recordedOn = QDate::currentDate());
    // A stored row's shares, amount, benefit and note changed (its people stay as counted).
    Result<Beneficiary> changeBeneficiary(const Beneficiary& changed);
    // A row entered by mistake.
    Outcome removeBeneficiary(qint64 beneficiaryId, int expectedRowVersion);

private:
    Outcome householdWriteAllowed(qint64 householdId) const;

    const Database& m_db;
};

} // namespace anju::work

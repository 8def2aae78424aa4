#pragma once

#include "domain/Violation.h"
#include "work/IndustryTypes.h"

#include <QCoreApplication>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// Reads of industry projects 产业帮扶 and their beneficiary households. ReadWork is required; a user limited
// to some sites sees their sites' projects and the projects for the whole office, and of those only their
// sites' households.
class IndustryRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::IndustryRepository)

public:
    explicit IndustryRepository(const Database& db) : m_db(db) {}

    // One page of the projects, by level, then the latest begun first, with their beneficiaries.
    Result<QList<ProjectRow>> projects(const ProjectFilter& filter, int offset, int limit) const;
    Result<int> projectCount(const ProjectFilter& filter) const;
    // A project's beneficiary households in a year (0: every year), by household number.
    Result<QList<BeneficiaryRow>> beneficiaries(qint64 projectId, int year = 0) const;
    // A household's benefits from every project, by year (latest first), then level.
    Result<QList<BeneficiaryRow>> benefitsOfHousehold(qint64 householdId) const;

    // For the service (no permission check).
    std::optional<IndustryProject> project(qint64 id) const;
    std::optional<Beneficiary> beneficiary(qint64 id) const;
    ProjectUsage usageOf(qint64 projectId) const;
    // The shares of the project's households in a year, leaving out the row `exceptId`.
    int sharesInYear(qint64 projectId, int year, qint64 exceptId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::work

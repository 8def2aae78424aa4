#pragma once

#include "domain/Violation.h"
#include "income/MonitoringTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// One record a discovery may name as the way a household was found: a flagged income check (dated by its
// month), a visit or a grid case (by their day); `label` says what it is in the user's words.
struct MonitoringSourceRecord
{
    qint64 id = 0;
    QDate date;
    QString label;
};

// The records of one household that a discovery 新增监测 may name as its source, so that a clerk picks
// one from a list instead of typing an id: exactly those MonitoringService::discover accepts.
class MonitoringSources
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::MonitoringSources)

public:
    explicit MonitoringSources(const Database& db) : m_db(db) {}

    // The household's records of `kind`, the latest first: its flagged income checks with their flags, its
    // visits with kind and visitor, its grid cases with kind and title. Empty for a self-report or a
    // department's data. ReadIncome at the household's site; visits and cases also need ReadGrids.
    Result<QList<MonitoringSourceRecord>> of(qint64 householdId, DiscoverySource kind) const;

private:
    QList<MonitoringSourceRecord> flaggedChecks(qint64 householdId) const;
    QList<MonitoringSourceRecord> visits(qint64 householdId) const;
    QList<MonitoringSourceRecord> gridCases(qint64 householdId) const;

    const Database& m_db;
};

} // namespace anju::income

#pragma once

#include "domain/Violation.h"
#include "income/MonitoringTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// What the monitoring list shows: by state, category, site, and the cases whose current step is overdue
// (overdue is worked out from the steps' dates and the settings on `today`, never stored).
struct MonitoringFilter
{
    std::optional<MonitoringState> state;
    std::optional<MonitoringCategory> category;
    qint64 siteId = 0;
    bool overdueOnly = false;
    std::optional<MonitoringStepKind> overdueStep; // with overdueOnly: only cases overdue at this step
    QDate today = QDate::currentDate();
    int limit = 5000;
};

// One household on the 公示 board: who (name in full, ID number and phone masked as a public notice is),
// the category and why, and the notice period.
struct NoticeEntry
{
    qint64 caseId = 0;
    QString householdNumber;
    QString headName;
    QString headIdNumber; // masked
    QString phone;        // masked
    int headcount = 0;
    MonitoringCategory category = MonitoringCategory::MarginalAtRisk;
    MonitoringPhase phase = MonitoringPhase::Entry;
    QString reason; // the risks found and the situation described
    QDate noticeFrom;
    QDate noticeTo;
};

struct NoticeBoard
{
    QString siteName;
    QString officeName;
    QString objectionContact; // where to object: setting monitoring.objection_contact, else the site's office
    QDate day;
    QList<NoticeEntry> entries;
};

// Reads of monitoring households 监测户. Each public read checks ReadIncome and keeps to the user's sites.
class MonitoringRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::MonitoringRepository)

public:
    explicit MonitoringRepository(const Database& db) : m_db(db) {}

    // The cases of the filter with their steps (for the current step and overdue), the oldest state first.
    Result<QList<MonitoringCase>> cases(const MonitoringFilter& filter) const;
    // One case with its steps, risks, objections and measures.
    Result<MonitoringCase> monitoringCase(qint64 id) const;
    // The households monitored on `day` (entered_on <= day < eliminated_on), of one site or (0) all.
    Result<QList<qint64>> monitoredOn(QDate day, qint64 siteId = 0) const;
    // The households whose notice 公示 runs on `day` at a site (entry or elimination), for the board: the
    // period covers the day (notice_from <= day <= notice_to) and it was not decided, nor the household
    // declined, by then. No entries when none runs.
    Result<NoticeBoard> noticeBoard(qint64 siteId, QDate day) const;

    // The case as stored, without a permission check: for the service, which checks WriteIncome itself.
    std::optional<MonitoringCase> load(qint64 id) const;

private:
    QList<MonitoringCase> select(const QString& where, QVariantList values, int limit) const;
    void loadSteps(QList<MonitoringCase>& cases) const;
    void loadDetails(MonitoringCase& c) const;

    const Database& m_db;
};

} // namespace anju::income

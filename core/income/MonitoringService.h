#pragma once

#include "domain/Violation.h"
#include "income/MonitoringTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// Every write of monitoring households 监测户. Each call is one user action and one transaction, checked
// first with WriteIncome at the household's site, then by MonitoringRules; a refusal names its reason in the
// user's language. Every call returns the case as it stands afterwards.
class MonitoringService
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::MonitoringService)

public:
    explicit MonitoringService(const Database& db) : m_db(db) {}

    // Takes a household into entry review, found through a flagged income check, a visit, a grid case, a
    // self-report or a department's data (each with its record), with its risks; the home check begins on
    // the discovery day.
    Result<MonitoringCase> discover(const MonitoringDiscovery& discovery, QDate today = QDate::currentDate());
    // Passes or rejects the step due now; a pass begins the next step on its day (the notice: when its
    // period is set), the last makes the household monitored (entry) or eliminated (elimination).
    Result<MonitoringCase> decide(const MonitoringStepDecision& decision, QDate today = QDate::currentDate());
    // Sets (or, while undecided, moves) the notice period 公示 of the running procedure.
    Result<MonitoringCase> setNotice(qint64 caseId, QDate from, QDate to, QDate today = QDate::currentDate());
    // Declines a household in entry review with the reason (reviewed, not taken in).
    Result<MonitoringCase> decline(qint64 caseId, QDate date, const QString& reason,
                                   QDate today = QDate::currentDate());
    // Starts the risk elimination 风险消除 of a monitored household: its home check begins that day.
    Result<MonitoringCase> startElimination(qint64 caseId, QDate date, QDate today = QDate::currentDate());

    // Objections received during the notice 公示异议, and their settling.
    Result<MonitoringCase> logObjection(qint64 caseId, const MonitoringObjection& objection,
                                        QDate today = QDate::currentDate());
    Result<MonitoringCase> settleObjection(qint64 objectionId, QDate settledOn, const QString& handling,
                                           QDate today = QDate::currentDate());
    // Assistance measures 帮扶措施.
    Result<MonitoringCase> addMeasure(const MonitoringMeasure& measure);
    Result<MonitoringCase> endMeasure(qint64 measureId, QDate validTo);

private:
    // The case with WriteIncome checked at its site.
    Result<MonitoringCase> writable(qint64 caseId) const;
    Outcome checkSource(const MonitoringDiscovery& d) const;
    // The case row's state change, guarded by its row_version, in the caller's transaction.
    Outcome updateCase(const MonitoringCase& before, MonitoringState state, QDate stateDate, QDate enteredOn,
                       QDate declinedOn, const QString& declineReason, QDate eliminatedOn);
    // Begins `step` of `phase` on `startedOn`: a home check as the phase's next attempt, a later step in the
    // running attempt (its row written again when the attempt has one: a notice period set anew).
    Outcome beginStep(const MonitoringCase& c, MonitoringPhase phase, MonitoringStepKind step,
                      QDate startedOn, QDate noticeFrom = {}, QDate noticeTo = {});
    QString userName() const;
    Result<MonitoringCase> reread(qint64 caseId) const;

    const Database& m_db;
};

} // namespace anju::income

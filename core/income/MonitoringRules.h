#pragma once

#include "domain/Violation.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringTypes.h"
#include "income/OfficeCalendar.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

// Field keys of the monitoring forms (Violation::field).
namespace anju::Field {
inline constexpr char MonitoringHousehold[] = "monitoring.household";
inline constexpr char MonitoringState[] = "monitoring.state";
inline constexpr char MonitoringStep[] = "monitoring.step";
inline constexpr char MonitoringDate[] = "monitoring.date";
inline constexpr char MonitoringReason[] = "monitoring.reason";
inline constexpr char MonitoringSource[] = "monitoring.source";
inline constexpr char MonitoringNoticeFrom[] = "monitoring.noticeFrom";
inline constexpr char MonitoringNoticeTo[] = "monitoring.noticeTo";
inline constexpr char MonitoringObjection[] = "monitoring.objection";
inline constexpr char MonitoringHandling[] = "monitoring.handling";
inline constexpr char MonitoringMeasure[] = "monitoring.measure";
} // namespace anju::Field

namespace anju::income {

// Where a case's running procedure stands, worked out from its steps and the settings.
struct MonitoringProgress
{
    std::optional<MonitoringPhase> phase; // none when no procedure runs (declined, monitored, eliminated)
    std::optional<MonitoringStepKind> current; // the step to decide next
    std::optional<MonitoringStep> currentRow;  // its row; none for a notice whose period is not set yet
    QDate currentStarted;                      // the day the current step began (or could begin)
    QDate deadline;                            // the day by which it should be decided
    QList<MonitoringStep> steps;               // this attempt's steps in order, up to the current one
    std::optional<MonitoringStep> notice;      // this attempt's notice step, once its period is set

    bool awaitingNotice() const { return current == MonitoringStepKind::PublicNotice && !currentRow; }
};

// What a decision changes on the case row.
struct MonitoringEffect
{
    MonitoringState state = MonitoringState::EntryReview;
    QDate enteredOn;
    QDate declinedOn;
    QString declineReason;
    QDate eliminatedOn;
    std::optional<MonitoringStepKind> next; // the step that begins on the decision's day
};

// The monitoring procedure 监测户 as pure rules (no database): the order of the steps, the notice period
// 公示 and its lock on approvals, deadlines and overdue, and what each decision does to the case. Taking a
// household in (entry) and its risk elimination run the same five steps:
//   入户核实 home_check → 村(社区)评议 village_review → 公示 public_notice → 乡镇审核 township_review →
//   县级审定 county_approval.
// A passed step starts the next on its day; the notice step starts when its period is set (at least
// `noticeDays` calendar or working days, OfficeCalendar). Approving the notice step or any later step of the
// same procedure is refused until the period's last day has passed, and while an objection to the notice
// is not settled (or was settled after the approval's day). The county's approval of an entry makes
// the household monitored from that day (entered_on); of an elimination, eliminated that day. A rejected
// step ends an entry as declined with the reason, or an elimination with the household still monitored.
class MonitoringRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::MonitoringRules)

public:
    static const QList<MonitoringStepKind>& order();
    static std::optional<MonitoringStepKind> nextStep(MonitoringStepKind step);
    static std::optional<MonitoringPhase> runningPhase(MonitoringState state);

    // The running attempt's steps of one procedure in order, from its home check up to the first step not
    // passed. Rows of an earlier attempt (an elimination rejected and started again) do not count: those of
    // a lower attempt number, and in a database from before migration 17 (attempts begun again in place)
    // those written before the phase's latest home check or begun before the step they follow was decided.
    static QList<MonitoringStep> attempt(const QList<MonitoringStep>& steps, MonitoringPhase phase);
    // The phase's highest attempt number among `steps`, 0 when the phase has no rows.
    static int latestAttempt(const QList<MonitoringStep>& steps, MonitoringPhase phase);
    static MonitoringProgress progress(const MonitoringCase& c, const IncomeSettings& settings);

    // The day by which a step begun on `startedOn` should be decided (`stepDays`); the notice step's
    // decision is due `stepDays.public_notice` days after its period ends.
    static QDate stepDeadline(MonitoringStepKind step, QDate startedOn, QDate noticeTo,
                              const IncomeSettings& settings);
    static bool isOverdue(const MonitoringCase& c, const IncomeSettings& settings, QDate today);

    // The notice period: its length in the settings' kind of days, and the earliest last day of a period
    // beginning on `from`.
    static int noticeLength(QDate from, QDate to, const IncomeSettings& settings,
                            const OfficeCalendar& calendar);
    static QDate earliestNoticeEnd(QDate from, const IncomeSettings& settings,
                                   const OfficeCalendar& calendar);
    // Whether approvals are still locked on `day` by a notice ending on `noticeTo` (its last day included).
    static bool noticeLocks(QDate noticeTo, QDate day) { return noticeTo.isValid() && day <= noticeTo; }
    // "Notice open until 2025-02-02; approval locked" for the case's page, empty when nothing is locked.
    static QString noticeLine(const MonitoringProgress& progress, QDate today);

    static Outcome checkNoticePeriod(const MonitoringCase& c, QDate from, QDate to,
                                     const IncomeSettings& settings, const OfficeCalendar& calendar,
                                     QDate today);
    static Outcome checkDecision(const MonitoringCase& c, const MonitoringStepDecision& d,
                                 const IncomeSettings& settings, QDate today);
    static MonitoringEffect apply(const MonitoringCase& c, const MonitoringStepDecision& d);
    static Outcome checkDecline(const MonitoringCase& c, QDate date, const QString& reason, QDate today);
    static Outcome checkStartElimination(const MonitoringCase& c, QDate date, QDate today);
    static Outcome checkObjection(const MonitoringCase& c, const MonitoringObjection& objection,
                                  const IncomeSettings& settings, QDate today);
    static Outcome checkSettle(const MonitoringObjection& objection, QDate settledOn, const QString& handling,
                               QDate today);
    static Outcome checkMeasure(const MonitoringCase& c, const MonitoringMeasure& measure);
    static Outcome checkMeasureEnd(const MonitoringMeasure& measure, QDate validTo);
};

} // namespace anju::income

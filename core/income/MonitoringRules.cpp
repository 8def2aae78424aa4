#include "income/MonitoringRules.h"

#include <algorithm>

namespace anju::income {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The last decision of the attempt's steps (or the discovery day before any): nothing of the procedure may
// be dated before it.
QDate lastStepDay(const MonitoringCase& c, const MonitoringProgress& progress)
{
    QDate last = progress.phase == MonitoringPhase::Elimination ? c.stateDate : c.discoveredOn;
    for (const MonitoringStep& s : progress.steps) {
        if (s.startedOn.isValid() && s.startedOn > last)
            last = s.startedOn;
        if (s.decidedOn.isValid() && s.decidedOn > last)
            last = s.decidedOn;
    }
    return last;
}

} // namespace

const QList<MonitoringStepKind>& MonitoringRules::order()
{
    static const QList<MonitoringStepKind> steps = {
        MonitoringStepKind::HomeCheck, MonitoringStepKind::VillageReview, MonitoringStepKind::PublicNotice,
        MonitoringStepKind::TownshipReview, MonitoringStepKind::CountyApproval};
    return steps;
}

std::optional<MonitoringStepKind> MonitoringRules::nextStep(MonitoringStepKind step)
{
    const qsizetype at = order().indexOf(step);
    if (at < 0 || at + 1 >= order().size())
        return std::nullopt;
    return order().at(at + 1);
}

std::optional<MonitoringPhase> MonitoringRules::runningPhase(MonitoringState state)
{
    if (state == MonitoringState::EntryReview)
        return MonitoringPhase::Entry;
    if (state == MonitoringState::EliminationReview)
        return MonitoringPhase::Elimination;
    return std::nullopt;
}

QList<MonitoringStep> MonitoringRules::attempt(const QList<MonitoringStep>& steps, MonitoringPhase phase)
{
    // The running attempt is the phase's highest: an elimination rejected and begun again writes its rows
    // as the next attempt (migration 17), and the earlier attempts stay as their history.
    const int latest = latestAttempt(steps, phase);
    QList<MonitoringStep> rows;
    for (const MonitoringStep& s : steps) {
        if (s.phase == phase && s.attempt == latest)
            rows.append(s);
    }
    // `rows` are in the order they were written (by id). Within an attempt, rows written before its latest
    // home check, and a row begun before the step it follows was decided, are leftovers of an attempt begun
    // again in place, as the program did before migration 17 (such rows are all attempt 1).
    qsizetype begin = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).step == MonitoringStepKind::HomeCheck)
            begin = i;
    }
    QList<MonitoringStep> result;
    if (begin < 0)
        return result;
    for (MonitoringStepKind kind : order()) {
        const MonitoringStep* row = nullptr;
        for (qsizetype i = begin; i < rows.size(); ++i) {
            if (rows.at(i).step == kind)
                row = &rows.at(i);
        }
        if (!row)
            break;
        if (!result.isEmpty() && result.last().decidedOn.isValid() &&
            row->startedOn < result.last().decidedOn)
            break;
        result.append(*row);
        if (!row->passed())
            break;
    }
    return result;
}

int MonitoringRules::latestAttempt(const QList<MonitoringStep>& steps, MonitoringPhase phase)
{
    int latest = 0;
    for (const MonitoringStep& s : steps) {
        if (s.phase == phase)
            latest = std::max(latest, s.attempt);
    }
    return latest;
}

QDate MonitoringRules::stepDeadline(MonitoringStepKind step, QDate startedOn, QDate noticeTo,
                                    const IncomeSettings& settings)
{
    const QString key = enumKey(step);
    const int days = settings.stepDays.value(key, step == MonitoringStepKind::PublicNotice ? 3 : 7);
    if (step == MonitoringStepKind::PublicNotice && noticeTo.isValid())
        return noticeTo.addDays(days);
    return startedOn.isValid() ? startedOn.addDays(days) : QDate();
}

MonitoringProgress MonitoringRules::progress(const MonitoringCase& c, const IncomeSettings& settings)
{
    MonitoringProgress p;
    p.phase = runningPhase(c.state);
    if (!p.phase)
        return p;
    p.steps = attempt(c.steps, *p.phase);
    for (const MonitoringStep& s : std::as_const(p.steps)) {
        if (s.step == MonitoringStepKind::PublicNotice)
            p.notice = s;
    }
    if (p.steps.isEmpty()) {
        p.current = MonitoringStepKind::HomeCheck;
        p.currentStarted = *p.phase == MonitoringPhase::Entry ? c.discoveredOn : c.stateDate;
    } else if (!p.steps.last().passed()) {
        p.current = p.steps.last().step;
        p.currentRow = p.steps.last();
        p.currentStarted = p.currentRow->startedOn;
    } else {
        p.current = nextStep(p.steps.last().step);
        p.currentStarted = p.steps.last().decidedOn;
    }
    if (p.current)
        p.deadline = stepDeadline(*p.current, p.currentStarted,
                                  p.currentRow ? p.currentRow->noticeTo : QDate(), settings);
    return p;
}

bool MonitoringRules::isOverdue(const MonitoringCase& c, const IncomeSettings& settings, QDate today)
{
    const MonitoringProgress p = progress(c, settings);
    return p.current && p.deadline.isValid() && today > p.deadline;
}

int MonitoringRules::noticeLength(QDate from, QDate to, const IncomeSettings& settings,
                                  const OfficeCalendar& calendar)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    if (settings.noticeDayKind == NoticeDayKind::Working)
        return calendar.workingDaysBetween(from, to);
    return int(from.daysTo(to)) + 1;
}

QDate MonitoringRules::earliestNoticeEnd(QDate from, const IncomeSettings& settings,
                                         const OfficeCalendar& calendar)
{
    if (!from.isValid())
        return {};
    if (settings.noticeDayKind == NoticeDayKind::Working)
        return calendar.nthWorkingDay(from, settings.noticeDays);
    return from.addDays(settings.noticeDays - 1);
}

QString MonitoringRules::noticeLine(const MonitoringProgress& p, QDate today)
{
    if (!p.notice || !noticeLocks(p.notice->noticeTo, today))
        return {};
    return tr("Notice open until %1; approval locked until %2.")
        .arg(iso(p.notice->noticeTo), iso(p.notice->noticeTo.addDays(1)));
}

Outcome MonitoringRules::checkNoticePeriod(const MonitoringCase& c, QDate from, QDate to,
                                           const IncomeSettings& settings, const OfficeCalendar& calendar,
                                           QDate today)
{
    Q_UNUSED(today)
    const MonitoringProgress p = progress(c, settings);
    if (!p.phase)
        return Outcome::failure(
            field(Field::MonitoringState),
            tr("The household is %1: no procedure is running, so no notice is set.").arg(enumLabel(c.state)));
    if (p.current != MonitoringStepKind::PublicNotice)
        return Outcome::failure(field(Field::MonitoringStep),
                                tr("The notice is set after the village review has passed; the step due now "
                                   "is %1.")
                                    .arg(p.current ? enumLabel(*p.current) : QString()));
    Outcome outcome;
    if (!from.isValid())
        outcome.add(field(Field::MonitoringNoticeFrom), tr("Enter the first day of the notice."));
    if (!to.isValid())
        outcome.add(field(Field::MonitoringNoticeTo), tr("Enter the last day of the notice."));
    if (!outcome)
        return outcome;
    if (from < p.currentStarted)
        return Outcome::failure(field(Field::MonitoringNoticeFrom),
                                tr("The notice cannot begin before the village review was decided (%1).")
                                    .arg(iso(p.currentStarted)));
    if (to < from)
        return Outcome::failure(field(Field::MonitoringNoticeTo),
                                tr("The notice's last day is before its first day."));
    const int length = noticeLength(from, to, settings, calendar);
    if (length < settings.noticeDays) {
        const QString message =
            settings.noticeDayKind == NoticeDayKind::Working
                ? tr("The notice from %1 to %2 has %3 working days; at least %4 are required (until %5 at "
                     "the "
                     "earliest).")
                : tr("The notice from %1 to %2 has %3 days; at least %4 are required (until %5 at the "
                     "earliest).");
        return Outcome::failure(field(Field::MonitoringNoticeTo),
                                message.arg(iso(from), iso(to))
                                    .arg(length)
                                    .arg(settings.noticeDays)
                                    .arg(iso(earliestNoticeEnd(from, settings, calendar))));
    }
    // Objections already logged belong to the period as it was set; they must still fall in the new one.
    if (p.currentRow) {
        for (const MonitoringObjection& o : c.objections) {
            if (o.stepId == p.currentRow->id && o.receivedOn < from)
                return Outcome::failure(
                    field(Field::MonitoringNoticeFrom),
                    tr("An objection was received on %1, before the new first day.").arg(iso(o.receivedOn)));
        }
    }
    return {};
}

Outcome MonitoringRules::checkDecision(const MonitoringCase& c, const MonitoringStepDecision& d,
                                       const IncomeSettings& settings, QDate today)
{
    const MonitoringProgress p = progress(c, settings);
    if (!p.phase)
        return Outcome::failure(field(Field::MonitoringState),
                                tr("The household is %1: no procedure is running, so there is no step to "
                                   "decide.")
                                    .arg(enumLabel(c.state)));
    if (p.current != d.step)
        return Outcome::failure(field(Field::MonitoringStep),
                                tr("The step due now is %1, not %2: the steps are decided in their order.")
                                    .arg(enumLabel(*p.current), enumLabel(d.step)));
    if (p.awaitingNotice())
        return Outcome::failure(field(Field::MonitoringStep),
                                tr("Set the notice period first: the notice is decided after it has run."));
    if (!p.currentRow)
        return Outcome::failure(
            field(Field::MonitoringStep),
            tr("%1 has not begun: decide the step before it first.").arg(enumLabel(d.step)));
    Outcome outcome;
    if (!d.date.isValid())
        outcome.add(field(Field::MonitoringDate), tr("Enter the day of the decision."));
    else if (d.date > today)
        outcome.add(field(Field::MonitoringDate), tr("The day of the decision cannot be in the future."));
    else if (d.date < p.currentStarted)
        outcome.add(
            field(Field::MonitoringDate),
            tr("The decision cannot be dated before the step began (%1).").arg(iso(p.currentStarted)));
    if (d.decision == StepDecision::Rejected && d.note.trimmed().isEmpty())
        outcome.add(field(Field::MonitoringReason), tr("Enter why the step was rejected."));
    if (!outcome)
        return outcome;
    if (d.decision == StepDecision::Passed && p.notice && noticeLocks(p.notice->noticeTo, d.date))
        return Outcome::failure(
            field(Field::MonitoringDate),
            tr("The notice runs until %1: %2 cannot be approved before %3.")
                .arg(iso(p.notice->noticeTo), enumLabel(d.step), iso(p.notice->noticeTo.addDays(1))));
    // An objection to the notice holds the notice's approval and every later one of the procedure until it
    // is settled, on or before the decision's day: one logged late (received during the notice, written
    // down after it passed) still stops the township and the county.
    if (d.decision == StepDecision::Passed && p.notice) {
        for (const MonitoringObjection& o : c.objections) {
            if (o.stepId != p.notice->id || o.receivedOn < p.notice->noticeFrom)
                continue;
            if (!o.settledOn.isValid())
                return Outcome::failure(
                    field(Field::MonitoringObjection),
                    d.step == MonitoringStepKind::PublicNotice
                        ? tr("The objection received on %1 is not settled: settle it before "
                             "the notice is approved.")
                              .arg(iso(o.receivedOn))
                        : tr("The objection to the notice received on %1 is not settled: settle it before %2 "
                             "is approved.")
                              .arg(iso(o.receivedOn), enumLabel(d.step)));
            if (d.date.isValid() && o.settledOn > d.date)
                return Outcome::failure(field(Field::MonitoringObjection),
                                        tr("The objection received on %1 was settled on %2: %3 cannot be "
                                           "approved before it was settled.")
                                            .arg(iso(o.receivedOn), iso(o.settledOn), enumLabel(d.step)));
        }
    }
    return {};
}

MonitoringEffect MonitoringRules::apply(const MonitoringCase& c, const MonitoringStepDecision& d)
{
    MonitoringEffect e;
    e.state = c.state;
    e.enteredOn = c.enteredOn;
    e.eliminatedOn = c.eliminatedOn;
    const bool entry = c.state == MonitoringState::EntryReview;
    if (d.decision == StepDecision::Rejected) {
        if (entry) {
            e.state = MonitoringState::Declined;
            e.declinedOn = d.date;
            e.declineReason = d.note.trimmed();
        } else {
            e.state = MonitoringState::Monitored;
        }
        return e;
    }
    e.next = nextStep(d.step);
    if (!e.next) {
        if (entry) {
            e.state = MonitoringState::Monitored;
            e.enteredOn = d.date;
        } else {
            e.state = MonitoringState::Eliminated;
            e.eliminatedOn = d.date;
        }
    }
    return e;
}

Outcome MonitoringRules::checkDecline(const MonitoringCase& c, QDate date, const QString& reason, QDate today)
{
    if (c.state != MonitoringState::EntryReview)
        return Outcome::failure(
            field(Field::MonitoringState),
            tr("Only a household in entry review can be declined; this one is %1.").arg(enumLabel(c.state)));
    Outcome outcome;
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::MonitoringReason), tr("Enter why the household is not taken in."));
    MonitoringProgress p;
    p.phase = MonitoringPhase::Entry;
    p.steps = attempt(c.steps, MonitoringPhase::Entry);
    const QDate last = lastStepDay(c, p);
    if (!date.isValid())
        outcome.add(field(Field::MonitoringDate), tr("Enter the day of the decision."));
    else if (date > today)
        outcome.add(field(Field::MonitoringDate), tr("The day of the decision cannot be in the future."));
    else if (date < last)
        outcome.add(field(Field::MonitoringDate),
                    tr("The decision cannot be dated before the procedure's last step (%1).").arg(iso(last)));
    return outcome;
}

Outcome MonitoringRules::checkStartElimination(const MonitoringCase& c, QDate date, QDate today)
{
    if (c.state != MonitoringState::Monitored)
        return Outcome::failure(
            field(Field::MonitoringState),
            tr("Risk elimination starts for a monitored household; this one is %1.").arg(enumLabel(c.state)));
    if (!date.isValid())
        return Outcome::failure(field(Field::MonitoringDate), tr("Enter the day the elimination starts."));
    if (date > today)
        return Outcome::failure(field(Field::MonitoringDate),
                                tr("The day the elimination starts cannot be in the future."));
    const QDate since = std::max(c.enteredOn, c.stateDate);
    if (date < since)
        return Outcome::failure(
            field(Field::MonitoringDate),
            tr("The elimination cannot start before %1, the household's last change.").arg(iso(since)));
    return {};
}

Outcome MonitoringRules::checkObjection(const MonitoringCase& c, const MonitoringObjection& o,
                                        const IncomeSettings& settings, QDate today)
{
    const MonitoringProgress p = progress(c, settings);
    if (!p.notice)
        return Outcome::failure(field(Field::MonitoringStep),
                                tr("Objections are logged against a notice; this household has no notice "
                                   "running."));
    Outcome outcome;
    if (o.content.trimmed().isEmpty())
        outcome.add(field(Field::MonitoringObjection), tr("Enter what the objection says."));
    if (!o.receivedOn.isValid())
        outcome.add(field(Field::MonitoringDate), tr("Enter the day the objection was received."));
    else if (o.receivedOn > today)
        outcome.add(field(Field::MonitoringDate),
                    tr("The day the objection was received cannot be in the future."));
    else if (o.receivedOn < p.notice->noticeFrom)
        outcome.add(field(Field::MonitoringDate),
                    tr("The notice began on %1; an objection cannot be received before.")
                        .arg(iso(p.notice->noticeFrom)));
    // An objection is one to the notice while it is posted; what comes later is a complaint, for a case
    // or a new verification, and must not hold an approval the notice already earned.
    else if (p.notice->noticeTo.isValid() && o.receivedOn > p.notice->noticeTo)
        outcome.add(field(Field::MonitoringDate),
                    tr("The notice ran from %1 to %2; what was received on %3 is not an objection to it. "
                       "Register it as a grid case, or verify the household again.")
                        .arg(iso(p.notice->noticeFrom), iso(p.notice->noticeTo), iso(o.receivedOn)));
    return outcome;
}

Outcome MonitoringRules::checkSettle(const MonitoringObjection& o, QDate settledOn, const QString& handling,
                                     QDate today)
{
    if (o.settledOn.isValid())
        return Outcome::failure(field(Field::MonitoringObjection),
                                tr("The objection was settled on %1 already.").arg(iso(o.settledOn)));
    Outcome outcome;
    if (handling.trimmed().isEmpty())
        outcome.add(field(Field::MonitoringHandling), tr("Enter how the objection was handled."));
    if (!settledOn.isValid())
        outcome.add(field(Field::MonitoringDate), tr("Enter the day the objection was settled."));
    else if (settledOn > today)
        outcome.add(field(Field::MonitoringDate),
                    tr("The day the objection was settled cannot be in the future."));
    else if (settledOn < o.receivedOn)
        outcome.add(
            field(Field::MonitoringDate),
            tr("The objection was received on %1; it cannot be settled before.").arg(iso(o.receivedOn)));
    return outcome;
}

Outcome MonitoringRules::checkMeasure(const MonitoringCase& c, const MonitoringMeasure& m)
{
    if (c.state == MonitoringState::Declined || c.state == MonitoringState::Eliminated)
        return Outcome::failure(
            field(Field::MonitoringState),
            tr("The household is %1: no new measures are recorded.").arg(enumLabel(c.state)));
    Outcome outcome;
    if (m.description.trimmed().isEmpty())
        outcome.add(field(Field::MonitoringMeasure), tr("Enter what the measure is."));
    if (!m.validFrom.isValid())
        outcome.add(field(Field::MonitoringDate), tr("Enter the day the measure starts."));
    else if (m.validFrom < c.discoveredOn)
        outcome.add(
            field(Field::MonitoringDate),
            tr("The measure cannot start before the household was found (%1).").arg(iso(c.discoveredOn)));
    return outcome;
}

Outcome MonitoringRules::checkMeasureEnd(const MonitoringMeasure& m, QDate validTo)
{
    if (m.validTo.isValid())
        return Outcome::failure(field(Field::MonitoringMeasure),
                                tr("The measure ended on %1 already.").arg(iso(m.validTo)));
    if (!validTo.isValid())
        return Outcome::failure(field(Field::MonitoringDate), tr("Enter the day the measure ends."));
    if (validTo < m.validFrom)
        return Outcome::failure(field(Field::MonitoringDate),
                                tr("The measure started on %1; it cannot end before.").arg(iso(m.validFrom)));
    return {};
}

} // namespace anju::income

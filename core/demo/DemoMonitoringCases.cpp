#include "demo/DemoMonitoringCases.h"

#include "database/SqlValues.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace anju::demo {

namespace {

constexpr int StepCount = 5;
constexpr int NoticeStep = 2;
const char* const Steps[StepCount] = {"home_check", "village_review", "public_notice", "township_review",
                                      "county_approval"};
// Days a step takes when nothing hurries it, and at the least (the notice's own days aside).
constexpr std::array<int, StepCount> FewestDays = {1, 2, 0, 2, 3};
constexpr std::array<int, StepCount> MostDays = {5, 6, 0, 6, 12};
const char16_t* const DecidedBy[StepCount] = {u"", u"社区居委会", u"社区居委会", u"乡镇人民政府",
                                              u"县乡村振兴局"};
const char16_t* const Cadres[] = {u"王建国", u"李秀英", u"张志强", u"刘芳", u"陈明", u"杨丽"};
const char16_t* const DeclineReasons[] = {
    u"经入户核实，家庭人均纯收入稳定高于监测标准", u"大额医疗支出已由基本医保和大病保险报销，无返贫风险",
    u"收入下降为季节性务工返乡所致，已恢复务工",   u"学费已由助学贷款解决，家庭收入稳定",
    u"受灾损失已获保险理赔，生产生活正常",         u"家庭新增人口致人均收入下降，收入来源稳定"};
const char16_t* const Departments[] = {u"县医疗保障局", u"县民政局", u"县人力资源和社会保障局",
                                       u"县应急管理局", u"县教育局"};

QString text(const char16_t* s)
{
    return QString::fromUtf16(s);
}

QVariant noDate()
{
    return sqlDate(QDate());
}

struct MeasureKind
{
    const char* key;
    const char16_t* description;
    const char16_t* provider;
};
const MeasureKind Measures[] = {
    {"employment", u"推荐到安置点帮扶车间就业", u"县人力资源和社会保障局"},
    {"employment", u"安排公益性岗位（保洁绿化）", u"乡镇人民政府"},
    {"industry", u"发放产业发展奖补资金", u"县农业农村局"},
    {"health", u"落实医疗救助和大病保险倾斜政策", u"县医疗保障局"},
    {"education", u"落实雨露计划助学补助", u"县乡村振兴局"},
    {"safety_net", u"按程序纳入最低生活保障", u"县民政局"},
    {"relief", u"发放临时救助金", u"县民政局"},
    {"other", u"结对帮扶责任人每月走访", u"安置点管委会"},
};

} // namespace

int DemoMonitoringCases::monthIndex(QDate day) const
{
    const QDate first = m_model.firstMonth();
    return (day.year() - first.year()) * 12 + day.month() - first.month();
}

QList<DemoMonitoringCases::StepPlan> DemoMonitoringCases::plan(Random& random, QDate start, int rejectAt,
                                                               int pendingAt) const
{
    // The steps' own durations, drawn whatever happens, so a squeeze changes no later draw.
    std::array<int, StepCount> days{};
    for (int k = 0; k < StepCount; ++k)
        days[k] = k == NoticeStep ? random.between(4, 6) : random.between(FewestDays[k], MostDays[k]);
    const int noticeDecision = random.between(1, 2);
    const auto schedule = [&](bool fewest) {
        QList<StepPlan> steps;
        QDate day = start;
        for (int k = 0; k < StepCount; ++k) {
            StepPlan p;
            p.step = QString::fromLatin1(Steps[k]);
            p.started = day;
            if (k == NoticeStep) {
                p.noticeFrom = day.addDays(1);
                p.noticeTo = p.noticeFrom.addDays(fewest ? 4 : days[k]); // 5 days at least, inclusive
                p.decided = p.noticeTo.addDays(fewest ? 1 : noticeDecision);
            } else {
                p.decided = day.addDays(fewest ? FewestDays[k] : days[k]);
            }
            steps.append(p);
            day = p.decided;
        }
        return steps;
    };
    QList<StepPlan> steps = schedule(false);
    if (pendingAt >= 0 && steps[pendingAt].started > m_today) {
        steps = schedule(true);
        while (pendingAt > 0 && steps[pendingAt].started > m_today)
            --pendingAt;
    }
    // A notice meant to be pending is still on the board on the demo's day: the village review before it
    // was decided a few days ago (not earlier than it began).
    const int postedDaysAgo = random.between(0, 4);
    if (pendingAt == NoticeStep && steps[NoticeStep].noticeTo < m_today) {
        StepPlan& notice = steps[NoticeStep];
        notice.started = std::max(steps[NoticeStep - 1].started, m_today.addDays(-1 - postedDaysAgo));
        steps[NoticeStep - 1].decided = notice.started;
        notice.noticeFrom = notice.started.addDays(1);
        notice.noticeTo = notice.noticeFrom.addDays(days[NoticeStep]);
    }
    QList<StepPlan> kept;
    for (int k = 0; k < StepCount; ++k) {
        StepPlan p = steps[k];
        if (p.started > m_today)
            break;
        const bool pending = k == pendingAt || p.decided > m_today;
        if (pending)
            p.decided = QDate();
        p.rejected = !pending && k == rejectAt;
        kept.append(p);
        if (pending || p.rejected)
            break;
    }
    return kept;
}

bool DemoMonitoringCases::writeSteps(Random& random, qint64 caseId, const QString& phase,
                                     const QList<StepPlan>& steps, const QString& rejection)
{
    for (const StepPlan& p : steps) {
        const int k = int(std::find_if(std::begin(Steps), std::end(Steps),
                                       [&](const char* s) { return p.step == QLatin1String(s); }) -
                          std::begin(Steps));
        const bool decided = p.decided.isValid();
        const QString by = k == 0 ? text(Cadres[random.between(0, 5)]) : text(DecidedBy[k]);
        const QString note = p.rejected        ? rejection
                             : k == NoticeStep ? QStringLiteral("在安置点公示栏和村务公开栏公示")
                                               : QStringLiteral("");
        const qint64 stepId = m_writer.step(
            {caseId, phase, p.step, sqlDate(p.started), sqlDate(p.noticeFrom), sqlDate(p.noticeTo),
             sqlDate(p.decided),
             decided ? QVariant(p.rejected ? QStringLiteral("rejected") : QStringLiteral("passed"))
                     : QVariant(QMetaType::fromType<QString>()),
             decided ? by : QStringLiteral(""), note});
        if (!stepId)
            return false;
        ++m_counts.steps;
        // An objection to about one notice in eight, handled within days (unless just received), before the
        // notice passed.
        if (k == NoticeStep && random.percent(12)) {
            const QDate received =
                p.noticeFrom.addDays(random.between(0, int(p.noticeFrom.daysTo(p.noticeTo))));
            if (received > m_today)
                continue;
            QDate settled = received.addDays(random.between(1, 4));
            // A notice passed only once its objections were settled (MonitoringRules::checkDecision): one
            // received on the notice's last days is settled by the day it passed.
            if (decided && !p.rejected)
                settled = std::min(settled, p.decided);
            const bool done = settled <= m_today;
            if (!m_writer.objection(
                    {stepId, sqlDate(received),
                     random.percent(60) ? QStringLiteral("群众（匿名）") : QStringLiteral("同楼栋住户"),
                     random.percent(50) ? QStringLiteral("反映该户家中购置了小轿车")
                                        : QStringLiteral("反映该户子女在外务工收入较高"),
                     done ? QStringLiteral("经入户核实，异议不成立，已向反映人说明") : QStringLiteral(""),
                     done ? sqlDate(settled) : noDate()}))
                return false;
            ++m_counts.objections;
        }
    }
    return true;
}

int DemoMonitoringCases::pendingTarget(int turn, QDate start) const
{
    // Only reviews begun in the last 60 days are made to stop at a given step; older ones run their course.
    return start.daysTo(m_today) > 60 ? -1 : turn % StepCount;
}

bool DemoMonitoringCases::reached(int target, const QList<StepPlan>& steps)
{
    // The turn moves on only when the review stopped where it was meant to (a review begun yesterday
    // cannot stand at the county's approval; the next one may).
    return target >= 0 && !steps.last().decided.isValid() && int(steps.size()) - 1 == target;
}

bool DemoMonitoringCases::writeCase(Random& random, const IncomeHousehold& h, const HouseholdIncome& income,
                                    int month, bool beforeTheMonths, QList<CaseOutcome>& outcomes,
                                    int& coveredThrough)
{
    const DemoCheck* check = beforeTheMonths ? nullptr : &income.months[month];
    const qint64 large = 1000000; // the default large expense, for the kind of hardship only
    QDate discovered;
    if (beforeTheMonths) {
        discovered = m_model.firstMonth().addDays(-random.between(120, 700));
    } else {
        const QDate monthEnd = check->month.addMonths(1).addDays(-1);
        discovered = std::min({check->checkedOn.addDays(random.between(0, 3)), monthEnd, m_today});
    }
    const bool persistent = income.tier != IncomeTier::Normal && (!check || (check->flags & FlagBelowLine));
    const bool hardship = check && (check->flags & FlagLargeExpense) &&
                          std::max({check->medical, check->disaster, check->other}) > 3 * large;
    const bool enters = persistent ? random.percent(90) : hardship ? random.percent(50) : random.percent(20);
    QString category = hardship ? QStringLiteral("sudden_hardship")
                       : income.tier == IncomeTier::Low
                           ? (random.percent(60) ? QStringLiteral("unstable_out_of_poverty")
                                                 : QStringLiteral("marginal_at_risk"))
                       : check && (check->flags & FlagLargeExpense) ? QStringLiteral("sudden_hardship")
                                                                    : QStringLiteral("marginal_at_risk");

    // How it was found: mostly from the flagged check, else a visit, a case, the family or a department.
    QString discovery = QStringLiteral("income_flag");
    qint64 checkId = 0, visitId = 0, gridCaseId = 0;
    QString department;
    const int how = random.between(0, 99);
    if (beforeTheMonths || how >= 75) {
        if (how < 85 || (beforeTheMonths && how < 40)) {
            visitId = m_writer.visitBefore(h.id, discovered).first;
            // No visit of the weeks before: a cadre's routine call that day found it (within the demo's
            // months; an older case is on file as the family's own report).
            if (!visitId && !beforeTheMonths && m_writer.error().isEmpty())
                visitId = m_writer.discoveryVisit(h.id, discovered, text(Cadres[random.between(0, 5)]),
                                                  QStringLiteral("家庭收支出现困难，有返贫致贫风险"));
            discovery = visitId ? QStringLiteral("visit") : QStringLiteral("self_report");
        } else if (how < 90) {
            gridCaseId = m_writer.gridCaseBefore(h.id, discovered).first;
            discovery = gridCaseId ? QStringLiteral("case") : QStringLiteral("self_report");
        } else if (how < 95) {
            discovery = QStringLiteral("self_report");
        } else {
            discovery = QStringLiteral("department");
            department = text(Departments[random.between(0, 4)]);
        }
        if (!m_writer.error().isEmpty())
            return false;
    } else {
        checkId = m_writer.checkId(h.id, check->month);
        if (!checkId)
            return false;
    }
    QStringList what;
    QSet<QString> risks;
    if (!check || (check->flags & FlagBelowLine))
        what << QStringLiteral("人均纯收入低于监测标准");
    if (check && (check->flags & FlagDrop)) {
        what << QStringLiteral("收入大幅下降");
        risks << (income.hasBusiness && random.percent(40) ? QStringLiteral("business_failure")
                                                           : QStringLiteral("unstable_work"));
    }
    if (check && (check->flags & FlagLargeExpense)) {
        what << QStringLiteral("大额刚性支出");
        if (check->medical > large)
            risks << QStringLiteral("illness");
        if (check->education > large)
            risks << QStringLiteral("schooling");
        if (check->disaster > large)
            risks << QStringLiteral("disaster");
        if (check->other > large)
            risks << QStringLiteral("accident");
    }
    for (const IncomeMember& m : h.members) {
        if (risks.size() < 2 && m.health == QLatin1String("disabled") && m.presentOn(discovered))
            risks << QStringLiteral("disability");
        if (risks.size() < 2 && m.health == QLatin1String("serious") && m.presentOn(discovered))
            risks << QStringLiteral("illness");
    }
    if (risks.isEmpty())
        risks << (random.percent(60) ? QStringLiteral("unstable_work") : QStringLiteral("other"));

    // The entry review: declined at the village or township review, or passed into monitoring.
    const int rejectAt = enters ? -1 : (random.percent(70) ? 1 : 3);
    const int entryTarget = pendingTarget(m_entryTurn, discovered);
    const QList<StepPlan> entry =
        plan(random, discovered, rejectAt, rejectAt >= 0 && entryTarget > rejectAt ? -1 : entryTarget);
    if (reached(entryTarget, entry))
        ++m_entryTurn;
    const StepPlan& last = entry.last();
    CaseOutcome outcome{category, discovered, {}, {}, {}};
    QString state = QStringLiteral("entry_review");
    QDate stateDate = discovered;
    QString declineReason;
    if (last.rejected) {
        outcome.declined = last.decided;
        state = QStringLiteral("declined");
        stateDate = last.decided;
        declineReason = text(DeclineReasons[random.between(0, int(std::size(DeclineReasons)) - 1)]);
    } else if (last.decided.isValid() && int(entry.size()) == StepCount) {
        outcome.entered = last.decided;
        state = QStringLiteral("monitored");
        stateDate = last.decided;
    }

    // A monitored household above the line for three months, after at least six monitored, goes through
    // the elimination review (most of them; some stay monitored a while longer).
    QList<StepPlan> elimination;
    if (outcome.entered.isValid()) {
        const int lastFlag = income.lastFlagged();
        const int from = std::max(monthIndex(outcome.entered) + 6, lastFlag + 4);
        if (from < IncomeMonths && random.percent(75)) {
            QDate start = m_model.monthAt(from).addDays(random.between(2, 20));
            // A quarter of those due long ago began only lately: reviews under way on the demo's day.
            if (from < IncomeMonths - 2 && random.percent(25))
                start = std::max(m_model.monthAt(from), m_today.addDays(-random.between(3, 50)));
            if (start <= m_today) {
                const int target = pendingTarget(m_eliminationTurn, start);
                elimination = plan(random, start, -1, target);
                if (reached(target, elimination))
                    ++m_eliminationTurn;
                state = QStringLiteral("elimination_review");
                stateDate = start;
                if (elimination.last().decided.isValid() && int(elimination.size()) == StepCount) {
                    outcome.eliminated = elimination.last().decided;
                    state = QStringLiteral("eliminated");
                    stateDate = outcome.eliminated;
                }
            }
        }
    }
    coveredThrough = outcome.declined.isValid() ? monthIndex(outcome.declined) : IncomeMonths - 1;

    const qint64 caseId = m_writer.monitoringCase(
        {h.id, category, sqlDate(discovered), discovery, sqlId(checkId), sqlId(visitId), sqlId(gridCaseId),
         sqlText(department), what.join(QStringLiteral("，")), state, sqlDate(stateDate),
         sqlDate(outcome.entered), sqlDate(outcome.declined), sqlText(declineReason),
         sqlDate(outcome.eliminated)});
    if (!caseId)
        return false;
    ++m_counts.cases;
    QStringList sortedRisks(risks.cbegin(), risks.cend());
    sortedRisks.sort(); // a QSet's order differs from run to run
    for (const QString& risk : std::as_const(sortedRisks)) {
        if (!m_writer.risk(caseId, risk, QStringLiteral("")))
            return false;
        ++m_counts.risks;
    }
    if (!writeSteps(random, caseId, QStringLiteral("entry"), entry, declineReason) ||
        !writeSteps(random, caseId, QStringLiteral("elimination"), elimination, {}))
        return false;
    if (outcome.entered.isValid()) {
        QSet<int> chosen;
        for (int n = random.between(1, 3); n > 0; --n)
            chosen.insert(random.between(0, int(std::size(Measures)) - 1));
        QList<int> ordered(chosen.cbegin(), chosen.cend());
        std::sort(ordered.begin(), ordered.end());
        for (int which : ordered) {
            const MeasureKind& m = Measures[which];
            const QDate from = std::min(outcome.entered.addDays(random.between(0, 20)), m_today);
            const bool ended = outcome.eliminated.isValid() && random.percent(50);
            if (!m_writer.measure({caseId, QString::fromLatin1(m.key), text(m.description), text(m.provider),
                                   sqlDate(from),
                                   sqlDate(ended ? std::max(from, outcome.eliminated) : QDate())}))
                return false;
            ++m_counts.measures;
        }
    }
    outcomes.append(outcome);
    return true;
}

bool DemoMonitoringCases::write(Random& random, const IncomeHousehold& h, const HouseholdIncome& income,
                                QList<CaseOutcome>& outcomes)
{
    const std::array<DemoCheck, IncomeMonths>& months = income.months;
    int coveredThrough = -1;
    // Most low households flagged from the start were monitored before the demo's months began.
    const bool flaggedEarly =
        (months[0].present && months[0].flags) || (months[1].present && months[1].flags);
    const bool livedHere = !h.relocated.isValid() || h.relocated < m_model.firstMonth().addDays(-720);
    if (income.tier != IncomeTier::Normal && flaggedEarly && livedHere && random.percent(55) &&
        !writeCase(random, h, income, 0, true, outcomes, coveredThrough))
        return false;
    // A few flagged households are never taken in: the 应纳尽纳 list names them.
    const bool neverTakenIn = random.perMille(60);
    for (int i = std::max(0, coveredThrough + 1); i < IncomeMonths; ++i) {
        if (i <= coveredThrough || !months[i].present || !months[i].flags || neverTakenIn)
            continue;
        // The newest month's checks came in on the demo's day: most of its flags are still unreviewed.
        if (i == IncomeMonths - 1 && random.percent(70))
            continue;
        if (!writeCase(random, h, income, i, false, outcomes, coveredThrough))
            return false;
    }
    return true;
}

} // namespace anju::demo

#include "demo/DemoVisits.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "demo/DemoRandom.h"
#include "grids/CaseStateMachine.h"
#include "grids/TaskAssignees.h"
#include "grids/VisitRules.h"
#include "grids/VisitTargets.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::demo {

using namespace anju::grids;

namespace {

const char* const VisitorNames[] = {"王建国", "李秀英", "张志强", "刘芳", "陈明", "杨丽", "赵伟", "黄敏"};

struct Resident
{
    qint64 personId = 0;
    qint64 householdId = 0;
    qint64 siteId = 0;
    QDate birth;
    QString health;
    QString labour;
    int householdSize = 1;
};

// Prepared once, bound again for every row (the caller holds the write transaction).
class Writer
{
public:
    explicit Writer(const Database& db) : m_db(db) {}

    bool prepare()
    {
        return prepare(m_care,
                       "INSERT INTO person_care_categories (person_id, category, valid_from, valid_to)"
                       " VALUES (?, ?, ?, ?)") &&
               prepare(m_mark, "INSERT INTO household_care_marks (household_id, mark, valid_from, reason)"
                               " VALUES (?, 'difficult_family', ?, ?)") &&
               prepare(m_task, "INSERT INTO visit_tasks (household_id, person_id, kind, reason, source,"
                               " care_category_id, care_mark_id, due_from, overdue_after, note,"
                               " assignee_staff_id, assignee_member_id)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
               prepare(m_visit, "INSERT INTO visits (household_id, person_id, visitor_kind, visitor_name,"
                                " visit_date, kind, reason, findings, follow_up, task_id, case_id,"
                                " visitor_staff_id, visitor_member_id)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
               prepare(m_close,
                       "UPDATE visit_tasks SET closed_by_visit_id = ?, closed_on = ? WHERE id = ?") &&
               prepare(m_case,
                       "INSERT INTO grid_cases (site_id, kind, title, reporter_person_id, received_on,"
                       " handler_level, state, state_date, deadline, resolved_on, result, satisfaction,"
                       " referred_department, referral_state, grid_id, handler_staff_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
               prepare(m_caseHousehold,
                       "INSERT INTO grid_case_households (case_id, household_id) VALUES (?, ?)") &&
               prepare(m_event,
                       "INSERT INTO grid_case_events (case_id, event_date, event, from_state, to_state,"
                       " handler_level, department, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }
    QString error() const { return m_error; }
    void finish()
    {
        for (QSqlQuery* q :
             {&m_care, &m_mark, &m_task, &m_visit, &m_close, &m_case, &m_caseHousehold, &m_event})
            q->finish();
    }

    qint64 insert(QSqlQuery& q, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return 0;
        }
        const qint64 id = q.lastInsertId().toLongLong();
        return id > 0 ? id : 1;
    }

    QSqlQuery m_care, m_mark, m_task, m_visit, m_close, m_case, m_caseHousehold, m_event;

private:
    bool prepare(QSqlQuery& q, const char* sql)
    {
        q = QSqlQuery(m_db.connection());
        if (q.prepare(QString::fromLatin1(sql)))
            return true;
        m_error = q.lastError().text();
        return false;
    }

    const Database& m_db;
    QString m_error;
};

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

// What the two calls share: the statements, the households by site, who each task goes to, and the
// writing of a task with the visit that closed it.
class DemoVisits::Run
{
public:
    Run(const Database& db, DemoVisitCounts& counts)
        : writer(db), rules(VisitRules::load(db)), assignees(db), m_counts(counts)
    {
    }

    // Writes a task and, when `visitedOn` is valid, the visit that closed it.
    bool taskAndVisit(Random& random, qint64 household, qint64 person, const QString& kind,
                      const QString& reason, const QString& source, qint64 careId, qint64 markId,
                      const VisitWindow& window, QDate visitedOn, const QString& note)
    {
        Writer& w = writer;
        const auto [staffId, memberId] =
            assignees.forTask(household, window.dueFrom, kind == QLatin1String("must_visit"));
        const qint64 task =
            w.insert(w.m_task, {household, sqlId(person), kind, reason, source, sqlId(careId), sqlId(markId),
                                sqlDate(window.dueFrom), sqlDate(window.overdueAfter), note, sqlId(staffId),
                                sqlId(memberId)});
        if (!task)
            return false;
        ++m_counts.tasks;
        if (!visitedOn.isValid())
            return true;
        // The assignee went, or a cadre by name when the task had nobody.
        const QString visitorKind = staffId    ? QStringLiteral("staff")
                                    : memberId ? QStringLiteral("party_member")
                                               : QStringLiteral("cadre");
        const qint64 visit = w.insert(
            w.m_visit, {household, sqlId(person), visitorKind,
                        staffId || memberId ? QStringLiteral("") : visitor(random, siteOf.value(household)),
                        sqlDate(visitedOn), kind, reason, QStringLiteral("情况稳定"),
                        random.percent(20) ? QStringLiteral("下月再访") : QStringLiteral(""), task, sqlId(0),
                        sqlId(staffId), sqlId(memberId)});
        if (!visit)
            return false;
        ++m_counts.visits;
        return w.insert(w.m_close, {visit, sqlDate(visitedOn), task}) != 0;
    }

    Writer writer;
    const VisitRules rules;
    // Who each task goes to: the services' rule (TaskAssignees), over the grids DemoGrids has just made.
    const TaskAssignees assignees;
    QMap<qint64, QList<qint64>> householdsBySite; // ordered: QHash iterates in a per-process order
    QHash<qint64, qint64> siteOf;

private:
    static QString visitor(Random& random, qint64 siteId)
    {
        return QString::fromUtf8(VisitorNames[(siteId * 7 + random.between(0, 1)) % 8]);
    }

    DemoVisitCounts& m_counts;
};

DemoVisits::DemoVisits(const Database& db, quint64 seed, QDate today) : m_db(db), m_seed(seed), m_today(today)
{
}

DemoVisits::~DemoVisits() = default;

QDate DemoVisits::firstMonth() const
{
    return QDate(m_today.year(), m_today.month(), 1).addMonths(-23);
}

Outcome DemoVisits::generateCareAndCases()
{
    const auto failed = [](const QString& text) { return Outcome::error(text); };
    m_run = std::make_unique<Run>(m_db, m_counts);
    Writer& w = m_run->writer;
    if (!w.prepare())
        return failed(w.error());
    if (!m_run->assignees.ok())
        return failed(m_run->assignees.error());
    Random random(m_seed ^ 0x5157a15ULL);
    const QDate first = firstMonth();
    const VisitRules& rules = m_run->rules;

    // The residents, in id order so the draws are the same on every run and engine.
    QList<Resident> residents;
    QMap<qint64, QList<qint64>>& householdsBySite = m_run->householdsBySite;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral(
                "SELECT p.id, p.household_id, h.site_id, p.birth_date, p.health, p.labour_capacity,"
                " (SELECT COUNT(*) FROM persons o WHERE o.household_id = p.household_id AND o.state = "
                "'active')"
                " FROM persons p JOIN households h ON h.id = p.household_id"
                " WHERE p.state = 'active' AND h.state = 'active' ORDER BY p.id")))
            return failed(q.lastError().text());
        while (q.next()) {
            Resident r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       dateFrom(q.value(3)),    q.value(4).toString(),   q.value(5).toString(),
                       q.value(6).toInt()};
            residents.append(r);
        }
        QSqlQuery h(m_db.connection());
        if (!h.exec(QStringLiteral("SELECT id, site_id FROM households WHERE state = 'active' ORDER BY id")))
            return failed(h.lastError().text());
        while (h.next())
            householdsBySite[h.value(1).toLongLong()].append(h.value(0).toLongLong());
    }

    const TaskAssignees& assignees = m_run->assignees;
    for (auto it = householdsBySite.cbegin(); it != householdsBySite.cend(); ++it)
        for (qint64 household : it.value())
            m_run->siteOf.insert(household, it.key());

    // Care categories and marks, most begun before the 24 months, some during them.
    const auto startDay = [&]() {
        return random.percent(70) ? first.addDays(-random.between(1, 700))
                                  : first.addDays(random.between(0, 690));
    };
    for (const Resident& r : residents) {
        const int age = r.birth.isValid() ? r.birth.daysTo(m_today) / 365 : 40;
        QList<std::pair<QString, QDate>> categories;
        if (age >= 70 && r.householdSize == 1 && random.percent(80))
            categories.append({QStringLiteral("elderly_alone"), startDay()});
        if (age >= 60 && (r.labour == QLatin1String("lost") || r.labour == QLatin1String("none")) &&
            random.percent(40))
            categories.append({QStringLiteral("loss_of_self_care"), startDay()});
        if (r.health == QLatin1String("serious"))
            categories.append({QStringLiteral("seriously_ill"), startDay()});
        if (r.health == QLatin1String("disabled"))
            categories.append({QStringLiteral("disabled"), startDay()});
        if (age < 16 && random.perMille(60))
            categories.append({QStringLiteral("left_behind_child"), startDay()});
        for (const auto& [category, from] : categories) {
            if (!w.insert(w.m_care, {r.personId, category, sqlDate(from), sqlDate(QDate())}))
                return failed(w.error());
            ++m_counts.careCategories;
        }
        // A hospital stay of 3 to 20 days for about 1.5% of the residents, ended unless it is recent.
        if (random.perMille(15)) {
            const QDate in = first.addDays(random.between(0, int(first.daysTo(m_today))));
            const QDate out = in.addDays(random.between(3, 20));
            if (!w.insert(w.m_care, {r.personId, QStringLiteral("hospitalised"), sqlDate(in),
                                     sqlDate(out <= m_today ? out : QDate())}))
                return failed(w.error());
            ++m_counts.careCategories;
        }
    }
    for (auto it = householdsBySite.cbegin(); it != householdsBySite.cend(); ++it)
        for (qint64 household : it.value())
            if (random.percent(3) &&
                !w.insert(w.m_mark, {household, sqlDate(startDay()), QStringLiteral("因病因残致困")}))
                return failed(w.error());

    // 三必到 and cases, month by month, per site in proportion to its households.
    const QStringList triggers{QStringLiteral("emergency"), QStringLiteral("discontent"),
                               QStringLiteral("family_dispute")};
    const QStringList titles{QStringLiteral("邻里噪音纠纷"), QStringLiteral("楼道漏水"),
                             QStringLiteral("低保政策咨询"), QStringLiteral("就业岗位申请"),
                             QStringLiteral("子女入学咨询"), QStringLiteral("物业费争议")};
    const QStringList departments{QStringLiteral("司法所"), QStringLiteral("县住建局"),
                                  QStringLiteral("县人社局"), QStringLiteral("派出所")};
    for (auto it = householdsBySite.cbegin(); it != householdsBySite.cend(); ++it) {
        const QList<qint64>& households = it.value();
        if (households.isEmpty())
            continue;
        for (QDate month = first; month <= m_today; month = month.addMonths(1)) {
            const int days = std::min(month.daysInMonth(), int(month.daysTo(m_today)) + 1);
            for (int n = 0; n < std::max(1, int(households.size()) / 200); ++n) {
                const qint64 household = households[random.between(0, int(households.size()) - 1)];
                const int which = random.between(0, 2);
                const QDate happened = month.addDays(random.between(0, days - 1));
                const VisitWindow window =
                    VisitWindow::mustAttend(happened, rules.daysToAttend(AttendTrigger(which)));
                QDate visited;
                if (random.percent(85))
                    visited =
                        happened.addDays(random.between(0, rules.daysToAttend(AttendTrigger(which)) + 2));
                if (visited > m_today)
                    visited = QDate();
                if (!m_run->taskAndVisit(random, household, 0, QStringLiteral("must_attend"), triggers[which],
                                         QStringLiteral("trigger"), 0, 0, window, visited,
                                         QStringLiteral("")))
                    return failed(w.error());
            }
            for (int n = 0; n < std::max(1, int(households.size()) / 150); ++n) {
                const qint64 household = households[random.between(0, int(households.size()) - 1)];
                const CaseKind kind = CaseKind(random.weighted(std::array<int, 6>{25, 20, 10, 10, 25, 10}));
                const QDate received = month.addDays(random.between(0, days - 1));
                const QDate deadline = rules.caseDeadline(kind, received);
                const int fate =
                    random.between(0, 99); // 0-74 in time, 85-91 referred, the rest late (escalated)
                QList<std::tuple<QDate, QString, QString, QString, QString, QString>>
                    events; // date, event, from, to, level, dept
                QString state = QStringLiteral("received"), level = QStringLiteral("grid_worker"), department,
                        referral;
                QDate resolved;
                const auto step = [&](QDate day, const QString& event, const QString& to) {
                    events.append({day, event, state, to, level,
                                   event == QLatin1String("referred") ? department : QString()});
                    state = to;
                };
                events.append({received, QStringLiteral("received"), QString(), QStringLiteral("received"),
                               level, QString()});
                const QDate started = received.addDays(random.between(0, 1));
                if (started <= m_today)
                    step(started, QStringLiteral("started"), QStringLiteral("in_progress"));
                if (fate < 75) {
                    const QDate done = started.addDays(random.between(0, int(started.daysTo(deadline))));
                    if (done <= m_today && state == QLatin1String("in_progress")) {
                        step(done, QStringLiteral("resolved"), QStringLiteral("resolved"));
                        resolved = done;
                    }
                } else if (fate < 92 && fate >= 85) {
                    department = departments[random.between(0, int(departments.size()) - 1)];
                    const QDate referred = started.addDays(1);
                    if (referred <= m_today && state == QLatin1String("in_progress")) {
                        step(referred, QStringLiteral("referred"), QStringLiteral("referred"));
                        referral = QStringLiteral("pending");
                        if (referred.addDays(2) <= m_today) {
                            events.append({referred.addDays(2), QStringLiteral("referral_accepted"),
                                           QString(), QString(), level, QString()});
                            referral = QStringLiteral("accepted");
                        }
                        // A department takes weeks: half of the last four months' referrals are still there.
                        const QDate done = referred.addDays(random.between(3, 20));
                        const bool withDepartment = referred.daysTo(m_today) < 120 && random.percent(50);
                        if (referral == QLatin1String("accepted") && done <= m_today && !withDepartment) {
                            step(done, QStringLiteral("resolved"), QStringLiteral("resolved"));
                            resolved = done;
                        }
                    }
                } else if (state == QLatin1String("in_progress")) {
                    // Past the deadline: the chain takes it up, and most are resolved by the leader. Of
                    // the last three months' cases, some still wait for the escalation run (overdue in
                    // progress) and the manager's take a few weeks, so the board has open escalations.
                    EscalationDelays delays = rules.escalation;
                    const QDate toLeader =
                        CaseEscalation::levelDeadline(EscalationLevel::GridWorker, deadline, delays)
                            .addDays(1);
                    const bool waiting = received.daysTo(m_today) < 90 && random.percent(40);
                    if (toLeader <= m_today && !waiting) {
                        level = QStringLiteral("grid_leader");
                        step(toLeader, QStringLiteral("escalated"), QStringLiteral("escalated"));
                        const QDate done = toLeader.addDays(random.between(1, 12));
                        const QDate toManager =
                            CaseEscalation::levelDeadline(EscalationLevel::GridLeader, deadline, delays)
                                .addDays(1);
                        if (done < toManager && done <= m_today && random.percent(70)) {
                            step(done, QStringLiteral("resolved"), QStringLiteral("resolved"));
                            resolved = done;
                        } else if (toManager <= m_today) {
                            level = QStringLiteral("manager");
                            step(toManager, QStringLiteral("escalated"), QStringLiteral("escalated"));
                            const QDate closed = toManager.addDays(random.between(3, 45));
                            if (closed <= m_today) {
                                step(closed, QStringLiteral("resolved"), QStringLiteral("resolved"));
                                resolved = closed;
                            }
                        }
                    }
                }
                const QDate stateDate = std::get<0>(events.last());
                const QVariant satisfaction =
                    resolved.isValid() ? QVariant(QString::fromLatin1(std::array<const char*, 3>{
                                             "satisfied", "basically_satisfied",
                                             "dissatisfied"}[random.weighted(std::array<int, 3>{70, 22, 8})]))
                                       : nullText();
                const qint64 caseId = w.insert(
                    w.m_case,
                    {it.key(), enumKey(kind), titles[random.between(0, int(titles.size()) - 1)], sqlId(0),
                     sqlDate(received), level, state, sqlDate(stateDate), sqlDate(deadline),
                     sqlDate(resolved),
                     resolved.isValid() ? QStringLiteral("已办结，已回访") : QStringLiteral(""), satisfaction,
                     sqlText(department), referral.isEmpty() ? nullText() : QVariant(referral),
                     sqlId(assignees.gridOf(household, received)),
                     sqlId(assignees.forTask(household, received, false).first)});
                if (!caseId || !w.insert(w.m_caseHousehold, {caseId, household}))
                    return failed(w.error());
                ++m_counts.cases;
                for (const auto& [day, event, from, to, lvl, dept] : events) {
                    if (!w.insert(w.m_event,
                                  {caseId, sqlDate(day), event, from.isEmpty() ? nullText() : QVariant(from),
                                   to.isEmpty() ? nullText() : QVariant(to), lvl, sqlText(dept),
                                   QStringLiteral("")}))
                        return failed(w.error());
                }
            }
        }
    }
    w.finish(); // kept prepared for the 四必访 windows, after the follow-up support
    return {};
}

Outcome DemoVisits::generateRegularVisits()
{
    const auto failed = [](const QString& text) { return Outcome::error(text); };
    if (!m_run)
        return failed(QStringLiteral("DemoVisits: the care categories and cases come first"));
    // A stream of its own: the follow-up support drawn in between changes none of these draws' meaning.
    Random random(m_seed ^ 0x5157a15ULL ^ 0x9e3779b97f4a7c15ULL);
    const QDate first = firstMonth();
    const VisitRules& rules = m_run->rules;
    const QMap<qint64, QList<qint64>>& householdsBySite = m_run->householdsBySite;

    // The 四必访 windows of the 24 months of every target (monitored and safety-net households among the
    // difficult families), visited mostly in time; each site had a two-month gap.
    QHash<qint64, QDate> gapStart;
    for (auto it = householdsBySite.cbegin(); it != householdsBySite.cend(); ++it)
        gapStart.insert(it.key(), first.addMonths(random.between(3, 20)));
    for (const VisitTarget& t : VisitTargets(m_db, rules).between(first, m_today)) {
        const QString reason = enumKey(t.kind);
        for (const VisitWindow& window : VisitWindow::regularDueIn(
                 t.from, t.until, rules.frequencyFor(t.kind), first, m_today.addMonths(1))) {
            if (window.dueFrom > m_today)
                continue;
            const QDate gap = gapStart.value(m_run->siteOf.value(t.householdId));
            const bool inGap = window.overdueAfter >= gap && window.dueFrom < gap.addMonths(2);
            QDate visited;
            const int span = int(window.dueFrom.daysTo(std::min(window.overdueAfter, m_today)));
            if (random.percent(inGap ? 30 : 88))
                visited = window.dueFrom.addDays(random.between(0, span));
            else if (random.percent(40)) // late, within ten days after the window
                visited = window.overdueAfter.addDays(random.between(1, 10));
            if (visited > m_today)
                visited = QDate();
            if (!m_run->taskAndVisit(random, t.householdId, t.personId, QStringLiteral("must_visit"), reason,
                                     QStringLiteral("rule"), t.careCategoryId, t.careMarkId, window, visited,
                                     QStringLiteral("")))
                return failed(m_run->writer.error());
        }
    }

    m_run->writer.finish();
    m_run.reset();
    return {};
}

} // namespace anju::demo

// 四必访 difficult families from the follow-up workflows, on both engines: a monitored household (监测户)
// from the day it was entered until its risk was eliminated, a household with a member in 低保 or 特困供养
// (兜底保障户) while enrolled, each source off when the office's setting leaves it out, one target per
// spell however many sources, one task per window when planned, and a finding when not visited.
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/Findings.h"
#include "grids/GridPlanQuery.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"
#include "grids/VisitTargets.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 4, 10);

QList<VisitTarget> targetsOf(const Database& db, qint64 householdId, QDate from, QDate to)
{
    const VisitRules rules = VisitRules::load(db);
    QList<VisitTarget> found;
    for (const VisitTarget& t : VisitTargets(db, rules).between(from, to))
        if (t.householdId == householdId && t.kind == VisitTargetKind::DifficultFamily)
            found.append(t);
    return found;
}

QList<VisitTask> familyTasks(const Database& db, qint64 householdId)
{
    QList<VisitTask> found;
    for (const VisitTask& t : VisitRepository(db).tasksOf(householdId))
        if (t.reason == QLatin1String("difficult_family"))
            found.append(t);
    return found;
}

} // namespace

class TestVisitSources : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;

    Database& db() { return m_test->db(); }

    // A monitoring case entered on `entered` (eliminated on `eliminated`, the first day no longer
    // monitored, when valid); an invalid `entered` is a case still under entry review.
    qint64 monitoring(qint64 householdId, QDate entered, QDate eliminated = {})
    {
        const QString state = !entered.isValid()     ? QStringLiteral("entry_review")
                              : eliminated.isValid() ? QStringLiteral("eliminated")
                                                     : QStringLiteral("monitored");
        return m_fix->insert(
            QStringLiteral("INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery,"
                           " state, state_date, entered_on, eliminated_on)"
                           " VALUES (?, 'marginal_at_risk', '2024-12-01', 'self_report', ?, ?, ?, ?)"),
            {householdId, state, sqlDate(eliminated.isValid() ? eliminated : QDate(2024, 12, 1)),
             sqlDate(entered), sqlDate(eliminated)});
    }
    // A person's enrolment in a scheme from `from` (`to`: the first day no longer enrolled, when valid).
    qint64 enrol(qint64 personId, const QString& scheme, QDate from, QDate to = {})
    {
        return m_fix->insert(QStringLiteral("INSERT INTO safety_net_enrolments (person_id, scheme, amount,"
                                            " valid_from, valid_to) VALUES (?, ?, 60000, ?, ?)"),
                             {personId, scheme, sqlDate(from), sqlDate(to)});
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    // Monitored on D when entered_on <= D < eliminated_on: a target from the day of entry, not from the
    // day of elimination on; a case still under review is not one.
    void monitoredHouseholdFromEntryUntilElimination()
    {
        const qint64 monitored = m_fix->household(QStringLiteral("H1"), true, nullptr);
        const qint64 underReview = m_fix->household(QStringLiteral("H2"), true, nullptr);
        const qint64 caseId = monitoring(monitored, QDate(2025, 2, 10), QDate(2025, 4, 15));
        monitoring(underReview, QDate());

        QVERIFY(targetsOf(db(), monitored, QDate(2025, 1, 1), QDate(2025, 2, 9)).isEmpty());
        const auto february = targetsOf(db(), monitored, QDate(2025, 2, 1), QDate(2025, 2, 28));
        QCOMPARE(february.size(), 1);
        QCOMPARE(february.first().from, QDate(2025, 2, 10));
        QCOMPARE(february.first().until, QDate(2025, 4, 14));
        QCOMPARE(february.first().monitoringCaseId, caseId);
        QCOMPARE(february.first().personId, qint64(0));
        QCOMPARE(targetsOf(db(), monitored, QDate(2025, 4, 14), QDate(2025, 4, 14)).size(), 1);
        QVERIFY(targetsOf(db(), monitored, QDate(2025, 4, 15), QDate(2025, 5, 31)).isEmpty());
        QVERIFY(targetsOf(db(), underReview, QDate(2024, 1, 1), QDate(2025, 12, 31)).isEmpty());

        // A household that moved away is no longer visited.
        m_fix->insert(QStringLiteral("UPDATE households SET state = 'moved_away' WHERE id = ?"), {monitored});
        QVERIFY(targetsOf(db(), monitored, QDate(2025, 2, 1), QDate(2025, 2, 28)).isEmpty());
    }

    // A member enrolled in 低保 or 特困供养 makes the household a target while enrolled; other schemes do
    // not, unless the income settings' 应兜尽兜 schemes name them; a member no longer active does not.
    void safetyNetHouseholdWhileEnrolled()
    {
        qint64 poor = 0, disabled = 0, gone = 0, supported = 0;
        const qint64 h1 = m_fix->household(QStringLiteral("H1"), true, &poor);
        const qint64 h2 = m_fix->household(QStringLiteral("H2"), true, &disabled);
        const qint64 h3 = m_fix->household(QStringLiteral("H3"), true, &gone);
        const qint64 h4 = m_fix->household(QStringLiteral("H4"), true, &supported);
        const qint64 enrolment = enrol(poor, QStringLiteral("dibao"), QDate(2025, 3, 1), QDate(2025, 6, 1));
        enrol(disabled, QStringLiteral("disability_subsidy"), QDate(2025, 1, 1));
        enrol(gone, QStringLiteral("dibao"), QDate(2025, 1, 1));
        enrol(supported, QStringLiteral("tekun"), QDate(2025, 1, 1));
        m_fix->insert(QStringLiteral("UPDATE persons SET state = 'deceased' WHERE id = ?"), {gone});

        QVERIFY(targetsOf(db(), h1, QDate(2025, 1, 1), QDate(2025, 2, 28)).isEmpty());
        const auto enrolled = targetsOf(db(), h1, QDate(2025, 3, 1), QDate(2025, 3, 31));
        QCOMPARE(enrolled.size(), 1);
        QCOMPARE(enrolled.first().safetyNetEnrolmentId, enrolment);
        QCOMPARE(enrolled.first().from, QDate(2025, 3, 1));
        QCOMPARE(enrolled.first().until, QDate(2025, 5, 31));
        QVERIFY(targetsOf(db(), h1, QDate(2025, 6, 1), QDate(2025, 6, 30)).isEmpty());
        QVERIFY(targetsOf(db(), h2, QDate(2025, 3, 1), QDate(2025, 3, 31)).isEmpty());
        QVERIFY(targetsOf(db(), h3, QDate(2025, 3, 1), QDate(2025, 3, 31)).isEmpty());
        QCOMPARE(targetsOf(db(), h4, QDate(2025, 3, 1), QDate(2025, 3, 31)).size(), 1);

        // The office's 应兜尽兜 schemes (safetynet.finding_schemes) decide which enrolments count.
        QVERIFY(db().setSetting(QStringLiteral("safetynet.finding_schemes"),
                                QStringLiteral("disability_subsidy")));
        QVERIFY(targetsOf(db(), h1, QDate(2025, 3, 1), QDate(2025, 3, 31)).isEmpty());
        QCOMPARE(targetsOf(db(), h2, QDate(2025, 3, 1), QDate(2025, 3, 31)).size(), 1);
    }

    // Both sources are on by default; the setting turns each off.
    void sourcesFollowTheSetting()
    {
        qint64 poor = 0;
        const qint64 monitored = m_fix->household(QStringLiteral("H1"), true, nullptr);
        const qint64 enrolled = m_fix->household(QStringLiteral("H2"), true, &poor);
        monitoring(monitored, QDate(2025, 1, 1));
        enrol(poor, QStringLiteral("dibao"), QDate(2025, 1, 1));
        const QDate from(2025, 3, 1), to(2025, 3, 31);
        QCOMPARE(targetsOf(db(), monitored, from, to).size(), 1);
        QCOMPARE(targetsOf(db(), enrolled, from, to).size(), 1);

        // The building map stars them as difficult families.
        const auto starred = [&](qint64 householdId) {
            const auto plan = GridPlanQuery(db()).plan(m_fix->gridId, QDate(2025, 3, 15));
            if (!plan.ok())
                qFatal("plan: %s", qPrintable(plan.summary()));
            for (const PlanCell& c : plan.value().cells)
                if (c.row.householdId == householdId)
                    return c.difficultFamily && c.mustVisit();
            return false;
        };
        QVERIFY(starred(monitored));
        QVERIFY(starred(enrolled));

        const QString key = QStringLiteral("grids.difficult_family_sources");
        QVERIFY(db().setSetting(key, QStringLiteral("mark")));
        QVERIFY(targetsOf(db(), monitored, from, to).isEmpty());
        QVERIFY(targetsOf(db(), enrolled, from, to).isEmpty());
        QVERIFY(!starred(monitored));
        QVERIFY(!starred(enrolled));
        QVERIFY(db().setSetting(key, QStringLiteral("monitoring")));
        QCOMPARE(targetsOf(db(), monitored, from, to).size(), 1);
        QVERIFY(targetsOf(db(), enrolled, from, to).isEmpty());
        QVERIFY(db().setSetting(key, QStringLiteral("mark,safety_net")));
        QVERIFY(targetsOf(db(), monitored, from, to).isEmpty());
        QCOMPARE(targetsOf(db(), enrolled, from, to).size(), 1);
    }

    // A household is one difficult family however many sources: sources that overlap or meet are one
    // target from the earliest; a source that begins after a gap is a target of its own.
    void oneTargetPerSpell()
    {
        qint64 member = 0;
        const qint64 h = m_fix->household(QStringLiteral("H1"), true, &member);
        const qint64 caseId = monitoring(h, QDate(2024, 1, 1), QDate(2024, 6, 1));
        // Marked from 1 May to 30 June: joins the monitoring and carries the spell to the end of June.
        m_fix->insert(QStringLiteral("INSERT INTO household_care_marks (household_id, mark, valid_from,"
                                     " valid_to, reason) VALUES (?, 'difficult_family', '2024-05-01',"
                                     " '2024-07-01', '因病')"),
                      {h});
        // In 低保 from September, after two months as no difficult family.
        const qint64 enrolment = enrol(member, QStringLiteral("dibao"), QDate(2024, 9, 1));
        const auto targets = targetsOf(db(), h, QDate(2024, 1, 1), QDate(2025, 1, 31));
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets[0].monitoringCaseId, caseId);
        QCOMPARE(targets[0].from, QDate(2024, 1, 1));
        QCOMPARE(targets[0].until, QDate(2024, 6, 30));
        QCOMPARE(targets[1].safetyNetEnrolmentId, enrolment);
        QCOMPARE(targets[1].from, QDate(2024, 9, 1));
        QVERIFY(!targets[1].until.isValid());
        // Nothing to visit in July and August.
        QVERIFY(targetsOf(db(), h, QDate(2024, 7, 1), QDate(2024, 8, 31)).isEmpty());
    }

    // The plan makes one task per window for a family with neither a care category nor a mark behind it,
    // and a second run, or a source recorded later with an earlier first day, makes none.
    void planOneTaskPerWindow()
    {
        qint64 member = 0;
        const qint64 monitored = m_fix->household(QStringLiteral("H1"), true, nullptr);
        const qint64 both = m_fix->household(QStringLiteral("H2"), true, &member);
        monitoring(monitored, QDate(2025, 3, 10));
        monitoring(both, QDate(2025, 2, 1));
        enrol(member, QStringLiteral("tekun"), QDate(2025, 1, 15));

        VisitService service(db());
        const auto made = service.planMonth(QDate(2025, 3, 1), Today);
        QVERIFY2(made.ok(), qPrintable(made.summary()));
        QCOMPARE(made.value(), 2);
        const auto first = familyTasks(db(), monitored);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().window, (VisitWindow{QDate(2025, 3, 10), QDate(2025, 3, 31)}));
        QCOMPARE(first.first().personId, qint64(0));
        QCOMPARE(first.first().careCategoryId, qint64(0));
        QCOMPARE(first.first().careMarkId, qint64(0));
        QCOMPARE(first.first().assigneeStaffId, m_fix->workerId);
        QCOMPARE(familyTasks(db(), both).size(), 1);
        QCOMPARE(familyTasks(db(), both).first().window,
                 (VisitWindow{QDate(2025, 3, 1), QDate(2025, 3, 31)}));

        QCOMPARE(service.planMonth(QDate(2025, 3, 1), Today).value(), 0);
        // Marked by hand from 2 March, recorded after the plan: the family's March visit is still one task.
        m_fix->difficultMark(monitored, QDate(2025, 3, 2));
        QCOMPARE(service.planMonth(QDate(2025, 3, 1), Today).value(), 0);
        QCOMPARE(familyTasks(db(), monitored).size(), 1);
        // April: one more each.
        QCOMPARE(service.planMonth(QDate(2025, 4, 1), Today).value(), 2);
        QCOMPARE(familyTasks(db(), monitored).size(), 2);
    }

    // A monitored household not visited in its last ended window is a grid finding; a visit in it answers.
    void notVisitedFinding()
    {
        const qint64 monitored = m_fix->household(QStringLiteral("H1"), true, nullptr);
        monitoring(monitored, QDate(2025, 2, 10));
        const auto notVisited = [&]() {
            QList<Finding> found;
            const auto all = GridFindings(db()).on(Today);
            if (!all.ok())
                qFatal("findings: %s", qPrintable(all.summary()));
            for (const Finding& f : all.value())
                if (f.kind == FindingKind::NotVisited && f.householdId == monitored)
                    found.append(f);
            return found;
        };
        const auto before = notVisited();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().since, QDate(2025, 3, 31));
        QCOMPARE(before.first().personId, qint64(0));

        Visit v;
        v.householdId = monitored;
        v.visitorKind = VisitorKind::Staff;
        v.visitorStaffId = m_fix->workerId;
        v.date = QDate(2025, 3, 20);
        v.findings = QStringLiteral("收入稳定");
        QVERIFY(VisitService(db()).recordVisit(v, Today).ok());
        QVERIFY(notVisited().isEmpty());

        // Every 14 days from 10 February: the window 24 March to 6 April had no visit after the 20th ...
        QVERIFY(db().setSetting(QStringLiteral("grids.must_visit.difficult_family"), QStringLiteral("14d")));
        QCOMPARE(notVisited().size(), 1);
        QCOMPARE(notVisited().first().since, QDate(2025, 4, 6));
        // ... and is no finding when the office leaves monitoring households out.
        QVERIFY(db().setSetting(QStringLiteral("grids.difficult_family_sources"), QStringLiteral("mark")));
        QVERIFY(notVisited().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisitSources)
#include "tst_visitsources.moc"

// The three checks of issue 19 that name people (应培尽培, public posts to weak labour first, idle labour)
// against hand-built rows on both engines, on 31 October 2026 with the default settings (90 days, 3 months):
// a training wish exactly 90 days old is a finding and one a day younger is not; a course enrolled in
// before the wish does not meet it; a wish closed on the day is no longer open; a weak-labour waiter with
// an absence reason does not wait; a job ended on the first day of the window's start (last worked exactly
// three months before) leaves its holder idle, one ended a day later does not; a job ended the day it began
// held on no day; in school, an absence reason, 61 years or no labour capacity are not idle; the pairing
// cadre is named; a site's user sees their site only; a role without ReadWork is refused.
#include "Refusal.h"
#include "TestDatabase.h"
#include "WorkFixtures.h"

#include "work/WorkFindings.h"

#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::work;

namespace {

const QDate Day(2026, 10, 31);

} // namespace

class TestWorkFindings : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_siteB = 0;
    qint64 m_waiter = 0;

    WorkFindingsList findings(qint64 siteId = 0)
    {
        const auto found = WorkFindings(m_test->db()).forDay(Day, siteId);
        if (!found)
            qFatal("findings: %s", qPrintable(found.summary()));
        return found.value();
    }

    template <typename T> static QStringList names(const QList<T>& list)
    {
        QStringList names;
        for (const T& f : list)
            names << f.person.name;
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestDatabase>();
        WorkFixtures w(*m_test);
        using D = QDate;
        m_siteB = w.site(QStringLiteral("430524002"), QStringLiteral("第二安置点"));
        // 应培尽培: the wishers are 76, so not in the labour force (and never idle).
        const D old(1950, 1, 1);
        const qint64 t1 = w.person(QStringLiteral("培甲"), old, "ordinary");
        w.wish(t1, "training", Day.addDays(-90), {}, QStringLiteral("电工")); // exactly 90 days: a finding
        const qint64 t2 = w.person(QStringLiteral("培乙"), old, "ordinary");
        w.wish(t2, "training", Day.addDays(-89)); // a day younger
        const qint64 t3 = w.person(QStringLiteral("培丙"), old, "ordinary");
        w.wish(t3, "training", D(2026, 5, 1));
        w.attend(w.course(0, D(2026, 6, 1), D(2026, 6, 30)), t3, D(2026, 6, 1)); // offered a course since
        const qint64 t4 = w.person(QStringLiteral("培丁"), old, "ordinary");
        w.wish(t4, "training", D(2026, 5, 1));
        w.attend(w.course(0, D(2026, 4, 1), D(2026, 4, 30)), t4, D(2026, 4, 1)); // before the wish: unmet
        const qint64 t5 = w.person(QStringLiteral("培戊"), old, "ordinary");
        w.wish(t5, "training", D(2026, 5, 1), Day); // closed on the day
        const qint64 t6 = w.person(QStringLiteral("培己"), old, "ordinary", m_siteB);
        w.wish(t6, "training", D(2026, 5, 1), Day.addDays(1)); // closed the day after: open on the day
        const qint64 t7 = w.person(QStringLiteral("培庚"), old, "ordinary", 0, "moved_away", D(2026, 10, 1));
        w.wish(t7, "training", D(2026, 5, 1));

        // 公益岗位: a site-A post held by an ordinary-labour holder, another by a weak one; site B's by an
        // ordinary one with nobody waiting at site B. At site A the weak 岗甲 waits; 岗乙 has a reason;
        // 岗丙 works; 岗丁 has no open employment wish (closed on the day).
        const D adult(1980, 1, 1);
        const qint64 postA = w.post(0, QStringLiteral("保洁岗"));
        const qint64 holder = w.person(QStringLiteral("岗主"), adult, "ordinary");
        w.job(holder, "public_post", D(2026, 1, 1), {}, postA);
        const qint64 weakHolder = w.person(QStringLiteral("岗弱"), adult, "weak");
        w.job(weakHolder, "public_post", D(2026, 1, 1), {}, postA);
        const qint64 postB = w.post(m_siteB, QStringLiteral("护林岗"));
        const qint64 holderB = w.person(QStringLiteral("岗乙点"), adult, "skilled", m_siteB);
        w.job(holderB, "public_post", D(2026, 1, 1), {}, postB);
        m_waiter = w.person(QStringLiteral("岗甲"), adult, "weak");
        w.wish(m_waiter, "employment", D(2026, 9, 1));
        w.wish(m_waiter, "employment", D(2026, 10, 1)); // two open wishes: listed once
        const qint64 excused = w.person(QStringLiteral("岗乙"), adult, "weak");
        w.wish(excused, "employment", D(2026, 9, 1));
        w.absence(excused, "ill", D(2026, 9, 1));
        const qint64 working = w.person(QStringLiteral("岗丙"), adult, "weak");
        w.wish(working, "employment", D(2026, 9, 1));
        w.job(working, "flexible", D(2026, 10, 1));
        const qint64 withdrawn = w.person(QStringLiteral("岗丁"), adult, "weak");
        w.wish(withdrawn, "employment", D(2026, 9, 1), Day);
        w.absence(withdrawn, "caring", D(2026, 1, 1)); // not idle either

        // Idle: the window is (31 July, 31 October]. 闲甲 last worked on 31 July (job ended 1 August): idle.
        const qint64 i1 = w.person(QStringLiteral("闲甲"), adult, "ordinary");
        w.job(i1, "flexible", D(2026, 2, 1), D(2026, 8, 1));
        const qint64 i2 = w.person(QStringLiteral("闲乙"), adult, "ordinary"); // worked on 1 August
        w.job(i2, "flexible", D(2026, 2, 1), D(2026, 8, 2));
        w.person(QStringLiteral("闲丙"), D(2005, 1, 1), "ordinary", 0, "active", {}, true); // in school
        const qint64 i4 = w.person(QStringLiteral("闲丁"), adult, "ordinary");
        w.absence(i4, "caring", D(2026, 1, 1));
        const qint64 i5 = w.person(QStringLiteral("闲戊"), adult, "skilled"); // the reason ended on the day
        w.absence(i5, "ill", D(2026, 1, 1), Day);
        w.person(QStringLiteral("闲己"), D(1965, 10, 20), "ordinary"); // 61 on 20 October
        w.person(QStringLiteral("闲庚"), adult, "lost");
        qint64 paired = 0;
        w.person(QStringLiteral("闲辛"), adult, "weak", m_siteB, "active", {}, false, 0, &paired);
        w.insert(QStringLiteral(
                     "INSERT INTO pairings (household_id, partner_kind, cadre_name, work_unit, valid_from)"
                     " VALUES (?, 'cadre', '帮扶干部王', '县农业局', '2026-01-01')"),
                 {paired});
        w.insert(QStringLiteral(
                     "INSERT INTO pairings (household_id, partner_kind, cadre_name, valid_from, valid_to)"
                     " VALUES (?, 'cadre', '前任李', '2025-01-01', '2026-01-01')"),
                 {paired});                                                    // ended: not named
        const qint64 i9 = w.person(QStringLiteral("闲壬"), adult, "ordinary"); // a job of no day
        w.job(i9, "flexible", D(2026, 9, 1), D(2026, 9, 1));
        const qint64 i10 =
            w.person(QStringLiteral("闲癸"), adult, "ordinary", 0, "moved_away", D(2026, 10, 30));
        Q_UNUSED(i10);
    }

    void trainingWishes()
    {
        const WorkFindingsList list = findings();
        QCOMPARE(names(list.trainingWishes),
                 (QStringList{QStringLiteral("培丁"), QStringLiteral("培己"), QStringLiteral("培甲")}));
        for (const TrainingWishFinding& f : list.trainingWishes) {
            if (f.person.name != QStringLiteral("培甲"))
                continue;
            QCOMPARE(f.daysWaiting, 90);
            QCOMPARE(f.trade, QStringLiteral("电工"));
            QVERIFY(f.detail.contains(QLatin1String("90")));
            QVERIFY(!f.person.householdNumber.isEmpty());
            QVERIFY(!f.person.siteName.isEmpty());
        }
    }

    void postsGoToWeakLabourFirst()
    {
        const WorkFindingsList list = findings();
        QCOMPARE(list.posts.size(), 1);
        const PostPriorityFinding& f = list.posts.constFirst();
        QCOMPARE(f.holder.name, QStringLiteral("岗主"));
        QCOMPARE(f.postName, QStringLiteral("保洁岗"));
        QCOMPARE(f.postKind, QStringLiteral("cleaning_greening"));
        QCOMPARE(f.siteId, m_test->siteId());
        QCOMPARE(f.waiting.size(), 1);
        QCOMPARE(f.waiting.constFirst().name, QStringLiteral("岗甲"));
        QCOMPARE(f.waiting.constFirst().personId, m_waiter);
        QVERIFY(f.detail.contains(QStringLiteral("岗甲")));
    }

    void idleLabour()
    {
        const WorkFindingsList list = findings();
        // 岗甲 waits for a post with no job and no reason: idle too.
        QCOMPARE(names(list.idle),
                 (QStringList{QStringLiteral("岗甲"), QStringLiteral("闲壬"), QStringLiteral("闲戊"),
                              QStringLiteral("闲甲"), QStringLiteral("闲辛")}));
        for (const IdleFinding& f : list.idle) {
            if (f.person.name == QStringLiteral("闲甲"))
                QCOMPARE(f.lastJobEnded, QDate(2026, 8, 1));
            if (f.person.name == QStringLiteral("闲辛")) {
                QCOMPARE(f.cadres, (QStringList{QStringLiteral("帮扶干部王 (县农业局)")}));
                QVERIFY(f.detail.contains(QStringLiteral("帮扶干部王")));
            } else {
                QVERIFY(f.cadres.isEmpty());
            }
        }
    }

    // The settings move the edges: with 4 idle months the window is (30 June, 31 October], in which 闲甲
    // worked; with 89 days 培乙's wish is old enough.
    void settingsChangeTheWindows()
    {
        WorkSettings settings = WorkSettings::load(m_test->db());
        settings.idleMonths = 4;
        settings.trainingWishDays = 89;
        const auto found = WorkFindings(m_test->db(), settings).forDay(Day);
        QVERIFY(found);
        QVERIFY(!names(found.value().idle).contains(QStringLiteral("闲甲")));
        QVERIFY(names(found.value().trainingWishes).contains(QStringLiteral("培乙")));
    }

    void siteScope()
    {
        const WorkFindingsList siteB = findings(m_siteB);
        QCOMPARE(names(siteB.trainingWishes), QStringList{QStringLiteral("培己")});
        QVERIFY(siteB.posts.isEmpty());
        QCOMPARE(names(siteB.idle), QStringList{QStringLiteral("闲辛")});
        // A clerk of site B sees site B's alone, and may not ask for another.
        m_test->logInAs(Role::Clerk, {m_siteB});
        const auto scoped = WorkFindings(m_test->db()).forDay(Day);
        QVERIFY2(scoped, qPrintable(scoped.summary()));
        QCOMPARE(names(scoped.value().idle), QStringList{QStringLiteral("闲辛")});
        QCOMPARE(names(scoped.value().trainingWishes), QStringList{QStringLiteral("培己")});
        QVERIFY(scoped.value().posts.isEmpty());
        QVERIFY(!WorkFindings(m_test->db()).forDay(Day, m_test->siteId()).ok());
        m_test->logInAs(Role::Admin);
    }

    void readWorkRequired()
    {
        m_test->logInAs(Role::Secretary);
        QVERIFY(!WorkFindings(m_test->db()).forDay(Day).ok());
        m_test->logInAs(Role::Admin);
        QVERIFY_REFUSED(WorkFindings(m_test->db()).forDay(QDate()), QStringLiteral("day"));
    }
};

QTEST_GUILESS_MAIN(TestWorkFindings)
#include "tst_workfindings.moc"

// Visit windows (四必访 frequencies, 三必到 days) and the visit rules as settings: dates worked out by hand
// across month ends, leap days and year ends.
#include "database/Database.h"
#include "grids/VisitRules.h"
#include "grids/VisitWindow.h"

#include "TestDatabase.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;
using anju::test::TestDatabase;

Q_DECLARE_METATYPE(anju::grids::VisitWindow)

namespace {

const VisitFrequency Monthly{VisitFrequency::Unit::Months, 1};
const VisitFrequency Quarterly{VisitFrequency::Unit::Months, 3};
const VisitFrequency Weekly{VisitFrequency::Unit::Days, 7};

VisitWindow w(QDate from, QDate to)
{
    return {from, to};
}

} // namespace

class TestVisitRules : public QObject
{
    Q_OBJECT

private slots:
    void frequencyTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("monthly") << "1m" << true << "1m";
        QTest::newRow("upper case, spaces") << " 3M " << true << "3m";
        QTest::newRow("fortnight") << "14d" << true << "14d";
        QTest::newRow("a year of days") << "366d" << true << "366d";
        QTest::newRow("zero") << "0m" << false << "";
        QTest::newRow("13 months") << "13m" << false << "";
        QTest::newRow("367 days") << "367d" << false << "";
        QTest::newRow("no unit") << "7" << false << "";
        QTest::newRow("weeks are not a unit") << "2w" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("negative") << "-1d" << false << "";
    }
    void frequencyTexts()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto f = VisitFrequency::parse(text);
        QCOMPARE(f.has_value(), valid);
        if (f)
            QCOMPARE(f->text(), normalised);
    }

    void regularWindow_data()
    {
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<VisitWindow>("expected");
        // The first monthly window starts on the anchor, not on the 1st: nobody owed a visit before.
        QTest::newRow("first month from the anchor")
            << QDate(2025, 1, 20) << "1m" << QDate(2025, 1, 25) << w(QDate(2025, 1, 20), QDate(2025, 1, 31));
        QTest::newRow("on the anchor")
            << QDate(2025, 1, 20) << "1m" << QDate(2025, 1, 20) << w(QDate(2025, 1, 20), QDate(2025, 1, 31));
        QTest::newRow("February of a leap year")
            << QDate(2024, 1, 20) << "1m" << QDate(2024, 2, 10) << w(QDate(2024, 2, 1), QDate(2024, 2, 29));
        QTest::newRow("February of a common year")
            << QDate(2025, 1, 31) << "1m" << QDate(2025, 2, 28) << w(QDate(2025, 2, 1), QDate(2025, 2, 28));
        QTest::newRow("31st to 1st: the next month")
            << QDate(2025, 1, 31) << "1m" << QDate(2025, 3, 1) << w(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QTest::newRow("across the year end")
            << QDate(2024, 11, 5) << "1m" << QDate(2025, 1, 1) << w(QDate(2025, 1, 1), QDate(2025, 1, 31));
        // Quarterly windows count from the anchor's month: November, February, May…
        QTest::newRow("quarter from November") << QDate(2024, 11, 15) << "3m" << QDate(2025, 1, 31)
                                               << w(QDate(2024, 11, 15), QDate(2025, 1, 31));
        QTest::newRow("second quarter holds 29 February")
            << QDate(2023, 12, 1) << "3m" << QDate(2024, 3, 1) << w(QDate(2024, 3, 1), QDate(2024, 5, 31));
        QTest::newRow("quarter ending in a leap February")
            << QDate(2023, 12, 10) << "3m" << QDate(2024, 2, 29)
            << w(QDate(2023, 12, 10), QDate(2024, 2, 29));
        // Day windows run by plain day counting over month ends and 29 February.
        QTest::newRow("week from the anchor")
            << QDate(2024, 2, 26) << "7d" << QDate(2024, 2, 26) << w(QDate(2024, 2, 26), QDate(2024, 3, 3));
        QTest::newRow("week over 29 February")
            << QDate(2024, 2, 26) << "7d" << QDate(2024, 2, 29) << w(QDate(2024, 2, 26), QDate(2024, 3, 3));
        QTest::newRow("second week") << QDate(2024, 2, 26) << "7d" << QDate(2024, 3, 4)
                                     << w(QDate(2024, 3, 4), QDate(2024, 3, 10));
        // Without a 29 February the same week ends a day later, on 4 March.
        QTest::newRow("week in a common year")
            << QDate(2025, 2, 26) << "7d" << QDate(2025, 3, 4) << w(QDate(2025, 2, 26), QDate(2025, 3, 4));
        QTest::newRow("second week in a common year")
            << QDate(2025, 2, 26) << "7d" << QDate(2025, 3, 5) << w(QDate(2025, 3, 5), QDate(2025, 3, 11));
        QTest::newRow("30 days over the year end") << QDate(2024, 12, 15) << "30d" << QDate(2025, 1, 14)
                                                   << w(QDate(2025, 1, 14), QDate(2025, 2, 12));
        QTest::newRow("before the anchor: none")
            << QDate(2025, 1, 20) << "1m" << QDate(2025, 1, 19) << VisitWindow{};
    }
    void regularWindow()
    {
        QFETCH(QDate, anchor);
        QFETCH(QString, frequency);
        QFETCH(QDate, day);
        QFETCH(VisitWindow, expected);
        const VisitWindow got = VisitWindow::regular(anchor, *VisitFrequency::parse(frequency), day);
        QCOMPARE(got.dueFrom, expected.dueFrom);
        QCOMPARE(got.overdueAfter, expected.overdueAfter);
        QCOMPARE(got.isValid(), expected.isValid());
        if (got.isValid())
            QVERIFY(got.contains(day));
    }

    // A month's plan holds the windows that must be done by the month's end: each window once.
    void monthPlanHoldsEachWindowOnce()
    {
        const QDate march1(2024, 3, 1), march31(2024, 3, 31);
        QCOMPARE(VisitWindow::regularDueIn(QDate(2023, 6, 9), {}, Monthly, march1, march31),
                 (QList<VisitWindow>{w(march1, march31)}));
        // Weekly from 26 February 2024: weeks ending 3, 10, 17, 24, 31 March.
        const auto weeks = VisitWindow::regularDueIn(QDate(2024, 2, 26), {}, Weekly, march1, march31);
        QCOMPARE(weeks.size(), 5);
        QCOMPARE(weeks.first(), w(QDate(2024, 2, 26), QDate(2024, 3, 3)));
        QCOMPARE(weeks.last(), w(QDate(2024, 3, 25), QDate(2024, 3, 31)));
        // February's plan does not hold the week that ends on 3 March.
        const auto feb =
            VisitWindow::regularDueIn(QDate(2024, 2, 26), {}, Weekly, QDate(2024, 2, 1), QDate(2024, 2, 29));
        QVERIFY(feb.isEmpty());
        // A quarter from November is due in January, April…; not in February or March.
        QCOMPARE(VisitWindow::regularDueIn(QDate(2024, 11, 15), {}, Quarterly, QDate(2025, 1, 1),
                                           QDate(2025, 1, 31))
                     .size(),
                 1);
        QVERIFY(VisitWindow::regularDueIn(QDate(2024, 11, 15), {}, Quarterly, QDate(2025, 2, 1),
                                          QDate(2025, 3, 31))
                    .isEmpty());
    }

    void targetEndStopsNewWindows()
    {
        // Hospitalised 26 February to 5 March 2024, weekly: the week from 4 March began in the stay and is
        // kept whole; none begins after the discharge.
        const auto weeks = VisitWindow::regularDueIn(QDate(2024, 2, 26), QDate(2024, 3, 5), Weekly,
                                                     QDate(2024, 2, 1), QDate(2024, 4, 30));
        QCOMPARE(weeks, (QList<VisitWindow>{w(QDate(2024, 2, 26), QDate(2024, 3, 3)),
                                            w(QDate(2024, 3, 4), QDate(2024, 3, 10))}));
        // A target that ended before the month owes nothing in it.
        QVERIFY(VisitWindow::regularDueIn(QDate(2024, 1, 1), QDate(2024, 2, 10), Monthly, QDate(2024, 3, 1),
                                          QDate(2024, 3, 31))
                    .isEmpty());
        // A target from after the month owes nothing in it either.
        QVERIFY(
            VisitWindow::regularDueIn(QDate(2024, 4, 2), {}, Monthly, QDate(2024, 3, 1), QDate(2024, 3, 31))
                .isEmpty());
    }

    void mustAttendWindow()
    {
        QCOMPARE(VisitWindow::mustAttend(QDate(2024, 2, 28), 1), w(QDate(2024, 2, 28), QDate(2024, 2, 29)));
        QCOMPARE(VisitWindow::mustAttend(QDate(2025, 2, 28), 1), w(QDate(2025, 2, 28), QDate(2025, 3, 1)));
        QCOMPARE(VisitWindow::mustAttend(QDate(2025, 12, 30), 3), w(QDate(2025, 12, 30), QDate(2026, 1, 2)));
        QCOMPARE(VisitWindow::mustAttend(QDate(2025, 5, 6), 0), w(QDate(2025, 5, 6), QDate(2025, 5, 6)));
        QVERIFY(!VisitWindow::mustAttend(QDate(2025, 5, 6), -1).isValid());
    }

    void dueStates()
    {
        const VisitWindow window = w(QDate(2025, 1, 31), QDate(2025, 2, 28));
        QCOMPARE(window.dueAt(QDate(2025, 1, 30)), VisitDue::NotYetDue);
        QCOMPARE(window.dueAt(QDate(2025, 1, 31)), VisitDue::Due);
        QCOMPARE(window.dueAt(QDate(2025, 2, 28)), VisitDue::Due);
        QCOMPARE(window.dueAt(QDate(2025, 3, 1)), VisitDue::Overdue);
        QCOMPARE(window.dueAt(QDate(2025, 3, 1), QDate(2025, 2, 3)), VisitDue::Done);
        // Done late is done: the visit answered the task (the plan counts it as done, and late).
        QCOMPARE(window.dueAt(QDate(2025, 4, 1), QDate(2025, 3, 20)), VisitDue::Done);
    }

    void defaultsAndCaseDeadlines()
    {
        const VisitRules r = VisitRules::defaults();
        QCOMPARE(r.frequencyFor(VisitTargetKind::ElderlyAlone), Monthly);
        QCOMPARE(r.frequencyFor(VisitTargetKind::Hospitalised), Weekly);
        QCOMPARE(r.daysToAttend(AttendTrigger::Emergency), 1);
        QCOMPARE(r.daysToAttend(AttendTrigger::FamilyDispute), 3);
        QCOMPARE(r.caseDeadline(CaseKind::Stability, QDate(2024, 2, 27)), QDate(2024, 3, 1));
        QCOMPARE(r.caseDeadline(CaseKind::DisputeMediation, QDate(2024, 12, 20)), QDate(2025, 1, 4));
        QVERIFY(r.difficultFamilyCareCategories().isEmpty());
        // 困难家庭 by default: marked by hand, monitored (监测户), in the safety net (兜底保障户).
        QVERIFY(r.marksMakeDifficultFamilies());
        QVERIFY(r.monitoringMakesDifficultFamilies());
        QVERIFY(r.safetyNetMakesDifficultFamilies());
        QCOMPARE(r.escalation.toLeader, 0);
        QCOMPARE(r.escalation.toManager, 7);
    }

    // The settings table overrides each default; a malformed value falls back to the default.
    void loadsFromSettings()
    {
        TestDatabase t;
        Database& db = t.db();
        QVERIFY(db.setSetting(QStringLiteral("grids.must_visit.elderly_alone"), QStringLiteral("14d")));
        QVERIFY(db.setSetting(QStringLiteral("grids.must_visit.hospitalised"), QStringLiteral("weekly")));
        QVERIFY(db.setSetting(QStringLiteral("grids.must_attend_days.discontent"), QStringLiteral("5")));
        QVERIFY(db.setSetting(QStringLiteral("grids.must_attend_days.emergency"), QStringLiteral("-2")));
        QVERIFY(
            db.setSetting(QStringLiteral("grids.case_deadline_days.service_request"), QStringLiteral("10")));
        QVERIFY(db.setSetting(QStringLiteral("grids.case_deadline_days.stability"), QStringLiteral("0")));
        QVERIFY(db.setSetting(QStringLiteral("grids.difficult_family_sources"),
                              QStringLiteral("care:seriously_ill, monitoring")));
        QVERIFY(db.setSetting(QStringLiteral("grids.no_contact_days"), QStringLiteral("90")));
        QVERIFY(db.setSetting(QStringLiteral("grids.escalate_to_grid_leader_days"), QStringLiteral("2")));
        QVERIFY(db.setSetting(QStringLiteral("grids.escalate_to_manager_days"), QStringLiteral("x")));
        const VisitRules r = VisitRules::load(db);
        QCOMPARE(r.frequencyFor(VisitTargetKind::ElderlyAlone),
                 (VisitFrequency{VisitFrequency::Unit::Days, 14}));
        QCOMPARE(r.frequencyFor(VisitTargetKind::Hospitalised), Weekly); // "weekly" is not a frequency
        QCOMPARE(r.daysToAttend(AttendTrigger::Discontent), 5);
        QCOMPARE(r.daysToAttend(AttendTrigger::Emergency), 1);
        QCOMPARE(r.caseDeadlineDays.value(CaseKind::ServiceRequest), 10);
        QCOMPARE(r.caseDeadlineDays.value(CaseKind::Stability), 3); // a deadline of 0 days is no deadline
        // Monitored households and a care category are the sources; hand marks and the safety net are not.
        QCOMPARE(r.difficultFamilySources,
                 (QStringList{QStringLiteral("care:seriously_ill"), QStringLiteral("monitoring")}));
        QCOMPARE(r.difficultFamilyCareCategories(), QStringList{QStringLiteral("seriously_ill")});
        QVERIFY(!r.marksMakeDifficultFamilies());
        QVERIFY(r.monitoringMakesDifficultFamilies());
        QVERIFY(!r.safetyNetMakesDifficultFamilies());
        QCOMPARE(r.noContactDays, 90);
        QCOMPARE(r.escalation.toLeader, 2);
        QCOMPARE(r.escalation.toManager, 7);

        // save() writes what load() reads back.
        VisitRules changed = r;
        changed.escalation.toManager = 5;
        changed.frequency[VisitTargetKind::DifficultFamily] = Quarterly;
        QVERIFY(changed.save(db));
        const VisitRules again = VisitRules::load(db);
        QCOMPARE(again.escalation.toManager, 5);
        QCOMPARE(again.frequencyFor(VisitTargetKind::DifficultFamily), Quarterly);
        QCOMPARE(again.texts(), changed.texts());
    }
};

QTEST_GUILESS_MAIN(TestVisitRules)
#include "tst_visitrules.moc"

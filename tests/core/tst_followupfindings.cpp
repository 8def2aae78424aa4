// 应纳尽纳 and 应兜尽兜 against hand-built households, on both engines, as the shared definitions of issue 18
// say: each flag at its edge (equal to the line is not below, one fen under is; the drop with exactly and
// with too few months; a large expense one fen over), a flagged household not monitored is a finding, a
// decline after the month or a case in entry review is not, a decline before the month is; a weak-labour
// person of a monitored household not enrolled is a finding, an exempted one, one in 低保, one who moved
// away are not, one in 临时救助 only still is.
#include "Refusal.h"
#include "SafetyNetFixtures.h"
#include "TestDatabase.h"

#include "income/FollowUpFindings.h"
#include "income/IncomeFlags.h"
#include "income/SafetyNetService.h"
#include "registry/RegistryService.h"

#include <QTest>

#include <algorithm>

using namespace anju;
using namespace anju::test;
using namespace anju::income;

namespace {

const QDate May(2024, 5, 1);
const QDate AfterMay(2024, 7, 15); // the list asked later: May is a past month, judged on May 31
// 2021's line carries over: 6000 yuan = 600,000 fen per person per year = 50,000 fen a month for one.
const qint64 AtTheLine = 50000;

const LabourCapacity Ordinary = LabourCapacity::Ordinary;

} // namespace

class TestFollowUpFindings : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<SafetyNetFixtures> m_f;

    Database& db() { return m_test->db(); }

    FollowUpFindingsList findings(QDate month = May, QDate today = AfterMay)
    {
        const auto found = FollowUpFindings(db()).forMonth(month, 0, today);
        if (!found)
            qFatal("findings: %s", qPrintable(found.summary()));
        return found.value();
    }

    static QStringList intakeNumbers(const FollowUpFindingsList& list)
    {
        QStringList numbers;
        for (const IntakeFinding& f : list.intake)
            numbers << f.household.householdNumber;
        return numbers;
    }

    // In name order: the list is by household, then by the order the registry stored the members.
    static QStringList coverNames(const FollowUpFindingsList& list)
    {
        QStringList names;
        for (const CoverFinding& f : list.cover)
            names << f.personName;
        names.sort();
        return names;
    }

    qint64 one(const QString& name, LabourCapacity labour = Ordinary)
    {
        return m_f->household({{name, labour}});
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_f = std::make_unique<SafetyNetFixtures>(*m_test);
    }
    void cleanup()
    {
        m_f.reset();
        m_test.reset();
    }

    void eachFlagAtItsEdge()
    {
        const qint64 atLine = one(QStringLiteral("甲")); // H001
        m_f->check(atLine, May, AtTheLine);
        const qint64 fenUnder = one(QStringLiteral("乙")); // H002: 49,999 × 12 = 599,988 < 600,000
        m_f->check(fenUnder, May, AtTheLine - 1);
        // Two people, 100,001 fen: (100,001 × 12) / 2 = 600,006, not below.
        const qint64 twoAbove = one(QStringLiteral("丙")); // H003
        m_f->check(twoAbove, May, 100001, 2);
        // A large expense: 10,000 yuan is not over, one fen more is.
        const qint64 largeEqual = one(QStringLiteral("丁")); // H004
        m_f->check(largeEqual, May, 100000, 1, 1000000);
        const qint64 largeOver = one(QStringLiteral("戊")); // H005
        m_f->check(largeOver, May, 100000, 1, 1000001);
        // A drop: three months of 1,200,000 per capita (S = 3,600,000); 30% → the limit is 840,000 × 300 =
        // 252,000,000 = S × 70. 69,999 a month (839,988) drops, 70,000 (840,000) does not.
        const qint64 drops = one(QStringLiteral("己"));  // H006
        const qint64 noDrop = one(QStringLiteral("庚")); // H007
        const qint64 tooFew = one(QStringLiteral("辛")); // H008: two months only, a fall to 60,000 is no drop
        const qint64 olderOnes = one(QStringLiteral("壬")); // H009: three months among the last twelve
        for (int back = 1; back <= 3; ++back) {
            m_f->check(drops, May.addMonths(-back), 100000);
            m_f->check(noDrop, May.addMonths(-back), 100000);
            if (back <= 2)
                m_f->check(tooFew, May.addMonths(-back), 100000);
        }
        // Months 4, 7 and 12 before May (Jan 2024, Oct and May 2023) count; 13 before (Apr 2023) would not.
        m_f->check(olderOnes, May.addMonths(-4), 100000);
        m_f->check(olderOnes, May.addMonths(-7), 100000);
        m_f->check(olderOnes, May.addMonths(-12), 100000);
        m_f->check(drops, May, 69999);
        m_f->check(noDrop, May, 70000);
        m_f->check(tooFew, May, 60000);
        m_f->check(olderOnes, May, 69999);
        const qint64 twelveAgo = one(QStringLiteral("癸")); // H010: the 13th month back does not count
        m_f->check(twelveAgo, May.addMonths(-13), 100000);
        m_f->check(twelveAgo, May.addMonths(-4), 100000);
        m_f->check(twelveAgo, May.addMonths(-7), 100000);
        m_f->check(twelveAgo, May, 60000);

        const FollowUpFindingsList list = findings();
        QCOMPARE(intakeNumbers(list), (QStringList{QStringLiteral("H002"), QStringLiteral("H005"),
                                                   QStringLiteral("H006"), QStringLiteral("H009")}));
        QCOMPARE(list.intake.at(0).household.flags, int(FlagBelowLine));
        QCOMPARE(list.intake.at(0).household.perCapitaAnnual, Fen(599988));
        QCOMPARE(list.intake.at(0).household.headName, QStringLiteral("乙"));
        QCOMPARE(list.intake.at(1).household.flags, int(FlagLargeExpense));
        QCOMPARE(list.intake.at(2).household.flags, int(FlagDrop));
        QCOMPARE(list.intake.at(3).household.flags, int(FlagDrop));
        QVERIFY(!list.intake.at(0).todo.isEmpty());
        QVERIFY(list.intake.at(0).flagsText.contains(QStringLiteral("below the monitoring line")));
        QCOMPARE(list.month, May);
        QCOMPARE(list.asOf, QDate(2024, 5, 31));
    }

    // A household flagged in May that moved away in June is still named by its head on May's lists: its
    // head is no longer active, so a join on the active head named nobody; the kept head name does.
    void householdMovedAwaySinceKeepsItsName()
    {
        const qint64 gone = one(QStringLiteral("乙")); // H001, below the line in May
        m_f->check(gone, May, AtTheLine - 1);
        one(QStringLiteral("丙")); // H002, not checked in May
        const qint64 unchecked = one(QStringLiteral("丁"));
        const Outcome moved = registry::RegistryService(db()).moveHouseholdAway(gone, QDate(2024, 6, 10));
        QVERIFY2(moved, qPrintable(moved.summary()));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(unchecked, QDate(2024, 6, 10)));

        const FollowUpFindingsList list = findings();
        QCOMPARE(intakeNumbers(list), QStringList{QStringLiteral("H001")});
        QCOMPARE(list.intake.at(0).household.headName, QStringLiteral("乙"));
        const auto flagged = IncomeFlags(db()).flagged(May);
        QVERIFY2(flagged, qPrintable(flagged.summary()));
        QCOMPARE(flagged.value().size(), 1);
        QCOMPARE(flagged.value().at(0).headName, QStringLiteral("乙"));
        const auto missing = IncomeFlags(db()).missing(May);
        QVERIFY2(missing, qPrintable(missing.summary()));
        QStringList names;
        for (const MissingHousehold& m : missing.value())
            names << m.headName;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("丁"), QStringLiteral("丙")}));
    }

    void intakeLeavesOutWhatWasReviewedOrIsUnderWay()
    {
        const qint64 open = one(QStringLiteral("赵"));           // H001: flagged, no case
        const qint64 declinedAfter = one(QStringLiteral("钱"));  // H002: declined in June, after the month
        const qint64 inReview = one(QStringLiteral("孙"));       // H003: discovered May 20, still in review
        const qint64 declinedBefore = one(QStringLiteral("李")); // H004: declined in April, flagged again
        const qint64 monitored = one(QStringLiteral("周"));      // H005: monitored since January
        const qint64 eliminated =
            one(QStringLiteral("吴")); // H006: eliminated on May 31 → not monitored then
        const qint64 movedAway = one(QStringLiteral("郑")); // H007: moved away on May 31
        for (qint64 h : {open, declinedAfter, inReview, declinedBefore, monitored, eliminated, movedAway})
            m_f->check(h, May, 10000);
        m_f->monitoringCase(declinedAfter, QDate(2024, 5, 12), {}, QDate(2024, 6, 10));
        m_f->monitoringCase(inReview, QDate(2024, 5, 20), {});
        m_f->monitoringCase(declinedBefore, QDate(2024, 4, 2), {}, QDate(2024, 4, 20));
        m_f->monitoringCase(monitored, QDate(2024, 1, 2), QDate(2024, 1, 10));
        m_f->monitoringCase(eliminated, QDate(2023, 1, 2), QDate(2023, 1, 10), {}, QDate(2024, 5, 31));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(movedAway, QDate(2024, 5, 31)));

        QCOMPARE(intakeNumbers(findings()),
                 (QStringList{QStringLiteral("H001"), QStringLiteral("H004"), QStringLiteral("H006")}));
        // Asked on May 15 of the month itself: the case discovered on May 20 is not yet there, and the
        // household eliminated on May 31 is still monitored that day.
        QCOMPARE(intakeNumbers(findings(May, QDate(2024, 5, 15))),
                 (QStringList{QStringLiteral("H001"), QStringLiteral("H003"), QStringLiteral("H004")}));
    }

    // A monitored household counts for 应兜尽兜 only while registered at the month's end, named by its own
    // number and site: one moved away on May 31 is out, one moved away in June is in, and one whose
    // household row alone says it left (its people still active on file) is out too.
    void coverLeavesOutMonitoredHouseholdsGoneByTheMonthsEnd()
    {
        const qint64 goneInMay = m_f->household({{QStringLiteral("冯一"), LabourCapacity::Weak}});
        const qint64 goneInJune = m_f->household({{QStringLiteral("褚一"), LabourCapacity::Weak}});
        const qint64 rowOnly = m_f->household({{QStringLiteral("卫一"), LabourCapacity::Lost}});
        for (const qint64 h : {goneInMay, goneInJune, rowOnly})
            m_f->monitoringCase(h, QDate(2024, 1, 2), QDate(2024, 1, 10));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(goneInMay, QDate(2024, 5, 31)));
        QVERIFY(registry::RegistryService(db()).moveHouseholdAway(goneInJune, QDate(2024, 6, 5)));
        m_f->exec(QStringLiteral("UPDATE households SET state = 'dissolved', state_date = ? WHERE id = ?"),
                  {sqlDate(QDate(2024, 5, 20)), rowOnly});

        const FollowUpFindingsList list = findings();
        QCOMPARE(coverNames(list), QStringList{QStringLiteral("褚一")});
        QVERIFY(list.cover.at(0).monitored);
        // (Its head's name is today's active head's, as in the flags list: none once the household left.)
        QVERIFY(!list.cover.at(0).householdNumber.isEmpty());
        QVERIFY(list.cover.at(0).siteId > 0);
        QVERIFY(!list.cover.at(0).siteName.isEmpty());
    }

    void coverFindsWeakLabourNotEnrolled()
    {
        // H001 monitored at the month's end, not flagged; each member a case of the rule.
        QList<qint64> ids;
        const qint64 monitored =
            m_f->household({{QStringLiteral("王大"), LabourCapacity::Weak},     // finding
                            {QStringLiteral("王二"), LabourCapacity::None},     // exempted
                            {QStringLiteral("王三"), LabourCapacity::Lost},     // relief only
                            {QStringLiteral("王四"), LabourCapacity::Weak},     // in 低保
                            {QStringLiteral("王五"), LabourCapacity::Ordinary}, // able
                            {QStringLiteral("王六"), LabourCapacity::Weak}},    // moved away
                           &ids);
        m_f->monitoringCase(monitored, QDate(2024, 1, 2), QDate(2024, 1, 10));
        SafetyNetService service(db());
        SafetyNetExemption x;
        x.personId = ids.at(1);
        x.reason = QStringLiteral("子女赡养");
        x.validFrom = QDate(2024, 3, 1);
        QVERIFY(service.exempt(x));
        SafetyNetEnrolment relief;
        relief.personId = ids.at(2);
        relief.scheme = QStringLiteral("temporary_relief");
        relief.amount = 300000;
        relief.amountKind = AmountKind::OneOff;
        relief.validFrom = QDate(2024, 5, 10);
        QVERIFY(service.enrol(relief));
        SafetyNetEnrolment dibao;
        dibao.personId = ids.at(3);
        dibao.scheme = QStringLiteral("dibao");
        dibao.amount = 58000;
        dibao.validFrom = QDate(2024, 1, 1);
        QVERIFY(service.enrol(dibao));
        QVERIFY(registry::RegistryService(db()).moveOut(ids.at(5), QDate(2024, 5, 20)));

        // H002: flagged in May, not monitored: its weak member is a finding; its head too (none) unless the
        // 低保 ended on May 31 (valid_to exclusive: no longer held at the month's end).
        QList<qint64> flaggedIds;
        const qint64 flagged = m_f->household({{QStringLiteral("陈一"), LabourCapacity::None},
                                               {QStringLiteral("陈二"), LabourCapacity::Ordinary}},
                                              &flaggedIds);
        m_f->check(flagged, May, 10000, 2);
        dibao.personId = flaggedIds.at(0);
        const auto ending = service.enrol(dibao);
        QVERIFY(ending);
        QVERIFY(service.end(ending.value().id, QDate(2024, 5, 31), QStringLiteral("收入超标"), 1));
        // H003: neither monitored nor flagged: its weak member is no finding.
        one(QStringLiteral("刘"), LabourCapacity::Weak);

        FollowUpFindingsList list = findings();
        QCOMPARE(coverNames(list),
                 (QStringList{QStringLiteral("王三"), QStringLiteral("王大"), QStringLiteral("陈一")}));
        const CoverFinding wangDa =
            *std::find_if(list.cover.cbegin(), list.cover.cend(),
                          [](const CoverFinding& f) { return f.personName == QStringLiteral("王大"); });
        QVERIFY(wangDa.monitored);
        QCOMPARE(wangDa.flags, 0);
        QCOMPARE(wangDa.householdNumber, QStringLiteral("H001"));
        QCOMPARE(wangDa.headName, QStringLiteral("王大"));
        QCOMPARE(wangDa.labourCapacity, QStringLiteral("weak"));
        QCOMPARE(list.cover.at(2).personName, QStringLiteral("陈一")); // H002 after H001
        QVERIFY(!list.cover.at(2).monitored);
        QCOMPARE(list.cover.at(2).flags, int(FlagBelowLine));
        QVERIFY(list.cover.at(2).why.contains(QStringLiteral("below the monitoring line")));
        // The 低保 ending a day later (June 1) holds at May's end: 陈一 is no longer a finding.
        m_f->exec(QStringLiteral("UPDATE safety_net_enrolments SET valid_to = ? WHERE person_id = ?"),
                  {sqlDate(QDate(2024, 6, 1)), flaggedIds.at(0)});
        QCOMPARE(coverNames(findings()), (QStringList{QStringLiteral("王三"), QStringLiteral("王大")}));
        // The finding schemes come from the settings: with 特困 and 临时救助 only, the 低保 of 王四 and of
        // 陈一 no longer covers them, and 王三's relief still does not (a one-off payment is a row of no
        // length, held on no day).
        m_f->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('safetynet.finding_schemes',"
                                 " ' tekun, temporary_relief')"),
                  {});
        QCOMPARE(coverNames(findings()), (QStringList{QStringLiteral("王三"), QStringLiteral("王四"),
                                                      QStringLiteral("王大"), QStringLiteral("陈一")}));
    }

    void refusedWithoutReadIncome()
    {
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(FollowUpFindings(db()).forMonth(May), QStringLiteral("may not"));
    }
};

QTEST_GUILESS_MAIN(TestFollowUpFindings)
#include "tst_followupfindings.moc"

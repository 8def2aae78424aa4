// The party rules of DOMAIN.md (党建) as pure functions: stage dates, transitions, dues, branch size,
// coverage, meeting periods and the settings texts.
#include "domain/Site.h"
#include "party/PartyRules.h"
#include "party/SiteTeams.h"

#include "Refusal.h"

#include <QTest>

using namespace anju;

namespace {

party::StageStep step(party::StageEvent event, QDate date, int extensionMonths = 0)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    s.extensionMonths = extensionMonths;
    return s;
}

// A member with the history given, stage and state following from it.
party::PartyMember memberWith(const QList<party::StageStep>& steps, QDate birth = QDate(1990, 5, 1))
{
    party::PartyMember m;
    m.id = 10;
    m.name = QStringLiteral("李红");
    m.birthDate = birth;
    m.organisationId = 1;
    m.stageHistory = steps;
    for (const party::StageStep& s : steps)
        m.stage = party::stageAfter(s.event, m.stage);
    m.stateHistory = {
        {1, party::MemberState::Normal, steps.isEmpty() ? QDate(2000, 1, 1) : steps.first().date, {}}};
    m.branchHistory = {{1, 1, {}, steps.isEmpty() ? QDate(2000, 1, 1) : steps.first().date, {}}};
    m.dues.category = party::DuesCategory::Farmer;
    m.dues.fixedAmount = 50;
    return m;
}

party::StageTransition transition(party::StageEvent event, QDate date, int months = 0)
{
    party::StageTransition t;
    t.memberId = 10;
    t.event = event;
    t.date = date;
    t.extensionMonths = months;
    return t;
}

bool hasField(const Outcome& o, const char* field)
{
    for (const Violation& v : o.violations())
        if (v.field == QLatin1String(field))
            return true;
    return false;
}

const QDate Today(2026, 11, 28);
const QList<qint64> FullMembers{1, 2, 3};

} // namespace

class TestPartyRules : public QObject
{
    Q_OBJECT

private slots:
    void dueDates_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("talk");
        QTest::addColumn<QDate>("oneYear");
        QTest::newRow("ordinary") << QDate(2025, 3, 15) << QDate(2025, 4, 15) << QDate(2026, 3, 15);
        // 29 February: a year later is the last day of February; a month later is 29 March.
        QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2024, 3, 29) << QDate(2025, 2, 28);
        // A month after 31 January is the last day of February (a leap year: the 29th).
        QTest::newRow("31 January, leap") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << QDate(2025, 1, 31);
        QTest::newRow("31 January") << QDate(2025, 1, 31) << QDate(2025, 2, 28) << QDate(2026, 1, 31);
        QTest::newRow("31 March") << QDate(2025, 3, 31) << QDate(2025, 4, 30) << QDate(2026, 3, 31);
        QTest::newRow("31 December") << QDate(2025, 12, 31) << QDate(2026, 1, 31) << QDate(2026, 12, 31);
        // A leap day four years on stays the leap day.
        QTest::newRow("28 February before a leap year")
            << QDate(2027, 2, 28) << QDate(2027, 3, 28) << QDate(2028, 2, 28);
    }
    void dueDates()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, talk);
        QFETCH(QDate, oneYear);
        QCOMPARE(party::PartyRules::applicationTalkDue(from), talk);
        QCOMPARE(party::PartyRules::activistEligibleOn(from), oneYear);
        QCOMPARE(party::PartyRules::probationEnds(from), oneYear);
    }

    void probationWithExtension()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                                           step(party::StageEvent::Admission, QDate(2024, 2, 29))});
        QCOMPARE(party::PartyRules::probationEnds(m), QDate(2025, 2, 28));
        QVERIFY(!party::PartyRules::isProbationExtended(m));
        m.stageHistory.append(step(party::StageEvent::ProbationExtension, QDate(2025, 2, 20), 6));
        QVERIFY(party::PartyRules::isProbationExtended(m));
        QCOMPARE(party::PartyRules::probationEnds(m), QDate(2025, 8, 28));
        QCOMPARE(party::PartyRules::conversionDue(m), QDate(2025, 8, 28));
        QCOMPARE(party::PartyRules::probationEnds(party::PartyMember{}), QDate());
    }

    // The end of probation, worked by hand: one year on the same day of the month, or the month's last
    // day where there is no such day (民法典 第二百零二条); an extension runs on from that day.
    void probationEndDates_data()
    {
        QTest::addColumn<QDate>("admission");
        QTest::addColumn<int>("extension");
        QTest::addColumn<QDate>("ends");
        QTest::newRow("ordinary") << QDate(2024, 6, 25) << 0 << QDate(2025, 6, 25);
        QTest::newRow("leap day") << QDate(2024, 2, 29) << 0 << QDate(2025, 2, 28);
        QTest::newRow("leap day into a leap year") << QDate(2027, 2, 28) << 0 << QDate(2028, 2, 28);
        QTest::newRow("leap day, 6 months more") << QDate(2024, 2, 29) << 6 << QDate(2025, 8, 28);
        QTest::newRow("leap day, 12 months more") << QDate(2024, 2, 29) << 12 << QDate(2026, 2, 28);
        QTest::newRow("31 August, 6 months: end of February")
            << QDate(2023, 8, 31) << 6 << QDate(2025, 2, 28);
        QTest::newRow("31 August, 6 months into a leap February")
            << QDate(2022, 8, 31) << 6 << QDate(2024, 2, 29);
        QTest::newRow("31 March, 6 months: 30 September") << QDate(2024, 3, 31) << 6 << QDate(2025, 9, 30);
        QTest::newRow("31 December, 12 months") << QDate(2024, 12, 31) << 12 << QDate(2026, 12, 31);
    }
    void probationEndDates()
    {
        QFETCH(QDate, admission);
        QFETCH(int, extension);
        QFETCH(QDate, ends);
        QCOMPARE(party::PartyRules::probationEnds(admission, extension), ends);
        QList<party::StageStep> steps{step(party::StageEvent::Application, admission.addYears(-3)),
                                      step(party::StageEvent::Activist, admission.addYears(-2)),
                                      step(party::StageEvent::DevelopmentTarget, admission.addYears(-1)),
                                      step(party::StageEvent::Admission, admission)};
        if (extension > 0)
            steps.append(step(party::StageEvent::ProbationExtension, admission.addMonths(11), extension));
        party::PartyMember m = memberWith(steps);
        QCOMPARE(party::PartyRules::probationEnds(m), ends);
        QVERIFY(!party::PartyRules::fullMemberSince(m).isValid()); // not converted: no 党龄 yet
        m.stageHistory.append(step(party::StageEvent::Conversion, ends));
        QCOMPARE(party::PartyRules::fullMemberSince(m), ends);
        QCOMPARE(m.stageOn(ends.addDays(-1)), party::DevelopmentStage::Probationary);
        QCOMPARE(m.stageOn(ends), party::DevelopmentStage::Full);
        QVERIFY(!party::PartyRules::convertedEarly(m));
    }

    // A late meeting: probation ended 2025-06-25, the branch met on 2025-09-10. Until the meeting is
    // recorded the member is probationary; once it is, every day from 2025-06-25 reads full (党龄 from the
    // end of probation), the weeks before the meeting too.
    void lateConversionCountsFromProbationEnd()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2021, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                                           step(party::StageEvent::Admission, QDate(2024, 6, 25))});
        QCOMPARE(m.stageOn(QDate(2025, 7, 31)), party::DevelopmentStage::Probationary);
        QCOMPARE(m.stageOn(QDate(2025, 9, 10)), party::DevelopmentStage::Probationary);
        const auto late = party::PartyRules::checkTransition(
            m, transition(party::StageEvent::Conversion, QDate(2025, 9, 10)), Today, {});
        QVERIFY(late.blocking.ok());
        QVERIFY(late.overridable.ok()); // late is fine, no reason needed
        m.stageHistory.append(step(party::StageEvent::Conversion, QDate(2025, 9, 10)));
        m.stage = party::DevelopmentStage::Full;
        QCOMPARE(party::PartyRules::fullMemberSince(m), QDate(2025, 6, 25));
        QCOMPARE(m.stageOn(QDate(2025, 6, 24)), party::DevelopmentStage::Probationary);
        QCOMPARE(m.stageOn(QDate(2025, 6, 25)), party::DevelopmentStage::Full);
        QCOMPARE(m.stageOn(QDate(2025, 7, 31)),
                 party::DevelopmentStage::Full); // the month before the meeting
        QVERIFY(!party::PartyRules::convertedEarly(m));
    }

    // An early conversion an older program recorded with a reason: the member is full only from the end
    // of probation, and the record is flagged for `anju-cli check`.
    void earlyConversionOfOldRecords()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2021, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                                           step(party::StageEvent::Admission, QDate(2024, 3, 31)),
                                           step(party::StageEvent::Conversion, QDate(2025, 3, 1))});
        QVERIFY(party::PartyRules::convertedEarly(m));
        QCOMPARE(party::PartyRules::fullMemberSince(m), QDate(2025, 3, 31));
        QCOMPARE(m.stageOn(QDate(2025, 3, 1)), party::DevelopmentStage::Probationary);
        QCOMPARE(m.stageOn(QDate(2025, 3, 30)), party::DevelopmentStage::Probationary);
        QCOMPARE(m.stageOn(QDate(2025, 3, 31)), party::DevelopmentStage::Full);
    }

    void historyAsOfDay()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5)),
                                           step(party::StageEvent::ApplicationTalk, QDate(2022, 1, 20)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1))});
        QVERIFY(!m.stageOn(QDate(2022, 1, 4)));
        QCOMPARE(m.stageOn(QDate(2022, 1, 5)), party::DevelopmentStage::Applicant);
        QCOMPARE(m.stageOn(QDate(2022, 2, 28)),
                 party::DevelopmentStage::Applicant); // the talk changes no stage
        QCOMPARE(m.stageOn(QDate(2022, 3, 1)), party::DevelopmentStage::Activist);
        m.stateHistory.append({2, party::MemberState::Mobile, QDate(2023, 1, 1), {}});
        m.stateHistory.append({3, party::MemberState::TransferredOut, QDate(2024, 6, 1), {}});
        QVERIFY(m.isInGoodStandingOn(QDate(2023, 6, 1)));
        QCOMPARE(m.stateOn(QDate(2023, 6, 1)), party::MemberState::Mobile);
        QVERIFY(!m.isInGoodStandingOn(QDate(2024, 6, 1)));
        // Branch stays: the end day belongs to the next stay.
        m.branchHistory = {{1, 1, {}, QDate(2022, 1, 5), QDate(2023, 5, 1)},
                           {2, 2, {}, QDate(2023, 5, 1), {}}};
        QCOMPARE(m.organisationOn(QDate(2023, 4, 30)), 1);
        QCOMPARE(m.organisationOn(QDate(2023, 5, 1)), 2);
        QCOMPARE(m.organisationOn(QDate(2022, 1, 4)), 0);
    }

    void applicationAge_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("applied");
        QTest::addColumn<bool>("ok");
        QTest::newRow("18 that day") << QDate(2008, 6, 10) << QDate(2026, 6, 10) << true;
        QTest::newRow("a day short") << QDate(2008, 6, 11) << QDate(2026, 6, 10) << false;
        // Born on 29 February: 18 on 28 February? No — on 1 March of a year without a leap day.
        QTest::newRow("leap-day birth, 28 Feb") << QDate(2008, 2, 29) << QDate(2026, 2, 28) << false;
        QTest::newRow("leap-day birth, 1 Mar") << QDate(2008, 2, 29) << QDate(2026, 3, 1) << true;
    }
    void applicationAge()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, applied);
        QFETCH(bool, ok);
        const party::PartyMember m = memberWith({}, birth);
        const party::TransitionCheck check = party::PartyRules::checkTransition(
            m, transition(party::StageEvent::Application, applied), Today, {});
        QVERIFY(check.blocking.ok());
        QVERIFY(check.overridable.ok());
        QCOMPARE(check.recordsOnly.ok(), ok);
        if (!ok) {
            // No exception for a live entry, whatever the reason (issue 16 item 4) …
            QVERIFY(!check.allowedWith(QString()));
            QVERIFY(!check.allowedWith(QStringLiteral("县委组织部批准")));
            // … only a step entered from old paper records, with the records named.
            QVERIFY(!check.allowedWith(QStringLiteral("  "), true));
            QVERIFY(check.allowedWith(QStringLiteral("1985年档案"), true));
        }
    }

    void stageOrderIsBlocking()
    {
        const party::PartyMember applicant =
            memberWith({step(party::StageEvent::Application, QDate(2025, 1, 5))});
        // Skipping from applicant straight to admission can never be set aside with a reason.
        const auto skip = party::PartyRules::checkTransition(
            applicant, transition(party::StageEvent::Admission, QDate(2025, 6, 1)), Today, FullMembers);
        QVERIFY_REFUSED(
            skip.blocking,
            QStringLiteral("\"Admitted as probationary member\" does not follow from that stage."));
        QVERIFY(!skip.allowedWith(QStringLiteral("理由")));
        // A second application, a conversion of an applicant.
        QVERIFY(!party::PartyRules::checkTransition(
                     applicant, transition(party::StageEvent::Application, QDate(2025, 6, 1)), Today, {})
                     .blocking.ok());
        QVERIFY_REFUSED(
            party::PartyRules::checkTransition(
                applicant, transition(party::StageEvent::Conversion, QDate(2025, 6, 1)), Today, {})
                .blocking,
            QStringLiteral("\"Converted to full member\" does not follow from that stage."));
        // Dates: before the previous step, in the future, missing.
        QVERIFY(hasField(
            party::PartyRules::checkTransition(
                applicant, transition(party::StageEvent::Activist, QDate(2025, 1, 4)), Today, FullMembers)
                .blocking,
            Field::TransitionDate));
        QVERIFY_REFUSED(
            party::PartyRules::checkTransition(
                applicant, transition(party::StageEvent::Activist, Today.addDays(1)), Today, FullMembers)
                .blocking,
            QStringLiteral("The date 2026-11-29 is in the future."));
        QVERIFY_REFUSED(party::PartyRules::checkTransition(
                            applicant, transition(party::StageEvent::Activist, QDate()), Today, FullMembers)
                            .blocking,
                        QStringLiteral("Enter the date of the step."));
        // The same day as the previous step is fine.
        party::PartyMember withMentors = applicant;
        withMentors.mentor1Id = 1;
        withMentors.mentor2Id = 2;
        const auto sameDay = party::PartyRules::checkTransition(
            withMentors, transition(party::StageEvent::Activist, QDate(2025, 1, 5)), Today, FullMembers);
        QVERIFY(sameDay.blocking.ok());
        QVERIFY(sameDay.overridable.ok());
        // A member transferred out takes no steps.
        party::PartyMember gone = withMentors;
        gone.state = party::MemberState::TransferredOut;
        QVERIFY_REFUSED(
            party::PartyRules::checkTransition(
                gone, transition(party::StageEvent::Activist, QDate(2025, 2, 1)), Today, FullMembers)
                .blocking,
            QStringLiteral("is Transferred out: no further steps can be recorded."));
    }

    void applicationTalkOnce()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2025, 1, 5))});
        QVERIFY(party::PartyRules::checkTransition(
                    m, transition(party::StageEvent::ApplicationTalk, QDate(2025, 1, 20)), Today, {})
                    .blocking.ok());
        m.stageHistory.append(step(party::StageEvent::ApplicationTalk, QDate(2025, 1, 20)));
        QVERIFY_REFUSED(party::PartyRules::checkTransition(
                            m, transition(party::StageEvent::ApplicationTalk, QDate(2025, 1, 25)), Today, {})
                            .blocking,
                        QStringLiteral("\"Talk with the applicant\" does not follow from that stage."));
    }

    // 细则 第十条: one or two full members are the mentors 培养联系人; a single mentor needs no reason.
    void activistNeedsOneOrTwoFullMentors_data()
    {
        QTest::addColumn<qint64>("mentor1");
        QTest::addColumn<qint64>("mentor2");
        QTest::addColumn<bool>("ok");
        QTest::newRow("two full members") << qint64(1) << qint64(2) << true;
        QTest::newRow("one, in the first place") << qint64(1) << qint64(0) << true;
        QTest::newRow("one, in the second place") << qint64(0) << qint64(3) << true;
        QTest::newRow("none") << qint64(0) << qint64(0) << false;
        QTest::newRow("the same twice") << qint64(1) << qint64(1) << false;
        QTest::newRow("not a full member") << qint64(1) << qint64(7) << false;
        QTest::newRow("one, not a full member") << qint64(7) << qint64(0) << false;
        QTest::newRow("themselves") << qint64(1) << qint64(10) << false;
        QTest::newRow("themselves alone") << qint64(0) << qint64(10) << false;
    }
    void activistNeedsOneOrTwoFullMentors()
    {
        QFETCH(qint64, mentor1);
        QFETCH(qint64, mentor2);
        QFETCH(bool, ok);
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2025, 1, 5))});
        m.mentor1Id = mentor1;
        m.mentor2Id = mentor2;
        const auto check = party::PartyRules::checkTransition(
            m, transition(party::StageEvent::Activist, QDate(2025, 3, 1)), Today, FullMembers);
        QVERIFY(check.blocking.ok());
        QCOMPARE(check.overridable.ok(), ok);
        if (!ok)
            QVERIFY_REFUSED(check.overridable,
                            QStringLiteral("One or two full members are needed as mentors."));
    }

    void developmentTargetAfterOneYear_data()
    {
        QTest::addColumn<QDate>("activist");
        QTest::addColumn<QDate>("target");
        QTest::addColumn<bool>("ok");
        QTest::newRow("exactly a year") << QDate(2024, 5, 10) << QDate(2025, 5, 10) << true;
        QTest::newRow("a day short") << QDate(2024, 5, 10) << QDate(2025, 5, 9) << false;
        QTest::newRow("leap day + 1 year = 28 Feb") << QDate(2024, 2, 29) << QDate(2025, 2, 28) << true;
        QTest::newRow("leap day, 27 Feb") << QDate(2024, 2, 29) << QDate(2025, 2, 27) << false;
    }
    void developmentTargetAfterOneYear()
    {
        QFETCH(QDate, activist);
        QFETCH(QDate, target);
        QFETCH(bool, ok);
        const party::PartyMember m = memberWith({step(party::StageEvent::Application, activist.addMonths(-3)),
                                                 step(party::StageEvent::Activist, activist)});
        const auto check = party::PartyRules::checkTransition(
            m, transition(party::StageEvent::DevelopmentTarget, target), Today, FullMembers);
        QVERIFY(check.blocking.ok());
        QVERIFY(check.overridable.ok());
        QCOMPARE(check.recordsOnly.ok(), ok); // no exception but an old record (issue 16 item 4)
        QCOMPARE(check.allowedWith(QStringLiteral("党委同意")), ok);
    }

    void admissionRequirements()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1))});
        const auto admit = [&] {
            return party::PartyRules::checkTransition(
                m, transition(party::StageEvent::Admission, QDate(2023, 9, 1)), Today, FullMembers);
        };
        auto check = admit();
        QVERIFY(check.blocking.ok());
        QVERIFY(hasField(check.overridable, Field::MemberSponsors));
        QVERIFY(hasField(check.overridable, Field::MemberPoliticalReview));
        QVERIFY(hasField(check.overridable, Field::MemberTraining));
        m.sponsor1Id = 2;
        m.sponsor2Id = 3;
        m.politicalReviewDate = QDate(2023, 8, 1);
        m.trainingHours = 23;
        m.trainingDays = 2;
        check = admit();
        QCOMPARE(check.overridable.violations().size(), 1); // 23 hours and 2 days are not enough
        m.trainingHours = 24;
        QVERIFY(admit().overridable.ok());
        m.trainingHours = 0;
        m.trainingDays = 3;
        QVERIFY(admit().overridable.ok());
        // A political review dated after the admission does not count.
        m.politicalReviewDate = QDate(2023, 9, 2);
        QVERIFY(hasField(admit().overridable, Field::MemberPoliticalReview));
    }

    void conversionAndExtension()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                                           step(party::StageEvent::Admission, QDate(2024, 2, 29))});
        // Admitted 2024-02-29: the probation ends 2025-02-28 (no 29 February in 2025). A meeting the day
        // before is refused whatever the reason, and the message names the earliest day.
        const auto early = party::PartyRules::checkTransition(
            m, transition(party::StageEvent::Conversion, QDate(2025, 2, 27)), Today, {});
        QVERIFY(hasField(early.blocking, Field::TransitionDate));
        QVERIFY(!early.allowedWith(QStringLiteral("支部大会已讨论")));
        QVERIFY_REFUSED(early.blocking, QStringLiteral("can be held on 2025-02-28 at the earliest"));
        QVERIFY(party::PartyRules::checkTransition(
                    m, transition(party::StageEvent::Conversion, QDate(2025, 2, 28)), Today, {})
                    .allowedWith({}));
        // The lengths of an extension are checked in extensionLength.
        // Deciding on an extension after the probation ended needs a reason.
        QVERIFY(!party::PartyRules::checkTransition(
                     m, transition(party::StageEvent::ProbationExtension, QDate(2025, 3, 1), 6), Today, {})
                     .overridable.ok());
        // Only one extension.
        m.stageHistory.append(step(party::StageEvent::ProbationExtension, QDate(2025, 2, 20), 6));
        QVERIFY(!party::PartyRules::checkTransition(
                     m, transition(party::StageEvent::ProbationExtension, QDate(2025, 3, 1), 6), Today, {})
                     .blocking.ok());
        QVERIFY(!party::PartyRules::checkTransition(
                     m, transition(party::StageEvent::Conversion, QDate(2025, 8, 27)), Today, {})
                     .blocking.ok());
        QVERIFY(party::PartyRules::checkTransition(
                    m, transition(party::StageEvent::Conversion, QDate(2025, 8, 28)), Today, {})
                    .allowedWith({}));
    }

    // An extension is 6 to 12 months, a hard rule (党章 第七条): no reason admits another length.
    // Admission 29 February 2024: the probation ends 28 February 2025; extended on 20 February 2025.
    void extensionLength_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDate>("ends"); // the end of the probation once extended, worked out by hand
        QTest::newRow("0: no extension") << 0 << false << QDate();
        QTest::newRow("1") << 1 << false << QDate();
        QTest::newRow("5") << 5 << false << QDate();
        QTest::newRow("6") << 6 << true << QDate(2025, 8, 28);
        QTest::newRow("9") << 9 << true << QDate(2025, 11, 28);
        QTest::newRow("12") << 12 << true << QDate(2026, 2, 28);
        QTest::newRow("13") << 13 << false << QDate();
        QTest::newRow("24") << 24 << false << QDate();
        QTest::newRow("negative") << -6 << false << QDate();
    }
    void extensionLength()
    {
        QFETCH(int, months);
        QFETCH(bool, ok);
        QFETCH(QDate, ends);
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                                           step(party::StageEvent::Admission, QDate(2024, 2, 29))});
        const auto check = party::PartyRules::checkTransition(
            m, transition(party::StageEvent::ProbationExtension, QDate(2025, 2, 20), months), Today, {});
        QVERIFY(check.overridable.ok());
        QCOMPARE(check.blocking.ok(), ok);
        QCOMPARE(check.allowedWith(QStringLiteral("支部大会决定")), ok); // a reason changes nothing
        if (!ok) {
            QVERIFY(hasField(check.blocking, Field::TransitionExtension));
            QVERIFY_REFUSED(check.blocking, months <= 0
                                                ? QStringLiteral("Enter the extension in months (6 to 12).")
                                                : QStringLiteral("A probation is extended by 6 to 12 "
                                                                 "months, not %1 month")
                                                      .arg(months));
            return;
        }
        m.stageHistory.append(step(party::StageEvent::ProbationExtension, QDate(2025, 2, 20), months));
        QCOMPARE(party::PartyRules::probationEnds(m), ends);
        QVERIFY(!party::PartyRules::checkTransition(
                     m, transition(party::StageEvent::Conversion, ends.addDays(-1)), Today, {})
                     .allowedWith(QStringLiteral("支部大会决定")));
        QVERIFY(
            party::PartyRules::checkTransition(m, transition(party::StageEvent::Conversion, ends), Today, {})
                .allowedWith({}));
    }

    void stateChanges()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5))});
        m.stateDate = QDate(2022, 1, 5);
        QVERIFY(party::PartyRules::checkStateChange(m, party::MemberState::Mobile, QDate(2023, 1, 1), Today)
                    .ok());
        QVERIFY(!party::PartyRules::checkStateChange(m, party::MemberState::Normal, QDate(2023, 1, 1), Today)
                     .ok()); // already
        QVERIFY_REFUSED(party::PartyRules::checkStateChange(m, party::MemberState::TransferredOut,
                                                            QDate(2023, 1, 1), Today),
                        QStringLiteral("A member leaves through a transfer of organisational relations."));
        QVERIFY_REFUSED(
            party::PartyRules::checkStateChange(m, party::MemberState::Mobile, QDate(2021, 1, 1), Today),
            QStringLiteral("The date is before the last change of state (2022-01-05)."));
        QVERIFY_REFUSED(
            party::PartyRules::checkStateChange(m, party::MemberState::Mobile, Today.addDays(1), Today),
            QStringLiteral("The date 2026-11-29 is in the future."));
        m.state = party::MemberState::Deceased;
        QVERIFY_REFUSED(
            party::PartyRules::checkStateChange(m, party::MemberState::Normal, QDate(2023, 1, 1), Today),
            QStringLiteral("is Deceased; a member who comes back is recorded by a transfer in."));
    }

    void duesBrackets_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<qint64>("income");
        QTest::addColumn<qint64>("fixed");
        QTest::addColumn<qint64>("dues");
        const int employed = int(party::DuesCategory::Employed);
        const int retired = int(party::DuesCategory::Retired);
        QTest::newRow("employed 3000.00 → 0.5%") << employed << qint64(300000) << qint64(0) << qint64(1500);
        QTest::newRow("employed 3000.01 → 1%") << employed << qint64(300001) << qint64(0) << qint64(3000);
        QTest::newRow("employed 5000.00 → 1%") << employed << qint64(500000) << qint64(0) << qint64(5000);
        QTest::newRow("employed 5000.01 → 1.5%") << employed << qint64(500001) << qint64(0) << qint64(7500);
        QTest::newRow("employed 10000.00 → 1.5%")
            << employed << qint64(1000000) << qint64(0) << qint64(15000);
        QTest::newRow("employed 10000.01 → 2%") << employed << qint64(1000001) << qint64(0) << qint64(20000);
        QTest::newRow("employed 2345.67 rounds half up")
            << employed << qint64(234567) << qint64(0) << qint64(1173);
        QTest::newRow("employed 1 fen") << employed << qint64(1) << qint64(0) << qint64(0);
        QTest::newRow("retired 5000.00 → 0.5%") << retired << qint64(500000) << qint64(0) << qint64(2500);
        QTest::newRow("retired 5000.01 → 1%") << retired << qint64(500001) << qint64(0) << qint64(5000);
        QTest::newRow("farmer agreed 1 yuan")
            << int(party::DuesCategory::Farmer) << qint64(0) << qint64(100) << qint64(100);
        QTest::newRow("farmer unset → least")
            << int(party::DuesCategory::Farmer) << qint64(0) << qint64(0) << qint64(20);
        QTest::newRow("student") << int(party::DuesCategory::Student) << qint64(900000) << qint64(0)
                                 << qint64(20);
        QTest::newRow("unemployed") << int(party::DuesCategory::Unemployed) << qint64(0) << qint64(0)
                                    << qint64(20);
        QTest::newRow("低保") << int(party::DuesCategory::LowIncome) << qint64(0) << qint64(0) << qint64(20);
    }
    void duesBrackets()
    {
        QFETCH(int, category);
        QFETCH(qint64, income);
        QFETCH(qint64, fixed);
        QFETCH(qint64, dues);
        party::DuesBasis basis;
        basis.category = party::DuesCategory(category);
        basis.monthlyIncome = income;
        basis.fixedAmount = fixed;
        QCOMPARE(party::PartyRules::monthlyDues(basis, party::DuesRateTable::defaults()), dues);
    }

    void duesValidation()
    {
        const party::DuesRateTable table = party::DuesRateTable::defaults();
        party::DuesBasis farmer{party::DuesCategory::Farmer, 0, 19, {}};
        QVERIFY_REFUSED(party::PartyRules::validateDues(farmer, table),
                        QStringLiteral("A farmer pays between 0.20 and 1.00 yuan a month."));
        farmer.fixedAmount = 20;
        QVERIFY(party::PartyRules::validateDues(farmer, table).ok());
        farmer.fixedAmount = 100;
        QVERIFY(party::PartyRules::validateDues(farmer, table).ok());
        farmer.fixedAmount = 101;
        QVERIFY_REFUSED(party::PartyRules::validateDues(farmer, table),
                        QStringLiteral("A farmer pays between 0.20 and 1.00 yuan a month."));
        QVERIFY_REFUSED(party::PartyRules::validateDues({party::DuesCategory::Employed, 0, 0, {}}, table),
                        QStringLiteral("Enter the monthly pay after tax."));
        QVERIFY(party::PartyRules::validateDues({party::DuesCategory::Student, 0, 0, {}}, table).ok());
    }

    void configurableRateTable()
    {
        party::DuesRateTable table = party::DuesRateTable::defaults();
        QCOMPARE(party::DuesRateTable::bracketsText(table.employed),
                 QStringLiteral("3000:0.5,5000:1,10000:1.5,*:2"));
        QVERIFY(table.parse(QStringLiteral("4000:0.5,*:1"), QStringLiteral("*:0.5"), QStringLiteral("0.5-2"),
                            QStringLiteral("0.3")));
        party::DuesBasis basis{party::DuesCategory::Employed, 400000, 0, {}};
        QCOMPARE(party::PartyRules::monthlyDues(basis, table), party::Fen(2000));
        basis.monthlyIncome = 400001;
        QCOMPARE(party::PartyRules::monthlyDues(basis, table), party::Fen(4000));
        QCOMPARE(table.farmerMin, party::Fen(50));
        QCOMPARE(table.farmerMax, party::Fen(200));
        QCOMPARE(party::PartyRules::monthlyDues({party::DuesCategory::Student, 0, 0, {}}, table),
                 party::Fen(30));
        // Malformed texts leave the table as it was.
        const party::DuesRateTable before = table;
        QVERIFY(!table.parse(QStringLiteral("4000:0.5"), QStringLiteral("*:1"), QStringLiteral("0.2-1"),
                             QStringLiteral("0.2")));
        QVERIFY(!table.parse(QStringLiteral("5000:1,4000:2,*:3"), QStringLiteral("*:1"),
                             QStringLiteral("0.2-1"), QStringLiteral("0.2")));
        QVERIFY(!table.parse(QStringLiteral("*:1"), QStringLiteral("*:1"), QStringLiteral("1-0.2"),
                             QStringLiteral("0.2")));
        QVERIFY(!table.parse(QStringLiteral("abc"), QStringLiteral("*:1"), QStringLiteral("0.2-1"),
                             QStringLiteral("0.2")));
        QCOMPARE(table.employed.size(), before.employed.size());
    }

    void unpaidMonthsFromAdmission()
    {
        party::PartyMember m = memberWith({step(party::StageEvent::Application, QDate(2022, 1, 5)),
                                           step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                                           step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                                           step(party::StageEvent::Admission, QDate(2026, 6, 30))});
        // Probationary members pay from the month of admission, even admitted on its last day.
        QVERIFY(!party::PartyRules::owesDuesFor(m, QDate(2026, 5, 1)));
        QVERIFY(party::PartyRules::owesDuesFor(m, QDate(2026, 6, 1)));
        QSet<QDate> paid{QDate(2026, 6, 1), QDate(2026, 8, 1)};
        QCOMPARE(party::PartyRules::unpaidMonths(m, paid, QDate(2026, 9, 15)),
                 (QList<QDate>{QDate(2026, 7, 1), QDate(2026, 9, 1)}));
        // Transferred out in October: no dues from then on.
        m.stateHistory.append({2, party::MemberState::TransferredOut, QDate(2026, 10, 10), {}});
        QCOMPARE(party::PartyRules::unpaidMonths(m, paid, QDate(2026, 11, 1)),
                 (QList<QDate>{QDate(2026, 7, 1), QDate(2026, 9, 1)}));
        // Dues kept by this branch only from duesFrom.
        m.duesFrom = QDate(2026, 8, 1);
        QCOMPARE(party::PartyRules::unpaidMonths(m, paid, QDate(2026, 11, 1)),
                 (QList<QDate>{QDate(2026, 9, 1)}));
    }

    void branchSize_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("full");
        QTest::addColumn<int>("committee");
        QTest::addColumn<bool>("tooSmall");
        QTest::addColumn<bool>("tooLarge");
        QTest::addColumn<bool>("committeeMissing");
        QTest::newRow("2 full") << 2 << 2 << 0 << true << false << false;
        QTest::newRow("3 full") << 3 << 3 << 0 << false << false << false;
        QTest::newRow("50 members") << 50 << 45 << 5 << false << false << false;
        QTest::newRow("51 members") << 51 << 45 << 5 << false << true << false;
        QTest::newRow("6 full, no committee") << 6 << 6 << 0 << false << false << false;
        QTest::newRow("7 full, no committee") << 7 << 7 << 0 << false << false << true;
        QTest::newRow("7 full, committee of 2") << 7 << 7 << 2 << false << false << true;
        QTest::newRow("7 full, committee of 3") << 7 << 7 << 3 << false << false << false;
        QTest::newRow("7 full, committee of 7") << 9 << 9 << 7 << false << false << false;
        QTest::newRow("committee of 8") << 20 << 20 << 8 << false << false << true;
    }
    void branchSize()
    {
        QFETCH(int, members);
        QFETCH(int, full);
        QFETCH(int, committee);
        QFETCH(bool, tooSmall);
        QFETCH(bool, tooLarge);
        QFETCH(bool, committeeMissing);
        const party::PartySettings settings = party::PartySettings::defaults();
        const party::BranchCounts counts{members, full, committee};
        QCOMPARE(party::PartyRules::branchTooSmall(counts, settings), tooSmall);
        QCOMPARE(party::PartyRules::branchTooLarge(counts, settings), tooLarge);
        QCOMPARE(party::PartyRules::committeeMissing(counts, settings), committeeMissing);
        QCOMPARE(party::PartyRules::checkBranchSize(counts, settings).violations().size(),
                 int(tooSmall) + int(tooLarge) + int(committeeMissing));
    }

    // Over 50 members a branch is a case for a 总支, from 100 on for a 党委; never "split the branch".
    void largeBranchCase_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("kind"); // -1: not too large
        QTest::addColumn<QString>("finding");
        const int general = int(party::OrganisationKind::GeneralBranch);
        const int committee = int(party::OrganisationKind::Committee);
        QTest::newRow("50") << 50 << -1 << QString();
        QTest::newRow("51") << 51 << general
                            << QStringLiteral(
                                   "A branch generally has at most 50 members; with 51 it is a case "
                                   "for a general party branch.");
        QTest::newRow("99") << 99 << general
                            << QStringLiteral("with 99 it is a case for a general party branch.");
        QTest::newRow("100") << 100 << committee
                             << QStringLiteral("A branch generally has at most 50 members; with 100 (100 or "
                                               "more) it is a case for a party committee.");
        QTest::newRow("240") << 240 << committee << QStringLiteral("it is a case for a party committee.");
    }
    void largeBranchCase()
    {
        QFETCH(int, members);
        QFETCH(int, kind);
        QFETCH(QString, finding);
        const party::PartySettings settings = party::PartySettings::defaults();
        const party::BranchCounts counts{members, members, 5};
        const auto found = party::PartyRules::largeBranchCase(counts, settings);
        QCOMPARE(found.has_value(), kind >= 0);
        const Outcome size = party::PartyRules::checkBranchSize(counts, settings);
        if (kind < 0) {
            QVERIFY(size.ok());
            return;
        }
        QCOMPARE(int(*found), kind);
        QVERIFY_REFUSED(size, finding);
        QVERIFY(!size.summary().contains(QStringLiteral("divid")));
    }

    // Which meetings a branch is expected to hold: committee meetings with a committee (or 7 full
    // members), 党小组会 only when divided into 党小组, the rest always; a period of 0 months never.
    void expectedMeetings()
    {
        party::PartySettings settings = party::PartySettings::defaults();
        const party::BranchCounts small{5, 4, 0};
        const party::BranchCounts withCommittee{12, 9, 3};
        using T = party::MeetingType;
        QVERIFY(!party::PartyRules::expectsMeeting(T::GroupMeeting, small, false, settings));
        QVERIFY(!party::PartyRules::expectsMeeting(T::GroupMeeting, withCommittee, false, settings));
        QVERIFY(party::PartyRules::expectsMeeting(T::GroupMeeting, withCommittee, true, settings));
        QVERIFY(!party::PartyRules::expectsMeeting(T::CommitteeMeeting, small, false, settings));
        QVERIFY(party::PartyRules::expectsMeeting(T::CommitteeMeeting, withCommittee, false, settings));
        QVERIFY(party::PartyRules::expectsMeeting(T::CommitteeMeeting, party::BranchCounts{7, 7, 0}, false,
                                                  settings)); // must have a committee
        for (T type : {T::GeneralMeeting, T::PartyLesson, T::ThemePartyDay, T::OrganisationalLife,
                       T::DemocraticReview})
            QVERIFY(party::PartyRules::expectsMeeting(type, small, false, settings));
        settings.meetingMonths[T::GroupMeeting] = 0;
        settings.meetingMonths[T::ThemePartyDay] = 0;
        QVERIFY(!party::PartyRules::expectsMeeting(T::GroupMeeting, withCommittee, true, settings));
        QVERIFY(!party::PartyRules::expectsMeeting(T::ThemePartyDay, small, false, settings));
    }

    // A 党小组 sits under a branch or a joint branch, with a founding date not in the future.
    void groupRules()
    {
        const QDate today(2026, 11, 28);
        party::PartyGroup g;
        g.branchId = 1;
        g.name = QStringLiteral("第一党小组");
        g.foundingDate = today;
        using K = party::OrganisationKind;
        QVERIFY(party::PartyRules::validate(g, K::Branch, today).ok());
        QVERIFY(party::PartyRules::validate(g, K::JointBranch, today).ok());
        QVERIFY(!party::PartyRules::validate(g, K::GeneralBranch, today)
                     .messageFor(QLatin1String(Field::GroupBranch))
                     .isEmpty());
        QVERIFY(!party::PartyRules::validate(g, K::Committee, today)
                     .messageFor(QLatin1String(Field::GroupBranch))
                     .isEmpty());
        QVERIFY(!party::PartyRules::validate(g, std::nullopt, today)
                     .messageFor(QLatin1String(Field::GroupBranch))
                     .isEmpty());
        g.foundingDate = today.addDays(1);
        QVERIFY(!party::PartyRules::validate(g, K::Branch, today)
                     .messageFor(QLatin1String(Field::GroupDates))
                     .isEmpty());
        g.foundingDate = QDate(2024, 2, 29);
        g.dissolvedDate = QDate(2024, 2, 28);
        QVERIFY(!party::PartyRules::validate(g, K::Branch, today)
                     .messageFor(QLatin1String(Field::GroupDates))
                     .isEmpty());
        g.dissolvedDate = {};
        g.name = QStringLiteral("  ");
        QVERIFY(!party::PartyRules::validate(g, K::Branch, today)
                     .messageFor(QLatin1String(Field::GroupName))
                     .isEmpty());
    }

    // Divided into groups on a day: a group of that branch founded on or before it and not yet dissolved
    // (dissolved on the day: no longer).
    void dividedIntoGroups()
    {
        party::PartyGroup g;
        g.id = 1;
        g.branchId = 7;
        g.name = QStringLiteral("第一党小组");
        g.foundingDate = QDate(2024, 2, 29);
        g.dissolvedDate = QDate(2026, 3, 1);
        const QList<party::PartyGroup> groups{g};
        QVERIFY(!party::PartyRules::dividedIntoGroups(groups, 7, QDate(2024, 2, 28)));
        QVERIFY(party::PartyRules::dividedIntoGroups(groups, 7, QDate(2024, 2, 29)));
        QVERIFY(party::PartyRules::dividedIntoGroups(groups, 7, QDate(2026, 2, 28)));
        QVERIFY(!party::PartyRules::dividedIntoGroups(groups, 7, QDate(2026, 3, 1)));
        QVERIFY(!party::PartyRules::dividedIntoGroups(groups, 8, QDate(2025, 1, 1))); // another branch
        QVERIFY(!party::PartyRules::dividedIntoGroups({}, 7, QDate(2025, 1, 1)));
    }

    // A site is served by a team sent to it, or by one sent to its village or community (the same county,
    // township and name): an assignment marked so at another site of that village covers it.
    void servedThroughTheVillage()
    {
        Site a;
        a.id = 1;
        a.countyCode = QStringLiteral("430524");
        a.township = QStringLiteral("桃洪镇");
        a.community = QStringLiteral("新村社区");
        Site b = a;
        b.id = 2;
        b.community = QStringLiteral(" 新村社区 ");
        Site c = a;
        c.id = 3;
        c.township = QStringLiteral("金石桥镇");
        Site d = a;
        d.id = 4;
        d.community.clear();
        QHash<qint64, QString> villages;
        for (const Site& s : {a, b, c, d})
            villages.insert(s.id, party::SiteTeams::villageOf(s));
        QVERIFY(party::SiteTeams::villageOf(d).isEmpty());
        party::SiteAssignment team;
        team.kind = party::AssignmentKind::WorkTeam;
        team.siteId = 1;
        team.name = QStringLiteral("工作队");
        team.startDate = QDate(2025, 3, 1);
        team.endDate = QDate(2026, 2, 28);
        const auto serving = [&](const QList<party::SiteAssignment>& all, qint64 site, QDate day) {
            return party::SiteTeams::serving(all, site, villages, party::AssignmentKind::WorkTeam, day) !=
                   nullptr;
        };
        QVERIFY(serving({team}, 1, QDate(2026, 2, 28)));
        QVERIFY(!serving({team}, 2, QDate(2026, 2, 28))); // sent to site 1 alone
        team.coversVillage = true;
        QVERIFY(serving({team}, 2, QDate(2026, 2, 28)));
        QVERIFY(!serving({team}, 2, QDate(2026, 3, 1)));  // the term ended the day before
        QVERIFY(!serving({team}, 2, QDate(2025, 2, 28))); // not yet begun
        QVERIFY(!serving({team}, 3, QDate(2026, 1, 1)));  // a namesake in another township
        QVERIFY(!serving({team}, 4, QDate(2026, 1, 1)));  // names no village
        QVERIFY(party::SiteTeams::serving({team}, 2, villages, party::AssignmentKind::FirstSecretary,
                                          QDate(2026, 1, 1)) == nullptr);
        team.siteId = 4; // a site naming no village covers no other site, even when marked
        QVERIFY(!serving({team}, 1, QDate(2026, 1, 1)));
    }

    void coverageRule_data()
    {
        QTest::addColumn<int>("residents");
        QTest::addColumn<int>("full");
        QTest::addColumn<bool>("ownBranch");
        QTest::addColumn<bool>("needs");
        QTest::newRow("499 residents, 3 full") << 499 << 3 << false << false;
        QTest::newRow("500 residents, 2 full") << 500 << 2 << false << false;
        QTest::newRow("500 residents, 3 full") << 500 << 3 << false << true;
        QTest::newRow("500 residents, 3 full, own branch") << 500 << 3 << true << false;
        QTest::newRow("4000 residents, 40 full") << 4000 << 40 << false << true;
    }
    void coverageRule()
    {
        QFETCH(int, residents);
        QFETCH(int, full);
        QFETCH(bool, ownBranch);
        QFETCH(bool, needs);
        party::SiteCoverage site;
        site.residents = residents;
        site.fullMembers = full;
        site.covered = true;
        site.hasOwnOrganisation = ownBranch;
        QCOMPARE(party::PartyRules::needsOwnBranch(site, party::PartySettings::defaults()), needs);
    }

    void meetingPeriods()
    {
        QCOMPARE(party::PartyRules::periodStart(QDate(2026, 2, 28), 1), QDate(2026, 2, 1));
        QCOMPARE(party::PartyRules::periodEnd(QDate(2024, 2, 10), 1), QDate(2024, 2, 29));
        QCOMPARE(party::PartyRules::periodEnd(QDate(2025, 2, 10), 1), QDate(2025, 2, 28));
        QCOMPARE(party::PartyRules::periodStart(QDate(2026, 5, 31), 3), QDate(2026, 4, 1));
        QCOMPARE(party::PartyRules::periodEnd(QDate(2026, 5, 31), 3), QDate(2026, 6, 30));
        QCOMPARE(party::PartyRules::periodEnd(QDate(2026, 12, 31), 3), QDate(2026, 12, 31));
        QCOMPARE(party::PartyRules::periodStart(QDate(2026, 11, 28), 12), QDate(2026, 1, 1));
        QCOMPARE(party::PartyRules::periodEnd(QDate(2026, 1, 1), 12), QDate(2026, 12, 31));
        QCOMPARE(party::PartyRules::periodStart(QDate(2026, 8, 1), 6), QDate(2026, 7, 1));
        QCOMPARE(party::PartyRules::periodStart(QDate(2026, 8, 1), 0), QDate());
        QCOMPARE(party::PartyRules::monthEnd(QDate(2024, 2, 3)), QDate(2024, 2, 29));
    }

    void money()
    {
        QCOMPARE(party::PartyRules::formatYuan(1250), QStringLiteral("12.50"));
        QCOMPARE(party::PartyRules::formatYuan(5), QStringLiteral("0.05"));
        QCOMPARE(party::PartyRules::formatYuan(-120), QStringLiteral("-1.20"));
        QCOMPARE(party::PartyRules::parseYuan(QStringLiteral("12.5")), std::optional<party::Fen>(1250));
        QCOMPARE(party::PartyRules::parseYuan(QStringLiteral(" 0.05 ")), std::optional<party::Fen>(5));
        QCOMPARE(party::PartyRules::parseYuan(QStringLiteral("3000")), std::optional<party::Fen>(300000));
        QVERIFY(!party::PartyRules::parseYuan(QStringLiteral("1.234")));
        QVERIFY(!party::PartyRules::parseYuan(QStringLiteral("-1")));
        QVERIFY(!party::PartyRules::parseYuan(QStringLiteral("")));
    }

    void enumsRoundTrip()
    {
        for (const auto& info : enumInfos<party::StageEvent>())
            QCOMPARE(enumFromKey<party::StageEvent>(enumKey(info.value)), info.value);
        for (const auto& info : enumInfos<party::ReviewKind>())
            QCOMPARE(enumFromKey<party::ReviewKind>(enumKey(info.value)), info.value);
        QCOMPARE(enumFromText<party::DevelopmentStage>(QStringLiteral("Full member")),
                 party::DevelopmentStage::Full);
        QCOMPARE(party::ageBandFor(30), party::AgeBand::UpTo30);
        QCOMPARE(party::ageBandFor(31), party::AgeBand::From31To40);
        QCOMPARE(party::ageBandFor(70), party::AgeBand::From61To70);
        QCOMPARE(party::ageBandFor(71), party::AgeBand::Over70);
        QCOMPARE(
            party::stageAfter(party::StageEvent::ProbationExtension, party::DevelopmentStage::Probationary),
            party::DevelopmentStage::Probationary);
        QCOMPARE(party::eventEntering(party::DevelopmentStage::Full), party::StageEvent::Conversion);
    }
};

QTEST_GUILESS_MAIN(TestPartyRules)
#include "tst_partyrules.moc"

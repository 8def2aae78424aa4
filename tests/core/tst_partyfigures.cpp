// The party figures of a month on a small hand-built database where every number is known.
#include "TestDatabase.h"

#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "party/PartyStatistics.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"

#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QString Longhui = QStringLiteral("430524");

party::StageStep step(party::StageEvent event, QDate date)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    return s;
}

} // namespace

class TestPartyFigures : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 10;
    qint64 m_branch = 0;
    qint64 m_otherSite = 0;
    qint64 m_cadreA = 0;

    Database& db() { return m_test->db(); }
    party::PartyService service() { return party::PartyService(db()); }
    // The month's figures; none (so every comparison after fails too) when a query failed.
    party::PartyMonthFigures figures(QDate month, qint64 siteId = 0)
    {
        const Result<party::PartyMonthFigures> counted = party::PartyStatistics(db()).forMonth(month, siteId);
        if (!counted) {
            QTest::qFail(qPrintable(counted.summary()), __FILE__, __LINE__);
            return {};
        }
        return counted.value();
    }

    qint64 resident(const QString& name, QDate birth)
    {
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H%1").arg(++m_sequence);
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members = {makePerson(name, makeIdNumber(Longhui, birth, 2 * m_sequence + 1), Relationship::Head)};
        return registry::RegistryService(db()).saveHousehold(h, Today).value().members.first().id;
    }

    party::PartyMember create(party::PartyMember m, QDate joined)
    {
        m.organisationId = m_branch;
        const auto saved = service().createMember(m, joined, Today);
        if (!saved)
            qFatal("member: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    party::PartyMember cadre(const QString& name)
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = name;
        m.sex = Sex::Male;
        m.birthDate = QDate(1975, 1, 1);
        m.stageHistory = {step(party::StageEvent::Admission, QDate(2010, 7, 1)),
                          step(party::StageEvent::Conversion, QDate(2011, 7, 1))};
        m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
        return create(m, QDate(2024, 1, 1));
    }

    party::PartyMember residentWith(const QString& name, QList<party::StageStep> steps, QDate joined,
                                    const party::PartyMember& a, const party::PartyMember& b)
    {
        party::PartyMember m;
        m.personId = resident(name, QDate(1990, 5, 5));
        m.stageHistory = steps;
        m.mentor1Id = a.id;
        m.mentor2Id = b.id;
        m.sponsor1Id = a.id;
        m.sponsor2Id = b.id;
        m.politicalReviewDate = QDate(2023, 1, 1);
        m.trainingHours = 24;
        m.dues = {party::DuesCategory::Farmer, 0, 50, {}};
        return create(m, joined);
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestDatabase>();
        party::Organisation committee;
        committee.kind = party::OrganisationKind::Committee;
        committee.name = QStringLiteral("社区党委");
        committee.foundingDate = QDate(2019, 1, 1);
        const qint64 committeeId = service().saveOrganisation(committee, Today, Today).value().id;
        party::Organisation branch;
        branch.kind = party::OrganisationKind::Branch;
        branch.name = QStringLiteral("安置点党支部");
        branch.parentId = committeeId;
        branch.foundingDate = QDate(2019, 7, 1);
        branch.siteIds = {m_test->siteId()};
        m_branch = service().saveOrganisation(branch, Today, Today).value().id;
        Site other;
        other.code = QStringLiteral("430524009");
        other.name = QStringLiteral("另一安置点");
        other.countyCode = Longhui;
        m_otherSite = registry::SiteService(db()).saveSite(other).value().id;

        const party::PartyMember a = cadre(QStringLiteral("甲干部"));
        m_cadreA = a.id;
        const party::PartyMember b = cadre(QStringLiteral("乙干部"));
        const party::PartyMember c = cadre(QStringLiteral("丙干部"));
        const party::PartyMember d = cadre(QStringLiteral("丁干部"));
        // E applies, F becomes an activist, G is admitted, H converted: all in October 2026.
        residentWith(QStringLiteral("钱一"), {step(party::StageEvent::Application, QDate(2026, 10, 5))}, {},
                     a, b);
        residentWith(QStringLiteral("孙二"),
                     {step(party::StageEvent::Application, QDate(2025, 1, 10)),
                      step(party::StageEvent::Activist, QDate(2026, 10, 12))},
                     QDate(2026, 10, 1), a, b);
        const party::PartyMember g =
            residentWith(QStringLiteral("李三"),
                         {step(party::StageEvent::Application, QDate(2023, 1, 5)),
                          step(party::StageEvent::Activist, QDate(2023, 3, 1)),
                          step(party::StageEvent::DevelopmentTarget, QDate(2024, 3, 1)),
                          step(party::StageEvent::Admission, QDate(2026, 10, 20))},
                         QDate(2026, 10, 20), a, b);
        const party::PartyMember h =
            residentWith(QStringLiteral("周四"),
                         {step(party::StageEvent::Application, QDate(2022, 1, 5)),
                          step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                          step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                          step(party::StageEvent::Admission, QDate(2025, 10, 3))},
                         QDate(2025, 10, 3), a, b);
        QVERIFY(service()
                    .transition({h.id, party::StageEvent::Conversion, QDate(2026, 10, 3), {}, 0, {}}, Today)
                    .ok());
        QVERIFY(service()
                    .changeState(d.id, party::MemberState::Mobile, QDate(2026, 6, 1),
                                 QStringLiteral("外出务工"), Today)
                    .ok());
        party::RelationTransfer out;
        out.memberId = c.id;
        out.direction = party::TransferDirection::Out;
        out.otherUnit = QStringLiteral("外地党支部");
        out.letterNumber = QStringLiteral("转〔2026〕1号");
        out.letterDate = QDate(2026, 10, 1);
        const qint64 transfer = service().saveTransfer(out, Today).value().id;
        QVERIFY(service().completeTransfer(transfer, QDate(2026, 10, 15), Today).ok());
        // Dues: A pays September and October in October; B pays October in November; G pays October.
        QVERIFY(service()
                    .recordDuesPayments(a.id, {QDate(2026, 9, 1), QDate(2026, 10, 1)}, QDate(2026, 10, 10), 0,
                                        Today)
                    .ok());
        QVERIFY(service().recordDuesPayments(b.id, {QDate(2026, 10, 1)}, QDate(2026, 11, 3), 0, Today).ok());
        QVERIFY(service().recordDuesPayments(g.id, {QDate(2026, 10, 1)}, QDate(2026, 10, 25), 0, Today).ok());
        party::Meeting day;
        day.organisationId = m_branch;
        day.type = party::MeetingType::ThemePartyDay;
        day.date = QDate(2026, 10, 9);
        day.topic = QStringLiteral("重温入党誓词");
        QVERIFY(service().saveMeeting(day, Today).ok());
    }

    void october()
    {
        const party::PartyMonthFigures f = figures(QDate(2026, 10, 17));
        QCOMPARE(f.month, QDate(2026, 10, 1));
        QCOMPARE(f.organisations, 2);
        QCOMPARE(f.branches, 1);
        QCOMPARE(f.members.of(party::DevelopmentStage::Full), 4); // A, B, D, H (C transferred out)
        QCOMPARE(f.members.of(party::DevelopmentStage::Probationary), 1);
        QCOMPARE(f.members.of(party::DevelopmentStage::Activist), 1);
        QCOMPARE(f.members.of(party::DevelopmentStage::Applicant), 1);
        QCOMPARE(f.members.total(), 7);
        QCOMPARE(f.mobileMembers, 1);
        QCOMPARE(f.applications, 1);
        QCOMPARE(f.newActivists, 1);
        QCOMPARE(f.newDevelopmentTargets, 0);
        QCOMPARE(f.admissions, 1);
        QCOMPARE(f.conversions, 1);
        QCOMPARE(f.transfersOut, 1);
        QCOMPARE(f.transfersIn, 0);
        QCOMPARE(f.membersOwingDues, 5); // A, B, D at 40.00; G and H at 0.50
        QCOMPARE(f.duesDue, party::Fen(3 * 4000 + 50 + 50));
        QCOMPARE(f.membersPaidDues, 2); // A and G by the month's end; B paid in November
        QCOMPARE(f.duesPaid, party::Fen(4000 + 50));
        QCOMPARE(f.duesReceived, party::Fen(4000 + 4000 + 50));
        QCOMPARE(f.meetingsHeld, 1);
        // The theme party day only: no committee, and a branch not divided into 党小组 holds no 党小组会.
        QCOMPARE(f.meetingPeriodsExpected, 1);
        QCOMPARE(f.meetingPeriodsHeld, 1);
    }

    void septemberAsItWas()
    {
        const party::PartyMonthFigures f = figures(QDate(2026, 9, 1));
        QCOMPARE(f.members.of(party::DevelopmentStage::Full), 4);         // A, B, C, D
        QCOMPARE(f.members.of(party::DevelopmentStage::Probationary), 1); // H
        QCOMPARE(f.members.of(party::DevelopmentStage::Applicant), 0);    // F joined this branch in October
        QCOMPARE(f.conversions, 0);
        QCOMPARE(f.transfersOut, 0);
        QCOMPARE(f.membersOwingDues, 5); // A, B, C, D, H
        QCOMPARE(f.membersPaidDues, 0);  // A paid September in October
        QCOMPARE(f.duesReceived, party::Fen(0));
        // The quarter ends in September: general meeting and party lesson expected too, none held.
        QCOMPARE(f.meetingPeriodsExpected, 3);
        QCOMPARE(f.meetingPeriodsHeld, 0);
    }

    void bySite()
    {
        const party::PartyMonthFigures here = figures(QDate(2026, 10, 1), m_test->siteId());
        QCOMPARE(here.members.total(), 7);
        QCOMPARE(here.organisations, 1); // the branch covering the site
        const party::PartyMonthFigures other = figures(QDate(2026, 10, 1), m_otherSite);
        QCOMPARE(other.organisations, 0);
        QCOMPARE(other.members.total(), 0);
        QCOMPARE(other.duesDue, party::Fen(0));
    }

    // A changed dues basis counts from its month: October keeps A's old one, November has the new one.
    void duesBasisFromItsMonth()
    {
        party::PartyMember a = *party::PartyMemberRepository(db()).member(m_cadreA);
        a.dues = {party::DuesCategory::Employed, 600000, 0, QDate(2026, 11, 1)}; // 6,000 yuan: 1.5 %
        const Result<party::PartyMember> saved = service().saveMember(a, Today, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));
        QCOMPARE(figures(QDate(2026, 10, 1)).duesDue, party::Fen(3 * 4000 + 50 + 50));
        const party::PartyMonthFigures november = figures(QDate(2026, 11, 1));
        QCOMPARE(november.membersOwingDues, 5);
        QCOMPARE(november.duesDue, party::Fen(9000 + 2 * 4000 + 50 + 50));
    }
};

QTEST_GUILESS_MAIN(TestPartyFigures)
#include "tst_partyfigures.moc"

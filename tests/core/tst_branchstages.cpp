// Members by stage per branch at a month's end (the dashboard's party chart), on a hand-built office where
// every number is known: closed months, the site's branches, the order, and who may read them.
#include "Refusal.h"
#include "TestDatabase.h"

#include "party/BranchStageFigures.h"
#include "party/PartyService.h"
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

// Counts by stage in the order of DevelopmentStage: applicants, activists, targets, probationary, full.
QList<int> stages(const party::BranchStages& branch)
{
    return {branch.members.byStage.begin(), branch.members.byStage.end()};
}

} // namespace

class TestBranchStages : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 10;
    qint64 m_otherSite = 0;
    qint64 m_first = 0;  // 第一党支部, covering the test site
    qint64 m_second = 0; // 第二党支部, covering the other site
    qint64 m_third = 0;  // 第三党支部, under the general branch covering the test site

    Database& db() { return m_test->db(); }
    party::PartyService service() { return party::PartyService(db()); }

    qint64 organisation(party::OrganisationKind kind, const QString& name, qint64 parentId,
                        QList<qint64> siteIds)
    {
        party::Organisation o;
        o.kind = kind;
        o.name = name;
        o.parentId = parentId;
        o.foundingDate = QDate(2019, 1, 1);
        o.siteIds = siteIds;
        const auto saved = service().saveOrganisation(o, QDate(2019, 1, 1), Today);
        if (!saved)
            qFatal("organisation: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    qint64 resident(const QString& name)
    {
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H%1").arg(++m_sequence);
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members = {makePerson(name, makeIdNumber(Longhui, QDate(1990, 5, 5), 2 * m_sequence + 1),
                                Relationship::Head)};
        return registry::RegistryService(db()).saveHousehold(h, Today).value().members.first().id;
    }

    party::PartyMember create(party::PartyMember m, qint64 organisationId, QDate joined)
    {
        m.organisationId = organisationId;
        const auto saved = service().createMember(m, joined, Today);
        if (!saved)
            qFatal("member: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    party::PartyMember cadre(const QString& name, qint64 organisationId)
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = name;
        m.sex = Sex::Male;
        m.birthDate = QDate(1975, 1, 1);
        m.stageHistory = {step(party::StageEvent::Admission, QDate(2010, 7, 1)),
                          step(party::StageEvent::Conversion, QDate(2011, 7, 1))};
        m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
        return create(m, organisationId, QDate(2024, 1, 1));
    }

    party::PartyMember residentWith(const QString& name, QList<party::StageStep> steps, qint64 organisationId,
                                    QDate joined, const party::PartyMember& a, const party::PartyMember& b)
    {
        party::PartyMember m;
        m.personId = resident(name);
        m.stageHistory = steps;
        m.mentor1Id = a.id;
        m.mentor2Id = b.id;
        m.sponsor1Id = a.id;
        m.sponsor2Id = b.id;
        m.politicalReviewDate = QDate(2023, 1, 1);
        m.trainingHours = 24;
        m.dues = {party::DuesCategory::Farmer, 0, 50, {}};
        return create(m, organisationId, joined);
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestDatabase>();
        Site other;
        other.code = QStringLiteral("430524009");
        other.name = QStringLiteral("另一安置点");
        other.countyCode = Longhui;
        m_otherSite = registry::SiteService(db()).saveSite(other).value().id;
        const qint64 site = m_test->siteId();

        const qint64 committee =
            organisation(party::OrganisationKind::Committee, QStringLiteral("社区党委"), 0, {});
        m_first = organisation(party::OrganisationKind::Branch, QStringLiteral("安置点第一党支部"), committee,
                               {site});
        m_second = organisation(party::OrganisationKind::Branch, QStringLiteral("安置点第二党支部"),
                                committee, {m_otherSite});
        const qint64 general = organisation(party::OrganisationKind::GeneralBranch,
                                            QStringLiteral("安置点党总支"), committee, {site});
        m_third = organisation(party::OrganisationKind::JointBranch, QStringLiteral("安置点第三党支部"),
                               general, {});

        // 第一: two full members (one transferred out in November) and an applicant from October.
        const party::PartyMember a = cadre(QStringLiteral("甲干部"), m_first);
        const party::PartyMember b = cadre(QStringLiteral("乙干部"), m_first);
        residentWith(QStringLiteral("钱一"), {step(party::StageEvent::Application, QDate(2026, 10, 5))},
                     m_first, QDate(2026, 10, 1), a, b);
        // 第二: a full member and a probationary member admitted in June.
        cadre(QStringLiteral("丙干部"), m_second);
        residentWith(QStringLiteral("李三"),
                     {step(party::StageEvent::Application, QDate(2023, 1, 5)),
                      step(party::StageEvent::Activist, QDate(2023, 3, 1)),
                      step(party::StageEvent::DevelopmentTarget, QDate(2024, 3, 1)),
                      step(party::StageEvent::Admission, QDate(2026, 6, 20))},
                     m_second, QDate(), a, b); // in the branch from the first step on
        // 第三: an activist since 2025.
        residentWith(QStringLiteral("孙二"),
                     {step(party::StageEvent::Application, QDate(2025, 1, 10)),
                      step(party::StageEvent::Activist, QDate(2025, 4, 12))},
                     m_third, QDate(2025, 4, 12), a, b);

        party::RelationTransfer out;
        out.memberId = b.id;
        out.direction = party::TransferDirection::Out;
        out.otherUnit = QStringLiteral("外地党支部");
        out.letterNumber = QStringLiteral("转〔2026〕2号");
        out.letterDate = QDate(2026, 11, 1);
        const qint64 transfer = service().saveTransfer(out, Today).value().id;
        QVERIFY(service().completeTransfer(transfer, QDate(2026, 11, 10), Today).ok());
    }

    void octoberOfTheWholeOffice()
    {
        const auto branches = party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 10, 17));
        QVERIFY2(branches.ok(), qPrintable(branches.summary()));
        // Branches only (no committee, no general branch), largest first.
        QCOMPARE(branches.value().size(), 3);
        QCOMPARE(branches.value().at(0).organisationId, m_first);
        QCOMPARE(branches.value().at(0).name, QStringLiteral("安置点第一党支部"));
        QCOMPARE(stages(branches.value().at(0)), QList<int>({1, 0, 0, 0, 2}));
        QCOMPARE(branches.value().at(1).organisationId, m_second);
        QCOMPARE(stages(branches.value().at(1)), QList<int>({0, 0, 0, 1, 1}));
        QCOMPARE(branches.value().at(2).organisationId, m_third);
        QCOMPARE(stages(branches.value().at(2)), QList<int>({0, 1, 0, 0, 0}));
    }

    // A closed month reads as it was: in September the applicant had not applied (a tie of two, then by
    // name); in November the transferred member no longer counts.
    void otherMonthsAsTheyWere()
    {
        const auto september = party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 9, 1)).value();
        QCOMPARE(september.size(), 3);
        QCOMPARE(september.at(0).organisationId, m_first);
        QCOMPARE(stages(september.at(0)), QList<int>({0, 0, 0, 0, 2}));
        QCOMPARE(september.at(1).organisationId, m_second);
        QCOMPARE(stages(september.at(1)), QList<int>({0, 0, 0, 1, 1}));

        const auto november = party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 11, 30)).value();
        QCOMPARE(november.at(0).organisationId, m_first); // 2 and 2: 第一 before 第二 by name
        QCOMPARE(stages(november.at(0)), QList<int>({1, 0, 0, 0, 1}));
        QCOMPARE(november.at(1).organisationId, m_second);

        // May 2026: 李三 was still a development target in 第二.
        const auto may = party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 5, 31)).value();
        QCOMPARE(may.at(1).organisationId, m_second);
        QCOMPARE(stages(may.at(1)), QList<int>({0, 0, 1, 0, 1}));
    }

    // One site: the branches covering it and those under an organisation covering it.
    void branchesOfOneSite()
    {
        const auto site =
            party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 10, 1), m_test->siteId()).value();
        QCOMPARE(site.size(), 2);
        QCOMPARE(site.at(0).organisationId, m_first);
        QCOMPARE(site.at(1).organisationId, m_third);
        const auto other =
            party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 10, 1), m_otherSite).value();
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.at(0).organisationId, m_second);
    }

    void refusedToAClerk()
    {
        m_test->logInAs(Role::Clerk);
        const auto branches = party::BranchStageFigures::atMonthEnd(db(), QDate(2026, 10, 1));
        m_test->logInAs(Role::Admin);
        QVERIFY_REFUSED(branches, QStringLiteral("may not read party records."));
        QVERIFY(!branches.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBranchStages)
#include "tst_branchstages.moc"

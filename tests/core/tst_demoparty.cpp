// The demo's party organisation keeps the invariants the service keeps: current values equal the last
// history rows, helpers are full members, dues only for months owed, and one person is at most one member.
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyReview.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;

namespace {

const QDate DemoDay(2026, 11, 1);

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestDemoParty : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<test::TestDatabase>();
        // The fixture's site has no households: the generator accepts the database.
        demo::DemoOptions options;
        options.households = 2500;
        options.seed = 5;
        options.today = DemoDay;
        demo::DemoGenerator generator(m_test->db());
        const Outcome made = generator.generate(options);
        QVERIFY2(made.ok(), qPrintable(made.summary()));
        QVERIFY(generator.counts().partyMembers > 100);
        QVERIFY(generator.counts().partyOrganisations > 5);
    }

    void currentValuesFollowTheHistories()
    {
        const QList<party::PartyMember> members = party::PartyMemberRepository(m_test->db()).allMembers();
        QCOMPARE(members.size(), int(scalar(m_test->db(), QStringLiteral("SELECT COUNT(*) FROM party_members"))));
        QSet<qint64> full;
        for (const party::PartyMember& m : members)
            if (m.stage == party::DevelopmentStage::Full && m.state != party::MemberState::TransferredOut)
                full.insert(m.id);
        QSet<party::DevelopmentStage> stages;
        for (const party::PartyMember& m : members) {
            QVERIFY(m.isResident());
            QVERIFY(!m.name.isEmpty());
            QCOMPARE(m.stageOn(DemoDay), std::optional<party::DevelopmentStage>(m.stage));
            QCOMPARE(m.stageDate, m.dateOf(party::eventEntering(m.stage)));
            QCOMPARE(m.stateOn(DemoDay), std::optional<party::MemberState>(m.state));
            QCOMPARE(m.stateHistory.last().date, m.stateDate);
            QVERIFY(m.dateOf(party::StageEvent::Application).isValid());
            QVERIFY(m.ageOn(m.dateOf(party::StageEvent::Application)) >= 18);
            // Steps in order of date.
            for (int i = 1; i < m.stageHistory.size(); ++i)
                QVERIFY(m.stageHistory[i - 1].date <= m.stageHistory[i].date);
            const qint64 branch = m.organisationOn(DemoDay);
            if (m.state == party::MemberState::TransferredOut)
                QCOMPARE(branch, 0);
            else
                QCOMPARE(branch, m.organisationId);
            for (qint64 helper : {m.mentor1Id, m.mentor2Id, m.sponsor1Id, m.sponsor2Id})
                QVERIFY(helper == 0 || full.contains(helper));
            stages.insert(m.stage);
        }
        QCOMPARE(stages.size(), 5); // every stage
        QCOMPARE(scalar(m_test->db(), QStringLiteral("SELECT COUNT(*) FROM party_members m JOIN persons p ON p.id = m.person_id"
                                                     " WHERE p.political_status = 'party_member' AND m.stage <> 'full'")),
                 0);
    }

    void duesOnlyForMonthsOwed()
    {
        const QHash<qint64, QSet<QDate>> paid =
            party::PartyActivityRepository(m_test->db()).paidMonths({}, {});
        QVERIFY(!paid.isEmpty());
        for (const party::PartyMember& m : party::PartyMemberRepository(m_test->db()).allMembers())
            for (const QDate& month : paid.value(m.id))
                QVERIFY2(party::PartyRules::owesDuesFor(m, month) ||
                             month == party::PartyRules::monthStart(DemoDay),
                         qPrintable(m.name + month.toString(Qt::ISODate)));
    }

    void everySiteWithResidentsIsPlaced()
    {
        int covered = 0;
        int notCovered = 0;
        for (const party::SiteCoverage& site :
             party::OrganisationRepository(m_test->db()).siteCoverage(DemoDay)) {
            if (site.residents == 0)
                continue;
            covered += site.covered ? 1 : 0;
            notCovered += site.covered ? 0 : 1;
        }
        QVERIFY(covered > 10);
        QVERIFY(notCovered >= 1);            // on purpose
        QVERIFY(notCovered * 10 < covered); // a few only
        const auto tree = party::OrganisationRepository(m_test->db()).tree(DemoDay);
        int members = 0;
        for (const party::OrganisationNode& node : tree)
            if (node.depth == 0)
                members += node.subtree.total();
        QCOMPARE(members, int(scalar(m_test->db(), QStringLiteral("SELECT COUNT(*) FROM party_members"
                                                                  " WHERE state = 'normal' OR state = 'mobile'"))));
    }

    void reviewHasWork()
    {
        const QList<party::PartyReviewItem> items = party::PartyReview(m_test->db()).forMonth(DemoDay);
        QSet<party::ReviewKind> kinds;
        for (const party::PartyReviewItem& item : items) {
            kinds.insert(item.kind);
            QVERIFY(item.recordId > 0);
            QVERIFY(!item.description.isEmpty());
        }
        for (party::ReviewKind kind :
             {party::ReviewKind::ConversionDue, party::ReviewKind::DuesArrears,
              party::ReviewKind::MeetingMissing, party::ReviewKind::TransferPending,
              party::ReviewKind::SiteNotCovered, party::ReviewKind::SiteWithoutWorkTeam})
            QVERIFY2(kinds.contains(kind), qPrintable(enumKey(kind)));
    }
};

QTEST_GUILESS_MAIN(TestDemoParty)
#include "tst_demoparty.moc"

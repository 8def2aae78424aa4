// The decisions that windows and the CLI used to make for themselves (issue 13), each now one core
// call that both share: each test fails on the old behaviour.
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "demo/DemoGenerator.h"
#include "exchange/ColumnMappingCheck.h"
#include "exchange/RosterImporter.h"
#include "party/DuesOverview.h"
#include "party/MeetingAttendance.h"
#include "party/PartyReview.h"
#include "party/PartyService.h"
#include "party/PartySettings.h"
#include "party/SiteTeams.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"
#include "report/MonthlySummary.h"
#include "report/PartySection.h"

#include <QTest>

#include <algorithm>

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

QList<party::StageStep> fullHistory(QDate admitted)
{
    return {step(party::StageEvent::Admission, admitted),
            step(party::StageEvent::Conversion, admitted.addYears(1))};
}

} // namespace

class TestCoreDecisions : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_branch = 0;
    int m_sequence = 100;

    Database& db() { return m_test->db(); }

    qint64 branch(const QString& name, QList<qint64> sites)
    {
        party::Organisation o;
        o.kind = party::OrganisationKind::Branch;
        o.name = name;
        o.foundingDate = QDate(2019, 7, 1);
        o.siteIds = sites;
        const auto saved = party::PartyService(db()).saveOrganisation(o, Today, Today);
        if (!saved)
            qFatal("organisation: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    party::PartyMember cadre(const QString& name, QList<party::StageStep> steps, qint64 organisationId = 0)
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = name;
        m.sex = Sex::Female;
        m.birthDate = QDate(1980, 3, 3);
        m.organisationId = organisationId ? organisationId : m_branch;
        m.stageHistory = steps;
        m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
        const auto saved = party::PartyService(db()).createMember(m, QDate(2024, 1, 1), Today);
        if (!saved)
            qFatal("cadre: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    void resident(qint64 siteId)
    {
        Household h;
        h.siteId = siteId;
        h.number = QStringLiteral("H%1").arg(++m_sequence);
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members = {makePerson(QStringLiteral("王建国"),
                                makeIdNumber(Longhui, QDate(1970, 1, 1), 2 * m_sequence + 1),
                                Relationship::Head)};
        const auto saved = registry::RegistryService(db()).saveHousehold(h, Today);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_branch = branch(QStringLiteral("测试安置点党支部"), {m_test->siteId()});
    }
    void cleanup() { m_test.reset(); }

    // 党建 figures are party records: a clerk's summary has no party section (it had one, counted in
    // full), a manager's has it, and the section asked directly refuses the clerk.
    void summaryLeavesThePartySectionOutForAClerk()
    {
        cadre(QStringLiteral("李书记"), fullHistory(QDate(2015, 7, 1)));
        const report::ReportMonth month = report::ReportMonth::of(2026, 11);

        m_test->logInAs(Role::Manager);
        const Result<report::MonthlySummary> manager = report::MonthlySummaryBuilder(db()).build(month);
        QVERIFY2(manager, qPrintable(manager.summary()));
        QVERIFY(manager.value().section(QStringLiteral("party")));
        QCOMPARE(manager.value().figure(QStringLiteral("party"), QStringLiteral("members_full"))->value, 1);

        m_test->logInAs(Role::Clerk);
        const Result<report::MonthlySummary> clerk = report::MonthlySummaryBuilder(db()).build(month);
        QVERIFY2(clerk, qPrintable(clerk.summary()));
        QVERIFY(clerk.value().section(QStringLiteral("population")));
        QVERIFY(!clerk.value().section(QStringLiteral("party")));

        const Result<report::ReportSectionResult> direct =
            report::PartySection().compute(report::ReportContext(db(), month, 0));
        QVERIFY(!direct);
        QCOMPARE(direct.summary(), Permissions::require(db(), Action::ReadParty).summary());
    }

    // The audit page refuses with the reason (it returned an empty page, and the CLI checked again).
    void auditPageRefusesWithTheReason()
    {
        m_test->logInAs(Role::Clerk);
        const Result<QList<AuditEntry>> refused = AuditLog(db()).page({}, 0, 10);
        QVERIFY(!refused);
        QCOMPARE(refused.summary(), Permissions::require(db(), Action::ReadAudit).summary());
        QVERIFY(!refused.summary().isEmpty());

        m_test->logInAs(Role::Manager);
        const Result<QList<AuditEntry>> page = AuditLog(db()).page({}, 0, 10);
        QVERIFY2(page, qPrintable(page.summary()));
        QVERIFY(!page.value().isEmpty()); // the site and the branch written in init()
    }

    // The users list is the administrator's (UserRepository handed it to anyone).
    void usersListIsTheAdministrators()
    {
        db().setSession(std::nullopt);
        accounts::AccountService accounts(db());
        QVERIFY(accounts.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("Xin-2026-yuan")));
        m_test->logInAs(Role::Manager);
        const Result<QList<User>> refused = accounts.users();
        QVERIFY(!refused);
        QCOMPARE(refused.summary(), Permissions::require(db(), Action::ManageUsers).summary());
        m_test->logInAs(Role::Admin);
        const Result<QList<User>> users = accounts.users();
        QVERIFY2(users, qPrintable(users.summary()));
        QCOMPARE(users.value().size(), 1);
        QCOMPARE(users.value().constFirst().name, QStringLiteral("chief"));
    }

    // Only the administrator fills a database that has users, whoever calls the generator (the CLI
    // alone checked it).
    void demoDataOnlyByTheAdministratorOnceThereAreUsers()
    {
        TestDatabase empty(TestDatabase::Contents::Empty);
        Database& d = empty.db();
        d.setSession(std::nullopt);
        QVERIFY(accounts::AccountService(d).mayFillWithDemoData()); // no users: anyone may
        QVERIFY(accounts::AccountService(d).createFirstAdmin(QStringLiteral("chief"), {},
                                                             QStringLiteral("Xin-2026-yuan")));
        empty.logInAs(Role::Manager);
        const Outcome refused = accounts::AccountService(d).mayFillWithDemoData();
        QVERIFY(!refused);
        QCOMPARE(refused.summary(), Permissions::require(d, Action::ManageUsers).summary());
        demo::DemoOptions options;
        options.households = 3;
        const Outcome generated = demo::DemoGenerator(d).generate(options);
        QVERIFY(!generated);
        QCOMPARE(generated.summary(), refused.summary());
        empty.logInAs(Role::Admin);
        QVERIFY(accounts::AccountService(d).mayFillWithDemoData());
    }

    // One column for two fields: the check names the column and both fields, and the importer refuses
    // it before reading the file (it kept one of the two at random).
    void oneColumnForTwoFieldsIsRefused()
    {
        exchange::ColumnMapping mapping;
        mapping.insert(exchange::RosterField::Name, 0);
        mapping.insert(exchange::RosterField::IdNumber, 0);
        mapping.insert(exchange::RosterField::Relationship, 1);
        mapping.insert(exchange::RosterField::Phone, -1);
        const exchange::ColumnMappingCheck check = exchange::ColumnMappingCheck::of(mapping);
        QVERIFY(!check.ok());
        QVERIFY(check.missingRequired.isEmpty());
        QCOMPARE(check.sharedColumns.keys(), QList<int>{0});
        QCOMPARE(
            check.sharedColumns.value(0),
            (QList<exchange::RosterField>{exchange::RosterField::Name, exchange::RosterField::IdNumber}));
        QCOMPARE(check.messages(),
                 QStringList{exchange::ColumnMappingCheck::tr(
                                 "Column %1 is chosen for %2; each column can hold one field.")
                                 .arg(QStringLiteral("A"), QStringLiteral("姓名、身份证号"))});

        exchange::ImportOptions options;
        options.path =
            QStringLiteral("/nonexistent/roster.xlsx"); // never opened: the mapping is refused first
        options.mapping = mapping;
        const Result<exchange::ImportSummary> refused = exchange::RosterImporter(db()).run(options);
        QVERIFY(!refused);
        QCOMPARE(refused.summary(), check.messages().constFirst());

        mapping.remove(exchange::RosterField::Relationship);
        const exchange::ColumnMappingCheck missing = exchange::ColumnMappingCheck::of(mapping);
        QCOMPARE(missing.missingRequired, QList<exchange::RosterField>{exchange::RosterField::Relationship});
    }

    // Who is expected at a meeting: the branch's own probationary and full members on the roll.
    void meetingExpectsTheBranchsMembersOnTheRoll()
    {
        const qint64 other = branch(QStringLiteral("另一党支部"), {});
        const party::PartyMember full = cadre(QStringLiteral("甲"), fullHistory(QDate(2015, 7, 1)));
        const party::PartyMember probationary =
            cadre(QStringLiteral("乙"), {step(party::StageEvent::Admission, QDate(2026, 6, 1))});
        cadre(QStringLiteral("丙"),
              {step(party::StageEvent::Application, QDate(2026, 11, 1))});                // an applicant
        cadre(QStringLiteral("丁"), fullHistory(QDate(2015, 7, 1)), other);               // another branch
        const party::PartyMember died = cadre(QStringLiteral("戊"), fullHistory(QDate(2010, 7, 1)));
        QVERIFY(party::PartyService(db()).changeState(died.id, party::MemberState::Deceased,
                                                      QDate(2026, 10, 1), {}, Today));

        const Result<QList<party::Attendance>> expected = party::MeetingAttendance::expected(db(), m_branch);
        QVERIFY2(expected, qPrintable(expected.summary()));
        QList<qint64> ids;
        for (const party::Attendance& a : expected.value()) {
            ids.append(a.memberId);
            QVERIFY(a.present);
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{full.id, probationary.id}));

        m_test->logInAs(Role::Clerk);
        QVERIFY(!party::MeetingAttendance::expected(db(), m_branch));
    }

    // Arrears are priced at the basis in force in each month owed, as the review prices them (the
    // panel multiplied today's rate by the months owed).
    void duesOverviewPricesArrearsAsTheReviewDoes()
    {
        party::PartyMember m =
            cadre(QStringLiteral("李四"), fullHistory(QDate(2015, 7, 1)));      // 4,000 yuan: 1%, 40 yuan
        m.dues = {party::DuesCategory::Employed, 800000, 0, QDate(2026, 6, 1)}; // 8,000 yuan: 1.5%, 120 yuan
        const auto saved = party::PartyService(db()).saveMember(m, Today, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));

        const Result<party::DuesOverview> before =
            party::DuesOverview::forOrganisation(db(), m_branch, Today);
        QVERIFY2(before, qPrintable(before.summary()));
        QCOMPARE(before.value().rows.size(), 1);
        QList<QDate> pay = before.value().rows.constFirst().owed;
        QVERIFY(pay.contains(QDate(2026, 5, 1)) && pay.contains(QDate(2026, 7, 1)));
        pay.removeAll(QDate(2026, 5, 1));
        pay.removeAll(QDate(2026, 7, 1));
        const Outcome paid = party::PartyService(db()).recordDuesPayments(m.id, pay, Today, 0, Today);
        QVERIFY2(paid, qPrintable(paid.summary()));

        const Result<party::DuesOverview> overview =
            party::DuesOverview::forOrganisation(db(), m_branch, Today);
        QVERIFY2(overview, qPrintable(overview.summary()));
        const party::DuesOverviewRow& row = overview.value().rows.constFirst();
        QCOMPARE(overview.value().through, QDate(2026, 10, 1));
        QCOMPARE(row.owed, (QList<QDate>{QDate(2026, 5, 1), QDate(2026, 7, 1)}));
        QCOMPARE(row.perMonth, party::Fen(12000));
        QCOMPARE(row.owedAmount, party::Fen(4000 + 12000));
        QCOMPARE(overview.value().owing, 1);
        QCOMPARE(overview.value().owedTotal, party::Fen(16000));

        const QList<party::PartyReviewItem> review = party::PartyReview(db()).forMonth(QDate(2026, 11, 1));
        const auto arrears =
            std::find_if(review.cbegin(), review.cend(), [&](const party::PartyReviewItem& i) {
                return i.kind == party::ReviewKind::DuesArrears && i.memberId == m.id;
            });
        QVERIFY(arrears != review.cend());
        QCOMPARE(arrears->amount, row.owedAmount);
    }

    // A site without residents needs no work team: the panel counted it, the review did not.
    void siteTeamsCountAsTheReviewDoes()
    {
        resident(m_test->siteId());
        Site empty;
        empty.code = QStringLiteral("430524002");
        empty.name = QStringLiteral("空安置点");
        empty.countyCode = Longhui;
        QVERIFY(registry::SiteService(db()).saveSite(empty));

        const Result<party::SiteTeams> teams = party::SiteTeams::on(db(), Today);
        QVERIFY2(teams, qPrintable(teams.summary()));
        QCOMPARE(teams.value().rows.size(), 2);
        QCOMPARE(teams.value().withoutWorkTeam, 1);
        QCOMPARE(teams.value().withoutFirstSecretary, 1);

        const QList<party::PartyReviewItem> review = party::PartyReview(db()).forMonth(QDate(2026, 11, 1));
        QCOMPARE(int(std::count_if(review.cbegin(), review.cend(),
                                   [](const party::PartyReviewItem& i) {
                                       return i.kind == party::ReviewKind::SiteWithoutWorkTeam;
                                   })),
                 teams.value().withoutWorkTeam);

        party::SiteAssignment team;
        team.kind = party::AssignmentKind::WorkTeam;
        team.siteId = m_test->siteId();
        team.name = QStringLiteral("县农业局工作队");
        team.startDate = QDate(2026, 1, 1);
        const auto sent = party::PartyService(db()).saveAssignment(team);
        QVERIFY2(sent, qPrintable(sent.summary()));
        QCOMPARE(party::SiteTeams::on(db(), Today).value().withoutWorkTeam, 0);
    }

    // The party settings live twice, as rows the migrations store and as the code's fallbacks for a
    // missing row (the migrations are frozen, so neither can be derived from the other): they must agree.
    void settingsDefaultsInCodeAgreeWithTheStoredOnes()
    {
        const party::PartySettings stored = party::PartySettings::load(db());
        const party::PartySettings code = party::PartySettings::defaults();
        QCOMPARE(party::DuesRateTable::bracketsText(stored.dues.employed),
                 party::DuesRateTable::bracketsText(code.dues.employed));
        QCOMPARE(party::DuesRateTable::bracketsText(stored.dues.retired),
                 party::DuesRateTable::bracketsText(code.dues.retired));
        QCOMPARE(stored.dues.farmerMin, code.dues.farmerMin);
        QCOMPARE(stored.dues.farmerMax, code.dues.farmerMax);
        QCOMPARE(stored.dues.minimal, code.dues.minimal);
        QCOMPARE(stored.meetingMonths, code.meetingMonths);
        QCOMPARE(stored.branchMinFullMembers, code.branchMinFullMembers);
        QCOMPARE(stored.branchMaxMembers, code.branchMaxMembers);
        QCOMPARE(stored.committeeMinFullMembers, code.committeeMinFullMembers);
        QCOMPARE(stored.committeeMinSize, code.committeeMinSize);
        QCOMPARE(stored.committeeMaxSize, code.committeeMaxSize);
        QCOMPARE(stored.ownBranchMinResidents, code.ownBranchMinResidents);
        QCOMPARE(stored.ownBranchMinFullMembers, code.ownBranchMinFullMembers);
        QCOMPARE(stored.transferLetterDays, code.transferLetterDays);
        QCOMPARE(stored.seriousArrearsMonths, code.seriousArrearsMonths);
        // Every key the code reads is a stored row, so none of them falls back silently.
        for (const QString& key :
             {QStringLiteral("party.dues.employed"), QStringLiteral("party.dues.retired"),
              QStringLiteral("party.dues.farmer"), QStringLiteral("party.dues.minimal"),
              QStringLiteral("party.branch_min_full_members"), QStringLiteral("party.branch_max_members"),
              QStringLiteral("party.committee_min_full_members"), QStringLiteral("party.committee_min_size"),
              QStringLiteral("party.committee_max_size"), QStringLiteral("party.transfer_letter_days"),
              QStringLiteral("party.dues_serious_arrears_months"),
              QStringLiteral("rule.own_branch_min_residents"),
              QStringLiteral("rule.own_branch_min_full_members")})
            QVERIFY2(!db().setting(key).isEmpty(), qPrintable(key));
        for (auto it = code.meetingMonths.cbegin(); it != code.meetingMonths.cend(); ++it)
            QVERIFY2(!db().setting(party::PartySettings::meetingSettingKey(it.key())).isEmpty(),
                     qPrintable(party::PartySettings::meetingSettingKey(it.key())));
    }
};

QTEST_GUILESS_MAIN(TestCoreDecisions)
#include "tst_coredecisions.moc"

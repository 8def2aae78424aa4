// Industry projects 产业帮扶 on both engines: a project's rules (asset shares need total shares, only they
// give shares, dates), beneficiary households recorded in bulk for a year — whole or not at all, each bad
// household named, the people of the day kept on the row, the year's shares within the project's — the
// project list with its households and people, a household's benefits, and the refusals by role and site.
#include "Refusal.h"
#include "TestDatabase.h"
#include "TrainingFixtures.h"

#include "registry/RegistryService.h"
#include "work/IndustryRepository.h"
#include "work/IndustryRules.h"
#include "work/IndustryService.h"

#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::work;

namespace {

const QDate Today(2024, 6, 15);

IndustryProject draft(qint64 siteId, const QString& name, IndustryLevel level, IndustryModel model,
                      int totalShares = 0)
{
    IndustryProject p;
    p.siteId = siteId;
    p.name = name;
    p.level = level;
    p.model = model;
    p.investment = 150000000; // 150万元 in fen
    p.totalShares = totalShares;
    p.startedOn = QDate(2022, 4, 1);
    return p;
}

BeneficiaryEntry entry(qint64 householdId, int shares = 0, Fen amount = 0)
{
    BeneficiaryEntry e;
    e.householdId = householdId;
    e.shares = shares;
    e.amount = amount;
    return e;
}

} // namespace

class TestIndustryService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TrainingFixtures> m_fixtures;
    QList<qint64> m_households; // of 3, 2, 4 and 1 members at the test's site
    QList<qint64> m_firstMembers;

    Database& db() { return m_test->db(); }

    IndustryProject saved(const IndustryProject& p)
    {
        const auto result = IndustryService(db()).saveProject(p);
        if (!result)
            qFatal("project: %s", qPrintable(result.summary()));
        return result.value();
    }

    int rows()
    {
        return int(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM industry_beneficiaries")));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fixtures = std::make_unique<TrainingFixtures>(*m_test);
        m_households.clear();
        for (int members : {3, 2, 4, 1})
            m_households.append(m_fixtures->household(members, 0, members == 3 ? &m_firstMembers : nullptr));
    }
    void cleanup()
    {
        m_fixtures.reset();
        m_test.reset();
    }

    void aProjectsRules()
    {
        IndustryProject p =
            draft(0, QStringLiteral("光伏电站"), IndustryLevel::CountyPark, IndustryModel::AssetShares, 100);
        QVERIFY(IndustryRules::checkProject(p));
        p.totalShares = 0;
        QVERIFY_REFUSED(IndustryRules::checkProject(p), QStringLiteral("shares the assets are divided into"));
        p.model = IndustryModel::LabourPay;
        QVERIFY(IndustryRules::checkProject(p));
        p.totalShares = 1;
        QVERIFY_REFUSED(IndustryRules::checkProject(p), QStringLiteral("Only an asset-shares project"));
        p.totalShares = 0;
        p.endedOn = p.startedOn;
        QVERIFY(IndustryRules::checkProject(p));
        p.endedOn = p.startedOn.addDays(-1);
        QVERIFY_REFUSED(IndustryRules::checkProject(p), QStringLiteral("cannot end before it begins"));
        p.endedOn = {};
        p.investment = -1;
        QVERIFY_REFUSED(IndustryRules::checkProject(p), QStringLiteral("investment cannot be below 0"));
        p.investment = 0;
        p.name = QStringLiteral(" ");
        QVERIFY_REFUSED(IndustryRules::checkProject(p), QStringLiteral("project's name"));
        // The last year with days: ended_on is exclusive, so a project ended on 1 January 2024 gave last in
        // 2023.
        p.endedOn = QDate(2024, 1, 1);
        QCOMPARE(IndustryRules::lastYear(p), 2023);
        p.endedOn = QDate(2024, 1, 2);
        QCOMPARE(IndustryRules::lastYear(p), 2024);

        // Saved and changed with its version.
        IndustryService service(db());
        IndustryProject stored =
            saved(draft(m_test->siteId(), QStringLiteral(" 茶叶合作社 "), IndustryLevel::VillageCooperative,
                        IndustryModel::AssetShares, 100));
        QCOMPARE(stored.name, QStringLiteral("茶叶合作社"));
        QCOMPARE(stored.model, IndustryModel::AssetShares);
        stored.investment = 200000000;
        const auto changed = service.saveProject(stored);
        QVERIFY2(changed, qPrintable(changed.summary()));
        QCOMPARE(changed.value().rowVersion, 2);
        QVERIFY_REFUSED(service.saveProject(stored), QStringLiteral("Someone else changed this project"));
    }

    void beneficiariesAreRecordedWholeWithThePeopleOfTheDay()
    {
        IndustryService service(db());
        const IndustryProject p =
            saved(draft(m_test->siteId(), QStringLiteral("茶叶合作社"), IndustryLevel::VillageCooperative,
                        IndustryModel::AssetShares, 10));
        // A member of the first household moves away on 1 March 2024: counted on 1 February, not on 1 March.
        QVERIFY(registry::RegistryService(db()).moveOut(m_firstMembers.at(2), QDate(2024, 3, 1)));
        const auto before = service.recordBeneficiaries(p.id, 2023, {entry(m_households.at(0), 4, 120000)},
                                                        QDate(2024, 2, 29));
        QVERIFY2(before, qPrintable(before.summary()));
        QCOMPARE(before.value().at(0).people, 3);
        const auto after = service.recordBeneficiaries(
            p.id, 2024, {entry(m_households.at(0), 4, 120000), entry(m_households.at(1), 4, 90000)},
            QDate(2024, 3, 1));
        QVERIFY2(after, qPrintable(after.summary()));
        QCOMPARE(after.value().at(0).people, 2);
        QCOMPARE(after.value().at(1).people, 2);
        QCOMPARE(after.value().at(1).amount, Fen(90000));

        // 8 of 10 shares are given in 2024: 3 more do not fit (the household is named), 2 do.
        const int stored = rows();
        const auto over = service.recordBeneficiaries(p.id, 2024, {entry(m_households.at(2), 3)}, Today);
        QVERIFY_REFUSED(over,
                        QStringLiteral("3 shares do not fit; the project has 10 and 8 are given in 2024"));
        QVERIFY(over.summary().contains(QStringLiteral("H003")));
        QCOMPARE(rows(), stored);
        // A list with one bad household is refused whole, each bad one named with its row.
        const auto mixed =
            service.recordBeneficiaries(p.id, 2024,
                                        {entry(m_households.at(3), 1), entry(m_households.at(0), 1),
                                         entry(987654), entry(m_households.at(3))},
                                        Today);
        QVERIFY(!mixed);
        QCOMPARE(mixed.violations().size(), 3);
        QCOMPARE(mixed.violations().at(0).row, 1);
        QVERIFY(mixed.violations().at(0).message.contains(
            QStringLiteral("already benefits from the project in 2024")));
        QCOMPARE(mixed.violations().at(1).row, 2);
        QVERIFY(mixed.violations().at(1).message.contains(QStringLiteral("987654 is not on file")));
        QCOMPARE(mixed.violations().at(2).row, 3);
        QVERIFY(mixed.violations().at(2).message.contains(QStringLiteral("in the list twice")));
        QCOMPARE(rows(), stored);
        QVERIFY(service.recordBeneficiaries(p.id, 2024, {entry(m_households.at(2), 2)}, Today));

        // Years: before the project began, after the year recorded.
        QVERIFY_REFUSED(service.recordBeneficiaries(p.id, 2021, {entry(m_households.at(3))}, Today),
                        QStringLiteral("began in 2022; it gave nothing in 2021"));
        QVERIFY_REFUSED(service.recordBeneficiaries(p.id, 2025, {entry(m_households.at(3))}, Today),
                        QStringLiteral("2025 has not begun yet"));
        // A project of labour pay gives no shares; one that ended gives nothing after.
        IndustryProject pay =
            draft(0, QStringLiteral("扶贫车间务工"), IndustryLevel::TownshipBase, IndustryModel::LabourPay);
        pay.endedOn = QDate(2024, 1, 1);
        pay = saved(pay);
        QVERIFY_REFUSED(service.recordBeneficiaries(pay.id, 2023, {entry(m_households.at(3), 1)}, Today),
                        QStringLiteral("only an asset-shares project gives shares"));
        QVERIFY_REFUSED(service.recordBeneficiaries(pay.id, 2024, {entry(m_households.at(3))}, Today),
                        QStringLiteral("ended in 2023"));
        QVERIFY(service.recordBeneficiaries(pay.id, 2023, {entry(m_households.at(3), 0, 300000)}, Today));

        // The project's shares cannot drop below a year's given, nor its site exclude a household.
        IndustryProject fewer = *IndustryRepository(db()).project(p.id);
        fewer.totalShares = 9;
        QVERIFY_REFUSED(service.saveProject(fewer), QStringLiteral("10 shares are given in one year"));

        // A changed row keeps within the shares; a removed one frees them.
        const auto list = IndustryRepository(db()).beneficiaries(p.id, 2024);
        QVERIFY2(list, qPrintable(list.summary()));
        QCOMPARE(list.value().size(), 3);
        Beneficiary first = list.value().at(0).beneficiary; // H001
        QCOMPARE(list.value().at(0).householdNumber, QStringLiteral("H001"));
        first.shares = 5;
        QVERIFY_REFUSED(service.changeBeneficiary(first), QStringLiteral("5 shares do not fit"));
        first.shares = 3;
        first.amount = 150000;
        const auto changed = service.changeBeneficiary(first);
        QVERIFY2(changed, qPrintable(changed.summary()));
        QCOMPARE(changed.value().shares, 3);
        QCOMPARE(changed.value().people, 2);
        QVERIFY_REFUSED(service.removeBeneficiary(first.id, 1), QStringLiteral("Someone else changed"));
        QVERIFY(service.removeBeneficiary(first.id, 2));
        QCOMPARE(IndustryRepository(db()).sharesInYear(p.id, 2024), 6);
    }

    void theListCountsHouseholdsOnce()
    {
        IndustryService service(db());
        const IndustryProject tea =
            saved(draft(m_test->siteId(), QStringLiteral("茶叶合作社"), IndustryLevel::VillageCooperative,
                        IndustryModel::AssetShares, 10));
        IndustryProject park =
            draft(0, QStringLiteral("县工业园"), IndustryLevel::CountyPark, IndustryModel::LabourPay);
        park.startedOn = QDate(2024, 2, 1);
        park = saved(park);
        QVERIFY(service.recordBeneficiaries(
            tea.id, 2023, {entry(m_households.at(0), 2), entry(m_households.at(1), 2)}, QDate(2023, 12, 1)));
        QVERIFY(service.recordBeneficiaries(tea.id, 2024, {entry(m_households.at(0), 2, 50000)}, Today));
        QVERIFY(service.recordBeneficiaries(park.id, 2024, {entry(m_households.at(2), 0, 800000)}, Today));
        IndustryRepository repository(db());
        ProjectFilter y2024;
        y2024.year = 2024;
        const auto rows = repository.projects(y2024, 0, 50);
        QVERIFY2(rows, qPrintable(rows.summary()));
        QCOMPARE(rows.value().size(), 2);
        // The county park first (the levels' order), then the cooperative.
        QCOMPARE(rows.value().at(0).project.id, park.id);
        QCOMPARE(rows.value().at(0).households, 1);
        QCOMPARE(rows.value().at(0).people, 4);
        QCOMPARE(rows.value().at(0).amount, Fen(800000));
        QCOMPARE(rows.value().at(1).households, 1);
        QCOMPARE(rows.value().at(1).people, 3);
        QCOMPARE(rows.value().at(1).shares, 2);
        // 2023: the park had not begun.
        ProjectFilter y2023;
        y2023.year = 2023;
        QCOMPARE(repository.projectCount(y2023).value(), 1);
        // Every year: H001 counted once over its two years.
        ProjectFilter all;
        all.level = IndustryLevel::VillageCooperative;
        const auto every = repository.projects(all, 0, 50);
        QCOMPARE(every.value().size(), 1);
        QCOMPARE(every.value().at(0).households, 2);
        QCOMPARE(every.value().at(0).people, 5);
        ProjectFilter search;
        search.search = QStringLiteral("工业");
        QCOMPARE(repository.projectCount(search).value(), 1);
        const auto benefits = repository.benefitsOfHousehold(m_households.at(0));
        QVERIFY2(benefits, qPrintable(benefits.summary()));
        QCOMPARE(benefits.value().size(), 2);
        QCOMPARE(benefits.value().at(0).beneficiary.year, 2024);
        QCOMPARE(benefits.value().at(0).projectName, QStringLiteral("茶叶合作社"));
    }

    void rolesAndSites()
    {
        const qint64 other = m_fixtures->otherSite();
        const qint64 elsewhere = m_fixtures->household(2, other);
        IndustryService service(db());
        const IndustryProject local =
            saved(draft(m_test->siteId(), QStringLiteral("茶叶合作社"), IndustryLevel::VillageCooperative,
                        IndustryModel::LabourPay));
        const IndustryProject office =
            saved(draft(0, QStringLiteral("县工业园"), IndustryLevel::CountyPark, IndustryModel::LabourPay));
        // A household of another site does not benefit from this site's project.
        QVERIFY_REFUSED(service.recordBeneficiaries(local.id, 2024, {entry(elsewhere)}, Today),
                        QStringLiteral("lives at another site than the project's"));
        QVERIFY(service.recordBeneficiaries(office.id, 2024, {entry(m_households.at(0)), entry(elsewhere)},
                                            Today));

        m_test->logInAs(Role::Secretary);
        IndustryRepository repository(db());
        QVERIFY_REFUSED(repository.projects({}, 0, 50), QStringLiteral("may not"));
        QVERIFY_REFUSED(repository.beneficiaries(office.id), QStringLiteral("may not"));
        QVERIFY_REFUSED(repository.benefitsOfHousehold(m_households.at(0)), QStringLiteral("may not"));
        QVERIFY_REFUSED(service.recordBeneficiaries(local.id, 2024, {entry(m_households.at(1))}, Today),
                        QStringLiteral("may not"));

        m_test->logInAs(Role::Clerk, {other});
        QVERIFY_REFUSED(service.recordBeneficiaries(local.id, 2024, {entry(m_households.at(1))}, Today),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(service.recordBeneficiaries(office.id, 2024, {entry(m_households.at(1))}, Today),
                        QStringLiteral("a site you do not work on"));
        QVERIFY_REFUSED(service.saveProject(draft(m_test->siteId(), QStringLiteral("x"),
                                                  IndustryLevel::Household, IndustryModel::LabourPay)),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(service.saveProject(draft(0, QStringLiteral("x"), IndustryLevel::Household,
                                                  IndustryModel::LabourPay)),
                        QStringLiteral("for the whole office"));
        // They see the office's project with their household only, and not this site's project.
        const auto rows = repository.projects({}, 0, 50);
        QVERIFY2(rows, qPrintable(rows.summary()));
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().at(0).project.id, office.id);
        QCOMPARE(rows.value().at(0).households, 1);
        QCOMPARE(rows.value().at(0).people, 2);
        const auto list = repository.beneficiaries(office.id, 2024);
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().at(0).beneficiary.householdId, elsewhere);
        QVERIFY_REFUSED(repository.beneficiaries(local.id), QStringLiteral("works on other sites"));
        QVERIFY(service.saveProject(
            draft(other, QStringLiteral("养殖基地"), IndustryLevel::TownshipBase, IndustryModel::LabourPay)));
    }
};

QTEST_GUILESS_MAIN(TestIndustryService)
#include "tst_industryservice.moc"

#include "PartyFixture.h"

#include "charts/ChartView.h"
#include "party/ChartsPanel.h"
#include "party/MemberFilterBar.h"
#include "party/OrganisationTreeModel.h"
#include "party/PartyMemberModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace anju;

namespace {
// Every date of the test is counted from this day, never from the clock: on 5 March 2026 the member born on
// 12 March 1985 is 40, though 14,968 days / 365 would make him 41 (ages are birthdays passed, not days /
// 365).
const QDate Today(2026, 3, 5);
} // namespace

// The models of the 党建 page: the member list and its filters, the organisation tree with counts, and
// the chart figures of a branch.
class TestPartyModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }
    void filtersByStageStateSexAndAge();
    void filterBarSetsTheModelsFilter();
    void sortsByColumn();
    void treeCountsByStageWithTheOfficeFirst();
    void treeShowsTheBranchsPartyGroups();
    void chartsShowTheBranchProfile();

private:
    std::unique_ptr<test::PartyFixture> m_fixture;
    qint64 m_applicant = 0, m_activist = 0, m_probationary = 0, m_fullMan = 0, m_fullWoman = 0;
};

void TestPartyModels::init()
{
    m_fixture = std::make_unique<test::PartyFixture>();
    test::PartyFixture& f = *m_fixture;
    f.today = Today;
    const QDate today = Today;
    m_applicant = f.addMember(QStringLiteral("刘洋"), Sex::Male, today.addYears(-25).addDays(-30),
                              {{party::StageEvent::Application, today.addDays(-10)}}, 1);
    m_activist = f.addMember(QStringLiteral("周丽"), Sex::Female, today.addYears(-33),
                             {{party::StageEvent::Application, today.addYears(-2)},
                              {party::StageEvent::ApplicationTalk, today.addYears(-2).addDays(10)},
                              {party::StageEvent::Activist, today.addMonths(-11)}},
                             2);
    m_probationary = f.addProbationary(QStringLiteral("王建国"), today.addMonths(-6), 3); // born 1985
    const QList<QPair<party::StageEvent, QDate>> fullSteps = {
        {party::StageEvent::Application, QDate(2000, 3, 1)},
        {party::StageEvent::ApplicationTalk, QDate(2000, 3, 20)},
        {party::StageEvent::Activist, QDate(2000, 6, 1)},
        {party::StageEvent::DevelopmentTarget, QDate(2001, 7, 1)},
        {party::StageEvent::Admission, QDate(2001, 10, 1)},
        {party::StageEvent::Conversion, QDate(2002, 10, 1)}};
    m_fullMan = f.addMember(QStringLiteral("李四"), Sex::Male, QDate(1950, 1, 5), fullSteps, 4);
    m_fullWoman = f.addMember(QStringLiteral("张华"), Sex::Female, QDate(1962, 8, 20), fullSteps, 5);
}

void TestPartyModels::filtersByStageStateSexAndAge()
{
    PartyMemberModel model(m_fixture->t.db());
    model.setAsOf(Today);
    QCOMPARE(model.rowCount(), 5);
    QSignalSpy counted(&model, &PartyMemberModel::countChanged);

    model.setStage(party::DevelopmentStage::Full);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(counted.last().first().toInt(), 2);
    model.setSex(Sex::Female);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberId(0), m_fullWoman);
    model.setSex(std::nullopt);
    model.setStage(std::nullopt);

    // 31 to 40: the activist (33) and the probationary member born on 12 March 1985 (40 until his birthday).
    model.setAgeRange(31, 40);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOfMember(m_activist) >= 0);
    QVERIFY(model.rowOfMember(m_probationary) >= 0);
    QCOMPARE(model.index(model.rowOfMember(m_probationary), int(PartyMemberColumn::Age)).data().toString(),
             QStringLiteral("40"));
    QCOMPARE(model.rowOfMember(m_fullMan), -1);
    model.setAsOf(QDate(2026, 3, 11)); // the day before his 41st birthday
    QVERIFY(model.rowOfMember(m_probationary) >= 0);
    model.setAsOf(QDate(2026, 3, 12)); // 41 on his birthday
    QCOMPARE(model.rowOfMember(m_probationary), -1);
    QVERIFY(model.rowOfMember(m_activist) >= 0);
    model.setAsOf(Today);
    model.setAgeRange(71, -1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberId(0), m_fullMan);
    model.setAgeRange(-1, -1);

    model.setText(QStringLiteral("周"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberId(0), m_activist);
    model.setText({});

    // Deceased members leave the roll: the default state filter no longer lists them.
    QVERIFY(party::PartyService(m_fixture->t.db())
                .changeState(m_fullMan, party::MemberState::Deceased, Today, {}, Today));
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfMember(m_fullMan), -1);
    model.setState(party::MemberState::Deceased);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberId(0), m_fullMan);
}

void TestPartyModels::filterBarSetsTheModelsFilter()
{
    PartyMemberModel model(m_fixture->t.db());
    model.setAsOf(Today);
    MemberFilterBar bar(&model);
    QComboBox* stage = bar.stageCombo();
    stage->setCurrentIndex(stage->findData(int(party::DevelopmentStage::Activist)));
    QCOMPARE(model.filter().stage, std::optional<party::DevelopmentStage>(party::DevelopmentStage::Activist));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberId(0), m_activist);
    stage->setCurrentIndex(0);
    QCOMPARE(model.rowCount(), 5);

    QComboBox* age = bar.ageCombo();
    age->setCurrentIndex(age->findData(int(party::AgeBand::Over70)));
    QCOMPARE(model.filter().minAge, 71);
    QCOMPARE(model.filter().maxAge, -1);
    QCOMPARE(model.rowCount(), 1);
    age->setCurrentIndex(0);

    QComboBox* sex = bar.sexCombo();
    sex->setCurrentIndex(sex->findData(int(Sex::Female)));
    QCOMPARE(model.rowCount(), 2);
    sex->setCurrentIndex(0);

    // The search waits for a pause, or Enter.
    bar.searchEdit()->setText(QStringLiteral("张华")); // as typed (keyClicks takes Latin-1 only)
    QCOMPARE(model.rowCount(), 5);
    QTest::keyClick(bar.searchEdit(), Qt::Key_Return);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberId(0), m_fullWoman);
}

void TestPartyModels::sortsByColumn()
{
    PartyMemberModel model(m_fixture->t.db());
    model.setAsOf(Today);
    model.sort(int(PartyMemberColumn::Age), Qt::DescendingOrder);
    QCOMPARE(model.memberId(0), m_fullMan); // the oldest
    model.sort(int(PartyMemberColumn::Stage), Qt::AscendingOrder);
    QCOMPARE(model.memberId(0), m_applicant);
    QCOMPARE(model.index(0, int(PartyMemberColumn::Stage)).data().toString(), QStringLiteral("Applicant"));
    // The probationary member's conversion is due in six months.
    const int row = model.rowOfMember(m_probationary);
    QCOMPARE(model.index(row, int(PartyMemberColumn::NextDue)).data().toString(),
             QStringLiteral("2026-09-05")); // admitted 2025-09-05, one year of probation
}

void TestPartyModels::treeCountsByStageWithTheOfficeFirst()
{
    test::PartyFixture& f = *m_fixture;
    OrganisationTreeModel tree(f.t.db());
    tree.refresh(Today);
    QCOMPARE(tree.rowCount(), 2); // the office, then the branch
    const QModelIndex office = tree.index(0, 0);
    QVERIFY(tree.isOffice(office));
    QCOMPARE(tree.organisationId(office), 0);
    const QModelIndex branch = tree.index(1, 0);
    QCOMPARE(tree.organisationId(branch), f.branchId);
    QCOMPARE(branch.data().toString(), QStringLiteral("测试安置点党支部"));
    QCOMPARE(tree.index(1, int(OrganisationColumn::Full)).data().toString(), QStringLiteral("2"));
    QCOMPARE(tree.index(1, int(OrganisationColumn::Probationary)).data().toString(), QStringLiteral("1"));
    QCOMPARE(tree.index(1, int(OrganisationColumn::Targets)).data().toString(), QString()); // none: blank
    QCOMPARE(tree.index(0, int(OrganisationColumn::Applicants)).data().toString(), QStringLiteral("1"));
    QCOMPARE(tree.indexOf(f.branchId), branch);
    QCOMPARE(tree.parent(branch), QModelIndex());
}

// A 党小组 is a row under its branch, standing for the branch (its members count there, not twice).
void TestPartyModels::treeShowsTheBranchsPartyGroups()
{
    test::PartyFixture& f = *m_fixture;
    party::PartyGroup group;
    group.branchId = f.branchId;
    group.name = QStringLiteral("第一党小组");
    group.foundingDate = Today.addDays(-10);
    const auto saved = party::PartyService(f.t.db()).saveGroup(group, Today, Today);
    QVERIFY2(saved.ok(), qPrintable(saved.summary()));
    OrganisationTreeModel tree(f.t.db());
    tree.refresh(Today.addDays(-11)); // before its founding: no row
    QCOMPARE(tree.rowCount(tree.indexOf(f.branchId)), 0);
    tree.refresh(Today);
    const QModelIndex branch = tree.indexOf(f.branchId);
    QCOMPARE(tree.rowCount(branch), 1);
    const QModelIndex row = tree.index(0, 0, branch);
    QCOMPARE(tree.parent(row), branch);
    QCOMPARE(tree.groupId(row), saved.value().id);
    QCOMPARE(tree.groupId(branch), 0);
    QCOMPARE(tree.organisationId(row), f.branchId);
    QVERIFY(row.data().toString().contains(QStringLiteral("第一党小组")));
    QCOMPARE(tree.index(0, int(OrganisationColumn::Full), branch).data().toString(), QString());
    QCOMPARE(tree.index(1, int(OrganisationColumn::Full)).data().toString(), QStringLiteral("2"));
    QCOMPARE(tree.index(0, int(OrganisationColumn::Full)).data().toString(), QStringLiteral("2")); // office
}

void TestPartyModels::chartsShowTheBranchProfile()
{
    ChartsPanel charts(m_fixture->t.db());
    charts.setAsOf(Today);
    charts.setOrganisation(m_fixture->branchId, QStringLiteral("测试安置点党支部"));
    charts.refresh();
    const ChartData& stages = charts.stageChart()->data();
    QCOMPARE(stages.categories.size(), 5);
    QCOMPARE(stages.series.value(0).values, (QList<double>{1, 1, 0, 1, 2}));
    const ChartData& sexes = charts.sexChart()->data();
    QCOMPARE(sexes.kind, ChartData::Kind::Pie);
    // Age and sex count party members: the probationary man and the two full members.
    QCOMPARE(sexes.series.value(0).values, (QList<double>{2, 1}));
    QCOMPARE(charts.ageChart()->data().total(), 3.0);
    // On Today: 76 (born 1950), 63 (born 1962) and 40 (born 1985).
    const int over70 = int(party::AgeBand::Over70);
    QCOMPARE(charts.ageChart()->data().series.value(0).values.value(over70), 1.0);
    QCOMPARE(charts.ageChart()->data().series.value(0).values, (QList<double>{0, 1, 0, 0, 1, 1}));
    QVERIFY(charts.stageChart()->describe(0, 4).startsWith(QStringLiteral("Full member: 2")));
}

QTEST_MAIN(TestPartyModels)
#include "tst_partymodels.moc"

// The party organisation against a real database: the service's writes with their dated histories,
// the repositories, and the secretary's review of a month.
#include "Refusal.h"
#include "TestDatabase.h"

#include "backup/DatabaseCheck.h"

#include "database/SqlValues.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyGroupRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyReview.h"
#include "party/PartyService.h"
#include "party/PartyStatistics.h"
#include "party/PoliticalStatusSync.h"
#include "party/SiteTeams.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QString Longhui = QStringLiteral("430524");

party::StageStep step(party::StageEvent event, QDate date, const QString& reason = {})
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    s.reason = reason;
    return s;
}

// The steps of a member who became a full member long ago (recorded with the dates on file).
QList<party::StageStep> fullHistory(QDate admitted)
{
    return {step(party::StageEvent::Admission, admitted),
            step(party::StageEvent::Conversion, admitted.addYears(1))};
}

std::optional<party::PartyReviewItem> find(const QList<party::PartyReviewItem>& items, party::ReviewKind kind,
                                           qint64 recordId)
{
    for (const party::PartyReviewItem& item : items)
        if (item.kind == kind && item.recordId == recordId)
            return item;
    return std::nullopt;
}

} // namespace

class TestPartyService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_committee = 0;
    qint64 m_branch = 0;
    int m_sequence = 100;

    Database& db() { return m_test->db(); }

    party::Organisation organisation(party::OrganisationKind kind, const QString& name, qint64 parent,
                                     QList<qint64> sites)
    {
        party::Organisation o;
        o.kind = kind;
        o.name = name;
        o.parentId = parent;
        o.foundingDate = QDate(2019, 7, 1);
        o.siteIds = sites;
        const auto saved = party::PartyService(db()).saveOrganisation(o, Today, Today);
        if (!saved)
            qFatal("organisation: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    // A household of one resident at a site; returns the person's id.
    qint64 resident(const QString& name, QDate birth, Sex sex = Sex::Male, qint64 siteId = 0)
    {
        Household h;
        h.siteId = siteId ? siteId : m_test->siteId();
        h.number = QStringLiteral("H%1").arg(++m_sequence);
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        const int seq = sex == Sex::Male ? 2 * m_sequence + 1 : 2 * m_sequence;
        h.members = {makePerson(name, makeIdNumber(Longhui, birth, seq % 1000), Relationship::Head)};
        const auto saved = registry::RegistryService(db()).saveHousehold(h, Today);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        return saved.value().members.first().id;
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

    party::PartyMember residentMember(qint64 personId, QList<party::StageStep> steps,
                                      qint64 organisationId = 0, QDate joined = {})
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::Resident;
        m.personId = personId;
        m.organisationId = organisationId ? organisationId : m_branch;
        m.stageHistory = steps;
        m.dues = {party::DuesCategory::Farmer, 0, 50, {}};
        const auto saved = party::PartyService(db()).createMember(m, joined, Today);
        if (!saved)
            qFatal("member: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    qint64 addSite(const QString& code)
    {
        Site site;
        site.code = code;
        site.name = QStringLiteral("安置点") + code.right(3);
        site.countyCode = Longhui;
        const auto saved = registry::SiteService(db()).saveSite(site);
        return saved.value().id;
    }

    // `count` residents at a site written straight in SQL (one household each), for the coverage counts.
    void bulkResidents(qint64 siteId, int count)
    {
        // One transaction, as the program writes (and PostgreSQL's audit rows wait for its end).
        WriteTransaction transaction(db());
        QSqlQuery q(db().connection());
        for (int i = 0; i < count; ++i) {
            ++m_sequence;
            q.prepare(QStringLiteral(
                "INSERT INTO households (number, site_id, relocation_date) VALUES (?, ?, '2020-01-01')"));
            q.addBindValue(QStringLiteral("B%1").arg(m_sequence));
            q.addBindValue(siteId);
            QVERIFY(q.exec());
            const qint64 household = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral(
                "INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship)"
                " VALUES (?, '居民', ?, 'male', '1970-01-01', 'head')"));
            q.addBindValue(household);
            q.addBindValue(QStringLiteral("X%1").arg(m_sequence));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            const qint64 person = q.lastInsertId().toLongLong();
            q.prepare(
                QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date)"
                               " VALUES (?, ?, 'head', '2020-01-01')"));
            q.addBindValue(person);
            q.addBindValue(household);
            QVERIFY(q.exec());
        }
        QVERIFY(transaction.commit());
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_committee =
            organisation(party::OrganisationKind::Committee, QStringLiteral("桃洪镇安置社区党委"), 0, {}).id;
        m_branch = organisation(party::OrganisationKind::Branch, QStringLiteral("测试安置点党支部"),
                                m_committee, {m_test->siteId()})
                       .id;
    }
    void cleanup() { m_test.reset(); }

    void migrationAndSettings()
    {
        QCOMPARE(db().schemaVersion(), Database::latestSchemaVersion());
        const party::PartySettings loaded = party::PartySettings::load(db());
        QCOMPARE(loaded.monthsFor(party::MeetingType::GeneralMeeting), 3);
        QCOMPARE(loaded.monthsFor(party::MeetingType::ThemePartyDay), 1);
        QCOMPARE(loaded.monthsFor(party::MeetingType::DemocraticReview), 12);
        QCOMPARE(loaded.dues.employed.size(), 4);
        QCOMPARE(loaded.ownBranchMinResidents, 500);
        QVERIFY(db().setSetting(QStringLiteral("party.meeting_months.theme_party_day"), QStringLiteral("0")));
        QVERIFY(db().setSetting(QStringLiteral("party.dues.minimal"), QStringLiteral("0.5")));
        QVERIFY(db().setSetting(QStringLiteral("party.meeting_months.party_lesson"),
                                QStringLiteral("5"))); // not a divisor of 12
        const party::PartySettings changed = party::PartySettings::load(db());
        QCOMPARE(changed.monthsFor(party::MeetingType::ThemePartyDay), 0);
        QCOMPARE(changed.monthsFor(party::MeetingType::PartyLesson), 3);
        QCOMPARE(changed.dues.minimal, party::Fen(50));
        party::PartySettings edited = changed;
        edited.branchMaxMembers = 60;
        QVERIFY(edited.save(db()));
        QCOMPARE(party::PartySettings::load(db()).branchMaxMembers, 60);
        QCOMPARE(party::PartySettings::load(db()).dues.minimal, party::Fen(50));
    }

    void organisationRules()
    {
        party::PartyService service(db());
        party::Organisation under;
        under.kind = party::OrganisationKind::Branch;
        under.name = QStringLiteral("支部下的支部");
        under.parentId = m_branch;
        under.foundingDate = QDate(2020, 1, 1);
        QVERIFY_REFUSED(service.saveOrganisation(under, Today, Today),
                        QStringLiteral("A party branch has no organisations under it."));
        const auto committeeFound = party::OrganisationRepository(db()).organisation(m_committee);
        QVERIFY(committeeFound);
        party::Organisation committee = *committeeFound;
        committee.parentId = m_branch;
        QVERIFY_REFUSED(service.saveOrganisation(committee, Today, Today),
                        QStringLiteral("A party branch has no organisations under it."));
        party::Organisation unnamed;
        unnamed.foundingDate = QDate(2020, 1, 1);
        const auto refused = service.saveOrganisation(unnamed, Today, Today);
        QVERIFY(!refused.messageFor(QLatin1String(Field::OrganisationName)).isEmpty());

        const auto tree = party::OrganisationRepository(db()).tree(Today);
        QCOMPARE(tree.size(), 2);
        QCOMPARE(tree[0].organisation.id, m_committee);
        QCOMPARE(tree[1].depth, 1);
        QCOMPARE(tree[1].siteNames, QStringList{QStringLiteral("测试安置点")});
    }

    void residentMemberIsThePerson()
    {
        const qint64 person = resident(QStringLiteral("王建国"), QDate(1985, 4, 12));
        const party::PartyMember m =
            residentMember(person, {step(party::StageEvent::Application, QDate(2026, 3, 1))});
        QCOMPARE(m.name, QStringLiteral("王建国"));
        QCOMPARE(m.birthDate, QDate(1985, 4, 12));
        QCOMPARE(m.siteId, m_test->siteId());
        QCOMPARE(m.stage, party::DevelopmentStage::Applicant);
        // No copy of the name on the member row.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT cadre_name, cadre_id_number FROM party_members WHERE id = %1").arg(m.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), QString());
        // One person, one member.
        party::PartyMember again;
        again.personId = person;
        again.organisationId = m_branch;
        again.stageHistory = {step(party::StageEvent::Application, QDate(2026, 4, 1))};
        again.dues = {party::DuesCategory::Farmer, 0, 50, {}};
        const auto twice = party::PartyService(db()).createMember(again, {}, Today);
        QVERIFY(!twice.messageFor(QLatin1String(Field::MemberPerson)).isEmpty());
        const auto stillOne = party::PartyMemberRepository(db()).memberForPerson(person);
        QVERIFY(stillOne);
        QCOMPARE(stillOne->id, m.id);
    }

    void underageApplicationOnlyFromRecords()
    {
        const qint64 person = resident(QStringLiteral("王小军"), QDate(2008, 1, 10));
        party::PartyMember m;
        m.personId = person;
        m.organisationId = m_branch;
        m.stageHistory = {step(party::StageEvent::Application, QDate(2026, 1, 9))};
        m.dues = {party::DuesCategory::Student, 0, 0, {}};
        const auto refused = party::PartyService(db()).createMember(m, {}, Today);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.messageFor(QLatin1String(Field::TransitionReason), 0).isEmpty());
        // A reason alone sets nothing aside on a live entry (issue 16 item 4).
        m.stageHistory.first().reason = QStringLiteral("支部同意");
        QVERIFY_REFUSED(party::PartyService(db()).createMember(m, {}, Today),
                        QStringLiteral("the age of 18 is required"));
        // Entered from the member's paper file: on file, marked, with the reason and the broken rule.
        m.stageHistory.first().fromRecords = true;
        m.stageHistory.first().reason = QStringLiteral("据2025年入党申请书原件补录");
        const auto fromRecords = party::PartyService(db()).createMember(m, {}, Today);
        QVERIFY2(fromRecords.ok(), qPrintable(fromRecords.summary()));
        const party::PartyMember stored = fromRecords.value();
        QVERIFY(stored.enteredFromRecords);
        QVERIFY(stored.stageHistory.first().fromRecords);
        QVERIFY(stored.stageHistory.first().brokenRules.contains(QStringLiteral("age of 18")));
        party::PartyMemberFilter all;
        const auto rows = party::PartyMemberRepository(db()).members(all);
        const auto row =
            std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.id == stored.id; });
        QVERIFY(row != rows.end() && row->enteredFromRecords);
        // A live entry at 18 needs no mark.
        const qint64 other = resident(QStringLiteral("王小红"), QDate(2008, 1, 10));
        m.personId = other;
        m.stageHistory = {step(party::StageEvent::Application, QDate(2026, 1, 10))};
        const auto live = party::PartyService(db()).createMember(m, {}, Today);
        QVERIFY(live.ok());
        QVERIFY(!live.value().enteredFromRecords);
    }

    void developmentWithReasonsKept()
    {
        const party::PartyMember a = cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1)));
        const party::PartyMember b = cadre(QStringLiteral("陈刚"), fullHistory(QDate(2012, 7, 1)));
        const qint64 person = resident(QStringLiteral("刘洋"), QDate(1995, 8, 8));
        party::PartyMember m =
            residentMember(person, {step(party::StageEvent::Application, QDate(2024, 2, 29))});
        party::PartyService service(db());

        party::StageTransition t{m.id, party::StageEvent::Activist, QDate(2024, 4, 1), {}, 0, {}};
        QVERIFY_REFUSED(service.transition(t, Today),
                        QStringLiteral("One or two full members are needed as mentors.")); // no mentors
        m.mentor1Id = a.id; // one mentor is enough (细则 第十条); the second is optional
        m = service.saveMember(m, Today, Today).value();
        QVERIFY(service.transition(t, Today).ok());

        // A year of cultivation from 1 April 2024 ends on 1 April 2025: earlier has no exception on a
        // live entry (issue 16 item 4), whatever the reason; only a step entered from paper records.
        party::StageTransition early{m.id, party::StageEvent::DevelopmentTarget, QDate(2025, 3, 31), {}, 0,
                                     {}};
        const party::TransitionCheck check = service.checkTransition(early, Today);
        QVERIFY(check.blocking.ok());
        QVERIFY(check.overridable.ok());
        QCOMPARE(check.recordsOnly.violations().size(), 1);
        QVERIFY_REFUSED(service.transition(early, Today),
                        QStringLiteral("one year of cultivation ends on 2025-04-01"));
        early.reason = QStringLiteral("表现突出，经党委研究同意");
        QVERIFY_REFUSED(service.transition(early, Today), QStringLiteral("have no exceptions"));
        early.fromRecords = true;
        early.reason.clear();
        QVERIFY_REFUSED(service.transition(early, Today),
                        QStringLiteral("Name the paper records the step is entered from."));
        early.reason = QStringLiteral("据1990年发展党员档案补录");
        m = service.transition(early, Today).value();
        QCOMPARE(m.stage, party::DevelopmentStage::DevelopmentTarget);
        QVERIFY(m.enteredFromRecords);
        const party::StageStep kept = m.stageHistory.last();
        QCOMPARE(kept.reason, early.reason);
        QVERIFY(kept.fromRecords);
        QVERIFY(kept.brokenRules.contains(QStringLiteral("2025-04-01")));
        QVERIFY(!m.stageHistory.first().fromRecords);

        // Admission with sponsors, review and training; then the conversion one year on.
        m.sponsor1Id = a.id;
        m.sponsor2Id = b.id;
        m.politicalReviewDate = QDate(2025, 5, 1);
        m.trainingHours = 24;
        m = service.saveMember(m, Today, Today).value();
        m = service.transition({m.id, party::StageEvent::Admission, QDate(2025, 6, 30), {}, 0, {}}, Today)
                .value();
        QCOMPARE(m.stage, party::DevelopmentStage::Probationary);
        QCOMPARE(m.stageDate, QDate(2025, 6, 30));
        QCOMPARE(party::PartyRules::conversionDue(m), QDate(2026, 6, 30));
        QVERIFY(
            !service.transition({m.id, party::StageEvent::Conversion, QDate(2026, 6, 29), {}, 0, {}}, Today)
                 .ok());
        m = service.transition({m.id, party::StageEvent::Conversion, QDate(2026, 6, 30), {}, 0, {}}, Today)
                .value();
        QCOMPARE(m.stage, party::DevelopmentStage::Full);
        QCOMPARE(m.stageHistory.size(), 5);
        QCOMPARE(m.stageOn(QDate(2026, 6, 29)), party::DevelopmentStage::Probationary);
        // Nothing after a full member.
        QVERIFY(!service
                     .checkTransition(
                         {m.id, party::StageEvent::Conversion, Today, QStringLiteral("x"), 0, {}}, Today)
                     .blocking.ok());
    }

    void reviewOfAMonthReadsAsItWas()
    {
        const qint64 person = resident(QStringLiteral("赵丽"), QDate(1990, 1, 1), Sex::Female);
        party::PartyMember m = residentMember(person,
                                              {step(party::StageEvent::Application, QDate(2023, 1, 5)),
                                               step(party::StageEvent::Activist, QDate(2023, 3, 1)),
                                               step(party::StageEvent::DevelopmentTarget, QDate(2024, 3, 1)),
                                               step(party::StageEvent::Admission, QDate(2025, 10, 15))},
                                              0, QDate(2025, 11, 1));
        party::PartyReview review(db());
        const auto due = find(review.forMonth(QDate(2026, 10, 1)), party::ReviewKind::ConversionDue, m.id);
        QVERIFY(due);
        QCOMPARE(due->urgency, party::ReviewUrgency::Due);
        QCOMPARE(due->dueDate, QDate(2026, 10, 15));
        QCOMPARE(due->record, party::ReviewRecord::Member);
        QCOMPARE(due->memberName, QStringLiteral("赵丽"));
        QVERIFY(!find(review.forMonth(QDate(2026, 9, 1)), party::ReviewKind::ConversionDue, m.id));
        const auto overdue =
            find(review.forMonth(QDate(2026, 11, 1)), party::ReviewKind::ConversionDue, m.id);
        QVERIFY(overdue);
        QCOMPARE(overdue->urgency, party::ReviewUrgency::Overdue);

        QVERIFY(party::PartyService(db())
                    .transition({m.id, party::StageEvent::Conversion, QDate(2026, 11, 2), {}, 0, {}}, Today)
                    .ok());
        QVERIFY(!find(review.forMonth(QDate(2026, 11, 1)), party::ReviewKind::ConversionDue, m.id));
        // October, reviewed after the conversion, still shows it due: closed months read as they were.
        QVERIFY(find(review.forMonth(QDate(2026, 10, 1)), party::ReviewKind::ConversionDue, m.id));
    }

    void extensionEnding()
    {
        const qint64 person = resident(QStringLiteral("孙强"), QDate(1988, 2, 29));
        const party::PartyMember m =
            residentMember(person,
                           {step(party::StageEvent::Application, QDate(2022, 1, 5)),
                            step(party::StageEvent::Activist, QDate(2022, 3, 1)),
                            step(party::StageEvent::DevelopmentTarget, QDate(2023, 3, 1)),
                            step(party::StageEvent::Admission, QDate(2024, 2, 29))},
                           0, QDate(2024, 3, 1));
        QVERIFY(party::PartyService(db())
                    .transition({m.id, party::StageEvent::ProbationExtension, QDate(2025, 2, 25), {}, 12, {}},
                                Today)
                    .ok());
        const auto items = party::PartyReview(db()).forMonth(QDate(2026, 2, 1));
        const auto ending = find(items, party::ReviewKind::ExtensionEnding, m.id);
        QVERIFY(ending);
        QCOMPARE(ending->dueDate, QDate(2026, 2, 28));
        QVERIFY(!find(items, party::ReviewKind::ConversionDue, m.id));
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2025, 2, 1)), party::ReviewKind::ConversionDue,
                      m.id));
    }

    void applicantsAndActivistsInReview()
    {
        const party::PartyMember applicant =
            residentMember(resident(QStringLiteral("钱进"), QDate(1996, 5, 5)),
                           {step(party::StageEvent::Application, QDate(2026, 9, 30))});
        const party::PartyMember activist =
            residentMember(resident(QStringLiteral("吴芳"), QDate(1993, 5, 5), Sex::Female),
                           {step(party::StageEvent::Application, QDate(2025, 6, 1)),
                            step(party::StageEvent::Activist, QDate(2025, 10, 31))},
                           0, QDate(2026, 1, 1));
        const auto october = party::PartyReview(db()).forMonth(QDate(2026, 10, 1));
        // The talk is due by 30 October (a month after 30 September).
        const auto talk = find(october, party::ReviewKind::ApplicationTalkDue, applicant.id);
        QVERIFY(talk);
        QCOMPARE(talk->dueDate, QDate(2026, 10, 30));
        const auto year = find(october, party::ReviewKind::ActivistEligible, activist.id);
        QVERIFY(year);
        QCOMPARE(year->dueDate, QDate(2026, 10, 31));
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2026, 9, 1)),
                      party::ReviewKind::ActivistEligible, activist.id));
        QVERIFY(
            party::PartyService(db())
                .transition(
                    {applicant.id, party::StageEvent::ApplicationTalk, QDate(2026, 10, 20), {}, 0, {}}, Today)
                .ok());
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2026, 10, 1)),
                      party::ReviewKind::ApplicationTalkDue, applicant.id));
    }

    void duesPaymentsAndArrears()
    {
        const qint64 person = resident(QStringLiteral("郑伟"), QDate(1970, 6, 6));
        const party::PartyMember m =
            residentMember(person, fullHistory(QDate(2000, 7, 1)), 0, QDate(2026, 3, 10));
        QCOMPARE(m.duesFrom, QDate(2026, 3, 1));
        party::PartyService service(db());
        // Farmer with 0.50 yuan agreed: paid March to June, computed from the basis.
        QVERIFY(service
                    .recordDuesPayments(
                        m.id, {QDate(2026, 3, 1), QDate(2026, 4, 1), QDate(2026, 5, 1), QDate(2026, 6, 15)},
                        QDate(2026, 6, 20), 0, Today)
                    .ok());
        const auto payments = party::PartyActivityRepository(db()).payments(m.id);
        QCOMPARE(payments.size(), 4);
        QCOMPARE(payments.last().month, QDate(2026, 6, 1));
        QCOMPARE(payments.last().amount, party::Fen(50));
        QVERIFY_REFUSED(service.recordDuesPayments(m.id, {QDate(2026, 4, 1)}, Today, 0, Today),
                        QStringLiteral("The dues of 2026-04 are already paid.")); // paid already
        QVERIFY_REFUSED(service.recordDuesPayments(m.id, {QDate(2026, 7, 1)}, Today.addDays(1), 0, Today),
                        QStringLiteral("Enter the day of payment (not in the future)."));

        // Reviewing November: July–October unpaid = 4 months, 2.00 yuan, not yet serious.
        auto items = party::PartyReview(db()).forMonth(QDate(2026, 11, 1));
        const auto arrears = find(items, party::ReviewKind::DuesArrears, m.id);
        QVERIFY(arrears);
        QCOMPARE(arrears->count, 4);
        QCOMPARE(arrears->amount, party::Fen(200));
        QCOMPARE(arrears->urgency, party::ReviewUrgency::Due);
        // January 2027: six months in a row.
        items = party::PartyReview(db()).forMonth(QDate(2027, 1, 1));
        const auto sixMonths = find(items, party::ReviewKind::DuesArrears, m.id);
        QVERIFY(sixMonths);
        QCOMPARE(sixMonths->urgency, party::ReviewUrgency::Overdue);

        // The basis changes from September: an employed member's 1% from then on.
        const auto changedFound = party::PartyMemberRepository(db()).member(m.id);
        QVERIFY(changedFound);
        party::PartyMember changed = *changedFound;
        changed.dues = {party::DuesCategory::Employed, 450000, 0, QDate(2026, 9, 1)};
        QVERIFY(service.saveMember(changed, Today, Today).ok());
        QCOMPARE(party::PartyMemberRepository(db()).duesHistory(m.id).size(), 2);
        items = party::PartyReview(db()).forMonth(QDate(2026, 11, 1));
        const auto newBasis = find(items, party::ReviewKind::DuesArrears, m.id);
        QVERIFY(newBasis);
        QCOMPARE(newBasis->amount, party::Fen(50 + 50 + 4500 + 4500));
        QVERIFY(service.recordDuesPayments(m.id, {QDate(2026, 9, 1)}, Today, 0, Today).ok());
        QCOMPARE(party::PartyActivityRepository(db()).payments(m.id).last().amount, party::Fen(4500));
    }

    void duesNotBeforeAdmission()
    {
        const party::PartyMember m =
            residentMember(resident(QStringLiteral("冯涛"), QDate(1990, 6, 6)),
                           {step(party::StageEvent::Application, QDate(2025, 1, 5))});
        QVERIFY_REFUSED(
            party::PartyService(db()).recordDuesPayments(m.id, {QDate(2026, 10, 1)}, Today, 0, Today),
            QStringLiteral("was not yet a party member in 2026-10."));
    }

    void transferOutAndBackIn()
    {
        const party::PartyMember m = cadre(QStringLiteral("何静"), fullHistory(QDate(2015, 5, 1)));
        party::PartyService service(db());
        party::RelationTransfer out;
        out.memberId = m.id;
        out.direction = party::TransferDirection::Out;
        out.otherUnit = QStringLiteral("长沙市岳麓区某社区党支部");
        out.letterNumber = QStringLiteral("邵组转〔2026〕15号");
        out.letterDate = QDate(2026, 3, 2);
        const auto saved = service.saveTransfer(out, Today);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        const qint64 outId = saved.value().id;
        QCOMPARE(saved.value().organisationId, m_branch);
        // A second pending transfer is refused.
        QVERIFY_REFUSED(service.saveTransfer(out, Today), QStringLiteral("is still pending"));
        const auto pending = find(party::PartyReview(db()).forMonth(QDate(2026, 3, 1)),
                                  party::ReviewKind::TransferPending, outId);
        QVERIFY(pending);
        QCOMPARE(pending->record, party::ReviewRecord::Transfer);
        QCOMPARE(pending->urgency, party::ReviewUrgency::Due);
        const auto late = find(party::PartyReview(db()).forMonth(QDate(2026, 6, 1)),
                               party::ReviewKind::TransferPending, outId);
        QVERIFY(late);
        QCOMPARE(late->urgency, party::ReviewUrgency::Overdue);

        QVERIFY(service.completeTransfer(outId, QDate(2026, 6, 10), Today).ok());
        const auto awayFound = party::PartyMemberRepository(db()).member(m.id);
        QVERIFY(awayFound);
        party::PartyMember away = *awayFound;
        QCOMPARE(away.state, party::MemberState::TransferredOut);
        QCOMPARE(away.branchHistory.size(), 1);
        QCOMPARE(away.branchHistory.first().endDate, QDate(2026, 6, 10));
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2026, 7, 1)),
                      party::ReviewKind::TransferPending, outId));
        // Still pending as of May, reviewed afterwards.
        QVERIFY(find(party::PartyReview(db()).forMonth(QDate(2026, 5, 1)), party::ReviewKind::TransferPending,
                     outId));
        QVERIFY_REFUSED(service.completeTransfer(outId, QDate(2026, 6, 11), Today),
                        QStringLiteral("The transfer was completed on 2026-06-10."));
        QVERIFY_REFUSED(service.changeState(m.id, party::MemberState::Normal, QDate(2026, 7, 1), {}, Today),
                        QStringLiteral("a member who comes back is recorded by a transfer in."));

        // Back in to another branch.
        const qint64 other =
            organisation(party::OrganisationKind::JointBranch, QStringLiteral("联合党支部"), m_committee, {})
                .id;
        party::RelationTransfer in;
        in.memberId = m.id;
        in.direction = party::TransferDirection::In;
        in.organisationId = other;
        in.otherUnit = QStringLiteral("长沙市岳麓区某社区党支部");
        in.letterNumber = QStringLiteral("岳组转〔2026〕88号");
        in.letterDate = QDate(2026, 9, 1);
        const auto back = service.saveTransfer(in, Today);
        QVERIFY2(back.ok(), qPrintable(back.summary()));
        QVERIFY(service.completeTransfer(back.value().id, QDate(2026, 9, 5), Today).ok());
        const auto returnedFound = party::PartyMemberRepository(db()).member(m.id);
        QVERIFY(returnedFound);
        const party::PartyMember returned = *returnedFound;
        QCOMPARE(returned.state, party::MemberState::Normal);
        QCOMPARE(returned.organisationId, other);
        QCOMPARE(returned.stateHistory.size(), 3);
        QCOMPARE(returned.branchHistory.size(), 2);
        QCOMPARE(returned.duesFrom, QDate(2026, 9, 1));
        // The counts of each day, as they were.
        const auto countOn = [&](qint64 org, QDate day) {
            for (const party::OrganisationNode& node : party::OrganisationRepository(db()).tree(day))
                if (node.organisation.id == org)
                    return node.own.of(party::DevelopmentStage::Full);
            return -1;
        };
        QCOMPARE(countOn(m_branch, QDate(2026, 6, 9)), 1);
        QCOMPARE(countOn(m_branch, QDate(2026, 6, 10)), 0);
        QCOMPARE(countOn(other, QDate(2026, 9, 4)), 0);
        QCOMPARE(countOn(other, QDate(2026, 9, 5)), 1);
        QCOMPARE(party::OrganisationRepository(db())
                     .tree(QDate(2026, 9, 5))
                     .first()
                     .subtree.of(party::DevelopmentStage::Full),
                 1);
    }

    void residentMovingHouseholdStaysOneMember()
    {
        const qint64 siteB = addSite(QStringLiteral("430524002"));
        const qint64 person = resident(QStringLiteral("黄明"), QDate(1975, 9, 9));
        const party::PartyMember m = residentMember(person, fullHistory(QDate(2005, 7, 1)));
        Household target;
        target.siteId = siteB;
        target.number = QStringLiteral("T1");
        target.relocationDate = QDate(2020, 1, 1);
        target.originCountyCode = Longhui;
        target.members = {makePerson(QStringLiteral("黄妻"), makeIdNumber(Longhui, QDate(1978, 1, 1), 2),
                                     Relationship::Head)};
        const auto household = registry::RegistryService(db()).saveHousehold(target, Today);
        QVERIFY(household.ok());
        const auto before = party::OrganisationRepository(db()).siteCoverage(QDate(2026, 11, 1));
        QVERIFY(registry::RegistryService(db())
                    .moveToHousehold(person, household.value().id, Relationship::Spouse, QDate(2026, 11, 10))
                    .ok());

        const auto movedFound = party::PartyMemberRepository(db()).memberForPerson(person);
        QVERIFY(movedFound);
        const party::PartyMember moved = *movedFound;
        QCOMPARE(moved.id, m.id);
        QCOMPARE(moved.name, QStringLiteral("黄明"));
        QCOMPARE(moved.siteId, siteB);
        QCOMPARE(moved.householdId, household.value().id);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM party_members")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM persons WHERE name = '黄明'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The full member counts at site A before the move and at site B after it.
        const auto fullAt = [&](const QList<party::SiteCoverage>& sites, qint64 siteId) {
            for (const party::SiteCoverage& s : sites)
                if (s.siteId == siteId)
                    return s.fullMembers;
            return -1;
        };
        QCOMPARE(fullAt(before, m_test->siteId()), 1);
        QCOMPARE(fullAt(before, siteB), 0);
        const auto after = party::OrganisationRepository(db()).siteCoverage(QDate(2026, 11, 10));
        QCOMPARE(fullAt(after, m_test->siteId()), 0);
        QCOMPARE(fullAt(after, siteB), 1);
        QCOMPARE(
            fullAt(party::OrganisationRepository(db()).siteCoverage(QDate(2026, 11, 9)), m_test->siteId()),
            1);
    }

    void coverageRuleOnSites()
    {
        const qint64 site = addSite(QStringLiteral("430524003"));
        // The site is covered by a joint branch with the test site: not its own branch.
        party::Organisation joint = organisation(party::OrganisationKind::JointBranch,
                                                 QStringLiteral("联合党支部"), m_committee, {site});
        bulkResidents(site, 496);
        QList<qint64> people;
        const QStringList names{QStringLiteral("甲党员"), QStringLiteral("乙党员"), QStringLiteral("丙党员")};
        for (int i = 0; i < 3; ++i)
            people << resident(names[i], QDate(1970, 1, 1 + i), Sex::Male, site);
        residentMember(people[0], fullHistory(QDate(2001, 1, 1)), joint.id);
        residentMember(people[1], fullHistory(QDate(2002, 1, 1)), joint.id);
        const qint64 third = residentMember(people[2], fullHistory(QDate(2024, 1, 1)), joint.id).id;
        const auto needsOwn = [&] {
            return find(party::PartyReview(db()).forMonth(Today), party::ReviewKind::SiteNeedsOwnBranch, site)
                .has_value();
        };
        const auto coverage = [&] {
            for (const party::SiteCoverage& s : party::OrganisationRepository(db()).siteCoverage(Today))
                if (s.siteId == site)
                    return s;
            return party::SiteCoverage{};
        };
        QCOMPARE(coverage().residents, 499);
        QCOMPARE(coverage().fullMembers, 3);
        QVERIFY(coverage().covered);
        QVERIFY(!coverage().hasOwnOrganisation);
        QVERIFY(!needsOwn()); // 499 residents
        bulkResidents(site, 1);
        QCOMPARE(coverage().residents, 500);
        QVERIFY(needsOwn()); // 500 residents and 3 full members
        QVERIFY(
            service().changeState(third, party::MemberState::Deceased, QDate(2026, 11, 1), {}, Today).ok());
        QCOMPARE(coverage().fullMembers, 2);
        QVERIFY(!needsOwn()); // 2 full members
        // 3 again, and then the site gets its own branch.
        residentMember(resident(QStringLiteral("党员新"), QDate(1980, 1, 1), Sex::Male, site),
                       fullHistory(QDate(2003, 1, 1)), joint.id);
        QVERIFY(needsOwn());
        organisation(party::OrganisationKind::Branch, QStringLiteral("新支部"), m_committee, {site});
        QVERIFY(coverage().hasOwnOrganisation);
        QVERIFY(!needsOwn());

        // A site with residents and no organisation at all.
        const qint64 bare = addSite(QStringLiteral("430524004"));
        bulkResidents(bare, 2);
        QVERIFY(find(party::PartyReview(db()).forMonth(Today), party::ReviewKind::SiteNotCovered, bare));
    }

    // A large site may have its own 总支 or 党委 (with branches under it) instead of a branch: any
    // organisation that covers the site alone satisfies the own-organisation rule; one covering it with
    // another site does not.
    void ownGeneralBranchOrCommitteeCoversLargeSite()
    {
        const qint64 site = addSite(QStringLiteral("430524005"));
        const qint64 other = addSite(QStringLiteral("430524006"));
        const party::Organisation joint = organisation(
            party::OrganisationKind::JointBranch, QStringLiteral("联合党支部"), m_committee, {site, other});
        bulkResidents(site, 497);
        for (int i = 0; i < 3; ++i)
            residentMember(
                resident(QStringLiteral("党员") + QChar(0x7532 + i), QDate(1970, 2, 1 + i), Sex::Male, site),
                fullHistory(QDate(2001 + i, 3, 1)), joint.id);
        const auto needsOwn = [&] {
            return find(party::PartyReview(db()).forMonth(Today), party::ReviewKind::SiteNeedsOwnBranch, site)
                .has_value();
        };
        const auto own = [&] {
            for (const party::SiteCoverage& s : party::OrganisationRepository(db()).siteCoverage(Today))
                if (s.siteId == site)
                    return s.hasOwnOrganisation;
            return false;
        };
        QVERIFY(needsOwn()); // 500 residents, 3 full members, only a joint branch
        // A 总支 over two sites is not the site's own.
        const party::Organisation shared = organisation(
            party::OrganisationKind::GeneralBranch, QStringLiteral("两点党总支"), m_committee, {site, other});
        QVERIFY(!own());
        QVERIFY(needsOwn());
        // A 党委 of the site alone is its own organisation.
        party::Organisation committee = organisation(party::OrganisationKind::Committee,
                                                     QStringLiteral("安置点党委"), m_committee, {site});
        QVERIFY(own());
        QVERIFY(!needsOwn());
        // And so is a 总支 of the site alone (the 党委 dissolved first).
        committee.dissolvedDate = QDate(2026, 11, 1);
        QVERIFY(service().saveOrganisation(committee, Today, Today).ok());
        QVERIFY(!own());
        organisation(party::OrganisationKind::GeneralBranch, QStringLiteral("安置点党总支"), m_committee,
                     {site});
        QVERIFY(own());
        QVERIFY(!needsOwn());
        Q_UNUSED(shared);
    }

    // Extensions stored before the 6-to-12-month rule became hard are listed by `check`, not changed.
    void checkListsExtensionsAgainstTheRule()
    {
        // Admitted 1 September 2023, the probation would end 1 September 2024; extended on 20 August 2024.
        party::PartyMember m =
            cadre(QStringLiteral("周敏"), {step(party::StageEvent::Admission, QDate(2023, 9, 1))});
        QVERIFY(service()
                    .transition({m.id, party::StageEvent::ProbationExtension, QDate(2024, 8, 20), {}, 6, {}},
                                Today)
                    .ok());
        const auto listed = [&](const char* rule) {
            QStringList messages;
            const auto findings = backup::DatabaseCheck(db()).run();
            if (!findings)
                qFatal("check: %s", qPrintable(findings.summary()));
            for (const backup::CheckFinding& f : findings.value())
                if (f.rule == QLatin1String(rule))
                    messages.append(f.message);
            return messages;
        };
        QVERIFY(listed("extension_length").isEmpty());
        QVERIFY(listed("extension_twice").isEmpty());
        // What an older program let through with a reason: 13 months, and a second extension.
        QSqlQuery q(db().connection());
        QVERIFY2(q.exec(QStringLiteral("UPDATE party_stage_steps SET extension_months = 13"
                                       " WHERE event = 'probation_extension'")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(
            listed("extension_length"),
            QStringList{QStringLiteral("Party member 周敏 (测试安置点党支部): the probation was extended "
                                       "by 13 months; an extension is 6 to 12 months.")});
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO party_stage_steps (member_id, event, step_date, extension_months)"
                     " SELECT member_id, event, step_date, 6 FROM party_stage_steps"
                     " WHERE event = 'probation_extension'")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(
            listed("extension_twice"),
            QStringList{QStringLiteral("Party member 周敏 (测试安置点党支部): the probation was extended "
                                       "2 times; it may be extended once.")});
        // Listed, not changed.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM party_stage_steps WHERE extension_months = 13")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // 党龄 from the end of probation (issue 16 item 3). Admitted 2024-06-25, the probation ends
    // 2025-06-25; a meeting on 2025-06-24 is refused even with a reason; the branch meets late, on
    // 2025-09-10. Before that is recorded the member is probationary; afterwards every day from 2025-06-25
    // counts the member full: may mentor or sponsor, counts for the branch size.
    // The to-do list of a past month after a late conversion is recorded, recounted from the dated history.
    // By hand: admitted 2024-02-29, the probation ends 2025-02-28 (2025 has no 29 February); the branch
    // meeting converts her only on 2025-04-10. February read afterwards: the conversion was due on the 28th.
    // March read afterwards: still overdue, since no meeting had decided it by 31 March, although she
    // counts as a full member from 28 February (党龄) in March's figures. April: nothing left to do.
    void lateConversionRecountsPastMonths()
    {
        party::PartyMember m =
            cadre(QStringLiteral("钱芳"), {step(party::StageEvent::Admission, QDate(2024, 2, 29))});
        party::PartyReview review(db());
        const auto dueInFebruary =
            find(review.forMonth(QDate(2025, 2, 1)), party::ReviewKind::ConversionDue, m.id);
        QVERIFY(dueInFebruary);
        QCOMPARE(dueInFebruary->dueDate, QDate(2025, 2, 28));
        QCOMPARE(dueInFebruary->urgency, party::ReviewUrgency::Due);
        QVERIFY(!find(review.forMonth(QDate(2025, 1, 1)), party::ReviewKind::ConversionDue, m.id));
        const int fullInMarchBefore =
            party::OrganisationRepository(db()).branchCounts(m_branch, QDate(2025, 3, 31)).fullMembers;

        m = service()
                .transition({m.id, party::StageEvent::Conversion, QDate(2025, 4, 10), {}, 0, {}}, Today)
                .value();
        QCOMPARE(party::PartyRules::fullMemberSince(m), QDate(2025, 2, 28));

        const auto february =
            find(review.forMonth(QDate(2025, 2, 1)), party::ReviewKind::ConversionDue, m.id);
        QVERIFY(february);
        QCOMPARE(february->dueDate, QDate(2025, 2, 28));
        QCOMPARE(february->urgency, party::ReviewUrgency::Due);
        const auto march = find(review.forMonth(QDate(2025, 3, 1)), party::ReviewKind::ConversionDue, m.id);
        QVERIFY(march);
        QCOMPARE(march->dueDate, QDate(2025, 2, 28));
        QCOMPARE(march->urgency, party::ReviewUrgency::Overdue);
        QVERIFY(!find(review.forMonth(QDate(2025, 4, 1)), party::ReviewKind::ConversionDue, m.id));
        QVERIFY(!find(review.forMonth(QDate(2025, 5, 1)), party::ReviewKind::ConversionDue, m.id));
        // March's full members, read now, count her from the end of probation; 27 February does not.
        QCOMPARE(party::OrganisationRepository(db()).branchCounts(m_branch, QDate(2025, 3, 31)).fullMembers,
                 fullInMarchBefore + 1);
        QVERIFY(!party::PartyMemberRepository(db()).fullMemberIds(QDate(2025, 2, 27)).contains(m.id));
        QVERIFY(party::PartyMemberRepository(db()).fullMemberIds(QDate(2025, 2, 28)).contains(m.id));
        // March's to-do list sizes the branch as March's figures do: her counted full, the conversion
        // still due.
        const auto small =
            find(review.forMonth(QDate(2025, 3, 1)), party::ReviewKind::BranchTooSmall, m_branch);
        QVERIFY(small);
        QCOMPARE(small->count, fullInMarchBefore + 1);
    }

    void conversionCountsFromTheEndOfProbation()
    {
        party::PartyMember m =
            cadre(QStringLiteral("周敏"), {step(party::StageEvent::Admission, QDate(2024, 6, 25))});
        const party::PartyMemberRepository members(db());
        const party::OrganisationRepository organisations(db());
        const int fullBefore = organisations.branchCounts(m_branch, QDate(2025, 7, 31)).fullMembers;
        QVERIFY_REFUSED(service().transition({m.id,
                                              party::StageEvent::Conversion,
                                              QDate(2025, 6, 24),
                                              QStringLiteral("支部大会提前讨论"),
                                              0,
                                              {}},
                                             Today),
                        QStringLiteral("can be held on 2025-06-25 at the earliest"));
        QVERIFY(!members.fullMemberIds(QDate(2025, 7, 31)).contains(m.id));
        m = service()
                .transition({m.id, party::StageEvent::Conversion, QDate(2025, 9, 10), {}, 0, {}}, Today)
                .value();
        QVERIFY(!members.fullMemberIds(QDate(2025, 6, 24)).contains(m.id));
        QVERIFY(members.fullMemberIds(QDate(2025, 6, 25)).contains(m.id));
        QVERIFY(members.fullMemberIds(QDate(2025, 7, 31)).contains(m.id)); // before the meeting
        QCOMPARE(organisations.branchCounts(m_branch, QDate(2025, 7, 31)).fullMembers, fullBefore + 1);
        QCOMPARE(organisations.branchCounts(m_branch, QDate(2025, 6, 24)).fullMembers, fullBefore);
        // The month's figures (SQL) agree: full at the end of June 2025, probationary at the end of May.
        const auto may = party::PartyStatistics(db()).forMonth(QDate(2025, 5, 1), 0);
        const auto june = party::PartyStatistics(db()).forMonth(QDate(2025, 6, 1), 0);
        QVERIFY2(may && june, qPrintable(may.summary() + june.summary()));
        QCOMPARE(june.value().members.of(party::DevelopmentStage::Full),
                 may.value().members.of(party::DevelopmentStage::Full) + 1);
        QCOMPARE(june.value().members.of(party::DevelopmentStage::Probationary),
                 may.value().members.of(party::DevelopmentStage::Probationary) - 1);
    }

    // Conversions an older program recorded before the probation ended are listed by `check`, not moved.
    void checkListsEarlyConversions()
    {
        party::PartyMember m =
            cadre(QStringLiteral("周敏"), {step(party::StageEvent::Admission, QDate(2024, 2, 29)),
                                           step(party::StageEvent::Conversion, QDate(2025, 2, 28))});
        const auto listed = [&] {
            QStringList messages;
            const auto findings = backup::DatabaseCheck(db()).run();
            if (!findings)
                qFatal("check: %s", qPrintable(findings.summary()));
            for (const backup::CheckFinding& f : findings.value())
                if (f.rule == QLatin1String("conversion_early"))
                    messages.append(f.message);
            return messages;
        };
        QVERIFY(listed().isEmpty()); // 2025-02-28 is the day the probation ends: on time
        QSqlQuery q(db().connection());
        QVERIFY2(q.exec(QStringLiteral("UPDATE party_stage_steps SET step_date = '2025-02-27'"
                                       " WHERE event = 'conversion'")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(listed(), QStringList{QStringLiteral("Party member 周敏 (测试安置点党支部) was converted on "
                                                      "2025-02-27, before the probation ended on 2025-02-28; "
                                                      "party standing counts from 2025-02-28.")});
        QVERIFY(q.exec(QStringLiteral("SELECT step_date FROM party_stage_steps WHERE event = 'conversion'")));
        QVERIFY(q.next());
        QCOMPARE(dateFrom(q.value(0)), QDate(2025, 2, 27)); // listed, not changed
        Q_UNUSED(m);
    }

    // 政治面貌 against the party records (issue 16 item 12): each disagreement is a to-do row, and the
    // secretary sets the register from the party record in one audited write.
    void politicalStatusAgainstPartyRecords()
    {
        const auto setStatus = [&](qint64 person, const char* status) {
            QSqlQuery q(db().connection());
            q.prepare(QStringLiteral("UPDATE persons SET political_status = ? WHERE id = ?"));
            q.addBindValue(QString::fromLatin1(status));
            q.addBindValue(person);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        const auto statusOf = [&](qint64 person) {
            QSqlQuery q(db().connection());
            q.prepare(QStringLiteral("SELECT political_status FROM persons WHERE id = ?"));
            q.addBindValue(person);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        // A full member the register calls 群众; a probationary member it calls 中共党员; a person it calls
        // 中共党员 with no party record; an applicant it calls 群众 (agrees: not a member yet).
        const qint64 full = resident(QStringLiteral("钱伟"), QDate(1970, 2, 2));
        const qint64 probationary = resident(QStringLiteral("孙丽"), QDate(1990, 3, 3), Sex::Female);
        const qint64 unrecorded = resident(QStringLiteral("李强"), QDate(1960, 4, 4));
        const qint64 activist = resident(QStringLiteral("周杰"), QDate(1995, 5, 5));
        const party::PartyMember a = residentMember(full, fullHistory(QDate(2010, 7, 1)));
        const party::PartyMember b =
            residentMember(probationary, {step(party::StageEvent::Admission, QDate(2026, 6, 1))});
        const party::PartyMember d =
            residentMember(activist, {step(party::StageEvent::Application, QDate(2025, 1, 5))});
        setStatus(probationary, "party_member");
        setStatus(unrecorded, "party_member");
        setStatus(activist, "masses");
        const auto rows = [&] {
            QList<party::PartyReviewItem> found;
            for (const party::PartyReviewItem& item : party::PartyReview(db()).forMonth(Today))
                if (item.kind == party::ReviewKind::PoliticalStatusMismatch)
                    found.append(item);
            return found;
        };
        QList<party::PartyReviewItem> items = rows();
        QCOMPARE(items.size(), 3);
        const auto aRow = find(items, party::ReviewKind::PoliticalStatusMismatch, a.id);
        QVERIFY(aRow);
        QCOMPARE(aRow->record, party::ReviewRecord::Member);
        QCOMPARE(aRow->personId, full);
        QCOMPARE(aRow->description, QStringLiteral("The party records say 钱伟 is Full member; the household "
                                                   "register says Ordinary citizen."));
        QVERIFY(find(items, party::ReviewKind::PoliticalStatusMismatch, b.id));
        const auto cRow = find(items, party::ReviewKind::PoliticalStatusMismatch, unrecorded);
        QVERIFY(cRow);
        QCOMPARE(cRow->record, party::ReviewRecord::Person);
        QCOMPARE(cRow->description,
                 QStringLiteral("The household register says 李强 is CPC member, but there is "
                                "no party record of them."));

        party::PoliticalStatusSync sync(db());
        // Not the clerk's: a clerk may write the register but not from the party records.
        db().setSession(TestDatabase::sessionFor(Role::Clerk));
        QVERIFY(!sync.setPersonFromParty(a.id).ok());
        QCOMPARE(statusOf(full), QStringLiteral("masses"));
        db().setSession(TestDatabase::sessionFor(Role::Secretary));
        QSqlQuery audit(db().connection());
        QVERIFY(audit.exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'persons' AND record_id = %1")
                .arg(full)));
        QVERIFY(audit.next());
        const int audited = audit.value(0).toInt();
        const Outcome set = sync.setPersonFromParty(a.id);
        QVERIFY2(set, qPrintable(set.summary()));
        QCOMPARE(statusOf(full), QStringLiteral("party_member"));
        QVERIFY(audit.exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'persons' AND record_id = %1")
                .arg(full)));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), audited + 1);
        QVERIFY(sync.setPersonFromParty(b.id));
        QCOMPARE(statusOf(probationary), QStringLiteral("probationary"));
        QVERIFY_REFUSED(sync.setPersonFromParty(a.id), QStringLiteral("already says"));
        QVERIFY_REFUSED(sync.setPersonFromParty(d.id), QStringLiteral("not yet a party member"));
        items = rows();
        QCOMPARE(items.size(), 1); // only the person with no party record is left
        QCOMPARE(items.first().record, party::ReviewRecord::Person);
        // Entering the member from the row reconciles it from the other side.
        residentMember(unrecorded, fullHistory(QDate(1990, 7, 1)));
        QVERIFY(rows().isEmpty());
    }

    void branchSizeInReview()
    {
        const auto items = party::PartyReview(db()).forMonth(Today);
        QVERIFY(find(items, party::ReviewKind::BranchTooSmall, m_branch));
        for (int i = 0; i < 7; ++i)
            cadre(QStringLiteral("干部") + QChar(0x7532 + i), fullHistory(QDate(2010, 1, 1 + i)));
        auto after = party::PartyReview(db()).forMonth(Today);
        QVERIFY(!find(after, party::ReviewKind::BranchTooSmall, m_branch));
        QVERIFY(find(after, party::ReviewKind::CommitteeMissing, m_branch));
        const auto branchFound = party::OrganisationRepository(db()).organisation(m_branch);
        QVERIFY(branchFound);
        party::Organisation branch = *branchFound;
        const auto rows = party::PartyMemberRepository(db()).members({});
        branch.committeeMemberIds = {rows[0].id, rows[1].id, rows[2].id};
        QVERIFY(service().saveOrganisation(branch, Today, Today).ok());
        QVERIFY(
            !find(party::PartyReview(db()).forMonth(Today), party::ReviewKind::CommitteeMissing, m_branch));
        QCOMPARE(party::OrganisationRepository(db()).branchCounts(m_branch, Today).committeeSize, 3);

        // Too large: with the maximum set to 6, the 7 members are a case for a 总支, not for dividing.
        QVERIFY(!find(party::PartyReview(db()).forMonth(Today), party::ReviewKind::BranchTooLarge, m_branch));
        QVERIFY(db().setSetting(QStringLiteral("party.branch_max_members"), QStringLiteral("6")));
        const auto large =
            find(party::PartyReview(db()).forMonth(Today), party::ReviewKind::BranchTooLarge, m_branch);
        QVERIFY(large);
        QCOMPARE(large->count, 7);
        QCOMPARE(
            large->description,
            QStringLiteral("测试安置点党支部 has 7 members, more than 6: a case for forming a general party "
                           "branch."));
    }

    void meetingsMissing()
    {
        party::PartyService s(db());
        const party::PartyMember a = cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1)));
        party::Meeting meeting;
        meeting.organisationId = m_branch;
        meeting.type = party::MeetingType::ThemePartyDay;
        meeting.date = QDate(2026, 11, 5);
        meeting.topic = QStringLiteral("学习贯彻全会精神");
        meeting.attendance = {{a.id, {}, false, {}}};
        const auto refused = s.saveMeeting(meeting, Today);
        QVERIFY(!refused.messageFor(QLatin1String(Field::MeetingAttendance), 0).isEmpty());
        meeting.attendance = {{a.id, {}, false, QStringLiteral("外出务工")}};
        const auto saved = s.saveMeeting(meeting, Today);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        QCOMPARE(saved.value().attendance.size(), 1);
        QCOMPARE(saved.value().attendance.first().memberName, QStringLiteral("周敏"));
        QCOMPARE(saved.value().presentCount(), 0);

        const auto missing = [&](QDate month, party::MeetingType type, party::ReviewUrgency urgency) {
            for (const party::PartyReviewItem& item : party::PartyReview(db()).forMonth(month))
                if (item.kind == party::ReviewKind::MeetingMissing && item.organisationId == m_branch &&
                    item.meetingType == type && item.urgency == urgency)
                    return true;
            return false;
        };
        QVERIFY(!missing(QDate(2026, 11, 1), party::MeetingType::ThemePartyDay, party::ReviewUrgency::Due));
        QVERIFY(missing(QDate(2026, 11, 1), party::MeetingType::ThemePartyDay,
                        party::ReviewUrgency::Overdue)); // October
        QVERIFY(missing(QDate(2026, 12, 1), party::MeetingType::ThemePartyDay, party::ReviewUrgency::Due));
        QVERIFY(
            !missing(QDate(2026, 12, 1), party::MeetingType::ThemePartyDay, party::ReviewUrgency::Overdue));
        // Quarterly: due only in the quarter's last month; the missed quarter before is overdue.
        QVERIFY(!missing(QDate(2026, 11, 1), party::MeetingType::GeneralMeeting, party::ReviewUrgency::Due));
        QVERIFY(missing(QDate(2026, 12, 1), party::MeetingType::GeneralMeeting, party::ReviewUrgency::Due));
        QVERIFY(
            missing(QDate(2026, 11, 1), party::MeetingType::GeneralMeeting, party::ReviewUrgency::Overdue));
        // No committee meetings for a branch without a committee.
        QVERIFY(
            !missing(QDate(2026, 12, 1), party::MeetingType::CommitteeMeeting, party::ReviewUrgency::Due));
        // No 党小组会 from a branch not divided into 党小组, neither due nor overdue.
        QVERIFY(!missing(QDate(2026, 12, 1), party::MeetingType::GroupMeeting, party::ReviewUrgency::Due));
        QVERIFY(
            !missing(QDate(2026, 12, 1), party::MeetingType::GroupMeeting, party::ReviewUrgency::Overdue));
        // A type set to 0 months is not expected.
        QVERIFY(db().setSetting(party::PartySettings::meetingSettingKey(party::MeetingType::ThemePartyDay),
                                QStringLiteral("0")));
        QVERIFY(!missing(QDate(2026, 12, 1), party::MeetingType::ThemePartyDay, party::ReviewUrgency::Due));
        const QList<party::Meeting> listed =
            party::PartyActivityRepository(db()).meetings(m_branch, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().attendance.size(), 1); // the list carries the attendance
        QCOMPARE(listed.first().attendance.first().absenceReason, QStringLiteral("外出务工"));
        QVERIFY(party::PartyActivityRepository(db())
                    .meetings(m_branch, QDate(2026, 10, 1), QDate(2026, 10, 31))
                    .isEmpty());
    }

    void workTeams()
    {
        const auto lacking = [&](QDate month, party::ReviewKind kind) {
            return find(party::PartyReview(db()).forMonth(month), kind, m_test->siteId()).has_value();
        };
        resident(QStringLiteral("居民甲"), QDate(1960, 1, 1));
        QVERIFY(lacking(Today, party::ReviewKind::SiteWithoutWorkTeam));
        party::SiteAssignment team;
        team.kind = party::AssignmentKind::WorkTeam;
        team.siteId = m_test->siteId();
        team.name = QStringLiteral("县自然资源局驻点工作队");
        team.dispatchingUnit = QStringLiteral("隆回县自然资源局");
        team.startDate = QDate(2024, 3, 1);
        team.endDate = QDate(2026, 10, 15);
        const auto saved = service().saveAssignment(team);
        QVERIFY(saved.ok());
        QVERIFY(!lacking(QDate(2026, 9, 1), party::ReviewKind::SiteWithoutWorkTeam));
        QVERIFY(
            lacking(QDate(2026, 10, 1), party::ReviewKind::SiteWithoutWorkTeam)); // the term ended in October
        party::SiteAssignment next = team;
        next.startDate = QDate(2026, 10, 16);
        next.endDate = {};
        QVERIFY(service().saveAssignment(next).ok());
        QVERIFY(!lacking(Today, party::ReviewKind::SiteWithoutWorkTeam));
        QVERIFY(lacking(Today, party::ReviewKind::SiteWithoutFirstSecretary));
        team.id = 0;
        team.name.clear();
        QVERIFY_REFUSED(service().saveAssignment(team), QStringLiteral("Enter the name of the work team."));
    }

    void memberListAndProfile()
    {
        cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1))); // female, born 1980
        residentMember(resident(QStringLiteral("王建国"), QDate(1995, 4, 12)),
                       {step(party::StageEvent::Application, QDate(2026, 3, 1))});
        residentMember(resident(QStringLiteral("李老"), QDate(1950, 4, 12)), fullHistory(QDate(1975, 7, 1)));
        party::PartyMemberRepository repo(db());
        party::PartyMemberFilter filter;
        filter.asOf = Today;
        QCOMPARE(repo.members(filter).size(), 3);
        filter.stage = party::DevelopmentStage::Full;
        QCOMPARE(repo.members(filter).size(), 2);
        filter.sex = Sex::Female;
        QCOMPARE(repo.members(filter).size(), 1);
        QCOMPARE(repo.members(filter).first().name, QStringLiteral("周敏"));
        filter = {};
        filter.asOf = Today;
        filter.minAge = 31;
        filter.maxAge = 46;
        QCOMPARE(repo.members(filter).size(), 2); // 31 (born 1995-04-12) and 46
        filter.minAge = 32;
        QCOMPARE(repo.members(filter).size(), 1);
        filter = {};
        filter.text = QStringLiteral("建");
        QCOMPARE(repo.members(filter).size(), 1);
        QCOMPARE(repo.members(filter).first().nextDue, QDate(2026, 4, 1));
        filter = {};
        filter.organisationId = m_committee;
        QCOMPARE(repo.members(filter).size(), 3);
        filter.includeSubOrganisations = false;
        QCOMPARE(repo.members(filter).size(), 0);

        const party::BranchProfile profile = repo.profile(m_branch, Today);
        QCOMPARE(profile.byStage.of(party::DevelopmentStage::Full), 2);
        QCOMPARE(profile.byStage.of(party::DevelopmentStage::Applicant), 1);
        QCOMPARE(profile.byStage.total(), 3);
        QCOMPARE(profile.female, 1);
        QCOMPARE(profile.male, 1);
        QCOMPARE(profile.byAgeBand[int(party::AgeBand::From41To50)], 1);
        QCOMPARE(profile.byAgeBand[int(party::AgeBand::Over70)], 1);
    }

    void branchMoveIsDated()
    {
        const party::PartyMember m = cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1)));
        const qint64 other =
            organisation(party::OrganisationKind::Branch, QStringLiteral("二支部"), m_committee, {}).id;
        party::PartyMember moving = m;
        moving.organisationId = other;
        const auto moved = service().saveMember(moving, QDate(2026, 5, 1), Today);
        QVERIFY2(moved.ok(), qPrintable(moved.summary()));
        QCOMPARE(moved.value().organisationOn(QDate(2026, 4, 30)), m_branch);
        QCOMPARE(moved.value().organisationOn(QDate(2026, 5, 1)), other);
        // A stale copy is refused.
        QVERIFY_REFUSED(service().saveMember(m, Today, Today),
                        QStringLiteral("changed 周敏 meanwhile; nothing was saved."));
    }

    // 支部工作条例: members sit in a branch; a 党委 or 总支 holds branches, not members (issue 16 item 9).
    void membersSitInABranchOnly()
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = QStringLiteral("吴芳");
        m.sex = Sex::Female;
        m.birthDate = QDate(1980, 3, 3);
        m.organisationId = m_committee;
        m.stageHistory = fullHistory(QDate(2010, 7, 1));
        m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
        QVERIFY_REFUSED(service().createMember(m, QDate(2024, 1, 1), Today),
                        QStringLiteral("never directly in a"));
        m.organisationId = m_branch;
        const auto created = service().createMember(m, QDate(2024, 1, 1), Today);
        QVERIFY2(created.ok(), qPrintable(created.summary()));

        const qint64 general =
            organisation(party::OrganisationKind::GeneralBranch, QStringLiteral("总支"), m_committee, {}).id;
        party::PartyMember moving = created.value();
        moving.organisationId = general;
        QVERIFY_REFUSED(service().saveMember(moving, Today, Today), QStringLiteral("never directly in a"));
        const qint64 joint =
            organisation(party::OrganisationKind::JointBranch, QStringLiteral("联合支部"), general, {}).id;
        moving.organisationId = joint;
        const auto moved = service().saveMember(moving, Today, Today);
        QVERIFY2(moved.ok(), qPrintable(moved.summary()));

        // One placed in the 党委 by an older program is listed by check, not moved.
        const auto listed = [&] {
            QStringList messages;
            const auto findings = backup::DatabaseCheck(db()).run();
            if (!findings)
                qFatal("check: %s", qPrintable(findings.summary()));
            for (const backup::CheckFinding& f : findings.value())
                if (f.rule == QLatin1String("member_not_in_branch"))
                    messages.append(f.message);
            return messages;
        };
        QVERIFY(listed().isEmpty());
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("UPDATE party_members SET organisation_id = ? WHERE id = ?"));
        q.addBindValue(m_committee);
        q.addBindValue(moved.value().id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const QString committeeName = party::OrganisationRepository(db()).organisation(m_committee)->name;
        QCOMPARE(listed(),
                 QStringList{QStringLiteral("Party member 吴芳 sits directly in %1, a party committee; "
                                            "members sit in a branch or a joint branch: move the "
                                            "member to one of its branches.")
                                 .arg(committeeName)});
    }

    // 党小组 (issue 16 item 7): a group sits under a branch or joint branch only; a branch divided into
    // groups owes the monthly 党小组会 from the first month that begins with a group in it.
    void groupsOweGroupMeetings()
    {
        party::PartyGroup group;
        group.branchId = m_committee;
        group.name = QStringLiteral("第一党小组");
        group.foundingDate = QDate(2026, 9, 15);
        QVERIFY_REFUSED(service().saveGroup(group, Today, Today),
                        QStringLiteral("A party group belongs to a party branch or joint party branch"));
        group.branchId = m_branch;
        group.foundingDate = QDate(2026, 11, 29); // after Today
        QVERIFY_REFUSED(service().saveGroup(group, Today, Today),
                        QStringLiteral("The founding date is in the future."));
        group.foundingDate = QDate(2026, 9, 15);
        const auto saved = service().saveGroup(group, Today, Today);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));

        const auto missing = [&](QDate month, party::ReviewUrgency urgency) {
            for (const party::PartyReviewItem& item : party::PartyReview(db()).forMonth(month))
                if (item.kind == party::ReviewKind::MeetingMissing && item.organisationId == m_branch &&
                    item.meetingType == party::MeetingType::GroupMeeting && item.urgency == urgency)
                    return true;
            return false;
        };
        // September began before the group was founded (15 September): nothing owed for it.
        QVERIFY(!missing(QDate(2026, 9, 1), party::ReviewUrgency::Due));
        QVERIFY(!missing(QDate(2026, 10, 1), party::ReviewUrgency::Overdue));
        // October began with the group: due in October, overdue in November (none held in October).
        QVERIFY(missing(QDate(2026, 10, 1), party::ReviewUrgency::Due));
        QVERIFY(missing(QDate(2026, 11, 1), party::ReviewUrgency::Overdue));
        // A 党小组会 on 5 November, recorded against the branch, settles November.
        QVERIFY(missing(QDate(2026, 11, 1), party::ReviewUrgency::Due));
        const party::PartyMember a = cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1)));
        party::Meeting meeting;
        meeting.organisationId = m_branch;
        meeting.type = party::MeetingType::GroupMeeting;
        meeting.date = QDate(2026, 11, 5);
        meeting.topic = QStringLiteral("学习党章");
        meeting.attendance = {{a.id, {}, true, {}}};
        QVERIFY(service().saveMeeting(meeting, Today).ok());
        QVERIFY(!missing(QDate(2026, 11, 1), party::ReviewUrgency::Due));
        // Dissolved on 1 December: December no longer begins with a group, so nothing is owed for it.
        party::PartyGroup dissolved = saved.value();
        dissolved.dissolvedDate = QDate(2026, 12, 1);
        dissolved.foundingDate = QDate(2026, 9, 15);
        QVERIFY(service().saveGroup(dissolved, QDate(2026, 12, 2), QDate(2026, 12, 2)).ok());
        QVERIFY(!missing(QDate(2026, 12, 1), party::ReviewUrgency::Due));
        QVERIFY(!missing(QDate(2027, 1, 1), party::ReviewUrgency::Overdue));
        // Another branch, never divided, owes none.
        const qint64 other =
            organisation(party::OrganisationKind::Branch, QStringLiteral("二支部"), m_committee, {}).id;
        for (const party::PartyReviewItem& item : party::PartyReview(db()).forMonth(QDate(2026, 10, 1)))
            QVERIFY(!(item.organisationId == other && item.meetingType == party::MeetingType::GroupMeeting &&
                      item.kind == party::ReviewKind::MeetingMissing));
    }

    // A member is in a group of their own branch, as a dated membership: they stay in the branch (and count
    // there), and leave the group the day they leave the branch.
    void memberJoinsAGroupOfTheirBranch()
    {
        const party::PartyMember m = cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1)));
        const qint64 other =
            organisation(party::OrganisationKind::Branch, QStringLiteral("二支部"), m_committee, {}).id;
        party::PartyGroup own;
        own.branchId = m_branch;
        own.name = QStringLiteral("第一党小组");
        own.foundingDate = QDate(2026, 3, 1);
        const qint64 ownGroup = service().saveGroup(own, Today, Today).value().id;
        party::PartyGroup foreign = own;
        foreign.branchId = other;
        foreign.name = QStringLiteral("二支部党小组");
        const qint64 foreignGroup = service().saveGroup(foreign, Today, Today).value().id;

        QVERIFY_REFUSED(service().setMemberGroup(m.id, foreignGroup, QDate(2026, 4, 1), Today),
                        QStringLiteral("is not in the member's branch"));
        QVERIFY_REFUSED(service().setMemberGroup(m.id, ownGroup, QDate(2026, 2, 28), Today),
                        QStringLiteral("does not exist on 2026-02-28"));
        const Outcome joined = service().setMemberGroup(m.id, ownGroup, QDate(2026, 4, 1), Today);
        QVERIFY2(joined.ok(), qPrintable(joined.summary()));
        party::PartyGroupRepository groups(db());
        QVERIFY(!groups.memberGroupsOn(QDate(2026, 3, 31)).contains(m.id));
        QCOMPARE(groups.memberGroupsOn(QDate(2026, 4, 1)).value(m.id), ownGroup);
        QCOMPARE(party::OrganisationRepository(db()).branchCounts(m_branch, QDate(2026, 4, 1)).members, 1);

        // Moving to the other branch on 1 May ends the group stay that day.
        party::PartyMember moving = *party::PartyMemberRepository(db()).member(m.id);
        moving.organisationId = other;
        QVERIFY(service().saveMember(moving, QDate(2026, 5, 1), Today).ok());
        QCOMPARE(groups.memberGroupsOn(QDate(2026, 4, 30)).value(m.id), ownGroup);
        QVERIFY(!groups.memberGroupsOn(QDate(2026, 5, 1)).contains(m.id));
        QVERIFY(service().setMemberGroup(m.id, foreignGroup, QDate(2026, 5, 1), Today).ok());
        QCOMPARE(groups.memberGroupsOn(QDate(2026, 5, 1)).value(m.id), foreignGroup);
        // Out of any group again from 1 June.
        QVERIFY(service().setMemberGroup(m.id, 0, QDate(2026, 6, 1), Today).ok());
        QVERIFY(!groups.memberGroupsOn(QDate(2026, 6, 1)).contains(m.id));
        QCOMPARE(groups.memberGroupsOn(QDate(2026, 5, 31)).value(m.id), foreignGroup);
        // A group cannot move to another branch (its members' stays would point into it).
        party::PartyGroup moved = *groups.group(ownGroup);
        moved.branchId = other;
        QVERIFY_REFUSED(service().saveGroup(moved, Today, Today),
                        QStringLiteral("cannot move to another branch"));
    }

    // 第一书记 are sent to villages and communities, work teams cover "安置点或所在村" (issue 16 item 11):
    // a site is served through its village or community; only a site with neither is a finding.
    void teamsThroughTheVillage()
    {
        const auto lacking = [&](qint64 siteId, party::ReviewKind kind) {
            return find(party::PartyReview(db()).forMonth(Today), kind, siteId).has_value();
        };
        const auto withCommunity = [&](qint64 siteId, const QString& township, const QString& community) {
            Site site = *registry::SiteRepository(db()).site(siteId);
            site.township = township;
            site.community = community;
            const auto saved = registry::SiteService(db()).saveSite(site);
            QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        };
        const qint64 first = m_test->siteId();
        const qint64 second = addSite(QStringLiteral("430524902"));
        const qint64 elsewhere = addSite(QStringLiteral("430524903"));
        withCommunity(first, QStringLiteral("桃洪镇"), QStringLiteral("新村社区"));
        withCommunity(second, QStringLiteral("桃洪镇"), QStringLiteral("新村社区"));
        withCommunity(elsewhere, QStringLiteral("金石桥镇"),
                      QStringLiteral("新村社区")); // same name, other township
        for (qint64 site : {first, second, elsewhere})
            bulkResidents(site, 2);

        party::SiteAssignment secretary;
        secretary.kind = party::AssignmentKind::FirstSecretary;
        secretary.siteId = first;
        secretary.name = QStringLiteral("李强");
        secretary.dispatchingUnit = QStringLiteral("隆回县财政局");
        secretary.startDate = QDate(2025, 3, 1);
        const auto saved = service().saveAssignment(secretary);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        // Sent to the first site only: the second lacks one.
        QVERIFY(!lacking(first, party::ReviewKind::SiteWithoutFirstSecretary));
        QVERIFY(lacking(second, party::ReviewKind::SiteWithoutFirstSecretary));
        // Sent to the village: both sites of 桃洪镇 新村社区 are served, not the namesake in 金石桥镇.
        party::SiteAssignment village = saved.value();
        village.coversVillage = true;
        QVERIFY(service().saveAssignment(village).ok());
        QVERIFY(!lacking(first, party::ReviewKind::SiteWithoutFirstSecretary));
        QVERIFY(!lacking(second, party::ReviewKind::SiteWithoutFirstSecretary));
        QVERIFY(lacking(elsewhere, party::ReviewKind::SiteWithoutFirstSecretary));
        QVERIFY(lacking(second, party::ReviewKind::SiteWithoutWorkTeam)); // a first secretary is no team
        const auto teams = party::SiteTeams::on(db(), Today);
        QVERIFY(teams.ok());
        QCOMPARE(teams.value().withoutFirstSecretary, 1);
        // A site naming no village or community cannot send a team to it.
        withCommunity(elsewhere, QStringLiteral("金石桥镇"), QString());
        party::SiteAssignment nowhere = secretary;
        nowhere.siteId = elsewhere;
        nowhere.coversVillage = true;
        QVERIFY_REFUSED(service().saveAssignment(nowhere), QStringLiteral("names no village or community"));
    }

    // The group form's members: those joining a new group join on its founding day; later changes are
    // dated the effective day; only members of the group's branch on that day.
    void groupWithItsMembers()
    {
        const party::PartyMember a = cadre(QStringLiteral("周敏"), fullHistory(QDate(2010, 7, 1)));
        const party::PartyMember b = cadre(QStringLiteral("吴芳"), fullHistory(QDate(2011, 7, 1)));
        const qint64 other =
            organisation(party::OrganisationKind::Branch, QStringLiteral("二支部"), m_committee, {}).id;
        const party::PartyMember c = cadre(QStringLiteral("陈刚"), fullHistory(QDate(2012, 7, 1)), other);
        party::PartyGroup g;
        g.branchId = m_branch;
        g.name = QStringLiteral("第一党小组");
        g.foundingDate = QDate(2024, 2, 29);
        g.memberIds = {a.id, c.id};
        QVERIFY_REFUSED(service().saveGroup(g, Today, Today),
                        QStringLiteral("陈刚 is not a member of the group's branch on 2024-02-29"));
        g.memberIds = {a.id};
        const auto saved = service().saveGroup(g, Today, Today);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        party::PartyGroupRepository groups(db());
        QVERIFY(!groups.memberGroupsOn(QDate(2024, 2, 28)).contains(a.id));
        QCOMPARE(groups.memberGroupsOn(QDate(2024, 2, 29)).value(a.id), saved.value().id);
        QCOMPARE(groups.group(saved.value().id, QDate(2024, 3, 1))->memberIds, QList<qint64>{a.id});
        party::PartyGroup changed = saved.value();
        changed.memberIds = {b.id};
        QVERIFY(service().saveGroup(changed, QDate(2026, 6, 1), Today).ok());
        QCOMPARE(groups.group(changed.id, QDate(2026, 5, 31))->memberIds, QList<qint64>{a.id});
        QCOMPARE(groups.group(changed.id, QDate(2026, 6, 1))->memberIds, QList<qint64>{b.id});
        // Both still count in the branch.
        QCOMPARE(party::OrganisationRepository(db()).branchCounts(m_branch, QDate(2026, 6, 1)).members, 2);
    }

private:
    party::PartyService service() { return party::PartyService(db()); }
};

QTEST_GUILESS_MAIN(TestPartyService)
#include "tst_partyservice.moc"

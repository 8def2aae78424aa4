// A household's timeline of the grids workflow (issue 17, "the household file shows one timeline of its
// visits, cases and contacts") and its grid records in the household's history, on both engines, on a
// hand-made household whose every line is known.
#include "Refusal.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "audit/AuditLog.h"
#include "audittext/AuditNarrator.h"
#include "database/Database.h"
#include "grids/HouseholdTimeline.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 4, 10);

int countOf(const QList<TimelineEntry>& entries, TimelineKind kind)
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [kind](const TimelineEntry& e) { return e.kind == kind; }));
}

const TimelineEntry* first(const QList<TimelineEntry>& entries, TimelineKind kind)
{
    for (const TimelineEntry& e : entries) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestHouseholdTimeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_household = 0;
    qint64 m_other = 0;
    qint64 m_person = 0;
    qint64 m_case = 0;
    qint64 m_visit = 0;

    Database& db() { return m_test->db(); }

    // One of each line: a visit with a follow-up, a must-attend task, a 四必访 task past its window, a case
    // (a neighbour's phone on it) taken up, a pairing with the grid worker and one contact, an earlier
    // pairing with a cadre that ended; the building is in the grid since 2020-01-01. The other household
    // has a visit and a case of its own that must not show.
    void makeHousehold()
    {
        m_fix->makeGrid();
        m_household = m_fix->household(QStringLiteral("H1"), true, &m_person, QStringLiteral("张大妈"));
        m_other = m_fix->household(QStringLiteral("H2"), true, nullptr);
        const qint64 worker = m_fix->workerId;
        m_visit = m_fix->insert(
            QStringLiteral(
                "INSERT INTO visits (household_id, visitor_kind, visitor_staff_id, visit_date, kind,"
                " findings, follow_up) VALUES (?, 'staff', ?, '2025-03-05', 'routine', ?, ?)"),
            {m_household, worker, QStringLiteral("屋顶漏水"), QStringLiteral("报物业维修")});
        m_fix->insert(
            QStringLiteral("INSERT INTO visits (household_id, visitor_kind, visitor_name, visit_date,"
                           " kind, findings) VALUES (?, 'cadre', '外人', '2025-03-20', 'routine', '别家')"),
            {m_other});
        m_fix->insert(
            QStringLiteral("INSERT INTO visit_tasks (household_id, kind, reason, source,"
                           " assignee_staff_id, due_from, overdue_after, note)"
                           " VALUES (?, 'must_attend', 'family_dispute', 'trigger', ?, '2025-03-10',"
                           " '2025-03-13', '婆媳争吵')"),
            {m_household, worker});
        m_fix->insert(QStringLiteral("INSERT INTO visit_tasks (household_id, person_id, kind, reason, source,"
                                     " assignee_staff_id, due_from, overdue_after)"
                                     " VALUES (?, ?, 'must_visit', 'elderly_alone', 'rule', ?, '2025-02-01',"
                                     " '2025-02-28')"),
                      {m_household, m_person, worker});
        m_case = m_fix->insert(
            QStringLiteral(
                "INSERT INTO grid_cases (site_id, grid_id, kind, title, reporter_name, reporter_phone,"
                " received_on, state, state_date, deadline) VALUES (?, ?, 'dispute_mediation', ?,"
                " '李四', '13812345678', '2025-03-06', 'in_progress', '2025-03-07', '2025-03-21')"),
            {m_test->siteId(), m_fix->gridId, QStringLiteral("楼上漏水纠纷")});
        m_fix->insert(
            QStringLiteral("INSERT INTO grid_case_households (case_id, household_id) VALUES (?, ?)"),
            {m_case, m_household});
        m_fix->insert(QStringLiteral("INSERT INTO grid_case_events (case_id, event_date, event, to_state)"
                                     " VALUES (?, '2025-03-06', 'received', 'received')"),
                      {m_case});
        m_fix->insert(QStringLiteral("INSERT INTO grid_case_events (case_id, event_date, event, from_state,"
                                     " to_state, staff_id) VALUES (?, '2025-03-07', 'started', 'received',"
                                     " 'in_progress', ?)"),
                      {m_case, worker});
        const qint64 otherCase = m_fix->insert(
            QStringLiteral("INSERT INTO grid_cases (site_id, kind, title, received_on, state, state_date,"
                           " deadline) VALUES (?, 'stability', '别家的事', '2025-03-08', 'received',"
                           " '2025-03-08', '2025-03-11')"),
            {m_test->siteId()});
        m_fix->insert(
            QStringLiteral("INSERT INTO grid_case_households (case_id, household_id) VALUES (?, ?)"),
            {otherCase, m_other});
        const qint64 pairing = m_fix->pairWithStaff(m_household, worker, QDate(2024, 1, 1));
        m_fix->insert(QStringLiteral("INSERT INTO pairing_contacts (pairing_id, contact_date, way, note)"
                                     " VALUES (?, '2025-01-15', 'phone', '询问近况')"),
                      {pairing});
        m_fix->insert(QStringLiteral("INSERT INTO pairings (household_id, partner_kind, cadre_name, phone,"
                                     " valid_from, valid_to, end_reason) VALUES (?, 'cadre', '赵干部',"
                                     " '13900001111', '2023-01-01', '2024-01-01', '调离')"),
                      {m_household});
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        makeHousehold();
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    // Every line once, newest first, nothing of the other household.
    void everyLineNewestFirst()
    {
        const Result<QList<TimelineEntry>> read = HouseholdTimeline(db()).entries(m_household, Today);
        QVERIFY2(read.ok(), qPrintable(read.summary()));
        const QList<TimelineEntry>& entries = read.value();
        QCOMPARE(countOf(entries, TimelineKind::Visit), 1);
        QCOMPARE(countOf(entries, TimelineKind::MustAttend), 1);
        QCOMPARE(countOf(entries, TimelineKind::Missed), 1);
        QCOMPARE(countOf(entries, TimelineKind::Case), 1);
        QCOMPARE(countOf(entries, TimelineKind::CaseStep), 1); // "received" is the case's own line
        QCOMPARE(countOf(entries, TimelineKind::Contact), 1);
        QCOMPARE(countOf(entries, TimelineKind::Pairing), 3); // two starts, one end
        QCOMPARE(countOf(entries, TimelineKind::GridMove), 1);
        QCOMPARE(entries.size(), 10);
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(entries.at(i - 1).date >= entries.at(i).date);
        QCOMPARE(entries.first().date, QDate(2025, 3, 10));
        QCOMPARE(entries.first().kind, TimelineKind::MustAttend);
        QCOMPARE(entries.last().date, QDate(2020, 1, 1));
        QCOMPARE(entries.last().kind, TimelineKind::GridMove);
        for (const TimelineEntry& e : entries)
            QVERIFY2(!e.summary.contains(QStringLiteral("别家")), qPrintable(e.summary));

        const TimelineEntry* visit = first(entries, TimelineKind::Visit);
        QCOMPARE(visit->who, QStringLiteral("王网格"));
        QCOMPARE(visit->linkId, m_visit);
        QVERIFY(visit->summary.contains(QStringLiteral("屋顶漏水")));
        QVERIFY(visit->summary.contains(QStringLiteral("报物业维修")));
        const TimelineEntry* step = first(entries, TimelineKind::CaseStep);
        QCOMPARE(step->linkId, m_case);
        QCOMPARE(step->date, QDate(2025, 3, 7));
        QVERIFY(step->summary.contains(QStringLiteral("楼上漏水纠纷")));
        const TimelineEntry* missed = first(entries, TimelineKind::Missed);
        QCOMPARE(missed->date, QDate(2025, 2, 28));
        QVERIFY(missed->summary.contains(QStringLiteral("张大妈")));
        QVERIFY(first(entries, TimelineKind::Contact)->summary.contains(QStringLiteral("询问近况")));
        QVERIFY(first(entries, TimelineKind::GridMove)->summary.contains(QStringLiteral("43052400100101")));
    }

    // A 四必访 task is missed from the day after its window, never before; a must-attend task is a line
    // whether or not it is overdue.
    void missedOnlyAfterTheWindow()
    {
        HouseholdTimeline timeline(db());
        QCOMPARE(countOf(timeline.entries(m_household, QDate(2025, 2, 28)).value(), TimelineKind::Missed), 0);
        QCOMPARE(countOf(timeline.entries(m_household, QDate(2025, 3, 1)).value(), TimelineKind::Missed), 1);
        QCOMPARE(countOf(timeline.entries(m_household, QDate(2025, 2, 1)).value(), TimelineKind::MustAttend),
                 1);
    }

    // The reporter's and the cadre's phones in full for the clerk, masked for the secretary.
    void phonesAsTheSessionMaySeeThem()
    {
        m_test->logInAs(Role::Clerk);
        QList<TimelineEntry> entries = HouseholdTimeline(db()).entries(m_household, Today).value();
        QVERIFY(first(entries, TimelineKind::Case)->who.contains(QStringLiteral("13812345678")));
        m_test->logInAs(Role::Secretary);
        entries = HouseholdTimeline(db()).entries(m_household, Today).value();
        const TimelineEntry* reported = first(entries, TimelineKind::Case);
        QVERIFY(reported->who.contains(QStringLiteral("李四")));
        QVERIFY2(!reported->who.contains(QStringLiteral("13812345678")), qPrintable(reported->who));
        QCOMPARE(reported->phone, QStringLiteral("138****5678"));
        for (const TimelineEntry& e : entries)
            QVERIFY2(!e.who.contains(QStringLiteral("13900001111")) &&
                         !e.summary.contains(QStringLiteral("13900001111")),
                     qPrintable(e.who));
    }

    // ReadGrids and the household's site, as every read of the grids.
    void refusedWithoutTheRightOrTheSite()
    {
        QVERIFY(HouseholdTimeline::mayRead(db().session()));
        QVERIFY(!HouseholdTimeline::mayRead(nullptr));
        const Session other = TestDatabase::sessionFor(Role::Clerk, {m_test->siteId() + 1000});
        db().setSession(other);
        QVERIFY_REFUSED(HouseholdTimeline(db()).entries(m_household, Today), QStringLiteral("other sites"));
        db().setSession(std::nullopt);
        QVERIFY(!HouseholdTimeline(db()).entries(m_household, Today).ok());
    }

    // The household's history holds its visits, tasks, pairings, contacts, case and case steps (the
    // triggers name no household on them), and nothing of the other household's.
    void historyFindsTheGridRecords()
    {
        const QList<AuditEntry> history = AuditLog(db()).householdHistory(m_household);
        QSet<QString> types;
        for (const AuditEntry& e : history)
            types.insert(e.recordType);
        for (const char* type : {"households", "persons", "visits", "visit_tasks", "grid_cases",
                                 "grid_case_events", "pairings", "pairing_contacts"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        for (const AuditEntry& e : history) {
            const QString title = e.changes.value(QStringLiteral("title")).toArray().at(1).toString();
            QVERIFY2(title != QStringLiteral("别家的事"), "the other household's case");
            QVERIFY(e.changes.value(QStringLiteral("visitor_name")).toArray().at(1).toString() !=
                    QStringLiteral("外人"));
        }
        // The trail's own filter by household (anju-cli audit --household) finds the same rows.
        AuditFilter filter;
        filter.householdId = m_household;
        QCOMPARE(AuditLog(db()).count(filter), int(history.size()));
    }

    // A grid case's reporter phone and a pairing cadre's phone masked in the secretary's history.
    void historyMasksTheGridPhones()
    {
        m_test->logInAs(Role::Secretary);
        const QList<AuditEntry> history = AuditLog(db()).householdHistory(m_household);
        int seen = 0;
        for (const AuditEntry& e : history) {
            for (const char* column : {"reporter_phone", "phone"}) {
                const QJsonArray pair = e.changes.value(QLatin1String(column)).toArray();
                if (pair.size() != 2 || !pair.at(1).isString() || pair.at(1).toString().isEmpty())
                    continue;
                ++seen;
                QVERIFY2(pair.at(1).toString().contains(QStringLiteral("****")),
                         qPrintable(pair.at(1).toString()));
            }
        }
        QCOMPARE(seen, 2); // the case's reporter and the cadre
        // The sentences the history window shows are made from the masked entries.
        for (const AuditSentence& sentence : AuditNarrator(db()).narrate(history)) {
            const QString text = AuditNarrator::fullText(sentence);
            QVERIFY2(!text.contains(QStringLiteral("13812345678")) &&
                         !text.contains(QStringLiteral("13900001111")),
                     qPrintable(text));
        }
        m_test->logInAs(Role::Clerk);
        bool full = false;
        for (const AuditEntry& e : AuditLog(db()).householdHistory(m_household))
            full = full || e.changes.value(QStringLiteral("reporter_phone")).toArray().at(1).toString() ==
                               QStringLiteral("13812345678");
        QVERIFY(full);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdTimeline)
#include "tst_householdtimeline.moc"

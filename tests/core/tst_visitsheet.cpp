// The month's visit sheet on both engines: a worker's rows and a building's, sorted by building, floor and
// room, with the persons to see and their care marks, the last visit, the row codes the quick-entry screen
// takes back (and refuses when mistyped), finding a worker or building by name, and who may print and who
// may record.
#include "Refusal.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "grids/VisitService.h"
#include "grids/VisitSheet.h"
#include "grids/VisitSheetCode.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 4, 10);
const QDate April(2025, 4, 1);

QStringList codesOf(const VisitSheet& sheet)
{
    QStringList codes;
    for (const VisitSheetRow& r : sheet.rows)
        codes.append(r.code);
    return codes;
}

QStringList numbersOf(const VisitSheet& sheet)
{
    QStringList numbers;
    for (const VisitSheetRow& r : sheet.rows)
        numbers.append(r.householdNumber);
    return numbers;
}

} // namespace

class TestVisitSheet : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;

    Database& db() { return m_test->db(); }

    qint64 dwelling(qint64 buildingId, const QString& room)
    {
        const qint64 unit =
            m_fix->insert(QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (?, ?)"),
                          {buildingId, QStringLiteral("U%1").arg(room)});
        return m_fix->insert(QStringLiteral("INSERT INTO dwellings (unit_id, room) VALUES (?, ?)"),
                             {unit, room});
    }
    qint64 building(const QString& name, qint64 siteId = 0)
    {
        const qint64 id =
            m_fix->insert(QStringLiteral("INSERT INTO buildings (site_id, name, floors) VALUES (?, ?, 12)"),
                          {siteId ? siteId : m_test->siteId(), name});
        if (siteId == 0)
            m_fix->insert(QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, valid_from)"
                                         " VALUES (?, ?, '2020-01-01')"),
                          {m_fix->gridId, id});
        return id;
    }
    // A household in the dwelling with its head `name`; returns its id and sets the head's person id.
    qint64 householdIn(const QString& number, qint64 dwellingId, const QString& name, qint64* personId)
    {
        const qint64 id = m_fix->household(number, false, personId, name);
        m_fix->insert(QStringLiteral("UPDATE households SET dwelling_id = ? WHERE id = ?"), {dwellingId, id});
        return id;
    }
    qint64 member(qint64 householdId, const QString& name)
    {
        static int sequence = 0;
        const qint64 person = m_fix->insert(
            QStringLiteral(
                "INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship)"
                " VALUES (?, ?, ?, 'male', '1940-01-01', 'parent')"),
            {householdId, name, QStringLiteral("S%1").arg(++sequence)});
        m_fix->insert(
            QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date)"
                           " VALUES (?, ?, 'parent', '2020-01-01')"),
            {person, householdId});
        return person;
    }
    VisitTask attend(qint64 householdId, QDate happened)
    {
        const auto task = VisitService(db()).mustAttend(householdId, 0, AttendTrigger::FamilyDispute,
                                                        happened, QStringLiteral("吵架"), Today);
        if (!task)
            qFatal("attend: %s", qPrintable(task.summary()));
        return task.value();
    }
    VisitSheetWorker worker() { return {m_fix->workerId, 0, QStringLiteral("王网格"), {}}; }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    // The code: V, the task id, Damm's check digit; read back however a person or a scanner types it.
    void codeRoundTrips()
    {
        QCOMPARE(VisitSheetCode::encode(572), QStringLiteral("V5724")); // Damm's worked example: 572 → 4
        QCOMPARE(VisitSheetCode::checkDigit(u"5724"), 0);
        for (const qint64 id : {1LL, 9LL, 10LL, 572LL, 1234567LL, 999999999999LL})
            QCOMPARE(VisitSheetCode::decode(VisitSheetCode::encode(id)).value(), id);
        for (const QString& typed : {QStringLiteral("v5724"), QStringLiteral(" V57-24\r\n"),
                                     QStringLiteral("Ｖ５７２４"), QStringLiteral("V 572 4")})
            QCOMPARE(VisitSheetCode::decode(typed).value(), 572);
    }

    // Every single wrong digit and every swap of two neighbouring digits is refused as mistyped.
    void mistypedCodesAreRefused()
    {
        const QString code = VisitSheetCode::encode(40213);
        int refused = 0;
        for (qsizetype i = 1; i < code.size(); ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                QString typo = code;
                typo[i] = QLatin1Char(d);
                if (typo == code)
                    continue;
                const auto decoded = VisitSheetCode::decode(typo);
                QVERIFY2(!decoded, qPrintable(typo));
                ++refused;
            }
            if (i + 1 < code.size() && code.at(i) != code.at(i + 1)) {
                QString swapped = code;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(!VisitSheetCode::decode(swapped), qPrintable(swapped));
            }
        }
        QCOMPARE(refused, 9 * 6);
        const auto typo = VisitSheetCode::decode(QStringLiteral("V5725"));
        QVERIFY(!typo);
        QVERIFY2(typo.summary().contains(QStringLiteral("mistyped")), qPrintable(typo.summary()));
        QCOMPARE(typo.violations().first().field, QString::fromLatin1(Field::VisitTaskField));
    }

    // Things that are no sheet code: empty, no prefix (an ID card number), letters, a lone V, a leading 0.
    void otherTextsAreNotCodes()
    {
        for (const QString& text :
             {QString(), QStringLiteral("   "), QStringLiteral("5724"), QStringLiteral("430524195001011234"),
              QStringLiteral("X5724"), QStringLiteral("V"), QStringLiteral("V5"), QStringLiteral("V57a4"),
              QStringLiteral("V05724"), QStringLiteral("V1234567890123456789")}) {
            const auto decoded = VisitSheetCode::decode(text);
            QVERIFY2(!decoded, qPrintable(text));
            QVERIFY2(!decoded.summary().contains(QStringLiteral("mistyped")), qPrintable(decoded.summary()));
        }
        QVERIFY(
            VisitSheetCode::decode(QStringLiteral("5724")).summary().contains(QStringLiteral("not a code")));
    }

    // A worker's sheet: their open tasks due by the month's end (the month's and the earlier ones still
    // owed), by building (2栋 before 10栋), floor and room; not another worker's, not a closed, cancelled or
    // next month's task.
    void workerSheetRowsAndOrder()
    {
        const qint64 b10 = building(QStringLiteral("10栋"));
        const qint64 b2 = building(QStringLiteral("2栋"));
        qint64 p = 0;
        const qint64 hHigh =
            householdIn(QStringLiteral("H-1101"), dwelling(m_test->buildingId(), QStringLiteral("1101")),
                        QStringLiteral("高层"), &p);
        const qint64 hLow =
            householdIn(QStringLiteral("H-302"), dwelling(m_test->buildingId(), QStringLiteral("302")),
                        QStringLiteral("低层"), &p);
        const qint64 hTen = householdIn(QStringLiteral("H-10"), dwelling(b10, QStringLiteral("201")),
                                        QStringLiteral("十栋"), &p);
        const qint64 hTwo = householdIn(QStringLiteral("H-2"), dwelling(b2, QStringLiteral("501")),
                                        QStringLiteral("二栋"), &p);
        const VisitTask high = attend(hHigh, QDate(2025, 4, 8));
        const VisitTask low = attend(hLow, QDate(2025, 4, 9));
        const VisitTask ten = attend(hTen, QDate(2025, 4, 9));
        const VisitTask two = attend(hTwo, QDate(2025, 3, 2)); // March's, still open: owed
        const VisitTask done = attend(hTwo, QDate(2025, 4, 1));
        const VisitTask cancelled = attend(hLow, QDate(2025, 4, 2));
        // Another worker's task, and one due from May.
        const qint64 other = m_fix->insert(
            QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, cadre_name, valid_from)"
                           " VALUES (?, 'grid_worker', 'outside_cadre', '赵网格', '2020-01-01')"),
            {m_fix->gridId});
        const VisitTask others = attend(hTen, QDate(2025, 4, 3));
        m_fix->insert(QStringLiteral("UPDATE visit_tasks SET assignee_staff_id = ? WHERE id = ?"),
                      {other, others.id});
        m_fix->insert(QStringLiteral(
                          "INSERT INTO visit_tasks (household_id, kind, reason, source,"
                          " assignee_staff_id, due_from, overdue_after)"
                          " VALUES (?, 'must_attend', 'emergency', 'manual', ?, '2025-05-01', '2025-05-03')"),
                      {hHigh, m_fix->workerId});
        Visit v;
        v.householdId = hTwo;
        v.visitorStaffId = m_fix->workerId;
        v.date = QDate(2025, 4, 2);
        v.taskId = done.id;
        QVERIFY(VisitService(db()).recordVisit(v, Today));
        QVERIFY(VisitService(db()).cancelTask(cancelled.id, Today, QStringLiteral("搬走"), Today));

        const auto sheet = VisitSheetQuery(db()).forWorker(April, worker(), 0, Today);
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        QCOMPARE(numbersOf(sheet.value()), (QStringList{QStringLiteral("H-302"), QStringLiteral("H-1101"),
                                                        QStringLiteral("H-2"), QStringLiteral("H-10")}));
        QCOMPARE(codesOf(sheet.value()),
                 (QStringList{VisitSheetCode::encode(low.id), VisitSheetCode::encode(high.id),
                              VisitSheetCode::encode(two.id), VisitSheetCode::encode(ten.id)}));
        const VisitSheetRow& row = sheet.value().rows.at(2);
        QCOMPARE(row.headName, QStringLiteral("二栋"));
        QCOMPARE(row.buildingName, QStringLiteral("2栋"));
        QCOMPARE(row.floor, 5);
        QCOMPARE(row.window, two.window);
        QCOMPARE(row.kind, TaskKind::MustAttend);
        QCOMPARE(row.lastVisit, QDate(2025, 4, 2));
        QVERIFY(sheet.value().rows.at(0).lastVisit.isNull());
        QCOMPARE(VisitSheetQuery::reasonLabel(row), enumLabel(AttendTrigger::FamilyDispute));
        QCOMPARE(sheet.value().month, April);
        QCOMPARE(sheet.value().title, QStringLiteral("王网格"));

        // The other worker's sheet holds their task only.
        const auto theirs =
            VisitSheetQuery(db()).forWorker(April, {other, 0, QStringLiteral("赵网格"), {}}, 0, Today);
        QCOMPARE(codesOf(theirs.value()), QStringList{VisitSheetCode::encode(others.id)});
        // May's sheet also holds the task due from May.
        QCOMPARE(VisitSheetQuery(db()).forWorker(QDate(2025, 5, 20), worker(), 0, Today).value().rows.size(),
                 5);
    }

    // A 四必访 window missed in an earlier month is not listed again once a later window of the same
    // person and reason follows (open or visited); alone, it is still listed; a 三必到 task stays listed.
    void missedWindowsAreListedOnce()
    {
        qint64 p = 0;
        const qint64 h =
            householdIn(QStringLiteral("H-1"), dwelling(m_test->buildingId(), QStringLiteral("101")),
                        QStringLiteral("独居"), &p);
        const qint64 alone =
            householdIn(QStringLiteral("H-2"), dwelling(m_test->buildingId(), QStringLiteral("102")),
                        QStringLiteral("一次"), &p);
        auto window = [&](qint64 household, const QString& from, const QString& until) {
            return m_fix->insert(
                QStringLiteral("INSERT INTO visit_tasks (household_id, kind, reason, source,"
                               " assignee_staff_id, due_from, overdue_after)"
                               " VALUES (?, 'must_visit', 'elderly_alone', 'rule', ?, ?, ?)"),
                {household, m_fix->workerId, from, until});
        };
        window(h, QStringLiteral("2025-02-01"), QStringLiteral("2025-02-28"));
        window(h, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"));
        const qint64 april = window(h, QStringLiteral("2025-04-01"), QStringLiteral("2025-04-30"));
        const qint64 once = window(alone, QStringLiteral("2025-02-01"), QStringLiteral("2025-02-28"));
        const VisitTask owed = attend(h, QDate(2025, 3, 2));

        auto codes = [&] {
            const auto sheet = VisitSheetQuery(db()).forWorker(April, worker(), 0, Today);
            if (!sheet)
                qFatal("sheet: %s", qPrintable(sheet.summary()));
            QStringList out = codesOf(sheet.value());
            out.sort();
            return out;
        };
        QStringList expected{VisitSheetCode::encode(april), VisitSheetCode::encode(once),
                             VisitSheetCode::encode(owed.id)};
        expected.sort();
        QCOMPARE(codes(), expected);
        // The building's sheet the same.
        const auto building = VisitSheetQuery(db()).forBuilding(April, m_test->buildingId(), 0, Today);
        QVERIFY2(building, qPrintable(building.summary()));
        QStringList buildingCodes = codesOf(building.value());
        buildingCodes.sort();
        QCOMPARE(buildingCodes, expected);

        // April's window visited: the earlier ones stay off the sheet.
        Visit v;
        v.householdId = h;
        v.visitorStaffId = m_fix->workerId;
        v.date = QDate(2025, 4, 10);
        v.taskId = april;
        QVERIFY(VisitService(db()).recordVisit(v, Today));
        expected.removeOne(VisitSheetCode::encode(april));
        QCOMPARE(codes(), expected);
    }

    // The persons to see: the task's person first, then members with a care category in the month, each
    // with their marks; a 四必访 family is marked, a plain must-attend one is not.
    void personsAndMarks()
    {
        qint64 head = 0;
        const qint64 h =
            householdIn(QStringLiteral("H-C"), dwelling(m_test->buildingId(), QStringLiteral("201")),
                        QStringLiteral("户主"), &head);
        const qint64 grandma = member(h, QStringLiteral("奶奶"));
        const qint64 child = member(h, QStringLiteral("小孙"));
        m_fix->careCategory(grandma, QStringLiteral("elderly_alone"), QDate(2024, 1, 1));
        m_fix->careCategory(grandma, QStringLiteral("loss_of_self_care"), QDate(2025, 4, 20));
        m_fix->careCategory(child, QStringLiteral("left_behind_child"), QDate(2024, 1, 1),
                            QDate(2025, 4, 1)); // ended
        const VisitTask task = attend(h, QDate(2025, 4, 9));
        m_fix->insert(QStringLiteral("UPDATE visit_tasks SET person_id = ? WHERE id = ?"), {child, task.id});
        qint64 plainHead = 0;
        const qint64 plain =
            householdIn(QStringLiteral("H-P"), dwelling(m_test->buildingId(), QStringLiteral("202")),
                        QStringLiteral("普通"), &plainHead);
        attend(plain, QDate(2025, 4, 9));

        const auto sheet = VisitSheetQuery(db()).forWorker(April, worker(), 0, Today);
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        QCOMPARE(sheet.value().rows.size(), 2);
        const VisitSheetRow& marked = sheet.value().rows.at(0);
        QCOMPARE(marked.householdNumber, QStringLiteral("H-C"));
        QCOMPARE(marked.persons.size(), 2);
        QCOMPARE(marked.persons.at(0).name, QStringLiteral("小孙"));
        QVERIFY(marked.persons.at(0).isTaskPerson);
        QVERIFY(marked.persons.at(0).care.isEmpty()); // left-behind child until the month began
        QCOMPARE(marked.persons.at(1).name, QStringLiteral("奶奶"));
        QCOMPARE(marked.persons.at(1).care,
                 (QList<CareCategory>{CareCategory::ElderlyAlone, CareCategory::LossOfSelfCare}));
        QVERIFY(marked.mustVisitFamily);
        QVERIFY(!sheet.value().rows.at(1).mustVisitFamily);
        QVERIFY(sheet.value().rows.at(1).persons.isEmpty());
        QCOMPARE(marked.address(), QStringLiteral("1栋 U201 201"));

        // A difficult family marks the household without any person.
        m_fix->difficultMark(plain, QDate(2025, 4, 5));
        QVERIFY(
            VisitSheetQuery(db()).forWorker(April, worker(), 0, Today).value().rows.at(1).mustVisitFamily);
    }

    // A building's sheet holds every open task of its households, whoever it is assigned to (or no one).
    void buildingSheet()
    {
        const qint64 b2 = building(QStringLiteral("2栋"));
        qint64 p = 0;
        const qint64 inTwo = householdIn(QStringLiteral("H-2"), dwelling(b2, QStringLiteral("101")),
                                         QStringLiteral("二栋"), &p);
        const qint64 inOne =
            householdIn(QStringLiteral("H-1"), dwelling(m_test->buildingId(), QStringLiteral("102")),
                        QStringLiteral("一栋"), &p);
        const VisitTask mine = attend(inTwo, QDate(2025, 4, 9));
        const VisitTask nobodys = attend(inTwo, QDate(2025, 4, 7));
        m_fix->insert(QStringLiteral("UPDATE visit_tasks SET assignee_staff_id = NULL WHERE id = ?"),
                      {nobodys.id});
        attend(inOne, QDate(2025, 4, 9));

        const auto sheet = VisitSheetQuery(db()).forBuilding(April, b2, 0, Today);
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        QCOMPARE(sheet.value().title, QStringLiteral("2栋"));
        QCOMPARE(sheet.value().siteName, QStringLiteral("测试安置点"));
        QCOMPARE(codesOf(sheet.value()),
                 (QStringList{VisitSheetCode::encode(nobodys.id), VisitSheetCode::encode(mine.id)}));
        // Limited to a grid that does not hold the building's households: nothing.
        const qint64 otherGrid = m_fix->insert(
            QStringLiteral(
                "INSERT INTO grids (code, site_id, name, valid_from) VALUES (?, ?, ?, '2020-01-01')"),
            {QStringLiteral("43052400100102"), m_test->siteId(), QStringLiteral("二网格")});
        QVERIFY(VisitSheetQuery(db()).forBuilding(April, b2, otherGrid, Today).value().rows.isEmpty());
        QCOMPARE(VisitSheetQuery(db()).forBuilding(April, b2, m_fix->gridId, Today).value().rows.size(), 2);
    }

    // A party member paired with households has a sheet of the tasks assigned to them.
    void pairingCadreSheet()
    {
        qint64 p = 0;
        const qint64 h =
            householdIn(QStringLiteral("H-M"), dwelling(m_test->buildingId(), QStringLiteral("401")),
                        QStringLiteral("结对户"), &p);
        const qint64 memberId =
            m_fix->insert(QStringLiteral("INSERT INTO party_members (origin, cadre_name, stage, stage_date)"
                                         " VALUES ('outside_cadre', '刘干部', 'full', '2010-01-01')"),
                          {});
        m_fix->insert(
            QStringLiteral("INSERT INTO pairings (household_id, partner_kind, party_member_id, valid_from)"
                           " VALUES (?, 'party_member', ?, '2024-01-01')"),
            {h, memberId});
        // A 三必到 task goes to the grid worker (TaskAssignees); one handed to the pairing partner is theirs.
        const VisitTask task = attend(h, QDate(2025, 4, 9));
        m_fix->insert(QStringLiteral("UPDATE visit_tasks SET assignee_staff_id = NULL, assignee_member_id = ?"
                                     " WHERE id = ?"),
                      {memberId, task.id});

        const auto found = VisitSheetQuery(db()).worker(QStringLiteral("刘干部"), April);
        QVERIFY2(found, qPrintable(found.summary()));
        QCOMPARE(found.value().memberId, memberId);
        QCOMPARE(found.value().key(), QStringLiteral("member:%1").arg(memberId));
        const auto sheet = VisitSheetQuery(db()).forWorker(April, found.value(), 0, Today);
        QCOMPARE(codesOf(sheet.value()), QStringList{VisitSheetCode::encode(task.id)});
    }

    // Finding the worker: an exact name, a part of one, namesakes refused with their keys, a key.
    void findingWorkers()
    {
        VisitSheetQuery query(db());
        QCOMPARE(query.worker(QStringLiteral("王网格"), April).value().staffId, m_fix->workerId);
        QCOMPARE(query.worker(QStringLiteral(" 网长"), April).value().staffId, m_fix->leaderId);
        QCOMPARE(query.workers(QString(), April).value().size(), 2); // the window's list: everyone
        // Every site numbers its grids from 网格01: the list names the site, so two sites' workers differ.
        QVERIFY2(query.worker(QStringLiteral("王网格"), April)
                     .value()
                     .description.contains(QStringLiteral("测试安置点")),
                 qPrintable(query.worker(QStringLiteral("王网格"), April).value().description));
        const qint64 namesake = m_fix->insert(
            QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, cadre_name, valid_from)"
                           " VALUES (?, 'grid_leader', 'outside_cadre', '王网格', '2020-01-01')"),
            {m_fix->gridId});
        Q_UNUSED(namesake)
        const auto ambiguous = query.worker(QStringLiteral("王网格"), April);
        QVERIFY(!ambiguous);
        QVERIFY2(ambiguous.summary().contains(QStringLiteral("staff:%1").arg(m_fix->workerId)),
                 qPrintable(ambiguous.summary()));
        QVERIFY(ambiguous.summary().contains(QStringLiteral("staff:%1").arg(namesake)));
        QVERIFY(ambiguous.summary().contains(QStringLiteral("2 workers")));
        QCOMPARE(query.worker(QStringLiteral("staff:%1").arg(namesake), April).value().staffId, namesake);
        // Not serving in the month: a staff member who left in March is no candidate in April.
        m_fix->insert(QStringLiteral("UPDATE grid_staff SET valid_to = '2025-03-15' WHERE id = ?"),
                      {namesake});
        QCOMPARE(query.worker(QStringLiteral("王网格"), April).value().staffId, m_fix->workerId);
        QVERIFY(!query.worker(QStringLiteral("没有人"), April));
        QVERIFY(query.worker(QStringLiteral("没有人"), April).summary().contains(QStringLiteral("2025-04")));
        // "%" is a name's character, not a pattern.
        QVERIFY(!query.worker(QStringLiteral("%"), April));
    }

    void findingBuildings()
    {
        VisitSheetQuery query(db());
        QCOMPARE(query.building(QStringLiteral("1栋")).value().id, m_test->buildingId());
        QCOMPARE(query.building(QString::number(m_test->buildingId())).value().name, QStringLiteral("1栋"));
        const qint64 site2 = m_fix->insert(
            QStringLiteral(
                "INSERT INTO sites (code, name, county_code) VALUES ('430524002', '第二安置点', '430524')"),
            {});
        const qint64 other = building(QStringLiteral("1栋"), site2);
        const auto ambiguous = query.building(QStringLiteral("1栋"));
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.summary().contains(QString::number(other)));
        QVERIFY(ambiguous.summary().contains(QStringLiteral("第二安置点")));
        QCOMPARE(query.building(QStringLiteral("1栋"), m_fix->gridId).value().id, m_test->buildingId());
        QVERIFY(!query.building(QStringLiteral("99栋")));
    }

    // The quick-entry screen's look-up: an open task's row; answered, cancelled, unknown and mistyped
    // codes refused with why.
    void rowByCode()
    {
        qint64 p = 0;
        const qint64 h =
            householdIn(QStringLiteral("H-Q"), dwelling(m_test->buildingId(), QStringLiteral("601")),
                        QStringLiteral("快录"), &p);
        const VisitTask open = attend(h, QDate(2025, 4, 9));
        const VisitTask answered = attend(h, QDate(2025, 4, 1));
        const VisitTask cancelled = attend(h, QDate(2025, 4, 2));
        Visit v;
        v.householdId = h;
        v.visitorStaffId = m_fix->workerId;
        v.date = QDate(2025, 4, 3);
        v.taskId = answered.id;
        QVERIFY(VisitService(db()).recordVisit(v, Today));
        QVERIFY(VisitService(db()).cancelTask(cancelled.id, Today, QStringLiteral("搬走"), Today));

        VisitSheetQuery query(db());
        const auto row = query.rowForCode(VisitSheetCode::encode(open.id).toLower(), Today);
        QVERIFY2(row, qPrintable(row.summary()));
        QCOMPARE(row.value().taskId, open.id);
        QCOMPARE(row.value().householdNumber, QStringLiteral("H-Q"));
        QCOMPARE(row.value().assigneeStaffId, m_fix->workerId);
        QCOMPARE(row.value().assigneeName, QStringLiteral("王网格"));
        const auto done = query.rowForCode(VisitSheetCode::encode(answered.id), Today);
        QVERIFY(!done);
        QVERIFY2(done.summary().contains(QStringLiteral("2025-04-03")), qPrintable(done.summary()));
        QVERIFY(query.rowForCode(VisitSheetCode::encode(cancelled.id), Today)
                    .summary()
                    .contains(QStringLiteral("搬走")));
        QVERIFY(query.rowForCode(VisitSheetCode::encode(999999), Today)
                    .summary()
                    .contains(QStringLiteral("No visit task")));
        QString typo = VisitSheetCode::encode(open.id);
        typo[1] = typo.at(1) == QLatin1Char('9') ? QLatin1Char('8') : QChar(typo.at(1).unicode() + 1);
        QVERIFY(query.rowForCode(typo, Today).summary().contains(QStringLiteral("mistyped")));
        // A user of another site does not see the household's row.
        m_test->logInAs(Role::Clerk, {m_test->siteId() + 1000});
        QVERIFY(!VisitSheetQuery(db()).rowForCode(VisitSheetCode::encode(open.id), Today));
        QVERIFY(VisitSheetQuery(db()).forWorker(April, worker(), 0, Today).value().rows.isEmpty());
    }

    // The secretary prints sheets but records nothing; the clerk and the manager record.
    void secretaryPrintsClerkAndManagerRecord()
    {
        qint64 p = 0;
        const qint64 h =
            householdIn(QStringLiteral("H-R"), dwelling(m_test->buildingId(), QStringLiteral("701")),
                        QStringLiteral("角色"), &p);
        const VisitTask task = attend(h, QDate(2025, 4, 9));
        for (const Role role : {Role::Clerk, Role::Manager, Role::Admin}) {
            m_test->logInAs(role);
            QVERIFY(VisitSheetQuery::mayRecord(db()));
            QVERIFY(VisitSheetQuery::mayPrint(db()));
        }
        m_test->logInAs(Role::Secretary);
        QVERIFY(VisitSheetQuery::mayPrint(db()));
        QVERIFY(!VisitSheetQuery::mayRecord(db()));
        const auto sheet = VisitSheetQuery(db()).forWorker(April, worker(), 0, Today);
        QVERIFY2(sheet, qPrintable(sheet.summary()));
        QCOMPARE(sheet.value().rows.size(), 1);
        Visit v;
        v.householdId = h;
        v.visitorStaffId = m_fix->workerId;
        v.date = Today;
        v.taskId = task.id;
        QVERIFY(!VisitService(db()).recordVisit(v, Today));
        m_test->logInAs(Role::Clerk);
        QVERIFY(VisitService(db()).recordVisit(v, Today));
        QVERIFY(VisitSheetQuery(db()).forWorker(April, worker(), 0, Today).value().rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisitSheet)
#include "tst_visitsheet.moc"

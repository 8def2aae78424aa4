// The demo's work, training and industry (issue 19) on both engines: every table filled, the same rows from
// the same seed, labour export peaking after the spring festival, every date within the demo's months, no
// job after a person moved away or died, places within their capacity, and the checks that name people
// with something to find. The checks and the employment rate are counted here with issue 19's definitions
// (work19 brief), independently of the findings code.
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOfficeCalendar.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace anju;

namespace {

const QDate DemoDay(2026, 11, 1);
const QDate FirstMonth(2024, 12, 1);            // the month of the demo's day and the 23 before it
const QDate Earliest = FirstMonth.addYears(-4); // what was under way when the months begin started after it

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

void generate(test::TestDatabase& t, int households)
{
    demo::DemoOptions options;
    options.households = households;
    options.seed = 5;
    options.today = DemoDay;
    demo::DemoGenerator generator(t.db());
    const Outcome made = generator.generate(options);
    if (!made)
        qFatal("demo: %s", qPrintable(made.summary()));
}

QStringList fingerprint(const Database& db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    for (const char* sql :
         {"SELECT site_id, name, operator, capacity, opened_on, closed_on FROM work_workshops ORDER BY id",
          "SELECT site_id, kind, name, capacity, monthly_pay, opened_on FROM work_posts ORDER BY id",
          "SELECT site_id, name, organisation, phone, valid_from FROM work_brokers ORDER BY id",
          "SELECT site_id, departed_on, destination_province, destination_city, headcount"
          " FROM work_transport_batches ORDER BY id",
          "SELECT person_id, channel, employer, place, destination_city, broker_id, batch_id, workshop_id, "
          "post_id,"
          " monthly_income, started_on, ended_on, end_reason, source FROM employments ORDER BY id",
          "SELECT person_id, kind, place, detail, recorded_on, collected_by, closed_on, close_reason"
          " FROM work_wishes ORDER BY id",
          "SELECT person_id, reason, note, valid_from, valid_to FROM work_absence_reasons ORDER BY id",
          "SELECT site_id, title, trade, organiser, starts_on, ends_on, hours, capacity FROM training_courses"
          " ORDER BY id",
          "SELECT course_id, person_id, enrolled_on, outcome, hours_attended, certificate_no FROM"
          " training_attendances ORDER BY id",
          "SELECT person_id, kind, month, amount, paid_on, employment_id, attendance_id FROM"
          " work_support_payments ORDER BY id",
          "SELECT site_id, name, level, model, investment, total_shares, started_on, ended_on FROM"
          " industry_projects ORDER BY id",
          "SELECT project_id, household_id, year, people, shares, amount FROM industry_beneficiaries ORDER "
          "BY id"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString().left(10));
            rows.append(values.join(QLatin1Char(' ')));
        }
    }
    return rows;
}

// Issue 19's definitions (the work19 brief), written out here as SQL on day `d`.
struct Definitions
{
    QDate d;

    QString day() const { return QLatin1Char('\'') + iso(d) + QLatin1Char('\''); }
    // On file on D, 16–60 in whole years on D, with labour capacity.
    QString labourForce(const QString& p) const
    {
        // Born on or before D sixteen years back, and after D sixty-one years back.
        const QDate youngest =
            QDate(d.year() - 16, d.month(), d.month() == 2 && d.day() == 29 ? 28 : d.day());
        const QDate oldest = QDate(d.year() - 61, d.month(), d.month() == 2 && d.day() == 29 ? 28 : d.day());
        return QStringLiteral(
                   "(%1.state = 'active' OR %1.state_date > %2) AND %1.birth_date <= '%3'"
                   " AND %1.birth_date > '%4' AND %1.labour_capacity IN ('ordinary', 'skilled', 'weak')")
            .arg(p, day(), iso(youngest), iso(oldest));
    }
    QString jobHolds(const QString& p) const
    {
        return QStringLiteral("EXISTS (SELECT 1 FROM employments e WHERE e.person_id = %1.id"
                              " AND e.started_on <= %2 AND (e.ended_on IS NULL OR e.ended_on > %2))")
            .arg(p, day());
    }
    QString absenceHolds(const QString& p) const
    {
        return QStringLiteral("EXISTS (SELECT 1 FROM work_absence_reasons r WHERE r.person_id = %1.id"
                              " AND r.valid_from <= %2 AND (r.valid_to IS NULL OR r.valid_to > %2))")
            .arg(p, day());
    }
    QString labourForceCount() const
    {
        return QStringLiteral("SELECT COUNT(*) FROM persons p WHERE %1")
            .arg(labourForce(QStringLiteral("p")));
    }
    QString employedCount() const
    {
        return QStringLiteral("SELECT COUNT(*) FROM persons p WHERE %1 AND %2")
            .arg(labourForce(QStringLiteral("p")), jobHolds(QStringLiteral("p")));
    }
    // 应培尽培: an open training wish recorded 90 days or more before D, no attendance enrolled since.
    QString trainingWishUnmet() const
    {
        return QStringLiteral(
                   "SELECT COUNT(DISTINCT p.id) FROM persons p JOIN work_wishes w ON w.person_id = p.id"
                   " WHERE (p.state = 'active' OR p.state_date > %1) AND w.kind = 'training'"
                   " AND (w.closed_on IS NULL OR w.closed_on > %1) AND w.recorded_on <= '%2'"
                   " AND NOT EXISTS (SELECT 1 FROM training_attendances a WHERE a.person_id = p.id"
                   " AND a.enrolled_on >= w.recorded_on)")
            .arg(day(), iso(d.addDays(-90)));
    }
    // 公益岗位优先弱劳动力: a post held by ordinary or skilled labour while weak labour of its site waits.
    QString postHeldWhileWeakWaits() const
    {
        return QStringLiteral(
                   "SELECT COUNT(*) FROM employments e JOIN work_posts po ON po.id = e.post_id"
                   " JOIN persons h ON h.id = e.person_id WHERE e.channel = 'public_post'"
                   " AND e.started_on <= %1 AND (e.ended_on IS NULL OR e.ended_on > %1)"
                   " AND h.labour_capacity IN ('ordinary', 'skilled')"
                   " AND EXISTS (SELECT 1 FROM persons w JOIN households wh ON wh.id = w.household_id"
                   "  WHERE wh.site_id = po.site_id AND w.labour_capacity = 'weak' AND %2 AND NOT %3 AND NOT "
                   "%4"
                   "  AND EXISTS (SELECT 1 FROM work_wishes x WHERE x.person_id = w.id AND x.kind = "
                   "'employment'"
                   "   AND x.recorded_on <= %1 AND (x.closed_on IS NULL OR x.closed_on > %1)))")
            .arg(day(), labourForce(QStringLiteral("w")), jobHolds(QStringLiteral("w")),
                 absenceHolds(QStringLiteral("w")));
    }
    // Idle: in the labour force, not at school, no job on any day of (D - 3 months, D], no reason on D.
    QString idle() const
    {
        const QDate afterWindowStart = d.addMonths(-3).addDays(1);
        return QStringLiteral("SELECT COUNT(*) FROM persons p WHERE %1 AND p.in_school = 0 AND NOT %2"
                              " AND NOT EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id"
                              " AND e.started_on <= %3 AND (e.ended_on IS NULL OR e.ended_on > '%4'))")
            .arg(labourForce(QStringLiteral("p")), absenceHolds(QStringLiteral("p")), day(),
                 iso(afterWindowStart));
    }
};

} // namespace

class TestDemoWork : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;

    const Database& db() { return m_test->db(); }
    qint64 count(const QString& sql) { return scalar(db(), sql); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<test::TestDatabase>();
        generate(*m_test, 3000);
    }

    void springFestivalDates()
    {
        QCOMPARE(demo::springFestival(2025), QDate(2025, 1, 29));
        QCOMPARE(demo::springFestival(2026), QDate(2026, 2, 17));
        QCOMPARE(demo::springFestival(2024), QDate(2024, 2, 10));
        // The State Council's 春节 holidays hold the festival's day.
        for (int year : {2025, 2026}) {
            bool found = false;
            for (const demo::CalendarDay& d : demo::stateCouncilHolidays())
                found = found || (d.day == demo::springFestival(year) && d.holiday);
            QVERIFY(found);
        }
    }

    void sameSeedSameRows()
    {
        test::TestDatabase one;
        test::TestDatabase two;
        generate(one, 300);
        generate(two, 300);
        const QStringList first = fingerprint(one.db());
        QVERIFY2(first.size() > 300, qPrintable(QString::number(first.size())));
        QCOMPARE(fingerprint(two.db()), first);
    }

    void everyTableAndKindFilled()
    {
        for (const char* table :
             {"work_workshops", "work_posts", "work_brokers", "work_transport_batches", "employments",
              "work_wishes", "work_absence_reasons", "training_courses", "training_attendances",
              "work_support_payments", "industry_projects", "industry_beneficiaries"})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) > 0, table);
        const auto each = [&](const char* table, const char* column,
                              std::initializer_list<const char*> keys) {
            for (const char* key : keys)
                QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = '%3'")
                                   .arg(QLatin1String(table), QLatin1String(column), QLatin1String(key))) > 0,
                         key);
        };
        each(
            "employments", "channel",
            {"labour_export", "workshop", "work_relief", "park", "public_post", "self_employed", "flexible"});
        each("work_posts", "kind",
             {"cleaning_greening", "security", "forest_ranger", "project_maintenance", "other"});
        each("work_wishes", "kind", {"employment", "training", "business"});
        each("work_absence_reasons", "reason", {"studying", "caring", "ill", "other"});
        each("training_attendances", "outcome", {"enrolled", "completed", "dropped"});
        each("work_support_payments", "kind",
             {"employment_award", "training_subsidy", "living_allowance", "social_insurance"});
        each("industry_projects", "level",
             {"county_park", "township_base", "village_cooperative", "household"});
        each("industry_projects", "model", {"infrastructure", "labour_pay", "training", "asset_shares"});
        // Every site has its workshops (1–3, 20–80 places) and posts (1–10 places, 600–1500 yuan a month).
        const qint64 sites = count(QStringLiteral("SELECT COUNT(*) FROM sites s WHERE EXISTS"
                                                  " (SELECT 1 FROM households h WHERE h.site_id = s.id)"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT site_id) FROM work_workshops")), sites);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT site_id) FROM work_posts")), sites);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM (SELECT site_id FROM work_workshops GROUP BY site_id"
                                 " HAVING COUNT(*) > 3) x")),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_workshops WHERE capacity < 20 OR capacity > 80")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_posts WHERE capacity < 1 OR capacity > 10"
                                      " OR monthly_pay < 60000 OR monthly_pay > 150000")),
                 0);
        // Courses for a site and for the whole office, of many trades, 10–40 people, 40–120 hours.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM training_courses WHERE site_id IS NULL")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT trade) FROM training_courses")) >= 6);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_courses WHERE hours < 40 OR hours > 120"
                                      " OR organiser = '' OR demand = ''")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM training_courses c WHERE (SELECT COUNT(*) FROM"
                                 " training_attendances a WHERE a.course_id = c.id) NOT BETWEEN 8 AND 40")),
            0);
        // Projects at every level for the whole office or a site, beneficiaries in each of the demo's years.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM industry_projects WHERE site_id IS NULL")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT year) FROM industry_beneficiaries")), 3);
    }

    // Roughly 55–70% of the labour force employed at a month's end, labour export about 45% of the jobs.
    void employmentRateAndChannels()
    {
        for (const QDate d : {QDate(2025, 6, 30), QDate(2026, 3, 31), DemoDay}) {
            const Definitions def{d};
            const qint64 labourForce = count(def.labourForceCount());
            const qint64 employed = count(def.employedCount());
            qInfo("%s: %lld employed of %lld in the labour force", qPrintable(iso(d)), employed, labourForce);
            QVERIFY2(labourForce > 3000, qPrintable(QString::number(labourForce)));
            QVERIFY2(employed * 100 >= labourForce * 55 && employed * 100 <= labourForce * 72,
                     qPrintable(QStringLiteral("%1: %2 of %3").arg(iso(d)).arg(employed).arg(labourForce)));
        }
        const QString holding =
            QStringLiteral("started_on <= '2026-11-01' AND (ended_on IS NULL OR ended_on > "
                           "'2026-11-01')");
        const qint64 jobs = count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE %1").arg(holding));
        const qint64 export_ =
            count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE channel = 'labour_export' AND %1")
                      .arg(holding));
        QVERIFY2(export_ * 100 >= jobs * 38 && export_ * 100 <= jobs * 55,
                 qPrintable(QStringLiteral("%1 of %2").arg(export_).arg(jobs)));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE channel = 'labour_export'"
                                 " AND destination_province NOT IN ('广东省', '浙江省', '江苏省', '福建省',"
                                 " '上海市')")),
            0);
        // Public posts go mostly to weak labour.
        const qint64 posts =
            count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE channel = 'public_post' AND %1")
                      .arg(holding));
        const qint64 weakPosts = count(QStringLiteral("SELECT COUNT(*) FROM employments e JOIN persons p"
                                                      " ON p.id = e.person_id WHERE e.channel = 'public_post'"
                                                      " AND p.labour_capacity = 'weak' AND e.%1")
                                           .arg(holding));
        QVERIFY2(weakPosts * 100 >= posts * 60,
                 qPrintable(QStringLiteral("%1 of %2").arg(weakPosts).arg(posts)));
        // Some jobs ended and another began (seasonal), some people in two jobs over the months.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE end_reason = '春节返乡'")) >
                100);
        QVERIFY(
            count(QStringLiteral("SELECT COUNT(*) FROM (SELECT person_id FROM employments GROUP BY person_id"
                                 " HAVING COUNT(*) >= 3) x")) > 100);
    }

    // Monthly incomes in fen, plausible by channel; a public post pays what the post pays.
    void incomesByChannel()
    {
        const auto outside = [&](const char* channel, int lowYuan, int highYuan) {
            return count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE channel = '%1'"
                                        " AND (monthly_income < %2 OR monthly_income > %3)")
                             .arg(QLatin1String(channel))
                             .arg(qint64(lowYuan) * 100)
                             .arg(qint64(highYuan) * 100));
        };
        QCOMPARE(outside("labour_export", 3000, 10000), 0);
        QCOMPARE(outside("workshop", 1400, 4500), 0);
        QCOMPARE(outside("flexible", 1000, 4600), 0);
        QCOMPARE(outside("public_post", 600, 1500), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM employments e JOIN work_posts p ON p.id = e.post_id"
                                 " WHERE e.monthly_income <> p.monthly_pay")),
            0);
    }

    // Labour export leaves in the weeks after the spring festival: more starts a month in February and
    // March than in the other months, most of the 点对点 batches leave then.
    void springFestivalPeak()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT started_on FROM employments WHERE channel = 'labour_export'"
                                      " AND started_on >= '%1' AND started_on <= '%2'")
                           .arg(iso(FirstMonth), iso(DemoDay))));
        QMap<QDate, int> byMonth;
        while (q.next()) {
            const QDate d = dateFrom(q.value(0));
            ++byMonth[QDate(d.year(), d.month(), 1)];
        }
        int peak = 0, peakMonths = 0, other = 0, otherMonths = 0;
        for (QDate m = FirstMonth; m <= DemoDay; m = m.addMonths(1)) {
            if (m.month() == 2 || m.month() == 3) {
                peak += byMonth.value(m);
                ++peakMonths;
            } else {
                other += byMonth.value(m);
                ++otherMonths;
            }
        }
        QCOMPARE(peakMonths, 4);
        QVERIFY2(peak * otherMonths > 3 * other * peakMonths,
                 qPrintable(QStringLiteral("%1 in %2 peak months, %3 in %4 others")
                                .arg(peak)
                                .arg(peakMonths)
                                .arg(other)
                                .arg(otherMonths)));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_transport_batches WHERE departed_on NOT IN"
                                 " ('2025-02-03', '2025-02-04', '2025-02-05', '2025-02-06', '2025-02-07',"
                                 " '2025-02-08', '2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25',"
                                 " '2026-02-26', '2026-02-27')")),
            0);
        // A batch carries its employments (and people of other places); they start a day or two after it.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_transport_batches b WHERE b.headcount <"
                                 " (SELECT COUNT(*) FROM employments e WHERE e.batch_id = b.id)"
                                 " OR NOT EXISTS (SELECT 1 FROM employments e WHERE e.batch_id = b.id)")),
            0);
        QSqlQuery batch(db().connection());
        QVERIFY(batch.exec(
            QStringLiteral("SELECT b.departed_on, e.started_on, b.destination_city, e.destination_city"
                           " FROM employments e JOIN work_transport_batches b ON b.id = e.batch_id")));
        int carried = 0;
        while (batch.next()) {
            const qint64 after = dateFrom(batch.value(0)).daysTo(dateFrom(batch.value(1)));
            QVERIFY(after >= 1 && after <= 2);
            QCOMPARE(batch.value(3).toString(), batch.value(2).toString());
            ++carried;
        }
        QVERIFY(carried > 20);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM employments WHERE broker_id IS NOT NULL")) > 20);
    }

    // What the office recorded in the demo's months lies in them; what was already under way began at most
    // four years before (the last relocations); nothing after the demo's day but a course under way.
    void datesWithinTheDemosMonths()
    {
        const auto outside = [&](const char* table, const char* column, QDate from) {
            return count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 < '%3' OR %2 > '%4'")
                             .arg(QLatin1String(table), QLatin1String(column), iso(from), iso(DemoDay)));
        };
        for (const auto& [table, column] : {std::pair{"work_wishes", "recorded_on"},
                                            {"work_wishes", "closed_on"},
                                            {"training_attendances", "enrolled_on"},
                                            {"training_courses", "starts_on"},
                                            {"work_support_payments", "month"},
                                            {"work_support_payments", "paid_on"},
                                            {"work_transport_batches", "departed_on"}})
            QVERIFY2(outside(table, column, FirstMonth) == 0, column);
        for (const auto& [table, column] : {std::pair{"employments", "started_on"},
                                            {"employments", "ended_on"},
                                            {"work_absence_reasons", "valid_from"},
                                            {"work_absence_reasons", "valid_to"},
                                            {"work_workshops", "opened_on"},
                                            {"work_workshops", "closed_on"},
                                            {"work_posts", "opened_on"},
                                            {"work_brokers", "valid_from"},
                                            {"industry_projects", "started_on"},
                                            {"industry_projects", "ended_on"}})
            QVERIFY2(outside(table, column, Earliest) == 0, column);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM industry_beneficiaries WHERE year < 2024 OR year > 2026")),
                 0);
        // A course still running on the demo's day has its people enrolled; one that ended has none.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_attendances a JOIN training_courses c"
                                      " ON c.id = a.course_id WHERE (c.ends_on > '2026-11-01')"
                                      " <> (a.outcome = 'enrolled')")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM training_courses WHERE ends_on > '2026-11-01'")) >
                0);
        // Payments in the month they are for or after it; a subsidy after the course ended.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_support_payments WHERE paid_on < month")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_support_payments s JOIN training_attendances a"
                                 " ON a.id = s.attendance_id JOIN training_courses c ON c.id = a.course_id"
                                 " WHERE s.paid_on <= c.ends_on OR a.outcome <> 'completed'")),
            0);
    }

    // Nobody works, wishes, trains or is paid after they moved away or died; the jobs of those who left
    // ended by the day they left.
    void nothingAfterLeaving()
    {
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM employments e JOIN persons p ON p.id = e.person_id"
                                 " WHERE p.state <> 'active' AND (e.started_on >= p.state_date"
                                 " OR e.ended_on IS NULL OR e.ended_on > p.state_date)")),
            0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM employments e JOIN persons p ON p.id = e.person_id"
                                     " WHERE p.state <> 'active' AND e.ended_on = p.state_date")) > 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_wishes w JOIN persons p ON p.id = w.person_id"
                                 " WHERE p.state <> 'active' AND w.recorded_on >= p.state_date")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_attendances a JOIN persons p ON p.id ="
                                      " a.person_id JOIN training_courses c ON c.id = a.course_id"
                                      " WHERE p.state <> 'active' AND c.ends_on >= p.state_date")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_support_payments s JOIN persons p ON p.id ="
                                 " s.person_id WHERE p.state <> 'active' AND s.paid_on >= p.state_date")),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM work_absence_reasons r JOIN persons p ON p.id ="
                                 " r.person_id WHERE p.state <> 'active' AND (r.valid_from >= p.state_date"
                                 " OR r.valid_to IS NULL OR r.valid_to > p.state_date)")),
            0);
        // Nobody younger than sixteen works; a job is not held twice in one channel at once.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT p.birth_date, e.started_on FROM employments e JOIN persons p"
                                      " ON p.id = e.person_id")));
        while (q.next())
            QVERIFY(dateFrom(q.value(0)).addYears(16) <= dateFrom(q.value(1)));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM employments a JOIN employments b ON b.person_id ="
                                 " a.person_id AND b.id > a.id WHERE b.started_on < COALESCE(a.ended_on,"
                                 " '9999-12-31') AND a.started_on < COALESCE(b.ended_on, '9999-12-31')")),
            0);
    }

    // A workshop or post never holds more people than its places, and only while it is open.
    void placesWithinCapacity()
    {
        for (const char* place : {"workshop", "post"}) {
            const QString table = QLatin1String(place) == QLatin1String("workshop")
                                      ? QStringLiteral("work_workshops")
                                      : QStringLiteral("work_posts");
            for (QDate d = FirstMonth.addDays(-1); d <= DemoDay; d = d.addMonths(1))
                QVERIFY2(
                    count(QStringLiteral("SELECT COUNT(*) FROM %1 w WHERE w.capacity < (SELECT COUNT(*) FROM"
                                         " employments e WHERE e.%2_id = w.id AND e.started_on <= '%3'"
                                         " AND (e.ended_on IS NULL OR e.ended_on > '%3'))")
                              .arg(table, QLatin1String(place), iso(d))) == 0,
                    qPrintable(iso(d)));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM employments e JOIN %1 w ON w.id = e.%2_id"
                                          " WHERE e.started_on < w.opened_on")
                               .arg(table, QLatin1String(place))),
                     0);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM employments e JOIN work_workshops w ON w.id ="
                                      " e.workshop_id WHERE w.closed_on IS NOT NULL AND (e.ended_on IS NULL"
                                      " OR e.ended_on > w.closed_on)")),
                 0);
    }

    // The three checks that name people each find some on the demo's day, and a few, not most.
    void checksHaveFindings()
    {
        const Definitions def{DemoDay};
        const qint64 labourForce = count(def.labourForceCount());
        const qint64 unmet = count(def.trainingWishUnmet());
        QVERIFY2(unmet > 10 && unmet * 100 < labourForce * 5, qPrintable(QString::number(unmet)));
        const qint64 posts = count(def.postHeldWhileWeakWaits());
        QVERIFY2(posts > 0 && posts < 100, qPrintable(QString::number(posts)));
        const qint64 idle = count(def.idle());
        qInfo("on %s: %lld training wishes unmet, %lld posts held while weak labour waits, %lld idle of %lld",
              qPrintable(iso(DemoDay)), unmet, posts, idle, labourForce);
        QVERIFY2(idle > 10 && idle * 100 < labourForce * 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(idle).arg(labourForce)));
        // Most training wishes were met by a course (closed on enrolment); a few were withdrawn.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM work_wishes w WHERE w.kind = 'training' AND"
                    " w.close_reason = '已参加培训' AND EXISTS (SELECT 1 FROM training_attendances a"
                    " WHERE a.person_id = w.person_id AND a.enrolled_on = w.closed_on)")) > unmet * 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_wishes WHERE closed_on IS NOT NULL AND"
                                      " close_reason = ''")),
                 0);
        // The pairing cadre collected them.
        const qint64 wishes = count(QStringLiteral("SELECT COUNT(*) FROM work_wishes"));
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM work_wishes WHERE collected_by <> ''")) * 10 >
                wishes * 8);
    }

    // Subsidies go to completers, awards to labour export, social insurance to public posts.
    void supportPaidToWhomItIsFor()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM work_support_payments s LEFT JOIN training_attendances a"
                     " ON a.id = s.attendance_id WHERE s.kind IN ('training_subsidy',"
                     " 'living_allowance') AND (a.id IS NULL OR a.person_id <> s.person_id)")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM work_support_payments s LEFT JOIN employments e"
                     " ON e.id = s.employment_id WHERE s.kind = 'employment_award' AND (e.id IS NULL"
                     " OR e.channel <> 'labour_export' OR e.person_id <> s.person_id)")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM work_support_payments s LEFT JOIN employments e"
                     " ON e.id = s.employment_id WHERE s.kind = 'social_insurance' AND (e.id IS NULL"
                     " OR e.channel <> 'public_post' OR e.started_on > s.month)")),
                 0);
        const qint64 completed = count(
            QStringLiteral("SELECT COUNT(*) FROM training_attendances a JOIN training_courses c ON c.id ="
                           " a.course_id WHERE a.outcome = 'completed' AND c.ends_on <= '2026-09-01'"));
        const qint64 subsidised = count(QStringLiteral(
            "SELECT COUNT(DISTINCT s.attendance_id) FROM work_support_payments s JOIN"
            " training_attendances a ON a.id = s.attendance_id JOIN training_courses c ON c.id ="
            " a.course_id WHERE s.kind = 'training_subsidy' AND c.ends_on <= '2026-09-01'"));
        QVERIFY2(subsidised * 100 > completed * 85,
                 qPrintable(QStringLiteral("%1 of %2").arg(subsidised).arg(completed)));
        const qint64 certified =
            count(QStringLiteral("SELECT COUNT(*) FROM training_attendances a JOIN"
                                 " training_courses c ON c.id = a.course_id WHERE a.outcome ="
                                 " 'completed' AND c.certificate <> '' AND a.certificate_no <> ''"));
        const qint64 certifiable =
            count(QStringLiteral("SELECT COUNT(*) FROM training_attendances a JOIN"
                                 " training_courses c ON c.id = a.course_id WHERE a.outcome ="
                                 " 'completed' AND c.certificate <> ''"));
        QVERIFY(certified * 100 > certifiable * 80);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_attendances WHERE certificate_no <> ''"
                                      " AND outcome <> 'completed'")),
                 0);
    }

    // 资产折股量化: a project's shares in any year are within its total; each row names people then.
    void industryShares()
    {
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM (SELECT b.project_id, b.year, SUM(b.shares) AS s"
                                 " FROM industry_beneficiaries b GROUP BY b.project_id, b.year) x JOIN"
                                 " industry_projects p ON p.id = x.project_id WHERE x.s > p.total_shares")),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM industry_projects WHERE (model = 'asset_shares')"
                                      " <> (total_shares > 0)")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM industry_beneficiaries b JOIN industry_projects p"
                     " ON p.id = b.project_id WHERE (p.model = 'asset_shares') <> (b.shares > 0)")),
                 0);
        // A site's project serves its own households; a household project one household.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM industry_beneficiaries b JOIN industry_projects p"
                                      " ON p.id = b.project_id JOIN households h ON h.id = b.household_id"
                                      " WHERE p.site_id IS NOT NULL AND p.site_id <> h.site_id")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT b.project_id FROM industry_beneficiaries b"
                     " JOIN industry_projects p ON p.id = b.project_id WHERE p.level = 'household'"
                     " GROUP BY b.project_id HAVING COUNT(DISTINCT b.household_id) > 1) x")),
                 0);
        const qint64 households =
            count(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"));
        const qint64 benefiting = count(QStringLiteral("SELECT COUNT(DISTINCT household_id) FROM"
                                                       " industry_beneficiaries WHERE year = 2026"));
        QVERIFY2(benefiting * 100 > households * 30 && benefiting < households,
                 qPrintable(QStringLiteral("%1 of %2").arg(benefiting).arg(households)));
    }

    // The indexes the demo set aside on SQLite while it wrote are there again.
    void indexesMadeAgain()
    {
        if (test::TestDatabase::onServer())
            QSKIP("the server keeps its indexes through the demo");
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                 " AND tbl_name = 'employments'")),
            8); // migration 20 makes eight
        for (const char* index :
             {"employments_channel", "work_wishes_open", "work_absence_reasons_person",
              "training_attendances_person", "work_support_payments_month", "industry_beneficiaries_year"})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'")
                               .arg(QLatin1String(index))) == 1,
                     index);
    }

    void noAuditRowsForTheDemoHistory()
    {
        if (test::TestDatabase::onServer())
            QSKIP("the server's audit triggers stay (the demo suspends SQLite's only)");
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type IN ('employments',"
                                      " 'work_wishes', 'training_attendances', 'industry_beneficiaries',"
                                      " 'work_posts')")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoWork)
#include "tst_demowork.moc"

#pragma once

// Hand-built rows of work, training and industry (issue 19) written straight in SQL, for the figures and
// findings tests: the workflow's services are built beside them, and what these tests check is how the
// rows are read. Each person lives alone in a household of their own since 2020 unless told otherwise.
#include "TestDatabase.h"

#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::test {

class WorkFixtures
{
public:
    explicit WorkFixtures(TestDatabase& test) : m_test(test) {}

    // Runs one statement in its own transaction, as the program writes; returns the new row's id (fails
    // the test by qFatal when refused).
    qint64 insert(const QString& sql, const QVariantList& values)
    {
        WriteTransaction transaction(m_test.db());
        QSqlQuery q(m_test.db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("fixture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        if (!transaction.commit())
            qFatal("fixture: %s", qPrintable(transaction.error()));
        return id;
    }

    qint64 site(const QString& code, const QString& name)
    {
        return insert(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES (?, ?, '430524')"),
                      {code, name});
    }

    qint64 household(qint64 siteId)
    {
        ++m_households;
        return insert(QStringLiteral("INSERT INTO households (number, site_id, relocation_date)"
                                     " VALUES (?, ?, '2020-01-01')"),
                      {QStringLiteral("W%1").arg(m_households, 3, 10, QLatin1Char('0')),
                       siteId ? siteId : m_test.siteId()});
    }

    // A person with a household of their own (or of `householdId`). `state` moved_away or deceased on
    // `stateDate` ends their stay that day.
    qint64 person(const QString& name, QDate birth, const char* capacity, qint64 siteId = 0,
                  const char* state = "active", QDate stateDate = {}, bool inSchool = false,
                  qint64 householdId = 0, qint64* household = nullptr)
    {
        const bool head = householdId == 0;
        const qint64 h = head ? this->household(siteId) : householdId;
        if (household)
            *household = h;
        ++m_persons;
        const qint64 id = insert(
            QStringLiteral(
                "INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship,"
                " labour_capacity, in_school, state, state_date) VALUES (?, ?, ?, 'male', ?, ?, ?, ?, ?,"
                " ?)"),
            {h, name, makeIdNumber(QStringLiteral("430524"), birth, m_persons), sqlDate(birth),
             head ? QStringLiteral("head") : QStringLiteral("son"), QLatin1String(capacity),
             sqlBool(inSchool), QLatin1String(state), sqlDate(stateDate)});
        insert(QStringLiteral(
                   "INSERT INTO memberships (person_id, household_id, relationship, start_date, end_date,"
                   " end_reason) VALUES (?, ?, ?, '2020-01-01', ?, ?)"),
               {id, h, head ? QStringLiteral("head") : QStringLiteral("son"), sqlDate(stateDate),
                stateDate.isValid() ? QVariant(QLatin1String(state))
                                    : QVariant(QMetaType::fromType<QString>())});
        return id;
    }

    qint64 job(qint64 personId, const char* channel, QDate from, QDate to = {}, qint64 postId = 0)
    {
        return insert(
            QStringLiteral("INSERT INTO employments (person_id, channel, post_id, started_on, ended_on)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {personId, QLatin1String(channel), sqlId(postId), sqlDate(from), sqlDate(to)});
    }

    qint64 post(qint64 siteId, const QString& name)
    {
        return insert(QStringLiteral("INSERT INTO work_posts (site_id, kind, name, opened_on)"
                                     " VALUES (?, 'cleaning_greening', ?, '2020-01-01')"),
                      {siteId ? siteId : m_test.siteId(), name});
    }

    qint64 wish(qint64 personId, const char* kind, QDate recorded, QDate closed = {},
                const QString& detail = {})
    {
        return insert(
            QStringLiteral("INSERT INTO work_wishes (person_id, kind, detail, recorded_on, closed_on)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {personId, QLatin1String(kind), sqlText(detail), sqlDate(recorded), sqlDate(closed)});
    }

    qint64 absence(qint64 personId, const char* reason, QDate from, QDate to = {})
    {
        return insert(
            QStringLiteral("INSERT INTO work_absence_reasons (person_id, reason, valid_from, valid_to)"
                           " VALUES (?, ?, ?, ?)"),
            {personId, QLatin1String(reason), sqlDate(from), sqlDate(to)});
    }

    // A course at the site (0: the whole office) from `starts` to `ends`.
    qint64 course(qint64 siteId, QDate starts, QDate ends)
    {
        ++m_courses;
        return insert(
            QStringLiteral("INSERT INTO training_courses (site_id, title, trade, starts_on, ends_on)"
                           " VALUES (?, ?, '电工', ?, ?)"),
            {sqlId(siteId), QStringLiteral("课程%1").arg(m_courses), sqlDate(starts), sqlDate(ends)});
    }

    qint64 attend(qint64 courseId, qint64 personId, QDate enrolled, const char* outcome = "enrolled",
                  const QString& certificate = {})
    {
        return insert(
            QStringLiteral("INSERT INTO training_attendances (course_id, person_id, enrolled_on, outcome,"
                           " certificate_no) VALUES (?, ?, ?, ?, ?)"),
            {courseId, personId, sqlDate(enrolled), QLatin1String(outcome), sqlText(certificate)});
    }

    qint64 payment(qint64 personId, const char* kind, QDate month, qint64 amount)
    {
        return insert(
            QStringLiteral("INSERT INTO work_support_payments (person_id, kind, month, amount, paid_on)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {personId, QLatin1String(kind), sqlDate(month), amount, sqlDate(month.addDays(14))});
    }

    qint64 project(qint64 siteId, const char* level, QDate started, QDate ended = {})
    {
        ++m_projects;
        return insert(QStringLiteral("INSERT INTO industry_projects (site_id, name, level, model, started_on,"
                                     " ended_on) VALUES (?, ?, ?, 'labour_pay', ?, ?)"),
                      {sqlId(siteId), QStringLiteral("项目%1").arg(m_projects), QLatin1String(level),
                       sqlDate(started), sqlDate(ended)});
    }

    qint64 beneficiary(qint64 projectId, qint64 householdId, int year, int people)
    {
        return insert(
            QStringLiteral("INSERT INTO industry_beneficiaries (project_id, household_id, year, people)"
                           " VALUES (?, ?, ?, ?)"),
            {projectId, householdId, year, people});
    }

    qint64 householdOf(qint64 personId)
    {
        QSqlQuery q(m_test.db().connection());
        q.prepare(QStringLiteral("SELECT household_id FROM persons WHERE id = ?"));
        q.addBindValue(personId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private:
    TestDatabase& m_test;
    int m_households = 0;
    int m_persons = 0;
    int m_courses = 0;
    int m_projects = 0;
};

// The office of tst_workfigures and tst_summaryagainstsql: two sites, the people, jobs, payments, courses
// and projects whose October / September 2026 figures are worked out by hand in WorkOffice::byHand.
struct WorkOffice
{
    qint64 siteA = 0;
    qint64 siteB = 0;

    explicit WorkOffice(TestDatabase& test)
    {
        WorkFixtures w(test);
        siteA = test.siteId();
        siteB = w.site(QStringLiteral("430524002"), QStringLiteral("第二安置点"));
        using D = QDate;
        // P1 works throughout; P2 does not.
        const qint64 p1 = w.person(QStringLiteral("甲一"), D(1980, 5, 1), "ordinary");
        w.job(p1, "flexible", D(2026, 1, 1));
        const qint64 p2 = w.person(QStringLiteral("甲二"), D(1990, 1, 1), "skilled");
        // P3 moved away on 15 October with their job still open; P4 died on 31 October (not on file that
        // day).
        const qint64 p3 =
            w.person(QStringLiteral("甲三"), D(1985, 1, 1), "weak", 0, "moved_away", D(2026, 10, 15));
        w.job(p3, "workshop", D(2026, 1, 1));
        const qint64 p4 =
            w.person(QStringLiteral("甲四"), D(1970, 1, 1), "ordinary", 0, "deceased", D(2026, 10, 31));
        w.job(p4, "labour_export", D(2026, 3, 1));
        // P5 turned 61 on 20 October: out of the labour force, still employed in a public post.
        const qint64 p5 = w.person(QStringLiteral("甲五"), D(1965, 10, 20), "ordinary");
        w.job(p5, "public_post", D(2025, 1, 1));
        // P6's job ended on the month's last day (not employed that day); P7's on the next month's first.
        const qint64 p6 = w.person(QStringLiteral("甲六"), D(1992, 3, 3), "ordinary");
        w.job(p6, "flexible", D(2026, 5, 1), D(2026, 10, 31));
        const qint64 p7 = w.person(QStringLiteral("甲七"), D(1993, 4, 4), "ordinary");
        w.job(p7, "labour_export", D(2026, 4, 1), D(2026, 11, 1));
        // P8 in two channels (a workshop job begun in October beside a public post).
        const qint64 p8 = w.person(QStringLiteral("甲八"), D(1988, 8, 8), "weak");
        w.job(p8, "public_post", D(2026, 2, 1));
        w.job(p8, "workshop", D(2026, 10, 10));
        // P9's two flexible jobs overlap in September; the second ended on 20 October.
        const qint64 p9 = w.person(QStringLiteral("甲九"), D(1991, 9, 9), "skilled");
        w.job(p9, "flexible", D(2026, 8, 1));
        w.job(p9, "flexible", D(2026, 9, 15), D(2026, 10, 20));
        // P10 is 15 with a job: employed by channel, not in the labour force. P11 turned 16 on 5 October.
        const qint64 p10 = w.person(QStringLiteral("甲十"), D(2011, 6, 1), "ordinary");
        w.job(p10, "flexible", D(2026, 7, 1));
        w.person(QStringLiteral("甲十一"), D(2010, 10, 5), "ordinary");
        // P14 has lost labour capacity but is self-employed; P15 moved away in August (a stale open job).
        const qint64 p14 = w.person(QStringLiteral("甲十四"), D(1980, 2, 2), "lost");
        w.job(p14, "self_employed", D(2025, 6, 1));
        const qint64 p15 =
            w.person(QStringLiteral("甲十五"), D(1986, 6, 6), "ordinary", 0, "moved_away", D(2026, 8, 1));
        w.job(p15, "flexible", D(2025, 1, 1));
        // Site B: P12 works at a park, P13 (weak) does not.
        const qint64 p12 = w.person(QStringLiteral("乙十二"), D(1988, 12, 12), "ordinary", siteB);
        w.job(p12, "park", D(2025, 1, 1));
        const qint64 p13 = w.person(QStringLiteral("乙十三"), D(1975, 3, 13), "weak", siteB);

        // Support: P1 paid two kinds in October (counted once in all).
        w.payment(p1, "employment_award", D(2026, 10, 1), 50000);
        w.payment(p1, "social_insurance", D(2026, 10, 1), 30000);
        w.payment(p2, "training_subsidy", D(2026, 10, 1), 80000);
        w.payment(p12, "living_allowance", D(2026, 9, 1), 20000);
        w.payment(p1, "employment_award", D(2026, 9, 1), 50000);

        // Training: C1 ends on October's last day (one dropped, one of site B on a site-A course); C2, of the
        // whole office, ends on 1 January; C3 of site B in September; C4 ends in November, C5 in 2025.
        const qint64 c1 = w.course(siteA, D(2026, 10, 1), D(2026, 10, 31));
        w.attend(c1, p1, D(2026, 9, 20), "completed", QStringLiteral("Z1"));
        w.attend(c1, p2, D(2026, 9, 20), "completed");
        w.attend(c1, p6, D(2026, 9, 20), "dropped");
        w.attend(c1, p13, D(2026, 9, 20), "enrolled");
        const qint64 c2 = w.course(0, D(2025, 12, 20), D(2026, 1, 1));
        w.attend(c2, p1, D(2025, 12, 1), "completed", QStringLiteral("Z2"));
        w.attend(c2, p7, D(2025, 12, 1), "enrolled");
        const qint64 c3 = w.course(siteB, D(2026, 9, 1), D(2026, 9, 15));
        w.attend(c3, p12, D(2026, 8, 20), "completed", QStringLiteral("Z3"));
        const qint64 c4 = w.course(siteA, D(2026, 10, 20), D(2026, 11, 1));
        w.attend(c4, p9, D(2026, 10, 1));
        const qint64 c5 = w.course(siteA, D(2025, 12, 1), D(2025, 12, 31));
        w.attend(c5, p9, D(2025, 11, 1), "completed", QStringLiteral("Z5"));

        // Industry: a county park of the whole office; a township base ending on October's last day; two
        // village cooperatives of site A (one begun in October); a household project of site B.
        const qint64 pr1 = w.project(0, "county_park", D(2024, 1, 1));
        w.project(siteA, "township_base", D(2025, 1, 1), D(2026, 10, 31));
        const qint64 pr3 = w.project(siteA, "village_cooperative", D(2025, 6, 1));
        const qint64 pr4 = w.project(siteA, "village_cooperative", D(2026, 10, 1));
        const qint64 pr5 = w.project(siteB, "household", D(2026, 3, 1));
        const qint64 h1 = w.householdOf(p1);
        const qint64 h2 = w.householdOf(p2);
        const qint64 h12 = w.householdOf(p12);
        // H1 in two cooperatives (once, with 4 people) and the park (3).
        w.beneficiary(pr3, h1, 2026, 3);
        w.beneficiary(pr4, h1, 2026, 4);
        w.beneficiary(pr1, h1, 2026, 3);
        w.beneficiary(pr1, h2, 2026, 2);
        w.beneficiary(pr3, h2, 2025, 2); // another year
        w.beneficiary(pr5, h12, 2026, 5);
        w.beneficiary(pr1, h12, 2026, 5);
    }

    // October / September 2026 for the whole office, worked out by hand (see the fixture's comments).
    static QList<std::tuple<const char*, const char*, qint64, qint64>> byHand()
    {
        return {
            {"employment", "labour_force", 9, 11},
            {"employment", "employed", 5, 9},
            {"employment", "employment_rate", 5556, 8182},
            {"employment", "employed_labour_export", 1, 2},
            {"employment", "employed_workshop", 1, 1},
            {"employment", "employed_work_relief", 0, 0},
            {"employment", "employed_park", 1, 1},
            {"employment", "employed_public_post", 2, 2},
            {"employment", "employed_self_employed", 1, 1},
            {"employment", "employed_flexible", 3, 4},
            {"employment", "people_employed", 8, 11},
            {"employment", "jobs_started", 1, 1},
            {"employment", "jobs_ended", 2, 0},
            {"employment", "support_employment_award_people", 1, 1},
            {"employment", "support_employment_award_fen", 50000, 50000},
            {"employment", "support_training_subsidy_people", 1, 0},
            {"employment", "support_training_subsidy_fen", 80000, 0},
            {"employment", "support_living_allowance_people", 0, 1},
            {"employment", "support_living_allowance_fen", 0, 20000},
            {"employment", "support_social_insurance_people", 1, 0},
            {"employment", "support_social_insurance_fen", 30000, 0},
            {"employment", "support_people", 2, 2},
            {"employment", "support_fen", 160000, 70000},
            {"training", "courses_ended", 1, 1},
            {"training", "person_times", 3, 1},
            {"training", "person_times_year", 6, 3},
            {"training", "certificates", 1, 1},
            {"training", "certificates_year", 3, 2},
            {"industry", "projects_county_park", 1, 1},
            {"industry", "projects_township_base", 0, 1},
            {"industry", "projects_village_cooperative", 2, 1},
            {"industry", "projects_household", 1, 1},
            {"industry", "projects", 4, 4},
            {"industry", "beneficiary_households_county_park", 3, 3},
            {"industry", "beneficiary_people_county_park", 10, 10},
            {"industry", "beneficiary_households_township_base", 0, 0},
            {"industry", "beneficiary_people_township_base", 0, 0},
            {"industry", "beneficiary_households_village_cooperative", 1, 1},
            {"industry", "beneficiary_people_village_cooperative", 4, 4},
            {"industry", "beneficiary_households_household", 1, 1},
            {"industry", "beneficiary_people_household", 5, 5},
            {"industry", "beneficiary_households", 3, 3},
            {"industry", "beneficiary_people", 11, 11},
        };
    }
};

} // namespace anju::test

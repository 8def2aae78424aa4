// The summary's `employment`, `training` and `industry` sections on a hand-built office where every figure
// is worked out by hand (tests/core/WorkFixtures.h), on both engines: the employment rate's definition
// against people who moved away, died or turned 61 in the month, a job ending on the month's last day and
// one on the next month's first, a person in two channels, overlapping jobs, a dropped attendance, a course
// ending on 1 January, a household in two projects of one level; the labour-force ages at a 29 February
// birthday; each site's share; the note stating the rate's definition; the sections left out for a role
// without ReadWork.
#include "Refusal.h"
#include "TestDatabase.h"
#include "WorkFixtures.h"

#include "report/EmploymentSection.h"
#include "report/MonthlySummary.h"
#include "work/WorkMonthQueries.h"

#include <QTest>

using namespace anju;
using namespace anju::test;

class TestWorkFigures : public QObject
{
    Q_OBJECT

    static report::MonthlySummary summaryOf(Database& db, report::ReportMonth month, qint64 siteId = 0)
    {
        const Result<report::MonthlySummary> built = report::MonthlySummaryBuilder(db).build(month, siteId);
        if (!built)
            qFatal("summary: %s", qPrintable(built.summary()));
        return built.value();
    }

private slots:
    void figuresByHand()
    {
        TestDatabase test;
        const WorkOffice office(test);
        const report::MonthlySummary summary = summaryOf(test.db(), report::ReportMonth::of(2026, 10));
        const auto byHand = WorkOffice::byHand();
        int figures = 0;
        for (const char* section : {"employment", "training", "industry"}) {
            const report::ReportSectionResult* s = summary.section(QLatin1String(section));
            QVERIFY2(s, section);
            figures += int(s->figures.size());
        }
        QCOMPARE(figures, int(byHand.size()));
        for (const auto& [section, key, value, previous] : byHand) {
            const report::ReportFigure* f = summary.figure(QLatin1String(section), QLatin1String(key));
            QVERIFY2(f, key);
            QVERIFY2(f->value == value && f->previous == previous,
                     qPrintable(QStringLiteral("%1: %2/%3, by hand %4/%5")
                                    .arg(QLatin1String(key))
                                    .arg(f->value)
                                    .arg(f->previous)
                                    .arg(value)
                                    .arg(previous)));
        }
        QCOMPARE(summary.figure(QStringLiteral("employment"), QStringLiteral("employment_rate"))->unit,
                 report::FigureUnit::Percent);
        QCOMPARE(summary.figure(QStringLiteral("employment"), QStringLiteral("support_fen"))->unit,
                 report::FigureUnit::Fen);
        // The sections come after the income sections, in this order.
        QStringList keys;
        for (const report::ReportSectionResult& s : summary.sections)
            keys << s.key;
        QCOMPARE(keys.mid(keys.indexOf(QStringLiteral("monitoring"))),
                 (QStringList{QStringLiteral("monitoring"), QStringLiteral("employment"),
                              QStringLiteral("training"), QStringLiteral("industry")}));
    }

    // Site B alone: its two people, its course and its household project (the office's county park and the
    // site-A course its person attended are not the site's, the person's attendance is).
    void oneSite()
    {
        TestDatabase test;
        const WorkOffice office(test);
        const work::WorkMonthQueries queries(test.db());
        const auto employment = queries.employment(QDate(2026, 10, 1), office.siteB);
        QVERIFY2(employment, qPrintable(employment.summary()));
        for (const work::EmploymentMonthFigures& f : employment.value()) {
            QCOMPARE(f.labourForce, 2);
            QCOMPARE(f.employed, 1);
            QCOMPARE(f.rateBasisPoints(), 5000);
            QCOMPARE(f.byChannel[std::size_t(work::Channel::Park)], 1);
            QCOMPARE(f.peopleEmployed, 1);
        }
        QCOMPARE(employment.value()[1].supportPeopleAll, 1);
        QCOMPARE(employment.value()[1].supportAmountAll, 20000);
        QCOMPARE(employment.value()[0].supportPeopleAll, 0);
        const auto training = queries.training(QDate(2026, 10, 1), office.siteB);
        QVERIFY(training);
        QCOMPARE(training.value()[0].coursesEnded, 0);
        QCOMPARE(training.value()[0].personTimes, 1);     // P13 on the site-A course
        QCOMPARE(training.value()[0].personTimesYear, 2); // and P12's September course
        QCOMPARE(training.value()[1].coursesEnded, 1);
        QCOMPARE(training.value()[1].certificatesYear, 1);
        const auto industry = queries.industry(QDate(2026, 10, 1), office.siteB);
        QVERIFY(industry);
        QCOMPARE(industry.value()[0].projectsAll, 1); // the county park belongs to the whole office
        QCOMPARE(industry.value()[0].projects[std::size_t(work::IndustryLevel::Household)], 1);
        QCOMPARE(industry.value()[0].householdsAll, 1);
        QCOMPARE(industry.value()[0].peopleAll, 5);
        QCOMPARE(industry.value()[0].households[std::size_t(work::IndustryLevel::CountyPark)], 1);
        // Site A: the labour force less site B's two.
        const auto siteA = queries.employment(QDate(2026, 10, 1), office.siteA);
        QVERIFY(siteA);
        QCOMPARE(siteA.value()[0].labourForce, 7);
        QCOMPARE(siteA.value()[1].labourForce, 9);
    }

    // The labour force's ages in whole years at the month's last day, at a 29 February birthday: born on
    // 29 February 1964, 60 on 28 February 2025 (a common year: the birthday comes on 1 March) and 61 at the
    // end of March; born 29 February 2008, 16 on 29 February 2024. The rate is 0 without a labour force.
    void agesAtALeapDay()
    {
        TestDatabase test;
        WorkFixtures w(test);
        const work::WorkMonthQueries queries(test.db());
        const auto none = queries.employment(QDate(2025, 2, 1));
        QVERIFY(none);
        QCOMPARE(none.value()[0].labourForce, 0);
        QCOMPARE(none.value()[0].rateBasisPoints(), 0);
        const qint64 old = w.person(QStringLiteral("老"), QDate(1964, 2, 29), "weak");
        w.job(old, "public_post", QDate(2020, 1, 1));
        w.person(QStringLiteral("少"), QDate(2008, 2, 29), "ordinary");
        const auto march2025 = queries.employment(QDate(2025, 3, 1));
        QVERIFY(march2025);
        QCOMPARE(march2025.value()[0].labourForce, 1); // 31 March: the young one only
        QCOMPARE(march2025.value()[0].employed, 0);
        QCOMPARE(march2025.value()[1].labourForce, 2); // 28 February: both
        QCOMPARE(march2025.value()[1].employed, 1);
        QCOMPARE(march2025.value()[1].rateBasisPoints(), 5000);
        const auto feb2024 = queries.employment(QDate(2024, 2, 1));
        QVERIFY(feb2024);
        QCOMPARE(feb2024.value()[0].labourForce, 2); // 29 February 2024: 16 that day
        QCOMPARE(feb2024.value()[1].labourForce, 1); // 31 January: still 15
        // Ages from the settings: up to 65, the old one is back.
        WorkFixtures(test).insert(
            QStringLiteral("UPDATE settings SET value = '65' WHERE key = 'work.labour_age_to'"), {});
        const auto wider = work::WorkMonthQueries(test.db()).employment(QDate(2025, 3, 1));
        QVERIFY(wider);
        QCOMPARE(wider.value()[0].labourForce, 2);
        QCOMPARE(wider.value()[0].rateBasisPoints(), 5000);
    }

    // January's month before is December of the year before: its year-to-date and beneficiaries are that
    // year's.
    void januaryLooksBackAYear()
    {
        TestDatabase test;
        const WorkOffice office(test);
        const report::MonthlySummary january = summaryOf(test.db(), report::ReportMonth::of(2026, 1));
        const auto v = [&](const char* section, const char* key) {
            const report::ReportFigure* f = january.figure(QLatin1String(section), QLatin1String(key));
            return f ? std::pair{f->value, f->previous} : std::pair{qint64(-1), qint64(-1)};
        };
        QCOMPARE(v("training", "courses_ended"), (std::pair<qint64, qint64>{1, 1})); // C2 on 1 January; C5
        QCOMPARE(v("training", "person_times_year"), (std::pair<qint64, qint64>{2, 1}));
        QCOMPARE(v("training", "certificates_year"), (std::pair<qint64, qint64>{1, 1}));
        QCOMPARE(v("industry", "beneficiary_households"), (std::pair<qint64, qint64>{3, 1}));
        QCOMPARE(v("industry", "beneficiary_people"), (std::pair<qint64, qint64>{11, 2}));
    }

    // The summary states how the rate is counted, with the settings' ages.
    void rateNote()
    {
        TestDatabase test;
        const report::MonthlySummary summary = summaryOf(test.db(), report::ReportMonth::of(2026, 10));
        const report::ReportTable* note =
            summary.section(QStringLiteral("employment"))->table(QStringLiteral("rate_note"));
        QVERIFY(note);
        QCOMPARE(note->rows.size(), 1);
        QCOMPARE(note->rows.constFirst().constFirst().toString(),
                 report::EmploymentSection::rateDefinition(16, 60));
        QVERIFY(report::EmploymentSection::rateDefinition(17, 59).contains(QLatin1String("17")));
        QVERIFY(report::EmploymentSection::rateDefinition(17, 59).contains(QLatin1String("59")));
    }

    // A role without ReadWork (the party secretary) gets the summary without the three sections; asked
    // directly, the queries refuse. A user of some sites may not ask for the whole office.
    void readWorkRequired()
    {
        TestDatabase test;
        const WorkOffice office(test);
        test.logInAs(Role::Secretary);
        const report::MonthlySummary summary = summaryOf(test.db(), report::ReportMonth::of(2026, 10));
        for (const char* key : {"employment", "training", "industry"})
            QVERIFY2(!summary.section(QLatin1String(key)), key);
        QVERIFY(summary.section(QStringLiteral("population")));
        const work::WorkMonthQueries queries(test.db(), work::WorkSettings::defaults());
        QVERIFY(!queries.employment(QDate(2026, 10, 1)).ok());
        QVERIFY(!queries.training(QDate(2026, 10, 1)).ok());
        QVERIFY(!queries.industry(QDate(2026, 10, 1)).ok());
        test.logInAs(Role::Clerk, {office.siteB});
        QVERIFY(!queries.employment(QDate(2026, 10, 1)).ok());
        QVERIFY(queries.employment(QDate(2026, 10, 1), office.siteB).ok());
        QVERIFY(!queries.training(QDate(2026, 10, 1), office.siteA).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkFigures)
#include "tst_workfigures.moc"

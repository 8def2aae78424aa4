// anju-cli training list|attendance|add|enrol and industry list on a hand-built file: a course added, people
// enrolled by ID number (all or none, each refused person named), the JSON a script reads with the counts,
// the filters, and the refusals (the secretary, an unknown ID number, bad options).
#include "../core/TrainingFixtures.h"
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "work/IndustryService.h"

#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

} // namespace

class TestCliTraining : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_fixture;
    QStringList m_idNumbers; // of the three members of H001, head first

    Run run(const QString& user, const QStringList& arguments) const
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), user);
        env.insert(QStringLiteral("ANJU_PASSWORD"), QStringLiteral("anju-demo"));
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                                            QStringLiteral("--db"), m_fixture->path()} +
                                    arguments,
                                env);
    }
    QJsonObject json(const QStringList& arguments) const
    {
        const Run r = run(QStringLiteral("clerk"), arguments + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::OneSite,
                                                         test::TestDatabase::Where::File);
        Database& db = m_fixture->db();
        db.markDemo();
        QVERIFY(accounts::AccountService(db).createDemoUsers());
        test::TrainingFixtures fixtures(*m_fixture);
        QList<qint64> ids;
        const qint64 household = fixtures.household(3, 0, &ids);
        for (qint64 id : ids)
            m_idNumbers.append(QString::number(id)); // replaced by the ID numbers below
        for (QString& id : m_idNumbers) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT id_number FROM persons WHERE id = ?"));
            q.addBindValue(id.toLongLong());
            QVERIFY(q.exec() && q.next());
            id = q.value(0).toString();
        }
        // Two projects, one with the household as beneficiary in 2024.
        work::IndustryProject tea;
        tea.siteId = m_fixture->siteId();
        tea.name = QStringLiteral("茶叶合作社");
        tea.level = work::IndustryLevel::VillageCooperative;
        tea.model = work::IndustryModel::AssetShares;
        tea.totalShares = 100;
        tea.startedOn = QDate(2022, 1, 1);
        const auto saved = work::IndustryService(db).saveProject(tea);
        QVERIFY2(saved, qPrintable(saved.summary()));
        work::BeneficiaryEntry entry;
        entry.householdId = household;
        entry.shares = 10;
        entry.amount = 120000;
        QVERIFY(work::IndustryService(db).recordBeneficiaries(saved.value().id, 2024, {entry},
                                                              QDate(2024, 6, 1)));
        work::IndustryProject park = tea;
        park.siteId = 0;
        park.name = QStringLiteral("县工业园");
        park.level = work::IndustryLevel::CountyPark;
        park.model = work::IndustryModel::LabourPay;
        park.totalShares = 0;
        QVERIFY(work::IndustryService(db).saveProject(park));
    }

    void aCourseIsAddedAndPeopleEnrolled()
    {
        const Run added = run(QStringLiteral("clerk"),
                              {QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--title"),
                               QStringLiteral("家政服务班"), QStringLiteral("--trade"),
                               QStringLiteral("家政"), QStringLiteral("--from"), QStringLiteral("2024-03-04"),
                               QStringLiteral("--to"), QStringLiteral("2024-03-15"), QStringLiteral("--site"),
                               QStringLiteral("430524001"), QStringLiteral("--hours"), QStringLiteral("40"),
                               QStringLiteral("--capacity"), QStringLiteral("2")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.startsWith(QStringLiteral("Course ")), qPrintable(added.out));
        QJsonObject list = json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--year"),
                                 QStringLiteral("2024")});
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 1);
        const QString course = QString::number(list.value(QStringLiteral("courses"))
                                                   .toArray()
                                                   .at(0)
                                                   .toObject()
                                                   .value(QStringLiteral("id"))
                                                   .toInteger());

        // Three people for two places: nobody is enrolled, the third is named.
        const Run over =
            run(QStringLiteral("clerk"),
                {QStringLiteral("training"), QStringLiteral("enrol"), course, m_idNumbers.at(0),
                 m_idNumbers.at(1), m_idNumbers.at(2), QStringLiteral("--on"), QStringLiteral("2024-03-01")});
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains(QStringLiteral("does not fit")), qPrintable(over.err));
        QVERIFY2(over.err.contains(QStringLiteral("Nobody was enrolled")), qPrintable(over.err));
        const Run unknown =
            run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("enrol"), course,
                                          m_idNumbers.at(0), QStringLiteral("430524199901011234")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("430524199901011234")), qPrintable(unknown.err));
        const Run enrolled =
            run(QStringLiteral("clerk"),
                {QStringLiteral("training"), QStringLiteral("enrol"), course, m_idNumbers.at(0),
                 m_idNumbers.at(1), QStringLiteral("--on"), QStringLiteral("2024-03-01")});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QVERIFY2(enrolled.out.contains(QStringLiteral("2 person(s) enrolled")), qPrintable(enrolled.out));

        list = json({QStringLiteral("training"), QStringLiteral("list")});
        const QJsonObject row = list.value(QStringLiteral("courses")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("attendances")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("personTimes")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("hours")).toInt(), 40);
        QCOMPARE(json({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--year"),
                       QStringLiteral("2023")})
                     .value(QStringLiteral("count"))
                     .toInt(),
                 0);
        const QJsonObject sheet = json({QStringLiteral("training"), QStringLiteral("attendance"), course});
        const QJsonArray people = sheet.value(QStringLiteral("attendance")).toArray();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("enrolled"));
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("enrolledOn")).toString(),
                 QStringLiteral("2024-03-01"));
        QCOMPARE(sheet.value(QStringLiteral("course")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("家政服务班"));
        const Run text =
            run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("attendance"), course});
        QVERIFY2(text.exitCode == 0 && text.out.contains(m_idNumbers.at(0)), qPrintable(text.out + text.err));
    }

    void industryListByYearAndLevel()
    {
        QJsonObject list = json({QStringLiteral("industry"), QStringLiteral("list"), QStringLiteral("--year"),
                                 QStringLiteral("2024")});
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray projects = list.value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.at(0).toObject().value(QStringLiteral("level")).toString(),
                 QStringLiteral("county_park"));
        const QJsonObject tea = projects.at(1).toObject();
        QCOMPARE(tea.value(QStringLiteral("households")).toInt(), 1);
        QCOMPARE(tea.value(QStringLiteral("people")).toInt(), 3);
        QCOMPARE(tea.value(QStringLiteral("shares")).toInt(), 10);
        QCOMPARE(tea.value(QStringLiteral("amountFen")).toInteger(), 120000);
        list = json({QStringLiteral("industry"), QStringLiteral("list"), QStringLiteral("--year"),
                     QStringLiteral("2024"), QStringLiteral("--level"), QStringLiteral("county_park")});
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(list.value(QStringLiteral("projects"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("households"))
                     .toInt(),
                 0);
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("industry"), QStringLiteral("list"),
                                               QStringLiteral("--level"), QStringLiteral("moon")})
                     .exitCode,
                 2);
    }

    void refusals()
    {
        const Run secretary =
            run(QStringLiteral("secretary"), {QStringLiteral("training"), QStringLiteral("list")});
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not")), qPrintable(secretary.err));
        const Run industry =
            run(QStringLiteral("secretary"), {QStringLiteral("industry"), QStringLiteral("list")});
        QCOMPARE(industry.exitCode, 1);
        QVERIFY2(industry.err.contains(QStringLiteral("may not")), qPrintable(industry.err));
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("teach")}).exitCode,
                 2);
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("list"),
                                               QStringLiteral("--year"), QStringLiteral("twenty")})
                     .exitCode,
                 2);
        const Run badCourse =
            run(QStringLiteral("clerk"),
                {QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--title"),
                 QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("2024-03-04"),
                 QStringLiteral("--to"), QStringLiteral("2024-03-01")});
        QCOMPARE(badCourse.exitCode, 1);
        QVERIFY2(badCourse.err.contains(QStringLiteral("cannot end before it begins")),
                 qPrintable(badCourse.err));
        QVERIFY2(badCourse.err.contains(QStringLiteral("trade")), qPrintable(badCourse.err));
        const Run help = run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("training list|attendance|add|enrol")),
                 qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliTraining)
#include "tst_clitraining.moc"

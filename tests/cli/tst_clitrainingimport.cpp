// anju-cli training import on a hand-built file (issue 19): a sheet of one course given by --course, the
// dry run writing nothing, the import, the same sheet again changing nothing, a slipped row refusing the
// sheet with its row and column in the JSON, a sheet naming its courses by 培训班 and 开班日期, and the
// refusals (the secretary, a bad --course, a course not on file, no file).
#include "../core/TrainingFixtures.h"
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "work/TrainingService.h"

#include "ProgramRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

} // namespace

class TestCliTrainingImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_fixture;
    QStringList m_names;     // the three members of H001, head first
    QStringList m_idNumbers; // theirs
    QString m_course;        // 家政服务班 of the site, 2024-03-04 to 03-15
    QString m_other;         // 电工班 of the whole office, 2024-05-06 to 05-20

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
    QJsonObject json(const Run& r) const { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    int peopleOn(const QString& course) const
    {
        const Run r = run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("attendance"),
                                                    course, QStringLiteral("--json")});
        return int(json(r).value(QStringLiteral("attendance")).toArray().size());
    }
    QString sheet(const QString& name, const QString& header, const QStringList& lines) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("sheet");
        file.write((header + QLatin1Char('\n')).toUtf8());
        for (const QString& line : lines)
            file.write((line + QLatin1Char('\n')).toUtf8());
        return path;
    }
    QStringList import(const QStringList& more) const
    {
        return QStringList{QStringLiteral("training"), QStringLiteral("import")} + more;
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
        fixtures.household(3, 0, &ids);
        for (qint64 id : std::as_const(ids)) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT name, id_number FROM persons WHERE id = ?"));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            m_names.append(q.value(0).toString());
            m_idNumbers.append(q.value(1).toString());
        }
        work::TrainingCourse c;
        c.siteId = m_fixture->siteId();
        c.title = QStringLiteral("家政服务班");
        c.trade = QStringLiteral("家政");
        c.startsOn = QDate(2024, 3, 4);
        c.endsOn = QDate(2024, 3, 15);
        c.hours = 40;
        const auto saved = work::TrainingService(db).saveCourse(c);
        QVERIFY2(saved, qPrintable(saved.summary()));
        m_course = QString::number(saved.value().id);
        c.siteId = 0;
        c.title = QStringLiteral("电工班");
        c.startsOn = QDate(2024, 5, 6);
        c.endsOn = QDate(2024, 5, 20);
        const auto other = work::TrainingService(db).saveCourse(c);
        QVERIFY2(other, qPrintable(other.summary()));
        m_other = QString::number(other.value().id);
    }

    void aSheetOfOneCourseIsImportedOnce()
    {
        const QString header = QStringLiteral("姓名,身份证号,报名日期,结业情况,证书编号,出勤课时");
        const QString good =
            sheet(QStringLiteral("good.csv"), header,
                  {QStringLiteral("%1,%2,2024-03-01,结业,JZ-01,40").arg(m_names.at(0), m_idNumbers.at(0)),
                   QStringLiteral("%1,%2,2024-03-01,中途退出,,6").arg(m_names.at(1), m_idNumbers.at(1)),
                   QStringLiteral("%1,%2,2024-03-02,,,").arg(m_names.at(2), m_idNumbers.at(2))});
        const Run dry =
            run(QStringLiteral("clerk"),
                import({good, QStringLiteral("--course"), m_course, QStringLiteral("--dry-run")}));
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err + dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("Would be enrolled: 3")), qPrintable(dry.out));
        QCOMPARE(peopleOn(m_course), 0);

        const Run imported =
            run(QStringLiteral("clerk"), import({good, QStringLiteral("--course"), m_course}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("Enrolled: 3. Outcomes changed: 0")),
                 qPrintable(imported.out));
        QCOMPARE(peopleOn(m_course), 3);

        const Run again = run(QStringLiteral("clerk"),
                              import({good, QStringLiteral("--course"), m_course, QStringLiteral("--json")}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        const QJsonObject report = json(again);
        QCOMPARE(report.value(QStringLiteral("enrolled")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), true);
        QCOMPARE(peopleOn(m_course), 3);
    }

    void aSlippedRowRefusesTheSheet()
    {
        const QString header =
            QStringLiteral("培训班,开班日期,姓名,身份证号,报名日期,结业情况,证书编号,出勤课时");
        const QString slipped = sheet(
            QStringLiteral("slipped.csv"), header,
            {QStringLiteral("电工班,2024-05-06,%1,%2,2024-05-01,,,").arg(m_names.at(0), m_idNumbers.at(0)),
             QStringLiteral("电工班,2024-05-06,%1,%2,2024-05-01,,,").arg(m_names.at(2), m_idNumbers.at(1)),
             QStringLiteral("挖掘机班,2024-05-06,%1,%2,2024-05-01,,,")
                 .arg(m_names.at(2), m_idNumbers.at(2))});
        const Run refused = run(QStringLiteral("clerk"), import({slipped, QStringLiteral("--json")}));
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject report = json(refused);
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("rows_rejected")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("row")).toInt(), 3);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("姓名"));
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("row")).toInt(), 4);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("培训班"));
        QCOMPARE(peopleOn(m_other), 0);
        // The text form names the row and column, and says nothing was written.
        const Run text = run(QStringLiteral("clerk"), import({slipped}));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("Row 3, 姓名: ")) &&
                     text.out.contains(QStringLiteral("Nothing was written: 2 row(s) to correct.")),
                 qPrintable(text.out));

        // Corrected, the sheet names its own course.
        const QString corrected = sheet(
            QStringLiteral("corrected.csv"), header,
            {QStringLiteral("电工班,2024-05-06,%1,%2,2024-05-01,,,").arg(m_names.at(0), m_idNumbers.at(0)),
             QStringLiteral("电工班,2024-05-06,%1,%2,2024-05-01,,,").arg(m_names.at(1), m_idNumbers.at(1))});
        const Run imported = run(QStringLiteral("clerk"), import({corrected}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QCOMPARE(peopleOn(m_other), 2);
    }

    void refusals()
    {
        const QString any =
            sheet(QStringLiteral("any.csv"), QStringLiteral("姓名,身份证号,报名日期,结业情况"),
                  {QStringLiteral("%1,%2,2024-03-01,").arg(m_names.at(0), m_idNumbers.at(0))});
        const Run secretary =
            run(QStringLiteral("secretary"), import({any, QStringLiteral("--course"), m_course}));
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not")), qPrintable(secretary.err));
        QCOMPARE(run(QStringLiteral("clerk"), import({any, QStringLiteral("--course"), QStringLiteral("x")}))
                     .exitCode,
                 2);
        QCOMPARE(run(QStringLiteral("clerk"), import({})).exitCode, 2);
        const Run unknown =
            run(QStringLiteral("clerk"), import({any, QStringLiteral("--course"), QStringLiteral("999")}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Course 999 is not on file")), qPrintable(unknown.err));
        const Run noCourse = run(QStringLiteral("clerk"), import({any}));
        QCOMPARE(noCourse.exitCode, 1);
        QVERIFY2(noCourse.err.contains(QStringLiteral("no column 培训班")), qPrintable(noCourse.err));
        const Run missing =
            run(QStringLiteral("clerk"),
                import({m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--course"), m_course}));
        QCOMPARE(missing.exitCode, 1);
        const Run help = run(QStringLiteral("clerk"), {QStringLiteral("training"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("training list|attendance|add|enrol|import")),
                 qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliTrainingImport)
#include "tst_clitrainingimport.moc"

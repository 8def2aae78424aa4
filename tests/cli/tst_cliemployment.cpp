// anju-cli employment list|add|end on a hand-built file: a labour-export job and a flexible one recorded
// from the command line, the list on a day and by channel in the JSON a script reads, the job ended, the
// search, and the refusals (the secretary, a labour-export job with no province, a channel not in the list).
#include "../core/SafetyNetFixtures.h"
#include "TestDatabase.h"

#include "accounts/AccountService.h"

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

class TestCliEmployment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_fixture;
    QString m_head, m_son; // their ID numbers

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
    QJsonObject list(const QStringList& arguments) const
    {
        const Run r =
            run(QStringLiteral("clerk"), QStringList{QStringLiteral("employment"), QStringLiteral("list")} +
                                             arguments + QStringList{QStringLiteral("--json")});
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
        test::SafetyNetFixtures fixtures(*m_fixture);
        QList<qint64> ids;
        fixtures.household({{QStringLiteral("王大山"), LabourCapacity::Ordinary},
                            {QStringLiteral("王小山"), LabourCapacity::Ordinary}},
                           &ids);
        const auto idNumberOf = [&db](qint64 personId) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT id_number FROM persons WHERE id = ?"));
            q.addBindValue(personId);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        m_head = idNumberOf(ids.at(0));
        m_son = idNumberOf(ids.at(1));
        QVERIFY(!m_head.isEmpty() && !m_son.isEmpty());
    }

    void addListAndEnd()
    {
        const QStringList add{QStringLiteral("employment"), QStringLiteral("add"),
                              QStringLiteral("--person")};
        const Run away =
            run(QStringLiteral("clerk"),
                add + QStringList{m_son, QStringLiteral("--channel"), QStringLiteral("labour_export"),
                                  QStringLiteral("--province"), QStringLiteral("广东"),
                                  QStringLiteral("--city"), QStringLiteral("东莞"),
                                  QStringLiteral("--employer"), QStringLiteral("某电子厂"),
                                  QStringLiteral("--income"), QStringLiteral("4500.50"),
                                  QStringLiteral("--from"), QStringLiteral("2024-02-18")});
        QVERIFY2(away.exitCode == 0, qPrintable(away.err));
        QVERIFY2(away.out.startsWith(QStringLiteral("Job ")), qPrintable(away.out));
        const Run flexible =
            run(QStringLiteral("clerk"),
                add + QStringList{m_head, QStringLiteral("--channel"), QStringLiteral("flexible"),
                                  QStringLiteral("--from"), QStringLiteral("2024-03-01")});
        QVERIFY2(flexible.exitCode == 0, qPrintable(flexible.err));

        QJsonObject on = list({QStringLiteral("--on"), QStringLiteral("2024-03-01")});
        QCOMPARE(on.value(QStringLiteral("total")).toInt(), 2);
        on = list({QStringLiteral("--on"), QStringLiteral("2024-02-29")});
        QCOMPARE(on.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject job = on.value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("person")).toString(), QStringLiteral("王小山"));
        QCOMPARE(job.value(QStringLiteral("channel")).toString(), QStringLiteral("labour_export"));
        QCOMPARE(job.value(QStringLiteral("place")).toString(), QStringLiteral("广东 东莞"));
        QCOMPARE(job.value(QStringLiteral("monthlyIncomeFen")).toInteger(), 450050);
        QCOMPARE(job.value(QStringLiteral("idNumber")).toString(), m_son); // a clerk sees it in full
        QCOMPARE(list({QStringLiteral("--channel"), QStringLiteral("flexible")})
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("王大山")})
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);

        const QString id = QString::number(job.value(QStringLiteral("id")).toInteger());
        const QStringList end{QStringLiteral("employment"), QStringLiteral("end"),
                              QStringLiteral("--job"),      id,
                              QStringLiteral("--on"),       QStringLiteral("2024-06-01")};
        const Run noReason = run(QStringLiteral("clerk"), end);
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains(QStringLiteral("Say why the job ends")), qPrintable(noReason.err));
        const Run ended = run(QStringLiteral("clerk"),
                              end + QStringList{QStringLiteral("--reason"), QStringLiteral("返乡")});
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.err));
        QCOMPARE(list({QStringLiteral("--on"), QStringLiteral("2024-06-01")})
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);

        // The text form: the count line and a row with the channel's label.
        const Run text = run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("list"),
                                                       QStringLiteral("--on"), QStringLiteral("2024-03-01")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Jobs holding on 2024-03-01: 2.")) &&
                     text.out.contains(QStringLiteral("Labour export")),
                 qPrintable(text.out));
    }

    void importRefusedWholeThenWritten()
    {
        const auto sheet = [this](const QString& name, const QStringList& lines) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("sheet");
            file.write(
                QStringLiteral(
                    "姓名,身份证号,就业渠道,用工单位/地点,输出省份,输出城市,月收入,开始日期,结束日期\n")
                    .toUtf8());
            for (const QString& line : lines)
                file.write((line + QLatin1Char('\n')).toUtf8());
            return path;
        };
        const int before = list({}).value(QStringLiteral("total")).toInt();
        const QString good1 = QStringLiteral("王大山,%1,灵活就业,建筑零工,,,3000,2024-07-01,").arg(m_head);
        const QString good2 =
            QStringLiteral("王小山,%1,劳务输出,某电机厂,浙江,宁波,\"5,200.50\",2024/7/1,").arg(m_son);
        // Row 4 names the wrong person for the ID number, row 5 a channel the office does not use, row 6
        // a labour-export job with no province: nothing is written, each row is named.
        const QString bad =
            sheet(QStringLiteral("bad.csv"),
                  {good1, good2, QStringLiteral("王二山,%1,灵活就业,,,,100,2024-07-01,").arg(m_head),
                   QStringLiteral("王大山,%1,种地,,,,0,2024-07-01,").arg(m_head),
                   QStringLiteral("王大山,%1,劳务输出,某厂,,,0,2024-08-01,").arg(m_head)});
        const Run refused =
            run(QStringLiteral("clerk"),
                {QStringLiteral("employment"), QStringLiteral("import"), bad, QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 5);
        QCOMPARE(report.value(QStringLiteral("rows_rejected")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("row")).toInt(), 4);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("姓名"));
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("row")).toInt(), 5);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("就业渠道"));
        QCOMPARE(errors.at(2).toObject().value(QStringLiteral("row")).toInt(), 6);
        QCOMPARE(errors.at(2).toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("输出省份"));
        QCOMPARE(list({}).value(QStringLiteral("total")).toInt(), before);
        // One row that does not read (the wrong name) keeps the good rows out too.
        const QString oneBad =
            sheet(QStringLiteral("onebad.csv"),
                  {good1, good2, QStringLiteral("王二山,%1,灵活就业,,,,100,2024-07-01,").arg(m_head)});
        QCOMPARE(
            run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("import"), oneBad})
                .exitCode,
            1);
        QCOMPARE(list({}).value(QStringLiteral("total")).toInt(), before);

        const QString good = sheet(QStringLiteral("good.csv"), {good1, good2});
        const Run dry = run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("import"),
                                                      good, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err + dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("would be imported: 2")), qPrintable(dry.out));
        QCOMPARE(list({}).value(QStringLiteral("total")).toInt(), before);
        const Run imported =
            run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("import"), good});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("Jobs imported: 2.")), qPrintable(imported.out));
        const QJsonObject july = list({QStringLiteral("--on"), QStringLiteral("2024-07-01"),
                                       QStringLiteral("--channel"), QStringLiteral("labour_export")});
        QCOMPARE(july.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject job = july.value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("monthlyIncomeFen")).toInteger(), 520050);
        QCOMPARE(job.value(QStringLiteral("employer")).toString(), QStringLiteral("某电机厂"));
        // The same sheet again records nothing twice; nor may one sheet give one job twice.
        const Run again =
            run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("import"), good});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QStringLiteral("on file already")), qPrintable(again.out));
        QCOMPARE(list({}).value(QStringLiteral("total")).toInt(), before + 2);
        const QString twice = sheet(QStringLiteral("twice.csv"),
                                    {QStringLiteral("王大山,%1,灵活就业,,,,0,2024-09-01,").arg(m_head),
                                     QStringLiteral("王大山,%1,灵活就业,,,,0,2024-09-01,").arg(m_head)});
        const Run doubled =
            run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("import"), twice});
        QCOMPARE(doubled.exitCode, 1);
        QVERIFY2(doubled.out.contains(QStringLiteral("same job is on row 2")), qPrintable(doubled.out));
    }

    void refusals()
    {
        const Run secretary =
            run(QStringLiteral("secretary"), {QStringLiteral("employment"), QStringLiteral("list")});
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not")), qPrintable(secretary.err));
        const Run noProvince =
            run(QStringLiteral("clerk"),
                {QStringLiteral("employment"), QStringLiteral("add"), QStringLiteral("--person"), m_head,
                 QStringLiteral("--channel"), QStringLiteral("labour_export"), QStringLiteral("--from"),
                 QStringLiteral("2024-04-01")});
        QCOMPARE(noProvince.exitCode, 1);
        QVERIFY2(noProvince.err.contains(QStringLiteral("province")), qPrintable(noProvince.err));
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("list"),
                                               QStringLiteral("--channel"), QStringLiteral("farming")})
                     .exitCode,
                 2);
        QCOMPARE(
            run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("hire")}).exitCode, 2);
        const Run help =
            run(QStringLiteral("clerk"), {QStringLiteral("employment"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("employment list")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliEmployment)
#include "tst_cliemployment.moc"

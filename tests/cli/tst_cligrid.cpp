// anju-cli grid list|add|cover|check: the real executable on demo data, where the grids must hold every
// registered household exactly once, and the refusals it prints.
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = anju::test::ProgramRun;

} // namespace

class TestCliGrid : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run run(const QString& user, const QStringList& arguments) const
    {
        const QProcessEnvironment env = anju::test::cliEnvironment(m_dir.path(), user);
        return anju::test::runProgram(
            QStringLiteral(ANJU_CLI_PATH),
            QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"), m_db} +
                arguments,
            env);
    }

    int activeHouseholds() const
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'")) &&
                    q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }

    QJsonObject list(const QStringList& extra = {}) const
    {
        const Run listed = run(
            QStringLiteral("clerk"),
            QStringList{QStringLiteral("grid"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
        if (listed.exitCode != 0)
            qWarning("%s", qPrintable(listed.err));
        return QJsonDocument::fromJson(listed.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.anju"));
        const Run demo = run(QStringLiteral("admin"),
                             {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("400"),
                              QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void demoGridsHoldEveryHouseholdOnce()
    {
        const QJsonObject listed = list();
        const QJsonArray grids = listed.value(QStringLiteral("grids")).toArray();
        QVERIFY(!grids.isEmpty());
        QCOMPARE(listed.value(QStringLiteral("count")).toInt(), grids.size());
        int total = 0;
        for (const auto& g : grids) {
            QCOMPARE(g.toObject().value(QStringLiteral("code")).toString().size(), 14);
            total += g.toObject().value(QStringLiteral("activeHouseholds")).toInt();
        }
        QCOMPARE(total, activeHouseholds());
        const Run check = run(QStringLiteral("clerk"), {QStringLiteral("grid"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral("Households not in exactly one grid on")),
                 qPrintable(check.out));
    }

    void addAndCoverMoveHouseholds()
    {
        const QJsonObject first = list().value(QStringLiteral("grids")).toArray().first().toObject();
        const QString site = first.value(QStringLiteral("siteCode")).toString();
        const QString code = first.value(QStringLiteral("code")).toString().left(12) + QStringLiteral("90");
        const Run added =
            run(QStringLiteral("manager"),
                {QStringLiteral("grid"), QStringLiteral("add"), QStringLiteral("--site"), site,
                 QStringLiteral("--code"), code, QStringLiteral("--name"), QStringLiteral("新网格"),
                 QStringLiteral("--from"), QStringLiteral("2026-01-01")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run covered = run(QStringLiteral("manager"),
                                {QStringLiteral("grid"), QStringLiteral("cover"), QStringLiteral("--grid"),
                                 code, QStringLiteral("--building"), QStringLiteral("1栋"),
                                 QStringLiteral("--from"), QStringLiteral("2026-02-01")});
        QVERIFY2(covered.exitCode == 0, qPrintable(covered.err));
        int moved = -1;
        int total = 0;
        for (const auto& g :
             list({QStringLiteral("--site"), site}).value(QStringLiteral("grids")).toArray()) {
            total += g.toObject().value(QStringLiteral("activeHouseholds")).toInt();
            if (g.toObject().value(QStringLiteral("code")).toString() == code)
                moved = g.toObject().value(QStringLiteral("activeHouseholds")).toInt();
        }
        QVERIFY(moved > 0);
        QCOMPARE(total, [&] {
            int sum = 0;
            for (const auto& g : list().value(QStringLiteral("grids")).toArray())
                if (g.toObject().value(QStringLiteral("siteCode")).toString() == site)
                    sum += g.toObject().value(QStringLiteral("activeHouseholds")).toInt();
            return sum;
        }());
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("grid"), QStringLiteral("check")}).exitCode, 0);
        // Before the move the new grid held nobody.
        const QJsonArray january =
            list({QStringLiteral("--site"), site, QStringLiteral("--date"), QStringLiteral("2026-01-15")})
                .value(QStringLiteral("grids"))
                .toArray();
        for (const auto& g : january)
            if (g.toObject().value(QStringLiteral("code")).toString() == code)
                QCOMPARE(g.toObject().value(QStringLiteral("activeHouseholds")).toInt(), 0);
    }

    void refusalsAreExplained()
    {
        const QString site = list()
                                 .value(QStringLiteral("grids"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("siteCode"))
                                 .toString();
        const Run badCode = run(QStringLiteral("clerk"),
                                {QStringLiteral("grid"), QStringLiteral("add"), QStringLiteral("--site"),
                                 site, QStringLiteral("--code"), QStringLiteral("12345"),
                                 QStringLiteral("--name"), QStringLiteral("错号")});
        QCOMPARE(badCode.exitCode, 1);
        QVERIFY2(badCode.err.contains(QStringLiteral("must be 14 digits")), qPrintable(badCode.err));
        const Run secretary = run(QStringLiteral("secretary"),
                                  {QStringLiteral("grid"), QStringLiteral("add"), QStringLiteral("--site"),
                                   site, QStringLiteral("--code"), site.left(6) + QStringLiteral("00100188"),
                                   QStringLiteral("--name"), QStringLiteral("书记")});
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not draw grids")), qPrintable(secretary.err));
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("grid"), QStringLiteral("nothing")}).exitCode,
                 2);
    }

    // `grid --help` is a question, not a mistake: the group's commands on standard output, exit 0; an
    // unknown sub-command stays a usage error.
    void groupHelpListsTheSubcommands()
    {
        const Run help = run(QStringLiteral("clerk"), {QStringLiteral("grid"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* line :
             {"grid list", "grid visits", "grid sheet", "grid staff", "grid SUBCOMMAND --help"})
            QVERIFY2(help.out.contains(QString::fromLatin1(line)), qPrintable(help.out));
        QVERIFY(!help.out.contains(QStringLiteral("party review")));
        for (const char* group : {"case", "visit", "income", "monitoring", "safetynet", "followup",
                                  "settings", "household", "party"}) {
            const Run asked =
                run(QStringLiteral("clerk"), {QString::fromLatin1(group), QStringLiteral("-h")});
            QCOMPARE(asked.exitCode, 0);
            QVERIFY2(asked.out.contains(QString::fromLatin1(group) + QLatin1Char(' ')), group);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliGrid)
#include "tst_cligrid.moc"

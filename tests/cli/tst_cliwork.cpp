// anju-cli work findings on a hand-built file: the three lists by name as JSON a script reads and as text,
// one site with --site, another day with --on, and the refusals (the secretary, a day that is not one).
#include "../core/WorkFixtures.h"
#include "TestDatabase.h"

#include "accounts/AccountService.h"

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

class TestCliWork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_fixture;

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
        const Run r =
            run(QStringLiteral("clerk"), QStringList{QStringLiteral("work"), QStringLiteral("findings")} +
                                             arguments + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    // At the test site: 李培 wished for training on 1 May 2026; 王岗 (ordinary) holds a post while 赵弱
    // (weak, wishing to work) waits; 赵弱 is idle too. At a second site 钱闲 has had no job since 1 June.
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::OneSite,
                                                         test::TestDatabase::Where::File);
        Database& db = m_fixture->db();
        db.markDemo();
        QVERIFY(accounts::AccountService(db).createDemoUsers());
        test::WorkFixtures w(*m_fixture);
        const qint64 siteB = w.site(QStringLiteral("430524002"), QStringLiteral("第二安置点"));
        const qint64 wisher = w.person(QStringLiteral("李培"), QDate(1950, 1, 1), "ordinary");
        w.wish(wisher, "training", QDate(2026, 5, 1), {}, QStringLiteral("电工"));
        const qint64 holder = w.person(QStringLiteral("王岗"), QDate(1980, 1, 1), "ordinary");
        w.job(holder, "public_post", QDate(2026, 1, 1), {}, w.post(0, QStringLiteral("保洁岗")));
        const qint64 weak = w.person(QStringLiteral("赵弱"), QDate(1980, 2, 1), "weak");
        w.wish(weak, "employment", QDate(2026, 9, 1));
        const qint64 idle = w.person(QStringLiteral("钱闲"), QDate(1985, 1, 1), "ordinary", siteB);
        w.job(idle, "flexible", QDate(2026, 1, 1), QDate(2026, 6, 1));
    }

    void findingsAsJson()
    {
        const QJsonObject found = json({QStringLiteral("--on"), QStringLiteral("2026-10-31")});
        QCOMPARE(found.value(QStringLiteral("day")).toString(), QStringLiteral("2026-10-31"));
        const QJsonArray wishes = found.value(QStringLiteral("trainingWishes")).toArray();
        QCOMPARE(wishes.size(), 1);
        QCOMPARE(wishes.at(0)[QStringLiteral("person")].toString(), QStringLiteral("李培"));
        QCOMPARE(wishes.at(0)[QStringLiteral("trade")].toString(), QStringLiteral("电工"));
        QCOMPARE(wishes.at(0)[QStringLiteral("daysWaiting")].toInt(), 183);
        QVERIFY(!wishes.at(0)[QStringLiteral("household")].toString().isEmpty());
        const QJsonArray posts = found.value(QStringLiteral("publicPosts")).toArray();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.at(0)[QStringLiteral("holder")][QStringLiteral("person")].toString(),
                 QStringLiteral("王岗"));
        QCOMPARE(posts.at(0)[QStringLiteral("post")].toString(), QStringLiteral("保洁岗"));
        QCOMPARE(posts.at(0)[QStringLiteral("waiting")].toArray().size(), 1);
        QCOMPARE(posts.at(0)[QStringLiteral("waiting")][0][QStringLiteral("person")].toString(),
                 QStringLiteral("赵弱"));
        QStringList idle;
        for (const QJsonValue& v : found.value(QStringLiteral("idle")).toArray())
            idle << v[QStringLiteral("person")].toString();
        idle.sort();
        QCOMPARE(idle, (QStringList{QStringLiteral("赵弱"), QStringLiteral("钱闲")}));

        // One site; and a day on which 钱闲 had worked within three months (30 August: worked on 31 May).
        const QJsonObject siteB = json({QStringLiteral("--on"), QStringLiteral("2026-10-31"),
                                        QStringLiteral("--site"), QStringLiteral("430524002")});
        QCOMPARE(siteB.value(QStringLiteral("idle")).toArray().size(), 1);
        QCOMPARE(siteB.value(QStringLiteral("idle"))[0][QStringLiteral("lastJobEnded")].toString(),
                 QStringLiteral("2026-06-01"));
        QVERIFY(siteB.value(QStringLiteral("trainingWishes")).toArray().isEmpty());
        const QJsonObject august = json({QStringLiteral("--on"), QStringLiteral("2026-08-30")});
        for (const QJsonValue& v : august.value(QStringLiteral("idle")).toArray())
            QVERIFY(v[QStringLiteral("person")].toString() != QStringLiteral("钱闲"));
    }

    void findingsAsText()
    {
        const Run text = run(QStringLiteral("clerk"), {QStringLiteral("work"), QStringLiteral("findings"),
                                                       QStringLiteral("--on"), QStringLiteral("2026-10-31")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("2 person(s) without a job")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("李培")));
        QVERIFY(text.out.contains(QStringLiteral("王岗")));
    }

    void refusals()
    {
        const Run secretary =
            run(QStringLiteral("secretary"), {QStringLiteral("work"), QStringLiteral("findings")});
        QVERIFY(secretary.exitCode != 0);
        QVERIFY(secretary.out.isEmpty());
        const Run badDay =
            run(QStringLiteral("clerk"), {QStringLiteral("work"), QStringLiteral("findings"),
                                          QStringLiteral("--on"), QStringLiteral("2026-02-30")});
        QVERIFY(badDay.exitCode != 0);
        QVERIFY2(badDay.err.contains(QStringLiteral("--on")), qPrintable(badDay.err));
        const Run noAction = run(QStringLiteral("clerk"), {QStringLiteral("work"), QStringLiteral("list")});
        QVERIFY(noAction.exitCode != 0);
        const Run help = run(QStringLiteral("clerk"), {QStringLiteral("work"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("work findings")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliWork)
#include "tst_cliwork.moc"

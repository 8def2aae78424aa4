// anju-cli party review: the real executable on a database built through the core service (where every
// row is known) and on demo data.
#include "TestDatabase.h"

#include "Translations.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"

#include "ProgramRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "accounts/AccountService.h"
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

party::StageStep step(party::StageEvent event, QDate date)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    return s;
}

} // namespace

class TestCliParty : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_password = QStringLiteral("anju-demo");

    Run run(const QStringList& arguments) const
    {
        // The secretary's account of every database this test makes (demo databases have it too).
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), QStringLiteral("secretary"));
        env.insert(QStringLiteral("ANJU_PASSWORD"), m_password);
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments,
                                env);
    }

    QJsonObject reviewJson(const QString& db, const QString& month, const QStringList& extra = {}) const
    {
        const Run review =
            run(QStringList{QStringLiteral("--db"), db, QStringLiteral("party"), QStringLiteral("review"),
                            QStringLiteral("--month"), month, QStringLiteral("--json")} +
                extra);
        if (review.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(review.out.toUtf8()).object();
    }

private slots:
    void init() { m_password = QStringLiteral("anju-demo"); }
    void initTestCase()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
    }

    void reviewOfAHandBuiltDatabase()
    {
        QString path;
        qint64 memberId = 0;
        {
            test::TestDatabase fixture;
            Database& db = fixture.db();
            party::PartyService service(db);
            party::Organisation branch;
            branch.kind = party::OrganisationKind::Branch;
            branch.name = QStringLiteral("测试安置点党支部");
            branch.foundingDate = QDate(2019, 7, 1);
            branch.siteIds = {fixture.siteId()};
            const qint64 branchId = service.saveOrganisation(branch, {}, QDate(2026, 11, 28)).value().id;
            Household h;
            h.siteId = fixture.siteId();
            h.number = QStringLiteral("H1");
            h.relocationDate = QDate(2020, 1, 1);
            h.originCountyCode = QStringLiteral("430524");
            h.members = {test::makePerson(QStringLiteral("赵丽"),
                                          test::makeIdNumber(QStringLiteral("430524"), QDate(1990, 1, 1), 22),
                                          Relationship::Head)};
            const qint64 person = registry::RegistryService(db)
                                      .saveHousehold(h, QDate(2026, 11, 28))
                                      .value()
                                      .members.first()
                                      .id;
            party::PartyMember m;
            m.personId = person;
            m.organisationId = branchId;
            m.stageHistory = {step(party::StageEvent::Application, QDate(2023, 1, 5)),
                              step(party::StageEvent::Activist, QDate(2023, 3, 1)),
                              step(party::StageEvent::DevelopmentTarget, QDate(2024, 3, 1)),
                              step(party::StageEvent::Admission, QDate(2025, 10, 15))};
            m.dues = {party::DuesCategory::Farmer, 0, 50, {}};
            const auto created = service.createMember(m, QDate(2025, 11, 1), QDate(2026, 11, 28));
            QVERIFY2(created.ok(), qPrintable(created.summary()));
            memberId = created.value().id;
            db.markDemo(); // for its demo accounts, which the CLI logs in with
            QVERIFY(accounts::AccountService(db).createDemoUsers());
            // The file outlives the fixture's folder only as a copy.
            path = m_dir.filePath(QStringLiteral("built.anju"));
            QSqlQuery vacuum(db.connection());
            QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
        }

        const QJsonObject october = reviewJson(path, QStringLiteral("2026-10"));
        QCOMPARE(october.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
        QJsonObject conversion;
        for (const auto& value : october.value(QStringLiteral("items")).toArray())
            if (value.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("conversion_due"))
                conversion = value.toObject();
        QCOMPARE(conversion.value(QStringLiteral("urgency")).toString(), QStringLiteral("due"));
        QCOMPARE(conversion.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-10-15"));
        QCOMPARE(conversion.value(QStringLiteral("record")).toString(), QStringLiteral("member"));
        QCOMPARE(conversion.value(QStringLiteral("recordId")).toInteger(), memberId);
        QCOMPARE(
            conversion.value(QStringLiteral("member")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("赵丽"));
        QCOMPARE(october.value(QStringLiteral("count")).toInt(),
                 october.value(QStringLiteral("items")).toArray().size());

        // The text form names the same row; a month before the probation ends has no conversion.
        const Run text = run({QStringLiteral("--db"), path, QStringLiteral("party"), QStringLiteral("review"),
                              QStringLiteral("--month"), QStringLiteral("2026-10")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Conversion due\t2026-10-15\tThe probation of 赵丽")),
                 qPrintable(text.out));
        const QJsonArray september =
            reviewJson(path, QStringLiteral("2026-09")).value(QStringLiteral("items")).toArray();
        for (const auto& value : september)
            QVERIFY(value.toObject().value(QStringLiteral("kind")).toString() !=
                    QLatin1String("conversion_due"));
        // Limited to an organisation by name; an unknown name fails.
        QVERIFY(!reviewJson(path, QStringLiteral("2026-10"),
                            {QStringLiteral("--organisation"), QStringLiteral("测试安置点党支部")})
                     .isEmpty());
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("party"), QStringLiteral("review"),
                      QStringLiteral("--organisation"), QStringLiteral("没有这个支部")})
                     .exitCode,
                 1);
    }

    // party import --json prints what issue 16 names, no more; an error writes nothing; the same file
    // again changes nothing; party export roster writes what import reads back.
    void importAndExportRoster()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.anju"));
        {
            test::TestDatabase fixture;
            Database& db = fixture.db();
            party::Organisation branch;
            branch.kind = party::OrganisationKind::Branch;
            branch.name = QStringLiteral("第一党支部");
            branch.foundingDate = QDate(2019, 7, 1);
            QVERIFY(party::PartyService(db).saveOrganisation(branch, {}, QDate(2026, 11, 28)).ok());
            db.markDemo();
            QVERIFY(accounts::AccountService(db).createDemoUsers());
            QSqlQuery vacuum(db.connection());
            QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
        }
        const QString header = QStringLiteral("姓名,身份证号,所在党支部,申请入党日期,确定为入党积极分子日期");
        const QString good = QStringLiteral("周敏,%1,第一党支部,2024-01-05,2024-07-01")
                                 .arg(test::makeIdNumber(QStringLiteral("430524"), QDate(1980, 3, 3), 22));
        const auto writeCsv = [this](const QString& name, const QStringList& lines) {
            QFile file(m_dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(lines.join(QLatin1Char('\n')).toUtf8());
            return file.fileName();
        };
        const QString bad =
            writeCsv(QStringLiteral("bad.csv"),
                     {header, good, QStringLiteral("错号,340524198001010013,第一党支部,2024-01-05,")});
        const auto importJson = [&](const QString& file) {
            const Run imported = run({QStringLiteral("--db"), path, QStringLiteral("party"),
                                      QStringLiteral("import"), file, QStringLiteral("--json")});
            return std::make_pair(imported.exitCode, QJsonDocument::fromJson(imported.out.toUtf8()).object());
        };
        const auto [badExit, rejected] = importJson(bad);
        QCOMPARE(badExit, 1);
        QStringList keys = rejected.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("errors"), QStringLiteral("members_imported"),
                                    QStringLiteral("rows_rejected"), QStringLiteral("warning_list"),
                                    QStringLiteral("warnings")}));
        QCOMPARE(rejected.value(QStringLiteral("members_imported")).toInt(), 0);
        QCOMPARE(rejected.value(QStringLiteral("rows_rejected")).toInt(), 1);
        const QJsonObject error = rejected.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("row")).toInt(), 3);
        QCOMPARE(error.value(QStringLiteral("column")).toString(), QStringLiteral("身份证号"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

        const QString ok = writeCsv(QStringLiteral("ok.csv"), {header, good});
        const auto [okExit, imported] = importJson(ok);
        QCOMPARE(okExit, 0);
        QCOMPARE(imported.value(QStringLiteral("members_imported")).toInt(), 1); // the bad file wrote nothing
        QCOMPARE(imported.value(QStringLiteral("warnings")).toInt(), 0);
        QCOMPARE(importJson(ok).second.value(QStringLiteral("members_imported")).toInt(), 0);

        // The export is the manager's (full ID numbers); it reads back as the same member.
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), QStringLiteral("manager"));
        env.insert(QStringLiteral("ANJU_PASSWORD"), m_password);
        const QString xlsx = m_dir.filePath(QStringLiteral("party.xlsx"));
        const Run exported =
            test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                             {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"),
                              path, QStringLiteral("party"), QStringLiteral("export"),
                              QStringLiteral("roster"), QStringLiteral("-o"), xlsx},
                             env);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("1 member")), qPrintable(exported.out));
        const auto [againExit, again] = importJson(xlsx);
        QCOMPARE(againExit, 0);
        QCOMPARE(again.value(QStringLiteral("members_imported")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("rows_rejected")).toInt(), 0);
    }

    void usageErrors()
    {
        const QString db = m_dir.filePath(QStringLiteral("empty.anju"));
        m_password = QStringLiteral("Xin-2026-yuan"); // init refuses the demo databases' password
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("party")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("party"), QStringLiteral("review"),
                      QStringLiteral("--month"), QStringLiteral("2026-13")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("party"), QStringLiteral("review"),
                      QStringLiteral("extra")})
                     .exitCode,
                 2);
        const Run help = run({QStringLiteral("party"), QStringLiteral("review"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--month")));
        // An empty database has nothing to review.
        QCOMPARE(reviewJson(db, QStringLiteral("2026-11")).value(QStringLiteral("count")).toInt(), 0);
    }

    void demoGivesTheSecretaryWork()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.anju"));
        const Run demo =
            run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                 QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("1")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("Party organisations: ")), qPrintable(demo.out));
        const QJsonObject review = reviewJson(db, QStringLiteral("2026-11"));
        QSet<QString> kinds;
        for (const auto& value : review.value(QStringLiteral("items")).toArray())
            kinds.insert(value.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                         value.toObject().value(QStringLiteral("urgency")).toString());
        for (const char* expected :
             {"conversion_due/due", "conversion_due/overdue", "dues_arrears/due", "dues_arrears/overdue",
              "meeting_missing/due", "meeting_missing/overdue", "transfer_pending/due",
              "transfer_pending/overdue", "site_needs_own_branch/overdue", "site_not_covered/overdue",
              "site_without_work_team/overdue", "application_talk_due/due", "activist_eligible/overdue"})
            QVERIFY2(kinds.contains(QLatin1String(expected)), expected);
        // The same seed, the same review.
        const QString again = m_dir.filePath(QStringLiteral("demo2.anju"));
        QCOMPARE(run({QStringLiteral("--db"), again, QStringLiteral("demo"), QStringLiteral("--households"),
                      QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(reviewJson(again, QStringLiteral("2026-11")), review);
    }
};

QTEST_GUILESS_MAIN(TestCliParty)
#include "tst_cliparty.moc"

// anju-cli party reconcile (issue 16 item 12): the real executable lists the residents whose 政治面貌 and
// party record disagree, sets the register from the party record (audited, the secretary's write, a
// clerk refused), and from the register only says what the party records need, writing nothing.
#include "TestDatabase.h"

#include "Translations.h"
#include "accounts/AccountService.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"

#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

const QDate Today(2026, 11, 28);

party::StageStep step(party::StageEvent event, QDate date)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    return s;
}

} // namespace

class TestCliPartyReconcile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_member = 0;      // 赵丽: a probationary member the register calls 群众
    qint64 m_probationer = 0; // her person
    qint64 m_unrecorded = 0;  // 钱明: 中共党员 in the register, no party record
    qint64 m_agreeing = 0;    // 孙红: 群众, no party record

    Run run(const QStringList& arguments, const QString& user = QStringLiteral("secretary")) const
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), user);
        env.insert(QStringLiteral("ANJU_PASSWORD"), QStringLiteral("anju-demo"));
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                                            QStringLiteral("--db"), m_path, QStringLiteral("party"),
                                            QStringLiteral("reconcile")} +
                                    arguments,
                                env);
    }

    QJsonObject listed() const
    {
        const Run list = run({QStringLiteral("--json")});
        if (list.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(list.out.toUtf8()).object();
    }

    // The register's 政治面貌 of a person, read from the file itself.
    QString registered(qint64 personId) const
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        file.setDatabaseName(m_path);
        QString status;
        if (file.open()) {
            QSqlQuery q(file);
            q.prepare(QStringLiteral("SELECT political_status FROM persons WHERE id = ?"));
            q.addBindValue(personId);
            if (q.exec() && q.next())
                status = q.value(0).toString();
            file.close();
        }
        file = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return status;
    }

    int auditRows(const QString& sql) const
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        file.setDatabaseName(m_path);
        int rows = -1;
        if (file.open()) {
            QSqlQuery q(file);
            if (q.exec(sql) && q.next())
                rows = q.value(0).toInt();
            file.close();
        }
        file = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        test::TestDatabase fixture;
        Database& db = fixture.db();
        party::PartyService service(db);
        party::Organisation branch;
        branch.kind = party::OrganisationKind::Branch;
        branch.name = QStringLiteral("测试安置点党支部");
        branch.foundingDate = QDate(2019, 7, 1);
        branch.siteIds = {fixture.siteId()};
        const qint64 branchId = service.saveOrganisation(branch, {}, Today).value().id;
        Household h;
        h.siteId = fixture.siteId();
        h.number = QStringLiteral("H1");
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = QStringLiteral("430524");
        h.members = {test::makePerson(QStringLiteral("赵丽"),
                                      test::makeIdNumber(QStringLiteral("430524"), QDate(1990, 1, 1), 22),
                                      Relationship::Head),
                     test::makePerson(QStringLiteral("钱明"),
                                      test::makeIdNumber(QStringLiteral("430524"), QDate(1988, 5, 5), 31),
                                      Relationship::Spouse),
                     test::makePerson(QStringLiteral("孙红"),
                                      test::makeIdNumber(QStringLiteral("430524"), QDate(2010, 6, 6), 42),
                                      Relationship::Daughter)};
        h.members[1].politicalStatus = PoliticalStatus::PartyMember;
        const auto saved = registry::RegistryService(db).saveHousehold(h, Today);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        m_probationer = saved.value().members.at(0).id;
        m_unrecorded = saved.value().members.at(1).id;
        m_agreeing = saved.value().members.at(2).id;
        party::PartyMember m;
        m.personId = m_probationer;
        m.organisationId = branchId;
        // Admitted 2025-10-15: probationary on the 28th of November 2026 until the conversion is recorded.
        m.stageHistory = {step(party::StageEvent::Application, QDate(2023, 1, 5)),
                          step(party::StageEvent::Activist, QDate(2023, 3, 1)),
                          step(party::StageEvent::DevelopmentTarget, QDate(2024, 3, 1)),
                          step(party::StageEvent::Admission, QDate(2025, 10, 15))};
        m.dues = {party::DuesCategory::Farmer, 0, 50, {}};
        const auto created = service.createMember(m, QDate(2025, 11, 1), Today);
        QVERIFY2(created.ok(), qPrintable(created.summary()));
        m_member = created.value().id;
        db.markDemo(); // for its demo accounts, which the CLI logs in with
        QVERIFY(accounts::AccountService(db).createDemoUsers());
        m_path = m_dir.filePath(QStringLiteral("reconcile-%1.anju").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_path);
        QSqlQuery vacuum(db.connection());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_path)));
    }

    void listsBothKindsOfDisagreement()
    {
        const QJsonObject list = listed();
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 2);
        QHash<qint64, QJsonObject> byPerson;
        for (const auto& value : list.value(QStringLiteral("items")).toArray())
            byPerson.insert(value.toObject().value(QStringLiteral("person")).toInteger(), value.toObject());
        QCOMPARE(byPerson.value(m_probationer).value(QStringLiteral("member")).toInteger(), m_member);
        QVERIFY(byPerson.value(m_probationer)
                    .value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("the household register says")));
        QVERIFY(byPerson.contains(m_unrecorded));
        QVERIFY(!byPerson.value(m_unrecorded).contains(QStringLiteral("member")));
        QVERIFY(!byPerson.contains(m_agreeing));
        const Run text = run({});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("2 disagreement(s)")), qPrintable(text.out));
    }

    // From the party record: the register says 中共预备党员 afterwards, one audited change of the person,
    // and the row is gone; the same again is refused (they agree now).
    void fromThePartyRecordSetsTheRegister()
    {
        const QString person = QString::number(m_probationer);
        const int before = auditRows(QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE record_type = 'persons' AND action = 'update'"));
        const Run set =
            run({QStringLiteral("--person"), person, QStringLiteral("--from"), QStringLiteral("party")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QStringLiteral("set from the party record")), qPrintable(set.out));
        QCOMPARE(registered(m_probationer), QStringLiteral("probationary"));
        QCOMPARE(auditRows(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'persons' AND "
                                          "action = 'update' AND changes LIKE '%political_status%'")),
                 before + 1);
        QCOMPARE(listed().value(QStringLiteral("count")).toInt(), 1);
        const Run again =
            run({QStringLiteral("--person"), person, QStringLiteral("--from"), QStringLiteral("party")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already says")), qPrintable(again.err));
        // A person with no party record has nothing to set the register from.
        const Run none = run({QStringLiteral("--person"), QString::number(m_unrecorded),
                              QStringLiteral("--from"), QStringLiteral("party")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no party record")), qPrintable(none.err));
        QCOMPARE(registered(m_unrecorded), QStringLiteral("party_member"));
    }

    // From the register: what the secretary must record, and nothing written.
    void fromTheRegisterSaysWhatToRecord()
    {
        const Run unrecorded =
            run({QStringLiteral("--person"), QString::number(m_unrecorded), QStringLiteral("--from"),
                 QStringLiteral("register"), QStringLiteral("--json")});
        QCOMPARE(unrecorded.exitCode, 0);
        const QJsonObject said = QJsonDocument::fromJson(unrecorded.out.toUtf8()).object();
        QCOMPARE(said.value(QStringLiteral("written")).toBool(true), false);
        QVERIFY2(said.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("enter 钱明 as a member")),
                 qPrintable(unrecorded.out));
        const Run member = run({QStringLiteral("--person"), QString::number(m_probationer),
                                QStringLiteral("--from"), QStringLiteral("register")});
        QCOMPARE(member.exitCode, 0);
        QVERIFY2(member.out.contains(QStringLiteral("If 赵丽 left the party, record the leaving")),
                 qPrintable(member.out));
        QCOMPARE(listed().value(QStringLiteral("count")).toInt(), 2); // nothing changed
        QCOMPARE(registered(m_probationer), QStringLiteral("masses"));
        // Records that agree have nothing to reconcile.
        const Run agreeing = run({QStringLiteral("--person"), QString::number(m_agreeing),
                                  QStringLiteral("--from"), QStringLiteral("register")});
        QCOMPARE(agreeing.exitCode, 1);
        QVERIFY2(agreeing.err.contains(QStringLiteral("they agree")), qPrintable(agreeing.err));
    }

    // The clerk may not write party records: refused by core, nothing written.
    void clerkIsRefused()
    {
        const Run clerk = run({QStringLiteral("--person"), QString::number(m_probationer),
                               QStringLiteral("--from"), QStringLiteral("party")},
                              QStringLiteral("clerk"));
        QCOMPARE(clerk.exitCode, 1);
        QCOMPARE(registered(m_probationer), QStringLiteral("masses"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("--person"), QStringLiteral("x"), QStringLiteral("--from"),
                      QStringLiteral("party")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--person"), QString::number(m_probationer), QStringLiteral("--from"),
                      QStringLiteral("nowhere")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("extra")}).exitCode, 2);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--from")));
    }
};

QTEST_GUILESS_MAIN(TestCliPartyReconcile)
#include "tst_clipartyreconcile.moc"

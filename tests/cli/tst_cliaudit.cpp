// `anju-cli audit` prints the trail as the sentences the audit window shows (issue 15): who did what to
// whom, by name, in the users' language; --json keeps the stored fields and adds each row's sentence;
// a household's history is masked for the secretary in the sentences too.
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"

#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

const QDate Today(2026, 12, 6);

party::StageStep step(party::StageEvent event, QDate date)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    return s;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_fixture;
    QString m_number;

    Run run(const QString& user, const QStringList& arguments) const
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), user);
        env.insert(QStringLiteral("ANJU_PASSWORD"), QStringLiteral("anju-demo"));
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN"),
                                            QStringLiteral("--db"), m_fixture->path()} +
                                    arguments,
                                env);
    }

private slots:
    // A clerk's household and its edit, a secretary's branch, member and meeting, written through core
    // as the desks would.
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::OneSite,
                                                         test::TestDatabase::Where::File);
        Database& db = m_fixture->db();
        db.markDemo();
        QVERIFY(accounts::AccountService(db).createDemoUsers());

        m_fixture->logInAs(Role::Clerk, {}, QStringLiteral("clerk"));
        Household h;
        h.number = m_number = QStringLiteral("430524001-0001");
        h.siteId = m_fixture->siteId();
        h.originCountyCode = QStringLiteral("430524");
        h.relocationDate = QDate(2019, 9, 1);
        h.phone = QStringLiteral("13907391234");
        h.members = {test::makePerson(QStringLiteral("王建国"),
                                      test::makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1),
                                      Relationship::Head)};
        const Result<Household> saved = registry::RegistryService(db).saveHousehold(h, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));
        Household edit = saved.value();
        edit.phone = QStringLiteral("13800001111");
        QVERIFY(registry::RegistryService(db).saveHousehold(edit, Today));

        m_fixture->logInAs(Role::Secretary, {}, QStringLiteral("secretary"));
        party::PartyService party(db);
        party::Organisation branch;
        branch.name = QStringLiteral("阳光党支部");
        branch.foundingDate = QDate(2020, 7, 1);
        const Result<party::Organisation> org = party.saveOrganisation(branch, Today, Today);
        QVERIFY2(org, qPrintable(org.summary()));
        QList<qint64> members;
        for (const QString& name : {QStringLiteral("张三"), QStringLiteral("李四")}) {
            party::PartyMember m;
            m.origin = party::MemberOrigin::OutsideCadre;
            m.name = name;
            m.sex = Sex::Male;
            m.birthDate = QDate(1980, 3, 3);
            m.organisationId = org.value().id;
            m.stageHistory = {step(party::StageEvent::Admission, QDate(2020, 1, 1)),
                              step(party::StageEvent::Conversion, QDate(2021, 1, 1))};
            m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
            const Result<party::PartyMember> member = party.createMember(m, QDate(2024, 1, 1), Today);
            QVERIFY2(member, qPrintable(member.summary()));
            members.append(member.value().id);
        }
        party::Meeting meeting;
        meeting.organisationId = org.value().id;
        meeting.type = party::MeetingType::GeneralMeeting;
        meeting.date = QDate(2026, 11, 5);
        meeting.topic = QStringLiteral("学习党章");
        meeting.attendance = {{members.at(0), {}, true, {}},
                              {members.at(1), {}, false, QStringLiteral("外出务工")}};
        const Result<party::Meeting> held = party.saveMeeting(meeting, Today);
        QVERIFY2(held, qPrintable(held.summary()));
    }

    void printsSentences()
    {
        const Run audit = run(QStringLiteral("manager"),
                              {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        QVERIFY2(
            audit.out.contains(QStringLiteral("secretary 登记出席情况 2026-11-05 支部党员大会（阳光党支部）"
                                              "（出席 1 人，缺席 1 人）：张三 出席，李四 缺席（外出务工）")),
            qPrintable(audit.out));
        QVERIFY2(audit.out.contains(
                     QStringLiteral("clerk 修改住户 430524001-0001（王建国）：联系电话 13907391234 → "
                                    "13800001111")),
                 qPrintable(audit.out));
        QVERIFY(audit.out.contains(QStringLiteral("secretary 新增党组织 阳光党支部：组织类型 党支部")));
        // No table names or bare ids left.
        for (const char* raw : {"party_meeting_attendance", "member_id", "households", "present: 1"})
            QVERIFY2(!audit.out.contains(QLatin1String(raw)), raw);
    }

    void jsonKeepsTheRowsAndAddsTheirSentences()
    {
        const Run audit = run(QStringLiteral("manager"),
                              {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--type"),
                               QStringLiteral("party_meeting_attendance")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);                         // one object per stored row, not per sentence
        const QJsonObject absent = entries.at(0).toObject(); // newest first: 李四
        QCOMPARE(absent.value(QStringLiteral("record_type")).toString(),
                 QStringLiteral("party_meeting_attendance"));
        QVERIFY(absent.value(QStringLiteral("changes")).toObject().contains(QStringLiteral("member_id")));
        QCOMPARE(absent.value(QStringLiteral("text")).toString(),
                 QStringLiteral(
                     "secretary 登记出席情况 2026-11-05 支部党员大会（阳光党支部）（出席 0 人，缺席 1 人）："
                     "李四 缺席（外出务工）"));
        QCOMPARE(absent.value(QStringLiteral("details")).toArray().first().toString(),
                 QStringLiteral("会议：2026-11-05 支部党员大会（阳光党支部）"));
    }

    void householdHistoryMaskedForTheSecretary()
    {
        const Run full = run(QStringLiteral("manager"),
                             {QStringLiteral("audit"), QStringLiteral("--household"), m_number});
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QVERIFY2(full.out.contains(QStringLiteral("13907391234 → 13800001111")), qPrintable(full.out));
        const Run masked = run(QStringLiteral("secretary"),
                               {QStringLiteral("audit"), QStringLiteral("--household"), m_number});
        QVERIFY2(masked.exitCode == 0, qPrintable(masked.err));
        QVERIFY2(masked.out.contains(QStringLiteral("139****1234 → 138****1111")), qPrintable(masked.out));
        QVERIFY(!masked.out.contains(QStringLiteral("13907391234")));
        QVERIFY(!masked.out.contains(QStringLiteral("19750402")));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"

// anju-cli party leave: the real executable records a leaving through the core service, refuses with
// core's reasons, and the member is no longer on the branch's roll.
#include "TestDatabase.h"

#include "Translations.h"
#include "accounts/AccountService.h"
#include "party/PartyService.h"

#include "ProgramRun.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

class TestCliPartyLeave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    test::ProgramRun run(const QStringList& arguments) const
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), QStringLiteral("secretary"));
        env.insert(QStringLiteral("ANJU_PASSWORD"), QStringLiteral("anju-demo"));
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments,
                                env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
    }

    void leaveThroughTheCli()
    {
        const QDate today = QDate::currentDate();
        const QDate meetingDay = today.addDays(-3);
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
            const qint64 branchId = service.saveOrganisation(branch, {}, today).value().id;
            party::PartyMember m;
            m.origin = party::MemberOrigin::OutsideCadre;
            m.name = QStringLiteral("张强");
            m.sex = Sex::Male;
            m.birthDate = QDate(1975, 5, 5);
            m.organisationId = branchId;
            m.stageHistory = {{0, party::StageEvent::Admission, QDate(2010, 7, 1), {}, {}, 0, {}},
                              {0, party::StageEvent::Conversion, QDate(2011, 7, 1), {}, {}, 0, {}}};
            m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
            const auto created = service.createMember(m, QDate(2024, 1, 1), today);
            QVERIFY2(created.ok(), qPrintable(created.summary()));
            memberId = created.value().id;
            party::Meeting meeting;
            meeting.organisationId = branchId;
            meeting.type = party::MeetingType::GeneralMeeting;
            meeting.date = meetingDay;
            meeting.topic = QStringLiteral("讨论党员除名");
            QVERIFY(service.saveMeeting(meeting, today).ok());
            db.markDemo();
            QVERIFY(accounts::AccountService(db).createDemoUsers());
            path = m_dir.filePath(QStringLiteral("leave.anju"));
            QSqlQuery vacuum(db.connection());
            QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
        }
        const QString member = QString::number(memberId);
        const QString day = meetingDay.toString(Qt::ISODate);
        const QStringList base{QStringLiteral("--db"), path, QStringLiteral("party"), QStringLiteral("leave"),
                               member};
        const QStringList decided{QStringLiteral("--date"), day, QStringLiteral("--decision"),
                                  QStringLiteral("党支字〔2026〕3号")};

        // No general meeting that day.
        const test::ProgramRun noMeeting =
            run(base + decided +
                QStringList{QStringLiteral("--way"), QStringLiteral("removal"), QStringLiteral("--meeting"),
                            meetingDay.addDays(-1).toString(Qt::ISODate)});
        QCOMPARE(noMeeting.exitCode, 1);
        QVERIFY2(noMeeting.err.contains(QStringLiteral("held no branch general meeting")),
                 qPrintable(noMeeting.err));
        // Core's refusal, word for word.
        const test::ProgramRun cancelled =
            run(base + decided +
                QStringList{QStringLiteral("--way"), QStringLiteral("probation_cancelled"),
                            QStringLiteral("--meeting"), day});
        QCOMPARE(cancelled.exitCode, 1);
        QVERIFY2(cancelled.err.contains(
                     QStringLiteral("Only a probationary member's membership can be cancelled")),
                 qPrintable(cancelled.err));
        const test::ProgramRun unknownWay =
            run(base + decided +
                QStringList{QStringLiteral("--way"), QStringLiteral("resigned"), QStringLiteral("--meeting"),
                            day});
        QVERIFY(unknownWay.exitCode != 0);

        const test::ProgramRun removed =
            run(base + decided +
                QStringList{QStringLiteral("--way"), QStringLiteral("removal"), QStringLiteral("--meeting"),
                            day, QStringLiteral("--reason"), QStringLiteral("连续六个月不交纳党费")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(removed.out.contains(QStringLiteral("Removed from the party")), qPrintable(removed.out));
        const test::ProgramRun again = run(base + decided +
                                           QStringList{QStringLiteral("--way"), QStringLiteral("expulsion"),
                                                       QStringLiteral("--meeting"), day});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("has already left the party")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPartyLeave)
#include "tst_clipartyleave.moc"

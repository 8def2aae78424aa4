// anju-cli safetynet list|enrol|amount|end|exempt and followup findings on a hand-built file: what each word
// writes, how the findings follow (an enrolment or a reason takes a person off 应兜尽兜, an ended enrolment
// puts them back), the JSON a script reads, and the refusals (the secretary, a bad amount, a scheme not in
// the list).
#include "../core/SafetyNetFixtures.h"
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

class TestCliSafetyNet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_fixture;
    QString m_head, m_child; // their ID numbers

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
    QJsonObject findings() const
    {
        return json({QStringLiteral("followup"), QStringLiteral("findings"), QStringLiteral("--month"),
                     QStringLiteral("2024-05")});
    }
    QJsonObject listOn(const QString& day) const
    {
        return json({QStringLiteral("safetynet"), QStringLiteral("list"), QStringLiteral("--date"), day});
    }

private slots:
    // One household flagged in May 2024 (below the line) with two members of no labour.
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::OneSite,
                                                         test::TestDatabase::Where::File);
        Database& db = m_fixture->db();
        db.markDemo();
        QVERIFY(accounts::AccountService(db).createDemoUsers());
        test::SafetyNetFixtures fixtures(*m_fixture);
        QList<qint64> ids;
        const qint64 household = fixtures.household({{QStringLiteral("张老汉"), LabourCapacity::Lost},
                                                     {QStringLiteral("张小妹"), LabourCapacity::None}},
                                                    &ids);
        fixtures.check(household, QDate(2024, 5, 1), 30000, 2);
        const auto idNumberOf = [&db](qint64 personId) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT id_number FROM persons WHERE id = ?"));
            q.addBindValue(personId);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        m_head = idNumberOf(ids.at(0));
        m_child = idNumberOf(ids.at(1));
        QVERIFY(!m_head.isEmpty() && !m_child.isEmpty());
    }

    void findingsFollowEnrolmentsAndReasons()
    {
        QJsonObject found = findings();
        QCOMPARE(found.value(QStringLiteral("asOf")).toString(), QStringLiteral("2024-05-31"));
        const QJsonArray intake = found.value(QStringLiteral("intake")).toArray();
        QCOMPARE(intake.size(), 1);
        QCOMPARE(intake.at(0).toObject().value(QStringLiteral("head")).toString(), QStringLiteral("张老汉"));
        QCOMPARE(intake.at(0).toObject().value(QStringLiteral("flags")).toArray(),
                 QJsonArray{QStringLiteral("below_line")});
        QCOMPARE(intake.at(0).toObject().value(QStringLiteral("perCapitaAnnualFen")).toInteger(), 180000);
        QCOMPARE(found.value(QStringLiteral("cover")).toArray().size(), 2);

        const Run enrolled =
            run(QStringLiteral("clerk"),
                {QStringLiteral("safetynet"), QStringLiteral("enrol"), QStringLiteral("--person"), m_head,
                 QStringLiteral("--scheme"), QStringLiteral("dibao"), QStringLiteral("--amount"),
                 QStringLiteral("580"), QStringLiteral("--from"), QStringLiteral("2024-01-01")});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QVERIFY2(enrolled.out.startsWith(QStringLiteral("Enrolment ")), qPrintable(enrolled.out));
        const Run exempted =
            run(QStringLiteral("clerk"),
                {QStringLiteral("safetynet"), QStringLiteral("exempt"), QStringLiteral("--person"), m_child,
                 QStringLiteral("--reason"), QStringLiteral("在校生，父母赡养"), QStringLiteral("--from"),
                 QStringLiteral("2024-03-01")});
        QVERIFY2(exempted.exitCode == 0, qPrintable(exempted.err));
        QVERIFY(findings().value(QStringLiteral("cover")).toArray().isEmpty());

        // The list on May 31 with the 低保 total; a new amount from April; the end on May 15.
        QJsonObject list = listOn(QStringLiteral("2024-05-31"));
        QCOMPARE(list.value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject dibao = list.value(QStringLiteral("totals")).toArray().at(0).toObject();
        QCOMPARE(dibao.value(QStringLiteral("scheme")).toString(), QStringLiteral("dibao"));
        QCOMPARE(dibao.value(QStringLiteral("people")).toInt(), 1);
        QCOMPARE(dibao.value(QStringLiteral("monthlyFen")).toInteger(), 58000);
        const QString first = QString::number(list.value(QStringLiteral("enrolments"))
                                                  .toArray()
                                                  .at(0)
                                                  .toObject()
                                                  .value(QStringLiteral("id"))
                                                  .toInteger());
        const Run changed =
            run(QStringLiteral("clerk"),
                {QStringLiteral("safetynet"), QStringLiteral("amount"), QStringLiteral("--enrolment"), first,
                 QStringLiteral("--amount"), QStringLiteral("600.50"), QStringLiteral("--from"),
                 QStringLiteral("2024-04-01")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        list = listOn(QStringLiteral("2024-05-31"));
        const QJsonObject current = list.value(QStringLiteral("enrolments")).toArray().at(0).toObject();
        QCOMPARE(current.value(QStringLiteral("amountFen")).toInteger(), 60050);
        QCOMPARE(current.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2024-04-01"));
        QCOMPARE(listOn(QStringLiteral("2024-03-31"))
                     .value(QStringLiteral("enrolments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("amountFen"))
                     .toInteger(),
                 58000);
        const Run noReason =
            run(QStringLiteral("clerk"),
                {QStringLiteral("safetynet"), QStringLiteral("end"), QStringLiteral("--enrolment"),
                 QString::number(current.value(QStringLiteral("id")).toInteger()), QStringLiteral("--on"),
                 QStringLiteral("2024-05-15")});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains(QStringLiteral("Say why")), qPrintable(noReason.err));
        const Run ended = run(
            QStringLiteral("clerk"),
            {QStringLiteral("safetynet"), QStringLiteral("end"), QStringLiteral("--enrolment"),
             QString::number(current.value(QStringLiteral("id")).toInteger()), QStringLiteral("--on"),
             QStringLiteral("2024-05-15"), QStringLiteral("--reason"), QStringLiteral("收入超过低保标准")});
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.err));
        QCOMPARE(listOn(QStringLiteral("2024-05-31")).value(QStringLiteral("count")).toInt(), 0);
        const QJsonArray cover = findings().value(QStringLiteral("cover")).toArray();
        QCOMPARE(cover.size(), 1);
        QCOMPARE(cover.at(0).toObject().value(QStringLiteral("person")).toString(), QStringLiteral("张老汉"));

        // The text form names both lists.
        const Run text = run(QStringLiteral("clerk"), {QStringLiteral("followup"), QStringLiteral("findings"),
                                                       QStringLiteral("--month"), QStringLiteral("2024-05")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("应纳尽纳 of 2024-05")) &&
                     text.out.contains(QStringLiteral("张老汉")),
                 qPrintable(text.out));
    }

    void refusals()
    {
        const Run secretary =
            run(QStringLiteral("secretary"), {QStringLiteral("safetynet"), QStringLiteral("list")});
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not")), qPrintable(secretary.err));
        QCOMPARE(run(QStringLiteral("secretary"), {QStringLiteral("followup"), QStringLiteral("findings")})
                     .exitCode,
                 1);
        const QStringList enrol{
            QStringLiteral("safetynet"), QStringLiteral("enrol"),      QStringLiteral("--person"), m_child,
            QStringLiteral("--from"),    QStringLiteral("2024-01-01"), QStringLiteral("--scheme")};
        const Run badAmount = run(
            QStringLiteral("clerk"),
            enrol + QStringList{QStringLiteral("dibao"), QStringLiteral("--amount"), QStringLiteral("5,80")});
        QCOMPARE(badAmount.exitCode, 2);
        const Run badScheme = run(
            QStringLiteral("clerk"),
            enrol + QStringList{QStringLiteral("wubao"), QStringLiteral("--amount"), QStringLiteral("580")});
        QCOMPARE(badScheme.exitCode, 1);
        QVERIFY2(badScheme.err.contains(QStringLiteral("not a scheme")), qPrintable(badScheme.err));
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("safetynet"), QStringLiteral("pay")}).exitCode,
                 2);
        QCOMPARE(run(QStringLiteral("clerk"), {QStringLiteral("followup"), QStringLiteral("findings"),
                                               QStringLiteral("--month"), QStringLiteral("2024-13")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSafetyNet)
#include "tst_clisafetynet.moc"

// anju-cli visit plan|attend|record, grid visits|findings and case list|receive|act|escalate on demo data:
// the grid worker's month on the command line, what each word writes and its refusals.
#include "CliDemoFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using Run = anju::test::ProgramRun;

const QString Clerk = QStringLiteral("clerk");

// The first number in `text` after `before`.
qint64 numberAfter(const QString& text, const QString& before)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QRegularExpression::escape(before) + QStringLiteral("(\\d+)")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

class TestCliVisits : public QObject
{
    Q_OBJECT

    CliDemoFixture m_demo;
    QString m_household; // an active household of the demo
    qint64 m_worker = 0; // its grid's first worker

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.make());
        m_household = m_demo
                          .scalar(QStringLiteral(
                              "SELECT number FROM households WHERE state = 'active' ORDER BY id LIMIT 1"))
                          .toString();
        m_worker =
            m_demo
                .scalar(QStringLiteral("SELECT id FROM grid_staff WHERE role = 'grid_worker' ORDER BY id"
                                       " LIMIT 1"))
                .toLongLong();
        QVERIFY(!m_household.isEmpty() && m_worker > 0);
    }

    // The month after the demo's is planned once; a second run makes nothing new; every task has someone.
    void planTwiceMakesNothingNew()
    {
        const Run first = m_demo.run(Clerk, {QStringLiteral("visit"), QStringLiteral("plan"),
                                             QStringLiteral("--month"), QStringLiteral("2026-12")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QRegularExpression(QStringLiteral("^[1-9]\\d* visit task"))),
                 qPrintable(first.out));
        const Run second = m_demo.run(Clerk, {QStringLiteral("visit"), QStringLiteral("plan"),
                                              QStringLiteral("--month"), QStringLiteral("2026-12")});
        QVERIFY2(second.out.startsWith(QStringLiteral("0 visit task")), qPrintable(second.out));
        QCOMPARE(m_demo
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM visit_tasks WHERE assignee_staff_id IS NULL"
                                            " AND assignee_member_id IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(m_demo
                     .run(Clerk, {QStringLiteral("visit"), QStringLiteral("plan"), QStringLiteral("--month"),
                                  QStringLiteral("2026-13")})
                     .exitCode,
                 2);
        QCOMPARE(m_demo
                     .run(QStringLiteral("secretary"), {QStringLiteral("visit"), QStringLiteral("plan"),
                                                        QStringLiteral("--month"), QStringLiteral("2027-01")})
                     .exitCode,
                 1);
    }

    // A must-attend task, then the visit that answers it; answering it twice is refused.
    void attendThenRecord()
    {
        const Run attend = m_demo.run(Clerk, {QStringLiteral("visit"), QStringLiteral("attend"),
                                              QStringLiteral("--household"), m_household,
                                              QStringLiteral("--trigger"), QStringLiteral("family_dispute"),
                                              QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                                              QStringLiteral("--note"), QStringLiteral("夫妻争吵")});
        QVERIFY2(attend.exitCode == 0, qPrintable(attend.err));
        const qint64 task = numberAfter(attend.out, QStringLiteral("Task "));
        QVERIFY2(task > 0, qPrintable(attend.out));
        QVERIFY2(attend.out.contains(QStringLiteral("due from 2026-11-01")), qPrintable(attend.out));
        QCOMPARE(
            m_demo
                .run(Clerk, {QStringLiteral("visit"), QStringLiteral("attend"), QStringLiteral("--household"),
                             m_household, QStringLiteral("--trigger"), QStringLiteral("quarrel"),
                             QStringLiteral("--date"), QStringLiteral("2026-11-01")})
                .exitCode,
            2);
        const QStringList record{QStringLiteral("visit"),       QStringLiteral("record"),
                                 QStringLiteral("--household"), m_household,
                                 QStringLiteral("--date"),      QStringLiteral("2026-11-02"),
                                 QStringLiteral("--staff"),     QString::number(m_worker),
                                 QStringLiteral("--task"),      QString::number(task),
                                 QStringLiteral("--findings"),  QStringLiteral("已调解")};
        const Run recorded = m_demo.run(Clerk, record);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
        const qint64 visit = numberAfter(recorded.out, QStringLiteral("Visit "));
        QCOMPARE(
            m_demo
                .scalar(QStringLiteral("SELECT closed_by_visit_id FROM visit_tasks WHERE id = %1").arg(task))
                .toLongLong(),
            visit);
        const Run again = m_demo.run(Clerk, record);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already answered")), qPrintable(again.err));
    }

    // The month's plan has no "unassigned" line, and one grid's is part of the whole.
    void gridVisitsPerWorker()
    {
        const QJsonObject all = m_demo.json(Clerk, {QStringLiteral("grid"), QStringLiteral("visits"),
                                                    QStringLiteral("--month"), QStringLiteral("2026-10")});
        const QJsonArray workers = all.value(QStringLiteral("workers")).toArray();
        QVERIFY(workers.size() > 1);
        int due = 0, done = 0;
        for (const QJsonValue& v : workers) {
            const QJsonObject w = v.toObject();
            QVERIFY(w.value(QStringLiteral("staffId")).toInteger() +
                        w.value(QStringLiteral("memberId")).toInteger() >
                    0);
            due += w.value(QStringLiteral("due")).toInt();
            done += w.value(QStringLiteral("done")).toInt();
        }
        QVERIFY(due > 0 && done > 0 && done <= due);
        const QString grid =
            m_demo.scalar(QStringLiteral("SELECT code FROM grids ORDER BY id LIMIT 1")).toString();
        int gridDue = 0;
        for (const QJsonValue& v :
             m_demo
                 .json(Clerk, {QStringLiteral("grid"), QStringLiteral("visits"), QStringLiteral("--month"),
                               QStringLiteral("2026-10"), QStringLiteral("--grid"), grid})
                 .value(QStringLiteral("workers"))
                 .toArray())
            gridDue += v.toObject().value(QStringLiteral("due")).toInt();
        QVERIFY(gridDue > 0 && gridDue < due);
        QCOMPARE(m_demo
                     .run(Clerk, {QStringLiteral("grid"), QStringLiteral("visits"), QStringLiteral("--month"),
                                  QStringLiteral("October")})
                     .exitCode,
                 2);
    }

    // On the demo's day the findings name a few households each, not most of them.
    void gridFindingsOnTheDemoDay()
    {
        const QJsonObject found =
            m_demo.json(Clerk, {QStringLiteral("grid"), QStringLiteral("findings"), QStringLiteral("--date"),
                                QStringLiteral("2026-11-01")});
        QCOMPARE(found.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-01"));
        const QJsonArray findings = found.value(QStringLiteral("findings")).toArray();
        QCOMPARE(found.value(QStringLiteral("count")).toInt(), findings.size());
        QSet<QString> kinds;
        int noContact = 0;
        for (const QJsonValue& f : findings) {
            const QString kind = f.toObject().value(QStringLiteral("kind")).toString();
            kinds.insert(kind);
            noContact += kind == QLatin1String("no_contact") ? 1 : 0;
        }
        QVERIFY(kinds.contains(QStringLiteral("no_pairing")));
        QVERIFY(kinds.contains(QStringLiteral("not_visited")));
        const int households =
            m_demo.scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'")).toInt();
        QVERIFY2(noContact * 100 < households * 8,
                 qPrintable(QStringLiteral("%1 of %2").arg(noContact).arg(households)));
    }

    // A case received, started, listed by state, escalated when overdue.
    void caseFromReceiptToEscalation()
    {
        const QString site = m_demo
                                 .scalar(QStringLiteral("SELECT s.code FROM sites s JOIN households h"
                                                        " ON h.site_id = s.id WHERE h.number = '%1'")
                                             .arg(m_household))
                                 .toString();
        const Run received = m_demo.run(
            Clerk, {QStringLiteral("case"), QStringLiteral("receive"), QStringLiteral("--site"), site,
                    QStringLiteral("--kind"), QStringLiteral("dispute_mediation"), QStringLiteral("--title"),
                    QStringLiteral("楼上漏水"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
                    QStringLiteral("--household"), m_household});
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        const qint64 id = numberAfter(received.out, QStringLiteral("Case "));
        QVERIFY(id > 0);
        QCOMPARE(m_demo
                     .run(Clerk, {QStringLiteral("case"), QStringLiteral("receive"), QStringLiteral("--site"),
                                  site, QStringLiteral("--kind"), QStringLiteral("gossip"),
                                  QStringLiteral("--title"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const Run started = m_demo.run(Clerk, {QStringLiteral("case"), QStringLiteral("act"),
                                               QString::number(id), QStringLiteral("started"),
                                               QStringLiteral("--date"), QStringLiteral("2026-11-02")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        bool listed = false;
        for (const QJsonValue& c :
             m_demo
                 .json(Clerk, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"),
                               QStringLiteral("in_progress")})
                 .value(QStringLiteral("cases"))
                 .toArray()) {
            QCOMPARE(c.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
            listed = listed || c.toObject().value(QStringLiteral("id")).toInteger() == id;
        }
        QVERIFY(listed);
        // A referral accepted that was never referred is an illegal step.
        const Run illegal = m_demo.run(Clerk, {QStringLiteral("case"), QStringLiteral("act"),
                                               QString::number(id), QStringLiteral("referral_accepted"),
                                               QStringLiteral("--date"), QStringLiteral("2026-11-03")});
        QCOMPARE(illegal.exitCode, 1);
        const Run escalated = m_demo.run(Clerk, {QStringLiteral("case"), QStringLiteral("escalate"),
                                                 QStringLiteral("--date"), QStringLiteral("2027-02-01")});
        QVERIFY2(escalated.exitCode == 0, qPrintable(escalated.err));
        QVERIFY2(numberAfter(escalated.out, QString()) > 0, qPrintable(escalated.out));
        QCOMPARE(
            m_demo.scalar(QStringLiteral("SELECT state FROM grid_cases WHERE id = %1").arg(id)).toString(),
            QStringLiteral("escalated"));
        const QJsonObject overdue =
            m_demo.json(Clerk, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--overdue")});
        QVERIFY(overdue.value(QStringLiteral("count")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVisits)
#include "tst_clivisits.moc"

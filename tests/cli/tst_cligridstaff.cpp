// anju-cli grid staff [add|end], grid pair and grid handover on demo data: what they write, as GridService
// writes it, and their refusals (a user who may not write grids, a missing option, a seat without its place).
#include "CliDemoFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using Run = anju::test::ProgramRun;

const QString Clerk = QStringLiteral("clerk");
const QString Manager = QStringLiteral("manager"); // names staff and hands work over (负责人)

} // namespace

class TestCliGridStaff : public QObject
{
    Q_OBJECT

    CliDemoFixture m_demo;
    QString m_grid; // the first grid's code

    QJsonArray staffOn(const QString& day)
    {
        return m_demo
            .json(Clerk, {QStringLiteral("grid"), QStringLiteral("staff"), QStringLiteral("--grid"), m_grid,
                          QStringLiteral("--date"), day})
            .value(QStringLiteral("staff"))
            .toArray();
    }
    bool serving(const QString& day, qint64 id)
    {
        for (const QJsonValue& s : staffOn(day))
            if (s.toObject().value(QStringLiteral("id")).toInteger() == id)
                return true;
        return false;
    }
    // The number a command printed after `before` ("Staff member 12 …").
    static qint64 numberAfter(const QString& text, const QString& before)
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QRegularExpression::escape(before) + QStringLiteral("(\\d+)")).match(text);
        return m.hasMatch() ? m.captured(1).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.make());
        m_grid = m_demo.scalar(QStringLiteral("SELECT code FROM grids ORDER BY id LIMIT 1")).toString();
        QCOMPARE(m_grid.size(), 14);
    }

    // Every role of the demo, with the numbers the other words take.
    void staffListsEveryRole()
    {
        QSet<QString> roles;
        for (const QJsonValue& s : staffOn(QStringLiteral("2026-11-01")))
            roles.insert(s.toObject().value(QStringLiteral("role")).toString());
        QCOMPARE(roles, (QSet<QString>{QStringLiteral("grid_leader"), QStringLiteral("grid_worker"),
                                       QStringLiteral("building_leader"), QStringLiteral("unit_leader"),
                                       QStringLiteral("party_member_household")}));
        const Run text =
            m_demo.run(Clerk, {QStringLiteral("grid"), QStringLiteral("staff"), QStringLiteral("--grid"),
                               m_grid, QStringLiteral("--date"), QStringLiteral("2026-11-01")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Grid leader")), qPrintable(text.out));
        QCOMPARE(m_demo.run(Clerk, {QStringLiteral("grid"), QStringLiteral("staff")}).exitCode, 2);
        QCOMPARE(m_demo
                     .run(Clerk, {QStringLiteral("grid"), QStringLiteral("staff"), QStringLiteral("--grid"),
                                  QStringLiteral("99999999999999")})
                     .exitCode,
                 1);
    }

    // A cadre starts and ends; a resident unit leader needs the unit; neither the secretary nor the clerk
    // (the grid worker) names staff: that is the manager's.
    void staffAddAndEnd()
    {
        const Run added = m_demo.run(Manager, {QStringLiteral("grid"), QStringLiteral("staff"),
                                               QStringLiteral("add"), QStringLiteral("--grid"), m_grid,
                                               QStringLiteral("--role"), QStringLiteral("grid_worker"),
                                               QStringLiteral("--cadre"), QStringLiteral("孟新来"),
                                               QStringLiteral("--phone"), QStringLiteral("13912345678"),
                                               QStringLiteral("--from"), QStringLiteral("2026-11-02")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qint64 id = numberAfter(added.out, QStringLiteral("Staff member "));
        QVERIFY(id > 0);
        QVERIFY(!serving(QStringLiteral("2026-11-01"), id));
        QVERIFY(serving(QStringLiteral("2026-11-02"), id));

        const Run noReason =
            m_demo.run(Manager, {QStringLiteral("grid"), QStringLiteral("staff"), QStringLiteral("end"),
                                 QStringLiteral("--id"), QString::number(id), QStringLiteral("--date"),
                                 QStringLiteral("2026-11-10")});
        QCOMPARE(noReason.exitCode, 2);
        const Run ended = m_demo.run(
            Manager, {QStringLiteral("grid"), QStringLiteral("staff"), QStringLiteral("end"),
                      QStringLiteral("--id"), QString::number(id), QStringLiteral("--date"),
                      QStringLiteral("2026-11-10"), QStringLiteral("--reason"), QStringLiteral("借调结束")});
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.err));
        QVERIFY(serving(QStringLiteral("2026-11-09"), id));
        QVERIFY(!serving(QStringLiteral("2026-11-10"), id));

        const QString idNumber =
            m_demo
                .scalar(QStringLiteral(
                            "SELECT p.id_number FROM persons p JOIN households h ON h.id = p.household_id"
                            " JOIN grids g ON g.site_id = h.site_id WHERE g.code = '%1'"
                            " AND p.state = 'active' ORDER BY p.id LIMIT 1")
                            .arg(m_grid))
                .toString();
        const QStringList unitLeader{QStringLiteral("grid"),
                                     QStringLiteral("staff"),
                                     QStringLiteral("add"),
                                     QStringLiteral("--grid"),
                                     m_grid,
                                     QStringLiteral("--role"),
                                     QStringLiteral("unit_leader"),
                                     QStringLiteral("--person"),
                                     idNumber,
                                     QStringLiteral("--from"),
                                     QStringLiteral("2026-11-02")};
        const Run noUnit = m_demo.run(Manager, unitLeader);
        QCOMPARE(noUnit.exitCode, 1);
        QVERIFY2(noUnit.err.contains(QStringLiteral("unit")), qPrintable(noUnit.err));
        const Run denied = m_demo.run(
            QStringLiteral("secretary"),
            {QStringLiteral("grid"), QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--grid"),
             m_grid, QStringLiteral("--role"), QStringLiteral("grid_worker"), QStringLiteral("--cadre"),
             QStringLiteral("钱不准"), QStringLiteral("--from"), QStringLiteral("2026-11-02")});
        QCOMPARE(denied.exitCode, 1);
        const Run clerk = m_demo.run(Clerk, {QStringLiteral("grid"), QStringLiteral("staff"),
                                             QStringLiteral("add"), QStringLiteral("--grid"), m_grid,
                                             QStringLiteral("--role"), QStringLiteral("grid_worker"),
                                             QStringLiteral("--cadre"), QStringLiteral("钱不准"),
                                             QStringLiteral("--from"), QStringLiteral("2026-11-02")});
        QCOMPARE(clerk.exitCode, 1);
        QVERIFY2(clerk.err.contains(QStringLiteral("may not")), qPrintable(clerk.err));
        QCOMPARE(m_demo.scalar(QStringLiteral("SELECT COUNT(*) FROM grid_staff WHERE cadre_name = '钱不准'"))
                     .toInt(),
                 0);
    }

    // A household paired with a worker; the worker's seat handed to a cadre takes the pairing and the open
    // tasks along; a party member's pairings handed to another member.
    void pairAndHandOver()
    {
        const qint64 worker =
            m_demo
                .scalar(
                    QStringLiteral("SELECT s.id FROM grid_staff s JOIN grids g ON g.id = s.grid_id"
                                   " WHERE g.code = '%1' AND s.role = 'grid_worker' AND s.valid_to IS NULL"
                                   " ORDER BY s.id LIMIT 1")
                        .arg(m_grid))
                .toLongLong();
        const QString household =
            m_demo
                .scalar(QStringLiteral("SELECT number FROM households WHERE state = 'active' AND id NOT IN"
                                       " (SELECT household_id FROM pairings) ORDER BY id LIMIT 1"))
                .toString();
        QVERIFY(worker > 0 && !household.isEmpty());
        const Run paired =
            m_demo.run(Clerk, {QStringLiteral("grid"), QStringLiteral("pair"), QStringLiteral("--household"),
                               household, QStringLiteral("--staff"), QString::number(worker),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01")});
        QVERIFY2(paired.exitCode == 0, qPrintable(paired.err));
        const Run twice =
            m_demo.run(Clerk, {QStringLiteral("grid"), QStringLiteral("pair"), QStringLiteral("--household"),
                               household, QStringLiteral("--staff"), QString::number(worker),
                               QStringLiteral("--from"), QStringLiteral("2026-11-01")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("paired with them already")), qPrintable(twice.err));

        const int pairings = m_demo
                                 .scalar(QStringLiteral("SELECT COUNT(*) FROM pairings WHERE staff_id = %1"
                                                        " AND valid_to IS NULL")
                                             .arg(worker))
                                 .toInt();
        // A must-attend task due by the day of the handover moves along, while the windows that ended before
        // the handover stay with the worker who missed them. Its household is one the worker has had tasks
        // of, so the grid worker the task goes to is this one.
        const QString ofWorker =
            m_demo
                .scalar(QStringLiteral("SELECT h.number FROM visit_tasks t JOIN households h ON h.id ="
                                       " t.household_id WHERE t.assignee_staff_id = %1 AND h.state = 'active'"
                                       " ORDER BY t.id DESC LIMIT 1")
                            .arg(worker))
                .toString();
        QVERIFY(!ofWorker.isEmpty());
        const Run attend = m_demo.run(Clerk, {QStringLiteral("visit"), QStringLiteral("attend"),
                                              QStringLiteral("--household"), ofWorker,
                                              QStringLiteral("--trigger"), QStringLiteral("emergency"),
                                              QStringLiteral("--date"), QStringLiteral("2026-11-02")});
        QVERIFY2(attend.exitCode == 0, qPrintable(attend.err));
        const QString openTasks =
            QStringLiteral("SELECT COUNT(*) FROM visit_tasks WHERE assignee_staff_id = %1"
                           " AND closed_on IS NULL AND cancelled_on IS NULL"
                           " AND overdue_after %2 '2026-11-03'");
        const int open = m_demo.scalar(openTasks.arg(worker).arg(QStringLiteral(">="))).toInt();
        const int missed = m_demo.scalar(openTasks.arg(worker).arg(QStringLiteral("<"))).toInt();
        QVERIFY(open > 0);
        QVERIFY(pairings > 0);
        const Run handed = m_demo.run(Manager, {QStringLiteral("grid"), QStringLiteral("handover"),
                                                QStringLiteral("--from-staff"), QString::number(worker),
                                                QStringLiteral("--to-cadre"), QStringLiteral("欧阳接"),
                                                QStringLiteral("--date"), QStringLiteral("2026-11-03"),
                                                QStringLiteral("--reason"), QStringLiteral("调岗")});
        QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
        QVERIFY2(handed.out.contains(
                     QStringLiteral("%1 pairing(s) and %2 open visit task(s)").arg(pairings).arg(open)),
                 qPrintable(handed.out));
        const qint64 successor = numberAfter(handed.out, QStringLiteral("staff member "));
        QVERIFY(successor > 0);
        QVERIFY(serving(QStringLiteral("2026-11-03"), successor));
        QVERIFY(!serving(QStringLiteral("2026-11-03"), worker));
        QCOMPARE(m_demo.scalar(openTasks.arg(worker).arg(QStringLiteral(">="))).toInt(), 0);
        QCOMPARE(m_demo.scalar(openTasks.arg(worker).arg(QStringLiteral("<"))).toInt(), missed);
        QCOMPARE(m_demo.scalar(openTasks.arg(successor).arg(QStringLiteral(">="))).toInt(), open);

        const qint64 member =
            m_demo
                .scalar(QStringLiteral("SELECT party_member_id FROM pairings WHERE valid_to IS NULL"
                                       " AND party_member_id IS NOT NULL ORDER BY id LIMIT 1"))
                .toLongLong();
        const qint64 other =
            m_demo
                .scalar(QStringLiteral("SELECT id FROM party_members WHERE id <> %1 AND state = 'normal'"
                                       " ORDER BY id LIMIT 1")
                            .arg(member))
                .toLongLong();
        QVERIFY(member > 0 && other > 0);
        const Run members = m_demo.run(Manager, {QStringLiteral("grid"), QStringLiteral("handover"),
                                                 QStringLiteral("--pairings-from"), QString::number(member),
                                                 QStringLiteral("--to"), QString::number(other),
                                                 QStringLiteral("--date"), QStringLiteral("2026-11-03"),
                                                 QStringLiteral("--reason"), QStringLiteral("外出务工")});
        QVERIFY2(members.exitCode == 0, qPrintable(members.err));
        QCOMPARE(m_demo
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM pairings WHERE party_member_id = %1"
                                            " AND valid_to IS NULL")
                                 .arg(member))
                     .toInt(),
                 0);
        // 结对移交 of one household: the successor, still serving, hands it to an outside cadre.
        const QString one =
            m_demo
                .scalar(QStringLiteral(
                            "SELECT h.number FROM pairings p JOIN households h ON h.id = p.household_id"
                            " WHERE p.staff_id = %1 AND p.valid_to IS NULL ORDER BY h.number LIMIT 1")
                            .arg(successor))
                .toString();
        QVERIFY(!one.isEmpty());
        const QStringList toCadre = {QStringLiteral("grid"),
                                     QStringLiteral("handover"),
                                     QStringLiteral("--pairings-from-staff"),
                                     QString::number(successor),
                                     QStringLiteral("--households"),
                                     one,
                                     QStringLiteral("--to-cadre"),
                                     QStringLiteral("刘帮扶"),
                                     QStringLiteral("--date"),
                                     QStringLiteral("2026-11-05"),
                                     QStringLiteral("--reason"),
                                     QStringLiteral("县直单位包户")};
        const Run cadre = m_demo.run(Manager, toCadre);
        QVERIFY2(cadre.exitCode == 0, qPrintable(cadre.err));
        QVERIFY2(cadre.out.contains(QStringLiteral("1 pairing(s)")), qPrintable(cadre.out));
        QCOMPARE(
            m_demo
                .scalar(QStringLiteral("SELECT COUNT(*) FROM pairings p JOIN households h ON h.id ="
                                       " p.household_id WHERE h.number = '%1' AND p.cadre_name = '刘帮扶'"
                                       " AND p.valid_to IS NULL")
                            .arg(one))
                .toInt(),
            1);
        const Run again = m_demo.run(Manager, toCadre);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(one), qPrintable(again.err));
        // Neither one successor nor the other: a usage error, nothing written.
        QCOMPARE(m_demo
                     .run(Manager,
                          {QStringLiteral("grid"), QStringLiteral("handover"), QStringLiteral("--from-staff"),
                           QString::number(successor), QStringLiteral("--date"), QStringLiteral("2026-11-04"),
                           QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliGridStaff)
#include "tst_cligridstaff.moc"

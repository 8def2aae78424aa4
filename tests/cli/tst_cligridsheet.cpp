// anju-cli grid sheet: the real executable writes a worker's and a building's visit sheet as a Chinese PDF
// (read back with pdftotext, its barcodes with zbarimg where installed), refuses an ambiguous name with the
// candidates, and lets the secretary print.
#include "ExternalProgram.h"
#include "ProgramRun.h"
#include "TestDatabase.h"

#include "database/Database.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = anju::test::ProgramRun;

} // namespace

class TestCliGridSheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_worker;
    int m_workerTasks = 0;

    Run cli(const QString& user, const QStringList& arguments,
            const QString& language = QStringLiteral("zh_CN"))
    {
        return anju::test::runProgram(
            QStringLiteral(ANJU_CLI_PATH),
            QStringList{QStringLiteral("--language"), language, QStringLiteral("--db"), m_db} + arguments,
            anju::test::cliEnvironment(m_dir.path(), user));
    }
    static Run run(const QString& program, const QStringList& arguments)
    {
        return anju::test::runProgram(program, arguments, QProcessEnvironment::systemEnvironment());
    }
    // Runs a statement on the demo file through core's connection (the audit trail's triggers need its
    // functions) as an administrator, in one transaction; returns the first value of a query.
    QVariant sql(const QString& statement)
    {
        auto opened = anju::Database::open(anju::DatabaseLocation::parse(m_db));
        if (!opened)
            qFatal("open: %s", qPrintable(opened.summary()));
        anju::Database& db = *opened.value();
        db.setSession(anju::test::TestDatabase::sessionFor(anju::Role::Admin));
        anju::WriteTransaction transaction(db);
        QSqlQuery q(db.connection());
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        const QVariant value = q.next() ? q.value(0) : QVariant();
        q.finish();
        if (!transaction.commit())
            qFatal("commit: %s", qPrintable(transaction.error()));
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.anju"));
        const Run demo = cli(QStringLiteral("admin"),
                             {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The first grid's worker gets the open tasks of its first building.
        const qint64 staff = sql(QStringLiteral("SELECT MIN(id) FROM grid_staff WHERE role = 'grid_worker'"
                                                " AND cadre_name <> ''"))
                                 .toLongLong();
        QVERIFY(staff > 0);
        m_worker =
            sql(QStringLiteral("SELECT cadre_name FROM grid_staff WHERE id = %1").arg(staff)).toString();
        sql(QStringLiteral("UPDATE visit_tasks SET assignee_staff_id = %1, assignee_member_id = NULL WHERE "
                           "closed_on IS NULL"
                           " AND cancelled_on IS NULL AND id % 2 = 0")
                .arg(staff));
        // Open and due by the month's end; of a 四必访 target's windows, only those no later window of the
        // same person and reason (due by then, not cancelled) follows.
        m_workerTasks =
            sql(QStringLiteral(
                    "SELECT COUNT(*) FROM visit_tasks t WHERE t.assignee_staff_id = %1"
                    " AND t.closed_on IS NULL AND t.cancelled_on IS NULL AND t.due_from <= '2026-11-30'"
                    " AND (t.kind = 'must_attend' OR t.due_from = (SELECT MAX(n.due_from) FROM visit_tasks n"
                    " WHERE n.household_id = t.household_id AND n.kind = t.kind AND n.reason = t.reason"
                    " AND IFNULL(n.person_id, 0) = IFNULL(t.person_id, 0) AND n.cancelled_on IS NULL"
                    " AND n.due_from <= '2026-11-30'))")
                    .arg(staff))
                .toInt();
        QVERIFY(m_workerTasks > 3);
    }

    void workerSheetIsAChinesePdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("worker.pdf"));
        const Run sheet =
            cli(QStringLiteral("clerk"),
                {QStringLiteral("grid"), QStringLiteral("sheet"), QStringLiteral("--month"),
                 QStringLiteral("2026-11"), QStringLiteral("--worker"), m_worker, QStringLiteral("-o"), pdf});
        QVERIFY2(sheet.exitCode == 0, qPrintable(sheet.err));
        QVERIFY2(sheet.out.contains(QStringLiteral("共 %1 条").arg(m_workerTasks)), qPrintable(sheet.out));
        ANJU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
        const Run text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        for (const QString& expected :
             {QStringLiteral("走访表"), m_worker, QStringLiteral("月份：2026-11"),
              QStringLiteral("走访日期："), QStringLiteral("见到谁："), QStringLiteral("发现情况："),
              QStringLiteral("后续事项："), QStringLiteral("签名："), QStringLiteral("走访对象：")})
            QVERIFY2(text.out.contains(expected), qPrintable(expected));
        const QRegularExpression code(QStringLiteral("(?<![A-Za-z0-9])V\\d{2,}(?!\\d)"));
        int codes = 0;
        for (auto it = code.globalMatch(text.out); it.hasNext(); it.next())
            ++codes;
        QCOMPARE(codes, m_workerTasks); // one row, one code, per open task
    }

    // The codes in the text are the ones the barcodes carry (zbarimg decodes Code 128 from the page image).
    void barcodesCarryTheCodes()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("worker.pdf"));
        QVERIFY(QFileInfo::exists(pdf));
        ANJU_REQUIRE_PROGRAM("pdftoppm", "poppler-utils");
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed: the barcodes are not read back");
        const QString image = m_dir.filePath(QStringLiteral("page"));
        QCOMPARE(run(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"),
                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                      QStringLiteral("-singlefile"), pdf, image})
                     .exitCode,
                 0);
        const Run text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), pdf, QStringLiteral("-")});
        const Run scanned =
            run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), image + QStringLiteral(".png")});
        const QStringList decoded = scanned.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(decoded.size() >= 3, qPrintable(scanned.out + scanned.err));
        for (const QString& line : decoded) {
            QVERIFY2(line.startsWith(QLatin1String("CODE-128:V")), qPrintable(line));
            QVERIFY2(text.out.contains(line.mid(9)), qPrintable(line));
        }
    }

    void buildingSheetAndRefusals()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("building.pdf"));
        const QString building = sql(QStringLiteral("SELECT MIN(id) FROM buildings")).toString();
        // The secretary may print.
        const Run sheet = cli(QStringLiteral("secretary"),
                              {QStringLiteral("grid"), QStringLiteral("sheet"), QStringLiteral("--month"),
                               QStringLiteral("2026-11"), QStringLiteral("--building"), building,
                               QStringLiteral("-o"), pdf});
        QVERIFY2(sheet.exitCode == 0, qPrintable(sheet.err));
        QVERIFY(QFileInfo(pdf).size() > 5000);
        // 1栋 is on every site: refused with the candidates and their ids.
        const Run ambiguous = cli(QStringLiteral("clerk"),
                                  {QStringLiteral("grid"), QStringLiteral("sheet"), QStringLiteral("--month"),
                                   QStringLiteral("2026-11"), QStringLiteral("--building"),
                                   QStringLiteral("1栋"), QStringLiteral("-o"), pdf});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("请用编号指定")), qPrintable(ambiguous.err));
        // A namesake worker: both listed with their keys.
        const qint64 grid = sql(QStringLiteral("SELECT MIN(id) FROM grids")).toLongLong();
        sql(QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, cadre_name, valid_from)"
                           " VALUES (%1, 'grid_leader', 'outside_cadre', '%2', '2020-01-01')")
                .arg(grid)
                .arg(m_worker));
        const Run namesakes =
            cli(QStringLiteral("clerk"),
                {QStringLiteral("grid"), QStringLiteral("sheet"), QStringLiteral("--month"),
                 QStringLiteral("2026-11"), QStringLiteral("--worker"), m_worker, QStringLiteral("-o"), pdf},
                QStringLiteral("en"));
        QCOMPARE(namesakes.exitCode, 1);
        QVERIFY2(namesakes.err.contains(QStringLiteral("2 workers")), qPrintable(namesakes.err));
        QCOMPARE(int(namesakes.err.count(QStringLiteral("staff:"))), 2);
        const Run usage =
            cli(QStringLiteral("clerk"),
                {QStringLiteral("grid"), QStringLiteral("sheet"), QStringLiteral("--month"),
                 QStringLiteral("2026-13"), QStringLiteral("--worker"), m_worker, QStringLiteral("-o"), pdf},
                QStringLiteral("en"));
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("--month")));
    }
};

QTEST_GUILESS_MAIN(TestCliGridSheet)
#include "tst_cligridsheet.moc"

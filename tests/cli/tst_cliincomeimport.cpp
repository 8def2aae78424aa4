// anju-cli income import: the real executable on demo data. A dry run checks every row and writes nothing;
// --json prints the counts and each rejected row; --rejected saves the rejected rows to correct.
#include "CliDemoFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

class TestCliIncomeImport : public QObject
{
    Q_OBJECT

    CliDemoFixture m_demo;
    QTemporaryDir m_dir;
    QString m_sheet;

    qint64 checksOfMarch() const
    {
        return m_demo.scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE month = '2021-03-01'"))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.make());
        const QString first =
            m_demo.scalar(QStringLiteral("SELECT number FROM households ORDER BY id LIMIT 1")).toString();
        const QString second =
            m_demo.scalar(QStringLiteral("SELECT number FROM households ORDER BY id LIMIT 1 OFFSET 1"))
                .toString();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        // A sheet without a 月份 column (the month is given for the file): two households and a code no
        // household has.
        m_sheet = m_dir.filePath(QStringLiteral("march.csv"));
        QFile file(m_sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("2021年3月收支核查表\r\n户编号,家庭人口,工资性收入,转移性收入\r\n"
                                  "%1,3,\"1,500\",200元\r\n%2,2,800,\r\nX-0000,2,100,\r\n")
                       .arg(first, second)
                       .toUtf8());
        file.close();
    }

    void dryRunWritesNothing()
    {
        const QJsonObject o =
            m_demo.json(QStringLiteral("admin"),
                        {QStringLiteral("income"), QStringLiteral("import"), m_sheet,
                         QStringLiteral("--month"), QStringLiteral("2021-03"), QStringLiteral("--dry-run")});
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rows_rejected")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("header_row")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("months")).toArray(), QJsonArray{QStringLiteral("2021-03")});
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(QStringLiteral("row")).toInt(), 5);
        QCOMPARE(error.value(QStringLiteral("column")).toString(), QStringLiteral("户编号"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("X-0000")),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QCOMPARE(checksOfMarch(), 0);
    }

    void importWritesTheRowsThatStandAndSavesTheRejected()
    {
        const QString rejected = m_dir.filePath(QStringLiteral("rejected.xlsx"));
        const anju::test::ProgramRun r =
            m_demo.run(QStringLiteral("clerk"), {QStringLiteral("income"), QStringLiteral("import"), m_sheet,
                                                 QStringLiteral("--month"), QStringLiteral("2021-03"),
                                                 QStringLiteral("--rejected"), rejected});
        // A rejected row makes the exit code 1, with the others written.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Checks imported: 2 new, 0 changed, 0 unchanged, 1 rejected")),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Row 5, 户编号")), qPrintable(r.out));
        QVERIFY(QFile::exists(rejected));
        QCOMPARE(checksOfMarch(), 2);
        QCOMPARE(m_demo
                     .scalar(QStringLiteral("SELECT SUM(income_wages) FROM income_checks"
                                            " WHERE month = '2021-03-01'"))
                     .toLongLong(),
                 qint64(230000));
        // Again: both rows as on file, nothing written.
        const QJsonObject again =
            m_demo.json(QStringLiteral("clerk"), {QStringLiteral("income"), QStringLiteral("import"), m_sheet,
                                                  QStringLiteral("--month"), QStringLiteral("2021-03")});
        QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(again.value(QStringLiteral("new")).toInt(), 0);
    }

    void refusals()
    {
        const anju::test::ProgramRun noMonth = m_demo.run(
            QStringLiteral("admin"), {QStringLiteral("income"), QStringLiteral("import"), m_sheet});
        QVERIFY(noMonth.exitCode != 0);
        QVERIFY2(noMonth.err.contains(QStringLiteral("月份")), qPrintable(noMonth.err));
        const anju::test::ProgramRun badMonth =
            m_demo.run(QStringLiteral("admin"), {QStringLiteral("income"), QStringLiteral("import"), m_sheet,
                                                 QStringLiteral("--month"), QStringLiteral("March")});
        QVERIFY(badMonth.exitCode != 0);
        QVERIFY2(badMonth.err.contains(QStringLiteral("YYYY-MM")), qPrintable(badMonth.err));
        const anju::test::ProgramRun secretary = m_demo.run(
            QStringLiteral("secretary"), {QStringLiteral("income"), QStringLiteral("import"), m_sheet,
                                          QStringLiteral("--month"), QStringLiteral("2021-03")});
        QVERIFY(secretary.exitCode != 0);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not")), qPrintable(secretary.err));
    }
};

QTEST_GUILESS_MAIN(TestCliIncomeImport)
#include "tst_cliincomeimport.moc"

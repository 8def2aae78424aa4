// The 帮扶 page's import of a month's income checks, on the import dialogs' parts: a small sheet without a
// 月份 column is read, the month of the whole file is asked, the check writes nothing and lists the rejected
// row, and the import, confirmed, writes the rows that stand. The check and the import run on the worker
// thread: the test waits for it.
#include "TestDatabase.h"

#include "import/ImportErrorsModel.h"
#include "income/IncomeImportDialog.h"
#include "registry/RegistryService.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

constexpr int LongWait = 120000;
const QDate Month(2025, 10, 1);

QPushButton* button(QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QLatin1String(name));
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestIncomeImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool idle(IncomeImportDialog& dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isWorking(); }, LongWait);
    }

    // Two households H0001 and H0002 on the test site.
    static void households(test::TestDatabase& t)
    {
        for (int i = 1; i <= 2; ++i) {
            Household h;
            h.siteId = t.siteId();
            h.number = QStringLiteral("H000%1").arg(i);
            h.relocationDate = QDate(2020, 1, 1);
            h.originCountyCode = QStringLiteral("430524");
            h.members = {test::makePerson(i == 1 ? QStringLiteral("张甲") : QStringLiteral("李乙"),
                                          test::makeIdNumber(QStringLiteral("430524"), QDate(1970, 1, i), i),
                                          Relationship::Head)};
            const auto saved = registry::RegistryService(t.db()).saveHousehold(h, QDate(2025, 1, 1));
            QVERIFY2(saved, qPrintable(saved.summary()));
        }
    }

    QString sheet()
    {
        QFile file(m_dir.filePath(QStringLiteral("checks.csv")));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("户编号,家庭人口,工资性收入,医疗支出\nH0001,1,\"2,000\",\nH0002,1,abc,\n"
                                  "H0009,1,100,\n")
                       .toUtf8());
        return file.fileName();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void checkConfirmAndImport()
    {
        test::TestDatabase t;
        households(t);
        IncomeImportDialog dialog(t.db(), sheet());
        QVERIFY(idle(dialog));
        QVERIFY(dialog.hasHeader());
        // No 月份 column: the month of the whole file is asked for.
        QVERIFY(dialog.wholeFileMonthBox()->isChecked());
        QVERIFY(dialog.monthEdit()->isEnabled());
        dialog.monthEdit()->setDate(Month);
        auto* checkButton = button(&dialog, "incomeImportCheck");
        auto* run = button(&dialog, "incomeImportRun");
        QVERIFY(checkButton->isEnabled());
        // Without the month the check waits, and says why.
        dialog.wholeFileMonthBox()->setChecked(false);
        QVERIFY(!checkButton->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("incomeImportMappingProblems"))
                    ->text()
                    .contains(QStringLiteral("月份")));
        dialog.wholeFileMonthBox()->setChecked(true);
        QVERIFY(checkButton->isEnabled());

        QTest::mouseClick(checkButton, Qt::LeftButton);
        QVERIFY(dialog.isWorking()); // off the GUI thread
        QVERIFY(idle(dialog));
        QCOMPARE(dialog.errorsModel()->rowCount(), 2);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("1 new")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(0));
        QVERIFY(!run->isHidden() && run->isEnabled());

        // Answered No: nothing happens.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!dialog.isWorking());
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(0));

        QSignalSpy imported(&dialog, &IncomeImportDialog::imported);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(idle(dialog));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(1));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT income_wages FROM income_checks")), qint64(200000));
        QCOMPARE(
            scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE month = '2025-10-01'")),
            qint64(1));
        QVERIFY(!run->isEnabled());
    }
};

QTEST_MAIN(TestIncomeImportDialog)
#include "tst_incomeimportdialog.moc"

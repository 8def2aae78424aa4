// 快速录入 on both engines: a code from the visit sheet typed into the quick-entry dialog opens its row, the
// visit saved with Ctrl+Enter closes the task and is listed; a mistyped code is refused in Chinese and
// records nothing; the secretary cannot record; the visit plan's task id opens the same dialog.
#include "TestDatabase.h"
#include "Translations.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "grids/VisitQuickEntryDialog.h"
#include "grids/VisitRecordDialog.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"
#include "grids/VisitSheetCode.h"
#include "grids/VisitSheetDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

class TestVisitQuickEntry : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_household = 0;
    VisitTask m_task;

    Database& db() { return m_test->db(); }

    int visitCount()
    {
        QSqlQuery q(db().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM visits")) && q.next() ? q.value(0).toInt() : -1;
    }
    // ANJU_SCREENSHOTS=DIR saves the dialogs as the clerk sees them, in Chinese (as tst_serverconnection).
    static void shoot(QWidget* widget, const QString& name)
    {
        if (const QString shots = qEnvironmentVariable("ANJU_SCREENSHOTS"); !shots.isEmpty())
            widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static void type(QWidget* widget, const QString& text)
    {
        QTest::keyClicks(widget, text);
        QTest::keyClick(widget, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        m_household = m_fix->household(QStringLiteral("H-QE"), true, nullptr, QStringLiteral("快录户"));
        const auto task = VisitService(db()).mustAttend(m_household, 0, AttendTrigger::Emergency,
                                                        QDate::currentDate(), QStringLiteral("漏水"));
        QVERIFY2(task, qPrintable(task.summary()));
        m_task = task.value();
        QCOMPARE(m_task.assigneeStaffId, m_fix->workerId); // the grid's worker: the sheet's assignee
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void codeOpensTheRowAndCtrlEnterRecordsIt()
    {
        VisitQuickEntryDialog dialog(db());
        dialog.show();
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("quickCode"));
        QVERIFY(code && code->isEnabled());
        QCOMPARE(dialog.focusWidget(), code);
        type(code, VisitSheetCode::encode(m_task.id).toLower()); // as a scanner with Caps Lock off types it
        VisitRecordDialog* record = dialog.recordDialog();
        QVERIFY2(record, qPrintable(dialog.findChild<QLabel*>(QStringLiteral("quickCodeError"))->text()));
        QCOMPARE(record->row().taskId, m_task.id);
        QCOMPARE(record->row().householdNumber, QStringLiteral("H-QE"));
        // The focus is on what was found: type it, then Ctrl+Enter.
        auto* focused = record->focusWidget();
        QVERIFY(qobject_cast<QPlainTextEdit*>(focused));
        // Chinese comes from the input method, which QTest cannot drive: committed text, as it arrives.
        qobject_cast<QPlainTextEdit*>(focused)->insertPlainText(QStringLiteral("水管已修好"));
        QTest::keyClicks(focused, QStringLiteral(" ok"));
        shoot(record, QStringLiteral("visit-record"));
        QTest::keyClick(focused, Qt::Key_Return, Qt::ControlModifier);

        const auto task = VisitRepository(db()).task(m_task.id);
        QVERIFY(task->closedByVisitId > 0);
        QCOMPARE(task->closedOn, QDate::currentDate());
        const auto visit = VisitRepository(db()).visit(task->closedByVisitId);
        QCOMPARE(visit->findings, QStringLiteral("水管已修好 ok"));
        QCOMPARE(visit->visitorStaffId, m_fix->workerId);
        QCOMPARE(visit->kind, VisitKind::MustAttend);
        QCOMPARE(dialog.recordedCount(), 1);
        QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("quickDone"))
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("H-QE")));
        QVERIFY(code->text().isEmpty());
        QCOMPARE(dialog.focusWidget(), code);
        shoot(&dialog, QStringLiteral("visit-quick-entry"));

        // The same code again: already answered, said in Chinese, nothing more recorded.
        type(code, VisitSheetCode::encode(m_task.id));
        QVERIFY(!dialog.recordDialog());
        const auto* error = dialog.findChild<QLabel*>(QStringLiteral("quickCodeError"));
        QVERIFY2(error->text().contains(QStringLiteral("已由")), qPrintable(error->text()));
        QCOMPARE(visitCount(), 1);
    }

    void wrongCodeIsRefusedAndRecordsNothing()
    {
        VisitQuickEntryDialog dialog(db());
        dialog.show();
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("quickCode"));
        QString typo = VisitSheetCode::encode(m_task.id);
        typo[typo.size() - 1] =
            typo.back() == QLatin1Char('9') ? QLatin1Char('0') : QChar(typo.back().unicode() + 1);
        type(code, typo);
        QVERIFY(!dialog.recordDialog());
        const auto* error = dialog.findChild<QLabel*>(QStringLiteral("quickCodeError"));
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY2(error->text().contains(QStringLiteral("输入有误")), qPrintable(error->text()));
        type(code, QStringLiteral("430524195001011234")); // an ID card scanned by mistake
        QVERIFY(error->text().contains(QStringLiteral("不是走访表的编码")));
        shoot(&dialog, QStringLiteral("visit-quick-entry-refused"));
        QCOMPARE(visitCount(), 0);
        QVERIFY(VisitRepository(db()).task(m_task.id)->isOpen());
    }

    // A refusal of the save (a visit day in the future) is shown at the field; nothing is recorded.
    void recordDialogShowsCoreRefusals()
    {
        VisitRecordDialog* record = VisitRecordDialog::open(db(), m_task.id);
        QVERIFY(record);
        auto* date = record->findChild<OptionalDateEdit*>(QStringLiteral("visitDate"));
        QVERIFY(date);
        date->setValue(QDate::currentDate().addDays(3));
        record->accept();
        const auto* dateError = record->findChild<QLabel*>(QStringLiteral("visitDateError"));
        QVERIFY2(dateError && dateError->text().contains(QStringLiteral("今天")),
                 qPrintable(dateError->text()));
        QVERIFY(record->isVisible());
        QCOMPARE(visitCount(), 0);
        record->close();
    }

    void secretaryMayNotRecord()
    {
        m_test->logInAs(Role::Secretary);
        VisitQuickEntryDialog dialog(db());
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("quickCode"));
        QVERIFY(!code->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!VisitRecordDialog::open(db(), m_task.id));
        QVERIFY(!MessageBox::lastText().isEmpty());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // The sheet dialog writes the worker's sheet to the file the save dialog answers; the secretary too.
    void sheetDialogWritesThePdf()
    {
        m_test->logInAs(Role::Secretary);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        VisitSheetDialog dialog(db());
        auto* worker = dialog.findChild<QComboBox*>(QStringLiteral("sheetWorker"));
        QVERIFY(worker->count() >= 2);
        worker->setCurrentIndex(worker->findData(QStringLiteral("staff:%1").arg(m_fix->workerId)));
        dialog.show();
        shoot(&dialog, QStringLiteral("visit-sheet-dialog"));
        FileDialog::setNextAnswer(path);
        dialog.accept();
        FileDialog::clearNextAnswer();
        QCOMPARE(dialog.writtenPath(), path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestVisitQuickEntry)
#include "tst_visitquickentry.moc"

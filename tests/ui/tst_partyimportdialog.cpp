// The 党建 page's roster import, built on the household import's parts: a roster that checks clean is
// imported and the members appear; a column the header does not name is placed by hand and the import
// uses it; a roster with a bad row writes nothing and its rejected rows are saved as an .xlsx with the
// reason; an import cancelled while members are written leaves the database as it was. The check and the
// import run on the worker thread: the test waits for it.
#include "PartyFixture.h"

#include "import/ImportErrorsModel.h"
#include "import/ImportMappingTable.h"
#include "import/ImportProgressPage.h"
#include "party/PartyImportDialog.h"
#include "party/PartyMemberRepository.h"
#include "spreadsheet/TableReader.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

const QString Header = QStringLiteral("姓名,身份证号,所在党支部,申请入党日期,确定为入党积极分子日期");
constexpr int LongWait = 120000; // a debug build on a busy machine checks thousands of rows slowly

QPushButton* button(QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QLatin1String(name));
}

int memberCount(const Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM party_members")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPartyImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString csv(const QString& name, const QStringList& lines)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(lines.join(QLatin1Char('\n')).toUtf8());
        return file.fileName();
    }

    // Waits until the worker read the header or ran its pass.
    static bool idle(PartyImportDialog& dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isWorking(); }, LongWait);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        FileDialog::clearNextAnswer();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void checkThenImport()
    {
        test::PartyFixture f;
        const QString id = test::makeIdNumber(QStringLiteral("430524"), QDate(1980, 3, 3), 22);
        const QString path = csv(QStringLiteral("ok.csv"),
                                 {Header, QStringLiteral("周敏,%1,测试安置点党支部,2024-01-05,").arg(id)});
        PartyImportDialog dialog(f.t.db(), QString());
        auto* run = button(&dialog, "partyImportRun");
        auto* checkButton = button(&dialog, "partyImportCheck");
        QVERIFY(run && checkButton);
        QVERIFY(!checkButton->isEnabled()); // no file yet
        FileDialog::setNextAnswer(path);
        dialog.chooseFile();
        QVERIFY(idle(dialog));
        QVERIFY(dialog.hasHeader());
        QVERIFY(checkButton->isEnabled());
        QVERIFY(!run->isEnabled()); // only after a clean check
        QTest::mouseClick(checkButton, Qt::LeftButton);
        QVERIFY(dialog.isWorking()); // off the GUI thread
        QVERIFY(idle(dialog));
        QVERIFY(!run->isHidden() && run->isEnabled());
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("1 member")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(memberCount(f.t.db()), 0); // the check wrote nothing
        QSignalSpy imported(&dialog, &PartyImportDialog::imported);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(idle(dialog));
        QCOMPARE(imported.count(), 1);
        const auto members = party::PartyMemberRepository(f.t.db()).allMembers();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().name, QStringLiteral("周敏"));
        QVERIFY(!run->isEnabled());
    }

    // The branch column has a header no roster uses: the table says the branch is not placed and Check
    // waits; the secretary picks the column and the import reads the branch from it.
    void remappedColumnIsImported()
    {
        test::PartyFixture f;
        const QString id = test::makeIdNumber(QStringLiteral("430524"), QDate(1981, 4, 4), 33);
        const QString path =
            csv(QStringLiteral("odd.csv"), {QStringLiteral("姓名,身份证号,申请入党日期,组织（手填）"),
                                            QStringLiteral("吴刚,%1,2024-02-01,测试安置点党支部").arg(id)});
        PartyImportDialog dialog(f.t.db(), path);
        QVERIFY(idle(dialog));
        QVERIFY(dialog.hasHeader());
        ImportMappingTable* mapping = dialog.mappingTable();
        QComboBox* branch = mapping->comboForField(static_cast<int>(exchange::PartyRosterField::Branch));
        QVERIFY(branch);
        QCOMPARE(branch->currentData().toInt(), -1);
        auto* checkButton = button(&dialog, "partyImportCheck");
        QVERIFY(!checkButton->isEnabled());
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("partyImportMappingProblems"))
                     ->text()
                     .contains(QStringLiteral("Branch")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("partyImportMappingProblems"))->text()));
        branch->setCurrentIndex(branch->findData(3)); // column D, as the secretary picks it
        QVERIFY(checkButton->isEnabled());
        // The same column chosen twice is refused before any check.
        QComboBox* phone = mapping->comboForField(static_cast<int>(exchange::PartyRosterField::Phone));
        phone->setCurrentIndex(phone->findData(3));
        QVERIFY(!checkButton->isEnabled());
        phone->setCurrentIndex(0);
        QVERIFY(checkButton->isEnabled());

        QTest::mouseClick(checkButton, Qt::LeftButton);
        QVERIFY(idle(dialog));
        QVERIFY2(dialog.errorsModel()->rowCount() == 0, qPrintable(dialog.statusLabel()->text()));
        QTest::mouseClick(button(&dialog, "partyImportRun"), Qt::LeftButton);
        QVERIFY(idle(dialog));
        const auto members = party::PartyMemberRepository(f.t.db()).allMembers();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().name, QStringLiteral("吴刚"));
        QCOMPARE(members.first().organisationId, f.branchId);
    }

    void badRowWritesNothingAndIsSaved()
    {
        test::PartyFixture f;
        const QString good = QStringLiteral("周敏,%1,测试安置点党支部,2024-01-05,")
                                 .arg(test::makeIdNumber(QStringLiteral("430524"), QDate(1980, 3, 3), 22));
        const QString path =
            csv(QStringLiteral("bad.csv"),
                {Header, good, QStringLiteral("错号,340524198001010013,测试安置点党支部,2024-01-05,")});
        PartyImportDialog dialog(f.t.db(), path);
        QVERIFY(idle(dialog));
        dialog.check();
        QVERIFY(idle(dialog));
        QCOMPARE(dialog.errorsModel()->rowCount(), 1);
        QCOMPARE(dialog.errorsModel()->error(0).row, 3);
        auto* run = button(&dialog, "partyImportRun");
        QVERIFY(!run->isEnabled());
        dialog.importRoster(); // refused without a clean check
        QVERIFY(!dialog.isWorking());
        QCOMPARE(memberCount(f.t.db()), 0);

        const QString saved = m_dir.filePath(QStringLiteral("rejected.xlsx"));
        FileDialog::setNextAnswer(saved);
        QTest::mouseClick(button(&dialog, "partyImportSaveRejected"), Qt::LeftButton);
        auto opened = TableReader::open(saved);
        QVERIFY2(opened, qPrintable(opened.summary()));
        TableReader& reader = *opened.value();
        QVERIFY(reader.selectSheet(0));
        QList<QStringList> rows;
        TableRow row;
        while (reader.next(row)) {
            QStringList texts;
            for (const CellValue& cell : row.cells)
                texts << cell.text;
            rows << texts;
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first(), QStringLiteral("原行号"));
        QCOMPARE(rows.at(0).last(), QStringLiteral("错误原因"));
        const QStringList line = rows.at(1);
        QCOMPARE(line.first(), QStringLiteral("3"));
        QVERIFY2(line.last().startsWith(QStringLiteral("身份证号")), qPrintable(line.last()));
    }

    // Cancel pressed while the members are being written (the second half of the bar): the one
    // transaction is rolled back, nothing is on file on either connection, and Import is offered again.
    void cancelledImportLeavesDatabaseAsItWas()
    {
        test::PartyFixture f;
        QStringList lines{Header};
        constexpr int Rows = 4000;
        for (int i = 0; i < Rows; ++i)
            lines << QStringLiteral("党员%1,%2,测试安置点党支部,2024-01-05,")
                         .arg(i)
                         .arg(test::makeIdNumber(QStringLiteral("430524"), QDate(1960, 1, 1).addDays(i / 500),
                                                 100 + i % 500));
        PartyImportDialog dialog(f.t.db(), csv(QStringLiteral("large.csv"), lines));
        dialog.show();
        QVERIFY(idle(dialog));
        dialog.check();
        QVERIFY(idle(dialog));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("%1 member").arg(Rows)),
                 qPrintable(dialog.statusLabel()->text()));
        QPushButton* cancel = button(&dialog, "partyImportCancel");
        bool clicked = false;
        connect(dialog.progressBar(), &QProgressBar::valueChanged, cancel, [&] {
            if (!clicked && dialog.progressBar()->value() > ImportProgressPage::Steps / 2) {
                clicked = true;
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(button(&dialog, "partyImportRun"), Qt::LeftButton);
        QVERIFY(dialog.isWorking());
        QVERIFY(cancel->isVisible());
        QVERIFY(idle(dialog));
        QVERIFY(clicked);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cancelled")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(button(&dialog, "partyImportRun")->isEnabled()); // the check still holds: try again
        QCOMPARE(memberCount(f.t.db()), 0);
        QCOMPARE(memberCount(*f.t.secondConnection()), 0);
    }
};

QTEST_MAIN(TestPartyImportDialog)
#include "tst_partyimportdialog.moc"

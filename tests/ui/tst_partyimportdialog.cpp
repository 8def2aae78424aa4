// The 党建 page's roster import: a roster that checks clean is imported and the members appear; a roster
// with a bad row writes nothing and its rejected rows are saved as an .xlsx with the reason.
#include "PartyFixture.h"

#include "import/ImportErrorsModel.h"
#include "party/PartyImportDialog.h"
#include "party/PartyMemberRepository.h"
#include "spreadsheet/TableReader.h"
#include "widgets/FileDialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

const QString Header = QStringLiteral("姓名,身份证号,所在党支部,申请入党日期,确定为入党积极分子日期");

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

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { FileDialog::clearNextAnswer(); }

    void checkThenImport()
    {
        test::PartyFixture f;
        const QString id = test::makeIdNumber(QStringLiteral("430524"), QDate(1980, 3, 3), 22);
        const QString path = csv(QStringLiteral("ok.csv"),
                                 {Header, QStringLiteral("周敏,%1,测试安置点党支部,2024-01-05,").arg(id)});
        PartyImportDialog dialog(f.t.db(), QString());
        auto* run = dialog.findChild<QPushButton*>(QStringLiteral("partyImportRun"));
        auto* checkButton = dialog.findChild<QPushButton*>(QStringLiteral("partyImportCheck"));
        QVERIFY(run && checkButton);
        QVERIFY(!checkButton->isEnabled()); // no file yet
        FileDialog::setNextAnswer(path);
        dialog.chooseFile();
        QVERIFY(checkButton->isEnabled());
        QVERIFY(!run->isEnabled()); // only after a clean check
        QVERIFY(dialog.check());
        QVERIFY(run->isEnabled());
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("1 member")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(party::PartyMemberRepository(f.t.db()).allMembers().isEmpty()); // the check wrote nothing
        QSignalSpy imported(&dialog, &PartyImportDialog::imported);
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        const auto members = party::PartyMemberRepository(f.t.db()).allMembers();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().name, QStringLiteral("周敏"));
        QVERIFY(!run->isEnabled());
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
        QVERIFY(!dialog.check());
        QCOMPARE(dialog.errorsModel()->rowCount(), 1);
        QCOMPARE(dialog.errorsModel()->error(0).row, 3);
        auto* run = dialog.findChild<QPushButton*>(QStringLiteral("partyImportRun"));
        QVERIFY(!run->isEnabled());
        QVERIFY(!dialog.importRoster());
        QVERIFY(party::PartyMemberRepository(f.t.db()).allMembers().isEmpty());

        const QString saved = m_dir.filePath(QStringLiteral("rejected.xlsx"));
        FileDialog::setNextAnswer(saved);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("partyImportSaveRejected")),
                          Qt::LeftButton);
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
};

QTEST_MAIN(TestPartyImportDialog)
#include "tst_partyimportdialog.moc"

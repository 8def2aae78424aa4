// The clerk's import workflow: a roster exported from one office's database taken into another through
// the households page, a file with a bad ID whose row is listed and saved as an error list, and a large
// import cancelled half-way that leaves the database as it was.

#include "TestDatabase.h"

#include "exchange/RememberedColumns.h"
#include "exchange/RosterExporter.h"
#include "households/HouseholdsPage.h"
#include "households/RosterModel.h"
#include "import/ImportDialog.h"
#include "import/ImportErrorsModel.h"
#include "import/ImportMappingTable.h"
#include "import/ImportResultView.h"
#include "import/ImportSourcePage.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "shell/UiResources.h"
#include "spreadsheet/TableReader.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

constexpr int LongWait = 120000; // a debug build on a busy machine checks 20,000 rows slowly
const QString Longhui = QStringLiteral("430524");

QString id(const QDate& birth, int sequence)
{
    return makeIdNumber(Longhui, birth, sequence);
}

// The same ID with a wrong check character.
QString withWrongCheck(QString idNumber)
{
    idNumber[17] = idNumber.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return idNumber;
}

bool writeCsv(const QString& path, const QStringList& lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n") > 0;
}

QPushButton* button(QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QLatin1String(name));
}

QString label(QWidget* dialog, const char* name)
{
    auto* l = dialog->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QString();
}

int householdCount(const Database& db)
{
    return static_cast<int>(registry::HouseholdRepository(db).households(0, false).size());
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void exportedRosterImportsThroughThePage_data();
    void exportedRosterImportsThroughThePage();
    void badIdIsListedAndSavedAsErrorList();
    void cancelledImportLeavesDatabaseAsItWas();
    void rosterWithoutDatesAndPlacedColumnsStick();

private:
    // Opens the dialog on `path` and waits until the file has been read.
    std::unique_ptr<ImportDialog> openDialog(const Database& db, const QString& path);
    // Clicks Check and waits for the result page.
    bool checkAndWait(ImportDialog* dialog);

    QTemporaryDir m_dir;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initUiResources();
    QVERIFY(m_dir.isValid());
}

void TestImportDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::clearNextAnswer();
}

std::unique_ptr<ImportDialog> TestImportDialog::openDialog(const Database& db, const QString& path)
{
    auto dialog = std::make_unique<ImportDialog>(db, path);
    dialog->show();
    if (!QTest::qWaitFor(
            [&] {
                return dialog->sourcePage()->hasHeader() || !label(dialog.get(), "importFileError").isEmpty();
            },
            LongWait))
        return nullptr;
    return dialog;
}

bool TestImportDialog::checkAndWait(ImportDialog* dialog)
{
    QPushButton* check = button(dialog, "importCheck");
    if (!check->isEnabled())
        return false;
    QTest::mouseClick(check, Qt::LeftButton);
    return QTest::qWaitFor([&] { return button(dialog, "importBack")->isVisible(); }, LongWait);
}

void TestImportDialog::exportedRosterImportsThroughThePage_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("headerRow");
    // The office layout: a title and the 填报单位 row above the header, household columns merged.
    QTest::newRow("xlsx") << QStringLiteral("roster.xlsx") << QStringLiteral("花名册") << 3;
    // For machines: the personal-information notice on the first line, then the header; household
    // columns repeated.
    QTest::newRow("csv") << QStringLiteral("roster.csv") << QStringLiteral("roster") << 2;
}

void TestImportDialog::exportedRosterImportsThroughThePage()
{
    QFETCH(QString, fileName);
    QFETCH(QString, sheet);
    QFETCH(int, headerRow);
    // The office that keeps the roster: three households of two, exported as offices exchange them.
    const QString roster = m_dir.filePath(fileName);
    {
        test::TestDatabase source;
        registry::RegistryService registry(source.db());
        const QStringList heads{QStringLiteral("王建国"), QStringLiteral("赵明"), QStringLiteral("孙立")};
        for (int i = 1; i <= 3; ++i) {
            Household h;
            h.number = QStringLiteral("430524001-000%1").arg(i);
            h.siteId = source.siteId();
            h.originCountyCode = Longhui;
            h.relocationDate = QDate(2019, 9, i);
            h.members = {makePerson(heads.at(i - 1), id(QDate(1970, 1, i), 11 + 100 * i), Relationship::Head),
                         makePerson(QStringLiteral("李芳"), id(QDate(1972, 2, i), 22 + 100 * i),
                                    Relationship::Spouse)};
            const Result<Household> saved = registry.saveHousehold(h);
            QVERIFY2(saved, qPrintable(saved.summary()));
        }
        exchange::RosterExportOptions options;
        options.path = roster;
        const Outcome exported = exchange::RosterExporter(source.db()).exportRoster(options);
        QVERIFY2(exported, qPrintable(exported.summary()));
    }

    test::TestDatabase target;
    HouseholdsPage page(target.db());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.rosterModel()->rowCount(), 0);

    FileDialog::setNextAnswer(roster);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("importRoster")), Qt::LeftButton);
    QPointer<ImportDialog> dialog = page.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->sourcePage()->hasHeader(), LongWait);

    // Found by itself: the roster sheet, the header row, every column.
    ImportSourcePage* source = dialog->sourcePage();
    QCOMPARE(source->sheetCombo()->currentText(), sheet);
    QCOMPARE(source->headerRowSpin()->value(), headerRow);
    ImportMappingTable* mapping = source->mappingTable();
    QCOMPARE(mapping->comboFor(exchange::RosterField::Name)->currentText(), QStringLiteral("H: 姓名"));
    QCOMPARE(mapping->comboFor(exchange::RosterField::Relationship)->currentData().toInt(), 8);
    QCOMPARE(mapping->comboFor(exchange::RosterField::IdNumber)->currentText(),
             QStringLiteral("J: 身份证号"));
    QCOMPARE(mapping->comboFor(exchange::RosterField::Site)->currentData().toInt(), 2);

    // A required field taken out of the mapping stops the check and says which.
    QPushButton* check = button(dialog, "importCheck");
    QVERIFY(check->isEnabled());
    mapping->setColumnOf(exchange::RosterField::IdNumber, -1);
    QVERIFY(!check->isEnabled());
    QVERIFY(label(dialog, "importMappingError")
                .contains(ImportMappingTable::fieldLabel(exchange::RosterField::IdNumber)));
    mapping->setColumnOf(exchange::RosterField::IdNumber, 9);
    QVERIFY(check->isEnabled());

    QVERIFY(checkAndWait(dialog));
    QCOMPARE(label(dialog, "householdsToImport"), QStringLiteral("3"));
    QCOMPARE(label(dialog, "personsToImport"), QStringLiteral("6"));
    QCOMPARE(label(dialog, "householdsRejected"), QStringLiteral("0"));
    QCOMPARE(dialog->resultView()->errorsModel()->rowCount(), 0);
    QVERIFY(button(dialog, "importAll")->isEnabled());
    QVERIFY(!button(dialog, "importValid")->isEnabled());
    QCOMPARE(householdCount(target.db()), 0); // the check wrote nothing

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(dialog, "importAll"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), LongWait);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("imported with 6 person")));

    // In the target database (a fresh connection, as another desk sees it) and in the page's roster.
    const std::unique_ptr<Database> other = target.secondConnection();
    registry::HouseholdRepository households(*other);
    QCOMPARE(householdCount(*other), 3);
    const std::optional<Household> second = households.householdByNumber(QStringLiteral("430524001-0002"));
    QVERIFY(second);
    QCOMPARE(second->members.size(), 2);
    QCOMPARE(second->siteId, target.siteId());
    QCOMPARE(second->relocationDate, QDate(2019, 9, 2));
    QVERIFY(households.personByIdNumber(id(QDate(1972, 2, 2), 222)));
    QCOMPARE(page.rosterModel()->rowCount(), 3);
}

void TestImportDialog::badIdIsListedAndSavedAsErrorList()
{
    test::TestDatabase target;
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    const QString badId = withWrongCheck(id(QDate(1981, 5, 6), 31));
    // Headers as offices vary them: 身份证号码, 迁出县 with a county's name, 搬迁日期 with dots.
    QVERIFY(
        writeCsv(path, {QStringLiteral("户编号,姓名,与户主关系,身份证号码,迁出县,搬迁日期"),
                        QStringLiteral("H1,张伟,户主,%1,隆回县,2019.09.01").arg(id(QDate(1980, 1, 1), 11)),
                        QStringLiteral("H2,刘洋,户主,%1,隆回县,2019.09.01").arg(badId),
                        QStringLiteral("H2,陈静,配偶,%1,,").arg(id(QDate(1982, 3, 4), 42))}));

    std::unique_ptr<ImportDialog> dialog = openDialog(target.db(), path);
    QVERIFY(dialog);
    ImportSourcePage* source = dialog->sourcePage();
    QCOMPARE(source->headerRowSpin()->value(), 1);
    QCOMPARE(source->mappingTable()->comboFor(exchange::RosterField::IdNumber)->currentText(),
             QStringLiteral("D: 身份证号码"));
    QCOMPARE(source->mappingTable()->comboFor(exchange::RosterField::Site)->currentData().toInt(), -1);
    // No site column and one site on file: the rows can only mean that site.
    QCOMPARE(source->siteCombo()->currentData().toString(), QStringLiteral("430524001"));
    // Without it every household would be rejected for naming no site: the check waits for a choice.
    source->siteCombo()->setCurrentIndex(0);
    QVERIFY(!button(dialog.get(), "importCheck")->isEnabled());
    QVERIFY(!label(dialog.get(), "importSiteError").isEmpty());
    source->siteCombo()->setCurrentIndex(1);
    QVERIFY(button(dialog.get(), "importCheck")->isEnabled());

    QVERIFY(checkAndWait(dialog.get()));
    QCOMPARE(label(dialog.get(), "householdsToImport"), QStringLiteral("1"));
    QCOMPARE(label(dialog.get(), "householdsRejected"), QStringLiteral("1"));
    QCOMPARE(label(dialog.get(), "rowsRejected"), QStringLiteral("2"));
    const ImportErrorsModel* errors = dialog->resultView()->errorsModel();
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->data(errors->index(0, ImportErrorsModel::RowColumn), Qt::DisplayRole).toInt(), 3);
    QCOMPARE(errors->data(errors->index(0, ImportErrorsModel::ColumnColumn), Qt::DisplayRole).toString(),
             QStringLiteral("身份证号码"));
    QVERIFY(dialog->resultView()->errorsView()->isVisible());
    QVERIFY(!button(dialog.get(), "importAll")->isEnabled());
    QVERIFY(button(dialog.get(), "importValid")->isEnabled());

    const QString list = m_dir.filePath(QStringLiteral("bad (errors).xlsx"));
    QVERIFY(button(dialog.get(), "saveErrorList")->isEnabled());
    FileDialog::setNextAnswer(list);
    QTest::mouseClick(button(dialog.get(), "saveErrorList"), Qt::LeftButton);
    QVERIFY(QFile::exists(list));
    QVERIFY(label(dialog.get(), "importStatus").contains(QStringLiteral("bad (errors).xlsx")));
    Result<std::unique_ptr<TableReader>> opened = TableReader::open(list);
    QVERIFY2(opened, qPrintable(opened.summary()));
    const std::unique_ptr<TableReader> reader = std::move(opened.value());
    QVERIFY(reader->selectSheet(0));
    TableRow row;
    QVERIFY(reader->next(row)); // the header
    QVERIFY(reader->next(row));
    QCOMPARE(row.cell(0).text, QStringLiteral("3"));
    QCOMPARE(row.cell(4).text, badId);
    QVERIFY(reader->next(row));
    QCOMPARE(row.cell(0).text, QStringLiteral("4"));
    QVERIFY(!reader->next(row));
    QCOMPARE(householdCount(target.db()), 0);

    // The valid household goes in alone; the clerk declines saving the list a second time.
    MessageBox::setNextAnswer(QMessageBox::Close);
    QTest::mouseClick(button(dialog.get(), "importValid"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), LongWait);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("left out")));
    QCOMPARE(householdCount(target.db()), 1);
    QVERIFY(registry::HouseholdRepository(target.db()).householdByNumber(QStringLiteral("H1")));
    QVERIFY(!registry::HouseholdRepository(target.db()).personByIdNumber(id(QDate(1982, 3, 4), 42)));
}

void TestImportDialog::cancelledImportLeavesDatabaseAsItWas()
{
    test::TestDatabase target;
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    QStringList lines{QStringLiteral("户编号,安置点,姓名,与户主关系,身份证号,迁出县区划代码,搬迁入住日期")};
    constexpr int Rows = 20000;
    for (int i = 0; i < Rows; ++i) {
        const QDate birth = QDate(1940, 1, 1).addDays(i / 400);
        lines.append(QStringLiteral("L%1,测试安置点,张三,户主,%2,430524,2019-09-01")
                         .arg(i)
                         .arg(id(birth, 100 + i % 400)));
    }
    QVERIFY(writeCsv(path, lines));

    std::unique_ptr<ImportDialog> dialog = openDialog(target.db(), path);
    QVERIFY(dialog);
    QVERIFY(checkAndWait(dialog.get()));
    QCOMPARE(label(dialog.get(), "householdsToImport"), QLocale().toString(Rows));
    QVERIFY(button(dialog.get(), "importAll")->isEnabled());

    // The clerk presses Cancel as soon as the bar moves: the worker sees it at its next progress report.
    QPushButton* cancel = button(dialog.get(), "importCancel");
    bool clicked = false;
    connect(dialog->progressBar(), &QProgressBar::valueChanged, cancel, [&] {
        if (!clicked && dialog->progressBar()->value() > 0) {
            clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(dialog.get(), "importAll"), Qt::LeftButton);
    QVERIFY(dialog->isWorking());
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), LongWait);
    QVERIFY(clicked);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cancelled")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(button(dialog.get(), "importAll")->isEnabled()); // back on the result, ready to try again

    QCOMPARE(householdCount(target.db()), 0);
    QCOMPARE(householdCount(*target.secondConnection()), 0);
    QCOMPARE(registry::SiteRepository(target.db()).sites().size(), 1);
}

// A roster without move-in dates and with a header the importer does not know (issue 15): the dialog asks
// once for the date, offering the site's; the column the clerk placed by hand is offered by the next
// import of a file with the same headers, with nothing to place again.
void TestImportDialog::rosterWithoutDatesAndPlacedColumnsStick()
{
    test::TestDatabase target;
    const QString header = QStringLiteral("户编号,姓名,家庭成员关系,身份证号码,迁出县");
    const QString first = m_dir.filePath(QStringLiteral("no-dates.csv"));
    QVERIFY(writeCsv(first, {header, QStringLiteral("D1,张伟,户主,%1,隆回县").arg(id(QDate(1980, 1, 1), 11)),
                             QStringLiteral("D1,李娜,妻,%1,").arg(id(QDate(1981, 2, 2), 22)),
                             QStringLiteral("D2,刘洋,户主,%1,隆回县").arg(id(QDate(1975, 3, 3), 31)),
                             QStringLiteral("D2,刘强,兄弟,%1,").arg(id(QDate(1978, 4, 4), 41))}));

    std::unique_ptr<ImportDialog> dialog = openDialog(target.db(), first);
    QVERIFY(dialog);
    ImportSourcePage* source = dialog->sourcePage();
    ImportMappingTable* mapping = source->mappingTable();
    QCOMPARE(mapping->comboFor(exchange::RosterField::Relationship)->currentData().toInt(), -1);
    QCOMPARE(mapping->comboFor(exchange::RosterField::RelocationDate)->currentData().toInt(), -1);
    // The one site on file is preset, and its move-in date offered for the households.
    QCOMPARE(source->siteCombo()->currentData().toString(), QStringLiteral("430524001"));
    QCOMPARE(source->movedIn(), QDate(2019, 6, 1));
    mapping->setColumnOf(exchange::RosterField::Relationship, 2);
    QVERIFY(button(dialog.get(), "importCheck")->isEnabled());
    // Without the date the check waits, and says what to give.
    source->movedInEdit()->setValue({});
    QVERIFY(!button(dialog.get(), "importCheck")->isEnabled());
    QVERIFY(label(dialog.get(), "importMovedInError").contains(QStringLiteral("move-in date")));
    source->movedInEdit()->setValue(QDate(2020, 10, 1));
    QVERIFY(button(dialog.get(), "importCheck")->isEnabled());

    QVERIFY(checkAndWait(dialog.get()));
    QCOMPARE(label(dialog.get(), "householdsToImport"), QStringLiteral("2"));
    QCOMPARE(label(dialog.get(), "householdsRejected"), QStringLiteral("0"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(dialog.get(), "importAll"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), LongWait);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const registry::HouseholdRepository households(target.db());
    QCOMPARE(households.householdByNumber(QStringLiteral("D1"))->relocationDate, QDate(2020, 10, 1));
    QCOMPARE(households.householdByNumber(QStringLiteral("D2"))->members.size(), 2);
    QCOMPARE(exchange::RememberedColumns::load(target.db()).value(QStringLiteral("家庭成员关系")),
             std::optional(exchange::RosterField::Relationship));

    // The next roster of the office, with the same headers: nothing to place by hand.
    const QString second = m_dir.filePath(QStringLiteral("next.csv"));
    QVERIFY(
        writeCsv(second, {header, QStringLiteral("D3,赵敏,户主,%1,隆回县").arg(id(QDate(1990, 5, 5), 51))}));
    std::unique_ptr<ImportDialog> again = openDialog(target.db(), second);
    QVERIFY(again);
    QCOMPARE(again->sourcePage()
                 ->mappingTable()
                 ->comboFor(exchange::RosterField::Relationship)
                 ->currentData()
                 .toInt(),
             2);
    QVERIFY(button(again.get(), "importCheck")->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

// The 帮扶 page's 培训 and 产业 tabs on hand-built households, both engines: a course's people typed from the
// keyboard (ID numbers and Enter, a name searched and picked with a second Enter, a line deleted) and saved
// in one call; a refused list shown at its field with nothing saved; a bad course form; outcomes recorded
// with certificate numbers (a clash refused first) and the month's person-times in the chart; a project's
// beneficiary households picked one after another (too many shares refused first), Enter on one asking
// for its file; and a role without the workflow meeting core's reason.
#include "../core/TrainingFixtures.h"
#include "TestDatabase.h"

#include "charts/ChartView.h"
#include "widgets/FieldError.h"
#include "widgets/HouseholdSearchBox.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonSearchBox.h"
#include "work/AttendanceEntryDialog.h"
#include "work/BeneficiaryDialog.h"
#include "work/CourseDialog.h"
#include "work/CourseModel.h"
#include "work/IndustryService.h"
#include "work/IndustryTab.h"
#include "work/OutcomeDialog.h"
#include "work/ProjectDialog.h"
#include "work/ProjectModel.h"
#include "work/TrainingService.h"
#include "work/TrainingTab.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::work;

namespace {

const QDate Starts(2024, 3, 4);
const QDate Ends(2024, 3, 15);

} // namespace

class TestTrainingTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TrainingFixtures> m_fixtures;
    QList<qint64> m_people; // H001: three people, H002: two
    QList<qint64> m_households;

    Database& db() { return m_test->db(); }

    QString idNumberOf(qint64 personId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id_number FROM persons WHERE id = ?"));
        q.addBindValue(personId);
        if (!q.exec() || !q.next())
            qFatal("no person %lld", personId);
        return q.value(0).toString();
    }

    QString nameOf(qint64 personId)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT name FROM persons WHERE id = ?"));
        q.addBindValue(personId);
        if (!q.exec() || !q.next())
            qFatal("no person %lld", personId);
        return q.value(0).toString();
    }

    TrainingCourse course(int capacity = 0)
    {
        TrainingCourse c;
        c.siteId = m_test->siteId();
        c.title = QStringLiteral("家政服务班");
        c.trade = QStringLiteral("家政");
        c.organiser = QStringLiteral("县人社局");
        c.startsOn = Starts;
        c.endsOn = Ends;
        c.hours = 40;
        c.capacity = capacity;
        const auto saved = TrainingService(db()).saveCourse(c);
        if (!saved)
            qFatal("course: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    int attendances()
    {
        return int(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM training_attendances")));
    }

    // Types `text` (ASCII: digits and letters) into the search field and presses Enter, as a clerk does.
    static void type(QLineEdit* field, const QString& text)
    {
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fixtures = std::make_unique<TrainingFixtures>(*m_test);
        QList<qint64> a, b;
        m_households = {m_fixtures->household(3, 0, &a), m_fixtures->household(2, 0, &b)};
        m_people = a + b;
        m_test->logInAs(Role::Clerk);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    void cleanup()
    {
        m_fixtures.reset();
        m_test.reset();
    }

    void attendanceIsTypedFromTheKeyboard()
    {
        const TrainingCourse c = course();
        TrainingTab tab(db());
        tab.resize(1366, 700);
        tab.setYear(2024);
        QVERIFY(tab.selectCourse(c.id));
        QCOMPARE(tab.attendanceTable()->rowCount(), 0);

        AttendanceEntryDialog dialog(db(), c, &tab);
        QLineEdit* field = dialog.searchBox()->searchField();
        // An ID number and Enter puts the person on the list and empties the field for the next.
        type(field, idNumberOf(m_people.at(0)));
        QCOMPARE(dialog.peopleList()->count(), 1);
        QVERIFY(field->text().isEmpty());
        type(field, idNumberOf(m_people.at(3)));
        QCOMPARE(dialog.peopleList()->count(), 2);
        // A name (typed through the input method: set as it commits) — Enter searches, Enter again adds
        // the person found.
        field->insert(nameOf(m_people.at(1)));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.peopleList()->count(), 2);
        QCOMPARE(dialog.searchBox()->persons()->count(), 1);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.peopleList()->count(), 3);
        // Typed twice: one line, and the clerk is told.
        type(field, idNumberOf(m_people.at(0)));
        QCOMPARE(dialog.peopleList()->count(), 3);
        QVERIFY(FieldError::isShown(dialog.peopleList()));
        // A wrong person taken off the list with Delete.
        type(field, idNumberOf(m_people.at(4)));
        QCOMPARE(dialog.peopleList()->count(), 4);
        dialog.peopleList()->setFocus();
        dialog.peopleList()->setCurrentRow(3);
        QTest::keyClick(dialog.peopleList(), Qt::Key_Delete);
        QCOMPARE(dialog.peopleList()->count(), 3);
        QCOMPARE(dialog.personIds(), (QList<qint64>{m_people.at(0), m_people.at(3), m_people.at(1)}));

        dialog.enrolledOnEdit()->setDate(QDate(2024, 3, 1));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("attendanceSave")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedCount(), 3);
        QCOMPARE(attendances(), 3);

        tab.refresh();
        QCOMPARE(tab.attendanceTable()->rowCount(), 3);
        QStringList names;
        for (int i = 0; i < 3; ++i)
            names << tab.attendanceTable()->item(i, 0)->text();
        QVERIFY(names.contains(nameOf(m_people.at(0))));
        QVERIFY(names.contains(nameOf(m_people.at(1))));
        QVERIFY(names.contains(nameOf(m_people.at(3))));
        QCOMPARE(tab.attendanceTable()->item(0, 4)->text(), QStringLiteral("2024-03-01"));
        const CourseRow* row = tab.currentCourse();
        QVERIFY(row);
        QCOMPARE(row->attendances, 3);
        QCOMPARE(tab.courseModel()->data(tab.courseModel()->index(0, int(CourseColumn::Enrolled))).toString(),
                 QStringLiteral("3"));

        // Enter on a person asks for their household's file.
        QSignalSpy opened(&tab, &TrainingTab::householdRequested);
        tab.attendanceTable()->setFocus();
        tab.attendanceTable()->setCurrentCell(0, 0);
        QTest::keyClick(tab.attendanceTable(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), tab.attendance().at(0).person.householdId);
    }

    void aRefusedListIsShownAtItsFieldAndNothingSaved()
    {
        const TrainingCourse c = course();
        QVERIFY(TrainingService(db()).enrol(c.id, {m_people.at(2)}, QDate(2024, 3, 1)));
        AttendanceEntryDialog dialog(db(), c);
        QLineEdit* field = dialog.searchBox()->searchField();
        type(field, idNumberOf(m_people.at(0)));
        type(field, idNumberOf(m_people.at(2))); // already on the course
        QCOMPARE(dialog.peopleList()->count(), 2);
        dialog.enrolledOnEdit()->setDate(QDate(2024, 3, 1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(FieldError::isShown(dialog.peopleList()));
        // The bad person's line says why; the good one's does not; nobody of the list is written.
        QVERIFY(!dialog.peopleList()->item(1)->toolTip().isEmpty());
        QVERIFY(dialog.peopleList()->item(0)->toolTip().isEmpty());
        QCOMPARE(attendances(), 1);

        // A course's form: no title and a last day before the first, each shown at its field.
        const int courses = int(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM training_courses")));
        CourseDialog form(db(), TrainingCourse{});
        form.tradeBox()->setCurrentText(QStringLiteral("电工"));
        form.startsEdit()->setDate(QDate(2024, 5, 10));
        form.endsEdit()->setDate(QDate(2024, 5, 9));
        form.accept();
        QVERIFY(FieldError::isShown(form.titleEdit()));
        QVERIFY(FieldError::isShown(form.endsEdit()));
        QVERIFY(!FieldError::isShown(form.tradeBox()));
        QCOMPARE(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM training_courses")), courses);
        form.titleEdit()->setText(QStringLiteral("电工班"));
        form.endsEdit()->setDate(QDate(2024, 5, 20));
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM training_courses")), courses + 1);
    }

    void outcomesAreRecordedInBulk()
    {
        const TrainingCourse c = course();
        QVERIFY(TrainingService(db()).enrol(c.id, {m_people.at(0), m_people.at(1), m_people.at(3)},
                                            QDate(2024, 3, 1)));
        TrainingTab tab(db());
        tab.setYear(2024);
        QVERIFY(tab.selectCourse(c.id));
        QCOMPARE(tab.attendance().size(), 3);

        OutcomeDialog dialog(db(), c, tab.attendance());
        dialog.setToday(QDate(2024, 3, 20));
        QTest::keyClicks(dialog.certificateEdit(0), QStringLiteral("JZ-001"));
        QTest::keyClicks(dialog.certificateEdit(1), QStringLiteral("JZ-001"));
        dialog.outcomeBox(2)->setCurrentIndex(1); // dropped
        dialog.hoursEdit(2)->setValue(8);
        // One certificate number given twice: refused at its line, nothing written.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(FieldError::isShown(dialog.errorLabel()) || dialog.errorLabel()->isVisibleTo(&dialog));
        QVERIFY(!dialog.certificateEdit(1)->styleSheet().isEmpty());
        QCOMPARE(m_fixtures->scalar(
                     QStringLiteral("SELECT COUNT(*) FROM training_attendances WHERE outcome <> 'enrolled'")),
                 0);
        dialog.certificateEdit(1)->clear();
        QTest::keyClicks(dialog.certificateEdit(1), QStringLiteral("JZ-002"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        tab.refresh();
        const CourseRow* row = tab.currentCourse();
        QVERIFY(row);
        QCOMPARE(row->completed, 2);
        QCOMPARE(row->certificates, 2);
        QCOMPARE(row->dropped, 1);
        QStringList certificates;
        for (int i = 0; i < tab.attendanceTable()->rowCount(); ++i)
            certificates << tab.attendanceTable()->item(i, 7)->text();
        certificates.sort();
        QCOMPARE(certificates, (QStringList{QString(), QStringLiteral("JZ-001"), QStringLiteral("JZ-002")}));
        // March's person-times leave the dropped out.
        const ChartData& chart = tab.chart()->data();
        QCOMPARE(chart.categories.size(), 12);
        QCOMPARE(chart.series.at(0).values.at(2), 2.0);
        QCOMPARE(chart.series.at(0).values.at(3), 0.0);

        // 移除报名 asks first; No leaves the person on the course.
        tab.attendanceTable()->selectRow(0);
        const int before = attendances();
        MessageBox::setNextAnswer(QMessageBox::No);
        tab.removeEnrolment();
        QCOMPARE(attendances(), before);
    }

    void beneficiaryHouseholdsArePickedOneAfterAnother()
    {
        IndustryProject p;
        p.siteId = m_test->siteId();
        p.name = QStringLiteral("食用菌基地");
        p.level = IndustryLevel::VillageCooperative;
        p.model = IndustryModel::AssetShares;
        p.totalShares = 100;
        p.investment = 50000000;
        p.startedOn = QDate(2023, 1, 1);
        const auto saved = IndustryService(db()).saveProject(p);
        QVERIFY2(saved, qPrintable(saved.summary()));
        IndustryTab tab(db());
        tab.resize(1366, 700);
        tab.setYear(2024);
        tab.setRecordedOn(QDate(2024, 6, 15));
        QVERIFY(tab.selectProject(saved.value().id));
        QCOMPARE(tab.beneficiaryTable()->rowCount(), 0);

        BeneficiaryDialog dialog(db(), saved.value(), 2024);
        dialog.setRecordedOn(QDate(2024, 6, 15));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QLineEdit* field = dialog.searchBox()->searchField();
        type(field, QStringLiteral("H001"));
        QCOMPARE(dialog.table()->rowCount(), 0); // found, not yet added
        QVERIFY(dialog.searchBox()->householdId() > 0);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(field->text().isEmpty());
        // Enter walks the household's line — shares, amount, what it received — and back to the search.
        QCOMPARE(QApplication::focusWidget(), dialog.sharesEdit(0));
        QTest::keyClicks(dialog.sharesEdit(0), QStringLiteral("30"));
        QTest::keyClick(dialog.sharesEdit(0), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), dialog.amountEdit(0));
        QTest::keyClicks(dialog.amountEdit(0), QStringLiteral("600"));
        QTest::keyClick(dialog.amountEdit(0), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), dialog.benefitEdit(0));
        QTest::keyClick(dialog.benefitEdit(0), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), field);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // Enter never saves the list
        QVERIFY(dialog.isVisible());
        type(field, QStringLiteral("H002"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.sharesEdit(0)->value(), 30);
        QCOMPARE(dialog.amountEdit(0)->value(), 600.0);
        dialog.sharesEdit(1)->setValue(80); // 110 of 100 shares
        dialog.benefitEdit(1)->setText(QStringLiteral("分红"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        QCOMPARE(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM industry_beneficiaries")), 0);
        dialog.sharesEdit(1)->setValue(20);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_fixtures->scalar(QStringLiteral("SELECT COUNT(*) FROM industry_beneficiaries")), 2);

        tab.refresh();
        QCOMPARE(tab.beneficiaryTable()->rowCount(), 2);
        QCOMPARE(tab.beneficiaryTable()->item(0, 0)->text(), QStringLiteral("H001"));
        QCOMPARE(tab.beneficiaryTable()->item(0, 4)->text(), QStringLiteral("3")); // people
        QCOMPARE(tab.beneficiaryTable()->item(0, 6)->text(), QStringLiteral("600.00"));
        const ProjectRow* row = tab.currentProject();
        QVERIFY(row);
        QCOMPARE(row->households, 2);
        QCOMPARE(row->people, 5);
        const ChartData& chart = tab.chart()->data();
        QCOMPARE(chart.series.at(0).values.at(int(IndustryLevel::VillageCooperative)), 2.0);
        QCOMPARE(chart.series.at(1).values.at(int(IndustryLevel::VillageCooperative)), 5.0);

        QSignalSpy opened(&tab, &IndustryTab::householdRequested);
        tab.beneficiaryTable()->setFocus();
        tab.beneficiaryTable()->setCurrentCell(1, 0);
        QTest::keyClick(tab.beneficiaryTable(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), m_households.at(1));

        // A project of labour pay gives no shares: the form says so at its field.
        ProjectDialog form(db(), IndustryProject{});
        form.nameEdit()->setText(QStringLiteral("园区务工"));
        form.modelBox()->setCurrentIndex(form.modelBox()->findData(int(IndustryModel::AssetShares)));
        form.sharesEdit()->setValue(0);
        form.accept();
        QVERIFY(FieldError::isShown(form.sharesEdit()));
    }

    void aRoleWithoutTheWorkflowMeetsCoresReason()
    {
        m_test->logInAs(Role::Secretary);
        TrainingTab training(db());
        QVERIFY(!training.newCourseButton()->isEnabled());
        QVERIFY(!training.enrolButton()->isEnabled());
        QVERIFY(!training.newCourseButton()->toolTip().isEmpty());
        QVERIFY(!training.courseModel()->refusal().ok());
        QCOMPARE(training.countLabel()->text(), training.courseModel()->refusal().summary());
        IndustryTab industry(db());
        QVERIFY(!industry.newProjectButton()->isEnabled());
        QVERIFY(!industry.recordButton()->isEnabled());
        QVERIFY(!industry.projectModel()->refusal().ok());
    }
};

QTEST_MAIN(TestTrainingTab)
#include "tst_trainingtab.moc"

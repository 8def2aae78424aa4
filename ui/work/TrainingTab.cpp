#include "work/TrainingTab.h"

#include "access/Permissions.h"
#include "charts/ChartView.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"
#include "work/AttendanceEntryDialog.h"
#include "work/CourseDialog.h"
#include "work/CourseModel.h"
#include "work/OutcomeDialog.h"
#include "work/TrainingRepository.h"
#include "work/TrainingService.h"
#include "work/WorkMonthQueries.h"
#include "work/WorkWidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <numeric>
#include <set>

namespace anju {

namespace {

enum PeopleColumn
{
    NameColumn,
    IdColumn,
    HouseholdColumn,
    SiteColumn,
    EnrolledColumn,
    OutcomeColumn,
    HoursColumn,
    CertificateColumn,
};

} // namespace

TrainingTab::TrainingTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("trainingTab"));
    m_model = new CourseModel(db, this);
    m_year = workui::makeYearBox(this, "trainingYear");
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_site = workui::makeSiteBox(db, this, "trainingSite");
    auto* siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_site);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("trainingSearch"));
    m_search->setPlaceholderText(tr("Title, trade or organiser"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    m_new = new QPushButton(tr("&New course…"), this);
    m_new->setObjectName(QStringLiteral("trainingNewCourse"));
    m_change = new QPushButton(tr("C&hange…"), this);
    m_change->setObjectName(QStringLiteral("trainingChangeCourse"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("trainingCount"));

    m_courses = new QTableView(this);
    workui::setUpTable(m_courses, "trainingCourses");
    m_courses->setModel(m_model);
    m_courses->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_courses->horizontalHeader()->setStretchLastSection(false);

    m_peopleTitle = new QLabel(this);
    m_peopleTitle->setObjectName(QStringLiteral("trainingPeopleTitle"));
    m_enrol = new QPushButton(tr("&Enrol people…"), this);
    m_enrol->setObjectName(QStringLiteral("trainingEnrol"));
    m_outcomes = new QPushButton(tr("Record &outcomes…"), this);
    m_outcomes->setObjectName(QStringLiteral("trainingOutcomes"));
    m_outcomes->setToolTip(tr("Completed (with certificate numbers) or dropped, for the chosen people"));
    m_remove = new QPushButton(tr("Re&move enrolment"), this);
    m_remove->setObjectName(QStringLiteral("trainingRemove"));
    m_people = workui::makeTable(this, "trainingAttendance",
                                 {tr("Name"), tr("ID number"), tr("Household"), tr("Site"), tr("Enrolled on"),
                                  tr("Outcome"), tr("Hours"), tr("Certificate no.")});
    // Outcomes are recorded for several people at once.
    m_people->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_people->setToolTip(tr("Enter or a double click opens the household."));
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("trainingChart"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_new);
    filters->addWidget(m_change);
    auto* coursesPane = new QWidget(this);
    auto* top = new QVBoxLayout(coursesPane);
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(filters);
    top->addWidget(m_count);
    top->addWidget(m_courses, 1);
    auto* peopleBar = new QHBoxLayout;
    peopleBar->addWidget(m_peopleTitle, 1);
    peopleBar->addWidget(m_enrol);
    peopleBar->addWidget(m_outcomes);
    peopleBar->addWidget(m_remove);
    auto* peoplePane = new QWidget(this);
    auto* people = new QVBoxLayout(peoplePane);
    people->setContentsMargins(0, 0, 0, 0);
    people->addLayout(peopleBar);
    people->addWidget(m_people, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(peoplePane);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(coursesPane);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    PermissionGate::apply(db, Action::WriteWork, {m_new, m_change, m_enrol, m_outcomes, m_remove});
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_model->setYear(year());
        showChart();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSite(m_site->currentData().toLongLong());
        showChart();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
    });
    connect(m_model, &CourseModel::modelReset, this, [this] {
        showCount();
        if (m_model->rowCount() > 0)
            m_courses->selectRow(0);
        showAttendance();
    });
    connect(m_courses->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingTab::showAttendance);
    connect(m_courses, &QTableView::activated, this, &TrainingTab::changeCourse);
    connect(m_people, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() >= 0 && index.row() < m_attendance.size())
            emit householdRequested(m_attendance.at(index.row()).person.householdId);
    });
    connect(m_new, &QPushButton::clicked, this, &TrainingTab::newCourse);
    connect(m_change, &QPushButton::clicked, this, &TrainingTab::changeCourse);
    connect(m_enrol, &QPushButton::clicked, this, &TrainingTab::enrolPeople);
    connect(m_outcomes, &QPushButton::clicked, this, &TrainingTab::recordOutcomes);
    connect(m_remove, &QPushButton::clicked, this, &TrainingTab::removeEnrolment);

    showCount();
    if (m_model->rowCount() > 0)
        m_courses->selectRow(0);
    m_courses->resizeColumnsToContents();
    // The title takes the width the figures leave.
    m_courses->horizontalHeader()->setSectionResizeMode(int(CourseColumn::Title), QHeaderView::Stretch);
    showAttendance();
    showChart();
}

int TrainingTab::year() const
{
    return workui::yearOf(m_year);
}

void TrainingTab::setYear(int year)
{
    m_year->setValue(year > 0 ? year : m_year->minimum());
}

void TrainingTab::showCount()
{
    if (!m_model->refusal().ok()) {
        m_count->setText(m_model->refusal().summary());
        return;
    }
    m_count->setText(tr("%n courses", nullptr, m_model->totalCount()));
}

const work::CourseRow* TrainingTab::currentCourse() const
{
    const QModelIndex current = m_courses->selectionModel()->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

bool TrainingTab::selectCourse(qint64 courseId)
{
    int row = m_model->rowOfCourse(courseId);
    // A course further down than the pages read so far: read on until it is there.
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfCourse(courseId);
    }
    if (row < 0)
        return false;
    m_courses->selectRow(row);
    m_courses->scrollTo(m_model->index(row, 0));
    showAttendance();
    return true;
}

void TrainingTab::refresh()
{
    const work::CourseRow* current = currentCourse();
    const qint64 keep = current ? current->course.id : 0;
    m_model->refresh(); // selects the first row
    if (keep > 0)
        selectCourse(keep);
    showChart();
}

void TrainingTab::showAttendance()
{
    const work::CourseRow* row = currentCourse();
    m_attendance.clear();
    if (!row) {
        m_peopleTitle->setText(tr("Choose a course to see its people."));
    } else {
        const auto people = work::TrainingRepository(m_db).attendance(row->course.id);
        if (people) {
            m_attendance = people.value();
            m_peopleTitle->setText(tr("%1: %2 enrolled, %3 completed, %4 certificates, %5 dropped")
                                       .arg(row->course.title)
                                       .arg(row->attendances)
                                       .arg(row->completed)
                                       .arg(row->certificates)
                                       .arg(row->dropped));
        } else {
            m_peopleTitle->setText(people.summary());
        }
    }
    m_people->setRowCount(int(m_attendance.size()));
    for (int i = 0; i < m_attendance.size(); ++i) {
        const work::AttendanceRow& r = m_attendance.at(i);
        const work::Attendance& a = r.attendance;
        workui::fillRow(
            m_people, i,
            {r.person.name, r.person.idNumber, r.person.householdNumber, r.person.siteName,
             a.enrolledOn.toString(Qt::ISODate), enumLabel(a.outcome),
             a.outcome == work::AttendanceOutcome::Enrolled ? QString() : QString::number(a.hoursAttended),
             a.certificateNo},
            {HoursColumn});
    }
    m_people->resizeColumnsToContents();
    m_people->horizontalHeader()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
}

void TrainingTab::showChart()
{
    // The year's twelve months: the person-times of the courses ending in each, counted by core as the
    // monthly summary counts them.
    const int shown = year() > 0 ? year() : QDate::currentDate().year();
    const work::WorkMonthQueries queries(m_db);
    const qint64 siteId = m_site->currentData().toLongLong();
    ChartData data;
    data.kind = ChartData::Kind::Bar;
    data.unitFormat = tr("%1 person-times");
    ChartSeries personTimes{QString(), {}};
    for (int month = 2; month <= 12; month += 2) {
        // One call counts the month and the month before it.
        const auto figures = queries.training(QDate(shown, month, 1), siteId);
        if (!figures) {
            ChartData refused;
            refused.title = figures.summary();
            m_chart->setData(refused);
            return;
        }
        for (int k : {1, 0}) {
            data.categories.append(tr("%1", "chart axis: month, e.g. 10月").arg(month - k));
            personTimes.values.append(figures.value()[k].personTimes);
        }
    }
    data.series = {personTimes};
    const double total = std::accumulate(personTimes.values.cbegin(), personTimes.values.cend(), 0.0);
    data.title = tr("Training person-times 人次 by month of %1: %2 in all").arg(shown).arg(total);
    m_chart->setData(data);
}

QList<work::AttendanceRow> TrainingTab::chosenPeople() const
{
    std::set<int> rows;
    for (const QModelIndex& index : m_people->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.empty() && m_people->currentRow() >= 0)
        rows.insert(m_people->currentRow());
    QList<work::AttendanceRow> chosen;
    for (int row : rows) {
        if (row < m_attendance.size())
            chosen.append(m_attendance.at(row));
    }
    return chosen;
}

void TrainingTab::newCourse()
{
    work::TrainingCourse course;
    course.siteId = m_site->currentData().toLongLong();
    course.startsOn = QDate::currentDate();
    course.endsOn = course.startsOn;
    CourseDialog dialog(m_db, course, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The new course may end in another year than the one shown.
    if (year() > 0 && dialog.course().endsOn.year() != year())
        setYear(dialog.course().endsOn.year());
    m_model->refresh();
    selectCourse(dialog.course().id);
    showChart();
}

void TrainingTab::changeCourse()
{
    const work::CourseRow* row = currentCourse();
    if (!row) {
        MessageBox::information(this, tr("Change the course"), tr("Choose a course in the list first."));
        return;
    }
    if (!Permissions::allows(m_db.session(), Action::WriteWork))
        return;
    CourseDialog dialog(m_db, row->course, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TrainingTab::enrolPeople()
{
    const work::CourseRow* row = currentCourse();
    if (!row) {
        MessageBox::information(this, tr("Enrol people"), tr("Choose a course in the list first."));
        return;
    }
    AttendanceEntryDialog dialog(m_db, row->course, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TrainingTab::recordOutcomes()
{
    const work::CourseRow* row = currentCourse();
    const QList<work::AttendanceRow> chosen = chosenPeople();
    if (!row || chosen.isEmpty()) {
        MessageBox::information(this, tr("Record the outcomes"),
                                tr("Choose the people in the course's list first (Ctrl+A: everyone)."));
        return;
    }
    OutcomeDialog dialog(m_db, row->course, chosen, this);
    dialog.setToday(m_today);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TrainingTab::removeEnrolment()
{
    const QList<work::AttendanceRow> chosen = chosenPeople();
    if (chosen.size() != 1) {
        MessageBox::information(this, tr("Remove the enrolment"),
                                tr("Choose one person in the course's list first."));
        return;
    }
    const work::AttendanceRow& r = chosen.first();
    const work::CourseRow* course = currentCourse();
    if (MessageBox::question(
            this, tr("Remove the enrolment"),
            tr("Remove %1 from %2? Do this only for an enrolment entered by mistake; someone "
               "who left the course is recorded as dropped.")
                .arg(r.person.name, course ? course->course.title : QString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Outcome removed =
        work::TrainingService(m_db).removeEnrolment(r.attendance.id, r.attendance.rowVersion);
    if (!removed) {
        MessageBox::warning(this, tr("Remove the enrolment"), removed.summary());
        return;
    }
    refresh();
}

} // namespace anju

#include "work/OutcomeDialog.h"

#include "domain/Enums.h"
#include "widgets/FieldError.h"
#include "work/TrainingRules.h"
#include "work/TrainingService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

enum Column
{
    PersonColumn,
    OutcomeColumn,
    HoursColumn,
    CertificateColumn,
    ColumnCount
};

const QString BadStyle = QStringLiteral("border: 2px solid #c01c1c;");

} // namespace

OutcomeDialog::OutcomeDialog(const Database& db, const work::TrainingCourse& course,
                             const QList<work::AttendanceRow>& people, QWidget* parent)
    : QDialog(parent), m_db(db), m_course(course), m_people(people)
{
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("Record the outcomes of %1").arg(course.title));
    auto* about = new QLabel(tr("%1 runs to %2 with %3 class hours. Completion is recorded from its last "
                                "day on; dropping out on any day.")
                                 .arg(course.title, course.endsOn.toString(Qt::ISODate))
                                 .arg(course.hours),
                             this);
    about->setWordWrap(true);
    m_table = new QTableWidget(int(people.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("outcomeTable"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Outcome"), tr("Hours"), tr("Certificate no.")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    // Cell widgets made line by line, so Tab walks outcome, hours, certificate, then the next person.
    for (int i = 0; i < people.size(); ++i) {
        const work::AttendanceRow& row = people.at(i);
        auto* who =
            new QTableWidgetItem(work::TrainingRules::personText(row.person.name, row.person.idNumber));
        who->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, PersonColumn, who);
        auto* outcome = new QComboBox(m_table);
        outcome->addItem(enumLabel(work::AttendanceOutcome::Completed),
                         int(work::AttendanceOutcome::Completed));
        outcome->addItem(enumLabel(work::AttendanceOutcome::Dropped), int(work::AttendanceOutcome::Dropped));
        outcome->setCurrentIndex(row.attendance.outcome == work::AttendanceOutcome::Dropped ? 1 : 0);
        m_table->setCellWidget(i, OutcomeColumn, outcome);
        auto* hours = new QSpinBox(m_table);
        hours->setRange(0, 10000);
        // A new outcome starts at the whole course; one already recorded shows what was recorded.
        hours->setValue(row.attendance.outcome == work::AttendanceOutcome::Enrolled
                            ? course.hours
                            : row.attendance.hoursAttended);
        m_table->setCellWidget(i, HoursColumn, hours);
        auto* certificate = new QLineEdit(row.attendance.certificateNo, m_table);
        certificate->setPlaceholderText(tr("number on the certificate"));
        m_table->setCellWidget(i, CertificateColumn, certificate);
        // Dropping out leaves no certificate to type.
        connect(outcome, &QComboBox::currentIndexChanged, certificate,
                [certificate](int index) { certificate->setEnabled(index == 0); });
        certificate->setEnabled(outcome->currentIndex() == 0);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PersonColumn, QHeaderView::ResizeToContents);
    m_error = FieldError::makeLabel(this);
    m_error->setObjectName(QStringLiteral("outcomeError"));

    auto* allCompleted = new QPushButton(tr("All &completed"), this);
    auto* allDropped = new QPushButton(tr("All &dropped"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(allCompleted, QDialogButtonBox::ActionRole);
    buttons->addButton(allDropped, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("outcomeSave"));
    for (QPushButton* b : {allCompleted, allDropped})
        b->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(allCompleted, &QPushButton::clicked, this,
            [this] { setAll(work::AttendanceOutcome::Completed); });
    connect(allDropped, &QPushButton::clicked, this, [this] { setAll(work::AttendanceOutcome::Dropped); });
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OutcomeDialog::reject);
    resize(std::max(sizeHint().width(), 680), std::min(620, 200 + int(people.size()) * 34));
    if (!people.isEmpty())
        outcomeBox(0)->setFocus();
}

QComboBox* OutcomeDialog::outcomeBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, OutcomeColumn));
}

QSpinBox* OutcomeDialog::hoursEdit(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, HoursColumn));
}

QLineEdit* OutcomeDialog::certificateEdit(int row) const
{
    return qobject_cast<QLineEdit*>(m_table->cellWidget(row, CertificateColumn));
}

void OutcomeDialog::setAll(work::AttendanceOutcome outcome)
{
    for (int i = 0; i < m_people.size(); ++i)
        outcomeBox(i)->setCurrentIndex(outcomeBox(i)->findData(int(outcome)));
}

QList<work::OutcomeEntry> OutcomeDialog::entries() const
{
    QList<work::OutcomeEntry> list;
    for (int i = 0; i < m_people.size(); ++i) {
        const work::Attendance& stored = m_people.at(i).attendance;
        work::OutcomeEntry e;
        e.attendanceId = stored.id;
        e.outcome = static_cast<work::AttendanceOutcome>(outcomeBox(i)->currentData().toInt());
        e.hoursAttended = hoursEdit(i)->value();
        e.certificateNo = e.outcome == work::AttendanceOutcome::Completed
                              ? certificateEdit(i)->text().trimmed()
                              : QString();
        e.note = stored.note;
        e.expectedRowVersion = stored.rowVersion;
        list.append(e);
    }
    return list;
}

bool OutcomeDialog::showOutcome(const Outcome& outcome)
{
    for (int i = 0; i < m_people.size(); ++i) {
        for (QWidget* w : {static_cast<QWidget*>(outcomeBox(i)), static_cast<QWidget*>(hoursEdit(i)),
                           static_cast<QWidget*>(certificateEdit(i))})
            w->setStyleSheet(QString());
    }
    if (outcome.ok()) {
        FieldError::clear(nullptr, m_error);
        return true;
    }
    QStringList messages;
    QWidget* first = nullptr;
    int firstRow = -1;
    for (const Violation& v : outcome.violations()) {
        messages.append(v.message);
        if (v.row < 0 || v.row >= m_people.size())
            continue;
        QWidget* bad = v.field == QLatin1String(Field::TrainingCertificate) ? certificateEdit(v.row)
                       : v.field == QLatin1String(Field::TrainingHoursAttended)
                           ? static_cast<QWidget*>(hoursEdit(v.row))
                           : static_cast<QWidget*>(outcomeBox(v.row));
        bad->setStyleSheet(BadStyle);
        if (!first) {
            first = bad;
            firstRow = v.row;
        }
    }
    FieldError::show(nullptr, m_error, messages.join(QLatin1Char('\n')));
    if (first) {
        m_table->scrollTo(m_table->model()->index(firstRow, 0));
        first->setFocus();
    }
    return false;
}

bool OutcomeDialog::validate()
{
    Outcome all;
    const QList<work::OutcomeEntry> list = entries();
    for (int i = 0; i < list.size(); ++i) {
        const work::AttendanceRow& row = m_people.at(i);
        all.add(work::TrainingRules::checkOutcome(
            m_course, row.attendance, list.at(i), m_today,
            work::TrainingRules::personText(row.person.name, row.person.idNumber), i));
    }
    return showOutcome(all);
}

void OutcomeDialog::accept()
{
    if (!validate())
        return;
    const auto recorded = work::TrainingService(m_db).recordOutcomes(entries(), m_today);
    if (!showOutcome(recorded))
        return;
    QDialog::accept();
}

} // namespace anju

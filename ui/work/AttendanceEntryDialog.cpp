#include "work/AttendanceEntryDialog.h"

#include "widgets/PersonSearchBox.h"
#include "work/TrainingRules.h"
#include "work/TrainingService.h"

#include <QBrush>
#include <QColor>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

AttendanceEntryDialog::AttendanceEntryDialog(const Database& db, const work::TrainingCourse& course,
                                             QWidget* parent)
    : QDialog(parent), m_db(db), m_course(course)
{
    setObjectName(QStringLiteral("attendanceEntryDialog"));
    setWindowTitle(tr("Enrol people on %1").arg(course.title));
    auto* about = new QLabel(tr("%1 · %2 · %3 to %4")
                                 .arg(course.title, course.trade, course.startsOn.toString(Qt::ISODate),
                                      course.endsOn.toString(Qt::ISODate)),
                             this);
    about->setWordWrap(true);
    m_search = new PersonSearchBox(db, this);
    m_search->setPickOnSecondEnter(true);
    m_search->searchField()->setPlaceholderText(
        tr("ID number, then Enter (a name: Enter to search, Enter again to add)"));
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("attendancePeople"));
    m_people->setMinimumHeight(m_people->fontMetrics().height() * 8);
    m_people->setToolTip(tr("Delete takes the chosen person off the list"));
    m_people->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("attendanceCount"));
    // Enrolment is open up to the course's last day: today while it runs, its first day once it is over
    // (a course entered afterwards from its sheet).
    const QDate today = QDate::currentDate();
    m_enrolledOn = new QDateEdit(today <= course.endsOn ? today : course.startsOn, this);
    m_enrolledOn->setCalendarPopup(true);
    m_enrolledOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* remove = new QPushButton(tr("&Remove from the list"), this);
    remove->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), m_search);
    m_errors.addRow(form, this, tr("&People:"), m_people, "attendancePeopleField",
                    QLatin1String(Field::TrainingPerson));
    form->addRow(QString(), m_count);
    m_errors.addRow(form, this, tr("Enrolled &on:"), m_enrolledOn, "attendanceEnrolledOn",
                    QLatin1String(Field::TrainingEnrolledOn));
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("attendanceSave"));
    save->setText(tr("&Enrol everyone"));
    save->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(m_search, &PersonSearchBox::picked, this, &AttendanceEntryDialog::addPerson);
    connect(remove, &QPushButton::clicked, this, &AttendanceEntryDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceEntryDialog::reject);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
    showCount();
    m_search->setFocus();
}

QList<qint64> AttendanceEntryDialog::personIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_people->count(); ++i)
        ids.append(m_people->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void AttendanceEntryDialog::addPerson(qint64 personId, const QString& text)
{
    m_errors.clear();
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->data(Qt::UserRole).toLongLong() == personId) {
            // Typed twice: say so where the eye is, and keep one line.
            m_people->setCurrentRow(i);
            m_errors.show(Outcome::failure(QLatin1String(Field::TrainingPerson),
                                           tr("%1 is on the list already.").arg(text)));
            m_search->setFocus();
            return;
        }
    }
    auto* item = new QListWidgetItem(text, m_people);
    item->setData(Qt::UserRole, personId);
    m_people->scrollToItem(item);
    showCount();
}

void AttendanceEntryDialog::removeCurrent()
{
    const int row = m_people->currentRow();
    if (row < 0)
        return;
    delete m_people->takeItem(row);
    showCount();
}

bool AttendanceEntryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_people && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeCurrent();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AttendanceEntryDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter belongs to the search (and the list): enrolling everyone is a deliberate Alt+E.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return;
    QDialog::keyPressEvent(event);
}

void AttendanceEntryDialog::showCount()
{
    const int places = m_course.capacity;
    m_count->setText(
        places > 0 ? tr("%n on the list (the course has %1 places)", nullptr, m_people->count()).arg(places)
                   : tr("%n on the list", nullptr, m_people->count()));
}

void AttendanceEntryDialog::accept()
{
    for (int i = 0; i < m_people->count(); ++i) {
        m_people->item(i)->setForeground(QBrush());
        m_people->item(i)->setToolTip(QString());
    }
    if (m_people->count() == 0) {
        m_errors.show(Outcome::failure(QLatin1String(Field::TrainingPerson),
                                       tr("Type the ID number of everyone on the course, each followed by "
                                          "Enter.")));
        m_search->setFocus();
        return;
    }
    const auto enrolled = work::TrainingService(m_db).enrol(m_course.id, personIds(), m_enrolledOn->date());
    if (!enrolled) {
        // Every bad person's line in red with the reason; the messages under the list.
        for (const Violation& v : enrolled.violations()) {
            if (v.row >= 0 && v.row < m_people->count()) {
                QListWidgetItem* item = m_people->item(v.row);
                item->setForeground(QColor(0xc0, 0x1c, 0x1c));
                item->setToolTip(v.message);
            }
        }
        m_errors.show(enrolled);
        return;
    }
    m_saved = int(enrolled.value().size());
    QDialog::accept();
}

} // namespace anju

#include "work/CourseDialog.h"

#include "registry/SiteRepository.h"
#include "work/TrainingRepository.h"
#include "work/TrainingRules.h"
#include "work/TrainingService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

namespace {

QDateEdit* dateEdit(QWidget* parent, const char* name, QDate date)
{
    auto* edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

CourseDialog::CourseDialog(const Database& db, const work::TrainingCourse& course, QWidget* parent)
    : QDialog(parent), m_db(db), m_course(course)
{
    setWindowTitle(course.id > 0 ? tr("Change the course") : tr("New course"));
    m_title = new QLineEdit(course.title, this);
    m_title->setPlaceholderText(tr("e.g. 家政服务 class of March"));
    m_trade = new QComboBox(this);
    m_trade->setEditable(true);
    // The trades already on file, so one trade is typed one way.
    if (const auto trades = work::TrainingRepository(db).trades())
        m_trade->addItems(trades.value());
    m_trade->setCurrentText(course.trade);
    m_trade->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trade->setMinimumContentsLength(16);
    m_organiser = new QLineEdit(course.organiser, this);
    m_organiser->setPlaceholderText(tr("e.g. 县人社局, a training school"));
    m_site = new QComboBox(this);
    m_site->addItem(tr("Whole office"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(course.siteId)));
    m_starts = dateEdit(this, "courseStarts", course.startsOn);
    m_ends = dateEdit(this, "courseEnds", course.endsOn);
    m_hours = new QSpinBox(this);
    m_hours->setRange(0, 10000);
    m_hours->setValue(course.hours);
    m_hours->setSuffix(tr(" hours"));
    m_places = new QSpinBox(this);
    m_places->setRange(0, 100000);
    m_places->setSpecialValueText(tr("no limit"));
    m_places->setValue(course.capacity);
    m_demand = new QLineEdit(course.demand, this);
    m_demand->setPlaceholderText(tr("the market demand it answers, e.g. 园区电子厂招工"));
    m_certificate = new QLineEdit(course.certificate, this);
    m_certificate->setPlaceholderText(tr("the certificate it gives, e.g. 初级工"));
    m_note = new QLineEdit(course.note, this);

    auto* form = new QFormLayout;
    m_errors.addRow(form, this, tr("&Title:"), m_title, "courseTitle", QLatin1String(Field::TrainingTitle));
    m_errors.addRow(form, this, tr("T&rade:"), m_trade, "courseTrade", QLatin1String(Field::TrainingTrade));
    m_errors.addRow(form, this, tr("&Organiser:"), m_organiser, "courseOrganiser");
    m_errors.addRow(form, this, tr("S&ite:"), m_site, "courseSite", QLatin1String(Field::TrainingSite));
    m_errors.addRow(form, this, tr("&From:"), m_starts, "courseStarts",
                    QLatin1String(Field::TrainingStartsOn));
    m_errors.addRow(form, this, tr("To (last &day):"), m_ends, "courseEnds",
                    QLatin1String(Field::TrainingEndsOn));
    m_errors.addRow(form, this, tr("Class &hours:"), m_hours, "courseHours",
                    QLatin1String(Field::TrainingHours));
    m_errors.addRow(form, this, tr("&Places:"), m_places, "coursePlaces",
                    QLatin1String(Field::TrainingCapacity));
    m_errors.addRow(form, this, tr("De&mand it answers:"), m_demand, "courseDemand");
    m_errors.addRow(form, this, tr("&Certificate:"), m_certificate, "courseCertificate");
    m_errors.addRow(form, this, tr("&Note:"), m_note, "courseNote");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CourseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CourseDialog::reject);
    // A new course's last day follows its first until the clerk sets it.
    if (course.id == 0) {
        connect(m_starts, &QDateEdit::dateChanged, this, [this](QDate day) {
            if (m_ends->date() < day)
                m_ends->setDate(day);
        });
    }
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
    m_title->setFocus();
}

work::TrainingCourse CourseDialog::draft() const
{
    work::TrainingCourse c = m_course;
    c.title = m_title->text().trimmed();
    c.trade = m_trade->currentText().trimmed();
    c.organiser = m_organiser->text().trimmed();
    c.siteId = m_site->currentData().toLongLong();
    c.startsOn = m_starts->date();
    c.endsOn = m_ends->date();
    c.hours = m_hours->value();
    c.capacity = m_places->value();
    c.demand = m_demand->text().trimmed();
    c.certificate = m_certificate->text().trimmed();
    c.note = m_note->text().trimmed();
    return c;
}

bool CourseDialog::validate()
{
    return m_errors.show(work::TrainingRules::checkCourse(draft()));
}

void CourseDialog::accept()
{
    if (!validate())
        return;
    const Result<work::TrainingCourse> saved = work::TrainingService(m_db).saveCourse(draft());
    if (!m_errors.show(saved))
        return;
    m_course = saved.value();
    QDialog::accept();
}

} // namespace anju

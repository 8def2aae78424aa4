#include "work/TransportBatchDialog.h"

#include "registry/SiteRepository.h"
#include "widgets/PersonSearchBox.h"
#include "work/EmploymentRepository.h"
#include "work/EmploymentRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

TransportBatchDialog::TransportBatchDialog(const Database& db, QDate day, qint64 siteId, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Point-to-point transport batch"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 120);
    m_site = new QComboBox(this);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(14);
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    if (const int at = m_site->findData(siteId); at >= 0)
        m_site->setCurrentIndex(at);
    m_departed = new QDateEdit(day.isValid() ? day : QDate::currentDate(), this);
    m_departed->setCalendarPopup(true);
    m_departed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_province = new QLineEdit(this);
    m_province->setPlaceholderText(tr("e.g. 广东"));
    m_city = new QLineEdit(this);
    m_city->setPlaceholderText(tr("e.g. 东莞"));
    m_transport = new QLineEdit(this);
    m_transport->setPlaceholderText(tr("e.g. chartered coach, train"));
    m_organiser = new QLineEdit(this);
    m_headcount = new QSpinBox(this);
    m_headcount->setRange(0, 10000);
    m_headcount->setSpecialValueText(tr("as listed"));
    m_headcount->setToolTip(tr("Everyone carried, people of other sites too; at least the people listed"));
    m_employer = new QLineEdit(this);
    m_income = new QDoubleSpinBox(this);
    m_income->setRange(0, 1000000);
    m_income->setDecimals(2);
    m_income->setSuffix(tr(" yuan"));
    m_broker = new QComboBox(this);
    m_broker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_broker->setMinimumContentsLength(14);
    m_person = new PersonSearchBox(db, this);
    m_person->setPickOnSecondEnter(true);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("batchPeopleList"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("batchPeopleCount"));
    auto* remove = new QPushButton(tr("Re&move from list"), this);
    remove->setAutoDefault(false);

    auto* form = new QFormLayout;
    m_errors.addRow(form, this, tr("Left &from:"), m_site, "batchSite", QLatin1String(Field::BatchSite));
    m_errors.addRow(form, this, tr("&Departed on:"), m_departed, "batchDeparted",
                    QLatin1String(Field::BatchDeparted));
    m_errors.addRow(form, this, tr("Pro&vince:"), m_province, "batchProvince",
                    QLatin1String(Field::BatchProvince));
    m_errors.addRow(form, this, tr("C&ity:"), m_city, "batchCity", QStringLiteral("batch.destinationCity"));
    m_errors.addRow(form, this, tr("&Transport:"), m_transport, "batchTransport",
                    QStringLiteral("batch.transport"));
    m_errors.addRow(form, this, tr("&Organiser:"), m_organiser, "batchOrganiser",
                    QStringLiteral("batch.organiser"));
    m_errors.addRow(form, this, tr("&Headcount:"), m_headcount, "batchHeadcount",
                    QLatin1String(Field::BatchHeadcount));
    m_errors.addRow(form, this, tr("&Employer:"), m_employer, "batchEmployer",
                    QStringLiteral("batch.employer"));
    m_errors.addRow(form, this, tr("Monthly in&come:"), m_income, "batchIncome",
                    QLatin1String(Field::EmploymentIncome));
    m_errors.addRow(form, this, tr("&Broker:"), m_broker, "batchBroker",
                    QLatin1String(Field::EmploymentBroker));

    auto* peopleForm = new QFormLayout;
    m_errors.addRow(peopleForm, this, tr("&Add person:"), m_person, "batchPerson",
                    QStringLiteral("batch.person"));
    auto* hint = new QLabel(
        tr("Type an ID number and press Enter; a name: Enter to search, Enter again to add."), this);
    hint->setWordWrap(true);
    auto* people = new QVBoxLayout;
    people->addLayout(peopleForm);
    people->addWidget(hint);
    auto* listBar = new QHBoxLayout;
    listBar->addWidget(m_count, 1);
    listBar->addWidget(remove);
    people->addLayout(listBar);
    auto* peopleError = FieldError::makeLabel(this);
    peopleError->setObjectName(QStringLiteral("batchPeopleError"));
    people->addWidget(m_people, 1);
    people->addWidget(peopleError);
    m_errors.add(QLatin1String(Field::BatchPeople), m_people, peopleError);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(people, 1);
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save batch"));
    // Enter in the person field adds the next person (PersonSearchBox keeps it from the default button).
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(general);
    layout->addWidget(buttons);

    const auto loadBrokers = [this] {
        work::PlaceFilter filter;
        filter.siteId = m_site->currentData().toLongLong();
        filter.openOn = m_departed->date();
        const qint64 before = m_broker->currentData().toLongLong();
        m_broker->clear();
        m_broker->addItem(tr("(none)"), qint64(0));
        if (const auto brokers = work::EmploymentRepository(m_db).brokers(filter))
            for (const work::BrokerRow& b : brokers.value())
                m_broker->addItem(b.broker.name, b.broker.id);
        m_broker->setCurrentIndex(qMax(0, m_broker->findData(before)));
    };
    loadBrokers();
    connect(m_site, &QComboBox::currentIndexChanged, this, loadBrokers);
    connect(m_departed, &QDateEdit::dateChanged, this, loadBrokers);
    connect(m_person, &PersonSearchBox::picked, this, &TransportBatchDialog::addPerson);
    connect(remove, &QPushButton::clicked, this, &TransportBatchDialog::removeCurrentPerson);
    m_people->installEventFilter(this); // Delete takes the chosen person off the list
    connect(buttons, &QDialogButtonBox::accepted, this, &TransportBatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransportBatchDialog::reject);
    updateCount();
    m_site->setFocus();
}

bool TransportBatchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_people && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        removeCurrentPerson();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QList<qint64> TransportBatchDialog::personIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_people->count(); ++i)
        ids.append(m_people->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void TransportBatchDialog::addPerson(qint64 personId, const QString& text)
{
    if (personIds().contains(personId)) {
        for (int i = 0; i < m_people->count(); ++i)
            if (m_people->item(i)->data(Qt::UserRole).toLongLong() == personId)
                m_people->setCurrentRow(i);
        return; // listed already: once is enough
    }
    auto* item = new QListWidgetItem(text, m_people);
    item->setData(Qt::UserRole, personId);
    m_people->scrollToItem(item);
    FieldError::clear(m_people, findChild<QLabel*>(QStringLiteral("batchPeopleError")));
    updateCount();
}

void TransportBatchDialog::removeCurrentPerson()
{
    delete m_people->takeItem(m_people->currentRow());
    updateCount();
}

void TransportBatchDialog::updateCount()
{
    m_count->setText(tr("%n person(s) of the site on the batch", nullptr, int(m_people->count())));
}

work::BatchDraft TransportBatchDialog::draft() const
{
    work::BatchDraft d;
    d.batch.siteId = m_site->currentData().toLongLong();
    d.batch.departedOn = m_departed->date();
    d.batch.destinationProvince = m_province->text().trimmed();
    d.batch.destinationCity = m_city->text().trimmed();
    d.batch.transport = m_transport->text().trimmed();
    d.batch.organiser = m_organiser->text().trimmed();
    d.personIds = personIds();
    d.batch.headcount = m_headcount->value() > 0 ? m_headcount->value() : int(d.personIds.size());
    d.employer = m_employer->text().trimmed();
    d.monthlyIncome = qRound64(m_income->value() * 100);
    d.brokerId = m_broker->currentData().toLongLong();
    return d;
}

bool TransportBatchDialog::validate()
{
    const work::BatchDraft d = draft();
    const Outcome checked = work::EmploymentRules::checkBatch(d.batch, int(d.personIds.size()));
    markPeople(checked);
    return m_errors.show(checked);
}

void TransportBatchDialog::markPeople(const Outcome& refused)
{
    for (int i = 0; i < m_people->count(); ++i) {
        QListWidgetItem* item = m_people->item(i);
        item->setForeground(QBrush());
        item->setToolTip({});
    }
    for (const Violation& v : refused.violations()) {
        if (v.row < 0 || v.row >= m_people->count())
            continue;
        QListWidgetItem* item = m_people->item(v.row);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        item->setToolTip(v.message);
    }
}

void TransportBatchDialog::accept()
{
    if (!validate())
        return;
    const auto recorded = work::EmploymentService(m_db).recordBatch(draft());
    markPeople(Outcome(recorded));
    if (!m_errors.show(Outcome(recorded)))
        return;
    emit saved(recorded.value());
    QDialog::accept();
}

} // namespace anju

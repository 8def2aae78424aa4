#include "work/JobDialog.h"

#include "widgets/PersonSearchBox.h"
#include "work/EmploymentRepository.h"
#include "work/EmploymentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

namespace {

// Keeps the chosen place when the list is read again for another person or day.
void refill(QComboBox* box, const QList<std::pair<QString, qint64>>& items, bool withNone)
{
    const qint64 before = box->currentData().toLongLong();
    const QSignalBlocker quiet(box);
    box->clear();
    if (withNone)
        box->addItem(JobDialog::tr("(none)"), qint64(0));
    for (const auto& [text, id] : items)
        box->addItem(text, id);
    const int at = box->findData(before);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

JobDialog::JobDialog(const Database& db, QDate day, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Record a job"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 75);
    m_person = new PersonSearchBox(db, this);
    m_channel = new QComboBox(this);
    for (const EnumInfo<work::Channel>& info : enumInfos<work::Channel>())
        m_channel->addItem(enumLabel(info.value), int(info.value));
    m_workshop = new QComboBox(this);
    m_post = new QComboBox(this);
    m_broker = new QComboBox(this);
    m_batch = new QComboBox(this);
    for (QComboBox* box : {m_workshop, m_post, m_broker, m_batch}) {
        // As wide as the form, not as the longest place name.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    m_province = new QLineEdit(this);
    m_province->setPlaceholderText(tr("e.g. 广东"));
    m_city = new QLineEdit(this);
    m_city->setPlaceholderText(tr("e.g. 东莞"));
    m_place = new QLineEdit(this);
    m_employer = new QLineEdit(this);
    m_employer->setPlaceholderText(tr("The company, the cooperative or the employer"));
    m_income = new QDoubleSpinBox(this);
    m_income->setRange(0, 1000000);
    m_income->setDecimals(2);
    m_income->setSuffix(tr(" yuan"));
    m_start = new QDateEdit(day.isValid() ? day : QDate::currentDate(), this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(this);

    m_form = new QFormLayout;
    m_errors.addRow(m_form, this, tr("&Person:"), m_person, "jobPerson",
                    QLatin1String(Field::EmploymentPerson));
    m_errors.addRow(m_form, this, tr("&Channel:"), m_channel, "jobChannel",
                    QLatin1String(Field::EmploymentChannel));
    m_errors.addRow(m_form, this, tr("&Workshop:"), m_workshop, "jobWorkshop",
                    QLatin1String(Field::EmploymentWorkshop));
    m_errors.addRow(m_form, this, tr("Pos&t:"), m_post, "jobPost", QLatin1String(Field::EmploymentPost));
    m_errors.addRow(m_form, this, tr("Pro&vince:"), m_province, "jobProvince",
                    QLatin1String(Field::EmploymentProvince));
    m_errors.addRow(m_form, this, tr("C&ity:"), m_city, "jobCity",
                    QStringLiteral("employment.destinationCity"));
    m_errors.addRow(m_form, this, tr("&Broker:"), m_broker, "jobBroker",
                    QLatin1String(Field::EmploymentBroker));
    m_errors.addRow(m_form, this, tr("Transp&ort batch:"), m_batch, "jobBatch",
                    QLatin1String(Field::EmploymentBatch));
    m_errors.addRow(m_form, this, tr("Pl&ace:"), m_place, "jobPlace", QLatin1String(Field::EmploymentPlace));
    m_placeLabel = qobject_cast<QLabel*>(m_form->labelForField(m_place->parentWidget()));
    m_errors.addRow(m_form, this, tr("&Employer:"), m_employer, "jobEmployer",
                    QStringLiteral("employment.employer"));
    m_errors.addRow(m_form, this, tr("Monthly inco&me:"), m_income, "jobIncome",
                    QLatin1String(Field::EmploymentIncome));
    m_errors.addRow(m_form, this, tr("&Started on:"), m_start, "jobStart",
                    QLatin1String(Field::EmploymentStart));
    m_errors.addRow(m_form, this, tr("&Note:"), m_note, "jobNote", QStringLiteral("employment.note"));
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("jobGeneralError"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record job"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(general);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_person, &PersonSearchBox::personChanged, this, [this](qint64 personId) {
        const auto person = work::EmploymentRepository(m_db).personOnFile(personId);
        const qint64 site = person ? person->siteId : 0;
        if (site != m_siteId) {
            m_siteId = site;
            loadPlaces();
        }
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &JobDialog::showChannelFields);
    connect(m_start, &QDateEdit::dateChanged, this, &JobDialog::loadPlaces);
    // A batch names where it went: its destination fills the fields left empty.
    connect(m_batch, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList to = m_batch->currentData(Qt::UserRole + 1).toStringList();
        if (to.size() == 2 && m_province->text().trimmed().isEmpty()) {
            m_province->setText(to.at(0));
            m_city->setText(to.at(1));
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &JobDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobDialog::reject);
    loadPlaces();
    showChannelFields();
    m_person->setFocus();
}

void JobDialog::loadPlaces()
{
    const work::EmploymentRepository repository(m_db);
    const QDate day = m_start->date();
    work::PlaceFilter open;
    open.siteId = m_siteId;
    open.openOn = day;
    QList<std::pair<QString, qint64>> items;
    if (const auto workshops = repository.workshops(open))
        for (const work::WorkshopRow& w : workshops.value())
            items.append({tr("%1 (%2)").arg(w.workshop.name, w.siteName), w.workshop.id});
    refill(m_workshop, items, false);
    items.clear();
    if (const auto posts = repository.posts(open))
        for (const work::PostRow& p : posts.value())
            items.append({tr("%1 · %2 (%3, %4 of %5 held)")
                              .arg(p.post.name, enumLabel(p.post.kind), p.siteName)
                              .arg(p.holders.size())
                              .arg(p.post.capacity),
                          p.post.id});
    refill(m_post, items, false);
    items.clear();
    if (const auto brokers = repository.brokers(open))
        for (const work::BrokerRow& b : brokers.value())
            items.append({b.broker.organisation.isEmpty()
                              ? b.broker.name
                              : tr("%1 (%2)").arg(b.broker.name, b.broker.organisation),
                          b.broker.id});
    refill(m_broker, items, true);
    // The batches that left in the three months up to the first day (a job cannot begin before its batch).
    work::PlaceFilter left;
    left.siteId = m_siteId;
    left.from = day.addMonths(-3);
    left.to = day.addDays(1);
    const auto batches = repository.batches(left);
    items.clear();
    if (batches)
        for (const work::BatchRow& t : batches.value())
            items.append({tr("%1 → %2 %3 (%4)")
                              .arg(t.batch.departedOn.toString(Qt::ISODate), t.batch.destinationProvince,
                                   t.batch.destinationCity, t.siteName),
                          t.batch.id});
    refill(m_batch, items, true);
    if (batches)
        for (int i = 0; i < batches.value().size(); ++i) {
            const work::TransportBatch& t = batches.value().at(i).batch;
            m_batch->setItemData(i + 1, QStringList{t.destinationProvince, t.destinationCity},
                                 Qt::UserRole + 1);
        }
}

void JobDialog::setChannel(work::Channel channel)
{
    m_channel->setCurrentIndex(m_channel->findData(int(channel)));
}

bool JobDialog::isFieldShown(QWidget* field) const
{
    return field && field->parentWidget() && m_form->isRowVisible(field->parentWidget());
}

void JobDialog::showChannelFields()
{
    const auto channel = static_cast<work::Channel>(m_channel->currentData().toInt());
    using work::Channel;
    const bool away = channel == Channel::LabourExport;
    const auto show = [this](QWidget* field, bool on) { m_form->setRowVisible(field->parentWidget(), on); };
    show(m_workshop, channel == Channel::Workshop);
    show(m_post, channel == Channel::PublicPost);
    show(m_province, away);
    show(m_city, away);
    show(m_broker, away);
    show(m_batch, away);
    // The project or the park is required; for other work close to home it says where, if the clerk likes.
    show(m_place, !away && channel != Channel::Workshop && channel != Channel::PublicPost);
    if (m_placeLabel)
        m_placeLabel->setText(channel == Channel::WorkRelief ? tr("Pro&ject:")
                              : channel == Channel::Park     ? tr("P&ark or scenic area:")
                                                             : tr("W&here:"));
    m_errors.clear();
    adjustSize();
}

work::Employment JobDialog::draft() const
{
    using work::Channel;
    work::Employment e;
    e.personId = m_person->personId();
    e.channel = static_cast<Channel>(m_channel->currentData().toInt());
    e.employer = m_employer->text().trimmed();
    e.monthlyIncome = qRound64(m_income->value() * 100);
    e.startedOn = m_start->date();
    e.note = m_note->text().trimmed();
    // Only what the channel names: a field hidden by another channel may still hold an earlier choice.
    switch (e.channel) {
    case Channel::LabourExport:
        e.destinationProvince = m_province->text().trimmed();
        e.destinationCity = m_city->text().trimmed();
        e.brokerId = m_broker->currentData().toLongLong();
        e.batchId = m_batch->currentData().toLongLong();
        break;
    case Channel::Workshop:
        e.workshopId = m_workshop->currentData().toLongLong();
        break;
    case Channel::PublicPost:
        e.postId = m_post->currentData().toLongLong();
        break;
    case Channel::WorkRelief:
    case Channel::Park:
    case Channel::SelfEmployed:
    case Channel::Flexible:
        e.place = m_place->text().trimmed();
        break;
    }
    return e;
}

bool JobDialog::validate()
{
    // A dry run of the service: the permission, the person, the place and every rule, nothing written.
    return m_errors.show(Outcome(work::EmploymentService(m_db).recordJobs({draft()}, false, true)));
}

void JobDialog::accept()
{
    if (!validate())
        return;
    const auto recorded = work::EmploymentService(m_db).recordJob(draft());
    if (!m_errors.show(Outcome(recorded)))
        return;
    emit saved(recorded.value());
    QDialog::accept();
}

} // namespace anju

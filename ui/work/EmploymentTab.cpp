#include "work/EmploymentTab.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "registry/SiteRepository.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"
#include "work/EmploymentChartsPanel.h"
#include "work/EmploymentModel.h"
#include "work/JobDialog.h"
#include "work/JobEndDialog.h"
#include "work/TransportBatchDialog.h"
#include "work/WishAbsenceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anju {

namespace {

// Column widths from what the columns hold, not from the rows: sizing to contents would read every page.
void sizeColumns(QTableView* view)
{
    using C = EmploymentModel::Column;
    const QFontMetrics fm = view->fontMetrics();
    const auto width = [&](C column, const QString& sample) {
        const QString header = view->model()->headerData(int(column), Qt::Horizontal).toString();
        view->setColumnWidth(int(column),
                             qMax(fm.horizontalAdvance(header), fm.horizontalAdvance(sample)) + fm.height());
    };
    width(C::Name, QStringLiteral("欧阳晓明"));
    width(C::IdNumber, QStringLiteral("430524199001011234"));
    width(C::Household, QStringLiteral("430581001-0001"));
    width(C::Site, QStringLiteral("辕门口福园小区"));
    width(C::Channel, QStringLiteral("以工代赈项目"));
    width(C::Place, QStringLiteral("东莞市长安电子有限公司"));
    width(C::Destination, QStringLiteral("广东 东莞"));
    width(C::Income, QStringLiteral("12345.00"));
    width(C::Started, QStringLiteral("2026-01-01"));
    width(C::Ended, QStringLiteral("2026-01-01"));
    // The employer and place take what the screen has left.
    view->horizontalHeader()->setSectionResizeMode(int(C::Place), QHeaderView::Stretch);
}

} // namespace

EmploymentTab::EmploymentTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("employmentTab"));
    m_model = new EmploymentModel(db, this);
    m_holding = new QCheckBox(tr("Holding &on:"), this);
    m_holding->setObjectName(QStringLiteral("employmentHolding"));
    m_holding->setChecked(true);
    m_holding->setToolTip(tr("Only jobs held on the day; clear it to list jobs of any time"));
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("employmentDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_site = new QComboBox(this);
    // As narrow as a site name needs, not the longest one: the page must fit a 1280-pixel screen.
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(12);
    m_site->setObjectName(QStringLiteral("employmentSite"));
    m_site->addItem(tr("All sites"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    auto* siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_site);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("employmentChannel"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channel->setMinimumContentsLength(12);
    m_channel->addItem(tr("All channels"), -1);
    for (const EnumInfo<work::Channel>& info : enumInfos<work::Channel>())
        m_channel->addItem(enumLabel(info.value), int(info.value));
    auto* channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employmentSearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household number"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(400);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("employmentCount"));
    m_record = new QPushButton(tr("&Record job…"), this);
    m_record->setObjectName(QStringLiteral("employmentRecord"));
    m_end = new QPushButton(tr("&End job…"), this);
    m_end->setObjectName(QStringLiteral("employmentEnd"));
    m_batch = new QPushButton(tr("&Transport batch…"), this);
    m_batch->setObjectName(QStringLiteral("employmentBatch"));
    m_batch->setToolTip(tr("点对点输送: a batch and the site's people on it, typed one after another"));
    m_wish = new QPushButton(tr("&Wish…"), this);
    m_wish->setObjectName(QStringLiteral("employmentWish"));
    m_wish->setToolTip(tr("Record a person's wish to work, train or start a business"));
    m_absence = new QPushButton(tr("&Not working…"), this);
    m_absence->setObjectName(QStringLiteral("employmentAbsence"));
    m_absence->setToolTip(tr("Record why a person of working age has no job (studying, caring, ill)"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("employmentTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setToolTip(tr("Enter or a double click opens the household."));
    sizeColumns(m_view);
    m_charts = new EmploymentChartsPanel(db, this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_holding);
    filters->addWidget(m_day);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addWidget(channelLabel);
    filters->addWidget(m_channel);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_record);
    actions->addWidget(m_end);
    actions->addWidget(m_batch);
    actions->addWidget(m_wish);
    actions->addWidget(m_absence);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_view, 1);
    // The figures under the list, not beside it: the ten columns need the whole width of a 1366-pixel
    // screen. The handle gives the list more rows, or hides the figures.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("employmentSplitter"));
    splitter->addWidget(list);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    // About 11 rows of jobs over charts tall enough to read at 1366×768; a larger screen gives the list more.
    splitter->setSizes({m_view->verticalHeader()->defaultSectionSize() * 12, 250});
    splitter->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    PermissionGate::apply(db, Action::WriteWork, {m_record, m_end, m_batch, m_wish, m_absence});
    connect(m_model, &EmploymentModel::countChanged, this, &EmploymentTab::updateCount);
    connect(m_holding, &QCheckBox::toggled, this, &EmploymentTab::applyFilter);
    connect(m_day, &QDateEdit::dateChanged, this, &EmploymentTab::applyFilter);
    connect(m_site, &QComboBox::currentIndexChanged, this, &EmploymentTab::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &EmploymentTab::applyFilter);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &EmploymentTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) // the clear button
            applyFilter();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &EmploymentTab::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 household = index.data(EmploymentModel::HouseholdIdRole).toLongLong();
        if (household > 0)
            emit householdRequested(household);
    });
    connect(m_record, &QPushButton::clicked, this, &EmploymentTab::recordJob);
    connect(m_end, &QPushButton::clicked, this, &EmploymentTab::endJob);
    connect(m_batch, &QPushButton::clicked, this, &EmploymentTab::recordBatch);
    connect(m_wish, &QPushButton::clicked, this, &EmploymentTab::recordWish);
    connect(m_absence, &QPushButton::clicked, this, &EmploymentTab::recordAbsence);
    updateCount();
}

void EmploymentTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // A province's jobs take a moment to count: read when the tab is first looked at, not at start-up.
    if (!m_model->isCounted())
        applyFilter();
}

void EmploymentTab::setDay(QDate day)
{
    m_day->setDate(day); // filters again when it changes
}

QDate EmploymentTab::day() const
{
    return m_day->date();
}

void EmploymentTab::applyFilter()
{
    m_searchDelay->stop();
    m_day->setEnabled(m_holding->isChecked());
    const qint64 siteId = m_site->currentData().toLongLong();
    const int channel = m_channel->currentData().toInt();
    work::EmploymentFilter filter = m_model->filter();
    filter.holdingOn = m_holding->isChecked() ? m_day->date() : QDate();
    filter.siteId = siteId;
    filter.channel = channel < 0 ? std::nullopt : std::optional(static_cast<work::Channel>(channel));
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter); // counted once for all the changes
    m_charts->showMonth(m_day->date(), siteId);
}

void EmploymentTab::refresh()
{
    m_model->refresh();
    m_charts->showMonth(m_day->date(), m_site->currentData().toLongLong(), true);
}

void EmploymentTab::updateCount()
{
    if (!m_model->isCounted()) {
        m_count->clear();
        return;
    }
    if (!m_model->refusal().isEmpty()) {
        m_count->setText(m_model->refusal());
        return;
    }
    m_count->setText(m_holding->isChecked() ? tr("%Ln job(s) holding on %1", nullptr, m_model->count())
                                                  .arg(m_day->date().toString(Qt::ISODate))
                                            : tr("%Ln job(s) of any time", nullptr, m_model->count()));
}

void EmploymentTab::recordJob()
{
    JobDialog dialog(m_db, m_day->date(), this);
    connect(&dialog, &JobDialog::saved, this, &EmploymentTab::refresh);
    dialog.exec();
}

void EmploymentTab::endJob()
{
    const work::EmploymentRow* row = m_model->rowAt(m_view->currentIndex().row());
    if (!row) {
        MessageBox::information(this, tr("End a job"), tr("Choose a job in the list first."));
        return;
    }
    JobEndDialog dialog(m_db, *row, m_day->date(), this);
    connect(&dialog, &JobEndDialog::saved, this, &EmploymentTab::refresh);
    dialog.exec();
}

void EmploymentTab::recordBatch()
{
    TransportBatchDialog dialog(m_db, m_day->date(), m_site->currentData().toLongLong(), this);
    connect(&dialog, &TransportBatchDialog::saved, this, &EmploymentTab::refresh);
    dialog.exec();
}

void EmploymentTab::recordWish()
{
    WishAbsenceDialog dialog(m_db, WishAbsenceDialog::Mode::Wish, m_day->date(), this);
    connect(&dialog, &WishAbsenceDialog::saved, this, &EmploymentTab::refresh);
    dialog.exec();
}

void EmploymentTab::recordAbsence()
{
    WishAbsenceDialog dialog(m_db, WishAbsenceDialog::Mode::Absence, m_day->date(), this);
    connect(&dialog, &WishAbsenceDialog::saved, this, &EmploymentTab::refresh);
    dialog.exec();
}

} // namespace anju

#include "work/WorkFindingsTab.h"

#include "domain/Enums.h"
#include "registry/SiteRepository.h"
#include "work/FindingsRowsModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace anju {

namespace {

QString labourLabel(const QString& key)
{
    const auto capacity = enumFromKey<LabourCapacity>(key);
    return capacity ? enumLabel(*capacity) : key;
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

void fit(QTableView* table)
{
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(table->model()->columnCount() - 1, QHeaderView::Stretch);
}

} // namespace

WorkFindingsTab::WorkFindingsTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("workFindingsTab"));
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("workFindingsDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* dayLabel = new QLabel(tr("&On:"), this);
    dayLabel->setBuddy(m_day);
    m_site = new QComboBox(this);
    // As narrow as a site name needs, not the longest one: the page must fit a 1280-pixel screen.
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(14);
    m_site->setObjectName(QStringLiteral("workFindingsSite"));
    m_site->addItem(tr("All sites"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    auto* siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_site);
    auto* reload = new QPushButton(tr("&Refresh"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workFindingsSummary"));
    m_summary->setWordWrap(true);

    m_trainingRows = new FindingsRowsModel({tr("Name"), tr("Household no."), tr("Site"),
                                            tr("Trade wished for"), tr("Wished on"), tr("Days waiting")},
                                           this);
    m_postRows = new FindingsRowsModel(
        {tr("Post"), tr("Site"), tr("Held by"), tr("Labour"), tr("Household no."), tr("Weak labour waiting")},
        this);
    m_idleRows = new FindingsRowsModel({tr("Name"), tr("Household no."), tr("Site"), tr("Labour"),
                                        tr("Last job ended"), tr("Pairing cadre")},
                                       this);
    m_training = makeTable("trainingWishFindings", m_trainingRows);
    m_posts = makeTable("postPriorityFindings", m_postRows);
    m_idle = makeTable("idleFindings", m_idleRows);
    const auto page = [this](QTableView* table, const QString& caption) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        auto* label = new QLabel(caption, box);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(table, 1);
        return box;
    };
    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("workFindingsLists"));
    m_lists->addTab(
        page(m_training, tr("应培尽培: people whose training wish has waited the set days with no "
                            "course offered since (settings: training_wish_days).")),
        tr("应培尽培"));
    m_lists->addTab(page(m_posts, tr("公益岗位 go first to weak labour: posts held by ordinary or skilled "
                                     "labour while weak-labour people of the site wait, not employed, with a "
                                     "wish to work and no recorded reason.")),
                    tr("Public posts"));
    m_lists->addTab(
        page(m_idle, tr("Idle labour: people of working age with labour capacity, no job for the set "
                        "months and no recorded reason; for the household's pairing cadre.")),
        tr("Idle labour"));

    auto* top = new QHBoxLayout;
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(siteLabel);
    top->addWidget(m_site);
    top->addWidget(reload);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_lists, 1);

    connect(m_day, &QDateEdit::dateChanged, this, &WorkFindingsTab::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &WorkFindingsTab::refresh);
    connect(reload, &QPushButton::clicked, this, &WorkFindingsTab::refresh);
}

WorkFindingsTab::~WorkFindingsTab() = default;

QTableView* WorkFindingsTab::makeTable(const char* name, FindingsRowsModel* model)
{
    auto* table = new QTableView(this);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setToolTip(tr("Enter or a double click opens the household."));
    connect(table, &QTableView::activated, this, [this, model](const QModelIndex& index) {
        const qint64 household = model->householdId(index.row());
        if (household > 0)
            emit householdRequested(household);
    });
    return table;
}

void WorkFindingsTab::setDay(QDate day)
{
    const QSignalBlocker quiet(m_day);
    m_day->setDate(day);
    refresh();
}

void WorkFindingsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The whole office's findings take a moment: read when the tab is first looked at, not at start-up.
    if (!m_read)
        refresh();
}

void WorkFindingsTab::refresh()
{
    const bool first = !m_read;
    m_read = true;
    const auto found = work::WorkFindings(m_db).forDay(m_day->date(), m_site->currentData().toLongLong());
    m_list.reset();
    if (!found) {
        m_summary->setText(found.summary());
        m_trainingRows->setRows({}, {});
        m_postRows->setRows({}, {});
        m_idleRows->setRows({}, {});
        m_lists->setTabText(0, tr("应培尽培"));
        m_lists->setTabText(1, tr("Public posts"));
        m_lists->setTabText(2, tr("Idle labour"));
        return;
    }
    m_list = found.value();
    const work::WorkFindingsList& list = *m_list;
    QList<QStringList> rows;
    QList<qint64> households;
    for (const work::TrainingWishFinding& f : list.trainingWishes) {
        rows.append({f.person.name, f.person.householdNumber, f.person.siteName,
                     f.trade.isEmpty() ? tr("(no trade named)") : f.trade, iso(f.recordedOn),
                     QString::number(f.daysWaiting)});
        households.append(f.person.householdId);
    }
    m_trainingRows->setRows(rows, households);
    rows.clear();
    households.clear();
    for (const work::PostPriorityFinding& f : list.posts) {
        QStringList waiting;
        for (const work::PersonRef& p : f.waiting)
            waiting.append(
                tr("%1 (%2)", "a waiting person: name (household number)").arg(p.name, p.householdNumber));
        rows.append({f.postName.isEmpty() ? tr("(no post named)") : f.postName, f.siteName, f.holder.name,
                     labourLabel(f.holder.labourCapacity), f.holder.householdNumber, waiting.join(tr(", "))});
        households.append(f.holder.householdId);
    }
    m_postRows->setRows(rows, households);
    rows.clear();
    households.clear();
    for (const work::IdleFinding& f : list.idle) {
        rows.append({f.person.name, f.person.householdNumber, f.person.siteName,
                     labourLabel(f.person.labourCapacity),
                     f.lastJobEnded.isValid() ? iso(f.lastJobEnded) : tr("no job recorded"),
                     f.cadres.isEmpty() ? tr("(no pairing cadre)") : f.cadres.join(tr("; "))});
        households.append(f.person.householdId);
    }
    m_idleRows->setRows(rows, households);
    fit(m_training);
    fit(m_posts);
    fit(m_idle);
    // The first time, the first list with people in it; later the list the user chose stays.
    if (first) {
        const qsizetype sizes[] = {list.trainingWishes.size(), list.posts.size(), list.idle.size()};
        for (int i = 0; i < 3; ++i)
            if (sizes[i] > 0) {
                m_lists->setCurrentIndex(i);
                break;
            }
    }
    m_lists->setTabText(0, tr("应培尽培 (%L1)").arg(list.trainingWishes.size()));
    m_lists->setTabText(1, tr("Public posts (%L1)").arg(list.posts.size()));
    m_lists->setTabText(2, tr("Idle labour (%L1)").arg(list.idle.size()));
    m_summary->setText(tr("On %1: %L2 training wish(es) waiting, %L3 post(s) held while weak labour waits, "
                          "%L4 idle person(s).")
                           .arg(iso(list.day))
                           .arg(list.trainingWishes.size())
                           .arg(list.posts.size())
                           .arg(list.idle.size()));
}

} // namespace anju

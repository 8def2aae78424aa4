#include "income/FollowUpFindingsTab.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "income/SafetyNetEnrolDialog.h"
#include "registry/SiteRepository.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

// A long caption that wraps instead of widening the page.
QLabel* wrapped(QLabel* label)
{
    label->setWordWrap(true);
    return label;
}

QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setToolTip(FollowUpFindingsTab::tr("Enter or a double click opens the household."));
    return table;
}

void fill(QTableWidget* table, int row, const QStringList& texts)
{
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(texts.at(c)));
}

QString labourLabel(const QString& key)
{
    const auto capacity = enumFromKey<LabourCapacity>(key);
    return capacity ? enumLabel(*capacity) : key;
}

} // namespace

FollowUpFindingsTab::FollowUpFindingsTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("followUpFindingsTab"));
    m_month = new QDateEdit(QDate(m_today.year(), m_today.month(), 1), this);
    m_month->setObjectName(QStringLiteral("findingsMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_site = new QComboBox(this);
    // As narrow as a site name needs, not the longest one: the page must fit a 1280-pixel screen.
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(14);
    m_site->setObjectName(QStringLiteral("findingsSite"));
    m_site->addItem(tr("All sites"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    auto* siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_site);
    auto* reload = new QPushButton(tr("&Refresh"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_intake = makeTable(this, "intakeFindings",
                         {tr("Household"), tr("Head"), tr("Site"), tr("Flags"), tr("Per capita (yuan/year)"),
                          tr("What to do")});
    m_cover = makeTable(
        this, "coverFindings",
        {tr("Person"), tr("Labour"), tr("Household"), tr("Head"), tr("Why at risk"), tr("What to do")});
    m_enrol = new QPushButton(tr("&Enrol…"), this);
    m_enrol->setObjectName(QStringLiteral("findingsEnrol"));
    m_exempt = new QPushButton(tr("Record &reason…"), this);
    m_exempt->setObjectName(QStringLiteral("findingsExempt"));

    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(siteLabel);
    top->addWidget(m_site);
    top->addWidget(reload);
    top->addWidget(m_summary, 1);
    auto* intakeBox = new QWidget(this);
    auto* intakeLayout = new QVBoxLayout(intakeBox);
    intakeLayout->setContentsMargins(0, 0, 0, 0);
    intakeLayout->addWidget(new QLabel(
        tr("应纳尽纳: households flagged by their check that have not entered the monitoring procedure"),
        this));
    intakeLayout->addWidget(m_intake, 1);
    auto* coverBox = new QWidget(this);
    auto* coverLayout = new QVBoxLayout(coverBox);
    coverLayout->setContentsMargins(0, 0, 0, 0);
    auto* coverBar = new QHBoxLayout;
    coverBar->addWidget(
        wrapped(new QLabel(tr("应兜尽兜: people with no or weak labour in a household at risk, in neither "
                              "低保 nor 特困 and with no recorded reason"),
                           this)),
        1);
    coverBar->addWidget(m_enrol);
    coverBar->addWidget(m_exempt);
    coverLayout->addLayout(coverBar);
    coverLayout->addWidget(m_cover, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(intakeBox);
    splitter->addWidget(coverBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    PermissionGate::apply(db, Action::WriteIncome, {m_enrol, m_exempt});
    connect(m_month, &QDateEdit::dateChanged, this, &FollowUpFindingsTab::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &FollowUpFindingsTab::refresh);
    connect(reload, &QPushButton::clicked, this, &FollowUpFindingsTab::refresh);
    connect(m_intake, &QTableWidget::activated, this, &FollowUpFindingsTab::openIntake);
    connect(m_cover, &QTableWidget::activated, this, &FollowUpFindingsTab::openCover);
    connect(m_enrol, &QPushButton::clicked, this, &FollowUpFindingsTab::enrolCurrent);
    connect(m_exempt, &QPushButton::clicked, this, &FollowUpFindingsTab::exemptCurrent);
    refresh();
}

void FollowUpFindingsTab::setMonth(QDate month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
    refresh();
}

void FollowUpFindingsTab::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void FollowUpFindingsTab::refresh()
{
    const auto found =
        income::FollowUpFindings(m_db).forMonth(m_month->date(), m_site->currentData().toLongLong(), m_today);
    m_list.reset();
    if (!found) {
        m_summary->setText(found.summary());
        m_intake->setRowCount(0);
        m_cover->setRowCount(0);
        return;
    }
    m_list = found.value();
    m_summary->setText(
        tr("%1 household(s) to take into monitoring, %2 person(s) to cover; monitoring judged on %3.")
            .arg(m_list->intake.size())
            .arg(m_list->cover.size())
            .arg(m_list->asOf.toString(Qt::ISODate)));
    m_intake->setRowCount(int(m_list->intake.size()));
    for (int i = 0; i < m_list->intake.size(); ++i) {
        const income::IntakeFinding& f = m_list->intake.at(i);
        fill(m_intake, i,
             {f.household.householdNumber, f.household.headName, f.household.siteName, f.flagsText,
              QString::number(double(f.household.perCapitaAnnual) / 100.0, 'f', 2), f.todo});
    }
    m_intake->resizeColumnsToContents();
    m_intake->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_cover->setRowCount(int(m_list->cover.size()));
    for (int i = 0; i < m_list->cover.size(); ++i) {
        const income::CoverFinding& f = m_list->cover.at(i);
        fill(m_cover, i,
             {f.personName, labourLabel(f.labourCapacity), f.householdNumber, f.headName, f.why, f.todo});
    }
    m_cover->resizeColumnsToContents();
    m_cover->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
}

void FollowUpFindingsTab::openIntake()
{
    const int row = m_intake->currentRow();
    if (m_list && row >= 0 && row < m_list->intake.size())
        emit householdRequested(m_list->intake.at(row).household.householdId);
}

void FollowUpFindingsTab::openCover()
{
    const int row = m_cover->currentRow();
    if (m_list && row >= 0 && row < m_list->cover.size())
        emit householdRequested(m_list->cover.at(row).householdId);
}

void FollowUpFindingsTab::enrolCurrent()
{
    const int row = m_cover->currentRow();
    if (!m_list || row < 0 || row >= m_list->cover.size())
        return;
    const income::CoverFinding& f = m_list->cover.at(row);
    SafetyNetEnrolDialog dialog(m_db, SafetyNetEnrolDialog::Mode::Enrol, m_list->month, this);
    dialog.setPerson(f.personId, tr("%1 · household %2").arg(f.personName, f.householdNumber));
    connect(&dialog, &SafetyNetEnrolDialog::saved, this, &FollowUpFindingsTab::refresh);
    dialog.exec();
}

void FollowUpFindingsTab::exemptCurrent()
{
    const int row = m_cover->currentRow();
    if (!m_list || row < 0 || row >= m_list->cover.size())
        return;
    const income::CoverFinding& f = m_list->cover.at(row);
    SafetyNetEnrolDialog dialog(m_db, SafetyNetEnrolDialog::Mode::Exempt, m_list->month, this);
    dialog.setPerson(f.personId, tr("%1 · household %2").arg(f.personName, f.householdNumber));
    connect(&dialog, &SafetyNetEnrolDialog::saved, this, &FollowUpFindingsTab::refresh);
    dialog.exec();
}

} // namespace anju

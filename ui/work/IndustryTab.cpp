#include "work/IndustryTab.h"

#include "access/Permissions.h"
#include "charts/ChartView.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"
#include "work/BeneficiaryChangeDialog.h"
#include "work/BeneficiaryDialog.h"
#include "work/IndustryRepository.h"
#include "work/IndustryService.h"
#include "work/ProjectDialog.h"
#include "work/ProjectModel.h"
#include "work/WorkMonthQueries.h"
#include "work/WorkWidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

enum HouseholdColumn
{
    NumberColumn,
    HeadColumn,
    SiteColumn,
    YearColumn,
    PeopleColumn,
    SharesColumn,
    AmountColumn,
    BenefitColumn,
};

} // namespace

IndustryTab::IndustryTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("industryTab"));
    m_model = new ProjectModel(db, this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("industryLevel"));
    m_level->addItem(tr("All levels"), -1);
    for (const auto& info : enumInfos<work::IndustryLevel>())
        m_level->addItem(enumLabel(info.value), int(info.value));
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    m_year = workui::makeYearBox(this, "industryYear");
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_site = workui::makeSiteBox(db, this, "industrySite");
    auto* siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_site);
    m_new = new QPushButton(tr("&New project…"), this);
    m_new->setObjectName(QStringLiteral("industryNewProject"));
    m_change = new QPushButton(tr("C&hange…"), this);
    m_change->setObjectName(QStringLiteral("industryChangeProject"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("industryCount"));
    m_projects = new QTableView(this);
    workui::setUpTable(m_projects, "industryProjects");
    m_projects->setModel(m_model);

    m_householdsTitle = new QLabel(this);
    m_householdsTitle->setObjectName(QStringLiteral("industryHouseholdsTitle"));
    m_householdsTitle->setWordWrap(true);
    m_record = new QPushButton(tr("&Record beneficiaries…"), this);
    m_record->setObjectName(QStringLiteral("industryRecord"));
    m_changeBenefit = new QPushButton(tr("Change &benefit…"), this);
    m_changeBenefit->setObjectName(QStringLiteral("industryChangeBenefit"));
    m_removeBenefit = new QPushButton(tr("Re&move"), this);
    m_removeBenefit->setObjectName(QStringLiteral("industryRemoveBenefit"));
    m_removeBenefit->setToolTip(tr("Remove a benefit entered by mistake"));
    m_households = workui::makeTable(this, "industryBeneficiaries",
                                     {tr("Household"), tr("Head"), tr("Site"), tr("Year"), tr("People"),
                                      tr("Shares"), tr("Amount (yuan)"), tr("What it received")});
    m_households->setToolTip(tr("Enter or a double click opens the household."));
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("industryChart"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addStretch(1);
    filters->addWidget(m_new);
    filters->addWidget(m_change);
    auto* projectsPane = new QWidget(this);
    auto* top = new QVBoxLayout(projectsPane);
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(filters);
    top->addWidget(m_count);
    top->addWidget(m_projects, 1);
    auto* householdBar = new QHBoxLayout;
    householdBar->addWidget(m_householdsTitle, 1);
    householdBar->addWidget(m_record);
    householdBar->addWidget(m_changeBenefit);
    householdBar->addWidget(m_removeBenefit);
    auto* householdsPane = new QWidget(this);
    auto* households = new QVBoxLayout(householdsPane);
    households->setContentsMargins(0, 0, 0, 0);
    households->addLayout(householdBar);
    households->addWidget(m_households, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(householdsPane);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(projectsPane);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    PermissionGate::apply(db, Action::WriteWork,
                          {m_new, m_change, m_record, m_changeBenefit, m_removeBenefit});
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_level->currentData().toInt();
        m_model->setLevel(level < 0
                              ? std::nullopt
                              : std::optional<work::IndustryLevel>(static_cast<work::IndustryLevel>(level)));
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_model->setYear(year());
        showChart();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSite(m_site->currentData().toLongLong());
        showChart();
    });
    connect(m_model, &ProjectModel::modelReset, this, [this] {
        showCount();
        if (m_model->rowCount() > 0)
            m_projects->selectRow(0);
        showBeneficiaries();
    });
    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndustryTab::showBeneficiaries);
    connect(m_projects, &QTableView::activated, this, &IndustryTab::changeProject);
    connect(m_households, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() >= 0 && index.row() < m_beneficiaries.size())
            emit householdRequested(m_beneficiaries.at(index.row()).beneficiary.householdId);
    });
    connect(m_new, &QPushButton::clicked, this, &IndustryTab::newProject);
    connect(m_change, &QPushButton::clicked, this, &IndustryTab::changeProject);
    connect(m_record, &QPushButton::clicked, this, &IndustryTab::recordBeneficiaries);
    connect(m_changeBenefit, &QPushButton::clicked, this, &IndustryTab::changeBenefit);
    connect(m_removeBenefit, &QPushButton::clicked, this, &IndustryTab::removeBenefit);

    showCount();
    if (m_model->rowCount() > 0)
        m_projects->selectRow(0);
    m_projects->resizeColumnsToContents();
    m_projects->horizontalHeader()->setSectionResizeMode(int(ProjectColumn::Name), QHeaderView::Stretch);
    showBeneficiaries();
    showChart();
}

int IndustryTab::year() const
{
    return workui::yearOf(m_year);
}

void IndustryTab::setYear(int year)
{
    m_year->setValue(year > 0 ? year : m_year->minimum());
}

void IndustryTab::showCount()
{
    if (!m_model->refusal().ok()) {
        m_count->setText(m_model->refusal().summary());
        return;
    }
    m_count->setText(year() > 0 ? tr("%n projects running in %1", nullptr, m_model->totalCount()).arg(year())
                                : tr("%n projects", nullptr, m_model->totalCount()));
}

const work::ProjectRow* IndustryTab::currentProject() const
{
    const QModelIndex current = m_projects->selectionModel()->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

bool IndustryTab::selectProject(qint64 projectId)
{
    int row = m_model->rowOfProject(projectId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfProject(projectId);
    }
    if (row < 0)
        return false;
    m_projects->selectRow(row);
    m_projects->scrollTo(m_model->index(row, 0));
    showBeneficiaries();
    return true;
}

void IndustryTab::refresh()
{
    const work::ProjectRow* current = currentProject();
    const qint64 keep = current ? current->project.id : 0;
    m_model->refresh();
    if (keep > 0)
        selectProject(keep);
    showChart();
}

void IndustryTab::showBeneficiaries()
{
    const work::ProjectRow* row = currentProject();
    m_beneficiaries.clear();
    if (!row) {
        m_householdsTitle->setText(tr("Choose a project to see its households."));
    } else {
        const auto rows = work::IndustryRepository(m_db).beneficiaries(row->project.id, year());
        if (rows) {
            m_beneficiaries = rows.value();
            m_householdsTitle->setText((year() > 0 ? tr("%1 in %2: %3 households, %4 people")
                                                         .arg(row->project.name)
                                                         .arg(year())
                                                         .arg(row->households)
                                                   : tr("%1, every year: %2 households, %3 people")
                                                         .arg(row->project.name)
                                                         .arg(row->households))
                                           .arg(row->people));
        } else {
            m_householdsTitle->setText(rows.summary());
        }
    }
    const bool shares = row && row->project.model == work::IndustryModel::AssetShares;
    m_households->setRowCount(int(m_beneficiaries.size()));
    for (int i = 0; i < m_beneficiaries.size(); ++i) {
        const work::BeneficiaryRow& r = m_beneficiaries.at(i);
        const work::Beneficiary& b = r.beneficiary;
        workui::fillRow(m_households, i,
                        {r.householdNumber, r.headName, r.siteName, QString::number(b.year),
                         QString::number(b.people), shares ? QString::number(b.shares) : QString(),
                         workui::yuan(b.amount), b.benefit},
                        {PeopleColumn, SharesColumn, AmountColumn});
    }
    m_households->setColumnHidden(YearColumn, year() > 0);
    m_households->setColumnHidden(SharesColumn, !shares);
    m_households->resizeColumnsToContents();
    m_households->horizontalHeader()->setSectionResizeMode(BenefitColumn, QHeaderView::Stretch);
}

void IndustryTab::showChart()
{
    // Any month of the year counts its beneficiaries (industry_beneficiaries.year); this year's projects
    // running today, another year's at its end.
    const int shown = year() > 0 ? year() : QDate::currentDate().year();
    const QDate today = QDate::currentDate();
    const QDate month = shown == today.year() ? QDate(shown, today.month(), 1) : QDate(shown, 12, 1);
    const auto figures = work::WorkMonthQueries(m_db).industry(month, m_site->currentData().toLongLong());
    ChartData data;
    if (!figures) {
        data.title = figures.summary();
        m_chart->setData(data);
        return;
    }
    const work::IndustryMonthFigures& f = figures.value()[0];
    data.kind = ChartData::Kind::Bar;
    data.title = tr("Beneficiaries by level, %1: %2 households, %3 people")
                     .arg(shown)
                     .arg(f.householdsAll)
                     .arg(f.peopleAll);
    ChartSeries households{tr("Households"), {}};
    ChartSeries people{tr("People"), {}};
    for (const auto& info : enumInfos<work::IndustryLevel>()) {
        data.categories.append(enumLabel(info.value));
        households.values.append(f.households.at(std::size_t(info.value)));
        people.values.append(f.people.at(std::size_t(info.value)));
    }
    data.series = {households, people};
    m_chart->setData(data);
}

const work::BeneficiaryRow* IndustryTab::currentBeneficiary() const
{
    const int row = m_households->currentRow();
    return row >= 0 && row < m_beneficiaries.size() ? &m_beneficiaries.at(row) : nullptr;
}

void IndustryTab::newProject()
{
    work::IndustryProject project;
    project.siteId = m_site->currentData().toLongLong();
    const int level = m_level->currentData().toInt();
    if (level >= 0)
        project.level = static_cast<work::IndustryLevel>(level);
    project.startedOn = QDate::currentDate();
    ProjectDialog dialog(m_db, project, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    selectProject(dialog.project().id);
    showChart();
}

void IndustryTab::changeProject()
{
    const work::ProjectRow* row = currentProject();
    if (!row) {
        MessageBox::information(this, tr("Change the project"), tr("Choose a project in the list first."));
        return;
    }
    if (!Permissions::allows(m_db.session(), Action::WriteWork))
        return;
    ProjectDialog dialog(m_db, row->project, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IndustryTab::recordBeneficiaries()
{
    const work::ProjectRow* row = currentProject();
    if (!row) {
        MessageBox::information(this, tr("Record beneficiaries"), tr("Choose a project in the list first."));
        return;
    }
    BeneficiaryDialog dialog(m_db, row->project, year(), this);
    dialog.setRecordedOn(m_recordedOn);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IndustryTab::changeBenefit()
{
    const work::BeneficiaryRow* row = currentBeneficiary();
    const work::ProjectRow* project = currentProject();
    if (!row || !project) {
        MessageBox::information(this, tr("Change the benefit"), tr("Choose a household in the list first."));
        return;
    }
    BeneficiaryChangeDialog dialog(m_db, *row, project->project.model == work::IndustryModel::AssetShares,
                                   this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void IndustryTab::removeBenefit()
{
    const work::BeneficiaryRow* row = currentBeneficiary();
    if (!row) {
        MessageBox::information(this, tr("Remove the benefit"), tr("Choose a household in the list first."));
        return;
    }
    if (MessageBox::question(this, tr("Remove the benefit"),
                             tr("Remove what household %1 received from %2 in %3? Do this only for a row "
                                "entered by mistake.")
                                 .arg(row->householdNumber, row->projectName)
                                 .arg(row->beneficiary.year),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Outcome removed =
        work::IndustryService(m_db).removeBeneficiary(row->beneficiary.id, row->beneficiary.rowVersion);
    if (!removed) {
        MessageBox::warning(this, tr("Remove the benefit"), removed.summary());
        return;
    }
    refresh();
}

} // namespace anju

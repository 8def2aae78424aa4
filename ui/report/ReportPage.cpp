#include "report/ReportPage.h"

#include "charts/ChartView.h"
#include "database/Database.h"
#include "registry/SiteRepository.h"
#include "report/DashboardCharts.h"
#include "report/IncomeSection.h"
#include "report/PartySection.h"
#include "report/ReportingUnitField.h"
#include "report/SummaryLoader.h"
#include "report/SummaryOutput.h"
#include "report/SummaryWords.h"
#include "widgets/ExportedFileBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
Q_LOGGING_CATEGORY(lcReportPage, "anju.report.page", QtInfoMsg)
} // namespace

namespace {

// The reporting unit as the summary builder names it: the saved one, or for a site without one its name.
QString unitOf(const report::MonthlySummary& summary, const QString& saved)
{
    return saved.isEmpty() && summary.siteId != 0 ? summary.siteName : saved;
}

} // namespace

ReportPage::ReportPage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_loader = new SummaryLoader(db, this);
    connect(m_loader, &SummaryLoader::loaded, this, &ReportPage::showResults);
    connect(m_loader, &SummaryLoader::failed, this, [this](const QString& message) {
        setBusy(false);
        m_state->setText(message);
    });

    m_trend = new ChartView(this);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_labour = new ChartView(this);
    m_labour->setObjectName(QStringLiteral("labourChart"));
    m_ages = new ChartView(this);
    m_ages->setObjectName(QStringLiteral("ageChart"));
    // The party chart shows exactly when the summary has its party section: one rule, core's.
    const bool withParty = report::PartySection().visibleTo(db.session());
    m_loader->setWithParty(withParty);
    if (withParty) {
        m_party = new ChartView(this);
        m_party->setObjectName(QStringLiteral("partyChart"));
    }
    // The same for the income tab and the summary's income section (ReadIncome).
    const bool withIncome = report::IncomeSection().visibleTo(db.session());
    m_loader->setWithIncome(withIncome);
    if (withIncome) {
        m_followUp = new ChartView(this);
        m_followUp->setObjectName(QStringLiteral("followUpChart"));
        m_bands = new ChartView(this);
        m_bands->setObjectName(QStringLiteral("incomeBandChart"));
    }

    // Population on one tab, the party on the other: side by side, neither the twelve months nor the
    // branch names had room on a 1280-pixel screen.
    auto* population = new QWidget(this);
    auto* grid = new QGridLayout(population);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_trend, 0, 0, 1, 2);
    grid->addWidget(m_ages, 1, 0);
    grid->addWidget(m_labour, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("reportChartTabs"));
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->setTabBarAutoHide(true); // one tab (no party records to read): no tab bar
    m_chartTabs->addTab(population, tr("Households and people"));
    if (m_party)
        m_chartTabs->addTab(makePartyTab(), tr("Party members"));
    if (m_followUp)
        m_chartTabs->addTab(makeIncomeTab(), tr("Income and monitoring"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartTabs);
    splitter->addWidget(makeFigurePanel());
    // The charts take the larger part; the figures and the findings need room for their words (a finding
    // wraps in its column).
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 480});

    m_exported = new ExportedFileBar(this);
    connect(m_exported, &ExportedFileBar::statusMessage, this, &ReportPage::statusMessage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeToolbar());
    layout->addWidget(m_exported);
    layout->addWidget(splitter, 1);
    reloadSites();
}

QWidget* ReportPage::makeToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_site = new QComboBox(bar);
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_site->setMinimumContentsLength(14);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_month = new QDateEdit(QDate::currentDate(), bar);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(tr("yyyy-MM", "month picker format, e.g. yyyy年MM月"));
    m_month->setMaximumDate(QDate::currentDate().addMonths(1).addDays(-QDate::currentDate().day()));
    m_month->setMinimumDate(QDate(2000, 1, 1));
    auto* siteLabel = new QLabel(tr("&Site:"), bar);
    siteLabel->setBuddy(m_site);
    auto* monthLabel = new QLabel(tr("&Month:"), bar);
    monthLabel->setBuddy(m_month);
    m_state = new QLabel(bar);
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_preview = new QPushButton(tr("&Print preview…"), bar);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), bar);
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_xlsx = new QPushButton(tr("Save as &Excel…"), bar);
    m_xlsx->setObjectName(QStringLiteral("reportXlsx"));
    row->addWidget(siteLabel);
    row->addWidget(m_site);
    row->addSpacing(12);
    row->addWidget(monthLabel);
    row->addWidget(m_month);
    row->addSpacing(12);
    row->addWidget(m_state, 1);
    row->addWidget(m_preview);
    row->addWidget(m_pdf);
    row->addWidget(m_xlsx);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ReportPage::refresh);
    connect(m_month, &QDateEdit::dateChanged, this, &ReportPage::refresh);
    connect(m_preview, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(m_xlsx, &QPushButton::clicked, this, &ReportPage::exportXlsx);
    return bar;
}

QWidget* ReportPage::makePartyTab()
{
    auto* tab = new QWidget(this);
    auto* column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 0, 0, 0);
    auto* note =
        new QLabel(tr("Counted by the branch each member belonged to at the month's end (applicants to "
                      "full members in a normal or mobile state). With many branches only the "
                      "largest are drawn. Hover over a bar for its number."),
                   tab);
    note->setWordWrap(true);
    note->setEnabled(false);
    column->addWidget(m_party, 1);
    column->addWidget(note);
    return tab;
}

QWidget* ReportPage::makeIncomeTab()
{
    auto* tab = new QWidget(this);
    auto* column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_followUp, 1);
    column->addWidget(m_bands, 1);
    auto* note =
        new QLabel(tr("Flagged: a check of the month below the monitoring line, with a drop or with a "
                      "large expense. Income bands of the households checked in the month."),
                   tab);
    note->setWordWrap(true);
    note->setEnabled(false);
    column->addWidget(note);
    return tab;
}

QWidget* ReportPage::makeFigurePanel()
{
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    m_figures = new QTreeWidget(panel);
    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_figures->setHeaderLabels({report::SummaryWords::figureHeader(), report::SummaryWords::valueHeader(),
                                report::SummaryWords::previousHeader(),
                                report::SummaryWords::changeHeader()});
    m_figures->setRootIsDecorated(false);
    m_figures->setAlternatingRowColors(true);
    m_figures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_figures->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_violationsTitle = new QLabel(panel);
    m_violationsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_violations = new QTableWidget(panel);
    m_violations->setObjectName(QStringLiteral("reportViolations"));
    m_violations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_violations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_violations->verticalHeader()->hide();
    m_violations->horizontalHeader()->setStretchLastSection(true);
    // 存在问题 is the finding a manager acts on: wrapped in its column, whole, not cut to a few words.
    m_violations->setWordWrap(true);
    connect(m_violations->horizontalHeader(), &QHeaderView::sectionResized, m_violations,
            [this] { m_violations->resizeRowsToContents(); });
    m_unit = new ReportingUnitField(m_db, panel);
    connect(m_unit, &ReportingUnitField::statusMessage, this, &ReportPage::statusMessage);
    connect(m_unit, &ReportingUnitField::unitSaved, this, [this](const QString& unit) {
        // The figures stay; only the heading of what is printed or saved changes (as the builder names it).
        if (m_summary)
            m_summary->reportingUnit = unitOf(*m_summary, unit);
    });
    column->addWidget(m_unit);
    column->addWidget(m_figures, 3);
    column->addWidget(m_violationsTitle);
    column->addWidget(m_violations, 2);
    return panel;
}

void ReportPage::reloadSites()
{
    const qint64 current = m_site->currentData().toLongLong();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    // A user limited to some sites reports on those: the office's totals would count the others.
    const Session* session = m_db.session();
    if (!session || session->coversEverySite())
        m_site->addItem(tr("All sites"), qint64(0));
    for (const Site& site : registry::SiteRepository(m_db).sites()) {
        if (!session || session->coversSite(site.id))
            m_site->addItem(site.name, site.id);
    }
    const int index = m_site->findData(current);
    m_site->setCurrentIndex(index >= 0 ? index : 0);
    if (m_shownOnce)
        refresh();
}

void ReportPage::setMonth(report::ReportMonth month)
{
    m_month->setDate(month.first);
}

void ReportPage::setSite(qint64 siteId)
{
    const int index = m_site->findData(siteId);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void ReportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        // Nothing is computed until the manager opens the page: the window starts at once.
        m_shownOnce = true;
        refresh();
    }
}

void ReportPage::refresh()
{
    if (!m_shownOnce)
        return;
    setBusy(true);
    const QDate day = m_month->date();
    m_loader->load(report::ReportMonth::of(day.year(), day.month()), m_site->currentData().toLongLong());
}

void ReportPage::setBusy(bool busy)
{
    if (busy)
        m_state->setText(tr("Computing the figures…"));
    for (QPushButton* button : {m_preview, m_pdf, m_xlsx})
        button->setEnabled(!busy && m_summary);
}

void ReportPage::showResults(const report::MonthlySummary& summary, const QList<report::TrendPoint>& trend,
                             const QList<party::BranchStages>& branches,
                             const QList<income::FollowUpTrendPoint>& followUp, qint64 milliseconds)
{
    m_summary = summary;
    // Saved while these figures were computed, the name the worker read may be the one before.
    m_summary->reportingUnit = unitOf(summary, m_unit->savedUnit());
    setBusy(false);
    // How long the figures took is for whoever tunes the queries, not for the manager reading them.
    m_state->setText(tr("%1, %2").arg(summary.scopeLabel(), summary.monthLabel()));
    qCInfo(lcReportPage) << "monthly summary" << summary.monthLabel() << "computed in" << milliseconds
                         << "ms";
    m_trend->setData(DashboardCharts::trend(trend));
    m_labour->setData(DashboardCharts::labourCapacity(summary));
    m_ages->setData(DashboardCharts::ageStructure(summary));
    if (m_party)
        m_party->setData(DashboardCharts::membersByBranch(branches));
    if (m_followUp) {
        m_followUp->setData(DashboardCharts::followUpTrend(followUp));
        m_bands->setData(DashboardCharts::incomeBands(summary));
    }
    showFigures(summary);
    showViolations(summary);
    emit figuresShown();
}

void ReportPage::showFigures(const report::MonthlySummary& summary)
{
    m_figures->clear();
    for (const report::ReportSectionResult& section : summary.sections) {
        auto* heading = new QTreeWidgetItem(m_figures, {section.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const report::ReportFigure& f : section.figures) {
            auto* item = new QTreeWidgetItem(m_figures, {QStringLiteral("  ") + f.label, f.text(f.value),
                                                         f.text(f.previous), f.changeText()});
            for (int c = 1; c < 4; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (f.change() != 0)
                item->setForeground(3, f.change() > 0 ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x30, 0x20));
        }
    }
}

void ReportPage::showViolations(const report::MonthlySummary& summary)
{
    const report::ReportSectionResult* rules = summary.section(QStringLiteral("site_rules"));
    const report::ReportTable* table = rules ? rules->table(QStringLiteral("violations")) : nullptr;
    m_violations->clear();
    if (!table) {
        m_violations->setRowCount(0);
        m_violationsTitle->clear();
        return;
    }
    m_violationsTitle->setText(tr("%1 (%n)", nullptr, int(table->rows.size())).arg(table->title));
    m_violations->setColumnCount(int(table->columns.size()));
    QStringList labels;
    for (const report::ReportColumn& c : table->columns)
        labels.append(c.label);
    m_violations->setHorizontalHeaderLabels(labels);
    m_violations->setRowCount(int(table->rows.size()));
    for (int r = 0; r < table->rows.size(); ++r) {
        const QVariantList& row = table->rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            auto* item = new QTableWidgetItem(row.at(c).toString());
            if (row.at(c).typeId() != QMetaType::QString)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(row.at(c).toString());
            m_violations->setItem(r, c, item);
        }
    }
    // Codes, names and counts whole; the last column (the problem) takes the rest and wraps.
    for (int c = 0; c + 1 < m_violations->columnCount(); ++c)
        m_violations->resizeColumnToContents(c);
    m_violations->resizeRowsToContents();
}

void ReportPage::printPreview()
{
    if (m_summary)
        SummaryOutput::printPreview(this, *m_summary);
}

void ReportPage::exportPdf()
{
    if (!m_summary)
        return;
    const QString path = SummaryOutput::exportPdf(this, *m_summary);
    if (path.isEmpty())
        return;
    const QString message =
        tr("The monthly summary was saved as PDF: %1").arg(QDir::toNativeSeparators(path));
    m_exported->showFile(path, message);
    emit statusMessage(message);
}

void ReportPage::exportXlsx()
{
    if (!m_summary)
        return;
    const QString path = SummaryOutput::exportXlsx(this, *m_summary);
    if (path.isEmpty())
        return;
    const QString message =
        tr("The monthly summary was saved as Excel: %1").arg(QDir::toNativeSeparators(path));
    m_exported->showFile(path, message);
    emit statusMessage(message);
}

} // namespace anju

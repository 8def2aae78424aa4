#pragma once

#include "income/IncomeMonthQueries.h"
#include "party/BranchStageFigures.h"
#include "report/MonthlySummary.h"
#include "report/PopulationTrend.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace anju {

class ChartView;
class ExportedFileBar;
class ReportingUnitField;
class Database;
class SummaryLoader;

// The 报表 page: the manager's month at a glance (trend, labour capacity, age structure, party members,
// flagged and monitored households with the income bands, broken site rules, every figure of the summary with
// last month's and the change) for the whole office or one site, and the monthly summary to print or save as
// PDF or Excel.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(const Database& db, QWidget* parent = nullptr);

    // Reads the sites again (after the sites dialog changed them) and recomputes.
    void reloadSites();
    void setMonth(report::ReportMonth month);
    void setSite(qint64 siteId);
    const std::optional<report::MonthlySummary>& summary() const { return m_summary; }
    // The charts, for tests and the user guide's pictures.
    ChartView* trendChart() const { return m_trend; }
    ChartView* partyChart() const { return m_party; }
    ChartView* followUpChart() const { return m_followUp; }
    ChartView* incomeBandChart() const { return m_bands; }
    QTabWidget* chartTabs() const { return m_chartTabs; }
    ReportingUnitField* reportingUnitField() const { return m_unit; }
    ExportedFileBar* exportedFileBar() const { return m_exported; }

public slots:
    void refresh();
    void printPreview();
    void exportPdf();
    void exportXlsx();

signals:
    void statusMessage(const QString& message);
    // Emitted after new figures are shown (tests wait for it).
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeToolbar();
    QWidget* makeFigurePanel();
    QWidget* makePartyTab();
    QWidget* makeIncomeTab();
    void showResults(const report::MonthlySummary& summary, const QList<report::TrendPoint>& trend,
                     const QList<party::BranchStages>& branches,
                     const QList<income::FollowUpTrendPoint>& followUp, qint64 milliseconds);
    void showFigures(const report::MonthlySummary& summary);
    void showViolations(const report::MonthlySummary& summary);
    void setBusy(bool busy);

    const Database& m_db;
    SummaryLoader* m_loader = nullptr;
    QComboBox* m_site = nullptr;
    QDateEdit* m_month = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_xlsx = nullptr;
    ExportedFileBar* m_exported = nullptr; // the file just saved, with buttons to open it
    QLabel* m_state = nullptr;
    ChartView* m_trend = nullptr;
    ChartView* m_labour = nullptr;
    ChartView* m_ages = nullptr;
    ChartView* m_party = nullptr;    // null for a role that may not read party records
    ChartView* m_followUp = nullptr; // null for a role that may not read the income checks
    ChartView* m_bands = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    ReportingUnitField* m_unit = nullptr;
    QTreeWidget* m_figures = nullptr;
    QTableWidget* m_violations = nullptr;
    QLabel* m_violationsTitle = nullptr;
    std::optional<report::MonthlySummary> m_summary;
    bool m_shownOnce = false;
};

} // namespace anju

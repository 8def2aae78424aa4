#pragma once

#include "database/KeptReaders.h"
#include "income/IncomeMonthQueries.h"
#include "party/BranchStageFigures.h"
#include "report/MonthlySummary.h"
#include "report/PopulationTrend.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace anju {

class Database;

// Computes the monthly summary, the 12-month trend, the party members by stage per branch and the 12 months
// of flagged and monitored households on its own connection in a worker thread, so a province's figures never
// freeze the window. A request made while one runs replaces any waiting one.
class SummaryLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int TrendMonths = 12;

    explicit SummaryLoader(const Database& db, QObject* parent = nullptr);
    // The party chart is left out for a role that may not read party records (the clerk).
    void setWithParty(bool withParty) { m_withParty = withParty; }
    // The flagged and monitored trend is left out for a role that may not read the income checks.
    void setWithIncome(bool withIncome) { m_withIncome = withIncome; }
    ~SummaryLoader() override;

    void load(report::ReportMonth month, qint64 siteId);
    bool isLoading() const { return m_thread != nullptr; }

signals:
    void loaded(const anju::report::MonthlySummary& summary, const QList<anju::report::TrendPoint>& trend,
                const QList<anju::party::BranchStages>& branches,
                const QList<anju::income::FollowUpTrendPoint>& followUp, qint64 milliseconds);
    void failed(const QString& message);

private:
    struct Request
    {
        report::ReportMonth month;
        qint64 siteId = 0;
    };
    void start(Request request);

    const Database& m_db;
    // The loader's connection and the summary's workers', kept open between loads (KeptReaders).
    KeptReaders m_reader;
    KeptReaders m_sectionReaders;
    QThread* m_thread = nullptr;
    std::optional<Request> m_waiting;
    std::atomic_bool m_cancel = false;
    // Written by the worker, read after it finished.
    std::optional<report::MonthlySummary> m_summary;
    QList<report::TrendPoint> m_trend;
    QList<party::BranchStages> m_branches;
    QList<income::FollowUpTrendPoint> m_followUp;
    bool m_withParty = true;
    bool m_withIncome = true;
    QString m_error;
    qint64 m_elapsed = 0;
};

} // namespace anju

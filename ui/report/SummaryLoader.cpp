#include "report/SummaryLoader.h"

#include "database/Database.h"
#include "report/SectionWorkers.h"

#include <QElapsedTimer>
#include <QThread>

namespace anju {

SummaryLoader::SummaryLoader(const Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_reader(1), m_sectionReaders(report::SectionWorkers::mostWorkers())
{
    qRegisterMetaType<report::MonthlySummary>();
    qRegisterMetaType<QList<report::TrendPoint>>();
}

SummaryLoader::~SummaryLoader()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SummaryLoader::load(report::ReportMonth month, qint64 siteId)
{
    if (m_thread) {
        m_waiting = Request{month, siteId};
        return;
    }
    start({month, siteId});
}

void SummaryLoader::start(Request request)
{
    m_cancel = false;
    m_summary.reset();
    m_trend.clear();
    m_branches.clear();
    m_followUp.clear();
    m_error.clear();
    QElapsedTimer timer;
    timer.start();
    // On the loader's kept connection (copied from the window's here, on its thread); the QThread only
    // waits for it, so that its end comes back to this thread as a signal.
    m_reader.start(
        0, m_db,
        [this, request, timer, withParty = m_withParty, withIncome = m_withIncome](const Database* db,
                                                                                   const Outcome& opened) {
            if (!db) {
                m_error = opened.summary();
                return;
            }
            report::MonthlySummaryBuilder builder(*db);
            builder.keptReaders = &m_sectionReaders;
            builder.progress = [this](int, int) { return !m_cancel; };
            Result<report::MonthlySummary> summary = builder.build(request.month, request.siteId);
            if (!summary) {
                m_error = summary.summary();
                return;
            }
            const Result<QList<report::TrendPoint>> trend =
                report::PopulationTrend::compute(*db, request.month, TrendMonths, request.siteId);
            if (!trend) {
                m_error = trend.summary();
                return;
            }
            if (withParty && !m_cancel) {
                const Result<QList<party::BranchStages>> branches =
                    party::BranchStageFigures::atMonthEnd(*db, request.month.first, request.siteId);
                if (!branches) {
                    m_error = branches.summary();
                    return;
                }
                m_branches = branches.value();
            }
            if (withIncome && !m_cancel) {
                const Result<QList<income::FollowUpTrendPoint>> followUp =
                    income::IncomeMonthQueries(*db).trend(request.month.first, TrendMonths, request.siteId);
                if (!followUp) {
                    m_error = followUp.summary();
                    return;
                }
                m_followUp = followUp.value();
            }
            m_summary = std::move(summary.value());
            m_trend = trend.value();
            m_elapsed = timer.elapsed();
        });
    m_thread = QThread::create([this] { m_reader.wait(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (m_waiting) {
            // The figures asked for meanwhile supersede these.
            const Request next = *m_waiting;
            m_waiting.reset();
            start(next);
            return;
        }
        if (m_summary)
            emit loaded(*m_summary, m_trend, m_branches, m_followUp, m_elapsed);
        else
            emit failed(m_error);
    });
    m_thread->start();
}

} // namespace anju

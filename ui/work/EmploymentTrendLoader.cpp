#include "work/EmploymentTrendLoader.h"

#include "database/Database.h"

#include <QThread>

#include <algorithm>

namespace anju {

EmploymentTrendLoader::EmploymentTrendLoader(const Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_reader(1)
{
}

EmploymentTrendLoader::~EmploymentTrendLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void EmploymentTrendLoader::load(QDate month, qint64 siteId)
{
    const Request request{QDate(month.year(), month.month(), 1), siteId};
    if (m_thread) {
        m_waiting = request;
        return;
    }
    start(request);
}

void EmploymentTrendLoader::start(Request request)
{
    m_months.clear();
    m_error.clear();
    // On the loader's kept connection; the QThread only waits for it, so that its end comes back to this
    // thread as a signal.
    m_reader.start(0, m_db, [this, request](const Database* db, const Outcome& opened) {
        if (!db) {
            m_error = opened.summary();
            return;
        }
        const work::WorkMonthQueries queries(*db);
        QList<work::EmploymentMonthFigures> months;
        for (int back = 0; back < Months; back += 2) {
            const auto pair = queries.employment(request.month.addMonths(-back), request.siteId);
            if (!pair) {
                m_error = pair.summary();
                return;
            }
            months.append(pair.value()[0]);
            months.append(pair.value()[1]);
        }
        std::reverse(months.begin(), months.end());
        m_months = months;
    });
    m_thread = QThread::create([this] { m_reader.wait(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (m_waiting) {
            const Request next = *m_waiting;
            m_waiting.reset();
            start(next);
            return;
        }
        if (m_error.isEmpty())
            emit loaded(m_months);
        else
            emit failed(m_error);
    });
    m_thread->start();
}

} // namespace anju

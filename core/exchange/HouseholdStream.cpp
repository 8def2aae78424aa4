#include "exchange/HouseholdStream.h"

namespace anju::exchange {

HouseholdStream::HouseholdStream(std::function<QString(const HandOver&)> produce)
{
    m_thread = std::thread([this, produce = std::move(produce)] {
        const HandOver handOver = [this](ImportedHousehold&& household, int rowsRead, qint64 done,
                                         qint64 total) {
            return push(std::move(household), rowsRead, done, total);
        };
        const QString error = produce(handOver);
        flush();
        const std::lock_guard lock(m_mutex);
        m_error = error;
        m_finished = true;
        m_changed.notify_all();
    });
}

HouseholdStream::~HouseholdStream()
{
    stop();
}

bool HouseholdStream::push(ImportedHousehold&& household, int rowsRead, qint64 done, qint64 total)
{
    m_filling.households.push_back(std::move(household));
    m_filling.rowsRead = rowsRead;
    m_filling.progressDone = done;
    m_filling.progressTotal = total;
    if (m_filling.households.size() < HouseholdsPerBatch)
        return true;
    return flush();
}

bool HouseholdStream::flush()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_ready.size() < BatchesAhead; });
    if (m_stopped)
        return false;
    if (!m_filling.households.empty()) {
        m_ready.push_back(std::move(m_filling));
        m_filling = Batch();
        m_changed.notify_all();
    }
    return true;
}

bool HouseholdStream::next(Batch& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return false;
    batch = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return true;
}

void HouseholdStream::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace anju::exchange

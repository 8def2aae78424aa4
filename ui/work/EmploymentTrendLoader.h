#pragma once

#include "database/KeptReaders.h"
#include "work/WorkMonthQueries.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

class QThread;

namespace anju {

class Database;

// The employment figures of the 12 months up to a month (WorkMonthQueries: each call gives a month and the
// one before, so six calls), read on a connection of their own in a worker thread: at a province's size
// each call takes a good part of a second (docs/benchmarks.md, issue 19), which must not freeze the list.
// A request made while one runs replaces any waiting one.
class EmploymentTrendLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int Months = 12;

    explicit EmploymentTrendLoader(const Database& db, QObject* parent = nullptr);
    ~EmploymentTrendLoader() override;

    void load(QDate month, qint64 siteId);
    bool isLoading() const { return m_thread != nullptr; }

signals:
    // Oldest month first; the last is the month asked for.
    void loaded(const QList<anju::work::EmploymentMonthFigures>& months);
    void failed(const QString& message);

private:
    struct Request
    {
        QDate month;
        qint64 siteId = 0;
    };
    void start(Request request);

    const Database& m_db;
    KeptReaders m_reader;
    QThread* m_thread = nullptr;
    std::optional<Request> m_waiting;
    // Written by the worker, read after it finished.
    QList<work::EmploymentMonthFigures> m_months;
    QString m_error;
};

} // namespace anju

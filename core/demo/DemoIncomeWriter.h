#pragma once

#include "demo/DemoIncomeModel.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// The rows of the income check, monitoring and safety-net demo, written through statements prepared once
// and bound again for every row (the caller holds the write transaction), not through the audited services.
class DemoIncomeWriter
{
public:
    explicit DemoIncomeWriter(const Database& db) : m_db(db) {}

    bool prepare();
    QString error() const { return m_error; }

    bool check(qint64 householdId, const DemoCheck& c);
    qint64 checkId(qint64 householdId, QDate month); // 0 with error() set when the read failed
    // Each returns the new row's id, or 0 with error() set.
    qint64 monitoringCase(const QVariantList& values);
    qint64 risk(qint64 caseId, const QString& risk, const QString& note);
    qint64 step(const QVariantList& values);
    qint64 objection(const QVariantList& values);
    qint64 measure(const QVariantList& values);
    qint64 calendarDay(QDate day, const QString& kind, const QString& name);
    qint64 enrolment(const QVariantList& values);
    qint64 exemption(qint64 personId, const QString& reason, QDate from, QDate to);
    // The latest visit of the household on or before `day` within 60 days, and the latest case that
    // names it received in that time: (id, date), or id 0.
    std::pair<qint64, QDate> visitBefore(qint64 householdId, QDate day);
    std::pair<qint64, QDate> gridCaseBefore(qint64 householdId, QDate day);
    // The routine visit by a cadre that found the household's risk (when no earlier visit did): its id.
    qint64 discoveryVisit(qint64 householdId, QDate day, const QString& cadre, const QString& findings);
    void finish();

private:
    bool prepare(QSqlQuery& query, const char* sql);
    qint64 run(QSqlQuery& query, const QVariantList& values);
    qint64 run(QSqlQuery& query);
    std::pair<qint64, QDate> latest(QSqlQuery& query, qint64 householdId, QDate day);
    QVariant date(QDate day);

    const Database& m_db;
    QString m_error;
    QHash<QDate, QVariant> m_dates; // the ISO text of each day, made once
    QSqlQuery m_check, m_checkId, m_case, m_risk, m_step, m_objection, m_measure, m_calendar, m_enrolment,
        m_exemption, m_visit, m_discoveryVisit, m_gridCase;
};

} // namespace anju::demo

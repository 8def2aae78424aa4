#pragma once

// Hand-built households for the safety-net and findings tests: households of named members with their
// labour capacity, income checks and monitoring cases written straight into the tables (the checks' and
// monitoring's own services are other parts of issue 18; what is tested here is how they are read).
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace anju::test {

class SafetyNetFixtures
{
public:
    explicit SafetyNetFixtures(TestDatabase& test) : m_test(test)
    {
        const auto units = registry::SiteRepository(test.db()).units(test.buildingId());
        m_unitId = units.at(0).id;
    }

    // A household living there since 2020 with one member per (name, labour capacity), the first the head.
    // Returns the household's id; the members' ids in `personIds`.
    qint64 household(const QList<std::pair<QString, LabourCapacity>>& members,
                     QList<qint64>* personIds = nullptr)
    {
        ++m_sequence;
        Household h;
        h.siteId = m_test.siteId();
        h.number = QStringLiteral("H%1").arg(m_sequence, 3, 10, QLatin1Char('0'));
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = QStringLiteral("430524");
        for (int i = 0; i < members.size(); ++i) {
            Person p =
                makePerson(members.at(i).first,
                           makeIdNumber(QStringLiteral("430524"),
                                        QDate(1950, 1, 1).addDays(m_sequence * 7 + i), m_sequence * 10 + i),
                           i == 0 ? Relationship::Head : Relationship::Son);
            p.labourCapacity = members.at(i).second;
            h.members.append(p);
        }
        const auto saved =
            registry::RegistryService(m_test.db())
                .saveHousehold(h, m_unitId, QString::number(100 + m_sequence), QDate(2020, 1, 1));
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        if (personIds) { // in the order given (the saved household lists its members in its own order)
            personIds->clear();
            for (const auto& member : members)
                for (const Person& p : saved.value().members)
                    if (p.name == member.first)
                        personIds->append(p.id);
        }
        return saved.value().id;
    }

    // A check of `month` with the month's net income `net` (fen, as wages) for `headcount` people.
    void check(qint64 householdId, QDate month, qint64 net, int headcount = 1, qint64 medical = 0)
    {
        exec(QStringLiteral(
                 "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
                 " expense_medical) VALUES (?, ?, ?, ?, ?, ?)"),
             {householdId, sqlDate(month), sqlDate(month.addDays(9)), headcount, net, medical});
    }

    // A monitoring case with the dates given (null: not reached).
    void monitoringCase(qint64 householdId, QDate discovered, QDate entered, QDate declined = {},
                        QDate eliminated = {})
    {
        QString state = QStringLiteral("entry_review");
        QDate stateDate = discovered;
        if (eliminated.isValid())
            state = QStringLiteral("eliminated"), stateDate = eliminated;
        else if (entered.isValid())
            state = QStringLiteral("monitored"), stateDate = entered;
        else if (declined.isValid())
            state = QStringLiteral("declined"), stateDate = declined;
        exec(QStringLiteral(
                 "INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery, state,"
                 " state_date, entered_on, declined_on, decline_reason, eliminated_on)"
                 " VALUES (?, 'marginal_at_risk', ?, 'income_flag', ?, ?, ?, ?, ?, ?)"),
             {householdId, sqlDate(discovered), state, sqlDate(stateDate), sqlDate(entered),
              sqlDate(declined),
              declined.isValid() ? QStringLiteral("收入已恢复") : QString(QLatin1String("")),
              sqlDate(eliminated)});
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(m_test.db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("fixture: %s", qPrintable(q.lastError().text()));
    }

private:
    TestDatabase& m_test;
    qint64 m_unitId = 0;
    int m_sequence = 0;
};

} // namespace anju::test

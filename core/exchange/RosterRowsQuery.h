#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// One member's line of the roster file.
struct RosterMemberRow
{
    QString name;
    QString idNumber;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    Relationship relationship = Relationship::Other;
    QString ethnicityCode;
    Education education = Education::Unknown;
    Health health = Health::Healthy;
    LabourCapacity labourCapacity = LabourCapacity::Ordinary;
    QString phone;
    PersonState state = PersonState::Active;
    QDate stateDate;
};

// One household as the roster file lists it: its own columns and its members in roster order.
struct RosterHouseholdRows
{
    qint64 id = 0;
    QString number;
    QString siteName;
    QString siteCode;
    QString buildingName;
    QString unitName;
    QString room;
    QString originCountyCode;
    QString originTownship;
    QString originVillage;
    QDate relocationDate;
    QString phone;
    QList<RosterMemberRow> members;
};

struct RosterRowsFilter
{
    qint64 siteId = 0;         // 0: every site
    bool includeFormer = true; // members who moved away or died, and households whose members all left
};

// Streams the roster household by household in one forward-only query (sites by code, households by
// number; head first, then spouse, then by birth date), so a province never sits in memory.
class RosterRowsQuery
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::RosterRowsQuery)

public:
    explicit RosterRowsQuery(const Database& db) : m_db(db) {}

    // How many households and persons the filter lists; false with error() when the query fails.
    bool count(const RosterRowsFilter& filter, qint64* households, qint64* persons);
    bool start(const RosterRowsFilter& filter);
    // The next household with all its listed members; false at the end or on error (see error()).
    bool next(RosterHouseholdRows& household);
    QString error() const { return m_error; }

private:
    const Database& m_db;
    QSqlQuery m_query;
    bool m_onRow = false; // the query stands on a row not yet handed out (the next household's first)
    QString m_error;
};

} // namespace anju::exchange

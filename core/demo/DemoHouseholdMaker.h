#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoWriter.h"
#include "demo/FamilyShapes.h"
#include "demo/IdNumberIssuer.h"
#include "domain/Household.h"
#include "domain/Site.h"

#include <QDate>
#include <QList>

namespace anju::demo {

struct DemoCountsSoFar
{
    int households = 0;
    int persons = 0;
    int memberships = 0;
};

// Makes one demo household at a time, from its family shape to its member rows and their memberships,
// including the few who died, moved away, or married into another household of the same site.
class DemoHouseholdMaker
{
public:
    DemoHouseholdMaker(Random& random, DemoWriter& writer, QDate today);

    // A new site: household numbers restart and movers come only from households of this site.
    void startSite(const Site& site);
    // The family of the next household, so that the dwelling can be sized for it (25 m² a person).
    QList<FamilyMember> nextFamily();
    // Writes the household into `dwellingId`; false when the database refused a row.
    bool write(QList<FamilyMember> family, qint64 dwellingId);
    // After the last household: every person's stay in their household, and the earlier stays of those
    // who moved. False when the database refused a row.
    bool writeMemberships();

    const DemoCountsSoFar& counts() const { return m_counts; }

private:
    // What a later household needs to know about an earlier one whose daughter marries into it.
    struct EarlierHousehold
    {
        qint64 id = 0;
        QDate relocationDate;
        QDate headBirthDate;
        QString surname;
        QString countyCode;
        QString ethnicityCode;
    };

    Household makeHousehold(const QList<FamilyMember>& family);
    Person makePerson(const FamilyMember& member, const Household& household, const QString& ethnicity,
                      bool fromEarlier);
    void decideFate(Person& person, const Household& household, int familySize);
    QDate dateBetween(QDate from, QDate to);
    QString mobilePhone();
    void recordMove(const Person& person, const Household& household);

    Random& m_random;
    DemoWriter& m_writer;
    IdNumberIssuer m_ids;
    QDate m_today;
    Site m_site;
    int m_sequence = 0;
    EarlierHousehold m_earlier;
    // A person who married into a household from an earlier one of the same site.
    struct Move
    {
        qint64 householdId = 0; // where she lives now
        Membership earlier;     // her stay in the household she came from
    };

    DemoCountsSoFar m_counts;
    QList<Move> m_moves;
};

} // namespace anju::demo

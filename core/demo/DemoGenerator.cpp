#include "demo/DemoGenerator.h"

#include "accounts/AccountService.h"
#include "database/Database.h"
#include "database/SqliteBulkLoad.h"
#include "demo/DemoGrids.h"
#include "demo/DemoHouseholdMaker.h"
#include "demo/DemoIncome.h"
#include "demo/DemoParty.h"
#include "demo/DemoSiteFacilities.h"
#include "demo/DemoVisits.h"
#include "demo/DemoWork.h"
#include "demo/DemoWriter.h"
#include "demo/ShaoyangPlaces.h"
#include "registry/SearchIndex.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace anju::demo {

namespace {

constexpr int HouseholdsPerSite = 100;
constexpr int MaxSites = 9000;

// One run of the generator: the plan of sites and the rows it writes, all inside one transaction.
class DemoRun
{
    Q_DECLARE_TR_FUNCTIONS(anju::demo::DemoGenerator)

public:
    DemoRun(const Database& db, const DemoOptions& options, DemoCounts& counts)
        : m_options(options), m_counts(counts), m_random(options.seed), m_writer(db),
          m_households(m_random, m_writer, options.today)
    {
    }

    // Fails with the database's text.
    Outcome loadExistingSites(const Database& db)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT code, name FROM sites")))
            return Outcome::failure(QString::fromLatin1(Field::General), query.lastError().text());
        while (query.next()) {
            m_usedCodes.insert(query.value(0).toString());
            m_usedNames.insert(query.value(1).toString());
        }
        return {};
    }

    Outcome run()
    {
        if (!m_writer.prepare())
            return Outcome::failure(QString::fromLatin1(Field::General), m_writer.error());
        const QList<int> sizes = siteSizes();
        if (!report())
            return cancelled();
        for (int households : sizes) {
            Site site;
            if (!makeSite(site))
                return Outcome::failure(QString::fromLatin1(Field::General),
                                        tr("Every county has used up its 999 site codes."));
            site.id = m_writer.insertSite(site);
            if (site.id == 0)
                return writeFailed();
            ++m_counts.sites;
            m_households.startSite(site);
            const Outcome built = buildSite(site, households);
            if (!built)
                return built;
        }
        if (!m_households.writeMemberships())
            return writeFailed();
        m_writer.finish();
        m_counts.households = m_households.counts().households;
        m_counts.persons = m_households.counts().persons;
        m_counts.memberships = m_households.counts().memberships;
        return {};
    }

private:
    Outcome writeFailed() const
    {
        return Outcome::failure(QString::fromLatin1(Field::General), m_writer.error());
    }
    Outcome cancelled() const
    {
        return Outcome::failure(QString::fromLatin1(Field::General),
                                tr("Making the demo data was cancelled."));
    }

    bool report()
    {
        if (!m_options.progress)
            return true;
        return m_options.progress(m_done, m_options.households);
    }

    // About a hundred households a site, some much larger (the article's biggest sites hold thousands).
    QList<int> siteSizes()
    {
        const int count =
            std::clamp((m_options.households + HouseholdsPerSite / 2) / HouseholdsPerSite, 2, MaxSites);
        QList<qint64> weights;
        qint64 total = 0;
        for (int i = 0; i < count; ++i) {
            qint64 w = 20 + m_random.between(0, 180);
            if (m_random.percent(2))
                w *= 8;
            weights.append(w);
            total += w;
        }
        QList<int> sizes;
        qint64 cumulative = 0;
        qint64 allocated = 0;
        for (qint64 w : weights) {
            cumulative += w;
            const qint64 upTo = cumulative * m_options.households / total;
            sizes.append(int(upTo - allocated));
            allocated = upTo;
        }
        return sizes;
    }

    QString nextCode(const County& county)
    {
        int& sequence = m_nextSequence[county.code];
        while (sequence < 999) {
            ++sequence;
            const QString code = county.code + QString::number(sequence).rightJustified(3, QLatin1Char('0'));
            if (!m_usedCodes.contains(code)) {
                m_usedCodes.insert(code);
                return code;
            }
        }
        return {};
    }

    QString uniqueName(const QString& name)
    {
        static const std::array<const char16_t*, 8> phases = {u"二期", u"三期", u"四期", u"五期",
                                                              u"六期", u"七期", u"八期", u"九期"};
        QString candidate = name;
        for (std::size_t i = 0; m_usedNames.contains(candidate); ++i) {
            candidate = name + (i < phases.size() ? QString::fromUtf16(phases[i])
                                                  : QString::number(i + 2) + QStringLiteral("期"));
        }
        m_usedNames.insert(candidate);
        return candidate;
    }

    bool makeSite(Site& site)
    {
        const County* county = &ShaoyangPlaces::drawCounty(m_random);
        site.code = nextCode(*county);
        for (int i = 0; site.code.isEmpty() && i < ShaoyangPlaces::counties().size(); ++i) {
            county = &ShaoyangPlaces::counties().at(i); // this county is full: take any with room
            site.code = nextCode(*county);
        }
        if (site.code.isEmpty())
            return false;
        site.countyCode = county->code;
        const bool countySeat = m_random.percent(35);
        site.township = countySeat ? county->townships.constFirst() : m_random.pick(county->townships);
        site.urban = countySeat || site.township.endsWith(QStringLiteral("街道"));
        // Sites in town take households from many townships (跨乡镇安置).
        site.crossTownship = m_random.percent(site.urban ? 70 : 15);
        site.name = uniqueName(ShaoyangPlaces::townStem(site.township) +
                               m_random.pick(ShaoyangPlaces::siteSuffixes()));
        site.address = county->name + site.township + m_random.pick(ShaoyangPlaces::roadNames()) +
                       QString::number(m_random.between(1, 300)) + QStringLiteral("号");
        site.moveInDate = QDate(2017, 1, 1).addDays(m_random.between(0, 1460));
        return true;
    }

    // Buildings of 6–18 floors (3–6 for small sites), one to three units, two to four dwellings a floor,
    // until every household has a home; a few dwellings stay empty.
    Outcome buildSite(const Site& site, int households)
    {
        const bool small = households < 60;
        int remaining = households;
        int buildingNumber = 0;
        while (remaining > 0) {
            Building building;
            building.siteId = site.id;
            building.name = QString::number(++buildingNumber) + QStringLiteral("栋");
            const int units = small ? m_random.between(1, 2) : m_random.between(2, 3);
            static constexpr std::array<int, 3> roomsWeights = {70, 20, 10};
            const int roomsPerFloor = small ? 2 : 2 + m_random.weighted(roomsWeights);
            const int minFloors = small ? 3 : 6;
            const int maxFloors = small ? m_random.between(3, 6) : m_random.between(6, 18);
            const int perFloor = units * roomsPerFloor;
            const int needed = (remaining * 104 / 100 + perFloor - 1) / perFloor;
            building.floors = std::clamp(needed, minFloors, maxFloors);
            building.id = m_writer.insertBuilding(building);
            if (building.id == 0)
                return writeFailed();
            ++m_counts.buildings;
            for (int u = 1; u <= units; ++u) {
                const Outcome unit = buildUnit(building, u, roomsPerFloor, remaining);
                if (!unit)
                    return unit;
            }
        }
        return {};
    }

    Outcome buildUnit(const Building& building, int number, int roomsPerFloor, int& remaining)
    {
        BuildingUnit unit;
        unit.buildingId = building.id;
        unit.name =
            QString::number(number); // shown as "1单元" (Address::unitLabel), stored as SiteService does
        unit.id = m_writer.insertUnit(unit);
        if (unit.id == 0)
            return writeFailed();
        ++m_counts.units;
        static constexpr std::array<int, 4> vacantAreas = {50, 75, 100, 125};
        static constexpr std::array<int, 4> vacantWeights = {15, 35, 35, 15};
        for (int floor = 1; floor <= building.floors; ++floor) {
            for (int room = 1; room <= roomsPerFloor; ++room) {
                Dwelling dwelling;
                dwelling.unitId = unit.id;
                dwelling.room = QString::number(floor * 100 + room);
                const bool occupied = remaining > 0 && !m_random.perMille(30);
                QList<FamilyMember> family;
                if (occupied) {
                    family = m_households.nextFamily();
                    // The policy: 25 m² a person, at most 125 m²; nobody got less than 50 m².
                    dwelling.floorArea = std::clamp(25 * int(family.size()), 50, 125);
                } else {
                    dwelling.floorArea = vacantAreas[m_random.weighted(vacantWeights)];
                }
                dwelling.id = m_writer.insertDwelling(dwelling);
                if (dwelling.id == 0)
                    return writeFailed();
                ++m_counts.dwellings;
                if (!occupied)
                    continue;
                if (!m_households.write(std::move(family), dwelling.id))
                    return writeFailed();
                --remaining;
                ++m_done;
                if (m_done % m_progressStep == 0 && !report())
                    return cancelled();
            }
        }
        return {};
    }

    const DemoOptions& m_options;
    DemoCounts& m_counts;
    Random m_random;
    DemoWriter m_writer;
    DemoHouseholdMaker m_households;
    QSet<QString> m_usedCodes;
    QSet<QString> m_usedNames;
    QHash<QString, int> m_nextSequence;
    int m_done = 0;
    const int m_progressStep = std::max(1, m_options.households / 100);
};

} // namespace

Outcome DemoGenerator::generate(const DemoOptions& options)
{
    m_counts = {};
    const QString general = QString::fromLatin1(Field::General);
    if (options.households < 1 || options.households > MaxHouseholds)
        return Outcome::failure(general,
                                tr("The number of households must be between 1 and %L1.").arg(MaxHouseholds));
    if (!options.today.isValid() || options.today < QDate(2021, 1, 1))
        return Outcome::failure(general, tr("The reference date of the demo data must be in 2021 or later."));

    if (Outcome allowed = accounts::AccountService(m_db).mayFillWithDemoData(); !allowed)
        return allowed;

    QSqlQuery existing(m_db.connection());
    if (!existing.exec(QStringLiteral("SELECT COUNT(*) FROM households")) || !existing.next())
        return Outcome::failure(general,
                                tr("Could not read the database: %1").arg(existing.lastError().text()));
    if (existing.value(0).toLongLong() > 0)
        return Outcome::failure(general,
                                tr("The database already holds %L1 households. Demo data is only made "
                                   "in a database without households; use a new database file.")
                                    .arg(existing.value(0).toLongLong()));
    existing.finish();

    DemoCounts counts;
    {
        const LargeSqliteCache cache(m_db);
        WriteTransaction transaction(m_db);
        if (!transaction.isActive())
            return Outcome::failure(general, transaction.error());
        DemoRun run(m_db, options, counts);
        if (const Outcome loaded = run.loadExistingSites(m_db); !loaded)
            return Outcome::failure(general, tr("Could not read the database: %1").arg(loaded.summary()));
        DeferredSqliteIndexes indexes;
        if (const Outcome dropped = indexes.drop(m_db); !dropped)
            return Outcome::failure(general, tr("Could not prepare the database: %1").arg(dropped.summary()));
        const Outcome outcome = run.run();
        if (!outcome)
            return outcome; // the transaction rolls back: nothing half-made stays behind
        if (const Outcome indexed = registry::SearchIndex::restoreAfterBulkLoad(m_db, indexes, false);
            !indexed)
            return Outcome::failure(general, tr("Could not index the demo data: %1").arg(indexed.summary()));
        if (const Outcome recorded = recordSiteFacilities(m_db); !recorded)
            return Outcome::failure(general,
                                    tr("Could not prepare the database: %1").arg(recorded.summary()));
        SuspendedSqliteTriggers audit;
        if (const Outcome dropped = audit.drop(m_db, QStringLiteral("audit_party_%")); !dropped)
            return Outcome::failure(general, tr("Could not prepare the database: %1").arg(dropped.summary()));
        demo::DemoParty party(m_db, options.seed, options.today);
        if (const Outcome made = party.generate(); !made)
            return Outcome::failure(general,
                                    tr("Could not make the demo party organisation: %1").arg(made.summary()));
        if (const Outcome restored = audit.restore(m_db); !restored)
            return Outcome::failure(general,
                                    tr("Could not prepare the database: %1").arg(restored.summary()));
        // The grids' audit triggers are out of the way for the bulk rows too (restored below).
        for (const QString& pattern : {QStringLiteral("audit_grid%"), QStringLiteral("audit_pairing%"),
                                       QStringLiteral("audit_person_care%")})
            if (const Outcome dropped = audit.drop(m_db, pattern); !dropped)
                return Outcome::failure(general,
                                        tr("Could not prepare the database: %1").arg(dropped.summary()));
        demo::DemoGrids grids(m_db, options.seed, options.today);
        if (const Outcome made = grids.generate(); !made)
            return Outcome::failure(general, tr("Could not make the demo grids: %1").arg(made.summary()));
        if (const Outcome restored = audit.restore(m_db); !restored)
            return Outcome::failure(general,
                                    tr("Could not prepare the database: %1").arg(restored.summary()));
        counts.grids = grids.counts().grids;
        // Visits, tasks and cases (issue 17), the income checks, monitoring cases and safety net (issue 18):
        // dated history as of today, not a user's edits, so no audit rows. The 四必访 windows come last:
        // monitored and safety-net households are difficult families to visit as well.
        SuspendedSqliteTriggers historyAudit;
        for (const char* table :
             {"audit_person_care_categories%", "audit_household_care_marks%", "audit_visit%",
              "audit_grid_case%", "audit_income_checks%", "audit_monitoring%", "audit_office_calendar%",
              "audit_safety_net%", "audit_work_%", "audit_employments%", "audit_training_%",
              "audit_industry_%"}) {
            if (const Outcome dropped = historyAudit.drop(m_db, QString::fromLatin1(table)); !dropped)
                return Outcome::failure(general,
                                        tr("Could not prepare the database: %1").arg(dropped.summary()));
        }
        demo::DemoVisits visits(m_db, options.seed, options.today);
        if (const Outcome made = visits.generateCareAndCases(); !made)
            return Outcome::failure(general,
                                    tr("Could not make the demo visits and cases: %1").arg(made.summary()));
        demo::DemoIncome income(m_db, options.seed, options.today);
        if (const Outcome made = income.generate(); !made)
            return Outcome::failure(
                general, tr("Could not make the demo income checks and monitoring: %1").arg(made.summary()));
        if (const Outcome made = visits.generateRegularVisits(); !made)
            return Outcome::failure(general,
                                    tr("Could not make the demo visits and cases: %1").arg(made.summary()));
        // Work, training and industry (issue 19): the wishes name the pairing cadres of the grids.
        demo::DemoWork work(m_db, options.seed, options.today);
        if (const Outcome made = work.generate(); !made)
            return Outcome::failure(
                general, tr("Could not make the demo work, training and industry: %1").arg(made.summary()));
        if (const Outcome restored = historyAudit.restore(m_db); !restored)
            return Outcome::failure(general,
                                    tr("Could not prepare the database: %1").arg(restored.summary()));
        counts.incomeChecks = income.counts().checks;
        counts.monitoringCases = income.counts().cases;
        counts.safetyNetEnrolments = income.counts().enrolments;
        counts.employments = work.counts().employments;
        counts.trainingAttendances = work.counts().attendances;
        counts.industryProjects = work.counts().projects;
        counts.partyOrganisations = party.counts().organisations;
        counts.partyMembers = party.counts().members;
        if (!transaction.commit())
            return Outcome::failure(general, transaction.error());
    }
    m_counts = counts;
    m_db.markDemo();
    if (options.progress)
        options.progress(options.households, options.households);
    return {};
}

} // namespace anju::demo

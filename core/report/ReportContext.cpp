#include "report/ReportContext.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>

#include <algorithm>

namespace anju::report {

ReportContext::ReportContext(const Database& db, ReportMonth month, qint64 siteId)
    : m_db(db), m_month(month), m_siteId(siteId), m_shared(std::make_shared<SharedCounts>())
{
}

ReportContext::ReportContext(const ReportContext& shared, const Database& db)
    : m_db(db), m_month(shared.m_month), m_siteId(shared.m_siteId), m_shared(shared.m_shared)
{
}

namespace {

Outcome failed(const QSqlQuery& query)
{
    return Outcome::failure(
        QLatin1String(Field::General),
        ReportContext::tr("The summary could not be computed: %1").arg(query.lastError().text()));
}

} // namespace

Result<QSqlQuery> ReportContext::prepare(const QString& sql) const
{
    QString text = sql;
    text.replace(QStringLiteral("${SITE}"),
                 wholeOffice() ? QString() : QStringLiteral(" AND h.site_id = :site"));
    text.replace(QStringLiteral("${SITE_JOIN}"),
                 wholeOffice() ? QString() : QStringLiteral(" JOIN households h ON h.id = m.household_id"));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(text))
        return failed(query);
    const auto bindIfUsed = [&](const QString& name, const QVariant& value) {
        if (text.contains(name))
            query.bindValue(name, value);
    };
    bindIfUsed(QStringLiteral(":site"), m_siteId);
    bindIfUsed(QStringLiteral(":cs"), sqlDate(m_month.first));
    bindIfUsed(QStringLiteral(":ce"), sqlDate(m_month.last()));
    bindIfUsed(QStringLiteral(":ps"), sqlDate(previousMonth().first));
    bindIfUsed(QStringLiteral(":pe"), sqlDate(previousMonth().last()));
    return query;
}

Outcome ReportContext::exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    return failed(query);
}

Result<QSqlQuery> ReportContext::query(const QString& sql) const
{
    Result<QSqlQuery> q = prepare(sql);
    if (!q)
        return q;
    if (Outcome ran = exec(q.value()); !ran)
        return ran;
    return q;
}

int ReportContext::ageBand(QDate birth, QDate day)
{
    for (int i = int(AgeBands.size()) - 1; i > 0; --i) {
        if (birth <= day.addYears(-AgeBands[std::size_t(i)].fromAge))
            return i;
    }
    return 0;
}

Result<QList<ReportSite>> ReportContext::sites() const
{
    const std::lock_guard lock(m_shared->sitesLock);
    if (!m_shared->sites) {
        if (Outcome loaded = loadSites(); !loaded) {
            m_shared->sites.reset();
            return loaded;
        }
    }
    return *m_shared->sites;
}

Result<PopulationAt> ReportContext::population(bool previous) const
{
    const std::lock_guard lock(m_shared->populationLock);
    if (!m_shared->population) {
        if (Outcome loaded = loadPopulation(); !loaded) {
            m_shared->population.reset();
            return loaded;
        }
    }
    return (*m_shared->population)[previous ? 1 : 0];
}

Outcome ReportContext::loadSites() const
{
    QList<ReportSite> sites;
    QHash<qint64, int> index;
    Result<QSqlQuery> read =
        query(QStringLiteral("SELECT s.id, s.code, s.name, s.service_centre, s.five_connections"
                             " FROM sites s ORDER BY s.code"));
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    while (q.next()) {
        if (!wholeOffice() && q.value(0).toLongLong() != m_siteId)
            continue;
        ReportSite site;
        site.id = q.value(0).toLongLong();
        site.code = q.value(1).toString();
        site.name = q.value(2).toString();
        site.serviceCentre = q.value(3).toString();
        site.fiveConnections = q.value(4).toBool();
        index.insert(site.id, int(sites.size()));
        sites.append(site);
    }

    if (Outcome counted =
            wholeOffice() ? loadOfficeHouseholds(sites, index) : loadSiteHouseholds(sites, index);
        !counted)
        return counted;

    const Result<PopulationAt> now = population(false);
    if (!now)
        return now;
    const Result<PopulationAt> before = population(true);
    if (!before)
        return before;
    for (ReportSite& site : sites)
        site.people = {now.value().peopleBySite.value(site.id), before.value().peopleBySite.value(site.id)};
    m_shared->sites = sites;
    return {};
}

// A household is registered on a day from its relocation until the day its state changed.
Outcome ReportContext::loadSiteHouseholds(QList<ReportSite>& sites, const QHash<qint64, int>& index) const
{
    Result<QSqlQuery> read =
        query(QStringLiteral("SELECT h.site_id,"
                             " SUM(CASE WHEN h.state = 'active' OR h.state_date > :ce THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN (h.relocation_date IS NULL OR h.relocation_date <= :pe)"
                             "  AND (h.state = 'active' OR h.state_date > :pe) THEN 1 ELSE 0 END)"
                             " FROM households h"
                             " WHERE (h.relocation_date IS NULL OR h.relocation_date <= :ce)"
                             " AND (h.state = 'active' OR h.state_date > :pe) ${SITE} GROUP BY h.site_id"));
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    while (q.next()) {
        if (const auto i = index.constFind(q.value(0).toLongLong()); i != index.cend())
            sites[*i].households = {q.value(1).toLongLong(), q.value(2).toLongLong()};
    }
    return {};
}

// The same for every site without reading every household (the CASE over 280,000 rows was a tenth of a
// second): the active households per site through an index, corrected by those that arrived or left
// after the month before ended, as loadOfficePopulation() corrects the people.
Outcome ReportContext::loadOfficeHouseholds(QList<ReportSite>& sites, const QHash<qint64, int>& index) const
{
    Result<QSqlQuery> active = query(
        QStringLiteral("SELECT site_id, COUNT(*) FROM households WHERE state = 'active' GROUP BY site_id"));
    if (!active)
        return active;
    for (QSqlQuery& q = active.value(); q.next();) {
        if (const auto i = index.constFind(q.value(0).toLongLong()); i != index.cend())
            sites[*i].households = {q.value(1).toLongLong(), q.value(1).toLongLong()};
    }
    Result<QSqlQuery> changed =
        query(QStringLiteral("SELECT site_id, relocation_date, active, state_date FROM ("
                             " SELECT site_id, relocation_date, CASE WHEN state = 'active' THEN 1 ELSE 0 END"
                             "  AS active, state_date FROM households WHERE relocation_date > :pe"
                             " UNION ALL SELECT site_id, relocation_date, 0, state_date FROM households"
                             "  WHERE state_date > :pe AND state <> 'active'"
                             "  AND (relocation_date IS NULL OR relocation_date <= :pe)) changed"));
    if (!changed)
        return changed;
    const std::array<QDate, 2> days = {m_month.last(), previousMonth().last()};
    for (QSqlQuery& q = changed.value(); q.next();) {
        const auto i = index.constFind(q.value(0).toLongLong());
        if (i == index.cend())
            continue;
        const QDate relocated = dateFrom(q.value(1));
        const int active = q.value(2).toInt();
        const QDate changed = dateFrom(q.value(3));
        for (std::size_t d = 0; d < 2; ++d) {
            const bool arrived = !relocated.isValid() || relocated <= days[d];
            const bool stillThere = active == 1 || (changed.isValid() && changed > days[d]);
            const qint64 delta = (arrived && stillThere ? 1 : 0) - active;
            (d == 0 ? sites[*i].households.value : sites[*i].households.previous) += delta;
        }
    }
    return {};
}

Outcome ReportContext::loadPopulation() const
{
    m_shared->population.emplace();
    return wholeOffice() ? loadOfficePopulation() : loadSitePopulation();
}

// One site is small: its stays are read directly, through its households.
Outcome ReportContext::loadSitePopulation() const
{
    std::array<PopulationAt, 2>& at = *m_shared->population;
    Result<QSqlQuery> sizes = query(
        QStringLiteral("SELECT SUM(CASE WHEN m.end_date IS NULL OR m.end_date > :ce THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN m.start_date IS NULL OR m.start_date <= :pe THEN 1 ELSE 0 END)"
                       " FROM memberships m JOIN households h ON h.id = m.household_id"
                       " WHERE (m.start_date IS NULL OR m.start_date <= :ce)"
                       " AND (m.end_date IS NULL OR m.end_date > :pe) ${SITE} GROUP BY m.household_id"));
    if (!sizes)
        return sizes;
    for (QSqlQuery& q = sizes.value(); q.next();) {
        for (int i = 0; i < 2; ++i) {
            const qint64 size = q.value(i).toLongLong();
            at[i].peopleBySite[m_siteId] += size;
            if (size > 0)
                ++at[i].householdsBySize[std::size_t(std::min<qint64>(size, LargestHouseholdSize))];
        }
    }
    Result<QSqlQuery> people =
        query(QStringLiteral("SELECT p.sex, p.labour_capacity, p.birth_date,"
                             " CASE WHEN m.end_date IS NULL OR m.end_date > :ce THEN 1 ELSE 0 END,"
                             " CASE WHEN m.start_date IS NULL OR m.start_date <= :pe THEN 1 ELSE 0 END"
                             " FROM memberships m JOIN households h ON h.id = m.household_id"
                             " JOIN persons p ON p.id = m.person_id"
                             " WHERE (m.start_date IS NULL OR m.start_date <= :ce)"
                             " AND (m.end_date IS NULL OR m.end_date > :pe) ${SITE}"));
    if (!people)
        return people;
    const std::array<QDate, 2> days = {m_month.last(), previousMonth().last()};
    for (QSqlQuery& q = people.value(); q.next();) {
        const QDate birth = dateFrom(q.value(2));
        for (int i = 0; i < 2; ++i) {
            if (!q.value(3 + i).toBool())
                continue;
            ++at[i].bySex[q.value(0).toString()];
            ++at[i].byLabour[q.value(1).toString()];
            ++at[i].byAgeBand[std::size_t(ageBand(birth, days[i]))];
        }
    }
    return {};
}

// A province has a million stays: counting them at a past day would read them all. Instead the people
// registered today are counted through indexes (active persons by sex, labour capacity and birth date;
// households by their kept member count), and corrected by the few stays that began or ended after the
// day: a stay counts at the day when it covers it and today when it is open, so the day's figure is
// today's plus, for each such stay, (covers the day) - (is open). The other stays are the same on both.
Outcome ReportContext::loadOfficePopulation() const
{
    std::array<PopulationAt, 2>& at = *m_shared->population;
    const std::array<QDate, 2> days = {m_month.last(), previousMonth().last()};
    PopulationAt today;
    Result<QSqlQuery> bySite =
        query(QStringLiteral("SELECT site_id, SUM(member_count) FROM households GROUP BY site_id"));
    if (!bySite)
        return bySite;
    for (QSqlQuery& q = bySite.value(); q.next();)
        today.peopleBySite.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    Result<QSqlQuery> bySize =
        query(QStringLiteral("SELECT member_count, COUNT(*) FROM households WHERE member_count > 0"
                             " GROUP BY member_count"));
    if (!bySize)
        return bySize;
    for (QSqlQuery& q = bySize.value(); q.next();)
        today.householdsBySize[std::size_t(std::min(q.value(0).toInt(), LargestHouseholdSize))] +=
            q.value(1).toLongLong();
    // Sex and labour capacity in one pass over one index.
    Result<QSqlQuery> bySexAndLabour =
        query(QStringLiteral("SELECT sex, labour_capacity, COUNT(*) FROM persons WHERE state = 'active'"
                             " GROUP BY sex, labour_capacity"));
    if (!bySexAndLabour)
        return bySexAndLabour;
    qint64 registered = 0;
    for (QSqlQuery& q = bySexAndLabour.value(); q.next();) {
        const qint64 n = q.value(2).toLongLong();
        today.bySex[q.value(0).toString()] += n;
        today.byLabour[q.value(1).toString()] += n;
        registered += n;
    }
    at = {today, today};
    // Ages move with the day: the bands are counted for each day from the birth dates of today's people,
    // counting the smaller side of each limit (the young below 6 and 16, the old from 60) in the index.
    static_assert(AgeBands.size() == 4 && AgeBands[1].fromAge == 6 && AgeBands[2].fromAge == 16 &&
                  AgeBands[3].fromAge == 60);
    Result<QSqlQuery> younger =
        prepare(QStringLiteral("SELECT COUNT(*) FROM persons WHERE state = 'active' AND birth_date > :born"));
    if (!younger)
        return younger;
    Result<QSqlQuery> older = prepare(
        QStringLiteral("SELECT COUNT(*) FROM persons WHERE state = 'active' AND birth_date <= :born"));
    if (!older)
        return older;
    // The number of people born after (younger) or on and before (older) `born`.
    const auto count = [](QSqlQuery& query, QDate born) -> Result<qint64> {
        query.bindValue(QStringLiteral(":born"), sqlDate(born));
        if (Outcome ran = exec(query); !ran)
            return ran;
        if (!query.next())
            return failed(query);
        const qint64 n = query.value(0).toLongLong();
        query.finish();
        return n;
    };
    for (std::size_t i = 0; i < 2; ++i) {
        const Result<qint64> under6 = count(younger.value(), days[i].addYears(-6));
        if (!under6)
            return under6;
        const Result<qint64> under16 = count(younger.value(), days[i].addYears(-16));
        if (!under16)
            return under16;
        const Result<qint64> from60 = count(older.value(), days[i].addYears(-60));
        if (!from60)
            return from60;
        at[i].byAgeBand = {under6.value(), under16.value() - under6.value(),
                           registered - under16.value() - from60.value(), from60.value()};
    }

    Result<QSqlQuery> changed =
        query(QStringLiteral("SELECT m.household_id, h.site_id, h.member_count, m.start_date, m.end_date,"
                             " p.sex, p.labour_capacity, p.birth_date"
                             " FROM memberships m JOIN persons p ON p.id = m.person_id"
                             " JOIN households h ON h.id = m.household_id"
                             " WHERE m.start_date > :pe OR m.end_date > :pe"));
    if (!changed)
        return changed;
    QSqlQuery& q = changed.value();
    struct Touched
    {
        qint64 memberCount = 0;
        std::array<qint64, 2> delta{};
    };
    QHash<qint64, Touched> households;
    // The band limits of both days, computed once: ageBand() per stay and day cost a tenth of a second for
    // a month two years back (95,000 stays changed since).
    std::array<std::array<QDate, AgeBands.size()>, 2> bornBy;
    for (std::size_t i = 0; i < 2; ++i)
        for (std::size_t b = 0; b < AgeBands.size(); ++b)
            bornBy[i][b] = days[i].addYears(-AgeBands[b].fromAge);
    const auto bandAt = [&bornBy](QDate birth, std::size_t day) {
        for (std::size_t b = AgeBands.size() - 1; b > 0; --b) {
            if (birth <= bornBy[day][b])
                return b;
        }
        return std::size_t(0);
    };
    while (q.next()) {
        const QDate start = dateFrom(q.value(3));
        const QDate end = dateFrom(q.value(4));
        const QDate birth = dateFrom(q.value(7));
        const int open = end.isValid() ? 0 : 1;
        Touched& household = households[q.value(0).toLongLong()];
        household.memberCount = q.value(2).toLongLong();
        for (int i = 0; i < 2; ++i) {
            const int covers =
                (!start.isValid() || start <= days[i]) && (!end.isValid() || end > days[i]) ? 1 : 0;
            const int delta = covers - open;
            if (delta == 0)
                continue;
            household.delta[std::size_t(i)] += delta;
            at[i].peopleBySite[q.value(1).toLongLong()] += delta;
            at[i].bySex[q.value(5).toString()] += delta;
            at[i].byLabour[q.value(6).toString()] += delta;
            // Today's bands were counted at the day itself, so a stay's correction uses the day's band.
            at[i].byAgeBand[bandAt(birth, std::size_t(i))] += delta;
        }
    }
    for (const Touched& household : std::as_const(households)) {
        for (std::size_t i = 0; i < 2; ++i) {
            if (household.delta[i] == 0)
                continue;
            const auto bucket = [](qint64 size) {
                return std::size_t(std::min<qint64>(size, LargestHouseholdSize));
            };
            if (household.memberCount > 0)
                --at[i].householdsBySize[bucket(household.memberCount)];
            const qint64 then = household.memberCount + household.delta[i];
            if (then > 0)
                ++at[i].householdsBySize[bucket(then)];
        }
    }
    return {};
}

} // namespace anju::report

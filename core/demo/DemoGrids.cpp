#include "demo/DemoGrids.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "demo/ChineseNames.h"
#include "demo/DemoRandom.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::demo {

namespace {

struct DemoBuilding
{
    qint64 id = 0;
    QList<qint64> units;
    int households = 0;
    qint64 firstHead = 0; // a resident to serve as building leader
};

// A resident party member (full or probationary, on the roll) of a building: a 党员中心户 candidate.
struct ResidentMember
{
    qint64 memberId = 0;
    qint64 personId = 0;
    QDate since;
};

struct DemoSite
{
    qint64 id = 0;
    QString code;
    QString county;
    QDate from;
    QList<DemoBuilding> buildings;
};

// One statement prepared once and bound again for every row.
class Statement
{
public:
    Statement(const Database& db, const QString& sql) : m_db(db), m_query(db.connection())
    {
        m_ok = m_query.prepare(sql);
    }
    // The new row's id (0 and error() on failure).
    qint64 insert(const QVariantList& values)
    {
        SqlRun::bind(m_query, values);
        if (!m_ok || !m_query.exec()) {
            m_error = m_query.lastError().text();
            return 0;
        }
        return m_query.lastInsertId().toLongLong();
    }
    QString error() const { return m_error; }
    void finish() { m_query.finish(); }

private:
    const Database& m_db;
    QSqlQuery m_query;
    bool m_ok = false;
    QString m_error;
};

QString mobile(Random& random)
{
    return QStringLiteral("1%1%2")
        .arg(QStringLiteral("3578").at(random.between(0, 3)))
        .arg(random.between(0, 999'999'999), 9, 10, QLatin1Char('0'));
}

QString cadreName(Random& random)
{
    const int birthYear = random.between(1970, 1998);
    return ChineseNames::surname(random) +
           ChineseNames::givenName(random, random.percent(50) ? Sex::Male : Sex::Female, birthYear);
}

} // namespace

Outcome DemoGrids::generate()
{
    Random random(m_seed * 7919 + 17);
    const auto failed = [](const QString& text) { return Outcome::error(text); };

    // The registry as the demo made it: sites, buildings with their units, households per building.
    QList<DemoSite> sites;
    QHash<qint64, int> siteIndex;
    QHash<qint64, QPair<int, int>> buildingIndex; // building → (site, building) positions
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, code, county_code, move_in_date FROM sites ORDER BY code")))
            return failed(q.lastError().text());
        while (q.next()) {
            DemoSite s;
            s.id = q.value(0).toLongLong();
            s.code = q.value(1).toString();
            s.county = q.value(2).toString();
            s.from = dateFrom(q.value(3));
            if (!s.from.isValid() || s.from > m_today)
                s.from = QDate(2019, 1, 1);
            siteIndex.insert(s.id, int(sites.size()));
            sites.append(s);
        }
        if (!q.exec(QStringLiteral("SELECT b.site_id, b.id, u.id FROM buildings b JOIN building_units u"
                                   " ON u.building_id = b.id ORDER BY b.site_id, b.id, u.id")))
            return failed(q.lastError().text());
        while (q.next()) {
            const qint64 buildingId = q.value(1).toLongLong();
            DemoSite& site = sites[siteIndex.value(q.value(0).toLongLong())];
            if (site.buildings.isEmpty() || site.buildings.last().id != buildingId) {
                buildingIndex.insert(buildingId, {siteIndex.value(site.id), int(site.buildings.size())});
                site.buildings.append({buildingId, {}, 0, 0});
            }
            site.buildings.last().units.append(q.value(2).toLongLong());
        }
        if (!q.exec(QStringLiteral(
                "SELECT u.building_id, COUNT(*), MIN(p.id) FROM households h"
                " JOIN dwellings d ON d.id = h.dwelling_id JOIN building_units u ON u.id = d.unit_id"
                " LEFT JOIN persons p ON p.household_id = h.id AND p.relationship = 'head'"
                "  AND p.state = 'active'"
                " WHERE h.state = 'active' GROUP BY u.building_id")))
            return failed(q.lastError().text());
        while (q.next()) {
            const auto at = buildingIndex.value(q.value(0).toLongLong(), {-1, -1});
            if (at.first < 0)
                continue;
            DemoBuilding& b = sites[at.first].buildings[at.second];
            b.households = q.value(1).toInt();
            b.firstHead = q.value(2).toLongLong();
        }
    }
    // A unit leader 单元长 is chosen from the unit's residents: the head of its first household here.
    QHash<qint64, qint64> unitHead;
    QHash<qint64, QList<ResidentMember>> membersOfBuilding;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT d.unit_id, MIN(p.id) FROM households h"
                                   " JOIN dwellings d ON d.id = h.dwelling_id"
                                   " JOIN persons p ON p.household_id = h.id AND p.relationship = 'head'"
                                   "  AND p.state = 'active'"
                                   " WHERE h.state = 'active' GROUP BY d.unit_id")))
            return failed(q.lastError().text());
        while (q.next())
            unitHead.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        if (!q.exec(QStringLiteral(
                "SELECT u.building_id, m.id, m.person_id, m.stage_date FROM party_members m"
                " JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = p.household_id"
                " JOIN dwellings d ON d.id = h.dwelling_id JOIN building_units u ON u.id = d.unit_id"
                " WHERE (m.stage = 'full' OR m.stage = 'probationary') AND m.state = 'normal'"
                " AND p.state = 'active' AND h.state = 'active' ORDER BY u.building_id, m.id")))
            return failed(q.lastError().text());
        while (q.next())
            membersOfBuilding[q.value(0).toLongLong()].append(
                {q.value(1).toLongLong(), q.value(2).toLongLong(), dateFrom(q.value(3))});
    }

    Statement grid(m_db,
                   QStringLiteral("INSERT INTO grids (code, site_id, name, valid_from) VALUES (?, ?, ?, ?)"));
    Statement cover(m_db,
                    QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, unit_id, valid_from,"
                                   " valid_to, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    Statement staff(m_db,
                    QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, person_id, cadre_name,"
                                   " work_unit, phone, building_id, unit_id, valid_from, party_member_id)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString reassigned = QStringLiteral("楼栋调整");
    const QDate reassignDay(m_today.year() - 1, 7, 1);
    // Each grid's workers and 党员中心户 party members, for the pairings below.
    QHash<qint64, QList<qint64>> workersOfGrid;
    QHash<qint64, QList<std::pair<qint64, QDate>>> centralMembers; // grid → (member, since)
    for (const DemoSite& site : std::as_const(sites)) {
        int sequence = 0;
        int i = 0;
        while (i < site.buildings.size() && sequence < 99) {
            const int target = random.between(150, 300);
            ++sequence;
            // County 6 + the site's township part (its code's last 3) + community 001 + sequence 2.
            const QString code = site.county + site.code.right(3) + QStringLiteral("001") +
                                 QString::number(sequence).rightJustified(2, QLatin1Char('0'));
            const qint64 gridId =
                grid.insert({code, site.id, QStringLiteral("第%1网格").arg(sequence), sqlDate(site.from)});
            if (!gridId)
                return failed(grid.error());
            ++m_counts.grids;
            const qint64 leader =
                staff.insert({gridId, QStringLiteral("grid_leader"), QStringLiteral("outside_cadre"),
                              QVariant(), cadreName(random), QStringLiteral("社区居委会"), mobile(random),
                              QVariant(), QVariant(), sqlDate(site.from), QVariant()});
            if (!leader)
                return failed(staff.error());
            QList<qint64> workers;
            for (int w = random.between(1, 2); w > 0; --w) {
                const qint64 id =
                    staff.insert({gridId, QStringLiteral("grid_worker"), QStringLiteral("outside_cadre"),
                                  QVariant(), cadreName(random), QStringLiteral("安置点管委会"),
                                  mobile(random), QVariant(), QVariant(), sqlDate(site.from), QVariant()});
                if (!id)
                    return failed(staff.error());
                workers.append(id);
            }
            workersOfGrid.insert(gridId, workers);
            m_counts.staff += 1 + int(workers.size());
            int households = 0;
            do {
                const DemoBuilding& b = site.buildings.at(i);
                // One building in about twenty was moved to this grid last year from a neighbour: its
                // earlier row belongs to the previous grid (history, not a gap).
                const bool moved = sequence > 1 && random.percent(5) && reassignDay > site.from;
                if (moved && !cover.insert({gridId - 1, b.id, QVariant(), sqlDate(site.from),
                                            sqlDate(reassignDay), QStringLiteral("")}))
                    return failed(cover.error());
                if (!cover.insert({gridId, b.id, QVariant(), sqlDate(moved ? reassignDay : site.from),
                                   QVariant(), moved ? reassigned : QStringLiteral("")}))
                    return failed(cover.error());
                if (b.firstHead) {
                    if (!staff.insert({gridId, QStringLiteral("building_leader"), QStringLiteral("resident"),
                                       b.firstHead, QStringLiteral(""), QStringLiteral(""),
                                       QStringLiteral(""), b.id, QVariant(), sqlDate(site.from), QVariant()}))
                        return failed(staff.error());
                    ++m_counts.staff;
                }
                for (qint64 unit : b.units) {
                    const qint64 head = unitHead.value(unit);
                    if (!head || head == b.firstHead)
                        continue;
                    if (!staff.insert({gridId, QStringLiteral("unit_leader"), QStringLiteral("resident"),
                                       head, QStringLiteral(""), QStringLiteral(""), QStringLiteral(""), b.id,
                                       unit, sqlDate(site.from), QVariant()}))
                        return failed(staff.error());
                    ++m_counts.staff;
                }
                // 党员中心户: up to two resident party members of the building, from the day they were
                // both on the roll and living here (the later of their stage's date and the move-in).
                const QList<ResidentMember> members = membersOfBuilding.value(b.id);
                for (int m = 0; m < std::min<int>(2, int(members.size())); ++m) {
                    const ResidentMember& member = members.at(m);
                    const QDate since =
                        member.since.isValid() && member.since > site.from ? member.since : site.from;
                    if (since > m_today)
                        continue;
                    if (!staff.insert({gridId, QStringLiteral("party_member_household"),
                                       QStringLiteral("resident"), member.personId, QStringLiteral(""),
                                       QStringLiteral(""), QStringLiteral(""), b.id, QVariant(),
                                       sqlDate(since), member.memberId}))
                        return failed(staff.error());
                    centralMembers[gridId].append({member.memberId, since});
                    ++m_counts.staff;
                }
                households += b.households;
                ++i;
            } while (i < site.buildings.size() && households < target);
        }
    }
    grid.finish();
    cover.finish();
    staff.finish();

    // Pairings: about 95% of the active households, shared among their grid's workers, one in seven with
    // a 党员中心户 party member of the grid. Contacts over the 24 months, every four to eight weeks with
    // now and then a longer gap, and a few pairings whose contacts lapsed months ago: the "no contact"
    // finding (DOMAIN.md 五个到户) then names a few percent of the households, as an office would see.
    Statement pairing(m_db, QStringLiteral("INSERT INTO pairings (household_id, partner_kind, staff_id,"
                                           " party_member_id, valid_from) VALUES (?, ?, ?, ?, ?)"));
    Statement contact(m_db, QStringLiteral("INSERT INTO pairing_contacts (pairing_id, contact_date, way)"
                                           " VALUES (?, ?, ?)"));
    static const QStringList ways = {QStringLiteral("home_visit"), QStringLiteral("phone"),
                                     QStringLiteral("message"), QStringLiteral("meeting")};
    const QDate contactsFrom = QDate(m_today.year(), m_today.month(), 1).addMonths(-23);
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT h.id, COALESCE(h.relocation_date, s.move_in_date), g.id FROM households h JOIN sites s"
            " ON s.id = h.site_id JOIN dwellings d ON d.id = h.dwelling_id JOIN building_units u ON u.id = "
            "d.unit_id"
            " JOIN grid_coverage c ON c.building_id = u.building_id AND c.unit_id IS NULL AND c.valid_to IS "
            "NULL"
            " JOIN grids g ON g.id = c.grid_id WHERE h.state = 'active' ORDER BY h.id"));
        if (!q.exec())
            return failed(q.lastError().text());
        QList<std::tuple<qint64, QDate, qint64>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toLongLong()});
        q.finish();
        QHash<qint64, int> turn; // grid → the next worker's turn
        for (const auto& [householdId, relocated, gridId] : rows) {
            if (random.percent(5))
                continue;
            const QList<qint64> workers = workersOfGrid.value(gridId);
            if (workers.isEmpty())
                continue;
            QDate from = relocated.isValid() && relocated < m_today ? relocated : m_today.addYears(-1);
            const QList<std::pair<qint64, QDate>> members = centralMembers.value(gridId);
            qint64 id = 0;
            if (!members.isEmpty() && random.between(0, 6) == 0) {
                const auto& [member, since] = members.at(random.between(0, int(members.size()) - 1));
                from = std::max(from, since);
                id = pairing.insert(
                    {householdId, QStringLiteral("party_member"), QVariant(), member, sqlDate(from)});
            } else {
                const qint64 worker = workers.at(turn[gridId]++ % workers.size());
                id =
                    pairing.insert({householdId, QStringLiteral("staff"), worker, QVariant(), sqlDate(from)});
            }
            if (!id)
                return failed(pairing.error());
            ++m_counts.pairings;
            // One pairing in forty stopped being contacted some two to eight months ago.
            const QDate lapsed = random.perMille(25) ? m_today.addDays(-random.between(60, 240)) : m_today;
            QDate day = std::max(from, contactsFrom).addDays(random.between(0, 30));
            while (day <= lapsed) {
                if (!contact.insert(
                        {id, sqlDate(day), ways.at(random.weighted(std::array<int, 4>{40, 40, 10, 10}))}))
                    return failed(contact.error());
                ++m_counts.contacts;
                const int gap = random.weighted(std::array<int, 3>{90, 9, 1});
                day = day.addDays(gap == 0   ? random.between(28, 56)
                                  : gap == 1 ? random.between(56, 80)
                                             : random.between(80, 120));
            }
        }
    }
    pairing.finish();
    contact.finish();

    // Care categories are DemoVisits' (they start the 四必访 windows it plans and visits).
    return {};
}

} // namespace anju::demo

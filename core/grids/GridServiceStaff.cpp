// GridService's writes of people: staff, handovers, pairings and their contacts, care categories.
#include "grids/GridService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/GridRules.h"
#include "grids/GridWrites.h"
#include "grids/PairingHandover.h"

#include <QSqlQuery>

namespace anju::grids {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QVariant scalar(const Database& db, const QString& sql, const QVariantList& values)
{
    return GridWrites::scalar(db, sql, values);
}

struct HouseholdOf
{
    qint64 siteId = 0;
    QString number;
    bool active = false;
};

std::optional<HouseholdOf> household(const Database& db, qint64 householdId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT site_id, number, state FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return HouseholdOf{q.value(0).toLongLong(), q.value(1).toString(),
                       q.value(2).toString() == QLatin1String("active")};
}

// The site of an active resident's household, or 0 when the person is not an active resident.
qint64 residentSite(const Database& db, qint64 personId)
{
    return scalar(db,
                  QStringLiteral("SELECT h.site_id FROM persons p JOIN households h ON h.id = p.household_id"
                                 " WHERE p.id = ? AND p.state = 'active' AND h.state = 'active'"),
                  {personId})
        .toLongLong();
}

// A resident on the party roll serves with their member record: a 党员中心户 needs it, and neither the
// handover dialog nor `grid handover --to-person` asks for it, so it is found from the person.
void fillMemberOfResident(const Database& db, StaffMember& s)
{
    if (s.origin != StaffOrigin::Resident || s.personId <= 0 || s.partyMemberId > 0)
        return;
    s.partyMemberId =
        scalar(db, QStringLiteral("SELECT id FROM party_members WHERE person_id = ?"), {s.personId})
            .toLongLong();
}

bool memberExists(const Database& db, qint64 memberId)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM party_members WHERE id = ?"), {memberId}).toInt() >
           0;
}

const QString InsertStaff = QStringLiteral(
    "INSERT INTO grid_staff (grid_id, role, origin, person_id, party_member_id, cadre_name, work_unit, phone,"
    " building_id, unit_id, valid_from, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

QVariantList staffValues(const StaffMember& s)
{
    const bool resident = s.origin == StaffOrigin::Resident;
    return {s.gridId,
            enumKey(s.role),
            enumKey(s.origin),
            sqlId(resident ? s.personId : 0),
            sqlId(s.partyMemberId),
            sqlText(resident ? QString() : s.cadreName.trimmed()),
            sqlText(s.workUnit.trimmed()),
            sqlText(resident ? QString() : s.phone.trimmed()),
            sqlId(s.buildingId),
            sqlId(s.unitId),
            sqlDate(s.validFrom),
            sqlText(s.note.trimmed())};
}

const QString InsertPairing = QStringLiteral("INSERT INTO pairings (household_id, partner_kind, "
                                             "party_member_id, staff_id, cadre_name, work_unit, phone,"
                                             " valid_from, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

QVariantList pairingValues(const Pairing& p)
{
    const bool cadre = p.partnerKind == PartnerKind::Cadre;
    return {p.householdId,
            enumKey(p.partnerKind),
            sqlId(p.partnerKind == PartnerKind::PartyMember ? p.partyMemberId : 0),
            sqlId(p.partnerKind == PartnerKind::Staff ? p.staffId : 0),
            sqlText(cadre ? p.cadreName.trimmed() : QString()),
            sqlText(cadre ? p.workUnit.trimmed() : QString()),
            sqlText(cadre ? p.phone.trimmed() : QString()),
            sqlDate(p.validFrom),
            sqlText(p.note.trimmed())};
}

// Ends the open pairings whose `column` is `from` on `date` and starts the same pairings with `to`.
int movePairings(const Database& db, GridWrites& writes, const char* column, qint64 from, qint64 to,
                 QDate date, const QString& reason)
{
    const QString c = QString::fromLatin1(column);
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT id, household_id FROM pairings WHERE %1 = ? AND valid_to IS NULL").arg(c));
    q.addBindValue(from);
    if (!q.exec())
        return -1;
    QList<std::pair<qint64, qint64>> open;
    while (q.next())
        open.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (const auto& [id, householdId] : open) {
        if (writes.update(QStringLiteral("UPDATE pairings SET valid_to = ?, end_reason = ?,"
                                         " row_version = row_version + 1 WHERE id = ?"),
                          {sqlDate(date), reason, id}) < 0)
            return -1;
        const QString kind =
            c == QLatin1String("staff_id") ? QStringLiteral("staff") : QStringLiteral("party_member");
        if (!writes.write(
                QStringLiteral("INSERT INTO pairings (household_id, partner_kind, %1, valid_from, note)"
                               " VALUES (?, ?, ?, ?, ?)")
                    .arg(c),
                {householdId, kind, to, sqlDate(date), reason}))
            return -1;
    }
    return int(open.size());
}

} // namespace

Result<qint64> GridService::addStaff(StaffMember s)
{
    // The role first (the site once the grid is read): a clerk hears that this is the 负责人's.
    if (Outcome denied = Permissions::require(m_db, Action::OrganiseGrids); !denied)
        return denied;
    fillMemberOfResident(m_db, s);
    Outcome outcome = GridRules::validate(s);
    if (!outcome)
        return outcome;
    const auto g = GridRepository(m_db).grid(s.gridId);
    if (!g)
        return Outcome::failure(field(Field::General), tr("The grid is not on file."));
    if (!g->isOpenOn(s.validFrom))
        return Outcome::failure(field(Field::GridDates),
                                tr("The grid %1 is not open on %2.").arg(g->name, iso(s.validFrom)));
    if (s.origin == StaffOrigin::Resident) {
        const qint64 siteId = residentSite(m_db, s.personId);
        if (siteId == 0)
            outcome.add(field(Field::StaffPerson), tr("The person is not a registered resident."));
        else if (siteId != g->siteId && s.role != StaffRole::GridLeader && s.role != StaffRole::GridWorker)
            // Building and unit leaders and party member households are chosen from the site's residents.
            outcome.add(field(Field::StaffPerson),
                        tr("A %1 is chosen from the residents of the grid's site.").arg(enumLabel(s.role)));
    }
    if (s.partyMemberId > 0 && !memberExists(m_db, s.partyMemberId))
        outcome.add(field(Field::StaffPerson), tr("The party member is not on file."));
    if (s.unitId > 0 && s.buildingId <= 0)
        s.buildingId =
            scalar(m_db, QStringLiteral("SELECT building_id FROM building_units WHERE id = ?"), {s.unitId})
                .toLongLong();
    if (s.buildingId > 0 &&
        scalar(m_db, QStringLiteral("SELECT site_id FROM buildings WHERE id = ?"), {s.buildingId})
                .toLongLong() != g->siteId)
        outcome.add(field(Field::StaffPlace), tr("The building is not on the grid's site."));
    if (s.role == StaffRole::GridLeader &&
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM grid_staff WHERE grid_id = ? AND role = 'grid_leader'"
                              " AND valid_to IS NULL"),
               {s.gridId})
                .toInt() > 0)
        outcome.add(field(Field::General),
                    tr("The grid %1 has a grid leader already; end that service or hand it over first.")
                        .arg(g->name));
    if (!outcome)
        return outcome;
    if (Outcome denied = organiseAllowed(g->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    qint64 id = 0;
    if (!GridWrites(m_db, outcome).write(InsertStaff, staffValues(s), &id))
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return id;
}

Outcome GridService::endStaff(qint64 staffId, QDate date, const QString& reason)
{
    if (Outcome denied = Permissions::require(m_db, Action::OrganiseGrids); !denied)
        return denied;
    const auto s = GridRepository(m_db).staffMember(staffId);
    if (!s)
        return Outcome::failure(field(Field::General), tr("The staff member is not on file."));
    if (s->validTo.isValid())
        return Outcome::failure(field(Field::General), tr("%1's service has already ended.").arg(s->name));
    if (!date.isValid())
        return Outcome::failure(field(Field::GridDates), tr("Enter the day it ends."));
    if (Outcome bad = GridRules::checkEnd(s->validFrom, date, Field::GridDates); !bad)
        return bad;
    const qint64 open = scalar(m_db,
                               QStringLiteral("SELECT COUNT(*) FROM visit_tasks WHERE assignee_staff_id = ?"
                                              " AND closed_on IS NULL AND cancelled_on IS NULL"),
                               {staffId})
                            .toLongLong();
    if (open > 0)
        return Outcome::failure(
            field(Field::General),
            tr("%1 still has %2 open visit task(s): hand them over to a successor instead.")
                .arg(s->name)
                .arg(open));
    const auto g = GridRepository(m_db).grid(s->gridId);
    if (Outcome denied = organiseAllowed(g ? g->siteId : 0); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    if (GridWrites(m_db, outcome)
            .update(QStringLiteral(
                        "UPDATE grid_staff SET valid_to = ?, end_reason = ?, row_version = row_version + 1"
                        " WHERE id = ?"),
                    {sqlDate(date), sqlText(reason.trimmed()), staffId}) < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return outcome;
}

Outcome GridService::checkHandOver(qint64 fromStaffId, StaffMember& successor, QDate date,
                                   const QString& reason) const
{
    GridRepository repository(m_db);
    const auto from = repository.staffMember(fromStaffId);
    if (!from)
        return Outcome::failure(field(Field::General), tr("The staff member is not on file."));
    // The role first: a clerk hears that the handover is not theirs, not what is wrong with the form.
    const auto g = repository.grid(from->gridId);
    if (Outcome denied = organiseAllowed(g ? g->siteId : 0); !denied)
        return denied;
    if (!from->validFrom.isValid() || !holdsOn(from->validFrom, from->validTo, date))
        return Outcome::failure(field(Field::GridDates),
                                tr("%1 is not serving on %2.").arg(from->name, iso(date)));
    Outcome outcome;
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::GridReason), tr("Say why the work is handed over."));
    if (successor.id > 0) {
        const auto to = repository.staffMember(successor.id);
        if (!to || !holdsOn(to->validFrom, to->validTo, date))
            outcome.add(field(Field::StaffPerson), tr("The successor is not serving on %1.").arg(iso(date)));
        else if (to->id == from->id)
            outcome.add(field(Field::StaffPerson), tr("Hand the work to someone else."));
        return outcome;
    }
    // A newcomer takes the same seat: grid, role, building or unit.
    successor.gridId = from->gridId;
    successor.role = from->role;
    successor.buildingId = from->buildingId;
    successor.unitId = from->unitId;
    successor.validFrom = date;
    fillMemberOfResident(m_db, successor);
    const Outcome seat = GridRules::validate(successor);
    outcome.add(seat);
    if (successor.origin == StaffOrigin::Resident && seat && residentSite(m_db, successor.personId) == 0)
        outcome.add(field(Field::StaffPerson), tr("The person is not a registered resident."));
    if (successor.origin == StaffOrigin::Resident && successor.personId == from->personId)
        outcome.add(field(Field::StaffPerson), tr("Hand the work to someone else."));
    return outcome;
}

Result<Handover> GridService::handOver(qint64 fromStaffId, StaffMember successor, QDate date,
                                       const QString& reason)
{
    if (Outcome refused = checkHandOver(fromStaffId, successor, date, reason); !refused)
        return refused;
    Outcome outcome;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    GridWrites writes(m_db, outcome);
    Handover done;
    done.successorStaffId = successor.id;
    const QString why = reason.trimmed();
    if (writes.update(
            QStringLiteral("UPDATE grid_staff SET valid_to = ?, end_reason = ?, row_version = row_version + 1"
                           " WHERE id = ?"),
            {sqlDate(date), why, fromStaffId}) < 0)
        return outcome;
    if (successor.id == 0 && !writes.write(InsertStaff, staffValues(successor), &done.successorStaffId))
        return outcome;
    done.pairings = movePairings(m_db, writes, "staff_id", fromStaffId, done.successorStaffId, date, why);
    if (done.pairings < 0)
        return outcome;
    done.tasks = writes.moveOpenTasks("assignee_staff_id", fromStaffId, done.successorStaffId, date);
    if (done.tasks < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return done;
}

Result<Handover> GridService::handOverPairings(qint64 fromMemberId, qint64 toMemberId, QDate date,
                                               const QString& reason)
{
    return PairingHandover(m_db).handOver(PairingPartner::member(fromMemberId),
                                          PairingPartner::member(toMemberId), date, reason);
}

Result<qint64> GridService::addPairing(Pairing p)
{
    Outcome outcome = GridRules::validate(p);
    if (!outcome)
        return outcome;
    const auto h = household(m_db, p.householdId);
    if (!h)
        return Outcome::failure(field(Field::General), tr("The household is not on file."));
    if (!h->active)
        return Outcome::failure(field(Field::General),
                                tr("Household %1 is no longer registered.").arg(h->number));
    if (p.partnerKind == PartnerKind::PartyMember && !memberExists(m_db, p.partyMemberId))
        outcome.add(field(Field::PairingPartner), tr("The party member is not on file."));
    if (p.partnerKind == PartnerKind::Staff) {
        const auto s = GridRepository(m_db).staffMember(p.staffId);
        if (!s || !holdsOn(s->validFrom, s->validTo, p.validFrom))
            outcome.add(field(Field::PairingPartner),
                        tr("The grid staff member is not serving on %1.").arg(iso(p.validFrom)));
    }
    const QString same = p.partnerKind == PartnerKind::PartyMember ? QStringLiteral("party_member_id = ?")
                         : p.partnerKind == PartnerKind::Staff     ? QStringLiteral("staff_id = ?")
                                                                   : QStringLiteral("cadre_name = ?");
    const QVariant partner = p.partnerKind == PartnerKind::PartyMember ? QVariant(p.partyMemberId)
                             : p.partnerKind == PartnerKind::Staff     ? QVariant(p.staffId)
                                                                       : QVariant(p.cadreName.trimmed());
    if (scalar(
            m_db,
            QStringLiteral("SELECT COUNT(*) FROM pairings WHERE household_id = ? AND valid_to IS NULL AND %1")
                .arg(same),
            {p.householdId, partner})
            .toInt() > 0)
        outcome.add(field(Field::PairingPartner),
                    tr("Household %1 is paired with them already.").arg(h->number));
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(h->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    qint64 id = 0;
    if (!GridWrites(m_db, outcome).write(InsertPairing, pairingValues(p), &id))
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return id;
}

Outcome GridService::endPairing(qint64 pairingId, QDate date, const QString& reason)
{
    const auto p = GridRepository(m_db).pairing(pairingId);
    if (!p)
        return Outcome::failure(field(Field::General), tr("The pairing is not on file."));
    if (p->validTo.isValid())
        return Outcome::failure(field(Field::General), tr("The pairing has already ended."));
    if (!date.isValid())
        return Outcome::failure(field(Field::GridDates), tr("Enter the day it ends."));
    if (Outcome bad = GridRules::checkEnd(p->validFrom, date, Field::GridDates); !bad)
        return bad;
    const auto h = household(m_db, p->householdId);
    if (Outcome denied = writeAllowed(h ? h->siteId : 0); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    if (GridWrites(m_db, outcome)
            .update(QStringLiteral(
                        "UPDATE pairings SET valid_to = ?, end_reason = ?, row_version = row_version + 1"
                        " WHERE id = ?"),
                    {sqlDate(date), sqlText(reason.trimmed()), pairingId}) < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return outcome;
}

Result<qint64> GridService::logContact(PairingContact c, QDate today)
{
    const auto p = GridRepository(m_db).pairing(c.pairingId);
    if (!p)
        return Outcome::failure(field(Field::General), tr("The pairing is not on file."));
    if (!c.date.isValid() || c.date > today)
        return Outcome::failure(field(Field::GridDates), tr("A contact is recorded on a past day or today."));
    if (!holdsOn(p->validFrom, p->validTo, c.date))
        return Outcome::failure(
            field(Field::GridDates),
            tr("The pairing with household %1 did not hold on %2.").arg(p->householdNumber, iso(c.date)));
    const auto h = household(m_db, p->householdId);
    if (Outcome denied = writeAllowed(h ? h->siteId : 0); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    qint64 id = 0;
    if (!GridWrites(m_db, outcome)
             .write(QStringLiteral("INSERT INTO pairing_contacts (pairing_id, contact_date, way, note)"
                                   " VALUES (?, ?, ?, ?)"),
                    {c.pairingId, sqlDate(c.date), enumKey(c.way), sqlText(c.note.trimmed())}, &id))
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return id;
}

Result<qint64> GridService::addCare(PersonCare c)
{
    if (!c.validFrom.isValid())
        return Outcome::failure(field(Field::GridDates), tr("Enter the day it starts."));
    if (Outcome bad = GridRules::checkEnd(c.validFrom, c.validTo, Field::GridDates); !bad)
        return bad;
    const qint64 siteId = residentSite(m_db, c.personId);
    if (siteId == 0)
        return Outcome::failure(field(Field::StaffPerson), tr("The person is not a registered resident."));
    if (scalar(
            m_db,
            QStringLiteral("SELECT COUNT(*) FROM person_care_categories WHERE person_id = ? AND category = ?"
                           " AND valid_to IS NULL"),
            {c.personId, enumKey(c.category)})
            .toInt() > 0)
        return Outcome::failure(field(Field::General),
                                tr("The person is already recorded as %1.").arg(enumLabel(c.category)));
    if (Outcome denied = writeAllowed(siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    qint64 id = 0;
    if (!GridWrites(m_db, outcome)
             .write(QStringLiteral(
                        "INSERT INTO person_care_categories (person_id, category, valid_from, valid_to,"
                        " note) VALUES (?, ?, ?, ?, ?)"),
                    {c.personId, enumKey(c.category), sqlDate(c.validFrom), sqlDate(c.validTo),
                     sqlText(c.note.trimmed())},
                    &id))
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return id;
}

Outcome GridService::endCare(qint64 careId, QDate date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.valid_from, c.valid_to, c.person_id FROM person_care_categories c WHERE c.id = ?"));
    q.addBindValue(careId);
    if (!q.exec() || !q.next())
        return Outcome::failure(field(Field::General), tr("The care record is not on file."));
    if (!q.value(1).isNull())
        return Outcome::failure(field(Field::General), tr("The care record has already ended."));
    if (!date.isValid())
        return Outcome::failure(field(Field::GridDates), tr("Enter the day it ends."));
    if (Outcome bad = GridRules::checkEnd(dateFrom(q.value(0)), date, Field::GridDates); !bad)
        return bad;
    const qint64 siteId = scalar(m_db,
                                 QStringLiteral("SELECT h.site_id FROM persons p JOIN households h"
                                                " ON h.id = p.household_id WHERE p.id = ?"),
                                 {q.value(2)})
                              .toLongLong();
    if (Outcome denied = writeAllowed(siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    if (GridWrites(m_db, outcome)
            .update(QStringLiteral("UPDATE person_care_categories SET valid_to = ? WHERE id = ?"),
                    {sqlDate(date), careId}) < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return outcome;
}

} // namespace anju::grids

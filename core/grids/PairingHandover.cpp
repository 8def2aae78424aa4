#include "grids/PairingHandover.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/GridWrites.h"
#include "grids/PairingSql.h"
#include "grids/TaskAssignees.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::grids {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

struct OpenPairing
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString householdNumber;
    qint64 siteId = 0;
    QDate validFrom;
};

struct OpenTask
{
    qint64 id = 0;
    qint64 householdId = 0;
    bool mustVisit = false;
    QDate dueFrom;
};

} // namespace

Outcome PairingHandover::checkSuccessor(const PairingPartner& to, QDate date) const
{
    const QString partner = field(Field::PairingPartner);
    switch (to.kind) {
    case PartnerKind::Cadre:
        if (to.cadreName.trimmed().isEmpty())
            return Outcome::failure(partner, tr("Enter the cadre's name."));
        return {};
    case PartnerKind::Staff: {
        const auto s = GridRepository(m_db).staffMember(to.id);
        if (!s || !holdsOn(s->validFrom, s->validTo, date))
            return Outcome::failure(
                partner, tr("The successor is not serving on %1.").arg(date.toString(Qt::ISODate)));
        return {};
    }
    case PartnerKind::PartyMember: {
        const QString state =
            GridWrites::scalar(m_db, QStringLiteral("SELECT state FROM party_members WHERE id = ?"), {to.id})
                .toString();
        if (state.isEmpty())
            return Outcome::failure(partner, tr("The party member is not on file."));
        // A member transferred out or deceased can no longer visit the family.
        if (state != QLatin1String("normal") && state != QLatin1String("mobile"))
            return Outcome::failure(partner, tr("%1 is no longer on the party roll.").arg(nameOf(to)));
        return {};
    }
    }
    return {};
}

Result<Handover> PairingHandover::handOver(const PairingPartner& from, const PairingPartner& to, QDate date,
                                           const QString& reason, const QList<qint64>& pairingIds)
{
    // The role first: a secretary hears that they may not, not what is wrong with the form.
    if (Outcome denied = Permissions::require(m_db, Action::OrganiseGrids); !denied)
        return denied;
    const QString fromName = nameOf(from);
    Outcome outcome;
    if (!date.isValid())
        outcome.add(field(Field::GridDates), tr("Enter the day of the handover."));
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::GridReason), tr("Say why the work is handed over."));
    if (from.sameAs(to))
        outcome.add(field(Field::PairingPartner),
                    tr("%1 already holds these pairings: choose someone else.").arg(fromName));
    else if (date.isValid())
        outcome.add(checkSuccessor(to, date));
    if (!outcome)
        return outcome;

    QList<OpenPairing> open;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT pr.id, pr.household_id, h.number, h.site_id, pr.valid_from"
                                 " FROM pairings pr JOIN households h ON h.id = pr.household_id"
                                 " WHERE pr.valid_to IS NULL AND pr.%1 = ? ORDER BY h.number, pr.id")
                      .arg(PairingSql::partnerColumn(from.kind)));
        q.addBindValue(PairingSql::partnerKey(from));
        if (!q.exec())
            return Outcome::error(q.lastError().text());
        while (q.next())
            open.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toLongLong(), dateFrom(q.value(4))});
    }
    if (open.isEmpty())
        return Outcome::failure(field(Field::General),
                                tr("%1 has no open pairing to hand over.")
                                    .arg(fromName.isEmpty() ? tr("The partner") : fromName));
    const qsizetype everyPairing = open.size();
    if (!pairingIds.isEmpty()) {
        const QSet<qint64> chosen(pairingIds.begin(), pairingIds.end());
        for (qint64 id : chosen)
            if (std::none_of(open.begin(), open.end(), [id](const OpenPairing& p) { return p.id == id; }))
                return Outcome::failure(field(Field::General),
                                        tr("A chosen pairing is not an open pairing of %1.").arg(fromName));
        open.erase(std::remove_if(open.begin(), open.end(),
                                  [&chosen](const OpenPairing& p) { return !chosen.contains(p.id); }),
                   open.end());
    }
    const QString toName = nameOf(to);
    QSet<qint64> sites;
    for (const OpenPairing& p : open) {
        sites.insert(p.siteId);
        if (p.validFrom > date)
            outcome.add(field(Field::GridDates),
                        tr("The pairing with household %1 began on %2: hand it over on that day or later.")
                            .arg(p.householdNumber, p.validFrom.toString(Qt::ISODate)));
        // Two open pairings of one family with one partner would count the family twice for them.
        if (GridWrites::scalar(m_db,
                               QStringLiteral("SELECT COUNT(*) FROM pairings WHERE household_id = ?"
                                              " AND valid_to IS NULL AND partner_kind = ? AND %1 = ?")
                                   .arg(PairingSql::partnerColumn(to.kind)),
                               {p.householdId, enumKey(to.kind), PairingSql::partnerKey(to)})
                .toInt() > 0)
            outcome.add(field(Field::PairingPartner),
                        tr("%1 is paired with household %2 already: leave it out of the handover.")
                            .arg(toName, p.householdNumber));
    }
    if (!outcome)
        return outcome;
    for (qint64 siteId : sites)
        if (Outcome denied = Permissions::require(m_db, Action::OrganiseGrids, siteId); !denied)
            return denied;

    // The open tasks that go along: those of the moved households assigned to the old partner; when a
    // party member hands over all their pairings (chosen one by one or not), every open task of theirs (a
    // member is only ever assigned tasks as a pairing partner, so no work should stay with someone who no
    // longer pairs anyone). Windows that ended before the day were missed by the old partner and stay theirs.
    QList<OpenTask> tasks;
    if (const QString column = PairingSql::assigneeColumn(from.kind); !column.isEmpty()) {
        QSet<qint64> households;
        for (const OpenPairing& p : open)
            households.insert(p.householdId);
        const bool everyTask = from.kind == PartnerKind::PartyMember && open.size() == everyPairing;
        QSqlQuery q(m_db.connection());
        // A window that ended before the handover stays with who missed it (GridWrites::moveOpenTasks).
        q.prepare(QStringLiteral("SELECT id, household_id, kind, due_from FROM visit_tasks WHERE %1 = ?"
                                 " AND closed_on IS NULL AND cancelled_on IS NULL AND overdue_after >= ?"
                                 " ORDER BY id")
                      .arg(column));
        q.addBindValue(from.id);
        q.addBindValue(sqlDate(date));
        if (!q.exec())
            return Outcome::error(q.lastError().text());
        while (q.next()) {
            const qint64 household = q.value(1).toLongLong();
            if (everyTask || households.contains(household))
                tasks.append({q.value(0).toLongLong(), household,
                              q.value(2).toString() == QLatin1String("must_visit"), dateFrom(q.value(3))});
        }
    }

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    GridWrites writes(m_db, outcome);
    const QString why = reason.trimmed();
    const bool cadre = to.kind == PartnerKind::Cadre;
    Handover done;
    for (const OpenPairing& p : open) {
        // Ended on the day (valid_to is the first day it no longer holds) and started again on it.
        const int ended = writes.update(QStringLiteral("UPDATE pairings SET valid_to = ?, end_reason = ?,"
                                                       " row_version = row_version + 1"
                                                       " WHERE id = ? AND valid_to IS NULL"),
                                        {sqlDate(date), why, p.id});
        if (ended < 0)
            return outcome;
        if (ended == 0)
            return Outcome::failure(
                field(Field::General),
                tr("The pairing with household %1 was ended meanwhile; open the list again.")
                    .arg(p.householdNumber));
        if (!writes.write(QStringLiteral("INSERT INTO pairings (household_id, partner_kind, party_member_id,"
                                         " staff_id, cadre_name, work_unit, phone, valid_from, note)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {p.householdId, enumKey(to.kind),
                           sqlId(to.kind == PartnerKind::PartyMember ? to.id : 0),
                           sqlId(to.kind == PartnerKind::Staff ? to.id : 0),
                           sqlText(cadre ? to.cadreName.trimmed() : QString()),
                           sqlText(cadre ? to.workUnit.trimmed() : QString()),
                           sqlText(cadre ? to.phone.trimmed() : QString()), sqlDate(date), why}))
            return outcome;
        ++done.pairings;
    }
    for (const OpenTask& t : tasks) {
        std::pair<qint64, qint64> assignee{to.kind == PartnerKind::Staff ? to.id : 0,
                                           to.kind == PartnerKind::PartyMember ? to.id : 0};
        if (cadre) {
            // Read after the new pairings are written, so the rule sees the cadre and falls through to
            // the grid's worker serving when the task is due (or on the handover day, if it is due already).
            const TaskAssignees assignees(m_db, t.householdId);
            if (!assignees.ok())
                return Outcome::error(assignees.error());
            assignee = assignees.forTask(t.householdId, std::max(t.dueFrom, date), t.mustVisit);
        }
        if (writes.update(
                QStringLiteral("UPDATE visit_tasks SET assignee_staff_id = ?, assignee_member_id = ?,"
                               " row_version = row_version + 1 WHERE id = ?"),
                {sqlId(assignee.first), sqlId(assignee.second), t.id}) < 0)
            return outcome;
        ++done.tasks;
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    done.successorStaffId = to.kind == PartnerKind::Staff ? to.id : 0;
    return done;
}

} // namespace anju::grids

#include "party/PartyService.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/OrganisationRepository.h"
#include "party/PartyGroupRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyWrites.h"

#include <QSqlQuery>

namespace anju::party {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

Result<PartyGroup> PartyService::saveGroup(PartyGroup g, QDate effective, QDate today)
{
    g.name = g.name.trimmed();
    std::optional<OrganisationKind> branchKind;
    if (const auto branch = OrganisationRepository(m_db).organisation(g.branchId))
        branchKind = branch->kind;
    Outcome outcome = PartyRules::validate(g, branchKind, today);
    if (g.id != 0) {
        const auto stored = PartyGroupRepository(m_db).group(g.id);
        if (!stored)
            outcome.add(field(Field::General), tr("The party group is not on file."));
        else if (stored->branchId != g.branchId) // its members' stays would point into another branch
            outcome.add(field(Field::GroupBranch), tr("A party group cannot move to another branch."));
    }
    // Members join from the founding day of a new group, otherwise from the effective day.
    const QDate from = g.id == 0 ? g.foundingDate : effective;
    const QList<qint64> before =
        g.id == 0 ? QList<qint64>() : PartyGroupRepository(m_db).group(g.id, from)->memberIds;
    QList<qint64> joining;
    for (qint64 memberId : std::as_const(g.memberIds)) {
        if (before.contains(memberId) || joining.contains(memberId))
            continue;
        const auto member = PartyMemberRepository(m_db).storedMember(memberId);
        if (!member || member->organisationOn(from) != g.branchId)
            outcome.add(
                field(Field::MemberGroup),
                tr("%1 is not a member of the group's branch on %2: a member joins a group of their "
                   "own branch.")
                    .arg(member ? member->name : QString::number(memberId), from.toString(Qt::ISODate)));
        joining.append(memberId);
    }
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    if (g.id == 0)
        q.prepare(QStringLiteral("INSERT INTO party_groups (branch_id, name, founding_date, dissolved_date)"
                                 " VALUES (?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE party_groups SET branch_id = ?, name = ?, founding_date = ?,"
                                 " dissolved_date = ?, row_version = row_version + 1"
                                 " WHERE id = ? AND row_version = ?"));
    q.addBindValue(g.branchId);
    q.addBindValue(g.name);
    q.addBindValue(sqlDate(g.foundingDate));
    q.addBindValue(sqlDate(g.dissolvedDate));
    if (g.id != 0) {
        q.addBindValue(g.id);
        q.addBindValue(g.rowVersion);
    }
    if (!writes.exec(q))
        return outcome;
    if (g.id == 0) {
        g.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() == 0) {
        return Outcome::failure(
            field(Field::General),
            tr("Someone else changed this party group meanwhile; close the form and open it again."));
    }
    // Those who left the group, and those joining (out of any group they were in), from `from`.
    for (qint64 memberId : before + joining) {
        if (g.memberIds.contains(memberId) && before.contains(memberId))
            continue;
        QSqlQuery end(m_db.connection());
        end.prepare(QStringLiteral(
            "UPDATE party_group_stays SET end_date = ? WHERE member_id = ? AND end_date IS NULL"));
        end.addBindValue(sqlDate(from));
        end.addBindValue(memberId);
        if (!writes.exec(end))
            return outcome;
    }
    for (qint64 memberId : std::as_const(joining)) {
        QSqlQuery start(m_db.connection());
        start.prepare(QStringLiteral(
            "INSERT INTO party_group_stays (member_id, group_id, start_date) VALUES (?, ?, ?)"));
        start.addBindValue(memberId);
        start.addBindValue(g.id);
        start.addBindValue(sqlDate(from));
        if (!writes.exec(start))
            return outcome;
    }
    if (g.dissolvedDate.isValid()) {
        // Nobody stays in a dissolved group: their stays end the day it was dissolved.
        QSqlQuery end(m_db.connection());
        end.prepare(QStringLiteral("UPDATE party_group_stays SET end_date = ?"
                                   " WHERE group_id = ? AND (end_date IS NULL OR end_date > ?)"));
        end.addBindValue(sqlDate(g.dissolvedDate));
        end.addBindValue(g.id);
        end.addBindValue(sqlDate(g.dissolvedDate));
        if (!writes.exec(end))
            return outcome;
    }
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyGroupRepository(m_db).group(g.id, from);
}

Outcome PartyService::setMemberGroup(qint64 memberId, qint64 groupId, QDate date, QDate today)
{
    Outcome outcome;
    if (!date.isValid())
        return Outcome::failure(field(Field::MemberGroup), tr("Enter the day the member joins the group."));
    if (date > today)
        return Outcome::failure(field(Field::MemberGroup), tr("The day is in the future."));
    const auto member = PartyMemberRepository(m_db).storedMember(memberId);
    if (!member)
        return Outcome::failure(field(Field::General), tr("The member is not on file."));
    if (groupId != 0) {
        const auto group = PartyGroupRepository(m_db).group(groupId);
        if (!group)
            return Outcome::failure(field(Field::MemberGroup), tr("The party group is not on file."));
        if (!group->existsOn(date))
            return Outcome::failure(
                field(Field::MemberGroup),
                tr("The party group %1 does not exist on %2.").arg(group->name, date.toString(Qt::ISODate)));
        if (member->organisationOn(date) != group->branchId)
            return Outcome::failure(field(Field::MemberGroup),
                                    tr("The party group %1 is not in the member's branch on %2: a member "
                                       "joins a group of their own branch.")
                                        .arg(group->name, date.toString(Qt::ISODate)));
    }
    if (PartyGroupRepository(m_db).memberGroupsOn(date).value(memberId) == groupId)
        return outcome; // nothing changes
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery end(m_db.connection());
    end.prepare(
        QStringLiteral("UPDATE party_group_stays SET end_date = ? WHERE member_id = ? AND end_date IS NULL"));
    end.addBindValue(sqlDate(date));
    end.addBindValue(memberId);
    if (!writes.exec(end))
        return outcome;
    if (groupId != 0) {
        QSqlQuery start(m_db.connection());
        start.prepare(QStringLiteral(
            "INSERT INTO party_group_stays (member_id, group_id, start_date) VALUES (?, ?, ?)"));
        start.addBindValue(memberId);
        start.addBindValue(groupId);
        start.addBindValue(sqlDate(date));
        if (!writes.exec(start))
            return outcome;
    }
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return outcome;
}

} // namespace anju::party

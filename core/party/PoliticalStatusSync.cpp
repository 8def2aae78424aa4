#include "party/PoliticalStatusSync.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::party {

namespace {
Outcome failure(const QString& text)
{
    return Outcome::failure(QLatin1String(Field::General), text);
}
} // namespace

std::optional<PoliticalStatus> politicalStatusFor(DevelopmentStage stage)
{
    switch (stage) {
    case DevelopmentStage::Full:
        return PoliticalStatus::PartyMember;
    case DevelopmentStage::Probationary:
        return PoliticalStatus::ProbationaryMember;
    case DevelopmentStage::Applicant:
    case DevelopmentStage::Activist:
    case DevelopmentStage::DevelopmentTarget:
        break;
    }
    return std::nullopt;
}

bool politicalStatusDisagrees(DevelopmentStage stage, PoliticalStatus registered)
{
    if (const auto expected = politicalStatusFor(stage))
        return registered != *expected;
    return registered == PoliticalStatus::PartyMember || registered == PoliticalStatus::ProbationaryMember;
}

QList<PoliticalStatusMismatch> PoliticalStatusSync::mismatches() const
{
    QList<PoliticalStatusMismatch> found;
    if (!Permissions::allows(m_db.session(), Action::ReadParty))
        return found;
    QVariantList scopeValues;
    const QString scope =
        Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &scopeValues);
    const QString where = scope.isEmpty() ? QString() : QStringLiteral(" AND ") + scope;

    // Members (normal or mobile) of active persons, by their kept current stage.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.id, m.id, m.organisation_id, h.site_id, p.name, p.political_status,"
                             " m.stage FROM party_members m JOIN persons p ON p.id = m.person_id"
                             " JOIN households h ON h.id = p.household_id WHERE p.state = 'active'"
                             " AND m.state IN ('normal', 'mobile')%1 ORDER BY m.id")
                  .arg(where));
    for (const QVariant& v : scopeValues)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next()) {
            const auto registered = enumFromKey<PoliticalStatus>(q.value(5).toString());
            const auto stage = enumFromKey<DevelopmentStage>(q.value(6).toString());
            if (!registered || !stage || !politicalStatusDisagrees(*stage, *registered))
                continue;
            found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(4).toString(), *registered, stage});
        }
    }
    // Persons the register marks as party members with no party record.
    q.prepare(QStringLiteral("SELECT p.id, h.site_id, p.name, p.political_status FROM persons p"
                             " JOIN households h ON h.id = p.household_id WHERE p.state = 'active'"
                             " AND p.political_status IN ('party_member', 'probationary')"
                             " AND NOT EXISTS (SELECT 1 FROM party_members m WHERE m.person_id = p.id)%1"
                             " ORDER BY p.id")
                  .arg(where));
    for (const QVariant& v : scopeValues)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            found.append(
                {q.value(0).toLongLong(), 0, 0, q.value(1).toLongLong(), q.value(2).toString(),
                 enumFromKey<PoliticalStatus>(q.value(3).toString()).value_or(PoliticalStatus::Masses),
                 std::nullopt});
    }
    return found;
}

Outcome PoliticalStatusSync::setPersonFromParty(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.person_id, m.stage, m.state, p.political_status, h.site_id, p.name"
                             " FROM party_members m LEFT JOIN persons p ON p.id = m.person_id"
                             " LEFT JOIN households h ON h.id = p.household_id WHERE m.id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return failure(tr("The member is not on file."));
    const qint64 personId = q.value(0).toLongLong();
    const auto stage = enumFromKey<DevelopmentStage>(q.value(1).toString());
    const auto state = enumFromKey<MemberState>(q.value(2).toString());
    const auto registered = enumFromKey<PoliticalStatus>(q.value(3).toString());
    const qint64 siteId = q.value(4).toLongLong();
    const QString name = q.value(5).toString();
    if (personId == 0)
        return failure(tr("An outside cadre has no entry in the household register."));
    if (const Outcome allowed = Permissions::require(m_db, Action::WriteParty, siteId); !allowed)
        return allowed;
    if (!state || (*state != MemberState::Normal && *state != MemberState::Mobile))
        return failure(tr("%1 is %2: the party records say nothing of their status now.")
                           .arg(name, state ? enumLabel(*state) : QString()));
    const auto expected = stage ? politicalStatusFor(*stage) : std::nullopt;
    if (!expected)
        return failure(tr("%1 is %2, not yet a party member: correct the status in the household form (群众 "
                          "or 共青团员).")
                           .arg(name, stage ? enumLabel(*stage) : QString()));
    if (registered == expected)
        return failure(tr("The household register already says %1 is %2.").arg(name, enumLabel(*expected)));

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failure(transaction.error());
    QSqlQuery u(m_db.connection());
    u.prepare(m_db.dialect().expand(
        QStringLiteral("UPDATE persons SET political_status = ?, row_version = row_version + 1,"
                       " updated_at = ${NOW} WHERE id = ?")));
    u.addBindValue(enumKey(*expected));
    u.addBindValue(personId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return failure(u.lastError().text());
    if (!transaction.commit())
        return failure(transaction.error());
    return {};
}

Outcome PoliticalStatusSync::setPersonFromPartyOf(qint64 personId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT m.id, p.name FROM persons p LEFT JOIN party_members m ON m.person_id = p.id"
                       " WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return failure(tr("No person has the number %1.").arg(personId));
    if (q.value(0).isNull())
        return failure(tr("%1 has no party record to set the register from: the party records need the "
                          "member entered first.")
                           .arg(q.value(1).toString()));
    return setPersonFromParty(q.value(0).toLongLong());
}

Result<QString> PoliticalStatusSync::partyRecordsToMatch(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.name, p.political_status, h.site_id, m.id FROM persons p"
                             " JOIN households h ON h.id = p.household_id"
                             " LEFT JOIN party_members m ON m.person_id = p.id WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return failure(tr("No person has the number %1.").arg(personId));
    const QString name = q.value(0).toString();
    const auto registered =
        enumFromKey<PoliticalStatus>(q.value(1).toString()).value_or(PoliticalStatus::Masses);
    const qint64 siteId = q.value(2).toLongLong();
    const qint64 memberId = q.value(3).toLongLong();
    if (const Outcome allowed = Permissions::require(m_db, Action::ReadParty, siteId); !allowed)
        return allowed;
    const bool saysMember =
        registered == PoliticalStatus::PartyMember || registered == PoliticalStatus::ProbationaryMember;

    if (memberId == 0) {
        if (!saysMember)
            return failure(tr("%1 has no party record and the register says %2: they agree.")
                               .arg(name, enumLabel(registered)));
        return QString(tr("The register says %1 is %2, and there is no party record. A register entry "
                          "has no dates: enter %1 as a member on the 党建 page or in the branch's roster, "
                          "with the date of each step from their file (申请入党, 积极分子, 发展对象, "
                          "接收预备党员, 转正). If the register is wrong, correct 政治面貌 in the household "
                          "form.")
                           .arg(name, enumLabel(registered)));
    }
    const auto member = PartyMemberRepository(m_db).member(memberId);
    if (!member)
        return failure(tr("The member is not on file."));
    const bool standing = member->state == MemberState::Normal || member->state == MemberState::Mobile;
    if (standing && !politicalStatusDisagrees(member->stage, registered))
        return failure(tr("The household register already says %1 is %2.").arg(name, enumLabel(registered)));
    if (!standing) {
        if (!saysMember)
            return failure(tr("%1 is %2 in the party records and %3 in the register: they agree.")
                               .arg(name, enumLabel(member->state), enumLabel(registered)));
        return QString(tr("%1 is %2 in the party records, but the register says %3. If %1 came back, "
                          "record the transfer in (组织关系转入) with its letter; otherwise correct 政治面貌 "
                          "in the household form.")
                           .arg(name, enumLabel(member->state), enumLabel(registered)));
    }
    const QString since = member->stageDate.toString(Qt::ISODate);
    if (!saysMember)
        return QString(tr("The party records have %1 as %2 since %3; the register says %4. If %1 left the "
                          "party, record the leaving with the branch's decision (party leave); a register "
                          "entry alone does not end a membership.")
                           .arg(name, enumLabel(member->stage), since, enumLabel(registered)));
    if (registered == PoliticalStatus::PartyMember) {
        // The register is ahead: a full member there, not yet in the party records.
        if (member->stage == DevelopmentStage::Probationary) {
            const QDate ends = PartyRules::probationEnds(*member);
            return QString(tr("The party records have %1 as a probationary member; the probation ends on "
                              "%2. Record the conversion (转正) with the day of the branch meeting that "
                              "decided it, on or after %2; 党龄 counts from %2.")
                               .arg(name, ends.toString(Qt::ISODate)));
        }
        return QString(tr("The party records have %1 as %2 since %3. Record the steps that followed "
                          "(发展对象, 接收预备党员, 转正) with their dates from the member's file.")
                           .arg(name, enumLabel(member->stage), since));
    }
    // The register says probationary.
    if (member->stage == DevelopmentStage::Full)
        return QString(tr("The party records have %1 as a full member (converted; 党龄 from %2). A "
                          "recorded conversion is not undone from the register: if the register is behind, "
                          "set it from the party record instead.")
                           .arg(name, PartyRules::fullMemberSince(*member).toString(Qt::ISODate)));
    return QString(tr("The party records have %1 as %2 since %3. Record the admission (接收预备党员) with "
                      "the day of the branch general meeting that admitted them, from the member's file.")
                       .arg(name, enumLabel(member->stage), since));
}

} // namespace anju::party

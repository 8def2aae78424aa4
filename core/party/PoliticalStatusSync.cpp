#include "party/PoliticalStatusSync.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

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

} // namespace anju::party

#include "party/PartyMemberRepository.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyMemberLoader.h"
#include "party/PartyRules.h"
#include "registry/IdentitySearch.h"
#include "registry/SiteRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace anju::party {

namespace {

QDate nextDueOf(const PartyMember& m)
{
    switch (m.stage) {
    case DevelopmentStage::Applicant:
        return m.dateOf(StageEvent::ApplicationTalk).isValid()
                   ? QDate()
                   : PartyRules::applicationTalkDue(m.dateOf(StageEvent::Application));
    case DevelopmentStage::Activist:
        return PartyRules::activistEligibleOn(m.dateOf(StageEvent::Activist));
    case DevelopmentStage::Probationary:
        return PartyRules::conversionDue(m);
    case DevelopmentStage::DevelopmentTarget:
    case DevelopmentStage::Full:
        return {};
    }
    return {};
}

} // namespace

std::optional<PartyMember> PartyMemberRepository::member(qint64 id) const
{
    auto found = storedMember(id);
    if (found) {
        const Session* session = m_db.session();
        found->idNumber = Permissions::shownIdNumber(session, found->idNumber);
        found->phone = Permissions::shownPhone(session, found->phone);
        found->birthDate = IdentityMask::shownBirthDate(session, found->birthDate);
    }
    return found;
}

std::optional<PartyMember> PartyMemberRepository::storedMember(qint64 id) const
{
    // Nothing of the party records for a role that may not read them (checked where they are read).
    if (!Permissions::allows(m_db.session(), Action::ReadParty))
        return {};
    const auto found = PartyMemberLoader(m_db).load(QStringLiteral("m.id = ?"), {id}, true);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Outcome PartyMemberRepository::memberSearchRefusal(const PartyMemberFilter& filter) const
{
    return IdentityMask::searchRefusal(m_db.session(), filter.text.trimmed());
}

std::optional<PartyMember> PartyMemberRepository::memberForPerson(qint64 personId) const
{
    const auto found = PartyMemberLoader(m_db).load(QStringLiteral("m.person_id = ?"), {personId}, true);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PartyMember> PartyMemberRepository::allMembers() const
{
    return PartyMemberLoader(m_db).load({}, {}, true);
}

QList<PartyMemberRow> PartyMemberRepository::members(const PartyMemberFilter& filter) const
{
    // Nothing of the party records for a role that may not read them (checked where they are read).
    if (!Permissions::allows(m_db.session(), Action::ReadParty))
        return {};
    const QDate day = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
    QStringList conditions;
    QVariantList values;
    if (filter.organisationId > 0) {
        const QList<qint64> ids = filter.includeSubOrganisations
                                      ? OrganisationRepository(m_db).subtreeIds(filter.organisationId)
                                      : QList<qint64>{filter.organisationId};
        QStringList marks;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        conditions << QStringLiteral("m.organisation_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.stage) {
        conditions << QStringLiteral("m.stage = ?");
        values << enumKey(*filter.stage);
    }
    if (filter.state) {
        conditions << QStringLiteral("m.state = ?");
        values << enumKey(*filter.state);
    } else {
        conditions << QStringLiteral("(m.state = 'normal' OR m.state = 'mobile')");
    }
    if (filter.sex) {
        conditions << QStringLiteral("COALESCE(p.sex, m.cadre_sex) = ?");
        values << enumKey(*filter.sex);
    }
    // Ages as birth-date bounds, so the condition stays in SQL: age ≥ n ⇔ born on or before day − n years.
    if (filter.minAge >= 0) {
        conditions << QStringLiteral("COALESCE(p.birth_date, m.cadre_birth_date) <= ?");
        values << sqlDate(day.addYears(-filter.minAge));
    }
    if (filter.maxAge >= 0) {
        conditions << QStringLiteral("COALESCE(p.birth_date, m.cadre_birth_date) > ?");
        values << sqlDate(day.addYears(-(filter.maxAge + 1)));
    }
    const QString text = filter.text.trimmed();
    if (!registry::IdentitySearch::admit(m_db, text, QStringLiteral("party")))
        return {};
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(") +
                          m_db.dialect().containsCondition(QStringLiteral("COALESCE(p.name, m.cadre_name)"),
                                                           QStringLiteral("?")) +
                          QStringLiteral(" OR COALESCE(p.id_number, m.cadre_id_number) = ?)");
        values << SqlDialect::escapeLike(text) << text.toUpper();
    }

    QHash<qint64, QString> orgNames;
    const QHash<qint64, QString> siteNames = registry::SiteRepository(m_db).names();
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name FROM party_organisations")))
            while (q.next())
                orgNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    QList<PartyMemberRow> rows;
    for (const PartyMember& m :
         PartyMemberLoader(m_db).load(conditions.join(QStringLiteral(" AND ")), values, true)) {
        PartyMemberRow row;
        row.id = m.id;
        row.personId = m.personId;
        row.origin = m.origin;
        row.name = m.name;
        row.sex = m.sex;
        row.birthDate = IdentityMask::shownBirthDate(m_db.session(), m.birthDate);
        row.age = m.ageOn(day);
        row.phone = Permissions::shownPhone(m_db.session(), m.phone);
        row.organisationId = m.organisationId;
        row.organisationName = orgNames.value(m.organisationId);
        row.siteName = siteNames.value(m.siteId);
        row.stage = m.stage;
        row.stageDate = m.stageDate;
        row.state = m.state;
        row.stateDate = m.stateDate;
        row.nextDue = nextDueOf(m);
        row.enteredFromRecords = m.enteredFromRecords;
        rows.append(row);
    }
    return rows;
}

BranchProfile PartyMemberRepository::profile(qint64 organisationId, QDate asOf,
                                             bool includeSubOrganisations) const
{
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    const QList<qint64> ids = includeSubOrganisations
                                  ? OrganisationRepository(m_db).subtreeIds(organisationId)
                                  : QList<qint64>{organisationId};
    BranchProfile profile;
    for (const PartyMember& m : allMembers()) {
        const auto stage = m.stageOn(day);
        if (!stage || !m.isInGoodStandingOn(day) || !ids.contains(m.organisationOn(day)))
            continue;
        ++profile.byStage.byStage[static_cast<int>(*stage)];
        if (*stage != DevelopmentStage::Probationary && *stage != DevelopmentStage::Full)
            continue;
        if (m.birthDate.isValid())
            ++profile.byAgeBand[static_cast<int>(ageBandFor(m.ageOn(day)))];
        if (m.sex == Sex::Male)
            ++profile.male;
        else if (m.sex == Sex::Female)
            ++profile.female;
    }
    return profile;
}

QList<qint64> PartyMemberRepository::fullMemberIds(QDate asOf) const
{
    QList<qint64> ids;
    for (const PartyMember& m : PartyMemberLoader(m_db).load(QStringLiteral("m.stage = 'full'"), {}, true)) {
        if (m.stageOn(asOf) == DevelopmentStage::Full && m.isInGoodStandingOn(asOf))
            ids.append(m.id);
    }
    return ids;
}

QList<DuesBasis> PartyMemberRepository::duesHistory(qint64 memberId) const
{
    QList<DuesBasis> bases;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT category, monthly_income, fixed_amount, from_month FROM party_dues_bases"
                             " WHERE member_id = ? ORDER BY from_month"));
    q.addBindValue(memberId);
    if (q.exec()) {
        while (q.next()) {
            DuesBasis basis;
            basis.category = enumFromKey<DuesCategory>(q.value(0).toString()).value_or(DuesCategory::Farmer);
            basis.monthlyIncome = q.value(1).toLongLong();
            basis.fixedAmount = q.value(2).toLongLong();
            basis.fromMonth = dateFrom(q.value(3));
            bases.append(basis);
        }
    }
    return bases;
}

} // namespace anju::party

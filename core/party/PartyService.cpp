#include "party/PartyService.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/LeavingRules.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberLoader.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyWrites.h"
#include "registry/HouseholdRepository.h"

#include <QSqlQuery>

namespace anju::party {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

bool isRequirementField(const QString& f)
{
    return f == field(Field::MemberMentors) || f == field(Field::MemberSponsors) ||
           f == field(Field::MemberTraining) || f == field(Field::MemberPoliticalReview);
}

// Which of the member's mentors and sponsors are full members in good standing on the day: only those
// few are read (an office has tens of thousands of members).
QList<qint64> fullHelpers(const Database& db, const PartyMember& member, QDate day)
{
    QList<qint64> ids;
    for (qint64 id : {member.mentor1Id, member.mentor2Id, member.sponsor1Id, member.sponsor2Id})
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    QList<qint64> full;
    for (const PartyMember& m : PartyMemberLoader(db).load(
             QStringLiteral("m.id IN (%1)").arg(marks.join(QLatin1Char(','))), values, true))
        if (m.stageOn(day) == DevelopmentStage::Full && m.isInGoodStandingOn(day))
            full.append(m.id);
    return full;
}

// A resident's full birth date, for the age rules (what the session may see of it can be the year only).
QDate storedBirthDate(const Database& db, qint64 personId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT birth_date FROM persons WHERE id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.next() ? dateFrom(q.value(0)) : QDate();
}

// The rules set aside, one per line, kept with the step.
QString brokenRulesText(const Outcome& overridable, const Outcome& recordsOnly = {})
{
    QStringList lines;
    for (const Outcome* outcome : {&overridable, &recordsOnly})
        for (const Violation& v : outcome->violations())
            lines << v.message;
    return lines.join(QLatin1Char('\n'));
}

// The age and cultivation rules have no exceptions (细则 第五条, 第十三条): a step that breaks them is
// on file only when entered from old paper records (据档案补录), with the reason naming those records.
void refuseLiveBreaks(const TransitionCheck& check, bool fromRecords, const QString& reason, Outcome& outcome,
                      int row = -1)
{
    if (check.recordsOnly.ok() || (fromRecords && !reason.trimmed().isEmpty()))
        return;
    for (const Violation& v : check.recordsOnly.violations())
        outcome.add(v.field, v.message, row);
    outcome.add(field(Field::TransitionReason),
                fromRecords
                    ? PartyService::tr("Name the paper records the step is entered from.")
                    : PartyService::tr("The age of 18 and one year of cultivation have no exceptions; "
                                       "only a step entered from old paper records (据档案补录) may "
                                       "break them, with the records named."),
                row);
}

// The branch a member is placed in must exist and be one that holds members (PartyRules::holdsMembers).
void checkMembersBranch(const Database& db, qint64 organisationId, Outcome& outcome)
{
    const auto organisation = OrganisationRepository(db).organisation(organisationId);
    if (!organisation)
        outcome.add(field(Field::MemberOrganisation), PartyService::tr("The branch does not exist."));
    else if (!PartyRules::holdsMembers(organisation->kind))
        outcome.add(
            field(Field::MemberOrganisation),
            PartyService::tr("Members sit in a branch or a joint branch, never directly in a %1 (%2).")
                .arg(enumLabel(organisation->kind), organisation->name));
}

} // namespace

Outcome PartyService::writeAllowed() const
{
    return Permissions::require(m_db, Action::WriteParty);
}

PartySettings PartyService::settings() const
{
    return PartySettings::load(m_db);
}

Result<Organisation> PartyService::saveOrganisation(Organisation o, QDate effective, QDate today)
{
    o.name = o.name.trimmed();
    o.instructorName = o.instructorName.trimmed();
    o.instructorUnit = o.instructorUnit.trimmed();
    Outcome outcome = PartyRules::validate(o, today);
    OrganisationRepository organisations(m_db);
    if (o.parentId != 0) {
        const auto parent = organisations.organisation(o.parentId);
        if (!parent)
            outcome.add(field(Field::OrganisationParent), tr("The parent organisation does not exist."));
        else if (parent->isBranch())
            outcome.add(field(Field::OrganisationParent),
                        tr("A party branch has no organisations under it."));
        else if (o.id != 0 && organisations.subtreeIds(o.id).contains(o.parentId))
            outcome.add(field(Field::OrganisationParent),
                        tr("An organisation cannot be placed under its own branch."));
        else if (o.kind == OrganisationKind::Committee && parent->kind != OrganisationKind::Committee)
            outcome.add(field(Field::OrganisationParent),
                        tr("A party committee can only be under another committee."));
    }
    const auto secretary = o.secretaryMemberId != 0
                               ? PartyMemberRepository(m_db).storedMember(o.secretaryMemberId)
                               : std::nullopt;
    if (o.secretaryMemberId != 0 && !secretary)
        outcome.add(field(Field::General), tr("The secretary is not a member on file."));
    // The exception is kept only while it is one: a secretary with a year's standing needs no reason.
    o.secretaryStandingReason = secretary && LeavingRules::secretaryStandingShort(*secretary, effective)
                                    ? o.secretaryStandingReason.trimmed()
                                    : QString();
    if (!outcome)
        return outcome;

    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    if (o.id == 0)
        q.prepare(
            QStringLiteral("INSERT INTO party_organisations (kind, name, parent_id, secretary_member_id,"
                           " instructor_name, instructor_unit, founding_date, dissolved_date,"
                           " secretary_standing_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE party_organisations SET kind = ?, name = ?, parent_id = ?,"
            " secretary_member_id = ?, instructor_name = ?, instructor_unit = ?, founding_date = ?,"
            " dissolved_date = ?, secretary_standing_reason = ?, row_version = row_version + 1"
            " WHERE id = ? AND row_version = ?"));
    q.addBindValue(enumKey(o.kind));
    q.addBindValue(o.name);
    q.addBindValue(sqlId(o.parentId));
    q.addBindValue(sqlId(o.secretaryMemberId));
    q.addBindValue(sqlText(o.instructorName));
    q.addBindValue(sqlText(o.instructorUnit));
    q.addBindValue(sqlDate(o.foundingDate));
    q.addBindValue(sqlDate(o.dissolvedDate));
    q.addBindValue(sqlText(o.secretaryStandingReason));
    if (o.id != 0) {
        q.addBindValue(o.id);
        q.addBindValue(o.rowVersion);
    }
    if (!writes.exec(q))
        return outcome;
    const bool isNew = o.id == 0;
    if (isNew) {
        o.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() == 0) {
        return Outcome::failure(
            field(Field::General),
            tr("Someone else changed this organisation meanwhile; close the form and open it again."));
    }
    // A new organisation covers its sites since its founding; later changes from the effective day.
    const QDate from = isNew ? o.foundingDate : effective;
    if (!writes.syncLinks("party_organisation_sites", "site_id", o.id, o.siteIds, from) ||
        !writes.syncLinks("party_committee_seats", "member_id", o.id, o.committeeMemberIds, from))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *organisations.organisation(o.id);
}

Outcome PartyService::checkNewMember(PartyMember& member, QDate& joinedOn, QDate today,
                                     QList<StageStep>& checked) const
{
    const PartySettings rules = settings();
    member.id = 0;
    member.name = member.name.trimmed();
    Outcome outcome = PartyRules::validate(member, rules.dues, today);
    if (member.isResident() && member.personId > 0) {
        const auto person = registry::HouseholdRepository(m_db).person(member.personId);
        if (!person) {
            outcome.add(field(Field::MemberPerson), tr("The resident is not on file."));
        } else {
            member.name = person->name;
            member.sex = person->sex;
            // The person as the session sees it has the birth year only for a masked role; the age
            // rules need the day.
            member.birthDate = storedBirthDate(m_db, member.personId);
            member.idNumber = person->idNumber;
            if (PartyMemberRepository(m_db).memberForPerson(member.personId))
                outcome.add(
                    field(Field::MemberPerson),
                    tr("%1 is already on file as a member; open that record instead.").arg(person->name));
        }
    }
    if (member.organisationId > 0)
        checkMembersBranch(m_db, member.organisationId, outcome);
    if (member.stageHistory.isEmpty())
        outcome.add(field(Field::TransitionEvent), tr("Enter at least the first step: the application."));
    if (!outcome)
        return outcome;

    // Each step is checked as a transition from the steps before it. Steps before the member joined this
    // branch were recorded elsewhere: only their dates are checked, not the mentors, sponsors and training.
    const QList<StageStep> steps = member.stageHistory;
    const QDate first = steps.first().date;
    const QDate joined = joinedOn.isValid() ? joinedOn : first;
    // A mentor or sponsor counts when a full member today or on the step's own day: an imported roster's
    // mentor may have died or left since (HelperLookup links them as they stood on the step's day).
    const QList<qint64> fullToday = fullHelpers(m_db, member, today);
    PartyMember sofar = member;
    sofar.stageHistory.clear();
    sofar.state = MemberState::Normal;
    checked.clear();
    for (int row = 0; row < steps.size(); ++row) {
        StageStep step = steps[row];
        StageTransition t{0, step.event, step.date, step.reason, step.extensionMonths, step.note};
        t.fromRecords = step.fromRecords;
        TransitionCheck check;
        if (row == 0 && step.event != StageEvent::Application) {
            // A member already further along when first recorded (e.g. transferred in): the first step
            // must enter a stage.
            if (!stageReachedBy(step.event))
                check.blocking.add(field(Field::TransitionEvent), tr("The first step must enter a stage."),
                                   row);
            if (!step.date.isValid() || step.date > today)
                check.blocking.add(field(Field::TransitionDate),
                                   tr("Enter the date of the step (not in the future)."), row);
        } else {
            check = PartyRules::checkTransition(
                sofar, t, today,
                step.date < today ? fullToday + fullHelpers(m_db, member, step.date) : fullToday);
        }
        Outcome overridable;
        for (const Violation& v : check.overridable.violations())
            if (step.date >= joined || !isRequirementField(v.field))
                overridable.add(v.field, v.message, row);
        for (const Violation& v : check.blocking.violations())
            outcome.add(v.field, v.message, row);
        if (!overridable.ok() && step.reason.trimmed().isEmpty()) {
            outcome.add(overridable);
            outcome.add(field(Field::TransitionReason), tr("Give the reason for setting these rules aside."),
                        row);
        }
        refuseLiveBreaks(check, step.fromRecords, step.reason, outcome, row);
        if (step.fromRecords && step.reason.trimmed().isEmpty() && check.recordsOnly.ok())
            outcome.add(field(Field::TransitionReason),
                        tr("Name the paper records the step is entered from."), row);
        if (!outcome)
            return outcome;
        step.brokenRules = brokenRulesText(overridable, check.recordsOnly);
        checked.append(step);
        sofar.stageHistory.append(step);
        sofar.stage = stageAfter(step.event, sofar.stage);
    }
    const bool partyMember =
        sofar.stage == DevelopmentStage::Probationary || sofar.stage == DevelopmentStage::Full;
    if (!member.duesFrom.isValid() && partyMember)
        member.duesFrom = PartyRules::monthStart(joinedOn.isValid() ? joinedOn : today);
    if (!member.dues.fromMonth.isValid())
        member.dues.fromMonth = PartyRules::monthStart(member.duesFrom.isValid() ? member.duesFrom : joined);
    joinedOn = joined;
    return outcome;
}

Result<PartyMember> PartyService::createMember(PartyMember member, QDate joinedOn, QDate today)
{
    QList<StageStep> checked;
    if (Outcome outcome = checkNewMember(member, joinedOn, today, checked); !outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    Outcome outcome;
    const qint64 id = insertMember(member, checked, joinedOn, outcome);
    if (id == 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyMemberRepository(m_db).member(id);
}

Result<QList<qint64>> PartyService::createMembers(const QList<NewMember>& members, bool dryRun, QDate today,
                                                  const std::function<bool(int, int)>& progress)
{
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    // Each member is checked after the ones before it are written (in this transaction), so a mentor or
    // sponsor further up the same list counts; a refusal names the member's place in the list (row).
    QList<qint64> ids;
    Outcome all;
    for (int i = 0; i < members.size(); ++i) {
        if (progress && !progress(i, int(members.size())))
            return Outcome::failure(field(Field::General), tr("Cancelled: nothing was written."));
        PartyMember member = members.at(i).member;
        QDate joined = members.at(i).joinedOn;
        QList<StageStep> checked;
        const Outcome outcome = checkNewMember(member, joined, today, checked);
        for (const Violation& v : outcome.violations())
            all.add(v.field, v.message, i);
        if (!outcome) {
            ids.append(0);
            continue;
        }
        Outcome written;
        const NewMember& wanted = members.at(i);
        const qint64 id = all ? insertMember(member, checked, joined, written) : 0;
        if (id != 0 && wanted.state != MemberState::Normal)
            PartyWrites(m_db, written)
                .appendState(id, wanted.state, std::max(joined, wanted.stateDate), wanted.stateReason);
        if (!written)
            return written;
        ids.append(id);
    }
    if (!all)
        return all;
    if (dryRun) {
        transaction.rollback();
        return ids;
    }
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return ids;
}

qint64 PartyService::insertMember(const PartyMember& member, const QList<StageStep>& checked, QDate joined,
                                  Outcome& outcome)
{
    const QDate first = checked.first().date;
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO party_members (origin, person_id, cadre_name, cadre_sex, cadre_birth_date,"
        " cadre_id_number, work_unit, phone, organisation_id, stage, stage_date, state, state_date,"
        " mentor1_id, mentor2_id, sponsor1_id, sponsor2_id, political_review_date, training_hours,"
        " training_days, dues_from, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool resident = member.isResident();
    q.addBindValue(enumKey(member.origin));
    q.addBindValue(sqlId(resident ? member.personId : 0));
    q.addBindValue(resident ? QStringLiteral("") : member.name);
    q.addBindValue(resident ? enumKey(Sex::Unknown) : enumKey(member.sex));
    q.addBindValue(sqlDate(resident ? QDate() : member.birthDate));
    q.addBindValue(resident ? QStringLiteral("") : sqlText(member.idNumber.trimmed().toUpper()));
    q.addBindValue(sqlText(member.workUnit.trimmed()));
    q.addBindValue(sqlText(member.phone.trimmed()));
    q.addBindValue(member.organisationId);
    q.addBindValue(enumKey(DevelopmentStage::Applicant));
    q.addBindValue(sqlDate(first));
    q.addBindValue(sqlDate(joined));
    q.addBindValue(sqlId(member.mentor1Id));
    q.addBindValue(sqlId(member.mentor2Id));
    q.addBindValue(sqlId(member.sponsor1Id));
    q.addBindValue(sqlId(member.sponsor2Id));
    q.addBindValue(sqlDate(member.politicalReviewDate));
    q.addBindValue(member.trainingHours);
    q.addBindValue(member.trainingDays);
    q.addBindValue(sqlDate(member.duesFrom));
    q.addBindValue(sqlText(member.note.trimmed()));
    if (!writes.exec(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    for (const StageStep& step : checked)
        if (!writes.appendStep(id, step))
            return 0;
    if (!writes.appendState(id, MemberState::Normal, joined, {}) ||
        !writes.moveBranch(id, member.organisationId, joined) || !writes.putDuesBasis(id, member.dues))
        return 0;
    return id;
}

Result<PartyMember> PartyService::saveMember(PartyMember member, QDate effective, QDate today)
{
    const auto stored = PartyMemberRepository(m_db).storedMember(member.id);
    if (!stored)
        return Outcome::failure(field(Field::General), tr("The member is not on file."));
    // A masked role's form holds the masked ID and phone and the birth year only (member() gave them):
    // saved unchanged, they mean "as stored", never the mask written over the real values.
    if (Permissions::masks(m_db.session())) {
        if (member.idNumber == Permissions::maskIdNumber(stored->idNumber))
            member.idNumber = stored->idNumber;
        if (member.phone == Permissions::maskPhone(stored->phone))
            member.phone = stored->phone;
        if (member.birthDate == IdentityMask::yearOnly(stored->birthDate))
            member.birthDate = stored->birthDate;
    }
    const PartySettings rules = settings();
    Outcome outcome = PartyRules::validate(member, rules.dues, today);
    if (member.origin != stored->origin || member.personId != stored->personId)
        outcome.add(field(Field::MemberPerson),
                    tr("Whether the member is a resident, and which one, cannot change."));
    const bool moves = member.organisationId != stored->organisationId;
    if (moves)
        checkMembersBranch(m_db, member.organisationId, outcome);
    if (moves && stored->state != MemberState::Normal && stored->state != MemberState::Mobile)
        outcome.add(
            field(Field::MemberOrganisation),
            tr("%1 is %2 and belongs to no branch here.").arg(stored->name, enumLabel(stored->state)));
    if (!outcome)
        return outcome;

    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE party_members SET cadre_name = ?, cadre_sex = ?, cadre_birth_date = ?,"
                       " cadre_id_number = ?, work_unit = ?, phone = ?, mentor1_id = ?, mentor2_id = ?,"
                       " sponsor1_id = ?, sponsor2_id = ?, political_review_date = ?, training_hours = ?,"
                       " training_days = ?, dues_from = ?, note = ?, row_version = row_version + 1"
                       " WHERE id = ? AND row_version = ?"));
    const bool resident = member.isResident();
    q.addBindValue(resident ? QStringLiteral("") : member.name.trimmed());
    q.addBindValue(resident ? enumKey(Sex::Unknown) : enumKey(member.sex));
    q.addBindValue(sqlDate(resident ? QDate() : member.birthDate));
    q.addBindValue(resident ? QStringLiteral("") : sqlText(member.idNumber.trimmed().toUpper()));
    q.addBindValue(sqlText(member.workUnit.trimmed()));
    q.addBindValue(sqlText(member.phone.trimmed()));
    q.addBindValue(sqlId(member.mentor1Id));
    q.addBindValue(sqlId(member.mentor2Id));
    q.addBindValue(sqlId(member.sponsor1Id));
    q.addBindValue(sqlId(member.sponsor2Id));
    q.addBindValue(sqlDate(member.politicalReviewDate));
    q.addBindValue(member.trainingHours);
    q.addBindValue(member.trainingDays);
    q.addBindValue(sqlDate(member.duesFrom));
    q.addBindValue(sqlText(member.note.trimmed()));
    q.addBindValue(member.id);
    q.addBindValue(member.rowVersion);
    if (!writes.exec(q))
        return outcome;
    if (q.numRowsAffected() == 0)
        return Outcome::failure(
            field(Field::MemberVersion),
            tr("Someone else changed %1 meanwhile; nothing was saved. Reload the record.").arg(stored->name));
    if (moves && !writes.moveBranch(member.id, member.organisationId, effective))
        return outcome;
    const DuesBasis& was = stored->dues;
    DuesBasis basis = member.dues;
    if (basis.category != was.category || basis.monthlyIncome != was.monthlyIncome ||
        basis.fixedAmount != was.fixedAmount) {
        if (!basis.fromMonth.isValid() || basis.fromMonth == was.fromMonth)
            basis.fromMonth = effective;
        basis.fromMonth = PartyRules::monthStart(basis.fromMonth);
        if (!writes.putDuesBasis(member.id, basis))
            return outcome;
    }
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyMemberRepository(m_db).member(member.id);
}

TransitionCheck PartyService::checkTransition(const StageTransition& t, QDate today) const
{
    const auto member = PartyMemberRepository(m_db).storedMember(t.memberId);
    if (!member) {
        TransitionCheck check;
        check.blocking.add(field(Field::General), tr("The member is not on file."));
        return check;
    }
    const QDate day = t.date.isValid() ? t.date : today;
    return PartyRules::checkTransition(*member, t, today, fullHelpers(m_db, *member, day));
}

Result<PartyMember> PartyService::transition(const StageTransition& t, QDate today)
{
    const TransitionCheck check = checkTransition(t, today);
    if (!check.blocking.ok())
        return check.blocking;
    if (!check.overridable.ok() && t.reason.trimmed().isEmpty()) {
        Outcome refused = check.overridable;
        refused.add(field(Field::TransitionReason), tr("Give the reason for setting these rules aside."));
        return refused;
    }
    Outcome refused;
    refuseLiveBreaks(check, t.fromRecords, t.reason, refused);
    if (t.fromRecords && t.reason.trimmed().isEmpty() && check.recordsOnly.ok())
        refused.add(field(Field::TransitionReason), tr("Name the paper records the step is entered from."));
    if (!refused)
        return refused;
    Outcome outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    StageStep step;
    step.event = t.event;
    step.date = t.date;
    step.reason = check.overridable.ok() && !t.fromRecords ? QString() : t.reason;
    step.brokenRules = brokenRulesText(check.overridable, check.recordsOnly);
    step.fromRecords = t.fromRecords;
    step.extensionMonths = t.event == StageEvent::ProbationExtension ? t.extensionMonths : 0;
    step.note = t.note;
    if (!writes.appendStep(t.memberId, step))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyMemberRepository(m_db).member(t.memberId);
}

Outcome PartyService::changeState(qint64 memberId, MemberState state, QDate date, const QString& reason,
                                  QDate today)
{
    const auto member = PartyMemberRepository(m_db).storedMember(memberId);
    if (!member)
        return Outcome::failure(field(Field::General), tr("The member is not on file."));
    Outcome outcome = PartyRules::checkStateChange(*member, state, date, today);
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    if (!PartyWrites(m_db, outcome).appendState(memberId, state, date, reason))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return outcome;
}

} // namespace anju::party

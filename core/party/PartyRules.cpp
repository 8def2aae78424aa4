#include "party/PartyRules.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace anju::party {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate lastStepDate(const PartyMember& member)
{
    QDate last;
    for (const StageStep& step : member.stageHistory)
        last = std::max(last, step.date);
    return last;
}

bool hasEvent(const PartyMember& member, StageEvent event)
{
    return member.dateOf(event).isValid();
}

// Both people named, different, and full members in good standing.
bool twoFullMembers(qint64 first, qint64 second, qint64 self, const QList<qint64>& fullMemberIds)
{
    return first > 0 && second > 0 && first != second && first != self && second != self &&
           fullMemberIds.contains(first) && fullMemberIds.contains(second);
}

// One or two mentors (细则 第十条): at least one named, each a full member in good standing, not the
// member, and not the same person twice.
bool oneOrTwoFullMembers(qint64 first, qint64 second, qint64 self, const QList<qint64>& fullMemberIds)
{
    if (first <= 0 && second <= 0)
        return false;
    if (first > 0 && second > 0 && first == second)
        return false;
    for (qint64 id : {first, second}) {
        if (id > 0 && (id == self || !fullMemberIds.contains(id)))
            return false;
    }
    return true;
}

} // namespace

QDate PartyRules::applicationTalkDue(QDate application)
{
    return application.addMonths(1);
}

QDate PartyRules::activistEligibleOn(QDate activist)
{
    return activist.addYears(1);
}

QDate PartyRules::probationEnds(QDate admission, int extensionMonths)
{
    // addYears and addMonths keep the day of the month or take the month's last day (the 民法典 rule).
    // The extension runs from the day the year of probation ended (延长预备期从原预备期满之日起算).
    return admission.addYears(1).addMonths(extensionMonths);
}

QDate PartyRules::probationEnds(const PartyMember& member)
{
    const QDate admission = member.dateOf(StageEvent::Admission);
    if (!admission.isValid())
        return {};
    int extension = 0;
    for (const StageStep& step : member.stageHistory) {
        if (step.event == StageEvent::ProbationExtension && step.date >= admission)
            extension += step.extensionMonths;
    }
    return probationEnds(admission, extension);
}

QDate PartyRules::fullMemberSince(const PartyMember& member)
{
    if (!member.dateOf(StageEvent::Conversion).isValid())
        return {};
    const QDate end = probationEnds(member);
    // A conversion with no admission (an old paper record entered half) counts from its own date.
    return end.isValid() ? end : member.dateOf(StageEvent::Conversion);
}

bool PartyRules::convertedEarly(const PartyMember& member)
{
    const QDate converted = member.dateOf(StageEvent::Conversion);
    const QDate end = probationEnds(member);
    return converted.isValid() && end.isValid() && converted < end;
}

bool PartyRules::isProbationExtended(const PartyMember& member)
{
    const QDate admission = member.dateOf(StageEvent::Admission);
    for (const StageStep& step : member.stageHistory) {
        if (step.event == StageEvent::ProbationExtension && admission.isValid() && step.date >= admission)
            return true;
    }
    return false;
}

TransitionCheck PartyRules::checkTransition(const PartyMember& member, const StageTransition& t, QDate today,
                                            const QList<qint64>& fullMemberIds)
{
    TransitionCheck check;
    const QString dateField = field(Field::TransitionDate);
    const QString eventField = field(Field::TransitionEvent);
    const bool isNew = member.stageHistory.isEmpty();

    if (!isNew && member.state != MemberState::Normal && member.state != MemberState::Mobile)
        check.blocking.add(
            eventField,
            tr("%1 is %2: no further steps can be recorded.").arg(member.name, enumLabel(member.state)));
    if (!t.date.isValid())
        check.blocking.add(dateField, tr("Enter the date of the step."));
    else if (t.date > today)
        check.blocking.add(dateField, tr("The date %1 is in the future.").arg(day(t.date)));
    else if (!isNew && t.date < lastStepDate(member))
        check.blocking.add(dateField, tr("The date is before the previous step of %1 (%2).")
                                          .arg(member.name, day(lastStepDate(member))));

    // The order of the stages: each event only from the stage before it.
    const DevelopmentStage stage = member.stage;
    bool inOrder = true;
    switch (t.event) {
    case StageEvent::Application:
        inOrder = isNew;
        break;
    case StageEvent::ApplicationTalk:
        inOrder =
            !isNew && stage == DevelopmentStage::Applicant && !hasEvent(member, StageEvent::ApplicationTalk);
        break;
    case StageEvent::Activist:
        inOrder = !isNew && stage == DevelopmentStage::Applicant;
        break;
    case StageEvent::DevelopmentTarget:
        inOrder = !isNew && stage == DevelopmentStage::Activist;
        break;
    case StageEvent::Admission:
        inOrder = !isNew && stage == DevelopmentStage::DevelopmentTarget;
        break;
    case StageEvent::ProbationExtension:
        inOrder = !isNew && stage == DevelopmentStage::Probationary;
        if (inOrder && isProbationExtended(member))
            check.blocking.add(eventField,
                               tr("The probation of %1 was already extended once.").arg(member.name));
        // 党章 第七条 and 细则 第三十五条: extended once, by no less than six months and at most a year;
        // no reason makes another length valid.
        if (t.extensionMonths <= 0)
            check.blocking.add(field(Field::TransitionExtension),
                               tr("Enter the extension in months (6 to 12)."));
        else if (t.extensionMonths < MinExtensionMonths || t.extensionMonths > MaxExtensionMonths)
            check.blocking.add(field(Field::TransitionExtension),
                               tr("A probation is extended by 6 to 12 months, not %n month(s).", nullptr,
                                  t.extensionMonths));
        break;
    case StageEvent::Conversion: {
        inOrder = !isNew && stage == DevelopmentStage::Probationary;
        // 党章 第七条: the branch discusses the conversion when the probation has ended; no reason makes
        // an earlier meeting valid (issue 16 item 3). A late meeting is fine: 党龄 still counts from the end.
        const QDate due = probationEnds(member);
        if (inOrder && due.isValid() && t.date.isValid() && t.date < due)
            check.blocking.add(dateField,
                               tr("The probation of %1 ends on %2: the branch general meeting that converts "
                                  "the member can be held on %2 at the earliest.")
                                   .arg(member.name, day(due)));
        break;
    }
    }
    if (!inOrder)
        check.blocking.add(eventField, isNew ? tr("A new member's history starts with the application.")
                                             : tr("%1 is %2: \"%3\" does not follow from that stage.")
                                                   .arg(member.name, enumLabel(stage), enumLabel(t.event)));
    if (!check.blocking.ok())
        return check;

    // The rules a secretary may set aside with a recorded reason; age and cultivation only for old records.
    switch (t.event) {
    case StageEvent::Application:
    case StageEvent::Admission: {
        const int age = member.ageOn(t.date);
        if (member.birthDate.isValid() && age < MinApplicationAge)
            check.recordsOnly.add(dateField, tr("%1 is %2 years old on %3; the age of 18 is required.")
                                                 .arg(member.name)
                                                 .arg(age)
                                                 .arg(day(t.date)));
        if (t.event == StageEvent::Application)
            break;
        if (!twoFullMembers(member.sponsor1Id, member.sponsor2Id, member.id, fullMemberIds))
            check.overridable.add(field(Field::MemberSponsors),
                                  tr("Two full members are needed as sponsors."));
        if (!member.politicalReviewDate.isValid() || member.politicalReviewDate > t.date)
            check.overridable.add(field(Field::MemberPoliticalReview),
                                  tr("The political review is not recorded."));
        if (member.trainingHours < 24 && member.trainingDays < 3)
            check.overridable.add(field(Field::MemberTraining),
                                  tr("Training of at least 3 days or 24 class hours is not recorded."));
        break;
    }
    case StageEvent::ApplicationTalk:
        break;
    case StageEvent::Activist:
        if (!oneOrTwoFullMembers(member.mentor1Id, member.mentor2Id, member.id, fullMemberIds))
            check.overridable.add(field(Field::MemberMentors),
                                  tr("One or two full members are needed as mentors."));
        break;
    case StageEvent::DevelopmentTarget: {
        const QDate activist = member.dateOf(StageEvent::Activist);
        if (activist.isValid() && t.date < activistEligibleOn(activist))
            check.recordsOnly.add(dateField,
                                  tr("%1 has been an activist since %2: one year of cultivation ends on %3.")
                                      .arg(member.name, day(activist), day(activistEligibleOn(activist))));
        break;
    }
    case StageEvent::ProbationExtension: {
        const QDate end = probationEnds(member);
        if (end.isValid() && t.date > end)
            check.overridable.add(dateField,
                                  tr("The probation ended on %1, before the extension.").arg(day(end)));
        break;
    }
    case StageEvent::Conversion:
        break; // the end of probation is a blocking rule, checked above
    }
    return check;
}

Outcome PartyRules::checkStateChange(const PartyMember& member, MemberState state, QDate date, QDate today)
{
    Outcome outcome;
    const QString dateField = field(Field::StateDate);
    if (state == MemberState::TransferredOut)
        outcome.add(dateField, tr("A member leaves through a transfer of organisational relations."));
    else if (state == MemberState::Left)
        outcome.add(dateField, tr("Leaving the party is recorded with its decision and meeting."));
    else if (member.state == MemberState::Left)
        outcome.add(dateField,
                    tr("%1 has left the party; rejoining starts with a new application.").arg(member.name));
    else if (member.state == MemberState::TransferredOut || member.state == MemberState::Deceased)
        outcome.add(dateField, tr("%1 is %2; a member who comes back is recorded by a transfer in.")
                                   .arg(member.name, enumLabel(member.state)));
    else if (member.state == state)
        outcome.add(dateField, tr("%1 is already %2.").arg(member.name, enumLabel(state)));
    if (!date.isValid())
        outcome.add(dateField, tr("Enter the date of the change."));
    else if (date > today)
        outcome.add(dateField, tr("The date %1 is in the future.").arg(day(date)));
    else if (member.stateDate.isValid() && date < member.stateDate)
        outcome.add(dateField,
                    tr("The date is before the last change of state (%1).").arg(day(member.stateDate)));
    return outcome;
}

Outcome PartyRules::validate(const Organisation& o, QDate today)
{
    Outcome outcome;
    if (o.name.trimmed().isEmpty())
        outcome.add(field(Field::OrganisationName), tr("Enter the name of the organisation."));
    if (o.parentId != 0 && o.parentId == o.id)
        outcome.add(field(Field::OrganisationParent), tr("An organisation cannot be its own parent."));
    if (!o.foundingDate.isValid())
        outcome.add(field(Field::OrganisationFoundingDate), tr("Enter the founding date."));
    else if (o.foundingDate > today)
        outcome.add(field(Field::OrganisationFoundingDate), tr("The founding date is in the future."));
    if (o.dissolvedDate.isValid() && o.foundingDate.isValid() && o.dissolvedDate < o.foundingDate)
        outcome.add(field(Field::OrganisationFoundingDate),
                    tr("The organisation was dissolved before it was founded."));
    QList<qint64> seen;
    for (qint64 siteId : o.siteIds) {
        if (siteId <= 0 || seen.contains(siteId))
            outcome.add(field(Field::OrganisationSites), tr("A site is listed twice or is unknown."));
        seen.append(siteId);
    }
    return outcome;
}

Outcome PartyRules::validate(const PartyMember& m, const DuesRateTable& table, QDate today)
{
    Outcome outcome;
    if (m.isResident()) {
        if (m.personId <= 0)
            outcome.add(field(Field::MemberPerson), tr("Choose the resident who is the member."));
    } else {
        if (m.name.trimmed().isEmpty())
            outcome.add(field(Field::MemberName), tr("Enter the member's name."));
        if (m.birthDate.isValid() && m.birthDate > today)
            outcome.add(field(Field::MemberBirthDate), tr("The birth date is in the future."));
    }
    if (m.organisationId <= 0)
        outcome.add(field(Field::MemberOrganisation), tr("Choose the member's branch."));
    const auto pairOk = [&](qint64 a, qint64 b) {
        return (a == 0 || a != m.id) && (b == 0 || b != m.id) && (a == 0 || b == 0 || a != b);
    };
    if (!pairOk(m.mentor1Id, m.mentor2Id))
        outcome.add(field(Field::MemberMentors), tr("The two mentors must be two other members."));
    if (!pairOk(m.sponsor1Id, m.sponsor2Id))
        outcome.add(field(Field::MemberSponsors), tr("The two sponsors must be two other members."));
    if (m.trainingHours < 0 || m.trainingDays < 0 || m.trainingHours > 10000 || m.trainingDays > 1000)
        outcome.add(field(Field::MemberTraining), tr("Enter the training as days and class hours."));
    if (m.politicalReviewDate.isValid() && m.politicalReviewDate > today)
        outcome.add(field(Field::MemberPoliticalReview), tr("The political review date is in the future."));
    outcome.add(validateDues(m.dues, table));
    return outcome;
}

Outcome PartyRules::validate(const Meeting& meeting, QDate today)
{
    Outcome outcome;
    if (meeting.organisationId <= 0)
        outcome.add(field(Field::MeetingOrganisation), tr("Choose the branch that held the meeting."));
    if (!meeting.date.isValid())
        outcome.add(field(Field::MeetingDate), tr("Enter the date of the meeting."));
    else if (meeting.date > today)
        outcome.add(field(Field::MeetingDate), tr("Record a meeting once it has been held."));
    if (meeting.topic.trimmed().isEmpty())
        outcome.add(field(Field::MeetingTopic), tr("Enter the topic of the meeting."));
    QList<qint64> seen;
    for (int row = 0; row < meeting.attendance.size(); ++row) {
        const Attendance& a = meeting.attendance[row];
        if (a.memberId <= 0 || seen.contains(a.memberId))
            outcome.add(field(Field::MeetingAttendance), tr("A member is listed twice."), row);
        else if (!a.present && a.absenceReason.trimmed().isEmpty())
            outcome.add(field(Field::MeetingAttendance), tr("Give the reason for the absence."), row);
        seen.append(a.memberId);
    }
    return outcome;
}

Outcome PartyRules::validate(const RelationTransfer& t, QDate today)
{
    Outcome outcome;
    if (t.letterNumber.trimmed().isEmpty())
        outcome.add(field(Field::TransferLetter), tr("Enter the number of the letter of introduction."));
    if (t.otherUnit.trimmed().isEmpty())
        outcome.add(field(Field::TransferOtherUnit),
                    t.direction == TransferDirection::Out
                        ? tr("Enter the organisation the member moves to.")
                        : tr("Enter the organisation the member comes from."));
    if (!t.letterDate.isValid())
        outcome.add(field(Field::TransferDate), tr("Enter the date of the letter."));
    else if (t.letterDate > today)
        outcome.add(field(Field::TransferDate), tr("The date %1 is in the future.").arg(day(t.letterDate)));
    if (t.completedDate.isValid() && (t.completedDate < t.letterDate || t.completedDate > today))
        outcome.add(field(Field::TransferDate),
                    tr("The transfer is completed after the letter and not in the future."));
    if (t.direction == TransferDirection::In && t.organisationId <= 0)
        outcome.add(field(Field::MemberOrganisation), tr("Choose the branch the member joins."));
    return outcome;
}

Outcome PartyRules::validate(const SiteAssignment& a)
{
    Outcome outcome;
    if (a.siteId <= 0)
        outcome.add(field(Field::AssignmentSite), tr("Choose the site."));
    if (a.name.trimmed().isEmpty())
        outcome.add(field(Field::AssignmentName), a.kind == AssignmentKind::WorkTeam
                                                      ? tr("Enter the name of the work team.")
                                                      : tr("Enter the first secretary's name."));
    if (!a.startDate.isValid())
        outcome.add(field(Field::AssignmentDates), tr("Enter the start of the service period."));
    else if (a.endDate.isValid() && a.endDate < a.startDate)
        outcome.add(field(Field::AssignmentDates), tr("The service period ends before it starts."));
    return outcome;
}

Outcome PartyRules::validate(const PartyGroup& g, std::optional<OrganisationKind> branchKind, QDate today)
{
    Outcome outcome;
    if (g.name.trimmed().isEmpty())
        outcome.add(field(Field::GroupName), tr("Enter the name of the party group."));
    if (!branchKind)
        outcome.add(field(Field::GroupBranch), tr("Choose the branch the party group belongs to."));
    else if (!holdsMembers(*branchKind))
        outcome.add(field(Field::GroupBranch),
                    tr("A party group belongs to a party branch or joint party branch, not to a general "
                       "branch or party committee."));
    if (!g.foundingDate.isValid())
        outcome.add(field(Field::GroupDates), tr("Enter the founding date."));
    else if (g.foundingDate > today)
        outcome.add(field(Field::GroupDates), tr("The founding date is in the future."));
    else if (g.dissolvedDate.isValid() && g.dissolvedDate < g.foundingDate)
        outcome.add(field(Field::GroupDates), tr("The party group was dissolved before it was founded."));
    return outcome;
}

bool PartyRules::dividedIntoGroups(const QList<PartyGroup>& groups, qint64 branchId, QDate day)
{
    return std::any_of(groups.cbegin(), groups.cend(),
                       [&](const PartyGroup& g) { return g.branchId == branchId && g.existsOn(day); });
}

bool PartyRules::holdsMembers(OrganisationKind kind)
{
    return kind == OrganisationKind::Branch || kind == OrganisationKind::JointBranch;
}

bool PartyRules::branchTooSmall(const BranchCounts& c, const PartySettings& s)
{
    return c.fullMembers < s.branchMinFullMembers;
}

bool PartyRules::branchTooLarge(const BranchCounts& c, const PartySettings& s)
{
    return c.members > s.branchMaxMembers;
}

std::optional<OrganisationKind> PartyRules::largeBranchCase(const BranchCounts& c, const PartySettings& s)
{
    if (!branchTooLarge(c, s))
        return std::nullopt;
    return c.members >= CommitteeCaseMembers ? OrganisationKind::Committee : OrganisationKind::GeneralBranch;
}

bool PartyRules::committeeMissing(const BranchCounts& c, const PartySettings& s)
{
    return c.fullMembers >= s.committeeMinFullMembers &&
           (c.committeeSize < s.committeeMinSize || c.committeeSize > s.committeeMaxSize);
}

Outcome PartyRules::checkBranchSize(const BranchCounts& c, const PartySettings& s)
{
    Outcome outcome;
    const QString general = field(Field::General);
    if (branchTooSmall(c, s))
        outcome.add(general, tr("A branch needs at least %1 full members; it has %2.")
                                 .arg(s.branchMinFullMembers)
                                 .arg(c.fullMembers));
    if (const auto kind = largeBranchCase(c, s))
        outcome.add(general,
                    *kind == OrganisationKind::Committee
                        ? tr("A branch generally has at most %1 members; with %2 (100 or more) it is a case "
                             "for a party committee.")
                              .arg(s.branchMaxMembers)
                              .arg(c.members)
                        : tr("A branch generally has at most %1 members; with %2 it is a case for a general "
                             "party branch.")
                              .arg(s.branchMaxMembers)
                              .arg(c.members));
    if (committeeMissing(c, s))
        outcome.add(general, tr("With %1 full members the branch needs a committee of %2 to %3; it has %4.")
                                 .arg(c.fullMembers)
                                 .arg(s.committeeMinSize)
                                 .arg(s.committeeMaxSize)
                                 .arg(c.committeeSize));
    return outcome;
}

bool PartyRules::expectsMeeting(MeetingType type, const BranchCounts& c, bool dividedIntoGroups,
                                const PartySettings& s)
{
    if (s.monthsFor(type) <= 0)
        return false;
    switch (type) {
    case MeetingType::CommitteeMeeting:
        return c.committeeSize > 0 || c.fullMembers >= s.committeeMinFullMembers;
    case MeetingType::GroupMeeting:
        return dividedIntoGroups;
    default:
        return true;
    }
}

bool PartyRules::needsOwnBranch(const SiteCoverage& site, const PartySettings& s)
{
    return site.residents >= s.ownBranchMinResidents && site.fullMembers >= s.ownBranchMinFullMembers &&
           !site.hasOwnOrganisation;
}

QDate PartyRules::periodStart(QDate day, int months)
{
    if (!day.isValid() || months <= 0)
        return {};
    const int index = (day.month() - 1) / months * months;
    return QDate(day.year(), index + 1, 1);
}

QDate PartyRules::periodEnd(QDate day, int months)
{
    const QDate start = periodStart(day, months);
    return start.isValid() ? start.addMonths(months).addDays(-1) : QDate();
}

QDate PartyRules::monthEnd(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

QString PartyRules::formatYuan(Fen amount)
{
    const Fen whole = amount < 0 ? -amount : amount;
    return (amount < 0 ? QStringLiteral("-") : QString()) + QString::number(whole / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(whole % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Fen> PartyRules::parseYuan(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Fen fen = match.captured(1).toLongLong() * 100;
    QString cents = match.captured(2);
    if (!cents.isEmpty())
        fen += (cents.size() == 1 ? cents.toLongLong() * 10 : cents.toLongLong());
    return fen;
}

} // namespace anju::party

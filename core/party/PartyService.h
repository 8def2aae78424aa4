#pragma once

#include "domain/Violation.h"
#include "party/PartyRules.h"
#include "party/PartyTypes.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Every write to the party organisation. Each call is one user action and one transaction, checked by
// PartyRules; histories are appended to, never overwritten, so a past month reads as it was.
class PartyService
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::PartyService)

public:
    explicit PartyService(const Database& db) : m_db(db) {}

    PartySettings settings() const;

    // Inserts (id 0) or updates an organisation. Covered sites and committee members that changed are
    // dated `effective` (site coverage starts/ends that day).
    Result<Organisation> saveOrganisation(Organisation organisation, QDate effective = QDate::currentDate(),
                                          QDate today = QDate::currentDate());

    // A new member with their stage history so far (at least one step: Application for a new applicant,
    // or the steps on file for a member who already went further). Each step is checked like a transition;
    // a step that breaks an overridable rule needs its reason. Starts in a normal state in
    // member.organisationId from the first step (or `joinedOn` when given: the day they came to this
    // branch). A resident is linked by personId; one person is at most one member.
    Result<PartyMember> createMember(PartyMember member, QDate joinedOn = {},
                                     QDate today = QDate::currentDate());
    // Many new members in one transaction (an imported roster): each checked as createMember checks it,
    // after the ones before it are written; any refusal writes nothing (its violations carry the member's
    // index in `members` as row). A dry run checks the same way and rolls back. The new ids, in order.
    struct NewMember
    {
        PartyMember member;
        QDate joinedOn;
        MemberState state = MemberState::Normal; // mobile (流动党员): from `stateDate`, with the reason
        QDate stateDate;
        QString stateReason;
    };
    // `progress` (members done, of all) returning false stops: the transaction is rolled back.
    Result<QList<qint64>> createMembers(const QList<NewMember>& members, bool dryRun,
                                        QDate today = QDate::currentDate(),
                                        const std::function<bool(int done, int total)>& progress = {});
    // Updates the editable fields: contact, cadre details, mentors, sponsors, training, political review,
    // note, dues basis (a changed basis is added from dues.fromMonth) and the branch (a move between
    // branches ends one stay and starts another on `effective`). Stage and state change only through
    // transition() and changeState(). Refused when rowVersion is stale.
    Result<PartyMember> saveMember(PartyMember member, QDate effective = QDate::currentDate(),
                                   QDate today = QDate::currentDate());

    // The verdict without writing anything (for the form to show what needs a reason).
    TransitionCheck checkTransition(const StageTransition& transition,
                                    QDate today = QDate::currentDate()) const;
    // Appends the step to the history and moves the member's stage; refused when blocked, or when a rule
    // is broken and no reason is given (the reason and the broken rules are kept with the step).
    Result<PartyMember> transition(const StageTransition& transition, QDate today = QDate::currentDate());
    // Normal ↔ mobile (流动党员), or deceased, dated; appended to the state history.
    Outcome changeState(qint64 memberId, MemberState state, QDate date, const QString& reason,
                        QDate today = QDate::currentDate());

    // Records that a member left the party (取消预备党员资格, 退党, 除名, 开除党籍: LeavingRules) and sets
    // their state to Left from that day: kept on file with every history, counted nowhere a current
    // member is. Refused with the reason when LeavingRules refuses it (PartyServiceLeaving.cpp).
    Result<Leaving> leave(Leaving leaving, QDate today = QDate::currentDate());

    // Inserts or updates a meeting with its attendance (replaced as a whole).
    Result<Meeting> saveMeeting(Meeting meeting, QDate today = QDate::currentDate());
    // Records the dues of each month (first days of months) paid on `paidOn`; amount 0 means the amount
    // the rate table gives for the basis in force that month. A month already paid is refused.
    Outcome recordDuesPayments(qint64 memberId, const QList<QDate>& months, QDate paidOn,
                               Fen amountPerMonth = 0, QDate today = QDate::currentDate());

    // Inserts or updates a pending transfer (a completed one cannot be edited).
    Result<RelationTransfer> saveTransfer(RelationTransfer transfer, QDate today = QDate::currentDate());
    // Completes a transfer on `date`: out — the member's state becomes transferred out and their branch
    // stay ends; in — the member (back, or new) is in a normal state in transfer.organisationId from `date`.
    Outcome completeTransfer(qint64 transferId, QDate date, QDate today = QDate::currentDate());

    // Inserts or updates a work team or first secretary assignment to a site.
    Result<SiteAssignment> saveAssignment(SiteAssignment assignment);

    // Inserts or updates a 党小组 of a branch with its members (each of the branch on `effective`): those
    // who joined or left are dated `effective` (a new group's from its founding). Dissolving it ends its
    // members' group stays that day.
    Result<PartyGroup> saveGroup(PartyGroup group, QDate effective = QDate::currentDate(),
                                 QDate today = QDate::currentDate());
    // Puts the member into a group of their branch from `date` (groupId 0: into none), ending the group
    // stay they had. The group must exist on `date` and belong to the member's branch on that day.
    Outcome setMemberGroup(qint64 memberId, qint64 groupId, QDate date, QDate today = QDate::currentDate());

private:
    // createMember's checks; fills the steps to write and the day the member joins the branch.
    Outcome checkNewMember(PartyMember& member, QDate& joinedOn, QDate today,
                           QList<StageStep>& checked) const;
    // Inside the caller's transaction; 0 with `outcome` failed when the database refused.
    qint64 insertMember(const PartyMember& member, const QList<StageStep>& checked, QDate joined,
                        Outcome& outcome);
    // Party records are the secretary's (and the administrator's): every write asks this in its own call.
    Outcome writeAllowed() const;

    const Database& m_db;
};

} // namespace anju::party

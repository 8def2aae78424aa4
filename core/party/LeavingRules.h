#pragma once

#include "domain/Violation.h"
#include "party/PartyTypes.h"

#include <QCoreApplication>

#include <optional>

namespace anju::Field {
inline constexpr char LeavingWayField[] = "leaving.way";
inline constexpr char LeavingDate[] = "leaving.date";
inline constexpr char LeavingDecision[] = "leaving.decision";
inline constexpr char LeavingMeeting[] = "leaving.meeting";
} // namespace anju::Field

namespace anju::party {

// What a member's organisational life looked like over the six months of a review (自行脱党 test).
struct OrganisationalLife
{
    int meetingsExpected = 0; // meetings of their branch, with attendance recorded, they were expected at
    int attended = 0;
    int excused = 0; // absent with a recorded reason (请假, 因病 …)
};

// The rules of leaving the party (党章 第九条, 第三十八条, 第四十条) and of the branch secretary's
// standing (支部工作条例). Pure functions over the records as stored.
class LeavingRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::LeavingRules)

public:
    // 党章 第三十八条: six months in a row without paying dues or without organisational life, without
    // good reason, is regarded as leaving of one's own accord (自行脱党); the branch meeting decides 除名.
    static constexpr int LapseMonths = 6;
    // A branch secretary normally has at least this many years of party standing (党龄).
    static constexpr int SecretaryStandingYears = 1;

    // Checks a leaving against the member as stored (with stage and state histories and branch stays) and
    // the meeting it names (nullopt when none is on file). Every refusal is hard: the way must fit the
    // stage (取消预备党员资格 only for a probationary member), the member must be admitted and in a normal
    // or mobile state, the date not before admission or the last change of state and not in the future,
    // the decision written, and the meeting a branch general meeting of the member's branch on that day,
    // held on or before it.
    static Outcome checkLeaving(const PartyMember& member, const Leaving& leaving,
                                const std::optional<Meeting>& meeting, QDate today);

    // Whether an absence's recorded reason excuses it. The meeting form asks a reason for every absence, so
    // the reason says whether there was one: a reason that says there was none (无故, 未请假, 失联 …) does
    // not excuse; any other (请假, 因病, 外出务工 …) does, and the secretary judges it.
    static bool isGoodReason(const QString& absenceReason);
    // The first day of the six calendar months that end with the month of `month`.
    static QDate lapseWindowStart(QDate month);
    // The member's organisational life from `from` to `to` (inclusive) among `meetings` (with their
    // attendance): only meetings of the branch the member was in on the day, held while they were a
    // probationary or full member in a normal state, whose attendance was recorded (a meeting with no
    // attendance rows says nothing about anyone).
    static OrganisationalLife organisationalLife(const PartyMember& member, const QList<Meeting>& meetings,
                                                 QDate from, QDate to);
    // Whether the six months ending with `month` are a lapse of organisational life to put before the
    // branch: the member was a probationary or full member in a normal state in one branch for the whole
    // window (a mobile member lives their organisational life where they are, recorded there, not here:
    // any mobile day in the window takes them out), the branch held meetings they were expected at, they
    // attended none, and at least one absence is not excused (isGoodReason).
    static bool lapsedOrganisationalLife(const PartyMember& member, const QList<Meeting>& meetings,
                                         QDate month, OrganisationalLife* life = nullptr);

    // True when `member` would be a secretary with under SecretaryStandingYears of standing on `day`
    // (党龄 from PartyRules::fullMemberSince: the end of probation).
    static bool secretaryStandingShort(const PartyMember& member, QDate day);
};

} // namespace anju::party

#pragma once

#include "domain/Violation.h"
#include "work/WorkTypes.h"

#include <QCoreApplication>

#include <optional>

// Field keys of the employment forms (Violation::field).
namespace anju::Field {
inline constexpr char EmploymentPerson[] = "employment.person";
inline constexpr char EmploymentChannel[] = "employment.channel";
inline constexpr char EmploymentProvince[] = "employment.destinationProvince";
inline constexpr char EmploymentPlace[] = "employment.place"; // the project, park or scenic area
inline constexpr char EmploymentWorkshop[] = "employment.workshop";
inline constexpr char EmploymentPost[] = "employment.post";
inline constexpr char EmploymentBroker[] = "employment.broker";
inline constexpr char EmploymentBatch[] = "employment.batch";
inline constexpr char EmploymentIncome[] = "employment.monthlyIncome";
inline constexpr char EmploymentStart[] = "employment.startedOn";
inline constexpr char EmploymentEnd[] = "employment.endedOn";
inline constexpr char EmploymentEndReason[] = "employment.endReason";
inline constexpr char WorkshopSite[] = "workshop.site";
inline constexpr char WorkshopName[] = "workshop.name";
inline constexpr char WorkshopCapacity[] = "workshop.capacity";
inline constexpr char WorkshopOpened[] = "workshop.openedOn";
inline constexpr char WorkshopClosed[] = "workshop.closedOn";
inline constexpr char PostSite[] = "post.site";
inline constexpr char PostName[] = "post.name";
inline constexpr char PostCapacity[] = "post.capacity";
inline constexpr char PostPay[] = "post.monthlyPay";
inline constexpr char PostOpened[] = "post.openedOn";
inline constexpr char PostClosed[] = "post.closedOn";
inline constexpr char BrokerName[] = "broker.name";
inline constexpr char BrokerFrom[] = "broker.validFrom";
inline constexpr char BrokerTo[] = "broker.validTo";
inline constexpr char BatchSite[] = "batch.site";
inline constexpr char BatchDeparted[] = "batch.departedOn";
inline constexpr char BatchProvince[] = "batch.destinationProvince";
inline constexpr char BatchHeadcount[] = "batch.headcount";
inline constexpr char BatchPeople[] = "batch.people";
inline constexpr char WishPerson[] = "wish.person";
inline constexpr char WishRecorded[] = "wish.recordedOn";
inline constexpr char WishClosed[] = "wish.closedOn";
inline constexpr char WishCloseReason[] = "wish.closeReason";
inline constexpr char AbsencePerson[] = "absence.person";
inline constexpr char AbsenceFrom[] = "absence.validFrom";
inline constexpr char AbsenceTo[] = "absence.validTo";
inline constexpr char AbsenceNote[] = "absence.note";
inline constexpr char SupportPerson[] = "support.person";
inline constexpr char SupportMonth[] = "support.month";
inline constexpr char SupportAmount[] = "support.amount";
inline constexpr char SupportPaidOn[] = "support.paidOn";
inline constexpr char SupportEmployment[] = "support.employment";
inline constexpr char SupportAttendance[] = "support.attendance";
} // namespace anju::Field

namespace anju::work {

// The end reason written when a job's income changes: the old row ends on the day the new income applies
// and a row with the new income begins there (ended_on is exclusive), as a safety-net amount changes.
inline constexpr char IncomeChangedReason[] = "income_changed";

// What the rules need to know of the person a row is about, as the service read it.
struct PersonOnFile
{
    qint64 personId = 0;
    qint64 siteId = 0; // the household's site
    QString name;
    QDate birthDate;
    bool active = true; // persons.state = 'active'
    bool died = false;  // persons.state = 'deceased' (else moved away when not active)
    QDate stateDate;    // the day they moved away or died

    // On file on `day`: active, or moved away or died after it.
    bool onFileOn(QDate day) const { return active || (stateDate.isValid() && stateDate > day); }
};

// What a new job names, as the service read it: the place (the one its channel names) and the people
// holding the same post, for the capacity.
struct JobContext
{
    std::optional<PersonOnFile> person;
    std::optional<Workshop> workshop;
    std::optional<PublicPost> post;
    std::optional<LabourBroker> broker;
    std::optional<TransportBatch> batch;
    QList<Employment> personJobs;  // the person's jobs on file
    QList<Employment> postHolders; // every job on the post, any person
    QDate today;                   // for "a start too far ahead"
};

// The rules of jobs, places, wishes, absence reasons and support payments, with no database: the service
// reads what they need and writes only what they accept.
class EmploymentRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::EmploymentRules)

public:
    // The youngest a person may be on the first day of a job (劳动法 第十五条: no one under 16 is employed).
    static constexpr int MinimumWorkingAge = 16;
    // How far ahead a job may be recorded: a transport batch or a post is often arranged weeks before.
    static constexpr int MaxDaysAhead = 92;

    // Whether two dated periods share a day (ends exclusive, null open).
    static bool overlap(QDate fromA, QDate toA, QDate fromB, QDate toB);
    // The most jobs among `holders` (other than `self`) holding on one day of [from, to): the days the
    // count can rise on are `from` and the other holders' starts within the period.
    static int mostHoldersDuring(const QList<Employment>& holders, QDate from, QDate to, qint64 self = 0);

    // A job: the person on file and old enough on its first day, the dates, the income, what its channel
    // requires and nothing another channel names, the place open on the first day and at the person's site,
    // the post's capacity, and not a second job of the person on the same post or workshop at once.
    static Outcome checkJob(const Employment& draft, const JobContext& context);
    // Ending a job on `on` (the first day no longer employed) for `reason`.
    static Outcome checkJobEnd(const Employment& job, QDate on, const QString& reason);
    // A new monthly income from `from`: the old row ends on `from` and a row with the income begins there.
    static Outcome checkIncomeChange(const Employment& job, Fen income, QDate from);
    // The text of a stored end reason ("Income changed" for the key the service writes).
    static QString endReasonText(const QString& stored);

    static Outcome checkWorkshop(const Workshop& draft);
    static Outcome checkPost(const PublicPost& draft);
    static Outcome checkBroker(const LabourBroker& draft);
    // Closing a place on `on` (its first day closed) that opened on `openedOn`; `stillHolding`: the jobs at
    // the place that would still hold on `on` or start after it.
    static Outcome checkClose(const QString& field, QDate openedOn, QDate closedOn, QDate on,
                              int stillHolding);
    // A transport batch's own fields (the people are checked one by one with checkJob).
    static Outcome checkBatch(const TransportBatch& draft, int people);

    static Outcome checkWish(const Wish& draft, const std::optional<PersonOnFile>& person);
    static Outcome checkWishClose(const Wish& wish, QDate on, const QString& reason);
    static Outcome checkAbsence(const Absence& draft, const std::optional<PersonOnFile>& person);
    static Outcome checkAbsenceEnd(const Absence& absence, QDate on);
    // A support payment: an amount over 0, the month's first day, the day paid, the person on file in the
    // month; `employment` / `attendancePerson`: the job and the attendance's person it names (when it names
    // them), which must be the same person's; `samePaid`: a payment of the same kind already recorded for
    // the person and month.
    static Outcome checkPayment(const SupportPayment& draft, const std::optional<PersonOnFile>& person,
                                const std::optional<Employment>& employment,
                                std::optional<qint64> attendancePerson, bool samePaid);

    // The name of the place a job names, for the lists: the workshop, the post, the broker or the batch
    // ("2024-02-18 → 广东 东莞"), the place typed, or the destination.
    static QString placeName(const Employment& job, const QString& workshop, const QString& post,
                             const QString& broker, QDate batchDeparted);

private:
    static void checkPerson(Outcome& outcome, const char* field, const std::optional<PersonOnFile>& person,
                            QDate day);
};

} // namespace anju::work

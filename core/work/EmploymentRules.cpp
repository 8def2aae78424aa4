#include "work/EmploymentRules.h"

#include "work/WorkSettings.h"

namespace anju::work {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

// A dated place holds on `day`: open, and not yet closed (closed_on is its first day closed).
bool openOn(QDate openedOn, QDate closedOn, QDate day)
{
    return holdsOn(openedOn, closedOn, day);
}

} // namespace

bool EmploymentRules::overlap(QDate fromA, QDate toA, QDate fromB, QDate toB)
{
    // [fromA, toA) and [fromB, toB) share a day when each begins before the other ends and both have days.
    const bool aHasDays = !toA.isValid() || toA > fromA;
    const bool bHasDays = !toB.isValid() || toB > fromB;
    return aHasDays && bHasDays && (!toB.isValid() || fromA < toB) && (!toA.isValid() || fromB < toA);
}

int EmploymentRules::mostHoldersDuring(const QList<Employment>& holders, QDate from, QDate to, qint64 self)
{
    QList<QDate> days{from};
    for (const Employment& h : holders) {
        if (h.id != self && h.startedOn > from && (!to.isValid() || h.startedOn < to))
            days.append(h.startedOn);
    }
    int most = 0;
    for (QDate day : days) {
        int count = 0;
        for (const Employment& h : holders) {
            if (h.id != self && h.holdsOn(day))
                ++count;
        }
        most = qMax(most, count);
    }
    return most;
}

void EmploymentRules::checkPerson(Outcome& outcome, const char* key,
                                  const std::optional<PersonOnFile>& person, QDate day)
{
    if (!person) {
        outcome.add(field(key), tr("Choose a person on file."));
        return;
    }
    if (day.isValid() && !person->onFileOn(day))
        outcome.add(field(key), person->died
                                    ? tr("%1 died on %2.").arg(person->name, iso(person->stateDate))
                                    : tr("%1 moved away on %2.").arg(person->name, iso(person->stateDate)));
}

Outcome EmploymentRules::checkJob(const Employment& draft, const JobContext& context)
{
    Outcome outcome;
    const QDate start = draft.startedOn;
    checkPerson(outcome, Field::EmploymentPerson, context.person, start);
    if (!start.isValid()) {
        outcome.add(field(Field::EmploymentStart), tr("Enter the day the job began."));
    } else {
        if (context.today.isValid() && start > context.today.addDays(MaxDaysAhead))
            outcome.add(field(Field::EmploymentStart),
                        tr("The job begins on %1, more than %2 days ahead; record it nearer the day.")
                            .arg(iso(start))
                            .arg(MaxDaysAhead));
        if (context.person && context.person->birthDate.isValid() &&
            WorkSettings::ageOn(context.person->birthDate, start) < MinimumWorkingAge)
            outcome.add(field(Field::EmploymentStart),
                        tr("%1 is under %2 on %3; no job is recorded for a child.")
                            .arg(context.person->name)
                            .arg(MinimumWorkingAge)
                            .arg(iso(start)));
        if (draft.endedOn.isValid() && draft.endedOn <= start)
            outcome.add(field(Field::EmploymentEnd),
                        tr("The job must end after the day it began (%1).").arg(iso(start)));
    }
    if (draft.monthlyIncome < 0)
        outcome.add(field(Field::EmploymentIncome), tr("The monthly income cannot be below 0."));

    // What each channel names, and nothing another channel names (migration 20 refuses those too, in its
    // own words; these say which field).
    const Channel channel = draft.channel;
    if (channel != Channel::LabourExport && draft.brokerId > 0)
        outcome.add(field(Field::EmploymentBroker), tr("Only labour export names a labour broker."));
    if (channel != Channel::LabourExport && draft.batchId > 0)
        outcome.add(field(Field::EmploymentBatch), tr("Only labour export names a transport batch."));
    if (channel != Channel::Workshop && draft.workshopId > 0)
        outcome.add(field(Field::EmploymentWorkshop), tr("Only a job in a workshop names a workshop."));
    if (channel != Channel::PublicPost && draft.postId > 0)
        outcome.add(field(Field::EmploymentPost), tr("Only a public-welfare post job names a post."));
    switch (channel) {
    case Channel::LabourExport:
        if (draft.destinationProvince.trimmed().isEmpty())
            outcome.add(field(Field::EmploymentProvince),
                        tr("Enter the province the person went to work in."));
        break;
    case Channel::Workshop:
        if (draft.workshopId <= 0)
            outcome.add(field(Field::EmploymentWorkshop), tr("Choose the workshop."));
        break;
    case Channel::PublicPost:
        if (draft.postId <= 0)
            outcome.add(field(Field::EmploymentPost), tr("Choose the public-welfare post."));
        break;
    case Channel::WorkRelief:
        if (draft.place.trimmed().isEmpty())
            outcome.add(field(Field::EmploymentPlace), tr("Enter the work-for-relief project."));
        break;
    case Channel::Park:
        if (draft.place.trimmed().isEmpty())
            outcome.add(field(Field::EmploymentPlace), tr("Enter the industrial park or scenic area."));
        break;
    case Channel::SelfEmployed:
    case Channel::Flexible:
        break;
    }
    if (!outcome)
        return outcome;

    const qint64 site = context.person->siteId;
    if (draft.workshopId > 0) {
        if (!context.workshop)
            outcome.add(field(Field::EmploymentWorkshop), tr("The workshop is not on file."));
        else if (context.workshop->siteId != site)
            outcome.add(field(Field::EmploymentWorkshop),
                        tr("The workshop %1 is at another site than %2's household.")
                            .arg(context.workshop->name, context.person->name));
        else if (!openOn(context.workshop->openedOn, context.workshop->closedOn, start))
            outcome.add(field(Field::EmploymentWorkshop),
                        tr("The workshop %1 is not open on %2.").arg(context.workshop->name, iso(start)));
    }
    if (draft.postId > 0) {
        if (!context.post) {
            outcome.add(field(Field::EmploymentPost), tr("The post is not on file."));
        } else if (context.post->siteId != site) {
            outcome.add(field(Field::EmploymentPost),
                        tr("The post %1 is at another site than %2's household.")
                            .arg(context.post->name, context.person->name));
        } else if (!openOn(context.post->openedOn, context.post->closedOn, start)) {
            outcome.add(field(Field::EmploymentPost),
                        tr("The post %1 is not open on %2.").arg(context.post->name, iso(start)));
        } else {
            const int held = mostHoldersDuring(context.postHolders, start, draft.endedOn, draft.id);
            if (held >= context.post->capacity)
                outcome.add(field(Field::EmploymentPost),
                            tr("The post %1 takes %2 people and %3 already hold it then.")
                                .arg(context.post->name)
                                .arg(context.post->capacity)
                                .arg(held));
        }
    }
    if (draft.brokerId > 0) {
        if (!context.broker)
            outcome.add(field(Field::EmploymentBroker), tr("The labour broker is not on file."));
        else if (context.broker->siteId > 0 && context.broker->siteId != site)
            outcome.add(field(Field::EmploymentBroker),
                        tr("The labour broker %1 serves another site than %2's household.")
                            .arg(context.broker->name, context.person->name));
        else if (!openOn(context.broker->validFrom, context.broker->validTo, start))
            outcome.add(field(Field::EmploymentBroker),
                        tr("The labour broker %1 does not work for the office "
                           "on %2.")
                            .arg(context.broker->name, iso(start)));
    }
    if (draft.batchId > 0) {
        if (!context.batch)
            outcome.add(field(Field::EmploymentBatch), tr("The transport batch is not on file."));
        else if (context.batch->siteId != site)
            outcome.add(
                field(Field::EmploymentBatch),
                tr("The transport batch left from another site than %1's.").arg(context.person->name));
        else if (start < context.batch->departedOn)
            outcome.add(field(Field::EmploymentStart),
                        tr("The job cannot begin before the transport batch left on %1.")
                            .arg(iso(context.batch->departedOn)));
    }
    // One person, one job at a time on one post or in one workshop (two jobs elsewhere are allowed).
    for (const Employment& other : context.personJobs) {
        if (other.id == draft.id)
            continue;
        const bool samePlace = (draft.postId > 0 && other.postId == draft.postId) ||
                               (draft.workshopId > 0 && other.workshopId == draft.workshopId);
        if (samePlace && overlap(start, draft.endedOn, other.startedOn, other.endedOn)) {
            outcome.add(
                field(draft.postId > 0 ? Field::EmploymentPost : Field::EmploymentWorkshop),
                other.endedOn.isValid()
                    ? tr("%1 already works there from %2 to %3.")
                          .arg(context.person->name, iso(other.startedOn), iso(other.endedOn.addDays(-1)))
                    : tr("%1 already works there since %2.").arg(context.person->name, iso(other.startedOn)));
            break;
        }
    }
    return outcome;
}

Outcome EmploymentRules::checkJobEnd(const Employment& job, QDate on, const QString& reason)
{
    Outcome outcome;
    if (!on.isValid())
        outcome.add(field(Field::EmploymentEnd), tr("Enter the first day the person no longer works there."));
    else if (on <= job.startedOn)
        outcome.add(field(Field::EmploymentEnd),
                    tr("The job can only end after the day it began (%1).").arg(iso(job.startedOn)));
    else if (job.endedOn.isValid() && on >= job.endedOn)
        outcome.add(field(Field::EmploymentEnd), tr("The job already ends on %1.").arg(iso(job.endedOn)));
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::EmploymentEndReason), tr("Say why the job ends."));
    return outcome;
}

Outcome EmploymentRules::checkIncomeChange(const Employment& job, Fen income, QDate from)
{
    Outcome outcome;
    if (income < 0)
        outcome.add(field(Field::EmploymentIncome), tr("The monthly income cannot be below 0."));
    else if (income == job.monthlyIncome)
        outcome.add(field(Field::EmploymentIncome), tr("The new income is the same as the current one."));
    if (!from.isValid())
        outcome.add(field(Field::EmploymentStart), tr("Enter the day the new income applies from."));
    else if (from <= job.startedOn)
        outcome.add(field(Field::EmploymentStart),
                    tr("The new income must apply from a day after %1, the day the current income began.")
                        .arg(iso(job.startedOn)));
    else if (job.endedOn.isValid() && from >= job.endedOn)
        outcome.add(field(Field::EmploymentStart),
                    tr("The job ends on %1, before the new income would apply.").arg(iso(job.endedOn)));
    return outcome;
}

QString EmploymentRules::endReasonText(const QString& stored)
{
    return stored == QLatin1String(IncomeChangedReason) ? tr("Income changed") : stored;
}

Outcome EmploymentRules::checkWorkshop(const Workshop& draft)
{
    Outcome outcome;
    if (draft.siteId <= 0)
        outcome.add(field(Field::WorkshopSite), tr("Choose the site the workshop serves."));
    if (draft.name.trimmed().isEmpty())
        outcome.add(field(Field::WorkshopName), tr("Enter the workshop's name."));
    if (draft.capacity < 0)
        outcome.add(field(Field::WorkshopCapacity), tr("The places offered cannot be below 0."));
    if (!draft.openedOn.isValid())
        outcome.add(field(Field::WorkshopOpened), tr("Enter the day the workshop opened."));
    else if (draft.closedOn.isValid() && draft.closedOn <= draft.openedOn)
        outcome.add(field(Field::WorkshopClosed), tr("The workshop must close after the day it opened."));
    return outcome;
}

Outcome EmploymentRules::checkPost(const PublicPost& draft)
{
    Outcome outcome;
    if (draft.siteId <= 0)
        outcome.add(field(Field::PostSite), tr("Choose the site of the post."));
    if (draft.name.trimmed().isEmpty())
        outcome.add(field(Field::PostName), tr("Enter the post's name."));
    if (draft.capacity < 1)
        outcome.add(field(Field::PostCapacity), tr("A post takes at least 1 person."));
    if (draft.monthlyPay < 0)
        outcome.add(field(Field::PostPay), tr("The monthly pay cannot be below 0."));
    if (!draft.openedOn.isValid())
        outcome.add(field(Field::PostOpened), tr("Enter the day the post opened."));
    else if (draft.closedOn.isValid() && draft.closedOn <= draft.openedOn)
        outcome.add(field(Field::PostClosed), tr("The post must close after the day it opened."));
    return outcome;
}

Outcome EmploymentRules::checkBroker(const LabourBroker& draft)
{
    Outcome outcome;
    if (draft.name.trimmed().isEmpty())
        outcome.add(field(Field::BrokerName), tr("Enter the broker's name."));
    if (!draft.validFrom.isValid())
        outcome.add(field(Field::BrokerFrom), tr("Enter the day the broker began working for the office."));
    else if (draft.validTo.isValid() && draft.validTo <= draft.validFrom)
        outcome.add(field(Field::BrokerTo), tr("The broker must stop after the day they began."));
    return outcome;
}

Outcome EmploymentRules::checkClose(const QString& key, QDate openedOn, QDate closedOn, QDate on,
                                    int stillHolding)
{
    if (!on.isValid())
        return Outcome::failure(key, tr("Enter the first day it is closed."));
    if (on <= openedOn)
        return Outcome::failure(key,
                                tr("It can only close after the day it opened (%1).").arg(iso(openedOn)));
    if (closedOn.isValid() && on >= closedOn)
        return Outcome::failure(key, tr("It already closes on %1.").arg(iso(closedOn)));
    if (stillHolding > 0)
        return Outcome::failure(
            key, tr("%n job(s) there still hold on %1 or begin later; end them first.", nullptr, stillHolding)
                     .arg(iso(on)));
    return {};
}

Outcome EmploymentRules::checkBatch(const TransportBatch& draft, int people)
{
    Outcome outcome;
    if (draft.siteId <= 0)
        outcome.add(field(Field::BatchSite), tr("Choose the site the batch left from."));
    if (!draft.departedOn.isValid())
        outcome.add(field(Field::BatchDeparted), tr("Enter the day the batch left."));
    if (draft.destinationProvince.trimmed().isEmpty())
        outcome.add(field(Field::BatchProvince), tr("Enter the province the batch went to."));
    if (people <= 0)
        outcome.add(field(Field::BatchPeople), tr("List the site's people on the batch."));
    if (draft.headcount < people)
        outcome.add(field(Field::BatchHeadcount),
                    tr("The batch carried %1 people in all, fewer than the %2 listed.")
                        .arg(draft.headcount)
                        .arg(people));
    return outcome;
}

Outcome EmploymentRules::checkWish(const Wish& draft, const std::optional<PersonOnFile>& person)
{
    Outcome outcome;
    checkPerson(outcome, Field::WishPerson, person, draft.recordedOn);
    if (!draft.recordedOn.isValid())
        outcome.add(field(Field::WishRecorded), tr("Enter the day the wish was collected."));
    else if (draft.closedOn.isValid() && draft.closedOn < draft.recordedOn)
        outcome.add(field(Field::WishClosed), tr("The wish cannot close before it was collected."));
    return outcome;
}

Outcome EmploymentRules::checkWishClose(const Wish& wish, QDate on, const QString& reason)
{
    Outcome outcome;
    if (!on.isValid())
        outcome.add(field(Field::WishClosed), tr("Enter the day the wish was met or withdrawn."));
    else if (on < wish.recordedOn)
        outcome.add(field(Field::WishClosed),
                    tr("The wish cannot close before it was collected (%1).").arg(iso(wish.recordedOn)));
    else if (wish.closedOn.isValid())
        outcome.add(field(Field::WishClosed),
                    tr("The wish is already closed on %1.").arg(iso(wish.closedOn)));
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::WishCloseReason), tr("Say whether the wish was met or withdrawn, and how."));
    return outcome;
}

Outcome EmploymentRules::checkAbsence(const Absence& draft, const std::optional<PersonOnFile>& person)
{
    Outcome outcome;
    checkPerson(outcome, Field::AbsencePerson, person, draft.validFrom);
    if (!draft.validFrom.isValid())
        outcome.add(field(Field::AbsenceFrom), tr("Enter the day the reason holds from."));
    else if (draft.validTo.isValid() && draft.validTo <= draft.validFrom)
        outcome.add(field(Field::AbsenceTo), tr("The reason must end after the day it begins."));
    if (draft.reason == AbsenceReason::Other && draft.note.trimmed().isEmpty())
        outcome.add(field(Field::AbsenceNote), tr("Write out the other reason."));
    return outcome;
}

Outcome EmploymentRules::checkAbsenceEnd(const Absence& absence, QDate on)
{
    if (!on.isValid())
        return Outcome::failure(field(Field::AbsenceTo),
                                tr("Enter the first day the reason no longer holds."));
    if (on <= absence.validFrom)
        return Outcome::failure(
            field(Field::AbsenceTo),
            tr("The reason can only end after the day it began (%1).").arg(iso(absence.validFrom)));
    if (absence.validTo.isValid() && on >= absence.validTo)
        return Outcome::failure(field(Field::AbsenceTo),
                                tr("The reason already ends on %1.").arg(iso(absence.validTo)));
    return {};
}

Outcome EmploymentRules::checkPayment(const SupportPayment& draft, const std::optional<PersonOnFile>& person,
                                      const std::optional<Employment>& employment,
                                      std::optional<qint64> attendancePerson, bool samePaid)
{
    Outcome outcome;
    checkPerson(outcome, Field::SupportPerson, person, draft.month);
    if (draft.amount <= 0)
        outcome.add(field(Field::SupportAmount), tr("Enter the amount paid, more than 0."));
    if (!draft.month.isValid())
        outcome.add(field(Field::SupportMonth), tr("Enter the month the payment is for."));
    else if (draft.month.day() != 1)
        outcome.add(field(Field::SupportMonth), tr("A payment is for a month: give its first day."));
    if (!draft.paidOn.isValid())
        outcome.add(field(Field::SupportPaidOn), tr("Enter the day the money was paid."));
    if (draft.employmentId > 0) {
        if (!employment)
            outcome.add(field(Field::SupportEmployment), tr("The job is not on file."));
        else if (employment->personId != draft.personId)
            outcome.add(field(Field::SupportEmployment), tr("The job is another person's."));
    }
    if (draft.attendanceId > 0) {
        if (!attendancePerson)
            outcome.add(field(Field::SupportAttendance), tr("The course attendance is not on file."));
        else if (*attendancePerson != draft.personId)
            outcome.add(field(Field::SupportAttendance), tr("The course attendance is another person's."));
    }
    if (samePaid && outcome)
        outcome.add(field(Field::SupportMonth), tr("This support is already paid to the person for %1.")
                                                    .arg(draft.month.toString(QStringLiteral("yyyy-MM"))));
    return outcome;
}

QString EmploymentRules::placeName(const Employment& job, const QString& workshop, const QString& post,
                                   const QString& broker, QDate batchDeparted)
{
    switch (job.channel) {
    case Channel::Workshop:
        return workshop;
    case Channel::PublicPost:
        return post;
    case Channel::LabourExport: {
        const QString destination =
            QStringList{job.destinationProvince, job.destinationCity}.join(QLatin1Char(' ')).trimmed();
        if (batchDeparted.isValid())
            return tr("Batch of %1 → %2").arg(iso(batchDeparted), destination);
        if (!broker.isEmpty())
            return tr("%1 (broker %2)").arg(destination, broker);
        return destination;
    }
    case Channel::WorkRelief:
    case Channel::Park:
    case Channel::SelfEmployed:
    case Channel::Flexible:
        break;
    }
    return job.place.isEmpty() ? job.employer : job.place;
}

} // namespace anju::work

#include "work/TrainingRules.h"

#include <QSet>

#include <algorithm>

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

} // namespace

QString TrainingRules::personText(const QString& name, const QString& shownIdNumber)
{
    return shownIdNumber.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, shownIdNumber);
}

Outcome TrainingRules::checkCourse(const TrainingCourse& draft)
{
    Outcome outcome;
    if (draft.title.trimmed().isEmpty())
        outcome.add(field(Field::TrainingTitle), tr("Enter the course's title."));
    if (draft.trade.trimmed().isEmpty())
        outcome.add(field(Field::TrainingTrade), tr("Enter the trade the course teaches."));
    if (!draft.startsOn.isValid())
        outcome.add(field(Field::TrainingStartsOn), tr("Enter the course's first day."));
    if (!draft.endsOn.isValid())
        outcome.add(field(Field::TrainingEndsOn), tr("Enter the course's last day."));
    else if (draft.startsOn.isValid() && draft.endsOn < draft.startsOn)
        outcome.add(field(Field::TrainingEndsOn), tr("The course cannot end before it begins."));
    if (draft.hours < 0)
        outcome.add(field(Field::TrainingHours), tr("The class hours cannot be below 0."));
    if (draft.capacity < 0)
        outcome.add(field(Field::TrainingCapacity), tr("The places cannot be below 0 (0: no limit)."));
    return outcome;
}

Outcome TrainingRules::checkCourseChange(const TrainingCourse& draft, const CourseUsage& usage)
{
    Outcome outcome = checkCourse(draft);
    if (draft.capacity > 0 && usage.active > draft.capacity)
        outcome.add(
            field(Field::TrainingCapacity),
            tr("%n people are on the course; it needs at least as many places.", nullptr, usage.active));
    if (draft.hours < usage.maxHoursAttended)
        outcome.add(field(Field::TrainingHours),
                    tr("Someone on the course attended %1 class hours; the course needs at least as many.")
                        .arg(usage.maxHoursAttended));
    if (draft.endsOn.isValid() && usage.latestEnrolment.isValid() && draft.endsOn < usage.latestEnrolment)
        outcome.add(field(Field::TrainingEndsOn),
                    tr("Someone enrolled on %1; the course cannot end before that day.")
                        .arg(iso(usage.latestEnrolment)));
    if (draft.siteId > 0) {
        for (qint64 site : usage.siteIds) {
            if (site != draft.siteId) {
                outcome.add(field(Field::TrainingSite),
                            tr("People of another site are on the course; it cannot be limited to this "
                               "site while they are."));
                break;
            }
        }
    }
    return outcome;
}

Outcome TrainingRules::checkEnrolments(const TrainingCourse& course, const QList<EnrolCandidate>& people,
                                       QDate enrolledOn, int active)
{
    Outcome outcome;
    const QString personField = field(Field::TrainingPerson);
    if (people.isEmpty())
        outcome.add(personField, tr("Choose the people to enrol."));
    // The list's day is checked once; a day of the person's own is checked on their row.
    const bool listDayUsed = std::any_of(people.cbegin(), people.cend(),
                                         [](const EnrolCandidate& c) { return !c.enrolledOn.isValid(); });
    if (listDayUsed || people.isEmpty()) {
        if (!enrolledOn.isValid())
            outcome.add(field(Field::TrainingEnrolledOn), tr("Enter the day they enrolled."));
        else if (course.endsOn.isValid() && enrolledOn > course.endsOn)
            outcome.add(
                field(Field::TrainingEnrolledOn),
                tr("The course ended on %1; nobody can enrol after that day.").arg(iso(course.endsOn)));
    }
    QSet<qint64> seen;
    int taking = active;
    for (int i = 0; i < people.size(); ++i) {
        const EnrolCandidate& c = people.at(i);
        if (!c.found) {
            outcome.add(personField, tr("Person %1 is not on file.").arg(c.personId), i);
            continue;
        }
        const QString who = personText(c.name, c.shownIdNumber);
        const QDate day = c.enrolledOn.isValid() ? c.enrolledOn : enrolledOn;
        if (c.enrolledOn.isValid() && course.endsOn.isValid() && day > course.endsOn) {
            outcome.add(field(Field::TrainingEnrolledOn),
                        tr("%1: the course ended on %2; nobody can enrol after that day.")
                            .arg(who, iso(course.endsOn)),
                        i);
            continue;
        }
        if (seen.contains(c.personId)) {
            outcome.add(personField, tr("%1 is in the list twice.").arg(who), i);
            continue;
        }
        seen.insert(c.personId);
        if (c.alreadyOnCourse) {
            outcome.add(personField, tr("%1 is already on the course.").arg(who), i);
            continue;
        }
        // On file on the day: active, or moved away or died after it (an enrolment may be entered late).
        if (!c.active && day.isValid() && (!c.stateDate.isValid() || c.stateDate <= day)) {
            outcome.add(personField,
                        tr("%1 is not on file on %2 (moved away or died on %3).")
                            .arg(who, iso(day), iso(c.stateDate)),
                        i);
            continue;
        }
        if (course.siteId > 0 && c.siteId != course.siteId) {
            outcome.add(personField, tr("%1 lives at another site than the course's.").arg(who), i);
            continue;
        }
        ++taking;
        if (course.capacity > 0 && taking > course.capacity)
            outcome.add(personField,
                        tr("%1 does not fit: the course has %2 places and %3 are taken.")
                            .arg(who)
                            .arg(course.capacity)
                            .arg(qMin(active, course.capacity)),
                        i);
    }
    return outcome;
}

Outcome TrainingRules::checkOutcome(const TrainingCourse& course, const Attendance& stored,
                                    const OutcomeEntry& entry, QDate today, const QString& who, int row)
{
    Outcome outcome;
    if (entry.hoursAttended < 0)
        outcome.add(field(Field::TrainingHoursAttended),
                    tr("%1: the hours attended cannot be below 0.").arg(who), row);
    else if (entry.hoursAttended > course.hours)
        outcome.add(
            field(Field::TrainingHoursAttended),
            course.hours == 0
                ? tr("%1: the course records no class hours; enter the course's hours first.").arg(who)
                : tr("%1: %2 hours attended is more than the course's %3.")
                      .arg(who)
                      .arg(entry.hoursAttended)
                      .arg(course.hours),
            row);
    const QString certificate = entry.certificateNo.trimmed();
    if (entry.outcome == AttendanceOutcome::Completed) {
        if (today.isValid() && course.endsOn.isValid() && today < course.endsOn)
            outcome.add(field(Field::TrainingOutcome),
                        tr("%1: the course ends on %2; completion is recorded from that day on.")
                            .arg(who, iso(course.endsOn)),
                        row);
    } else if (!certificate.isEmpty()) {
        outcome.add(field(Field::TrainingCertificate),
                    tr("%1: a certificate number belongs to a completed course only.").arg(who), row);
    }
    if (entry.outcome == AttendanceOutcome::Dropped && today.isValid() && stored.enrolledOn.isValid() &&
        today < stored.enrolledOn)
        outcome.add(field(Field::TrainingOutcome),
                    tr("%1: enrolled on %2; dropping out is recorded from that day on.")
                        .arg(who, iso(stored.enrolledOn)),
                    row);
    return outcome;
}

} // namespace anju::work

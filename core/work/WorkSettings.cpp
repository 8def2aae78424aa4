#include "work/WorkSettings.h"

#include "database/Database.h"

namespace anju::work {

namespace {

int intSetting(const Database& db, const QString& key, int fallback, int least, int most)
{
    bool ok = false;
    const int value = db.setting(key).toInt(&ok);
    return ok && value >= least && value <= most ? value : fallback;
}

// The day a person born on `birthDate` turns `years` old: the same month and day that many years on, or 1
// March when the birthday is 29 February and that year has none.
QDate birthdayAt(QDate birthDate, int years)
{
    const int year = birthDate.year() + years;
    if (birthDate.month() == 2 && birthDate.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, birthDate.month(), birthDate.day());
}

} // namespace

WorkSettings WorkSettings::load(const Database& db)
{
    WorkSettings s;
    s.labourAgeFrom = intSetting(db, QStringLiteral("work.labour_age_from"), s.labourAgeFrom, 10, 30);
    s.labourAgeTo = intSetting(db, QStringLiteral("work.labour_age_to"), s.labourAgeTo, s.labourAgeFrom, 80);
    s.trainingWishDays =
        intSetting(db, QStringLiteral("work.training_wish_days"), s.trainingWishDays, 1, 730);
    s.idleMonths = intSetting(db, QStringLiteral("work.idle_months"), s.idleMonths, 1, 24);
    return s;
}

int WorkSettings::ageOn(QDate birthDate, QDate day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return 0;
    int years = day.year() - birthDate.year();
    if (birthdayAt(birthDate, years) > day)
        --years;
    return years;
}

bool WorkSettings::isWorkingAge(QDate birthDate, QDate day) const
{
    const int age = ageOn(birthDate, day);
    return birthDate.isValid() && birthDate <= day && age >= labourAgeFrom && age <= labourAgeTo;
}

// Youngest: turned labourAgeFrom on or before `day`. A 29 February birth turns a year older on 1 March of
// a common year, so the last such birth date may be 29 February when `day` is 1 March.
QDate WorkSettings::bornOnOrBefore(QDate day) const
{
    QDate latest = day.addYears(-labourAgeFrom);
    // addYears moves 29 February to 28 February; a person born on 29 February of a leap year turns
    // labourAgeFrom on 1 March of a common year, so not yet on 28 February.
    const QDate next = latest.addDays(1);
    if (next.month() == 2 && next.day() == 29 && isWorkingAge(next, day))
        latest = next;
    return latest;
}

// Oldest: not yet labourAgeTo + 1 on `day`, so born after the day (labourAgeTo + 1) years before.
QDate WorkSettings::bornOnOrAfter(QDate day) const
{
    QDate earliest = day.addYears(-(labourAgeTo + 1)).addDays(1);
    // Born on 29 February, the person turns a year older on 1 March in a common year: still of working age
    // on 28 February, so that birth date is inside the range too.
    const QDate before = earliest.addDays(-1);
    if (before.month() == 2 && before.day() == 29 && isWorkingAge(before, day))
        earliest = before;
    return earliest;
}

} // namespace anju::work

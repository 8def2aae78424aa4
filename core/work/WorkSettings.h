#pragma once

#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// The configurable figures of work and training (migration 20's defaults, changed on the settings page):
//   work.labour_age_from 16, work.labour_age_to 60: the labour force's ages, inclusive, in whole years
//   work.training_wish_days 90: 应培尽培, days a training wish may wait for a course
//   work.idle_months 3: months a member of the labour force may be without a job or a reason
struct WorkSettings
{
    int labourAgeFrom = 16;
    int labourAgeTo = 60;
    int trainingWishDays = 90;
    int idleMonths = 3;

    static WorkSettings defaults() { return {}; }
    static WorkSettings load(const Database& db);

    // Born on or between these days (inclusive), a person is of working age on `day`: at least
    // labourAgeFrom whole years old and not yet labourAgeTo + 1. A person born on 29 February turns a year
    // older on 1 March in a common year.
    QDate bornOnOrAfter(QDate day) const;
    QDate bornOnOrBefore(QDate day) const;
    bool isWorkingAge(QDate birthDate, QDate day) const;
    // Whole years from birth to `day` (0 for a day before the birth).
    static int ageOn(QDate birthDate, QDate day);
};

} // namespace anju::work

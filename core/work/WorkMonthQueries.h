#pragma once

#include "domain/Violation.h"
#include "work/WorkSettings.h"
#include "work/WorkTypes.h"

#include <QCoreApplication>
#include <QDate>

#include <array>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

inline constexpr std::size_t ChannelCount = 7;       // Channel's values
inline constexpr std::size_t SupportKindCount = 4;   // SupportKind's values
inline constexpr std::size_t IndustryLevelCount = 4; // IndustryLevel's values

// The employment figures of one month (docs/report-json.md, section `employment`), at its last day.
struct EmploymentMonthFigures
{
    QDate month;         // its first day
    int labourForce = 0; // on file, of the labour-force ages, labour capacity ordinary, skilled or weak
    int employed = 0;    // of the labour force, those holding at least one job (the rate's numerator)
    std::array<int, ChannelCount> byChannel{}; // people on file holding a job of the channel (any age)
    int peopleEmployed = 0;                    // people on file holding any job, each once (any age)
    int jobsStarted = 0;                       // jobs with started_on in the month
    int jobsEnded = 0;                         // jobs with ended_on in the month
    std::array<int, SupportKindCount> supportPeople{}; // people paid support of the kind for the month
    std::array<Fen, SupportKindCount> supportAmount{}; // what was paid, fen
    int supportPeopleAll = 0;                          // people paid any support for the month, each once
    Fen supportAmountAll = 0;
    // employed / labourForce in hundredths of a percent, rounded half up (0 without a labour force).
    qint64 rateBasisPoints() const;
};

// The training figures of one month (section `training`): by the day each course ends.
struct TrainingMonthFigures
{
    QDate month;
    int coursesEnded = 0;     // courses whose ends_on is in the month
    int personTimes = 0;      // 人次: attendances not dropped of those courses
    int personTimesYear = 0;  // the same for courses ending from 1 January to the month's last day
    int certificates = 0;     // completed attendances with a certificate number, courses ending in the month
    int certificatesYear = 0; // the same, year to date
};

// The industry figures of one month (section `industry`).
struct IndustryMonthFigures
{
    QDate month;
    std::array<int, IndustryLevelCount> projects{}; // projects holding on the month's last day, by level
    int projectsAll = 0;
    // Beneficiary households and people of the month's year by level: a household in two projects of one
    // level once, with the largest `people` of its rows.
    std::array<int, IndustryLevelCount> households{};
    std::array<int, IndustryLevelCount> people{};
    int householdsAll = 0; // each household once over every level
    int peopleAll = 0;     // its largest `people` of the year
};

// The month's work, training and industry figures for the summary: a few grouped statements with bound
// values for the month and the month before together, none per person in C++. ReadWork is required.
// `siteId` 0: the whole office; else the site's people (by their household's site), courses and projects
// (by their own site), beneficiary households (by the household's site). Definitions: docs/report-json.md
// (section `employment`, `training`, `industry`).
class WorkMonthQueries
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::WorkMonthQueries)

public:
    explicit WorkMonthQueries(const Database& db);
    WorkMonthQueries(const Database& db, WorkSettings settings) : m_db(db), m_settings(settings) {}

    // [0] the month of `month`, [1] the month before.
    Result<std::array<EmploymentMonthFigures, 2>> employment(QDate month, qint64 siteId = 0) const;
    Result<std::array<TrainingMonthFigures, 2>> training(QDate month, qint64 siteId = 0) const;
    Result<std::array<IndustryMonthFigures, 2>> industry(QDate month, qint64 siteId = 0) const;

    const WorkSettings& settings() const { return m_settings; }

private:
    Outcome countLabourForce(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const;
    Outcome countEmployed(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const;
    Outcome countJobFlows(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const;
    Outcome countSupport(std::array<EmploymentMonthFigures, 2>& f, qint64 siteId) const;
    Outcome countBeneficiaries(IndustryMonthFigures& f, qint64 siteId) const;

    const Database& m_db;
    WorkSettings m_settings;
};

} // namespace anju::work

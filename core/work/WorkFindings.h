#pragma once

#include "domain/Violation.h"
#include "work/WorkSettings.h"
#include "work/WorkTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// 应培尽培: a person on file with an open training wish recorded at least training_wish_days before the day,
// and no course attendance enrolled on or after the wish was recorded. The person's oldest such wish.
struct TrainingWishFinding
{
    PersonRef person;
    qint64 wishId = 0;
    QDate recordedOn;
    QString trade;       // the wish's detail: the trade wished for
    int daysWaiting = 0; // from the wish to the day asked
    QString detail;      // in the user's language
};

// 公益岗位优先弱劳动力: a public post held on the day by someone of ordinary or skilled labour while, at the
// post's site, weak-labour people of the labour force wait: not employed, with an open employment wish and
// no recorded reason.
struct PostPriorityFinding
{
    qint64 employmentId = 0;
    qint64 postId = 0; // 0: the job names no post (its holder's site counts as the post's)
    QString postName;
    QString postKind; // PostKind key, empty without a post
    qint64 siteId = 0;
    QString siteName;
    PersonRef holder;
    QList<PersonRef> waiting; // ordered by household number
    QString detail;
};

// Idle labour: a member of the labour force with no job holding on any day of the last idle_months months
// (up to the day), no absence reason holding on the day and not in school; for the pairing cadre.
struct IdleFinding
{
    PersonRef person;
    QDate lastJobEnded; // the last job's end before the day, or null when none was recorded
    QStringList cadres; // the household's pairing partners on the day: "name (work unit, phone)"
    QString detail;
};

struct WorkFindingsList
{
    QDate day;
    QList<TrainingWishFinding> trainingWishes;
    QList<PostPriorityFinding> posts;
    QList<IdleFinding> idle;
};

// The three checks of issue 19 that name people, for a day, computed at read time from the dated rows and
// the work settings with a few grouped statements (never one per person). ReadWork is required; siteId 0
// is every site the user may see (people by their household's site, posts by theirs). ID numbers are
// masked for a role that may not see them in full. Each list is ordered by household number.
class WorkFindings
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::WorkFindings)

public:
    explicit WorkFindings(const Database& db);
    WorkFindings(const Database& db, WorkSettings settings) : m_db(db), m_settings(settings) {}

    Result<WorkFindingsList> forDay(QDate day, qint64 siteId = 0) const;

private:
    QString trainingWishes(WorkFindingsList& list, qint64 siteId) const;
    QString posts(WorkFindingsList& list, qint64 siteId) const;
    QString idle(WorkFindingsList& list, qint64 siteId) const;
    QString nameCadres(QList<IdleFinding>& idle, QDate day) const;

    const Database& m_db;
    WorkSettings m_settings;
};

} // namespace anju::work

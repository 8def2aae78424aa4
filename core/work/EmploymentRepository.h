#pragma once

#include "domain/Violation.h"
#include "work/EmploymentRules.h"
#include "work/WorkTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// Which jobs a list holds: filtered and paged in SQL.
struct EmploymentFilter
{
    qint64 siteId = 0;              // 0: every site the user may see
    std::optional<Channel> channel; // nullopt: every channel
    QDate holdingOn;                // null: jobs of any time
    QString search;                 // a name (fragment), an ID number (part) or a household number
    int offset = 0;
    int limit = 100;
};

// A job as the lists show it: the person, the job and the name of the place it names.
struct EmploymentRow
{
    PersonRef person;
    Employment employment;
    QString placeName;
};

// One person's work history: every job, wish, absence reason and support payment, oldest first.
struct EmploymentHistory
{
    PersonRef person;
    QList<Employment> jobs;
    QList<Wish> wishes;
    QList<Absence> absences;
    QList<SupportPayment> payments;
};

// Which places a list holds (workshops, posts, brokers, batches).
struct PlaceFilter
{
    qint64 siteId = 0; // 0: every site the user may see (and the whole office's brokers)
    QDate openOn;      // null: open or closed at any time; for batches: departed in [from, to)
    QDate from;
    QDate to;
};

struct WorkshopRow
{
    Workshop workshop;
    QString siteName;
    int holders = 0; // jobs holding on the filter's day (today when it has none)
};

struct PostRow
{
    PublicPost post;
    QString siteName;
    QList<PersonRef> holders; // holding on the filter's day (today when it has none)
};

struct BrokerRow
{
    LabourBroker broker;
    QString siteName; // empty: the whole office
    int placed = 0;   // people placed through the broker, any time (each once)
};

struct BatchRow
{
    TransportBatch batch;
    QString siteName;
    QList<PersonRef> people; // the site's people on it
};

// Wishes and absence reasons, filtered and paged in SQL.
struct WishFilter
{
    qint64 siteId = 0;
    std::optional<WishKind> kind;
    QDate openOn; // null: any time
    QString search;
    int offset = 0;
    int limit = 100;
};

struct WishRow
{
    PersonRef person;
    Wish wish;
};

struct AbsenceFilter
{
    qint64 siteId = 0;
    std::optional<AbsenceReason> reason;
    QDate holdingOn; // null: any time
    QString search;
    int offset = 0;
    int limit = 100;
};

struct AbsenceRow
{
    PersonRef person;
    Absence absence;
};

// Reads of employment 就业: jobs, places, wishes, absence reasons, support payments. ReadWork is required;
// a user limited to some sites sees the people of theirs, and the places of theirs (and the whole
// office's brokers). ID numbers are shown as the roster shows them.
class EmploymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::EmploymentRepository)

public:
    explicit EmploymentRepository(const Database& db) : m_db(db) {}

    // A page of jobs by site, household number, name; and how many the filter holds in all.
    Result<QList<EmploymentRow>> jobs(const EmploymentFilter& filter) const;
    Result<int> countJobs(const EmploymentFilter& filter) const;
    // One person's history.
    Result<EmploymentHistory> historyOf(qint64 personId) const;

    Result<QList<WorkshopRow>> workshops(const PlaceFilter& filter = {}) const;
    Result<QList<PostRow>> posts(const PlaceFilter& filter = {}) const;
    Result<QList<BrokerRow>> brokers(const PlaceFilter& filter = {}) const;
    Result<QList<BatchRow>> batches(const PlaceFilter& filter = {}) const;

    Result<QList<WishRow>> wishes(const WishFilter& filter) const;
    Result<QList<AbsenceRow>> absences(const AbsenceFilter& filter) const;

    // For the service and the importer: rows as stored, no permission check (they check their own).
    std::optional<Employment> job(qint64 id) const;
    QList<Employment> jobsOfPerson(qint64 personId) const;
    QList<Employment> jobsOnPost(qint64 postId) const;
    // Jobs at a workshop or on a post still holding on `day` or beginning after it.
    int jobsFrom(const char* placeColumn, qint64 placeId, QDate day) const;
    std::optional<Workshop> workshop(qint64 id) const;
    std::optional<PublicPost> post(qint64 id) const;
    std::optional<LabourBroker> broker(qint64 id) const;
    std::optional<TransportBatch> batch(qint64 id) const;
    std::optional<Wish> wish(qint64 id) const;
    std::optional<Absence> absence(qint64 id) const;
    std::optional<SupportPayment> payment(qint64 id) const;
    std::optional<PersonOnFile> personOnFile(qint64 personId) const;
    std::optional<qint64> attendancePerson(qint64 attendanceId) const;
    bool paid(qint64 personId, SupportKind kind, QDate month) const;

private:
    Result<QList<EmploymentRow>> readJobs(const EmploymentFilter& filter, bool countOnly, int* count) const;

    const Database& m_db;
};

} // namespace anju::work

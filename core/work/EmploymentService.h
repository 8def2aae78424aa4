#pragma once

#include "domain/Violation.h"
#include "work/EmploymentRules.h"
#include "work/WorkTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::work {

// A "点对点" transport batch as the bulk entry gives it: the batch, the site's people on it, and what each
// of their jobs names (all labour export to the batch's destination, from the day it left).
struct BatchDraft
{
    TransportBatch batch;
    QList<qint64> personIds;
    QString employer;
    Fen monthlyIncome = 0;
    qint64 brokerId = 0;
};

struct RecordedBatch
{
    TransportBatch batch;
    QList<Employment> jobs; // in the order of the people given
};

// Every write of employment 就业: WriteWork for the person's or the place's site first, EmploymentRules
// next, one transaction per action, row_version for what was read before. Nothing is deleted: a job ends
// with a day and a reason, a new income is a new row from its day, a place closes on a day.
class EmploymentService
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::EmploymentService)

public:
    explicit EmploymentService(const Database& db) : m_db(db) {}

    Result<Employment> recordJob(Employment draft);
    // Several jobs in one transaction, all or none (the employment sheet's import): a refusal names each
    // bad draft by its index in Violation::row. `imported`: written with source 'import'. `dryRun`: every
    // check made, nothing written (the drafts come back with no id).
    Result<QList<Employment>> recordJobs(QList<Employment> drafts, bool imported, bool dryRun = false);
    // Ends a job on `on`, the first day the person no longer works there, with the reason.
    Result<Employment> endJob(qint64 jobId, QDate on, const QString& reason, int expectedRowVersion);
    // A new monthly income from `from`: the job's row ends on `from` (reason "income changed") and a row with
    // the new income begins there, keeping the old row's planned end. Returns the new row.
    Result<Employment> changeIncome(qint64 jobId, Fen income, QDate from, int expectedRowVersion);

    Result<Workshop> createWorkshop(Workshop draft);
    Result<Workshop> closeWorkshop(qint64 workshopId, QDate on, int expectedRowVersion);
    Result<PublicPost> createPost(PublicPost draft);
    Result<PublicPost> closePost(qint64 postId, QDate on, int expectedRowVersion);
    // A broker of one site, or (siteId 0) of the whole office.
    Result<LabourBroker> createBroker(LabourBroker draft);
    Result<LabourBroker> closeBroker(qint64 brokerId, QDate on, int expectedRowVersion);
    // The batch and one labour-export job per person, in one transaction; a refusal names each bad person
    // (Violation::row: their index in draft.personIds) and nothing is written.
    Result<RecordedBatch> recordBatch(BatchDraft draft);

    Result<Wish> recordWish(Wish draft);
    Result<Wish> closeWish(qint64 wishId, QDate on, const QString& reason, int expectedRowVersion);
    Result<Absence> recordAbsence(Absence draft);
    Result<Absence> endAbsence(qint64 absenceId, QDate on, int expectedRowVersion);
    Result<SupportPayment> recordPayment(SupportPayment draft);

private:
    // WriteWork for the person's site (for no person on file: WriteWork at all, so a role that may not
    // write is told so before "no such person").
    Outcome personAllowed(const std::optional<PersonOnFile>& person) const;
    Outcome siteAllowed(qint64 siteId) const;
    // Reads what the rules need for `draft`; `pending`: jobs of the same action not yet written.
    JobContext contextFor(const Employment& draft, const QList<Employment>& pending) const;
    // Inserts a checked job; its id, or 0 with `error` set.
    qint64 insertJob(const Employment& job, QString* error) const;

    const Database& m_db;
};

} // namespace anju::work

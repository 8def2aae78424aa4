#include "work/EmploymentService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "work/EmploymentRepository.h"

#include <QSet>
#include <QSqlQuery>

namespace anju::work {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

// The draft as it is stored: text trimmed, what the channel does not name cleared of spaces only.
Employment tidy(Employment draft)
{
    draft.id = 0;
    draft.employer = draft.employer.trimmed();
    draft.place = draft.place.trimmed();
    draft.destinationProvince = draft.destinationProvince.trimmed();
    draft.destinationCity = draft.destinationCity.trimmed();
    draft.note = draft.note.trimmed();
    draft.endReason.clear();
    draft.rowVersion = 1;
    return draft;
}

QString personLabel(const std::optional<PersonOnFile>& person, qint64 personId)
{
    return person ? person->name : EmploymentService::tr("Person %1").arg(personId);
}

} // namespace

Outcome EmploymentService::personAllowed(const std::optional<PersonOnFile>& person) const
{
    return person ? Permissions::require(m_db, Action::WriteWork, person->siteId)
                  : Permissions::require(m_db, Action::WriteWork);
}

Outcome EmploymentService::siteAllowed(qint64 siteId) const
{
    return siteId > 0 ? Permissions::require(m_db, Action::WriteWork, siteId)
                      : Permissions::require(m_db, Action::WriteWork);
}

JobContext EmploymentService::contextFor(const Employment& draft, const QList<Employment>& pending) const
{
    const EmploymentRepository repository(m_db);
    JobContext context;
    context.today = QDate::currentDate();
    context.person = repository.personOnFile(draft.personId);
    context.personJobs = repository.jobsOfPerson(draft.personId);
    if (draft.workshopId > 0)
        context.workshop = repository.workshop(draft.workshopId);
    if (draft.postId > 0) {
        context.post = repository.post(draft.postId);
        context.postHolders = repository.jobsOnPost(draft.postId);
    }
    if (draft.brokerId > 0)
        context.broker = repository.broker(draft.brokerId);
    if (draft.batchId > 0)
        context.batch = repository.batch(draft.batchId);
    // The jobs of the same action count as if written: a sheet naming one person twice on one post, or a
    // post's last place twice, is refused as the database would hold it.
    for (const Employment& other : pending) {
        if (other.personId == draft.personId)
            context.personJobs.append(other);
        if (draft.postId > 0 && other.postId == draft.postId)
            context.postHolders.append(other);
    }
    return context;
}

qint64 EmploymentService::insertJob(const Employment& e, QString* error) const
{
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO employments (person_id, channel, employer, place, destination_province,"
                       " destination_city, broker_id, batch_id, workshop_id, post_id, monthly_income,"
                       " started_on, ended_on, end_reason, source, note)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.personId, enumKey(e.channel), sqlText(e.employer), sqlText(e.place),
         sqlText(e.destinationProvince), sqlText(e.destinationCity), sqlId(e.brokerId), sqlId(e.batchId),
         sqlId(e.workshopId), sqlId(e.postId), e.monthlyIncome, sqlDate(e.startedOn), sqlDate(e.endedOn),
         sqlText(e.endReason), e.imported ? QStringLiteral("import") : QStringLiteral("entry"),
         sqlText(e.note)});
    if (!written) {
        *error = written.error;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

Result<Employment> EmploymentService::recordJob(Employment draft)
{
    const auto recorded = recordJobs({draft}, draft.imported);
    if (!recorded)
        return Outcome(recorded);
    return recorded.value().first();
}

Result<QList<Employment>> EmploymentService::recordJobs(QList<Employment> drafts, bool imported, bool dryRun)
{
    const EmploymentRepository repository(m_db);
    // Permission first, for every person's site, before anything is checked or read for the rules.
    for (int i = 0; i < drafts.size(); ++i) {
        drafts[i] = tidy(drafts.at(i));
        drafts[i].imported = imported;
        if (Outcome denied = personAllowed(repository.personOnFile(drafts.at(i).personId)); !denied)
            return denied;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    // Read inside the transaction, so two desks giving a post its last place cannot both pass.
    Outcome refused;
    QList<Employment> pending;
    for (int i = 0; i < drafts.size(); ++i) {
        Employment& draft = drafts[i];
        if (draft.channel == Channel::LabourExport && draft.batchId > 0 &&
            draft.destinationProvince.isEmpty()) {
            if (const auto batch = repository.batch(draft.batchId)) {
                draft.destinationProvince = batch->destinationProvince;
                draft.destinationCity = batch->destinationCity;
            }
        }
        const Outcome checked = EmploymentRules::checkJob(draft, contextFor(draft, pending));
        for (const Violation& v : checked.violations())
            refused.add(v.field, v.message, drafts.size() > 1 ? i : v.row);
        Employment written = draft;
        written.id = -(i + 1); // not a stored id: the next drafts' checks tell it from themselves
        pending.append(written);
    }
    if (!refused)
        return refused;
    if (dryRun)
        return drafts; // the transaction ends unwritten
    QList<Employment> saved;
    for (const Employment& draft : std::as_const(drafts)) {
        QString error;
        const qint64 id = insertJob(draft, &error);
        if (id <= 0)
            return Outcome::error(tr("The job was not saved: %1").arg(error));
        Employment stored = draft;
        stored.id = id;
        saved.append(stored);
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    for (Employment& e : saved)
        e = *repository.job(e.id);
    return saved;
}

Result<Employment> EmploymentService::endJob(qint64 jobId, QDate on, const QString& reason,
                                             int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.job(jobId);
    if (!before)
        return Outcome::error(tr("The job is not on file."));
    if (Outcome denied = personAllowed(repository.personOnFile(before->personId)); !denied)
        return denied;
    if (Outcome refused = EmploymentRules::checkJobEnd(*before, on, reason); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        m_db.dialect().expand(QStringLiteral(
            "UPDATE employments SET ended_on = ?, end_reason = ?, row_version = row_version + 1,"
            " updated_at = ${NOW} WHERE id = ? AND row_version = ?")),
        {sqlDate(on), reason.trimmed(), jobId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The job was not ended: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this job meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.job(jobId);
}

Result<Employment> EmploymentService::changeIncome(qint64 jobId, Fen income, QDate from,
                                                   int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.job(jobId);
    if (!before)
        return Outcome::error(tr("The job is not on file."));
    if (Outcome denied = personAllowed(repository.personOnFile(before->personId)); !denied)
        return denied;
    if (Outcome refused = EmploymentRules::checkIncomeChange(*before, income, from); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery end(m_db.connection());
    const SqlOutcome ended = SqlRun::write(
        m_db, end,
        m_db.dialect().expand(QStringLiteral(
            "UPDATE employments SET ended_on = ?, end_reason = ?, row_version = row_version + 1,"
            " updated_at = ${NOW} WHERE id = ? AND row_version = ?")),
        {sqlDate(from), QString::fromLatin1(IncomeChangedReason), jobId, expectedRowVersion});
    if (!ended)
        return Outcome::error(tr("The new income was not saved: %1").arg(ended.error));
    if (end.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this job meanwhile; open it again."));
    // The same job from `from` on: same place and refs (the post's holder is the same person, so its
    // capacity does not change), the planned end and its reason kept.
    Employment next = *before;
    next.monthlyIncome = income;
    next.startedOn = from;
    QString error;
    const qint64 id = insertJob(next, &error);
    if (id <= 0)
        return Outcome::error(tr("The new income was not saved: %1").arg(error));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.job(id);
}

Result<Workshop> EmploymentService::createWorkshop(Workshop draft)
{
    if (Outcome denied = siteAllowed(draft.siteId); !denied)
        return denied;
    draft.name = draft.name.trimmed();
    if (Outcome refused = EmploymentRules::checkWorkshop(draft); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO work_workshops (site_id, name, operator, trade, capacity, opened_on,"
                       " closed_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {draft.siteId, draft.name, sqlText(draft.operatorName.trimmed()), sqlText(draft.trade.trimmed()),
         draft.capacity, sqlDate(draft.openedOn), sqlDate(draft.closedOn), sqlText(draft.note.trimmed())});
    if (!written)
        return Outcome::error(tr("The workshop was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *EmploymentRepository(m_db).workshop(id);
}

Result<Workshop> EmploymentService::closeWorkshop(qint64 workshopId, QDate on, int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.workshop(workshopId);
    if (!before)
        return Outcome::error(tr("The workshop is not on file."));
    if (Outcome denied = siteAllowed(before->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome refused = EmploymentRules::checkClose(
            field(Field::WorkshopClosed), before->openedOn, before->closedOn, on,
            on.isValid() ? repository.jobsFrom("workshop_id", workshopId, on) : 0);
        !refused)
        return refused;
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        SqlRun::write(m_db, q,
                      QStringLiteral("UPDATE work_workshops SET closed_on = ?, row_version = row_version + 1"
                                     " WHERE id = ? AND row_version = ?"),
                      {sqlDate(on), workshopId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The workshop was not closed: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this workshop meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.workshop(workshopId);
}

Result<PublicPost> EmploymentService::createPost(PublicPost draft)
{
    if (Outcome denied = siteAllowed(draft.siteId); !denied)
        return denied;
    draft.name = draft.name.trimmed();
    if (Outcome refused = EmploymentRules::checkPost(draft); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO work_posts (site_id, kind, name, capacity, monthly_pay, opened_on,"
                       " closed_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {draft.siteId, enumKey(draft.kind), draft.name, draft.capacity, draft.monthlyPay,
         sqlDate(draft.openedOn), sqlDate(draft.closedOn), sqlText(draft.note.trimmed())});
    if (!written)
        return Outcome::error(tr("The post was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *EmploymentRepository(m_db).post(id);
}

Result<PublicPost> EmploymentService::closePost(qint64 postId, QDate on, int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.post(postId);
    if (!before)
        return Outcome::error(tr("The post is not on file."));
    if (Outcome denied = siteAllowed(before->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome refused =
            EmploymentRules::checkClose(field(Field::PostClosed), before->openedOn, before->closedOn, on,
                                        on.isValid() ? repository.jobsFrom("post_id", postId, on) : 0);
        !refused)
        return refused;
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        SqlRun::write(m_db, q,
                      QStringLiteral("UPDATE work_posts SET closed_on = ?, row_version = row_version + 1"
                                     " WHERE id = ? AND row_version = ?"),
                      {sqlDate(on), postId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The post was not closed: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this post meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.post(postId);
}

Result<LabourBroker> EmploymentService::createBroker(LabourBroker draft)
{
    // A broker of the whole office is for a user who covers every site.
    if (Outcome denied = Permissions::requireSiteOrWholeOffice(m_db, Action::WriteWork, draft.siteId);
        !denied)
        return denied;
    draft.name = draft.name.trimmed();
    if (Outcome refused = EmploymentRules::checkBroker(draft); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO work_brokers (site_id, name, organisation, phone, valid_from, valid_to, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sqlId(draft.siteId), draft.name, sqlText(draft.organisation.trimmed()),
         sqlText(draft.phone.trimmed()), sqlDate(draft.validFrom), sqlDate(draft.validTo),
         sqlText(draft.note.trimmed())});
    if (!written)
        return Outcome::error(tr("The labour broker was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *EmploymentRepository(m_db).broker(id);
}

Result<LabourBroker> EmploymentService::closeBroker(qint64 brokerId, QDate on, int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.broker(brokerId);
    if (!before)
        return Outcome::error(tr("The labour broker is not on file."));
    if (Outcome denied = Permissions::requireSiteOrWholeOffice(m_db, Action::WriteWork, before->siteId);
        !denied)
        return denied;
    // The people a broker placed keep their jobs: the broker only stops placing more.
    if (Outcome refused =
            EmploymentRules::checkClose(field(Field::BrokerTo), before->validFrom, before->validTo, on, 0);
        !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        SqlRun::write(m_db, q,
                      QStringLiteral("UPDATE work_brokers SET valid_to = ?, row_version = row_version + 1"
                                     " WHERE id = ? AND row_version = ?"),
                      {sqlDate(on), brokerId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The labour broker was not closed: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this broker meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.broker(brokerId);
}

Result<RecordedBatch> EmploymentService::recordBatch(BatchDraft draft)
{
    TransportBatch& batch = draft.batch;
    if (Outcome denied = siteAllowed(batch.siteId); !denied)
        return denied;
    batch.destinationProvince = batch.destinationProvince.trimmed();
    batch.destinationCity = batch.destinationCity.trimmed();
    if (batch.headcount <= 0)
        batch.headcount = int(draft.personIds.size());
    if (Outcome refused = EmploymentRules::checkBatch(batch, int(draft.personIds.size())); !refused)
        return refused;
    const EmploymentRepository repository(m_db);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    // The batch first, inside the transaction, so each job is checked against it as stored; any refusal
    // returns before the commit and the batch goes with it.
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO work_transport_batches (site_id, departed_on, destination_province,"
            " destination_city, transport, organiser, headcount, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {batch.siteId, sqlDate(batch.departedOn), batch.destinationProvince, sqlText(batch.destinationCity),
         sqlText(batch.transport.trimmed()), sqlText(batch.organiser.trimmed()), batch.headcount,
         sqlText(batch.note.trimmed())});
    if (!written)
        return Outcome::error(tr("The transport batch was not saved: %1").arg(written.error));
    const qint64 batchId = q.lastInsertId().toLongLong();

    Outcome refused;
    QSet<qint64> listed;
    QList<Employment> pending;
    for (int i = 0; i < draft.personIds.size(); ++i) {
        const qint64 personId = draft.personIds.at(i);
        const auto person = repository.personOnFile(personId);
        const QString who = personLabel(person, personId);
        if (listed.contains(personId)) {
            refused.add(field(Field::BatchPeople), tr("%1 is listed twice.").arg(who), i);
            continue;
        }
        listed.insert(personId);
        Employment job;
        job.personId = personId;
        job.channel = Channel::LabourExport;
        job.employer = draft.employer.trimmed();
        job.destinationProvince = batch.destinationProvince;
        job.destinationCity = batch.destinationCity;
        job.brokerId = draft.brokerId;
        job.batchId = batchId;
        job.monthlyIncome = draft.monthlyIncome;
        job.startedOn = batch.departedOn;
        const JobContext context = contextFor(job, pending);
        const Outcome checked = EmploymentRules::checkJob(job, context);
        for (const Violation& v : checked.violations())
            refused.add(field(Field::BatchPeople), tr("%1: %2").arg(who, v.message), i);
        // Someone already working away on the day is not carried off a second time: their job ends first.
        for (const Employment& other : context.personJobs) {
            if (checked && other.channel == Channel::LabourExport && other.holdsOn(batch.departedOn)) {
                refused.add(field(Field::BatchPeople),
                            tr("%1 already works away since %2; end that job first.")
                                .arg(who, other.startedOn.toString(Qt::ISODate)),
                            i);
                break;
            }
        }
        job.id = -(i + 1);
        pending.append(job);
    }
    if (!refused)
        return refused;
    RecordedBatch recorded;
    for (Employment job : std::as_const(pending)) {
        QString error;
        const qint64 id = insertJob(job, &error);
        if (id <= 0)
            return Outcome::error(tr("The job was not saved: %1").arg(error));
        job.id = id;
        recorded.jobs.append(job);
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    recorded.batch = *repository.batch(batchId);
    for (Employment& e : recorded.jobs)
        e = *repository.job(e.id);
    return recorded;
}

Result<Wish> EmploymentService::recordWish(Wish draft)
{
    const EmploymentRepository repository(m_db);
    const auto person = repository.personOnFile(draft.personId);
    if (Outcome denied = personAllowed(person); !denied)
        return denied;
    draft.closeReason = draft.closeReason.trimmed();
    if (Outcome refused = EmploymentRules::checkWish(draft, person); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO work_wishes (person_id, kind, place, detail, recorded_on, collected_by,"
                       " closed_on, close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {draft.personId, enumKey(draft.kind), sqlText(draft.place.trimmed()), sqlText(draft.detail.trimmed()),
         sqlDate(draft.recordedOn), sqlText(draft.collectedBy.trimmed()), sqlDate(draft.closedOn),
         sqlText(draft.closeReason)});
    if (!written)
        return Outcome::error(tr("The wish was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.wish(id);
}

Result<Wish> EmploymentService::closeWish(qint64 wishId, QDate on, const QString& reason,
                                          int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.wish(wishId);
    if (!before)
        return Outcome::error(tr("The wish is not on file."));
    if (Outcome denied = personAllowed(repository.personOnFile(before->personId)); !denied)
        return denied;
    if (Outcome refused = EmploymentRules::checkWishClose(*before, on, reason); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("UPDATE work_wishes SET closed_on = ?, close_reason = ?, row_version = row_version + 1"
                       " WHERE id = ? AND row_version = ?"),
        {sqlDate(on), reason.trimmed(), wishId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The wish was not closed: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this wish meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.wish(wishId);
}

Result<Absence> EmploymentService::recordAbsence(Absence draft)
{
    const EmploymentRepository repository(m_db);
    const auto person = repository.personOnFile(draft.personId);
    if (Outcome denied = personAllowed(person); !denied)
        return denied;
    draft.note = draft.note.trimmed();
    if (Outcome refused = EmploymentRules::checkAbsence(draft, person); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO work_absence_reasons (person_id, reason, note, valid_from, valid_to)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {draft.personId, enumKey(draft.reason), sqlText(draft.note), sqlDate(draft.validFrom),
         sqlDate(draft.validTo)});
    if (!written)
        return Outcome::error(tr("The reason was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.absence(id);
}

Result<Absence> EmploymentService::endAbsence(qint64 absenceId, QDate on, int expectedRowVersion)
{
    const EmploymentRepository repository(m_db);
    const auto before = repository.absence(absenceId);
    if (!before)
        return Outcome::error(tr("The reason is not on file."));
    if (Outcome denied = personAllowed(repository.personOnFile(before->personId)); !denied)
        return denied;
    if (Outcome refused = EmploymentRules::checkAbsenceEnd(*before, on); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("UPDATE work_absence_reasons SET valid_to = ?, row_version = row_version + 1"
                       " WHERE id = ? AND row_version = ?"),
        {sqlDate(on), absenceId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The reason was not ended: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this reason meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.absence(absenceId);
}

Result<SupportPayment> EmploymentService::recordPayment(SupportPayment draft)
{
    const EmploymentRepository repository(m_db);
    const auto person = repository.personOnFile(draft.personId);
    if (Outcome denied = personAllowed(person); !denied)
        return denied;
    draft.note = draft.note.trimmed();
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    const auto employment = draft.employmentId > 0 ? repository.job(draft.employmentId) : std::nullopt;
    const auto attendee =
        draft.attendanceId > 0 ? repository.attendancePerson(draft.attendanceId) : std::optional<qint64>();
    const bool samePaid = draft.month.isValid() && repository.paid(draft.personId, draft.kind, draft.month);
    if (Outcome refused = EmploymentRules::checkPayment(draft, person, employment, attendee, samePaid);
        !refused)
        return refused;
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO work_support_payments (person_id, kind, month, amount, paid_on,"
                       " employment_id, attendance_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {draft.personId, enumKey(draft.kind), sqlDate(draft.month), draft.amount, sqlDate(draft.paidOn),
         sqlId(draft.employmentId), sqlId(draft.attendanceId), sqlText(draft.note)});
    if (!written)
        return Outcome::error(tr("The payment was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.payment(id);
}

} // namespace anju::work

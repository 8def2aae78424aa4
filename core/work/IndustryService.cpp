#include "work/IndustryService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "work/IndustryRepository.h"
#include "work/IndustryRules.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace anju::work {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

constexpr int Slice = 500;

QString marks(int n)
{
    QStringList list;
    list.reserve(n);
    for (int i = 0; i < n; ++i)
        list.append(QStringLiteral("?"));
    return list.join(QLatin1Char(','));
}

Outcome projectWriteAllowed(const Database& db, qint64 siteId)
{
    return siteId > 0 ? Permissions::require(db, Action::WriteWork, siteId)
                      : Permissions::requireSiteOrWholeOffice(db, Action::WriteWork, 0);
}

} // namespace

Outcome IndustryService::householdWriteAllowed(qint64 householdId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return Outcome::failure(field(Field::IndustryHousehold), tr("The household is not on file."));
    return Permissions::require(m_db, Action::WriteWork, q.value(0).toLongLong());
}

Result<IndustryProject> IndustryService::saveProject(IndustryProject draft)
{
    draft.name = draft.name.trimmed();
    draft.operatorName = draft.operatorName.trimmed();
    draft.location = draft.location.trimmed();
    draft.note = draft.note.trimmed();
    IndustryRepository repository(m_db);
    if (draft.id > 0) {
        const auto before = repository.project(draft.id);
        if (!before)
            return Outcome::error(tr("Project %1 is not on file.").arg(draft.id));
        if (Outcome denied = projectWriteAllowed(m_db, before->siteId); !denied)
            return denied;
    }
    if (Outcome denied = projectWriteAllowed(m_db, draft.siteId); !denied)
        return denied;
    if (Outcome refused = IndustryRules::checkProject(draft); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const QVariantList fields{sqlId(draft.siteId),
                              draft.name,
                              enumKey(draft.level),
                              enumKey(draft.model),
                              sqlText(draft.operatorName),
                              sqlText(draft.location),
                              draft.investment,
                              draft.totalShares,
                              sqlDate(draft.startedOn),
                              sqlDate(draft.endedOn),
                              sqlText(draft.note)};
    qint64 id = draft.id;
    if (id == 0) {
        const SqlOutcome written = SqlRun::write(
            m_db, q,
            QStringLiteral("INSERT INTO industry_projects (site_id, name, level, model, operator, location,"
                           " investment, total_shares, started_on, ended_on, note)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            fields);
        if (!written)
            return Outcome::error(tr("The project was not saved: %1").arg(written.error));
        id = q.lastInsertId().toLongLong();
    } else {
        // Read inside the transaction, so beneficiaries recorded meanwhile at another desk are held.
        if (Outcome refused = IndustryRules::checkProjectChange(draft, repository.usageOf(id)); !refused)
            return refused;
        const SqlOutcome written = SqlRun::write(
            m_db, q,
            QStringLiteral(
                "UPDATE industry_projects SET site_id = ?, name = ?, level = ?, model = ?, operator = ?,"
                " location = ?, investment = ?, total_shares = ?, started_on = ?, ended_on = ?,"
                " note = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            fields + QVariantList{id, draft.rowVersion});
        if (!written)
            return Outcome::error(tr("The project was not saved: %1").arg(written.error));
        if (q.numRowsAffected() != 1)
            return Outcome::error(tr("Someone else changed this project meanwhile; open it again."));
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.project(id);
}

Result<QList<Beneficiary>> IndustryService::recordBeneficiaries(qint64 projectId, int year,
                                                                const QList<BeneficiaryEntry>& entries,
                                                                QDate recordedOn)
{
    IndustryRepository repository(m_db);
    const auto project = repository.project(projectId);
    if (!project)
        return Outcome::error(tr("Project %1 is not on file.").arg(projectId));
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork, project->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());

    // The households with their members on the day, read inside the transaction (the year's shares too,
    // so two desks cannot both give the last shares).
    QHash<qint64, BeneficiaryCandidate> found;
    QList<qint64> ids;
    for (const BeneficiaryEntry& e : entries)
        ids.append(e.householdId);
    const QList<qint64> unique = QSet<qint64>(ids.begin(), ids.end()).values();
    for (int at = 0; at < unique.size(); at += Slice) {
        const QList<qint64> slice = unique.mid(at, Slice);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT h.id, h.number, COALESCE(h.head_name, ''), h.site_id, h.state, h.state_date,"
                      " (SELECT COUNT(*) FROM memberships m WHERE m.household_id = h.id"
                      "  AND (m.start_date IS NULL OR m.start_date <= ?) AND (m.end_date IS NULL OR "
                      "m.end_date > ?)),"
                      " (SELECT COUNT(*) FROM industry_beneficiaries b WHERE b.household_id = h.id"
                      "  AND b.project_id = ? AND b.year = ?)"
                      " FROM households h WHERE h.id IN (") +
                  marks(slice.size()) + QStringLiteral(")"));
        q.addBindValue(sqlDate(recordedOn));
        q.addBindValue(sqlDate(recordedOn));
        q.addBindValue(projectId);
        q.addBindValue(year);
        for (qint64 id : slice)
            q.addBindValue(id);
        if (!q.exec())
            return Outcome::error(tr("The households could not be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            BeneficiaryCandidate c;
            c.found = true;
            c.number = q.value(1).toString();
            c.headName = q.value(2).toString();
            c.siteId = q.value(3).toLongLong();
            c.active = q.value(4).toString() == QLatin1String("active");
            c.stateDate = dateFrom(q.value(5));
            c.people = q.value(6).toInt();
            c.alreadyThisYear = q.value(7).toInt() > 0;
            found.insert(q.value(0).toLongLong(), c);
        }
    }
    QList<BeneficiaryCandidate> candidates;
    Outcome denied;
    for (int i = 0; i < entries.size(); ++i) {
        BeneficiaryCandidate c = found.value(entries.at(i).householdId);
        c.entry = entries.at(i);
        c.entry.benefit = c.entry.benefit.trimmed();
        c.entry.note = c.entry.note.trimmed();
        if (c.found && !Permissions::require(m_db, Action::WriteWork, c.siteId))
            denied.add(field(Field::IndustryHousehold),
                       tr("%1 lives at a site you do not work on.")
                           .arg(IndustryRules::householdText(c.number, c.headName)),
                       i);
        candidates.append(c);
    }
    Outcome refused = IndustryRules::checkBeneficiaries(*project, year, candidates,
                                                        repository.sharesInYear(projectId, year), recordedOn);
    refused.add(denied);
    if (!refused)
        return refused;

    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(
            QStringLiteral("INSERT INTO industry_beneficiaries (project_id, household_id, year, people,"
                           " shares, amount, benefit, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return Outcome::error(tr("The beneficiaries were not saved: %1").arg(insert.lastError().text()));
    QList<qint64> written;
    for (const BeneficiaryCandidate& c : candidates) {
        insert.bindValue(0, projectId);
        insert.bindValue(1, c.entry.householdId);
        insert.bindValue(2, year);
        insert.bindValue(3, c.people);
        insert.bindValue(4, c.entry.shares);
        insert.bindValue(5, c.entry.amount);
        insert.bindValue(6, sqlText(c.entry.benefit));
        insert.bindValue(7, sqlText(c.entry.note));
        if (const SqlOutcome ok = SqlRun::write(m_db, insert); !ok)
            return Outcome::error(tr("The beneficiaries were not saved: %1").arg(ok.error));
        written.append(insert.lastInsertId().toLongLong());
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    QList<Beneficiary> result;
    for (qint64 id : written)
        result.append(*repository.beneficiary(id));
    return result;
}

Result<Beneficiary> IndustryService::changeBeneficiary(const Beneficiary& changed)
{
    IndustryRepository repository(m_db);
    const auto before = repository.beneficiary(changed.id);
    if (!before)
        return Outcome::error(tr("The beneficiary row is not on file."));
    if (Outcome denied = householdWriteAllowed(before->householdId); !denied)
        return denied;
    const auto project = repository.project(before->projectId);
    Beneficiary next = *before;
    next.shares = changed.shares;
    next.amount = changed.amount;
    next.benefit = changed.benefit.trimmed();
    next.note = changed.note.trimmed();
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome refused = IndustryRules::checkBeneficiaryChange(
            *project, next, repository.sharesInYear(before->projectId, before->year, before->id));
        !refused)
        return refused;
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("UPDATE industry_beneficiaries SET shares = ?, amount = ?, benefit = ?, note = ?,"
                       " row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {next.shares, next.amount, sqlText(next.benefit), sqlText(next.note), next.id, changed.rowVersion});
    if (!written)
        return Outcome::error(tr("The benefit was not saved: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this benefit meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.beneficiary(next.id);
}

Outcome IndustryService::removeBeneficiary(qint64 beneficiaryId, int expectedRowVersion)
{
    IndustryRepository repository(m_db);
    const auto before = repository.beneficiary(beneficiaryId);
    if (!before)
        return Outcome::error(tr("The beneficiary row is not on file."));
    if (Outcome denied = householdWriteAllowed(before->householdId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q, QStringLiteral("DELETE FROM industry_beneficiaries WHERE id = ? AND row_version = ?"),
        {beneficiaryId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The benefit was not removed: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this benefit meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return {};
}

} // namespace anju::work

#include "income/SafetyNetService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "income/SafetyNetRepository.h"
#include "income/SafetyNetRules.h"

#include <QSqlQuery>

namespace anju::income {

Outcome SafetyNetService::personAllowed(qint64 personId, QDate day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.site_id, p.state, p.state_date FROM persons p"
                             " JOIN households h ON h.id = p.household_id WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return Outcome::failure(QString::fromLatin1(Field::SafetyNetPerson),
                                tr("The person is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome, q.value(0).toLongLong()); !denied)
        return denied;
    const QString state = q.value(1).toString();
    const QDate stateDate = dateFrom(q.value(2));
    // A person who moved away or died is not enrolled from that day on (an earlier period may still be
    // recorded late).
    if (state != QLatin1String("active") && day.isValid() && (!stateDate.isValid() || stateDate <= day))
        return Outcome::failure(
            QString::fromLatin1(Field::SafetyNetPerson),
            state == QLatin1String("deceased")
                ? tr("The person died on %1.").arg(stateDate.toString(Qt::ISODate))
                : tr("The person moved away on %1.").arg(stateDate.toString(Qt::ISODate)));
    return {};
}

Result<SafetyNetEnrolment> SafetyNetService::enrol(SafetyNetEnrolment draft)
{
    draft.id = 0;
    draft.scheme = draft.scheme.trimmed();
    draft.note = draft.note.trimmed();
    draft.endReason.clear();
    if (draft.amountKind == AmountKind::OneOff)
        draft.validTo = draft.validFrom;
    if (draft.personId > 0) {
        if (Outcome denied = personAllowed(draft.personId, draft.validFrom); !denied)
            return denied;
    }
    const IncomeSettings settings = IncomeSettings::load(m_db);
    SafetyNetRepository repository(m_db);
    if (Outcome refused = SafetyNetRules::checkEnrolment(draft, settings, {}); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    // Read inside the transaction, so two desks enrolling the same person cannot both pass.
    if (Outcome refused =
            SafetyNetRules::checkEnrolment(draft, settings, repository.enrolmentsOfPerson(draft.personId));
        !refused)
        return refused;
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO safety_net_enrolments (person_id, scheme, amount, amount_kind, valid_from,"
            " valid_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {draft.personId, draft.scheme, draft.amount, amountKindKey(draft.amountKind),
         sqlDate(draft.validFrom), sqlDate(draft.validTo), sqlText(draft.note)});
    if (!written)
        return Outcome::error(tr("The enrolment was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.enrolment(id);
}

Result<SafetyNetEnrolment> SafetyNetService::changeAmount(qint64 enrolmentId, Fen amount, QDate from,
                                                          int expectedRowVersion)
{
    SafetyNetRepository repository(m_db);
    const auto before = repository.enrolment(enrolmentId);
    if (!before)
        return Outcome::error(tr("The enrolment is not on file."));
    if (Outcome denied = personAllowed(before->personId, from); !denied)
        return denied;
    if (Outcome refused = SafetyNetRules::checkAmountChange(*before, amount, from); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery end(m_db.connection());
    SqlOutcome written = SqlRun::write(
        m_db, end,
        QStringLiteral("UPDATE safety_net_enrolments SET valid_to = ?, end_reason = ?,"
                       " row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {sqlDate(from), QString::fromLatin1(AmountChangedReason), enrolmentId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The new amount was not saved: %1").arg(written.error));
    if (end.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this enrolment meanwhile; open it again."));
    QSqlQuery next(m_db.connection());
    written = SqlRun::write(
        m_db, next,
        QStringLiteral(
            "INSERT INTO safety_net_enrolments (person_id, scheme, amount, amount_kind, valid_from,"
            " valid_to, end_reason, note) VALUES (?, ?, ?, 'monthly', ?, ?, ?, ?)"),
        {before->personId, before->scheme, amount, sqlDate(from), sqlDate(before->validTo),
         sqlText(before->endReason), sqlText(before->note)});
    if (!written)
        return Outcome::error(tr("The new amount was not saved: %1").arg(written.error));
    const qint64 id = next.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.enrolment(id);
}

Result<SafetyNetEnrolment> SafetyNetService::end(qint64 enrolmentId, QDate on, const QString& reason,
                                                 int expectedRowVersion)
{
    SafetyNetRepository repository(m_db);
    const auto before = repository.enrolment(enrolmentId);
    if (!before)
        return Outcome::error(tr("The enrolment is not on file."));
    if (Outcome denied = personAllowed(before->personId, QDate()); !denied)
        return denied;
    if (Outcome refused = SafetyNetRules::checkEnd(*before, on, reason); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        SqlRun::write(m_db, q,
                      QStringLiteral("UPDATE safety_net_enrolments SET valid_to = ?, end_reason = ?,"
                                     " row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                      {sqlDate(on), reason.trimmed(), enrolmentId, expectedRowVersion});
    if (!written)
        return Outcome::error(tr("The enrolment was not ended: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this enrolment meanwhile; open it again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.enrolment(enrolmentId);
}

Result<SafetyNetExemption> SafetyNetService::exempt(SafetyNetExemption draft)
{
    draft.id = 0;
    draft.reason = draft.reason.trimmed();
    if (draft.personId > 0) {
        if (Outcome denied = personAllowed(draft.personId, draft.validFrom); !denied)
            return denied;
    }
    if (Outcome refused = SafetyNetRules::checkExemption(draft); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        SqlRun::write(m_db, q,
                      QStringLiteral("INSERT INTO safety_net_exemptions (person_id, reason, valid_from, "
                                     "valid_to) VALUES (?, ?, ?, ?)"),
                      {draft.personId, draft.reason, sqlDate(draft.validFrom), sqlDate(draft.validTo)});
    if (!written)
        return Outcome::error(tr("The reason was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *SafetyNetRepository(m_db).exemption(id);
}

Result<SafetyNetExemption> SafetyNetService::endExemption(qint64 exemptionId, QDate on)
{
    SafetyNetRepository repository(m_db);
    const auto before = repository.exemption(exemptionId);
    if (!before)
        return Outcome::error(tr("The reason is not on file."));
    if (Outcome denied = personAllowed(before->personId, QDate()); !denied)
        return denied;
    if (Outcome refused = SafetyNetRules::checkExemptionEnd(*before, on); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        SqlRun::write(m_db, q, QStringLiteral("UPDATE safety_net_exemptions SET valid_to = ? WHERE id = ?"),
                      {sqlDate(on), exemptionId});
    if (!written)
        return Outcome::error(tr("The reason was not ended: %1").arg(written.error));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *repository.exemption(exemptionId);
}

} // namespace anju::income

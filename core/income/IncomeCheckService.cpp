#include "income/IncomeCheckService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "income/IncomeCheckRepository.h"
#include "income/IncomeRules.h"

#include <QSqlQuery>

namespace anju::income {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QDate firstOf(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOf(QDate day)
{
    return firstOf(day).addMonths(1).addDays(-1);
}

// The household's site and the dates that say whether it lived on the site in a month.
struct HouseholdOnFile
{
    qint64 siteId = 0;
    QDate relocationDate;
    QString state;
    QDate stateDate;
};

std::optional<HouseholdOnFile> householdOnFile(const Database& db, qint64 householdId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT site_id, relocation_date, state, state_date FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return HouseholdOnFile{q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(),
                           dateFrom(q.value(3))};
}

} // namespace

IncomeSettings IncomeCheckService::settings() const
{
    return IncomeSettings::load(m_db);
}

Outcome IncomeCheckService::validateFields(const IncomeCheck& check, QDate today)
{
    Outcome outcome;
    if (check.householdId <= 0)
        outcome.add(field(Field::IncomeHousehold), tr("Choose the household."));
    if (!check.month.isValid())
        outcome.add(field(Field::IncomeMonth), tr("Enter the month of the check."));
    else if (firstOf(check.month) > firstOf(today))
        outcome.add(field(Field::IncomeMonth),
                    tr("%1 has not begun: a check is for this month or an earlier one.")
                        .arg(firstOf(check.month).toString(QStringLiteral("yyyy-MM"))));
    if (!check.checkedOn.isValid())
        outcome.add(field(Field::IncomeCheckedOn), tr("Enter the day of the check."));
    else if (check.checkedOn > today)
        outcome.add(field(Field::IncomeCheckedOn), tr("The day of the check cannot be in the future."));
    else if (check.month.isValid() && check.checkedOn < firstOf(check.month))
        outcome.add(field(Field::IncomeCheckedOn),
                    tr("The day of the check cannot be before the month it checks (%1).")
                        .arg(firstOf(check.month).toString(QStringLiteral("yyyy-MM"))));
    if (check.headcount < 0)
        outcome.add(field(Field::IncomeHeadcount), tr("The headcount cannot be negative."));
    else if (check.headcount > IncomeRules::MaxHeadcount)
        outcome.add(field(Field::IncomeHeadcount),
                    tr("The headcount cannot be over %1 people.").arg(IncomeRules::MaxHeadcount));
    const struct
    {
        const char* key;
        Fen amount;
        QString label;
    } amounts[] = {{Field::IncomeWages, check.incomeWages, tr("The wage income")},
                   {Field::IncomeBusiness, check.incomeBusiness, tr("The business income")},
                   {Field::IncomeProperty, check.incomeProperty, tr("The property income")},
                   {Field::IncomeTransfers, check.incomeTransfers, tr("The transfer income")},
                   {Field::IncomeOperatingCosts, check.operatingCosts, tr("The operating costs")},
                   {Field::IncomeExpenseMedical, check.expenseMedical, tr("The medical expenditure")},
                   {Field::IncomeExpenseEducation, check.expenseEducation, tr("The education expenditure")},
                   {Field::IncomeExpenseDisaster, check.expenseDisaster, tr("The disaster expenditure")},
                   {Field::IncomeExpenseOther, check.expenseOther, tr("The other expenditure")}};
    for (const auto& a : amounts) {
        if (a.amount < 0)
            outcome.add(field(a.key), tr("%1 cannot be negative.").arg(a.label));
        else if (a.amount > IncomeRules::MaxAmount)
            outcome.add(field(a.key), tr("%1 cannot be over 100,000,000 yuan in a month.").arg(a.label));
    }
    if (check.source != QLatin1String("entry") && check.source != QLatin1String("import"))
        outcome.add(field(Field::IncomeSource), tr("A check is typed on the grid or imported from a sheet."));
    if (check.checker.trimmed().size() > 50)
        outcome.add(field(Field::IncomeChecker),
                    tr("The checker's name is too long (50 characters at most)."));
    return outcome;
}

Result<IncomeCheck> IncomeCheckService::save(const IncomeCheck& draft, int expectedRowVersion, QDate today)
{
    IncomeCheck check = draft;
    if (check.month.isValid())
        check.month = firstOf(check.month);
    check.checker = check.checker.trimmed();
    check.note = check.note.trimmed();
    const std::optional<HouseholdOnFile> household = householdOnFile(m_db, check.householdId);
    if (!household)
        return Outcome::failure(field(Field::IncomeHousehold), tr("The household is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome, household->siteId); !denied)
        return denied;
    Outcome outcome = validateFields(check, today);
    if (check.month.isValid()) {
        const QDate last = lastOf(check.month);
        if (household->relocationDate.isValid() && household->relocationDate > last)
            outcome.add(field(Field::IncomeMonth), tr("The household moved to the site on %1, after %2.")
                                                       .arg(household->relocationDate.toString(Qt::ISODate),
                                                            check.month.toString(QStringLiteral("yyyy-MM"))));
        else if (household->state != QLatin1String("active") && household->stateDate.isValid() &&
                 household->stateDate < check.month)
            outcome.add(field(Field::IncomeMonth), tr("The household left the site on %1, before %2.")
                                                       .arg(household->stateDate.toString(Qt::ISODate),
                                                            check.month.toString(QStringLiteral("yyyy-MM"))));
    }
    if (!outcome)
        return outcome;

    const IncomeCheckRepository repository(m_db);
    if (check.headcount == 0) {
        check.headcount = repository.activeMembers(check.householdId, lastOf(check.month));
        if (check.headcount == 0)
            return Outcome::failure(field(Field::IncomeHeadcount),
                                    tr("The household has no members on file at the end of %1: enter the "
                                       "headcount.")
                                        .arg(check.month.toString(QStringLiteral("yyyy-MM"))));
    }
    const QString alreadyChecked = tr("The household already has a check of %1: open it to change it.")
                                       .arg(check.month.toString(QStringLiteral("yyyy-MM")));
    const QString changedMeanwhile =
        tr("Someone else changed this check meanwhile: reload it and enter your change again.");
    if (check.id == 0) {
        if (repository.checkOf(check.householdId, check.month))
            return Outcome::failure(field(Field::IncomeMonth), alreadyChecked);
    } else {
        const std::optional<IncomeCheck> stored = repository.check(check.id);
        if (!stored)
            return Outcome::failure(field(Field::General), tr("The check is not on file."));
        if (stored->householdId != check.householdId || stored->month != check.month)
            return Outcome::failure(field(Field::IncomeMonth),
                                    tr("The household and month of a saved check cannot be changed."));
        if (stored->rowVersion != expectedRowVersion)
            return Outcome::failure(field(Field::IncomeVersion), changedMeanwhile);
    }

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    const QVariantList figures{sqlDate(check.checkedOn),
                               check.headcount,
                               check.incomeWages,
                               check.incomeBusiness,
                               check.incomeProperty,
                               check.incomeTransfers,
                               check.operatingCosts,
                               check.expenseMedical,
                               check.expenseEducation,
                               check.expenseDisaster,
                               check.expenseOther,
                               sqlText(check.checker),
                               check.source,
                               sqlText(check.note)};
    QSqlQuery q(m_db.connection());
    if (check.id == 0) {
        const SqlOutcome written = SqlRun::write(
            m_db, q,
            QStringLiteral("INSERT INTO income_checks (household_id, month, checked_on, headcount,"
                           " income_wages, income_business, income_property, income_transfers,"
                           " operating_costs, expense_medical, expense_education, expense_disaster,"
                           " expense_other, checker, source, note)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{check.householdId, sqlDate(check.month)} + figures);
        if (!written) {
            // Another desk saved the same household and month first.
            if (m_db.dialect().isUniqueViolation(written.sqlError.nativeErrorCode(), written.error))
                return Outcome::failure(field(Field::IncomeMonth), alreadyChecked);
            return Outcome::error(tr("The check was not saved: %1").arg(written.error));
        }
        check.id = q.lastInsertId().toLongLong();
    } else {
        const SqlOutcome written = SqlRun::write(
            m_db, q,
            m_db.dialect().expand(QStringLiteral(
                "UPDATE income_checks SET checked_on = ?, headcount = ?, income_wages = ?,"
                " income_business = ?, income_property = ?, income_transfers = ?, operating_costs = ?,"
                " expense_medical = ?, expense_education = ?, expense_disaster = ?, expense_other = ?,"
                " checker = ?, source = ?, note = ?, row_version = row_version + 1, updated_at = ${NOW}"
                " WHERE id = ? AND row_version = ?")),
            figures + QVariantList{check.id, expectedRowVersion});
        if (!written)
            return Outcome::error(tr("The check was not saved: %1").arg(written.error));
        if (q.numRowsAffected() != 1)
            return Outcome::failure(field(Field::IncomeVersion), changedMeanwhile);
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    if (const std::optional<IncomeCheck> saved = repository.check(check.id))
        return *saved;
    return Outcome::error(tr("The check was saved but could not be read back."));
}

} // namespace anju::income

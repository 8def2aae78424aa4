#include "income/MonitoringSources.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitRepository.h"
#include "income/FindingFlagQuery.h"
#include "income/FollowUpFindings.h"
#include "income/IncomeCheckRows.h"
#include "income/IncomeRules.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringRules.h"

#include <QSqlQuery>

namespace anju::income {

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

int flagBits(const CheckFlags& flags)
{
    return (flags.belowLine ? FlagBelowLine : 0) | (flags.drop ? FlagDrop : 0) |
           (flags.largeExpense ? FlagLargeExpense : 0);
}

} // namespace

Result<QList<MonitoringSourceRecord>> MonitoringSources::of(qint64 householdId, DiscoverySource kind) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (householdId <= 0 || !q.exec() || !q.next())
        return Outcome::failure(QString::fromLatin1(Field::MonitoringHousehold),
                                tr("Choose the household first."));
    const qint64 siteId = q.value(0).toLongLong();
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, siteId); !denied)
        return denied;
    switch (kind) {
    case DiscoverySource::IncomeFlag:
        return flaggedChecks(householdId);
    case DiscoverySource::Visit:
    case DiscoverySource::Case:
        if (Outcome denied = Permissions::require(m_db, Action::ReadGrids, siteId); !denied)
            return denied;
        return kind == DiscoverySource::Visit ? visits(householdId) : gridCases(householdId);
    case DiscoverySource::SelfReport:
    case DiscoverySource::Department:
        break;
    }
    return QList<MonitoringSourceRecord>();
}

QList<MonitoringSourceRecord> MonitoringSources::flaggedChecks(qint64 householdId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM income_checks c WHERE c.household_id = ? ORDER BY c.month DESC")
                  .arg(IncomeCheckRows::columns()));
    q.addBindValue(householdId);
    QList<IncomeCheck> checks;
    if (q.exec()) {
        while (q.next())
            checks.append(IncomeCheckRows::from(q));
    }
    // The drop rule reads the household's other months; a household has a few dozen checks at most, so
    // they are judged here from one read, as IncomeRules judges a check on the entry sheet.
    QList<MonthFigure> figures;
    for (const IncomeCheck& c : std::as_const(checks))
        figures.append({c.month, IncomeRules::perCapitaAnnual(c)});
    const IncomeSettings settings = IncomeSettings::load(m_db);
    QList<MonitoringSourceRecord> result;
    for (const IncomeCheck& c : std::as_const(checks)) {
        QList<MonthFigure> earlier;
        for (const MonthFigure& f : std::as_const(figures))
            if (f.month != c.month)
                earlier.append(f);
        const CheckFlags flags = IncomeRules::flags(c, earlier, settings);
        if (!flags.any())
            continue;
        result.append({c.id, c.month,
                       tr("%1 check: %2")
                           .arg(c.month.toString(QStringLiteral("yyyy-MM")),
                                FollowUpFindings::flagsText(flagBits(flags)))});
    }
    return result;
}

QList<MonitoringSourceRecord> MonitoringSources::visits(qint64 householdId) const
{
    QList<MonitoringSourceRecord> result;
    for (const grids::Visit& v : grids::VisitRepository(m_db).visitsOf(householdId)) {
        QString label = tr("%1 %2").arg(iso(v.date), enumLabel(v.kind));
        if (!v.visitorName.isEmpty())
            label += tr(" by %1").arg(v.visitorName);
        const QString said = !v.findings.trimmed().isEmpty() ? v.findings.trimmed() : v.reason.trimmed();
        if (!said.isEmpty())
            label += tr(": %1").arg(said.left(40));
        result.append({v.id, v.date, label});
    }
    return result;
}

QList<MonitoringSourceRecord> MonitoringSources::gridCases(qint64 householdId) const
{
    QList<MonitoringSourceRecord> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.received_on, c.kind, c.title FROM grid_cases c"
                             " JOIN grid_case_households h ON h.case_id = c.id WHERE h.household_id = ?"
                             " ORDER BY c.received_on DESC, c.id DESC"));
    q.addBindValue(householdId);
    if (!q.exec())
        return result;
    while (q.next()) {
        const QDate received = dateFrom(q.value(1));
        const auto kind = enumFromKey<grids::CaseKind>(q.value(2).toString());
        result.append({q.value(0).toLongLong(), received,
                       tr("%1 %2: %3")
                           .arg(iso(received), kind ? enumLabel(*kind) : q.value(2).toString(),
                                q.value(3).toString())});
    }
    return result;
}

} // namespace anju::income

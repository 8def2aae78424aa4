#include "income/MonitoringRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringRules.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace anju::income {

namespace {

// The head: the active one, else the latest (a household whose head died keeps a name on the list).
const char HeadName[] =
    "(SELECT p.name FROM persons p WHERE p.household_id = h.id AND p.relationship = 'head'"
    " ORDER BY CASE WHEN p.state = 'active' THEN 0 ELSE 1 END, p.id DESC LIMIT 1)";

const char CaseColumns[] =
    "SELECT c.id, c.household_id, h.site_id, h.number, %1, c.category, c.discovered_on, c.discovery,"
    " c.income_check_id, c.visit_id, c.case_id, c.department, c.description, c.state, c.state_date,"
    " c.entered_on, c.declined_on, c.decline_reason, c.eliminated_on, c.row_version"
    " FROM monitoring_cases c JOIN households h ON h.id = c.household_id";

MonitoringCase caseFrom(const QSqlQuery& q)
{
    MonitoringCase c;
    c.id = q.value(0).toLongLong();
    c.householdId = q.value(1).toLongLong();
    c.siteId = q.value(2).toLongLong();
    c.householdNumber = q.value(3).toString();
    c.headName = q.value(4).toString();
    c.category =
        enumFromKey<MonitoringCategory>(q.value(5).toString()).value_or(MonitoringCategory::MarginalAtRisk);
    c.discoveredOn = dateFrom(q.value(6));
    c.discovery = enumFromKey<DiscoverySource>(q.value(7).toString()).value_or(DiscoverySource::SelfReport);
    c.incomeCheckId = q.value(8).toLongLong();
    c.visitId = q.value(9).toLongLong();
    c.gridCaseId = q.value(10).toLongLong();
    c.department = q.value(11).toString();
    c.description = q.value(12).toString();
    c.state = enumFromKey<MonitoringState>(q.value(13).toString()).value_or(MonitoringState::EntryReview);
    c.stateDate = dateFrom(q.value(14));
    c.enteredOn = dateFrom(q.value(15));
    c.declinedOn = dateFrom(q.value(16));
    c.declineReason = q.value(17).toString();
    c.eliminatedOn = dateFrom(q.value(18));
    c.rowVersion = q.value(19).toInt();
    return c;
}

MonitoringStep stepFrom(const QSqlQuery& q, int at)
{
    MonitoringStep s;
    s.id = q.value(at).toLongLong();
    s.phase = enumFromKey<MonitoringPhase>(q.value(at + 1).toString()).value_or(MonitoringPhase::Entry);
    s.step =
        enumFromKey<MonitoringStepKind>(q.value(at + 2).toString()).value_or(MonitoringStepKind::HomeCheck);
    s.startedOn = dateFrom(q.value(at + 3));
    s.noticeFrom = dateFrom(q.value(at + 4));
    s.noticeTo = dateFrom(q.value(at + 5));
    s.decidedOn = dateFrom(q.value(at + 6));
    if (!q.value(at + 7).isNull())
        s.decision = enumFromKey<StepDecision>(q.value(at + 7).toString());
    s.decidedBy = q.value(at + 8).toString();
    s.note = q.value(at + 9).toString();
    s.attempt = q.value(at + 10).toInt();
    return s;
}

const char StepColumns[] = "s.id, s.phase, s.step, s.started_on, s.notice_from, s.notice_to, s.decided_on,"
                           " s.decision, s.decided_by, s.note, s.attempt";

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
}

} // namespace

QList<MonitoringCase> MonitoringRepository::select(const QString& where, QVariantList values, int limit) const
{
    QString sql =
        QString::fromLatin1(CaseColumns).arg(QLatin1String(HeadName)) + QStringLiteral(" WHERE ") + where;
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY c.state_date, c.id");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    QList<MonitoringCase> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, values);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(caseFrom(q));
    return result;
}

void MonitoringRepository::loadSteps(QList<MonitoringCase>& cases) const
{
    if (cases.isEmpty())
        return;
    QHash<qint64, qsizetype> at;
    qint64 least = cases.first().id;
    qint64 most = least;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        at.insert(cases.at(i).id, i);
        least = std::min(least, cases.at(i).id);
        most = std::max(most, cases.at(i).id);
    }
    // One read for the whole list: the steps of the id range, the cases not listed skipped here.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.case_id, ") + QLatin1String(StepColumns) +
        QStringLiteral(" FROM monitoring_steps s WHERE s.case_id BETWEEN ? AND ? ORDER BY s.case_id, s.id"));
    q.addBindValue(least);
    q.addBindValue(most);
    if (!q.exec())
        return;
    while (q.next()) {
        const auto found = at.constFind(q.value(0).toLongLong());
        if (found != at.constEnd())
            cases[*found].steps.append(stepFrom(q, 1));
    }
}

Result<QList<MonitoringCase>> MonitoringRepository::cases(const MonitoringFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, filter.siteId); !denied)
        return denied;
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (filter.state) {
        where += QStringLiteral(" AND c.state = ?");
        values.append(enumKey(*filter.state));
    }
    if (filter.category) {
        where += QStringLiteral(" AND c.category = ?");
        values.append(enumKey(*filter.category));
    }
    if (filter.siteId > 0) {
        where += QStringLiteral(" AND h.site_id = ?");
        values.append(filter.siteId);
    }
    if (filter.overdueOnly)
        where += QStringLiteral(" AND (c.state = 'entry_review' OR c.state = 'elimination_review')");
    QList<MonitoringCase> found = select(where, values, filter.overdueOnly ? 0 : filter.limit);
    loadSteps(found);
    if (!filter.overdueOnly)
        return found;
    const IncomeSettings settings = IncomeSettings::load(m_db);
    QList<MonitoringCase> overdue;
    for (const MonitoringCase& c : std::as_const(found)) {
        const MonitoringProgress p = MonitoringRules::progress(c, settings);
        if (!MonitoringRules::isOverdue(c, settings, filter.today))
            continue;
        if (filter.overdueStep && p.current != filter.overdueStep)
            continue;
        overdue.append(c);
        if (overdue.size() >= filter.limit)
            break;
    }
    return overdue;
}

void MonitoringRepository::loadDetails(MonitoringCase& c) const
{
    QList<MonitoringCase> one{c};
    loadSteps(one);
    c.steps = one.first().steps;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT risk, note FROM monitoring_risks WHERE case_id = ? ORDER BY id"));
    q.addBindValue(c.id);
    if (q.exec()) {
        while (q.next())
            c.risks.append({enumFromKey<RiskKind>(q.value(0).toString()).value_or(RiskKind::Other),
                            q.value(1).toString()});
    }
    q.prepare(QStringLiteral("SELECT o.id, o.step_id, o.received_on, o.raised_by, o.content, o.handling,"
                             " o.settled_on FROM monitoring_objections o JOIN monitoring_steps s"
                             " ON s.id = o.step_id WHERE s.case_id = ? ORDER BY o.received_on, o.id"));
    q.addBindValue(c.id);
    if (q.exec()) {
        while (q.next()) {
            MonitoringObjection o;
            o.id = q.value(0).toLongLong();
            o.stepId = q.value(1).toLongLong();
            o.receivedOn = dateFrom(q.value(2));
            o.raisedBy = q.value(3).toString();
            o.content = q.value(4).toString();
            o.handling = q.value(5).toString();
            o.settledOn = dateFrom(q.value(6));
            c.objections.append(o);
        }
    }
    q.prepare(QStringLiteral("SELECT id, measure, description, provider, valid_from, valid_to"
                             " FROM monitoring_measures WHERE case_id = ? ORDER BY valid_from, id"));
    q.addBindValue(c.id);
    if (q.exec()) {
        while (q.next()) {
            MonitoringMeasure m;
            m.id = q.value(0).toLongLong();
            m.caseId = c.id;
            m.measure = enumFromKey<MeasureKind>(q.value(1).toString()).value_or(MeasureKind::Other);
            m.description = q.value(2).toString();
            m.provider = q.value(3).toString();
            m.validFrom = dateFrom(q.value(4));
            m.validTo = dateFrom(q.value(5));
            c.measures.append(m);
        }
    }
}

std::optional<MonitoringCase> MonitoringRepository::load(qint64 id) const
{
    // Unscoped: the service checks the case's site with WriteIncome itself.
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(CaseColumns).arg(QLatin1String(HeadName)) +
              QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    MonitoringCase c = caseFrom(q);
    loadDetails(c);
    return c;
}

Result<MonitoringCase> MonitoringRepository::monitoringCase(qint64 id) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome); !denied)
        return denied;
    std::optional<MonitoringCase> c = load(id);
    if (!c)
        return Outcome::error(tr("Monitoring case %1 is not on file.").arg(id));
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, c->siteId); !denied)
        return denied;
    return *c;
}

Result<QList<qint64>> MonitoringRepository::monitoredOn(QDate day, qint64 siteId) const
{
    if (Outcome denied = Permissions::requireSiteOrWholeOffice(m_db, Action::ReadIncome, siteId); !denied)
        return denied;
    QString sql = QStringLiteral("SELECT c.household_id FROM monitoring_cases c JOIN households h"
                                 " ON h.id = c.household_id WHERE c.entered_on <= ?"
                                 " AND (c.eliminated_on IS NULL OR c.eliminated_on > ?)");
    QVariantList values{sqlDate(day), sqlDate(day)};
    if (siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values.append(siteId);
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY c.household_id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, values);
    QList<qint64> ids;
    if (!q.exec())
        return Outcome::error(tr("The monitored households could not be read."));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<NoticeBoard> MonitoringRepository::noticeBoard(qint64 siteId, QDate day) const
{
    if (siteId <= 0)
        return Outcome::failure(QString::fromLatin1(Field::MonitoringHousehold),
                                tr("Choose the site whose notice board is printed."));
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, siteId); !denied)
        return denied;
    NoticeBoard board;
    board.day = day;
    board.officeName = m_db.setting(QStringLiteral("office.name"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
    q.addBindValue(siteId);
    if (!q.exec() || !q.next())
        return Outcome::error(tr("Site %1 is not on file.").arg(siteId));
    board.siteName = q.value(0).toString();
    board.objectionContact = m_db.setting(QStringLiteral("monitoring.objection_contact"));
    if (board.objectionContact.trimmed().isEmpty())
        board.objectionContact =
            tr("the community office of %1%2")
                .arg(board.siteName,
                     board.officeName.isEmpty() ? QString() : tr(" or %1").arg(board.officeName));

    // The notices that run on the day, of entries and of eliminations: the period covers it, and neither
    // the step was decided (a rejection during the notice ends it) nor the household declined on or before
    // it. A decision after the day leaves the board of that day as it was posted.
    QSqlQuery n(m_db.connection());
    n.setForwardOnly(true);
    n.prepare(
        QStringLiteral("SELECT c.id, h.number, %1, c.category, s.phase, c.description, s.notice_from,"
                       " s.notice_to, h.phone,"
                       " (SELECT p.id_number FROM persons p WHERE p.household_id = h.id"
                       "  AND p.relationship = 'head' ORDER BY CASE WHEN p.state = 'active' THEN 0"
                       "  ELSE 1 END, p.id DESC LIMIT 1),"
                       " (SELECT COUNT(*) FROM persons p WHERE p.household_id = h.id AND p.state = 'active')"
                       " FROM monitoring_steps s JOIN monitoring_cases c ON c.id = s.case_id"
                       " JOIN households h ON h.id = c.household_id"
                       " WHERE s.step = 'public_notice' AND s.notice_from <= ? AND s.notice_to >= ?"
                       " AND (s.decided_on IS NULL OR s.decided_on > ?)"
                       " AND (c.declined_on IS NULL OR c.declined_on > ?) AND h.site_id = ?"
                       " ORDER BY h.number")
            .arg(QLatin1String(HeadName)));
    for (int i = 0; i < 4; ++i)
        n.addBindValue(sqlDate(day));
    n.addBindValue(siteId);
    if (!n.exec())
        return Outcome::error(tr("The notice list could not be read."));
    QList<qint64> caseIds;
    while (n.next()) {
        NoticeEntry e;
        e.caseId = n.value(0).toLongLong();
        e.householdNumber = n.value(1).toString();
        e.headName = n.value(2).toString();
        e.category = enumFromKey<MonitoringCategory>(n.value(3).toString())
                         .value_or(MonitoringCategory::MarginalAtRisk);
        e.phase = enumFromKey<MonitoringPhase>(n.value(4).toString()).value_or(MonitoringPhase::Entry);
        e.reason = n.value(5).toString();
        e.noticeFrom = dateFrom(n.value(6));
        e.noticeTo = dateFrom(n.value(7));
        // A notice on a public board masks whoever reads it: the name in full, never the numbers.
        e.phone = n.value(8).toString().isEmpty() ? QString() : Permissions::maskPhone(n.value(8).toString());
        e.headIdNumber = Permissions::maskIdNumber(n.value(9).toString());
        e.headcount = n.value(10).toInt();
        board.entries.append(e);
    }
    // The risks found, in front of the situation described.
    for (NoticeEntry& e : board.entries) {
        QSqlQuery r(m_db.connection());
        r.prepare(QStringLiteral("SELECT risk FROM monitoring_risks WHERE case_id = ? ORDER BY id"));
        r.addBindValue(e.caseId);
        QStringList risks;
        if (r.exec()) {
            while (r.next())
                risks.append(
                    enumLabel(enumFromKey<RiskKind>(r.value(0).toString()).value_or(RiskKind::Other)));
        }
        if (!risks.isEmpty())
            e.reason = risks.join(QStringLiteral("、")) +
                       (e.reason.isEmpty() ? QString() : QStringLiteral("：") + e.reason);
    }
    return board;
}

} // namespace anju::income

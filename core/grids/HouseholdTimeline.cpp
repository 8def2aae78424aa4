#include "grids/HouseholdTimeline.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/GridTypes.h"
#include "grids/VisitEnums.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::grids {

namespace {

// The name of a grid staff member, a party member and a pairing's partner, as GridRepository names them.
const QString StaffName = QStringLiteral(
    "(SELECT COALESCE(sp.name, s.cadre_name) FROM grid_staff s LEFT JOIN persons sp ON sp.id = s.person_id"
    " WHERE s.id = %1)");
const QString MemberName = QStringLiteral(
    "(SELECT COALESCE(mp.name, m.cadre_name) FROM party_members m LEFT JOIN persons mp ON mp.id = m.person_id"
    " WHERE m.id = %1)");

QString partnerName()
{
    return QStringLiteral("CASE pr.partner_kind WHEN 'cadre' THEN pr.cadre_name WHEN 'party_member' THEN %1"
                          " ELSE %2 END")
        .arg(MemberName.arg(QStringLiteral("pr.party_member_id")),
             StaffName.arg(QStringLiteral("pr.staff_id")));
}

// Newest first; on one day a case's later step before the case itself (case_step sorts after case).
// Every branch selects (d, kind, code1, code2, text1, text2, d2, who, phone, link): the day, the kind of
// line, two coded values, two texts, a second day, who, their phone as stored, and the row it tells.
// Codes and texts are made into a sentence here in C++, in the user's language; the SQL only gathers.
QString timelineSql()
{
    const QString visitor =
        QStringLiteral("CASE v.visitor_kind WHEN 'staff' THEN %1 WHEN 'party_member' THEN %2"
                       " ELSE v.visitor_name END")
            .arg(StaffName.arg(QStringLiteral("v.visitor_staff_id")),
                 MemberName.arg(QStringLiteral("v.visitor_member_id")));
    const QString assignee = QStringLiteral("COALESCE(%1, %2, '')")
                                 .arg(StaffName.arg(QStringLiteral("t.assignee_staff_id")),
                                      MemberName.arg(QStringLiteral("t.assignee_member_id")));
    const QString taskState = QStringLiteral(
        "CASE WHEN t.closed_on IS NOT NULL THEN 'closed' WHEN t.cancelled_on IS NOT NULL THEN 'cancelled'"
        " WHEN t.overdue_after < :today THEN 'overdue' ELSE 'open' END");
    const QString taskPerson =
        QStringLiteral("COALESCE((SELECT p.name FROM persons p WHERE p.id = t.person_id), '')");
    QStringList branches = {
        QStringLiteral("SELECT v.visit_date AS d, 'visit' AS kind, v.kind AS code1, '' AS code2,"
                       " v.findings AS text1, v.follow_up AS text2, CAST(NULL AS DATE) AS d2, %1 AS who,"
                       " '' AS phone, v.id AS link FROM visits v WHERE v.household_id = :h")
            .arg(visitor),
        QStringLiteral("SELECT t.due_from, 'must_attend', t.reason, %1, t.note, '', t.overdue_after, %2, '',"
                       " t.id FROM visit_tasks t WHERE t.household_id = :h AND t.kind = 'must_attend'")
            .arg(taskState, assignee),
        QStringLiteral("SELECT t.overdue_after, 'missed', t.reason, '', %1, '', t.due_from, %2, '', t.id"
                       " FROM visit_tasks t WHERE t.household_id = :h AND t.kind = 'must_visit'"
                       " AND t.closed_on IS NULL AND t.cancelled_on IS NULL AND t.overdue_after < :today")
            .arg(taskPerson, assignee),
        QStringLiteral("SELECT c.received_on, 'case', c.kind, c.state, c.title, c.result, c.deadline,"
                       " c.reporter_name, c.reporter_phone, c.id FROM grid_cases c"
                       " JOIN grid_case_households ch ON ch.case_id = c.id WHERE ch.household_id = :h"),
        QStringLiteral("SELECT e.event_date, 'case_step', e.event, COALESCE(e.to_state, ''), c.title, e.note,"
                       " CAST(NULL AS DATE), COALESCE(%1, e.department), '', c.id FROM grid_case_events e"
                       " JOIN grid_cases c ON c.id = e.case_id"
                       " JOIN grid_case_households ch ON ch.case_id = e.case_id"
                       " WHERE ch.household_id = :h AND e.event <> 'received'")
            .arg(StaffName.arg(QStringLiteral("e.staff_id"))),
        QStringLiteral("SELECT pc.contact_date, 'contact', pc.way, '', pc.note, '', CAST(NULL AS DATE), %1,"
                       " pr.phone, pc.id FROM pairing_contacts pc JOIN pairings pr ON pr.id = pc.pairing_id"
                       " WHERE pr.household_id = :h")
            .arg(partnerName()),
        QStringLiteral("SELECT pr.valid_from, 'pairing', pr.partner_kind, 'start', pr.work_unit, pr.note,"
                       " CAST(NULL AS DATE), %1, pr.phone, pr.id FROM pairings pr WHERE pr.household_id = :h")
            .arg(partnerName()),
        QStringLiteral("SELECT pr.valid_to, 'pairing', pr.partner_kind, 'end', pr.end_reason, '',"
                       " CAST(NULL AS DATE), %1, pr.phone, pr.id FROM pairings pr"
                       " WHERE pr.household_id = :h AND pr.valid_to IS NOT NULL")
            .arg(partnerName()),
        // Placed in a grid by hand, and the end of that placement.
        QStringLiteral("SELECT e.valid_from, 'grid_move', g.code, 'exception_start', g.name, e.reason,"
                       " CAST(NULL AS DATE), '', '', g.id FROM grid_household_exceptions e"
                       " JOIN grids g ON g.id = e.grid_id WHERE e.household_id = :h"),
        QStringLiteral(
            "SELECT e.valid_to, 'grid_move', g.code, 'exception_end', g.name, '',"
            " CAST(NULL AS DATE), '', '', g.id FROM grid_household_exceptions e"
            " JOIN grids g ON g.id = e.grid_id WHERE e.household_id = :h AND e.valid_to IS NOT NULL"),
        // Its dwelling's building or unit given to a grid: how a reassignment moves the household along.
        QStringLiteral("SELECT cv.valid_from, 'grid_move', g.code,"
                       " CASE WHEN cv.unit_id IS NULL THEN 'building' ELSE 'unit' END, g.name, cv.reason,"
                       " CAST(NULL AS DATE), '', '', g.id FROM households h"
                       " JOIN dwellings dw ON dw.id = h.dwelling_id"
                       " JOIN building_units u ON u.id = dw.unit_id"
                       " JOIN grid_coverage cv ON cv.unit_id = dw.unit_id"
                       "  OR (cv.unit_id IS NULL AND cv.building_id = u.building_id)"
                       " JOIN grids g ON g.id = cv.grid_id WHERE h.id = :h"),
    };
    return branches.join(QStringLiteral(" UNION ALL ")) +
           QStringLiteral(" ORDER BY d DESC, kind DESC, link DESC");
}

template <typename E> QString label(const QString& key)
{
    const std::optional<E> value = enumFromKey<E>(key);
    return value ? enumLabel(*value) : key;
}

QString withText(const QString& sentence, const QString& text)
{
    return text.trimmed().isEmpty() ? sentence
                                    : HouseholdTimeline::tr("%1: %2").arg(sentence, text.trimmed());
}

std::optional<TimelineKind> kindFromKey(const QString& key)
{
    for (TimelineKind kind : HouseholdTimeline::kinds()) {
        if (HouseholdTimeline::kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString taskStateText(const QString& state)
{
    if (state == QLatin1String("closed"))
        return HouseholdTimeline::tr("visited");
    if (state == QLatin1String("cancelled"))
        return HouseholdTimeline::tr("cancelled");
    if (state == QLatin1String("overdue"))
        return HouseholdTimeline::tr("overdue, not yet visited");
    return HouseholdTimeline::tr("open");
}

QString gridMoveText(const QString& how, const QString& grid)
{
    if (how == QLatin1String("exception_start"))
        return HouseholdTimeline::tr("Placed in grid %1 by exception").arg(grid);
    if (how == QLatin1String("exception_end"))
        return HouseholdTimeline::tr("Placement in grid %1 by exception ended").arg(grid);
    if (how == QLatin1String("unit"))
        return HouseholdTimeline::tr("Its unit assigned to grid %1").arg(grid);
    return HouseholdTimeline::tr("Its building assigned to grid %1").arg(grid);
}

// One row of the union as a line of the timeline.
QString summaryOf(TimelineKind kind, const QSqlQuery& q, const QString& who)
{
    const QString code1 = q.value(2).toString();
    const QString code2 = q.value(3).toString();
    const QString text1 = q.value(4).toString();
    const QString text2 = q.value(5).toString();
    const QString day2 = dateFrom(q.value(6)).toString(Qt::ISODate);
    switch (kind) {
    case TimelineKind::Visit: {
        QString s = withText(HouseholdTimeline::tr("Visit (%1)").arg(label<VisitKind>(code1)), text1);
        if (!text2.trimmed().isEmpty())
            s += HouseholdTimeline::tr("; follow-up: %1").arg(text2.trimmed());
        return s;
    }
    case TimelineKind::MustAttend:
        return withText(HouseholdTimeline::tr("Must attend (%1) by %2, %3")
                            .arg(label<AttendTrigger>(code1), day2, taskStateText(code2)),
                        text1);
    case TimelineKind::Missed:
        return text1.isEmpty()
                   ? HouseholdTimeline::tr("Regular visit (%1) not made in its window from %2")
                         .arg(label<VisitTargetKind>(code1), day2)
                   : HouseholdTimeline::tr("Regular visit to %1 (%2) not made in its window from %3")
                         .arg(text1, label<VisitTargetKind>(code1), day2);
    case TimelineKind::Case: {
        QString s = HouseholdTimeline::tr("Case received (%1): %2; %3, deadline %4")
                        .arg(label<CaseKind>(code1), text1, label<CaseState>(code2), day2);
        if (!text2.trimmed().isEmpty())
            s += HouseholdTimeline::tr("; result: %1").arg(text2.trimmed());
        return s;
    }
    case TimelineKind::CaseStep:
        return withText(HouseholdTimeline::tr("Case %1: %2").arg(label<CaseAction>(code1), text1), text2);
    case TimelineKind::Contact:
        return withText(HouseholdTimeline::tr("Pairing contact (%1)").arg(label<ContactWay>(code1)), text1);
    case TimelineKind::Pairing:
        return code2 == QLatin1String("end")
                   ? withText(HouseholdTimeline::tr("Pairing with %1 ended").arg(who), text1)
                   : HouseholdTimeline::tr("Paired with %1 (%2)").arg(who, label<PartnerKind>(code1));
    case TimelineKind::GridMove:
        return withText(gridMoveText(code2, QStringLiteral("%1 %2").arg(code1, text1)), text2);
    }
    return {};
}

} // namespace

bool HouseholdTimeline::mayRead(const Session* session)
{
    return Permissions::allows(session, Action::ReadGrids);
}

Result<QList<TimelineEntry>> HouseholdTimeline::entries(qint64 householdId, QDate today) const
{
    QSqlQuery site(m_db.connection());
    site.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    site.addBindValue(householdId);
    if (!site.exec() || !site.next())
        return Outcome::error(tr("There is no household %1.").arg(householdId));
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids, site.value(0).toLongLong()); !denied)
        return denied;

    QSqlQuery q(m_db.connection());
    q.prepare(timelineSql());
    q.bindValue(QStringLiteral(":h"), householdId);
    q.bindValue(QStringLiteral(":today"), sqlDate(today));
    if (!q.exec())
        return Outcome::error(tr("The household's timeline could not be read: %1").arg(q.lastError().text()));
    const Session* session = m_db.session();
    QList<TimelineEntry> list;
    while (q.next()) {
        const std::optional<TimelineKind> kind = kindFromKey(q.value(1).toString());
        if (!kind)
            continue;
        TimelineEntry e;
        e.date = dateFrom(q.value(0));
        e.kind = *kind;
        const QString name = q.value(7).toString();
        e.phone = Permissions::shownPhone(session, q.value(8).toString());
        e.who = e.phone.isEmpty() || name.isEmpty() ? name : tr("%1 (%2)").arg(name, e.phone);
        e.summary = summaryOf(*kind, q, name);
        e.linkId = q.value(9).toLongLong();
        list.append(e);
    }
    return list;
}

QList<TimelineKind> HouseholdTimeline::kinds()
{
    return {TimelineKind::Visit,    TimelineKind::MustAttend, TimelineKind::Missed,  TimelineKind::Case,
            TimelineKind::CaseStep, TimelineKind::Contact,    TimelineKind::Pairing, TimelineKind::GridMove};
}

QString HouseholdTimeline::kindKey(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Visit:
        return QStringLiteral("visit");
    case TimelineKind::MustAttend:
        return QStringLiteral("must_attend");
    case TimelineKind::Missed:
        return QStringLiteral("missed");
    case TimelineKind::Case:
        return QStringLiteral("case");
    case TimelineKind::CaseStep:
        return QStringLiteral("case_step");
    case TimelineKind::Contact:
        return QStringLiteral("contact");
    case TimelineKind::Pairing:
        return QStringLiteral("pairing");
    case TimelineKind::GridMove:
        return QStringLiteral("grid_move");
    }
    return {};
}

QString HouseholdTimeline::kindLabel(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Visit:
        return tr("Visit");
    case TimelineKind::MustAttend:
        return tr("Must attend");
    case TimelineKind::Missed:
        return tr("Missed visit");
    case TimelineKind::Case:
        return tr("Case");
    case TimelineKind::CaseStep:
        return tr("Case step");
    case TimelineKind::Contact:
        return tr("Contact");
    case TimelineKind::Pairing:
        return tr("Pairing");
    case TimelineKind::GridMove:
        return tr("Grid");
    }
    return {};
}

} // namespace anju::grids

#include "party/PartyMemberLoader.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace anju::party {

namespace {

constexpr char MemberColumns[] =
    "m.id, m.origin, m.person_id, COALESCE(p.name, m.cadre_name), COALESCE(p.sex, m.cadre_sex),"
    " COALESCE(p.birth_date, m.cadre_birth_date), COALESCE(p.id_number, m.cadre_id_number), m.work_unit,"
    " CASE WHEN m.phone <> '' THEN m.phone ELSE COALESCE(p.phone, '') END, p.household_id, h.site_id,"
    " m.organisation_id, m.stage, m.stage_date, m.state, m.state_date, m.mentor1_id, m.mentor2_id,"
    " m.sponsor1_id, m.sponsor2_id, m.political_review_date, m.training_hours, m.training_days, m.dues_from,"
    " m.note, m.row_version,"
    " EXISTS (SELECT 1 FROM party_stage_steps r WHERE r.member_id = m.id AND r.from_records = 1)";

constexpr char MemberFrom[] = " FROM party_members m LEFT JOIN persons p ON p.id = m.person_id"
                              " LEFT JOIN households h ON h.id = p.household_id";

// Dates arrive as "YYYY-MM-DD" text from SQLite: read the digits directly (QDate::fromString was a large
// part of the time of loading a province's members); anything else goes the general way.
QDate dateOf(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QString>()) {
        const QString text = value.toString();
        if (text.size() >= 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')) {
            const auto digits = [&](int from, int count) {
                int n = 0;
                for (int i = from; i < from + count; ++i) {
                    const int d = text[i].unicode() - '0';
                    if (d < 0 || d > 9)
                        return -1;
                    n = n * 10 + d;
                }
                return n;
            };
            const int y = digits(0, 4);
            const int m = digits(5, 2);
            const int d = digits(8, 2);
            if (y >= 0 && m >= 0 && d >= 0)
                return QDate(y, m, d);
        }
    }
    return dateFrom(value);
}

PartyMember readMember(const QSqlQuery& q)
{
    PartyMember m;
    m.id = q.value(0).toLongLong();
    m.origin = enumFromKey<MemberOrigin>(q.value(1).toString()).value_or(MemberOrigin::Resident);
    m.personId = q.value(2).toLongLong();
    m.name = q.value(3).toString();
    m.sex = enumFromKey<Sex>(q.value(4).toString()).value_or(Sex::Unknown);
    m.birthDate = dateOf(q.value(5));
    m.idNumber = q.value(6).toString();
    m.workUnit = q.value(7).toString();
    m.phone = q.value(8).toString();
    m.householdId = q.value(9).toLongLong();
    m.siteId = q.value(10).toLongLong();
    m.organisationId = q.value(11).toLongLong();
    m.stage = enumFromKey<DevelopmentStage>(q.value(12).toString()).value_or(DevelopmentStage::Applicant);
    m.stageDate = dateOf(q.value(13));
    m.state = enumFromKey<MemberState>(q.value(14).toString()).value_or(MemberState::Normal);
    m.stateDate = dateOf(q.value(15));
    m.mentor1Id = q.value(16).toLongLong();
    m.mentor2Id = q.value(17).toLongLong();
    m.sponsor1Id = q.value(18).toLongLong();
    m.sponsor2Id = q.value(19).toLongLong();
    m.politicalReviewDate = dateOf(q.value(20));
    m.trainingHours = q.value(21).toInt();
    m.trainingDays = q.value(22).toInt();
    m.duesFrom = dateOf(q.value(23));
    m.note = q.value(24).toString();
    m.rowVersion = q.value(25).toInt();
    m.enteredFromRecords = q.value(26).toBool();
    return m;
}

} // namespace

QList<PartyMember> PartyMemberLoader::load(const QString& condition, const QVariantList& values,
                                           bool withHistory) const
{
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    QList<PartyMember> members;
    QHash<qint64, int> index;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(MemberColumns) + QLatin1String(MemberFrom) +
                  where + QStringLiteral(" ORDER BY COALESCE(p.name, m.cadre_name), m.id"));
        SqlRun::bind(q, values);
        if (!q.exec())
            return members;
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), int(members.size()));
            members.append(readMember(q));
        }
    }
    if (members.isEmpty())
        return members;

    // Histories of the same members: a subquery with the same condition keeps it to one query per table.
    const QString ids = condition.isEmpty() ? QString()
                                            : QStringLiteral(" WHERE member_id IN (SELECT m.id") +
                                                  QLatin1String(MemberFrom) + where + QLatin1Char(')');
    const auto each = [&](const QString& sql, auto&& read) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        if (!condition.isEmpty())
            SqlRun::bind(q, values);
        if (!q.exec())
            return;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                read(members[*it], q);
        }
    };

    // The dues basis in force: the latest one that has begun (or the first when all lie ahead).
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    each(QStringLiteral(
             "SELECT member_id, category, monthly_income, fixed_amount, from_month FROM party_dues_bases") +
             ids + QStringLiteral(" ORDER BY member_id, from_month"),
         [&](PartyMember& m, const QSqlQuery& q) {
             DuesBasis basis;
             basis.category = enumFromKey<DuesCategory>(q.value(1).toString()).value_or(DuesCategory::Farmer);
             basis.monthlyIncome = q.value(2).toLongLong();
             basis.fixedAmount = q.value(3).toLongLong();
             basis.fromMonth = dateOf(q.value(4));
             if (!m.dues.fromMonth.isValid() || basis.fromMonth <= thisMonth)
                 m.dues = basis;
         });
    if (!withHistory)
        return members;

    each(QStringLiteral("SELECT member_id, id, event, step_date, reason, broken_rules, extension_months, note"
                        ", from_records FROM party_stage_steps") +
             ids + QStringLiteral(" ORDER BY member_id, step_date, id"),
         [](PartyMember& m, const QSqlQuery& q) {
             StageStep step;
             step.id = q.value(1).toLongLong();
             step.event = enumFromKey<StageEvent>(q.value(2).toString()).value_or(StageEvent::Application);
             step.date = dateOf(q.value(3));
             step.reason = q.value(4).toString();
             step.brokenRules = q.value(5).toString();
             step.extensionMonths = q.value(6).toInt();
             step.note = q.value(7).toString();
             step.fromRecords = q.value(8).toInt() != 0;
             m.stageHistory.append(step);
         });
    each(QStringLiteral("SELECT member_id, id, state, state_date, reason FROM party_member_states") + ids +
             QStringLiteral(" ORDER BY member_id, state_date, id"),
         [](PartyMember& m, const QSqlQuery& q) {
             MemberStateChange change;
             change.id = q.value(1).toLongLong();
             change.state = enumFromKey<MemberState>(q.value(2).toString()).value_or(MemberState::Normal);
             change.date = dateOf(q.value(3));
             change.reason = q.value(4).toString();
             m.stateHistory.append(change);
         });
    each(QStringLiteral("SELECT s.member_id, s.id, s.organisation_id, o.name, s.start_date, s.end_date"
                        " FROM party_branch_stays s JOIN party_organisations o ON o.id = s.organisation_id") +
             (condition.isEmpty() ? QString() : QStringLiteral(" WHERE s.") + ids.mid(7)) +
             QStringLiteral(" ORDER BY s.member_id, s.start_date, s.id"),
         [](PartyMember& m, const QSqlQuery& q) {
             BranchStay stay;
             stay.id = q.value(1).toLongLong();
             stay.organisationId = q.value(2).toLongLong();
             stay.organisationName = q.value(3).toString();
             stay.startDate = dateOf(q.value(4));
             stay.endDate = dateOf(q.value(5));
             m.branchHistory.append(stay);
         });
    return members;
}

} // namespace anju::party

#include "demo/DemoIncome.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "demo/DemoIncomeModel.h"
#include "demo/DemoIncomeWriter.h"
#include "demo/DemoMonitoringCases.h"
#include "demo/DemoOfficeCalendar.h"
#include "demo/DemoSafetyNet.h"
#include "income/IncomeSettings.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::demo {

namespace {

// The lines the demo's years are judged by, yuan per person per year (a province's figures rise yearly).
constexpr std::pair<int, int> DemoLines[] = {{2024, 7300}, {2025, 7600}, {2026, 7800}};

// The households in id order with their members (every stay in the household, with its dates).
Result<QList<IncomeHousehold>> loadHouseholds(const Database& db)
{
    QList<IncomeHousehold> households;
    QHash<qint64, qsizetype> at;
    // A province has a million members with a handful of distinct codes: one shared string each.
    QHash<QString, QString> codes;
    const auto code = [&codes](const QVariant& value) {
        const QString text = value.toString();
        auto it = codes.constFind(text);
        if (it == codes.constEnd())
            it = codes.insert(text, text);
        return it.value();
    };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, site_id, relocation_date, state, state_date FROM households"
                               " ORDER BY id")))
        return Outcome::error(q.lastError().text());
    while (q.next()) {
        IncomeHousehold h;
        h.id = q.value(0).toLongLong();
        h.siteId = q.value(1).toLongLong();
        h.relocated = dateFrom(q.value(2));
        if (q.value(3).toString() != QLatin1String("active")) {
            h.leftOn = dateFrom(q.value(4));
            if (!h.leftOn.isValid())
                h.leftOn = QDate(2000, 1, 1); // never active in the demo's months
        }
        at.insert(h.id, households.size());
        households.append(h);
    }
    if (!q.exec(QStringLiteral("SELECT m.household_id, p.id, p.birth_date, m.start_date, m.end_date,"
                               " p.labour_capacity, p.health, p.disability_grade, p.in_school"
                               " FROM memberships m JOIN persons p ON p.id = m.person_id"
                               " ORDER BY m.household_id, p.id, m.start_date")))
        return Outcome::error(q.lastError().text());
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        IncomeMember m;
        m.personId = q.value(1).toLongLong();
        m.birth = dateFrom(q.value(2));
        m.from = dateFrom(q.value(3));
        m.until = dateFrom(q.value(4));
        m.labour = code(q.value(5));
        m.health = code(q.value(6));
        m.disabilityGrade = q.value(7).toInt();
        m.inSchool = q.value(8).toInt() != 0;
        households[it.value()].members.append(m);
    }
    return households;
}

} // namespace

Outcome DemoIncome::generate()
{
    const auto failed = [](const QString& text) { return Outcome::error(text); };
    for (const auto& [year, yuan] : DemoLines) {
        if (!m_db.setSetting(QStringLiteral("income.line.%1").arg(year), QString::number(yuan)) ||
            !m_db.setSetting(QStringLiteral("income.line_source.%1").arg(year), QStringLiteral("演示数据")))
            return failed(QStringLiteral("settings: income.line.%1").arg(year));
    }
    const income::IncomeSettings settings = income::IncomeSettings::load(m_db);

    DemoIncomeWriter writer(m_db);
    if (!writer.prepare())
        return failed(writer.error());
    for (const CalendarDay& d : stateCouncilHolidays()) {
        if (!writer.calendarDay(d.day, d.holiday ? QStringLiteral("holiday") : QStringLiteral("workday"),
                                d.name))
            return failed(writer.error());
        ++m_counts.calendarDays;
    }

    Result<QList<IncomeHousehold>> loaded = loadHouseholds(m_db);
    if (!loaded)
        return failed(loaded.summary());
    const QList<IncomeHousehold>& households = loaded.value();

    Random random(m_seed * 6364136223846793005ULL + 1442695040888963407ULL);
    DemoIncomeModel model(settings, m_today);
    QList<qint64> sites;
    for (const IncomeHousehold& h : households)
        if (sites.isEmpty() || sites.last() != h.siteId)
            sites.append(h.siteId);
    std::sort(sites.begin(), sites.end());
    sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
    model.drawFloods(random, sites);

    DemoMonitoringCases cases(writer, model, m_today);
    DemoSafetyNet safetyNet(writer, model.firstMonth(), m_today);
    QList<CaseOutcome> outcomes;
    for (const IncomeHousehold& h : households) {
        HouseholdIncome income = model.draw(random, h);
        for (DemoCheck& c : income.months) {
            if (!c.present)
                continue;
            if (!writer.check(h.id, c))
                return failed(writer.error());
            ++m_counts.checks;
        }
        outcomes.clear();
        if (!cases.write(random, h, income, outcomes) || !safetyNet.write(random, h, outcomes))
            return failed(writer.error());
    }
    writer.finish();
    m_counts.cases = cases.counts().cases;
    m_counts.steps = cases.counts().steps;
    m_counts.objections = cases.counts().objections;
    m_counts.measures = cases.counts().measures;
    m_counts.enrolments = safetyNet.counts().enrolments;
    m_counts.exemptions = safetyNet.counts().exemptions;
    return {};
}

} // namespace anju::demo

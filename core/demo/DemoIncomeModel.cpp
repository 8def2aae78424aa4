#include "demo/DemoIncomeModel.h"

#include "income/IncomeRules.h"

#include <algorithm>

namespace anju::demo {

namespace {

constexpr qint64 Yuan = 100; // fen

// The spring festival of the demo's years: migrant workers come home for it (wages dip) and most go back
// within a month.
const QDate SpringFestivals[] = {QDate(2024, 2, 10), QDate(2025, 1, 29), QDate(2026, 2, 17),
                                 QDate(2027, 2, 6)};

qint64 scaled(qint64 amount, int perMille)
{
    return amount * perMille / 1000;
}

} // namespace

int IncomeMember::ageOn(QDate day) const
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

int IncomeHousehold::headcountOn(QDate day) const
{
    int count = 0;
    for (const IncomeMember& m : members)
        count += m.presentOn(day) ? 1 : 0;
    return count;
}

int HouseholdIncome::lastFlagged() const
{
    for (int i = IncomeMonths - 1; i >= 0; --i)
        if (months[i].present && months[i].flags)
            return i;
    return -1;
}

qint64 DemoIncomeFlags::perCapitaAnnual(qint64 net, int headcount)
{
    return income::IncomeRules::perCapitaAnnual(net, headcount);
}

void DemoIncomeFlags::apply(std::array<DemoCheck, IncomeMonths>& months) const
{
    QList<income::MonthFigure> earlier;
    earlier.reserve(12);
    for (int i = 0; i < IncomeMonths; ++i) {
        DemoCheck& c = months[i];
        if (!c.present)
            continue;
        income::IncomeCheck check;
        check.month = c.month;
        check.headcount = c.headcount;
        check.incomeWages = c.wages;
        check.incomeBusiness = c.business;
        check.incomeProperty = c.property;
        check.incomeTransfers = c.transfers;
        check.operatingCosts = c.costs;
        check.expenseMedical = c.medical;
        check.expenseEducation = c.education;
        check.expenseDisaster = c.disaster;
        check.expenseOther = c.other;
        c.perCapitaAnnual = income::IncomeRules::perCapitaAnnual(check);
        // The checked months of the 12 before (IncomeRules::drop keeps those of the window itself).
        earlier.clear();
        for (int j = std::max(0, i - 12); j < i; ++j)
            if (months[j].present)
                earlier.append({months[j].month, months[j].perCapitaAnnual});
        const income::CheckFlags flags = income::IncomeRules::flags(check, earlier, m_settings);
        c.flags = (flags.belowLine ? FlagBelowLine : 0) | (flags.drop ? FlagDrop : 0) |
                  (flags.largeExpense ? FlagLargeExpense : 0);
    }
}

DemoIncomeModel::DemoIncomeModel(const income::IncomeSettings& settings, QDate today)
    : m_settings(settings), m_today(today),
      m_first(QDate(today.year(), today.month(), 1).addMonths(-(IncomeMonths - 1)))
{
}

void DemoIncomeModel::drawFloods(Random& random, const QList<qint64>& siteIds)
{
    // About one site in twenty-five is flooded in a summer (June to August) of the demo's months.
    for (qint64 site : siteIds) {
        for (int year = m_first.year(); year <= m_today.year(); ++year) {
            const QDate month(year, random.between(6, 8), 1);
            if (random.percent(3) && month >= m_first && month <= m_today)
                m_floods[site].append(month);
        }
    }
}

qint64 DemoIncomeModel::lineFor(int year) const
{
    const std::optional<income::MonitoringLine> line = m_settings.lineFor(year);
    return line ? line->perPersonPerYear : 780000;
}

int DemoIncomeModel::wageSeason(QDate month) const
{
    for (const QDate& festival : SpringFestivals) {
        const QDate festivalMonth(festival.year(), festival.month(), 1);
        if (month == festivalMonth)
            return 840; // home for the festival
        if (month == festivalMonth.addMonths(1))
            return festival.day() > 15 ? 900 : 960; // a late festival: many go back in the next month
        if (month == festivalMonth.addMonths(2) || month == festivalMonth.addMonths(3))
            return 1040; // the new year's jobs pay a little more
    }
    return 1000;
}

HouseholdIncome DemoIncomeModel::draw(Random& random, const IncomeHousehold& h) const
{
    HouseholdIncome result;
    const QDate reference = std::max(m_first, h.relocated.isValid() ? h.relocated : m_first);
    int headcount = h.headcountOn(reference.addMonths(1).addDays(-1));
    if (headcount <= 0)
        headcount = std::max(1, int(h.members.size()));

    // The household's working members and its steady transfers.
    qint64 wages = 0, transfers = 0, property = 0, business = 0;
    bool weakHousehold = true;
    bool seriouslyIll = false;
    for (const IncomeMember& m : h.members) {
        if (!m.presentOn(m_today) && !m.presentOn(m_first))
            continue;
        const int age = m.ageOn(m_today);
        seriouslyIll = seriouslyIll || m.health == QLatin1String("serious");
        if (age >= 60)
            transfers += 155 * Yuan; // 城乡居民基础养老金
        if (age < 16 || m.inSchool)
            continue;
        if (m.labour == QLatin1String("skilled") && age < 60) {
            weakHousehold = false;
            if (random.percent(92))
                wages += random.between(4500, 6800) * Yuan;
        } else if (m.labour == QLatin1String("ordinary") && age < 60) {
            weakHousehold = false;
            if (random.percent(88))
                wages += random.between(2800, 4600) * Yuan;
        } else if (m.labour == QLatin1String("weak") ||
                   (age >= 60 && m.labour == QLatin1String("ordinary"))) {
            if (random.percent(35))
                wages += random.between(800, 1400) * Yuan; // 公益岗位, odd jobs
        }
    }
    transfers += random.between(0, 80) * Yuan; // 生态补偿, subsidies
    result.hasBusiness = random.percent(18);
    if (result.hasBusiness)
        business = random.between(600, 3000) * Yuan;
    const int costShare = random.between(300, 550); // per mille of the business income
    if (random.percent(15))
        property = random.between(30, 250) * Yuan; // 土地流转, 资产收益分红

    // The tier, and the income scaled to it.
    // Tuned with the large expenses below so that 3–5% of the households have a monitoring case (issue 18:
    // the low and marginal ones, and those reviewed for a drop or a large expense).
    const int lowChance = weakHousehold ? 32 : 1;      // per mille
    const int marginalChance = weakHousehold ? 16 : 2; // per mille
    const int tierDraw = random.between(0, 999);
    result.tier = tierDraw < lowChance                    ? IncomeTier::Low
                  : tierDraw < lowChance + marginalChance ? IncomeTier::Marginal
                                                          : IncomeTier::Normal;
    const qint64 line = lineFor(reference.year());
    const auto monthlyNet = [&] { return wages + scaled(business, 1000 - costShare) + property + transfers; };
    const auto fitTo = [&](qint64 targetPerCapita) {
        const qint64 target = targetPerCapita * headcount / 12;
        const qint64 earned = wages + scaled(business, 1000 - costShare) + property;
        if (target <= transfers) {
            transfers = target;
            wages = business = property = 0;
        } else if (earned > 0) {
            const qint64 perMille = (target - transfers) * 1000 / earned;
            wages = scaled(wages, int(perMille));
            business = scaled(business, int(perMille));
            property = scaled(property, int(perMille));
        } else {
            transfers = target; // 赡养费 from children elsewhere, relief
        }
    };
    const auto raiseTo = [&](qint64 targetPerCapita) {
        const qint64 target = targetPerCapita * headcount / 12;
        if (monthlyNet() < target)
            wages += target - monthlyNet(); // odd jobs, family members' remittances
    };
    switch (result.tier) {
    case IncomeTier::Low:
        fitTo(line * random.between(450, 850) / 1000);
        break;
    case IncomeTier::Marginal:
        fitTo(line * random.between(950, 1110) / 1000);
        break;
    case IncomeTier::Normal:
        raiseTo(line * random.between(1300, 2600) / 1000);
        break;
    }
    // Half of the low and marginal households find steady work in the months (an assistance measure).
    if (result.tier != IncomeTier::Normal && random.percent(50))
        result.recoveredFrom = random.between(5, 18);
    const qint64 recoveredWages = line * random.between(1250, 1700) / 1000 * headcount / 12;
    const int noise = result.tier == IncomeTier::Marginal ? 130 : 50; // per mille either way

    int jobLostUntil = -1;
    for (int i = 0; i < IncomeMonths; ++i) {
        DemoCheck& c = result.months[i];
        c.month = monthAt(i);
        const QDate lastDay = c.month.addMonths(1).addDays(-1);
        c.headcount = h.headcountOn(std::min(lastDay, m_today));
        c.present = h.activeOn(lastDay) && c.headcount > 0;
        const int wageFactor = wageSeason(c.month) * (1000 + 3 * i) / 1000;
        qint64 monthWages = scaled(wages, wageFactor * random.between(1000 - noise, 1000 + noise) / 1000);
        if (result.recoveredFrom >= 0 && i >= result.recoveredFrom)
            monthWages = std::max(monthWages, scaled(recoveredWages, wageFactor));
        // Now and then a worker loses the job for one to three months (unstable work).
        if (result.tier == IncomeTier::Normal && wages > 0 && jobLostUntil < i && random.between(0, 9999) < 2)
            jobLostUntil = i + random.between(0, 2);
        if (i <= jobLostUntil)
            monthWages = scaled(monthWages, 250);
        const bool harvest = c.month.month() >= 9 && c.month.month() <= 11;
        const qint64 monthBusiness =
            scaled(business, (harvest ? 1250 : 1000) * random.between(940, 1060) / 1000);
        c.wages = monthWages;
        c.business = monthBusiness;
        c.costs = scaled(monthBusiness, costShare);
        c.property = property;
        // 育儿补贴, the national childcare subsidy from 2025: 3,600 yuan a year for each child under three,
        // so a birth no longer reads as a sharp drop of the household's income per person.
        qint64 childcare = 0;
        const QDate counted = std::min(lastDay, m_today);
        for (const IncomeMember& m : h.members)
            if (c.month.year() >= 2025 && m.birth.isValid() && m.presentOn(counted) && m.ageOn(counted) < 3)
                childcare += 300 * Yuan;
        c.transfers = transfers + childcare;

        // Expenses: the usual small ones, and now and then a large one.
        if (seriouslyIll || random.percent(20))
            c.medical = random.between(50, 600) * Yuan;
        if (random.between(0, 9999) < (seriouslyIll ? 25 : 1))
            c.medical = random.between(6000, 60000) * Yuan;
        for (const IncomeMember& m : h.members) {
            if (!m.inSchool || !m.presentOn(lastDay))
                continue;
            if (c.month.month() == 9)
                c.education +=
                    (m.ageOn(c.month) >= 18 ? random.between(3000, 8000) : random.between(300, 1500)) * Yuan;
            else if (c.month.month() == 3)
                c.education += random.between(200, 800) * Yuan;
        }
        if (m_floods.value(h.siteId).contains(c.month) && random.percent(10))
            c.disaster = random.between(3000, 40000) * Yuan;
        if (random.between(0, 9999) < 1)
            c.other = random.between(2000, 20000) * Yuan; // a wedding, a funeral, repairs

        // Checked in the second half of the month (the demo's own month: up to its day); about 3% of the
        // households are still to be checked in the latest month, and a few months were missed before.
        const bool latest = i == IncomeMonths - 1;
        const int daysToToday = int(std::clamp<qint64>(c.month.daysTo(m_today), 0, 26));
        c.checkedOn = latest ? c.month.addDays(random.between(0, daysToToday))
                             : c.month.addDays(random.between(12, 26));
        if (c.present && random.between(0, 999) < (latest ? 30 : 4))
            c.present = false;
    }
    DemoIncomeFlags(m_settings).apply(result.months);
    return result;
}

} // namespace anju::demo

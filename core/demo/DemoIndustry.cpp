#include "demo/DemoIndustry.h"

#include "database/SqlValues.h"
#include "demo/DemoWorkTexts.h"
#include "demo/DemoWorkWriter.h"
#include "demo/ShaoyangPlaces.h"

#include <QMap>

#include <algorithm>

namespace anju::demo {

using work::Fen;

namespace {

constexpr Fen WanYuan = 10000 * 100; // 万元 in fen

} // namespace

QDate DemoIndustry::yearEnd(int year) const
{
    return std::min(QDate(year, 12, 31), m_model.today());
}

int DemoIndustry::people(int household, QDate day) const
{
    const WorkHousehold& h = m_registry.households.at(household);
    if (!h.activeOn(day))
        return 0;
    int count = 0;
    for (int i = h.firstPerson; i < h.firstPerson + h.persons; ++i)
        count += m_registry.persons.at(i).presentOn(day) ? 1 : 0;
    return count;
}

QList<int> DemoIndustry::years(QDate startedOn, QDate endedOn) const
{
    QList<int> list;
    for (int year = m_model.firstMonth().year(); year <= m_model.today().year(); ++year)
        if (startedOn <= QDate(year, 12, 31) && (!endedOn.isValid() || endedOn > QDate(year, 1, 1)))
            list.append(year);
    return list;
}

qint64 DemoIndustry::project(qint64 siteId, const QString& name, const char* level, const char* model,
                             const QString& operatorName, const QString& location, Fen investment,
                             int totalShares, QDate startedOn, QDate endedOn, const QString& note)
{
    const qint64 id =
        m_writer.project({sqlId(siteId), name, QString::fromLatin1(level), QString::fromLatin1(model),
                          operatorName, location, investment, totalShares, sqlDate(startedOn),
                          sqlDate(endedOn), note.isEmpty() ? QStringLiteral("") : note});
    if (id)
        ++m_projects;
    return id;
}

// 资产折股量化: the same households hold the same shares every year and are paid a dividend per share.
bool DemoIndustry::shareholders(Random& random, qint64 projectId, const QList<Share>& holders,
                                QDate startedOn, int dividendLow, int dividendHigh)
{
    for (int year : years(startedOn, QDate())) {
        const QDate day = yearEnd(year);
        const Fen perShare = Fen(random.between(dividendLow, dividendHigh)) * 100;
        for (const Share& s : holders) {
            const int members = people(s.household, day);
            if (members == 0)
                continue;
            if (!m_writer.beneficiary(projectId, m_registry.households.at(s.household).id, year, members,
                                      s.shares, perShare * s.shares, QStringLiteral("资产收益分红")))
                return false;
            ++m_beneficiaries;
        }
    }
    return true;
}

// Labour pay, training and infrastructure: households drawn afresh each year.
bool DemoIndustry::sampled(Random& random, qint64 projectId, const QList<int>& households, QDate startedOn,
                           int perMille, const char* model)
{
    const QLatin1String kind(model);
    for (int year : years(startedOn, QDate())) {
        const QDate day = yearEnd(year);
        for (int h : households) {
            if (!random.perMille(perMille))
                continue;
            const int members = people(h, day);
            if (members == 0)
                continue;
            Fen amount = 0;
            QString benefit;
            if (kind == QLatin1String("labour_pay")) {
                amount = Fen(random.between(300, 1500)) * 10 * 100;
                benefit = QStringLiteral("务工工资");
            } else if (kind == QLatin1String("training")) {
                benefit = QStringLiteral("种养技术培训");
            } else {
                benefit = QStringLiteral("产业路、冷链仓储等配套设施受益");
            }
            if (!m_writer.beneficiary(projectId, m_registry.households.at(h).id, year, members, 0, amount,
                                      benefit))
                return false;
            ++m_beneficiaries;
        }
    }
    return true;
}

bool DemoIndustry::officeLevel(Random& random)
{
    const QDate earliest = m_model.earliest();
    const QDate latestStart = m_model.today().addDays(-60);
    // By county and by township, in code order (a QHash's order changes from run to run).
    QMap<QString, QList<int>> countyHouseholds;
    QMap<QString, QList<int>> townshipSites;
    for (int s = 0; s < m_registry.sites.size(); ++s) {
        const WorkSite& site = m_registry.sites.at(s);
        if (site.households == 0)
            continue;
        QList<int>& households = countyHouseholds[site.county];
        for (int h = site.firstHousehold; h < site.firstHousehold + site.households; ++h)
            households.append(h);
        townshipSites[site.county + QLatin1Char('/') + site.township].append(s);
    }
    for (auto it = countyHouseholds.cbegin(); it != countyHouseholds.cend(); ++it) {
        const QString county = ShaoyangPlaces::county(it.key()).name;
        const QDate started = std::min(earliest.addDays(random.between(0, 700)), latestStart);
        const QString park = county + random.pick(DemoWorkTexts::parks());
        bool shares = random.percent(40);
        QList<Share> holders;
        int total = 0;
        if (shares) {
            for (int h : it.value()) {
                if (!random.perMille(40))
                    continue;
                const int members = people(h, std::max(started, m_model.firstMonth()));
                if (members > 0) {
                    holders.append({h, members * 5});
                    total += members * 5;
                }
            }
            total = total * 11 / 10;
            shares = !holders.isEmpty();
        }
        const qint64 id = project(
            0, park + QStringLiteral("帮扶产业园"), "county_park", shares ? "asset_shares" : "labour_pay",
            county + QStringLiteral("产业投资发展有限公司"), park, Fen(random.between(3000, 20000)) * WanYuan,
            total, started, QDate(), QStringLiteral("县级产业园区"));
        if (!id)
            return false;
        if (shares ? !shareholders(random, id, holders, started, 20, 60)
                   : !sampled(random, id, it.value(), started, 30, "labour_pay"))
            return false;
    }
    static const char* const Bases[] = {"油茶产业基地", "蔬菜产业基地", "中药材产业基地", "生态养殖基地",
                                        "茶叶产业基地"};
    static const char* const Models[] = {"infrastructure", "asset_shares", "labour_pay"};
    for (auto it = townshipSites.cbegin(); it != townshipSites.cend(); ++it) {
        const WorkSite& first = m_registry.sites.at(it.value().constFirst());
        const QString stem = ShaoyangPlaces::townStem(first.township);
        const bool oneSite = random.percent(50);
        QList<int> households;
        for (int s : it.value()) {
            if (oneSite && s != it.value().constFirst())
                continue;
            const WorkSite& site = m_registry.sites.at(s);
            for (int h = site.firstHousehold; h < site.firstHousehold + site.households; ++h)
                households.append(h);
        }
        const QDate started = std::min(earliest.addDays(random.between(0, 1000)), latestStart);
        const char* model = Models[random.between(0, 2)];
        bool shares = qstrcmp(model, "asset_shares") == 0;
        QList<Share> holders;
        int total = 0;
        if (shares) {
            for (int h : households) {
                if (!random.perMille(80))
                    continue;
                const int members = people(h, std::max(started, m_model.firstMonth()));
                if (members > 0) {
                    holders.append({h, members * 10});
                    total += members * 10;
                }
            }
            total = total * 21 / 20;
            if (holders.isEmpty()) {
                shares = false;
                model = "labour_pay";
            }
        }
        const qint64 id =
            project(oneSite ? first.id : 0, stem + QString::fromUtf8(Bases[random.between(0, 4)]),
                    "township_base", model, stem + QStringLiteral("农业开发有限公司"), first.township,
                    Fen(random.between(300, 3000)) * WanYuan, total, started, QDate(),
                    QStringLiteral("乡镇产业基地"));
        if (!id)
            return false;
        if (shares ? !shareholders(random, id, holders, started, 10, 40)
                   : !sampled(random, id, households, started, 80, model))
            return false;
    }
    return true;
}

bool DemoIndustry::site(Random& random, int siteIndex)
{
    const WorkSite& site = m_registry.sites.at(siteIndex);
    const QDate latestStart = m_model.today().addDays(-60);
    QList<int> households;
    for (int h = site.firstHousehold; h < site.firstHousehold + site.households; ++h)
        households.append(h);
    if (households.isEmpty())
        return true;
    if (random.percent(85)) {
        const QDate started = std::min(m_model.earliest().addDays(random.between(0, 900)), latestStart);
        int x = random.between(0, 99);
        QList<Share> holders;
        int total = 0;
        if (x < 70) {
            const int percent = random.between(40, 70);
            for (int h : households) {
                if (!random.percent(percent))
                    continue;
                const int members = people(h, std::max(started, m_model.firstMonth()));
                if (members > 0) {
                    holders.append({h, members * 10});
                    total += members * 10;
                }
            }
            total = total * 21 / 20; // the collective's own shares 集体股
            if (holders.isEmpty())
                x = 70;
        }
        const char* model = x < 70 ? "asset_shares" : x < 90 ? "labour_pay" : "training";
        const QString name = site.name + random.pick(DemoWorkTexts::cooperatives());
        const qint64 id = project(site.id, name, "village_cooperative", model, name, site.name,
                                  Fen(random.between(50, 500)) * WanYuan, total, started, QDate(), QString());
        if (!id)
            return false;
        if (x < 70 ? !shareholders(random, id, holders, started, 3, 8)
                   : !sampled(random, id, households, started, x < 90 ? 100 : 80, model))
            return false;
    }
    if (!random.percent(70))
        return true;
    for (int n = random.between(1, 5); n > 0; --n) {
        const int h = households.at(random.between(0, int(households.size()) - 1));
        const QDate started = m_model.firstMonth().addDays(-random.between(-200, 700));
        if (started > latestStart || people(h, std::max(started, m_model.firstMonth())) == 0)
            continue;
        QDate ended;
        if (random.percent(10)) {
            ended = started.addDays(random.between(200, 700));
            if (ended > m_model.today() || ended < m_model.firstMonth())
                ended = QDate();
        }
        const WorkHousehold& household = m_registry.households.at(h);
        const QString kind = random.pick(DemoWorkTexts::householdProjects());
        const bool training = random.percent(40);
        const qint64 id =
            project(site.id, QStringLiteral("户办%1（%2）").arg(kind, household.number), "household",
                    training ? "training" : "labour_pay", QStringLiteral("户主自营"), site.name,
                    Fen(random.between(50, 300)) * 100 * 100, 0, started, ended,
                    ended.isValid() ? QStringLiteral("市场行情差，已停办") : QString());
        if (!id)
            return false;
        for (int year : years(started, ended)) {
            const int members = people(h, yearEnd(year));
            if (members == 0)
                continue;
            if (!m_writer.beneficiary(id, household.id, year, members, 0,
                                      Fen(random.between(300, 1500)) * 10 * 100,
                                      QStringLiteral("产业奖补及销售收入")))
                return false;
            ++m_beneficiaries;
        }
    }
    return true;
}

} // namespace anju::demo

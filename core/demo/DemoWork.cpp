#include "demo/DemoWork.h"

#include "database/Database.h"
#include "database/SqlDialect.h"
#include "database/SqlValues.h"
#include "demo/ChineseNames.h"
#include "demo/DemoIndustry.h"
#include "demo/DemoWorkModel.h"
#include "demo/DemoWorkTexts.h"
#include "demo/DemoWorkWriter.h"
#include "demo/ShaoyangPlaces.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::demo {

namespace {

DemoLabour labourFrom(const QVariant& value)
{
    const QString key = value.toString();
    if (key == QLatin1String("skilled"))
        return DemoLabour::Skilled;
    if (key == QLatin1String("ordinary"))
        return DemoLabour::Ordinary;
    if (key == QLatin1String("weak"))
        return DemoLabour::Weak;
    return DemoLabour::None;
}

// The registry as the demo made it: sites in id order, their households, each household's members
// together, and the pairing cadres by name.
Outcome load(const Database& db, WorkRegistry& registry)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, county_code, township, move_in_date FROM sites ORDER BY id")))
        return Outcome::error(q.lastError().text());
    QHash<qint64, int> siteAt;
    while (q.next()) {
        WorkSite s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.county = q.value(2).toString();
        s.township = q.value(3).toString();
        s.moveIn = dateFrom(q.value(4));
        siteAt.insert(s.id, int(registry.sites.size()));
        registry.sites.append(s);
    }
    if (!q.exec(
            QStringLiteral("SELECT id, site_id, number, relocation_date, state, state_date FROM households"
                           " ORDER BY site_id, id")))
        return Outcome::error(q.lastError().text());
    QHash<qint64, int> householdAt;
    while (q.next()) {
        WorkHousehold h;
        h.id = q.value(0).toLongLong();
        h.site = siteAt.value(q.value(1).toLongLong());
        h.number = q.value(2).toString();
        h.relocated = dateFrom(q.value(3));
        if (q.value(4).toString() != QLatin1String("active")) {
            h.leftOn = dateFrom(q.value(5));
            if (!h.leftOn.isValid())
                h.leftOn = QDate(2000, 1, 1);
        }
        WorkSite& site = registry.sites[h.site];
        if (site.households == 0)
            site.firstHousehold = int(registry.households.size());
        ++site.households;
        householdAt.insert(h.id, int(registry.households.size()));
        registry.households.append(h);
    }
    // Members read in id order, then placed household by household in the households' order.
    struct Row
    {
        int household;
        WorkPerson person;
    };
    QList<Row> rows;
    if (!q.exec(QStringLiteral("SELECT id, household_id, birth_date, labour_capacity, health, sex, state,"
                               " state_date FROM persons ORDER BY id")))
        return Outcome::error(q.lastError().text());
    while (q.next()) {
        const auto at = householdAt.constFind(q.value(1).toLongLong());
        if (at == householdAt.constEnd())
            continue;
        WorkPerson p;
        p.id = q.value(0).toLongLong();
        p.household = at.value();
        p.birth = dateFrom(q.value(2));
        p.labour = labourFrom(q.value(3));
        p.unwell = q.value(4).toString() != QLatin1String("healthy");
        p.female = q.value(5).toString() == QLatin1String("female");
        const QString state = q.value(6).toString();
        if (state != QLatin1String("active")) {
            p.until = dateFrom(q.value(7));
            if (!p.until.isValid())
                p.until = QDate(2000, 1, 1);
            p.deceased = state == QLatin1String("deceased");
        }
        rows.append({at.value(), p});
    }
    for (const Row& r : std::as_const(rows))
        ++registry.households[r.household].persons;
    int next = 0;
    for (WorkHousehold& h : registry.households) {
        h.firstPerson = next;
        next += h.persons;
    }
    registry.persons.resize(next);
    QList<int> placed(registry.households.size(), 0);
    for (const Row& r : std::as_const(rows)) {
        const WorkHousehold& h = registry.households.at(r.household);
        registry.persons[h.firstPerson + placed[r.household]++] = r.person;
    }
    rows.clear();
    if (!q.exec(QStringLiteral(
            "SELECT pr.household_id, pr.valid_from, pr.valid_to,"
            " CASE WHEN pr.partner_kind = 'cadre' THEN pr.cadre_name"
            "  WHEN pr.partner_kind = 'staff' THEN COALESCE(sp.name, s.cadre_name)"
            "  ELSE COALESCE(mp.name, '') END"
            " FROM pairings pr LEFT JOIN grid_staff s ON s.id = pr.staff_id"
            " LEFT JOIN persons sp ON sp.id = s.person_id"
            " LEFT JOIN party_members m ON m.id = pr.party_member_id"
            " LEFT JOIN persons mp ON mp.id = m.person_id ORDER BY pr.household_id, pr.valid_from, pr.id")))
        return Outcome::error(q.lastError().text());
    while (q.next()) {
        const auto at = householdAt.constFind(q.value(0).toLongLong());
        if (at != householdAt.constEnd())
            registry.households[at.value()].pairings.append(
                {dateFrom(q.value(1)), dateFrom(q.value(2)), q.value(3).toString()});
    }
    return {};
}

QString mobile(Random& random)
{
    return QStringLiteral("1%1%2")
        .arg(QStringLiteral("3578").at(random.between(0, 3)))
        .arg(random.between(0, 999'999'999), 9, 10, QLatin1Char('0'));
}

// Writes the rows of one site's plan, each with the ids of the rows it names.
class SiteWriter
{
public:
    SiteWriter(DemoWorkWriter& writer, const WorkRegistry& registry, DemoWorkCounts& counts)
        : m_writer(writer), m_registry(registry), m_counts(counts)
    {
    }

    bool write(const WorkSite& site, const SiteWorkPlan& plan)
    {
        const auto ids = [](qsizetype n) { return QList<qint64>(n, 0); };
        QList<qint64> workshops = ids(plan.workshops.size()), posts = ids(plan.posts.size()),
                      brokers = ids(plan.brokers.size()), batches = ids(plan.batches.size()),
                      jobs = ids(plan.jobs.size()), courses = ids(plan.courses.size()),
                      attendances = ids(plan.attendances.size());
        for (int i = 0; i < plan.workshops.size(); ++i)
            if (!(workshops[i] = m_writer.workshop(site.id, plan.workshops.at(i))))
                return false;
        for (int i = 0; i < plan.posts.size(); ++i)
            if (!(posts[i] = m_writer.post(site.id, plan.posts.at(i))))
                return false;
        for (int i = 0; i < plan.brokers.size(); ++i)
            if (!(brokers[i] = m_writer.broker(site.id, plan.brokers.at(i))))
                return false;
        for (int i = 0; i < plan.batches.size(); ++i)
            if (!(batches[i] = m_writer.batch(site.id, plan.batches.at(i))))
                return false;
        for (int i = 0; i < plan.jobs.size(); ++i) {
            const PlannedJob& job = plan.jobs.at(i);
            const qint64 broker = job.siteBroker >= 0 ? brokers.at(job.siteBroker) : job.officeBroker;
            if (!(jobs[i] = m_writer.employment(personId(job.person), job, broker,
                                                job.batch >= 0 ? batches.at(job.batch) : 0,
                                                job.workshop >= 0 ? workshops.at(job.workshop) : 0,
                                                job.post >= 0 ? posts.at(job.post) : 0)))
                return false;
        }
        for (const PlannedWish& w : plan.wishes)
            if (!m_writer.wish(personId(w.person), w))
                return false;
        for (const PlannedAbsence& a : plan.absences)
            if (!m_writer.absence(personId(a.person), a))
                return false;
        for (int i = 0; i < plan.courses.size(); ++i)
            if (!(courses[i] = m_writer.course(site.id, plan.courses.at(i))))
                return false;
        for (int i = 0; i < plan.attendances.size(); ++i) {
            const PlannedAttendance& a = plan.attendances.at(i);
            if (!(attendances[i] = m_writer.attendance(a.course >= 0 ? courses.at(a.course) : a.officeCourse,
                                                       personId(a.person), a)))
                return false;
        }
        for (const PlannedPayment& p : plan.payments)
            if (!m_writer.payment(personId(p.person), p, p.job >= 0 ? jobs.at(p.job) : 0,
                                  p.attendance >= 0 ? attendances.at(p.attendance) : 0))
                return false;
        m_counts.workshops += int(plan.workshops.size());
        m_counts.posts += int(plan.posts.size());
        m_counts.brokers += int(plan.brokers.size());
        m_counts.batches += int(plan.batches.size());
        m_counts.employments += int(plan.jobs.size());
        m_counts.wishes += int(plan.wishes.size());
        m_counts.absences += int(plan.absences.size());
        m_counts.courses += int(plan.courses.size());
        m_counts.attendances += int(plan.attendances.size());
        m_counts.payments += int(plan.payments.size());
        return true;
    }

private:
    qint64 personId(int person) const { return m_registry.persons.at(person).id; }

    DemoWorkWriter& m_writer;
    const WorkRegistry& m_registry;
    DemoWorkCounts& m_counts;
};

// The county's own courses for the whole office (site_id null), one or two a year, each taking 10–40 of
// the county's labour force from any of its sites.
bool officeCourses(Random& random, DemoWorkWriter& writer, const DemoWorkModel& model, WorkRegistry& registry,
                   DemoWorkCounts& counts)
{
    QMap<QString, QList<int>> countyPersons;
    for (const WorkSite& site : std::as_const(registry.sites)) {
        QList<int>& persons = countyPersons[site.county];
        for (int h = site.firstHousehold; h < site.firstHousehold + site.households; ++h) {
            const WorkHousehold& household = registry.households.at(h);
            for (int i = household.firstPerson; i < household.firstPerson + household.persons; ++i)
                if (registry.persons.at(i).labour != DemoLabour::None)
                    persons.append(i);
        }
    }
    const QDate first = model.firstMonth();
    const int span = int(first.daysTo(model.today()));
    for (auto it = countyPersons.cbegin(); it != countyPersons.cend(); ++it) {
        const QList<int>& persons = it.value();
        if (persons.size() < 40)
            continue;
        const QString county = ShaoyangPlaces::county(it.key()).name;
        const int courses = random.between(2, 4);
        QHash<QString, int> sequence;
        for (int n = 0; n < courses; ++n) {
            const TrainingTrade& trade = random.pick(DemoWorkTexts::trainingTrades());
            PlannedCourse course;
            course.trade = trade.trade;
            course.hours = random.between(trade.minHours, trade.maxHours) / 4 * 4;
            // The county's last course is under way on the demo's day.
            course.startsOn = n + 1 < courses ? first.addDays(random.between(10, span - 5))
                                              : model.today().addDays(-random.between(2, 6));
            course.endsOn = course.startsOn.addDays((course.hours / 6) * 7 / 5);
            course.capacity = random.between(20, 40);
            course.organiser = random.percent(60) ? county + random.pick(DemoWorkTexts::courseOrganisers())
                                                  : random.pick(DemoWorkTexts::trainingSchools());
            course.demand = trade.demand;
            course.certificate = trade.certificate;
            const int number = ++sequence[QString::number(course.startsOn.year()) + trade.trade];
            course.title = QStringLiteral("%1年%2%3培训班（第%4期）")
                               .arg(course.startsOn.year())
                               .arg(county, trade.trade)
                               .arg(number);
            const QDate enrolBy = course.startsOn.addDays(-10);
            const int wanted = random.between(course.capacity * 7 / 10, course.capacity);
            QSet<int> chosen;
            for (int tries = 0; tries < wanted * 30 && chosen.size() < wanted; ++tries) {
                const int i = persons.at(random.between(0, int(persons.size()) - 1));
                const WorkPerson& p = registry.persons.at(i);
                if (chosen.contains(i) || DemoWorkModel::anniversary(p.birth, 16) > enrolBy ||
                    DemoWorkModel::anniversary(p.birth, 61) <= course.endsOn ||
                    (p.until.isValid() && p.until <= course.endsOn))
                    continue;
                chosen.insert(i);
            }
            if (chosen.size() < 10)
                continue;
            const qint64 id = writer.course(0, course);
            if (!id)
                return false;
            ++counts.courses;
            QList<int> ordered(chosen.cbegin(), chosen.cend());
            std::sort(ordered.begin(), ordered.end()); // a QSet's order changes from run to run
            for (int i : ordered)
                registry.officeAttendance[i].append({id, course.trade, course.startsOn, course.endsOn,
                                                     course.hours, !course.certificate.isEmpty()});
        }
    }
    return true;
}

// SQLite keeps an index up to date through a few hundred thousand inserts in person order more slowly
// than it builds it at the end: the indexes of the tables the sites fill are dropped for the run and made
// again from their own definitions (inside the caller's transaction; a rollback restores them). The
// unique constraints' own indexes stay. Nothing on the server.
class DeferredWorkIndexes
{
public:
    Outcome drop(const Database& db)
    {
        if (db.dialect().engine() != SqlDialect::Engine::Sqlite)
            return {};
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                               " AND tbl_name IN ('employments', 'work_wishes', 'work_absence_reasons',"
                               " 'training_attendances', 'work_support_payments', 'industry_beneficiaries')"
                               " ORDER BY name")))
            return Outcome::error(q.lastError().text());
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            m_definitions.append(q.value(1).toString());
        }
        for (const QString& name : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return Outcome::error(q.lastError().text());
        return {};
    }
    Outcome restore(const Database& db)
    {
        QSqlQuery q(db.connection());
        for (const QString& definition : std::as_const(m_definitions))
            if (!q.exec(definition))
                return Outcome::error(q.lastError().text());
        m_definitions.clear();
        return {};
    }

private:
    QStringList m_definitions;
};

} // namespace

Outcome DemoWork::generate()
{
    const auto failed = [](const QString& text) { return Outcome::error(text); };
    WorkRegistry registry;
    if (const Outcome loaded = load(m_db, registry); !loaded)
        return loaded;

    DemoWorkWriter writer(m_db);
    if (!writer.prepare())
        return failed(writer.error());
    Random random(m_seed * 2862933555777941757ULL + 3037000493ULL);
    const DemoWorkModel model(m_today);

    // Brokers who serve the whole office.
    for (int n = random.between(3, 6); n > 0; --n) {
        PlannedBroker b;
        b.name = ChineseNames::surname(random) +
                 ChineseNames::givenName(random, random.percent(70) ? Sex::Male : Sex::Female,
                                         random.between(1965, 1990));
        b.organisation = QStringLiteral("邵阳") + random.pick(DemoWorkTexts::companyStems()) +
                         random.pick(DemoWorkTexts::labourAgencies());
        b.phone = mobile(random);
        b.validFrom = model.earliest();
        const qint64 id = writer.broker(0, b);
        if (!id)
            return failed(writer.error());
        registry.officeBrokers.append(id);
        ++m_counts.brokers;
    }
    if (!officeCourses(random, writer, model, registry, m_counts))
        return failed(writer.error());
    DemoIndustry industry(writer, registry, model);
    if (!industry.officeLevel(random))
        return failed(writer.error());

    DeferredWorkIndexes indexes;
    if (const Outcome dropped = indexes.drop(m_db); !dropped)
        return dropped;
    SiteWorkPlan plan;
    SiteWriter sites(writer, registry, m_counts);
    for (int s = 0; s < registry.sites.size(); ++s) {
        if (registry.sites.at(s).households == 0)
            continue; // a site made by hand before the demo, with nobody living there
        model.planSite(random, registry, s, plan);
        if (!sites.write(registry.sites.at(s), plan) || !industry.site(random, s))
            return failed(writer.error());
    }
    writer.finish();
    if (const Outcome restored = indexes.restore(m_db); !restored)
        return restored;
    m_counts.projects = industry.projects();
    m_counts.beneficiaries = industry.beneficiaries();
    return {};
}

} // namespace anju::demo

#include "demo/DemoWorkModel.h"

#include "demo/ChineseNames.h"
#include "demo/DemoOfficeCalendar.h"
#include "demo/DemoWorkTexts.h"
#include "demo/ShaoyangPlaces.h"

#include <algorithm>
#include <array>

namespace anju::demo {

using work::AbsenceReason;
using work::AttendanceOutcome;
using work::Channel;
using work::Fen;
using work::PostKind;
using work::SupportKind;
using work::WishKind;

namespace {

// A job or place that has not ended by the demo's day ends on this day in the model (null when written).
const QDate Never(9999, 12, 31);

QDate laterOf(QDate a, QDate b)
{
    return a < b ? b : a;
}

QDate earlierOf(QDate a, QDate b)
{
    return a < b ? a : b;
}

QDate monthOf(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// Capacity of the places one site offers (workshops, public posts), as slots each holding one job at a
// time within the place's opening.
class Slots
{
public:
    void add(int capacity, QDate opened, QDate closed)
    {
        Place place;
        place.opened = opened;
        place.closed = closed.isValid() ? closed : Never;
        place.seats.resize(capacity);
        m_places.append(place);
    }
    int places() const { return int(m_places.size()); }

    // A slot of `place` free over [start, end), the start moved to the opening and the end to the closing:
    // false when the place is full then. `closedEarly` says the place's closing ended the job.
    bool take(int place, QDate& start, QDate& end, bool& closedEarly)
    {
        Place& p = m_places[place];
        QDate s = laterOf(start, p.opened);
        QDate e = earlierOf(end, p.closed);
        if (s >= e)
            return false;
        for (auto& slot : p.seats) {
            const bool free =
                std::none_of(slot.cbegin(), slot.cend(), [&](const std::pair<QDate, QDate>& busy) {
                    return busy.first < e && s < busy.second;
                });
            if (free) {
                slot.append({s, e});
                closedEarly = e < end;
                start = s;
                end = e;
                return true;
            }
        }
        return false;
    }

private:
    struct Place
    {
        QDate opened, closed;
        QList<QList<std::pair<QDate, QDate>>> seats;
    };
    QList<Place> m_places;
};

struct Destination
{
    const char16_t* province;
    std::array<const char16_t*, 5> cities;
    int weight;
};

// Where the county's labour export goes: the Pearl River delta first, then the Yangtze delta and Fujian.
constexpr Destination Destinations[] = {
    {u"广东省", {u"东莞市", u"深圳市", u"广州市", u"佛山市", u"中山市"}, 42},
    {u"浙江省", {u"宁波市", u"杭州市", u"温州市", u"金华市", u"嘉兴市"}, 22},
    {u"江苏省", {u"苏州市", u"无锡市", u"南京市", u"常州市", u"昆山市"}, 14},
    {u"福建省", {u"厦门市", u"泉州市", u"福州市", u"晋江市", u"莆田市"}, 13},
    {u"上海市", {u"上海市", u"上海市", u"上海市", u"上海市", u"上海市"}, 9},
};

} // namespace

QString WorkHousehold::cadreOn(QDate day) const
{
    const WorkPairing* latest = nullptr;
    for (const WorkPairing& p : pairings) {
        if (p.from <= day && (!p.to.isValid() || p.to > day))
            return p.name;
        if (p.from <= day)
            latest = &p;
    }
    if (latest)
        return latest->name;
    return pairings.isEmpty() ? QString() : pairings.constFirst().name;
}

void SiteWorkPlan::clear()
{
    workshops.clear();
    posts.clear();
    brokers.clear();
    batches.clear();
    jobs.clear();
    wishes.clear();
    absences.clear();
    courses.clear();
    attendances.clear();
    payments.clear();
}

DemoWorkModel::DemoWorkModel(QDate today)
    : m_today(today), m_first(QDate(today.year(), today.month(), 1).addMonths(-(WorkMonths - 1))),
      m_earliest(m_first.addYears(-WorkHistoryYears))
{
}

QDate DemoWorkModel::anniversary(QDate birth, int years)
{
    const QDate day(birth.year() + years, birth.month(), birth.day());
    return day.isValid() ? day : QDate(birth.year() + years, 3, 1);
}

// One site's plan: its places first, then each member of the labour force, then its courses.
class DemoWorkModel::SiteRun
{
public:
    SiteRun(const DemoWorkModel& model, Random& random, const WorkRegistry& registry, int site,
            SiteWorkPlan& plan)
        : m_random(random), m_registry(registry), m_site(registry.sites.at(site)), m_plan(plan),
          m_today(model.today()), m_first(model.firstMonth()), m_earliest(model.earliest()),
          m_county(ShaoyangPlaces::county(m_site.county).name),
          m_stem(ShaoyangPlaces::townStem(m_site.township))
    {
    }

    void run()
    {
        makePlaces();
        collectCandidates();
        for (Candidate& c : m_candidates)
            planPerson(c);
        planWishesLeftWaiting();
        planCourses();
        for (Candidate& c : m_candidates)
            planOfficeAttendance(c);
        keepUsedBatches();
    }

private:
    // A member of the labour force during the demo's months: of working age from `from`, on file until
    // `leave` (Never while they stay), working until `stop` (the day they left or retired).
    struct Candidate
    {
        int person = 0;
        QDate from;
        QDate leave;
        QDate stop;
        bool retires = false;
        bool died = false;
        bool noCourses = false; // a training wish left waiting: never on a course after it
        const WorkHousehold* household = nullptr;
    };

    int days(QDate from, QDate to) const { return int(from.daysTo(to)); }
    QDate dayBetween(QDate from, QDate to)
    {
        return to <= from ? from : from.addDays(m_random.between(0, days(from, to)));
    }
    const WorkPerson& person(const Candidate& c) const { return m_registry.persons.at(c.person); }
    QString cadre(const Candidate& c, QDate day) const { return c.household->cadreOn(day); }

    void makePlaces()
    {
        const QDate placesFrom = laterOf(m_site.moveIn.isValid() ? m_site.moveIn : m_earliest, m_earliest);
        const int workshops = m_site.households < 40 ? 1 : m_random.between(1, 3);
        for (int i = 0; i < workshops; ++i) {
            PlannedWorkshop w;
            const WorkshopTrade& trade = m_random.pick(DemoWorkTexts::workshopTrades());
            w.trade = trade.trade;
            w.operatorName = m_stem + trade.operatorStem + m_random.pick(DemoWorkTexts::companyEndings());
            w.name = m_site.name + trade.trade + QStringLiteral("帮扶车间") +
                     (i > 0 ? QString::number(i + 1) + QStringLiteral("号") : QString());
            w.capacity = m_random.between(20, 80);
            w.openedOn = m_random.percent(20) ? m_first.addDays(m_random.between(0, 400))
                                              : placesFrom.addDays(m_random.between(30, 500));
            w.openedOn = earlierOf(w.openedOn, m_today.addDays(-30));
            if (m_random.percent(7)) {
                const QDate closed =
                    laterOf(w.openedOn.addDays(200), m_first.addDays(m_random.between(60, 600)));
                if (closed <= m_today.addDays(-10)) {
                    w.closedOn = closed;
                    w.note = QStringLiteral("订单不足，车间停产");
                }
            }
            m_workshops.add(w.capacity, w.openedOn, w.closedOn);
            m_plan.workshops.append(w);
        }
        std::array<PostKind, 5> kinds = {PostKind::CleaningGreening, PostKind::Security,
                                         PostKind::ForestRanger, PostKind::ProjectMaintenance,
                                         PostKind::Other};
        for (int i = int(kinds.size()) - 1; i > 0; --i)
            std::swap(kinds[i], kinds[m_random.between(0, i)]);
        const int posts = m_random.between(2, 5);
        for (int i = 0; i < posts; ++i) {
            PlannedPost p;
            p.kind = kinds[i];
            p.name = DemoWorkTexts::postName(p.kind, m_site.name, m_stem);
            p.capacity = m_random.between(1, 10);
            p.monthlyPay = Fen(m_random.between(12, 30)) * 50 * 100;
            p.openedOn = m_random.percent(20) ? m_first.addDays(m_random.between(0, 300))
                                              : placesFrom.addDays(m_random.between(0, 400));
            p.openedOn = earlierOf(p.openedOn, m_today.addDays(-30));
            m_posts.add(p.capacity, p.openedOn, QDate());
            m_plan.posts.append(p);
        }
        if (m_random.percent(30)) {
            PlannedBroker b;
            b.name = personName(m_random.percent(70) ? Sex::Male : Sex::Female);
            b.organisation = m_stem + m_random.pick(DemoWorkTexts::labourAgencies());
            b.phone = mobile();
            b.validFrom = placesFrom;
            m_plan.brokers.append(b);
        }
    }

    QString personName(Sex sex)
    {
        return ChineseNames::surname(m_random) +
               ChineseNames::givenName(m_random, sex, m_random.between(1965, 1995));
    }

    QString mobile()
    {
        return QStringLiteral("1%1%2")
            .arg(QStringLiteral("3578").at(m_random.between(0, 3)))
            .arg(m_random.between(0, 999'999'999), 9, 10, QLatin1Char('0'));
    }

    // A batch is planned when someone is to leave on it; one whose traveller did not (gone, or the job never
    // began) is dropped. The headcount adds the people of other places on the same bus.
    void keepUsedBatches()
    {
        QList<int> people(m_plan.batches.size(), 0);
        for (const PlannedJob& job : std::as_const(m_plan.jobs))
            if (job.batch >= 0)
                ++people[job.batch];
        QList<int> at(m_plan.batches.size(), -1);
        QList<PlannedBatch> kept;
        for (int i = 0; i < m_plan.batches.size(); ++i) {
            if (people.at(i) == 0)
                continue;
            at[i] = int(kept.size());
            PlannedBatch b = m_plan.batches.at(i);
            b.headcount = people.at(i) + m_random.between(4, 30);
            kept.append(b);
        }
        for (PlannedJob& job : m_plan.jobs)
            if (job.batch >= 0)
                job.batch = at.at(job.batch);
        m_plan.batches = kept;
    }

    void collectCandidates()
    {
        for (int h = m_site.firstHousehold; h < m_site.firstHousehold + m_site.households; ++h) {
            const WorkHousehold& household = m_registry.households.at(h);
            for (int i = household.firstPerson; i < household.firstPerson + household.persons; ++i) {
                const WorkPerson& p = m_registry.persons.at(i);
                if (p.labour == DemoLabour::None)
                    continue;
                Candidate c;
                c.person = i;
                c.household = &household;
                c.from = laterOf(anniversary(p.birth, 16), m_earliest);
                c.leave = p.until.isValid() ? p.until : Never;
                c.died = p.deceased;
                const QDate retirement = anniversary(p.birth, 61);
                c.retires = retirement <= m_today && m_random.percent(70);
                c.stop = c.retires ? earlierOf(c.leave, retirement) : c.leave;
                // Outside the labour force over all the demo's months, or gone before they begin.
                if (c.from > m_today.addDays(-1) || c.leave <= m_first || retirement <= m_first)
                    continue;
                m_candidates.append(c);
            }
        }
    }

    static int employedPercent(DemoLabour labour)
    {
        switch (labour) {
        case DemoLabour::Skilled:
            return 80;
        case DemoLabour::Ordinary:
            return 72;
        default:
            return 46;
        }
    }

    Channel drawChannel(DemoLabour labour)
    {
        static constexpr std::array<Channel, 7> channels = {
            Channel::LabourExport, Channel::Workshop,     Channel::WorkRelief, Channel::Park,
            Channel::PublicPost,   Channel::SelfEmployed, Channel::Flexible};
        // Public posts go to weak labour; a few are held by ordinary labour all the same (the check's
        // findings).
        static constexpr std::array<int, 7> able = {53, 10, 4, 9, 1, 9, 14};
        static constexpr std::array<int, 7> weak = {4, 20, 8, 5, 46, 3, 14};
        return channels[m_random.weighted(labour == DemoLabour::Weak ? weak : able)];
    }

    // The day a worker leaves after `year`'s spring festival: on a 点对点 batch of the site (a week or so
    // after it) or on their own over the next weeks, most before the Lantern Festival.
    QDate afterFestival(int year, const Destination*& destination, int& batch)
    {
        const QDate festival = springFestival(year);
        batch = -1;
        const QDate batchDay = festival.addDays(m_random.between(5, 10));
        if (m_random.percent(35) && batchDay >= m_first && batchDay <= m_today) {
            batch = batchFor(year, destination, batchDay);
            return m_plan.batches[batch].departedOn.addDays(m_random.between(1, 2));
        }
        static constexpr std::array<int, 3> weights = {45, 30, 25};
        switch (m_random.weighted(weights)) {
        case 0:
            return festival.addDays(m_random.between(5, 15));
        case 1:
            return festival.addDays(m_random.between(16, 30));
        default:
            return festival.addDays(m_random.between(31, 60));
        }
    }

    int batchFor(int year, const Destination* destination, QDate day)
    {
        const QString province = QString::fromUtf16(destination->province);
        for (int i = 0; i < m_plan.batches.size(); ++i) {
            const PlannedBatch& b = m_plan.batches.at(i);
            if (b.departedOn.year() == year && b.province == province)
                return i;
        }
        PlannedBatch b;
        b.departedOn = day;
        b.province = province;
        b.city = QString::fromUtf16(destination->cities[m_random.between(0, 4)]);
        b.transport = m_random.pick(DemoWorkTexts::transports());
        b.organiser = m_county + m_random.pick(DemoWorkTexts::batchOrganisers());
        m_plan.batches.append(b);
        return int(m_plan.batches.size()) - 1;
    }

    const Destination* drawDestination()
    {
        static const QList<int> weights = [] {
            QList<int> w;
            for (const Destination& d : Destinations)
                w.append(d.weight);
            return w;
        }();
        return &Destinations[m_random.weighted(weights)];
    }

    Fen income(Channel channel, DemoLabour labour)
    {
        std::pair<int, int> yuan{1500, 3800};
        switch (channel) {
        case Channel::LabourExport:
            yuan = {4200, 7800};
            break;
        case Channel::Workshop:
            yuan = {2000, 3600};
            break;
        case Channel::WorkRelief:
            yuan = {2400, 4200};
            break;
        case Channel::Park:
            yuan = {2600, 4800};
            break;
        case Channel::SelfEmployed:
            yuan = {2500, 9000};
            break;
        default:
            break;
        }
        int amount = m_random.between(yuan.first, yuan.second);
        if (labour == DemoLabour::Skilled)
            amount = amount * 6 / 5;
        else if (labour == DemoLabour::Weak)
            amount = amount * 3 / 4;
        return Fen(amount / 10 * 10) * 100;
    }

    // The job's employer and place by channel; false when the site's workshops or posts are full then (the
    // caller makes it flexible work).
    bool placeJob(PlannedJob& job, const Destination* destination, QDate& end, QString& endReason)
    {
        switch (job.channel) {
        case Channel::LabourExport: {
            job.province = QString::fromUtf16(destination->province);
            if (job.batch >= 0)
                job.city = m_plan.batches.at(job.batch).city;
            else
                job.city = QString::fromUtf16(destination->cities[m_random.between(0, 4)]);
            job.place = job.city;
            job.employer = job.city + m_random.pick(DemoWorkTexts::companyStems()) +
                           m_random.pick(DemoWorkTexts::exportSectors()) + QStringLiteral("有限公司");
            if (job.batch < 0 && m_random.percent(30)) {
                if (!m_plan.brokers.isEmpty() && m_random.percent(60))
                    job.siteBroker = 0;
                else if (!m_registry.officeBrokers.isEmpty())
                    job.officeBroker = m_random.pick(m_registry.officeBrokers);
            }
            break;
        }
        case Channel::Workshop:
        case Channel::PublicPost: {
            const bool workshop = job.channel == Channel::Workshop;
            Slots& places = workshop ? m_workshops : m_posts;
            const int start = m_random.between(0, places.places() - 1);
            for (int i = 0; i < places.places(); ++i) {
                const int place = (start + i) % places.places();
                QDate s = job.startedOn;
                QDate e = end;
                bool closed = false;
                if (!places.take(place, s, e, closed))
                    continue;
                job.startedOn = s;
                if (closed) {
                    end = e;
                    endReason = QStringLiteral("车间停产");
                }
                if (workshop) {
                    const PlannedWorkshop& w = m_plan.workshops.at(place);
                    job.workshop = place;
                    job.employer = w.operatorName;
                    job.place = w.name;
                } else {
                    const PlannedPost& post = m_plan.posts.at(place);
                    job.post = place;
                    job.employer = m_site.township + QStringLiteral("人民政府");
                    job.place = post.name;
                    job.income = post.monthlyPay;
                }
                return true;
            }
            return false;
        }
        case Channel::WorkRelief:
            job.place =
                m_stem + m_random.pick(DemoWorkTexts::reliefProjects()) + QStringLiteral("以工代赈项目");
            job.employer =
                m_stem + m_random.pick(DemoWorkTexts::companyStems()) + QStringLiteral("建设工程有限公司");
            break;
        case Channel::Park: {
            const bool scenic = m_random.percent(25);
            job.place = scenic ? m_random.pick(DemoWorkTexts::scenicAreas())
                               : m_county + m_random.pick(DemoWorkTexts::parks());
            job.employer = m_stem + m_random.pick(DemoWorkTexts::companyStems()) +
                           (scenic ? QStringLiteral("旅游开发有限公司")
                                   : m_random.pick(DemoWorkTexts::companyEndings()));
            break;
        }
        case Channel::SelfEmployed:
            job.employer = QStringLiteral("个体经营：") + m_random.pick(DemoWorkTexts::businesses());
            job.place = m_site.name;
            break;
        case Channel::Flexible:
            job.employer = m_random.pick(DemoWorkTexts::flexibleWork());
            job.place = m_random.percent(60) ? m_county : m_site.name;
            break;
        }
        return true;
    }

    // Writes one job from `start` and says when and why it ended (Never while it holds).
    int addJob(const Candidate& c, Channel channel, QDate start, QDate end, QString endReason,
               const Destination* destination, int batch)
    {
        const WorkPerson& p = person(c);
        PlannedJob job;
        job.person = c.person;
        job.channel = channel;
        job.startedOn = start;
        job.batch = channel == Channel::LabourExport ? batch : -1;
        job.income = income(channel, p.labour);
        if (!placeJob(job, destination, end, endReason)) {
            job.channel = Channel::Flexible;
            job.income = income(Channel::Flexible, p.labour);
            placeJob(job, destination, end, endReason);
        }
        if (c.stop != Never && end >= c.stop) {
            end = c.stop;
            endReason = c.stop == c.leave ? (c.died ? QStringLiteral("去世") : QStringLiteral("迁出"))
                                          : QStringLiteral("达到退休年龄");
        }
        if (end > m_today) {
            end = Never;
            endReason.clear();
        }
        if (end <= job.startedOn)
            return -1;
        job.endedOn = end == Never ? QDate() : end;
        job.endReason = endReason;
        job.imported = m_random.percent(25);
        m_plan.jobs.append(job);
        const int index = int(m_plan.jobs.size()) - 1;
        planJobSupport(c, index);
        return index;
    }

    // 就业奖补 for some who went out to work and stayed three months; 社保补贴 quarterly for most public-post
    // holders.
    void planJobSupport(const Candidate& c, int index)
    {
        PlannedJob& job = m_plan.jobs[index];
        const QDate end = job.endedOn.isValid() ? job.endedOn : Never;
        if (job.channel == Channel::LabourExport && job.startedOn >= m_first.addMonths(-2) &&
            job.startedOn.daysTo(earlierOf(end, m_today)) >= 90 && m_random.percent(45)) {
            PlannedPayment pay;
            pay.person = c.person;
            pay.kind = SupportKind::EmploymentAward;
            pay.month = monthOf(job.startedOn).addMonths(3);
            pay.paidOn = pay.month.addDays(m_random.between(5, 40));
            static constexpr std::array<int, 3> amounts = {500, 800, 1000};
            pay.amount = Fen(m_random.pick(amounts)) * 100;
            pay.job = index;
            pay.note = QStringLiteral("外出务工稳岗奖补");
            if (pay.month >= m_first && pay.paidOn <= m_today && pay.paidOn < c.leave) {
                job.needsId = true;
                m_plan.payments.append(pay);
            }
        }
        if (job.channel == Channel::PublicPost && m_random.percent(80)) {
            const Fen monthly = Fen(m_random.between(40, 52)) * 1000;
            for (QDate q(m_first.year(), 1, 1); q <= m_today; q = q.addMonths(3)) {
                const QDate quarterEnd = q.addMonths(3);
                if (q < m_first || job.startedOn > q || end < quarterEnd)
                    continue;
                PlannedPayment pay;
                pay.person = c.person;
                pay.kind = SupportKind::SocialInsurance;
                pay.month = q;
                pay.paidOn = quarterEnd.addDays(m_random.between(5, 25));
                pay.amount = monthly * 3;
                pay.job = index;
                pay.note = QStringLiteral("公益性岗位社保补贴（%1年第%2季度）")
                               .arg(q.year())
                               .arg((q.month() + 2) / 3);
                if (pay.paidOn > m_today || pay.paidOn >= c.leave)
                    continue;
                job.needsId = true;
                m_plan.payments.append(pay);
            }
        }
    }

    void addWish(const Candidate& c, WishKind kind, QDate recorded, QDate closed, const QString& closeReason,
                 const QString& place, const QString& detail)
    {
        PlannedWish w;
        w.person = c.person;
        w.kind = kind;
        w.recordedOn = recorded;
        w.closedOn = closed;
        w.closeReason = closeReason;
        w.place = place;
        w.detail = detail;
        w.collectedBy = cadre(c, recorded);
        m_plan.wishes.append(w);
    }

    void addAbsence(const Candidate& c, AbsenceReason reason, QDate from, QDate to)
    {
        if (from > m_today || from >= c.leave || (to.isValid() && to <= from))
            return;
        if (!to.isValid() && c.leave <= m_today)
            to = c.leave;
        if (to.isValid() && to <= from)
            return;
        PlannedAbsence a;
        a.person = c.person;
        a.reason = reason;
        a.validFrom = from;
        a.validTo = to;
        a.note = m_random.pick(DemoWorkTexts::absenceNotes(reason));
        m_plan.absences.append(a);
    }

    AbsenceReason drawReason(const Candidate& c, QDate day)
    {
        const WorkPerson& p = person(c);
        const int age = int(p.birth.daysTo(day) / 365);
        if (p.unwell && m_random.percent(70))
            return AbsenceReason::Ill;
        if (age <= 22 && m_random.percent(60))
            return AbsenceReason::Studying;
        if (p.female && age >= 22 && age <= 50 && m_random.percent(65))
            return AbsenceReason::Caring;
        static constexpr std::array<AbsenceReason, 4> reasons = {
            AbsenceReason::Caring, AbsenceReason::Ill, AbsenceReason::Studying, AbsenceReason::Other};
        static constexpr std::array<int, 4> weights = {45, 25, 8, 22};
        return reasons[m_random.weighted(weights)];
    }

    // Someone without work over the demo's months: most with a reason, a few waiting with a wish to work
    // (weak labour among them waits for a public post), a few idle with neither.
    void planWithoutWork(const Candidate& c, QDate since)
    {
        const WorkPerson& p = person(c);
        const int waiting = p.labour == DemoLabour::Weak ? 12 : 5;
        const int x = m_random.between(0, 99);
        if (x < 97 - waiting) {
            const QDate from = since < m_first ? dayBetween(laterOf(since, m_first.addYears(-3)), m_first)
                                               : since.addDays(m_random.between(0, 45));
            addAbsence(c, drawReason(c, from), from, QDate());
            return;
        }
        if (x < 97) {
            const QDate recorded = dayBetween(laterOf(since, m_first), m_today.addDays(-7));
            if (recorded > m_today.addDays(-7) || recorded >= c.leave)
                return;
            const bool weak = p.labour == DemoLabour::Weak;
            addWish(c, WishKind::Employment, recorded, QDate(), QString(),
                    weak ? m_site.name : m_random.pick(DemoWorkTexts::wishPlaces()),
                    weak ? QStringLiteral("公益岗位或就近保洁、门卫")
                         : m_random.pick(DemoWorkTexts::wishedWork()));
        }
        // Idle: no job, no reason, no wish.
    }

    void planPerson(Candidate& c)
    {
        const WorkPerson& p = person(c);
        if (!m_random.percent(employedPercent(p.labour))) {
            if (m_random.percent(40)) {
                // Worked once, then stopped before the demo's months or early in them.
                const QDate start = dayBetween(c.from, m_first.addDays(-120));
                if (start < m_first.addDays(-120) && start < c.stop) {
                    const QDate end =
                        dayBetween(laterOf(start.addDays(60), m_first.addDays(-90)), m_first.addDays(200));
                    if (end < c.stop && end <= m_today.addDays(-100)) {
                        addJob(c,
                               drawChannel(p.labour) == Channel::LabourExport ? Channel::LabourExport
                                                                              : Channel::Flexible,
                               start, end, QStringLiteral("个人原因"), drawDestination(), -1);
                        planWithoutWork(c, end);
                        return;
                    }
                }
            }
            planWithoutWork(c, c.from);
            return;
        }
        Channel channel = drawChannel(p.labour);
        const Destination* destination = drawDestination();
        int batch = -1;
        QDate start;
        if (c.from < m_first.addDays(-60) && m_random.percent(88)) {
            // At work before the demo's months begin.
            if (channel == Channel::LabourExport) {
                int year = m_first.year();
                while (springFestival(year) >= m_first.addDays(-70))
                    --year;
                year -= m_random.percent(40) ? m_random.between(0, 3) : 0;
                start = afterFestival(year, destination, batch);
                if (start < c.from)
                    start = dayBetween(c.from, m_first.addDays(-1));
            } else {
                start = dayBetween(laterOf(c.from, m_first.addYears(-3)), m_first.addDays(-1));
            }
        } else {
            // Starts within the months: of age, back from an absence, or after a wish the cadre collected.
            const QDate low = laterOf(c.from, m_first);
            const QDate high = earlierOf(m_today.addDays(-20), c.stop.addDays(-30));
            if (low >= high) {
                planWithoutWork(c, c.from);
                return;
            }
            start = dayBetween(low, high);
            if (channel == Channel::LabourExport && m_random.percent(70)) {
                for (int year = start.year(); year <= m_today.year(); ++year) {
                    const QDate festival = springFestival(year);
                    if (festival.addDays(5) >= start) {
                        const QDate leaves = afterFestival(year, destination, batch);
                        if (leaves <= high)
                            start = leaves;
                        else
                            batch = -1;
                        break;
                    }
                }
            }
            planBeforeStart(c, channel, start);
        }
        career(c, channel, start, destination, batch);
    }

    // What the cadre recorded before a job began within the months: the reason there was none until then
    // (most; the others were idle), and a wish to work or to start a business that the job met.
    void planBeforeStart(const Candidate& c, Channel channel, QDate start)
    {
        const QDate low = laterOf(c.from, m_first);
        if (m_random.percent(85)) {
            const QDate from = laterOf(c.from, m_first.addDays(-m_random.between(0, 600)));
            if (from < start)
                addAbsence(c, drawReason(c, from), from, start);
        }
        if (channel == Channel::SelfEmployed && m_random.percent(60)) {
            const QDate recorded = start.addDays(-m_random.between(30, 150));
            if (recorded >= low)
                addWish(c, WishKind::Business, recorded, start, QStringLiteral("已创业"), m_site.name,
                        m_random.pick(DemoWorkTexts::businesses()));
        } else if (m_random.percent(45)) {
            const QDate recorded = start.addDays(-m_random.between(15, 120));
            if (recorded >= low)
                addWish(c, WishKind::Employment, recorded, start, QStringLiteral("已就业"),
                        m_random.pick(DemoWorkTexts::wishPlaces()),
                        m_random.pick(DemoWorkTexts::wishedWork()));
        }
    }

    // The jobs one after another from `start`: labour export home for each spring festival and out again
    // after it, work-relief projects and flexible work in spells, other jobs held for long, a few ended
    // and followed by another.
    void career(const Candidate& c, Channel channel, QDate start, const Destination* destination, int batch)
    {
        const WorkPerson& p = person(c);
        const bool seasonal = m_random.percent(65);
        for (int guard = 0; guard < 16 && start < c.stop && start <= m_today; ++guard) {
            QDate end = Never;
            QString reason;
            bool homeForFestival = false;
            switch (channel) {
            case Channel::LabourExport:
                if (seasonal) {
                    int year = start.year();
                    while (springFestival(year).addDays(-25) < start.addDays(45))
                        ++year;
                    end = springFestival(year).addDays(-m_random.between(5, 25));
                    reason = QStringLiteral("春节返乡");
                    homeForFestival = true;
                } else if (m_random.percent(12)) {
                    end = start.addDays(m_random.between(120, 900));
                    reason = m_random.pick(DemoWorkTexts::endReasons());
                }
                break;
            case Channel::WorkRelief:
                end = start.addDays(m_random.between(90, 240));
                reason = QStringLiteral("项目完工");
                break;
            case Channel::Flexible:
                if (m_random.percent(70)) {
                    end = start.addDays(m_random.between(60, 300));
                    reason = QStringLiteral("零工结束");
                }
                break;
            default:
                if (m_random.percent(15)) {
                    end = start.addDays(m_random.between(90, 900));
                    reason = m_random.pick(DemoWorkTexts::endReasons());
                }
                break;
            }
            const int index = addJob(c, channel, start, end, reason, destination, batch);
            if (index < 0)
                return;
            const PlannedJob& job = m_plan.jobs.at(index);
            if (!job.endedOn.isValid() || job.endedOn >= c.stop)
                return;
            const QDate ended = job.endedOn;
            batch = -1;
            if (homeForFestival && job.endReason == QStringLiteral("春节返乡")) {
                const int year = springFestival(ended.year()) > ended ? ended.year() : ended.year() + 1;
                if (m_random.percent(85)) {
                    if (m_random.percent(30))
                        destination = drawDestination();
                    start = afterFestival(year, destination, batch);
                    continue;
                }
                // Stays home this year: work near home, or family to care for.
                if (m_random.percent(70)) {
                    channel = m_random.percent(50) ? Channel::Workshop : Channel::Flexible;
                    start = springFestival(year).addDays(m_random.between(20, 75));
                    continue;
                }
                addAbsence(c, AbsenceReason::Caring, ended, QDate());
                return;
            }
            if (job.channel == Channel::WorkRelief || job.channel == Channel::Flexible) {
                start = ended.addDays(m_random.between(10, 70));
                if (m_random.percent(25))
                    channel = drawChannel(p.labour);
                continue;
            }
            // A job ended for good: another after a few weeks, or none (with a reason, or idle).
            if (m_random.percent(65)) {
                channel = drawChannel(p.labour);
                start = ended.addDays(m_random.between(7, 75));
                destination = drawDestination();
                continue;
            }
            if (m_random.percent(75))
                addAbsence(c, drawReason(c, ended), ended.addDays(m_random.between(0, 20)), QDate());
            return;
        }
    }

    // 培训意愿 the cadre collected and no course followed: waiting past 应培尽培's days (findings), waiting
    // for less (not yet), or withdrawn. Those people are kept off the site's courses.
    void planWishesLeftWaiting()
    {
        for (Candidate& c : m_candidates) {
            if (m_registry.officeAttendance.contains(c.person))
                continue;
            const int x = m_random.between(0, 999);
            if (x >= 55)
                continue;
            const QDate low = laterOf(c.from, m_first);
            QDate recorded;
            QDate closed;
            QString reason;
            if (x < 30) {
                recorded = dayBetween(low, m_today.addDays(-95));
                if (recorded > m_today.addDays(-95))
                    continue;
            } else if (x < 45) {
                recorded = dayBetween(laterOf(low, m_today.addDays(-85)), m_today.addDays(-3));
            } else {
                recorded = dayBetween(low, m_today.addDays(-40));
                closed = recorded.addDays(m_random.between(20, 120));
                reason = m_random.percent(60) ? QStringLiteral("本人放弃") : QStringLiteral("已外出务工");
                if (closed > m_today || closed >= c.leave) {
                    closed = QDate();
                    reason.clear();
                }
            }
            if (recorded >= c.leave || recorded > m_today)
                continue;
            c.noCourses = true;
            addWish(c, WishKind::Training, recorded, closed, reason, QString(),
                    m_random.pick(DemoWorkTexts::trainingTrades()).trade);
        }
    }

    // The site's courses over the months (about a seventh of its labour force trained a year), each of
    // 10–40 people, with a wish before it for some of them.
    void planCourses()
    {
        const int span = days(m_first, m_today);
        const double perCourse = 22.0;
        const double expected = double(m_candidates.size()) * 0.15 * span / 365.0 / perCourse;
        int courses = int(expected);
        if (m_random.between(0, 999) < int((expected - courses) * 1000))
            ++courses;
        QList<int> pool;
        for (int n = 0; n < courses; ++n) {
            const TrainingTrade& trade = m_random.pick(DemoWorkTexts::trainingTrades());
            PlannedCourse course;
            course.trade = trade.trade;
            course.hours = m_random.between(trade.minHours, trade.maxHours) / 4 * 4;
            course.startsOn = m_first.addDays(m_random.between(10, span - 5));
            course.endsOn = course.startsOn.addDays((course.hours / 6) * 7 / 5);
            course.capacity = m_random.between(10, 40);
            course.organiser = m_random.percent(50)
                                   ? m_county + m_random.pick(DemoWorkTexts::courseOrganisers())
                                   : m_random.pick(DemoWorkTexts::trainingSchools());
            course.demand = trade.demand;
            course.certificate = trade.certificate;
            const int sequence = int(std::count_if(m_plan.courses.cbegin(), m_plan.courses.cend(),
                                                   [&](const PlannedCourse& other) {
                                                       return other.trade == course.trade &&
                                                              other.startsOn.year() == course.startsOn.year();
                                                   })) +
                                 1;
            course.title = QStringLiteral("%1年%2%3培训班（第%4期）")
                               .arg(course.startsOn.year())
                               .arg(m_site.name, trade.trade)
                               .arg(sequence);
            pool.clear();
            const QDate enrolBy = course.startsOn.addDays(-10);
            for (int i = 0; i < m_candidates.size(); ++i) {
                const Candidate& c = m_candidates.at(i);
                if (!c.noCourses && c.from <= enrolBy && c.stop > course.endsOn)
                    pool.append(i);
            }
            if (pool.size() < 8)
                continue;
            m_plan.courses.append(course);
            const int courseIndex = int(m_plan.courses.size()) - 1;
            const int wanted = std::min<int>(
                m_random.between(std::max(10, course.capacity * 7 / 10), course.capacity), int(pool.size()));
            for (int k = 0; k < wanted; ++k) {
                std::swap(pool[k], pool[m_random.between(k, int(pool.size()) - 1)]);
                attend(m_candidates.at(pool[k]), courseIndex, 0, course.trade, course.startsOn, course.endsOn,
                       course.hours, !course.certificate.isEmpty());
            }
        }
    }

    void planOfficeAttendance(const Candidate& c)
    {
        const auto it = m_registry.officeAttendance.constFind(c.person);
        if (it == m_registry.officeAttendance.constEnd())
            return;
        for (const OfficeCourse& course : it.value())
            attend(c, -1, course.id, course.trade, course.startsOn, course.endsOn, course.hours,
                   course.certificate);
    }

    // One person on a course: enrolled in the days before it starts, completed (most, with a certificate
    // when the course gives one) or dropped, or still enrolled while it runs; the subsidies of a completer
    // paid in the weeks after it ends.
    void attend(const Candidate& c, int course, qint64 officeCourse, const QString& trade, QDate startsOn,
                QDate endsOn, int hours, bool certificate)
    {
        PlannedAttendance a;
        a.person = c.person;
        a.course = course;
        a.officeCourse = officeCourse;
        a.enrolledOn = laterOf(startsOn.addDays(-m_random.between(0, 10)), c.from);
        if (endsOn > m_today) {
            a.outcome = AttendanceOutcome::Enrolled;
            a.hoursAttended = int(qint64(hours) * std::max(0, days(startsOn, m_today)) /
                                  std::max(1, days(startsOn, endsOn)));
        } else if (m_random.percent(8)) {
            a.outcome = AttendanceOutcome::Dropped;
            a.hoursAttended = hours * m_random.between(10, 60) / 100;
        } else {
            a.outcome = AttendanceOutcome::Completed;
            a.hoursAttended = hours;
            if (certificate && m_random.percent(90))
                a.certificateNo = QStringLiteral("S%1%2%3")
                                      .arg(endsOn.year())
                                      .arg(m_site.county)
                                      .arg(m_random.between(0, 999'999), 6, 10, QLatin1Char('0'));
        }
        a.imported = m_random.percent(30);
        m_plan.attendances.append(a);
        const int index = int(m_plan.attendances.size()) - 1;
        if (m_random.percent(40)) {
            const QDate recorded = a.enrolledOn.addDays(-m_random.between(10, 80));
            if (recorded >= laterOf(c.from, m_first))
                addWish(c, WishKind::Training, recorded, a.enrolledOn, QStringLiteral("已参加培训"),
                        QString(), trade);
        }
        if (a.outcome != AttendanceOutcome::Completed)
            return;
        const QDate month = monthOf(endsOn);
        if (m_random.percent(95)) {
            PlannedPayment pay;
            pay.person = c.person;
            pay.kind = SupportKind::TrainingSubsidy;
            pay.month = month;
            pay.paidOn = endsOn.addDays(m_random.between(15, 60));
            pay.amount = Fen(hours) * m_random.between(12, 20) * 100;
            pay.attendance = index;
            if (pay.paidOn <= m_today && pay.paidOn < c.leave) {
                m_plan.attendances[index].needsId = true;
                m_plan.payments.append(pay);
            }
        }
        if (m_random.percent(55)) {
            PlannedPayment pay;
            pay.person = c.person;
            pay.kind = SupportKind::LivingAllowance;
            pay.month = month;
            pay.paidOn = endsOn.addDays(m_random.between(15, 60));
            pay.amount = Fen(std::min(30, days(startsOn, endsOn) + 1)) * 3000;
            pay.attendance = index;
            if (pay.paidOn <= m_today && pay.paidOn < c.leave) {
                m_plan.attendances[index].needsId = true;
                m_plan.payments.append(pay);
            }
        }
    }

    Random& m_random;
    const WorkRegistry& m_registry;
    const WorkSite& m_site;
    SiteWorkPlan& m_plan;
    const QDate m_today, m_first, m_earliest;
    const QString m_county, m_stem;
    Slots m_workshops, m_posts;
    QList<Candidate> m_candidates;
};

void DemoWorkModel::planSite(Random& random, const WorkRegistry& registry, int site, SiteWorkPlan& plan) const
{
    plan.clear();
    SiteRun(*this, random, registry, site, plan).run();
}

} // namespace anju::demo

#include "demo/DemoParty.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "demo/ChineseNames.h"
#include "demo/DemoPartyRun.h"
#include "demo/ShaoyangPlaces.h"
#include "party/PartyRules.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::demo {

namespace {

// A resident becomes an applicant, activist or development target about once in this many adults under 46.
constexpr int DevelopingSample = 151;
constexpr int MaxBranchMembers = 40;

const QStringList& chineseNumbers()
{
    static const QStringList numbers = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                        QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                        QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"),
                                        QStringLiteral("十")};
    return numbers;
}

QString ordinal(int n) // 1 → 第一
{
    return QStringLiteral("第") + (n <= 10 ? chineseNumbers()[n - 1] : QString::number(n));
}

} // namespace

Outcome DemoParty::generate()
{
    m_counts = {};
    DemoPartyRun run(m_db, m_seed, m_today, m_counts);
    return run.run();
}

QDate DemoPartyRun::dayBetween(QDate from, QDate to)
{
    if (to <= from)
        return from;
    return from.addDays(m_random.between(0, int(from.daysTo(to))));
}

QString DemoPartyRun::cadreName(int birthYear)
{
    const Sex sex = m_random.percent(70) ? Sex::Male : Sex::Female;
    return ChineseNames::surname(m_random) + ChineseNames::givenName(m_random, sex, birthYear);
}

Outcome DemoPartyRun::run()
{
    const bool ok = m_writer.prepare() && load() && makeOrganisations() && makeMembers() &&
                    makeHelpersAndCommittees() && makeTransfers() && makeDues() && makeMeetings() &&
                    makeAssignments();
    m_writer.finish();
    if (!ok)
        return Outcome::failure(QLatin1String(Field::General),
                                m_error.isEmpty() ? m_writer.error() : m_error);
    return {};
}

bool DemoPartyRun::load()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, code, name, county_code, move_in_date FROM sites ORDER BY code"))) {
        m_error = q.lastError().text();
        return false;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        SiteRow site;
        site.id = q.value(0).toLongLong();
        site.code = q.value(1).toString();
        site.name = q.value(2).toString();
        site.countyCode = q.value(3).toString();
        site.moveIn = dateFrom(q.value(4));
        index.insert(site.id, int(m_sites.size()));
        m_sites.append(site);
    }
    if (!q.exec(QStringLiteral(
            "SELECT h.site_id, COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id"
            " WHERE p.state = 'active' AND h.state = 'active' GROUP BY h.site_id"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            m_sites[*it].residents = q.value(1).toInt();
    // Party members and probationary members as the roster says, and a sample of younger adults who
    // apply; persons by id, so the same seed picks the same people.
    q.prepare(QStringLiteral(
        "SELECT p.id, h.site_id, p.birth_date, p.sex, p.political_status FROM persons p"
        " JOIN households h ON h.id = p.household_id WHERE p.state = 'active' AND h.state = 'active'"
        " AND (p.political_status = 'party_member' OR p.political_status = 'probationary'"
        " OR (p.id % ? = ? AND p.birth_date > ? AND p.birth_date <= ?)) ORDER BY p.id"));
    q.addBindValue(DevelopingSample);
    q.addBindValue(int(m_random.between(0, DevelopingSample - 1)));
    q.addBindValue(sqlDate(m_today.addYears(-46)));
    q.addBindValue(sqlDate(m_today.addYears(-19)));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Candidate c;
        c.personId = q.value(0).toLongLong();
        c.siteId = q.value(1).toLongLong();
        c.birth = dateFrom(q.value(2));
        c.sex = enumFromKey<Sex>(q.value(3).toString()).value_or(Sex::Male);
        c.status = enumFromKey<PoliticalStatus>(q.value(4).toString()).value_or(PoliticalStatus::Masses);
        if (const auto it = index.constFind(c.siteId); it != index.constEnd()) {
            m_sites[*it].candidates.append(int(m_candidates.size()));
            m_candidates.append(c);
        }
    }
    return true;
}

qint64 DemoPartyRun::addOrganisation(party::OrganisationKind kind, const QString& name, qint64 parent,
                                     QDate founded, const QList<qint64>& sites)
{
    party::Organisation o;
    o.kind = kind;
    o.name = name;
    o.parentId = parent;
    o.foundingDate = founded;
    if (kind != party::OrganisationKind::Branch || m_random.percent(60)) {
        o.instructorName = cadreName(m_random.between(1965, 1990));
        o.instructorUnit = m_random.percent(50) ? QStringLiteral("县委组织部") : QStringLiteral("乡镇党委");
    }
    const qint64 id = m_writer.insertOrganisation(o);
    if (id == 0)
        return 0;
    ++m_counts.organisations;
    for (qint64 site : sites)
        if (!m_writer.coverSite(id, site, founded))
            return 0;
    if (o.isBranch()) {
        Branch branch;
        branch.id = id;
        branch.founded = founded;
        branch.lax = m_random.percent(10);
        m_branchIndex.insert(id, int(m_branches.size()));
        m_branches.append(branch);
    }
    return id;
}

bool DemoPartyRun::makeOrganisations()
{
    const QDate latestFounding = m_today.addDays(-420); // a year of meetings behind every branch
    QStringList counties;
    for (const SiteRow& s : m_sites)
        if (!counties.contains(s.countyCode))
            counties.append(s.countyCode);
    for (const QString& countyCode : counties) {
        const QDate committeeFounded =
            std::min(dayBetween(QDate(2017, 9, 1), QDate(2018, 6, 30)), latestFounding);
        const qint64 committee = addOrganisation(party::OrganisationKind::Committee,
                                                 ShaoyangPlaces::county(countyCode).name +
                                                     QStringLiteral("易地扶贫搬迁安置社区党委"),
                                                 0, committeeFounded, {});
        if (committee == 0)
            return false;
        const auto founding = [&](QDate moveIn) {
            return std::clamp(moveIn.addDays(m_random.between(30, 200)), committeeFounded, latestFounding);
        };
        QList<int> pool;
        QList<int> uncovered;
        QSet<int> forcedJoint;
        for (int i = 0; i < m_sites.size(); ++i) {
            SiteRow& site = m_sites[i];
            if (site.countyCode != countyCode)
                continue;
            int full = 0;
            int party = 0;
            for (int c : site.candidates) {
                full += m_candidates[c].status == PoliticalStatus::PartyMember ? 1 : 0;
                party += m_candidates[c].status == PoliticalStatus::PartyMember ||
                                 m_candidates[c].status == PoliticalStatus::ProbationaryMember
                             ? 1
                             : 0;
            }
            const bool qualifies = site.residents >= m_settings.ownBranchMinResidents &&
                                   full >= m_settings.ownBranchMinFullMembers;
            // The first site that qualifies for its own branch, and every eighth after it, is still in a
            // joint branch, and one small site in thirty in none: the review must have coverage to report.
            const bool breaksRule = qualifies && m_qualifyingSites++ % 8 == 0;
            if (breaksRule)
                forcedJoint.insert(i);
            if (qualifies && !breaksRule) {
                const QDate founded = founding(site.moveIn);
                if (party > 50) {
                    const qint64 general =
                        addOrganisation(party::OrganisationKind::GeneralBranch,
                                        site.name + QStringLiteral("党总支"), committee, founded, {site.id});
                    if (general == 0)
                        return false;
                    const int branches = (party + MaxBranchMembers - 1) / MaxBranchMembers;
                    for (int b = 1; b <= branches; ++b)
                        if (!addOrganisation(party::OrganisationKind::Branch,
                                             site.name + ordinal(b) + QStringLiteral("党支部"), general,
                                             founded, {site.id}))
                            return false;
                    site.organisationId = general;
                } else {
                    site.organisationId =
                        addOrganisation(party::OrganisationKind::Branch, site.name + QStringLiteral("党支部"),
                                        committee, founded, {site.id});
                    if (site.organisationId == 0)
                        return false;
                }
            } else if (!qualifies && site.residents > 0 && m_smallSites++ % 30 == 1) {
                uncovered.append(i);
            } else {
                pool.append(i);
            }
        }
        // Joint branches: neighbouring small sites together until a branch has enough full members; a site
        // kept out of its own branch on purpose goes first, so that it shares a branch.
        std::stable_partition(pool.begin(), pool.end(), [&](int i) { return forcedJoint.contains(i); });
        qint64 firstJoint = 0;
        for (int start = 0; start < pool.size();) {
            QList<int> chunk;
            int full = 0;
            bool forced = false;
            while (start < pool.size() && chunk.size() < 4 && (full < 5 || (forced && chunk.size() < 2))) {
                const int i = pool[start++];
                forced = forced || forcedJoint.contains(i);
                chunk.append(i);
                for (int c : m_sites[i].candidates)
                    full += m_candidates[c].status == PoliticalStatus::PartyMember ? 1 : 0;
            }
            QList<qint64> ids;
            QDate moveIn = m_sites[chunk.first()].moveIn;
            for (int i : chunk) {
                ids.append(m_sites[i].id);
                moveIn = std::max(moveIn, m_sites[i].moveIn);
            }
            const bool joint = chunk.size() > 1;
            const QString name = joint ? m_sites[chunk.first()].name +
                                             QStringLiteral("等%1个安置点联合党支部").arg(chunk.size())
                                       : m_sites[chunk.first()].name + QStringLiteral("党支部");
            const qint64 id = addOrganisation(joint ? party::OrganisationKind::JointBranch
                                                    : party::OrganisationKind::Branch,
                                              name, committee, founding(moveIn), ids);
            if (id == 0)
                return false;
            for (int i : chunk)
                m_sites[i].organisationId = id;
            if (firstJoint == 0)
                firstJoint = id;
        }
        // The residents of an uncovered site still belong to a branch: the county's first joint branch.
        for (int i : uncovered) {
            if (firstJoint == 0) {
                m_sites[i].organisationId = addOrganisation(
                    party::OrganisationKind::Branch, m_sites[i].name + QStringLiteral("党支部"), committee,
                    founding(m_sites[i].moveIn), {m_sites[i].id});
                if (m_sites[i].organisationId == 0)
                    return false;
            } else {
                m_sites[i].organisationId = firstJoint;
            }
        }
    }
    return true;
}

void DemoPartyRun::planFull(party::PartyMember& m, const Candidate& c)
{
    const QDate applied =
        dayBetween(std::max(c.birth.addYears(20), QDate(1975, 1, 1)), m_today.addMonths(-44));
    const QDate activist = applied.addMonths(m_random.between(1, 5));
    const QDate target = activist.addMonths(m_random.between(12, 16));
    const QDate admitted = target.addMonths(m_random.between(3, 9));
    m.stageHistory = {
        {0, party::StageEvent::Application, applied, {}, {}, 0, {}},
        {0, party::StageEvent::ApplicationTalk, applied.addDays(m_random.between(10, 25)), {}, {}, 0, {}},
        {0, party::StageEvent::Activist, activist, {}, {}, 0, {}},
        {0, party::StageEvent::DevelopmentTarget, target, {}, {}, 0, {}},
        {0, party::StageEvent::Admission, admitted, {}, {}, 0, {}}};
    if (m_random.percent(4))
        m.stageHistory.append(
            {0, party::StageEvent::ProbationExtension, admitted.addYears(1).addDays(-10), {}, {}, 6, {}});
    m.politicalReviewDate = admitted.addMonths(-1);
    m.trainingDays = 3;
    m.trainingHours = 24;
    const party::PartyMember sofar = m;
    m.stageHistory.append(
        {0, party::StageEvent::Conversion, party::PartyRules::probationEnds(sofar), {}, {}, 0, {}});
}

void DemoPartyRun::planProbationary(party::PartyMember& m, const Candidate& c)
{
    // By turn: one in four has the conversion due this month, one in four is overdue, the rest anywhere.
    const int turn = m_probationers++;
    const QDate monthEnd = party::PartyRules::monthEnd(m_today);
    QDate admitted = m_today.addDays(-m_random.between(20, 440));
    if (turn % 4 == 1)
        admitted = dayBetween(party::PartyRules::monthStart(m_today), monthEnd).addYears(-1);
    else if (turn % 4 == 2)
        admitted = party::PartyRules::monthStart(m_today).addYears(-1).addDays(-m_random.between(10, 90));
    const QDate target = admitted.addMonths(-m_random.between(3, 9));
    const QDate activist = target.addMonths(-m_random.between(12, 16));
    const QDate applied = activist.addMonths(-m_random.between(1, 5));
    m.stageHistory = {
        {0, party::StageEvent::Application, applied, {}, {}, 0, {}},
        {0, party::StageEvent::ApplicationTalk, applied.addDays(m_random.between(10, 25)), {}, {}, 0, {}},
        {0, party::StageEvent::Activist, activist, {}, {}, 0, {}},
        {0, party::StageEvent::DevelopmentTarget, target, {}, {}, 0, {}},
        {0, party::StageEvent::Admission, admitted, {}, {}, 0, {}}};
    // Some probations that ran out were extended; the others are conversions due or overdue.
    const QDate ends = party::PartyRules::probationEnds(admitted);
    if (turn % 4 == 3 && ends.addDays(10) < m_today && m_random.percent(50))
        m.stageHistory.append({0,
                               party::StageEvent::ProbationExtension,
                               ends.addDays(-7),
                               {},
                               {},
                               m_random.percent(70) ? 6 : 12,
                               {}});
    m.politicalReviewDate = admitted.addMonths(-1);
    m.trainingDays = 3;
    m.trainingHours = 24;
    // Someone admitted young applied at 18 at the earliest: the history moves later, and what would then
    // lie ahead is left out (they are still a development target).
    const QDate adult = c.birth.addYears(party::PartyRules::MinApplicationAge);
    if (applied < adult) {
        const qint64 shift = applied.daysTo(adult) + m_random.between(0, 30);
        QList<party::StageStep> moved;
        for (party::StageStep s : m.stageHistory) {
            s.date = s.date.addDays(shift);
            if (s.date <= m_today)
                moved.append(s);
        }
        m.stageHistory = moved;
        m.politicalReviewDate = m.politicalReviewDate.addDays(shift);
        if (m.politicalReviewDate > m_today)
            m.politicalReviewDate = {};
    }
}

bool DemoPartyRun::planDeveloping(party::PartyMember& m, const Candidate& c)
{
    static constexpr std::array<int, 4> weights = {35, 30, 20, 15};
    QDate applied;
    switch (m_random.weighted(weights)) {
    case 0: {
        applied = m_today.addDays(-m_random.between(0, 100));
        m.stageHistory = {{0, party::StageEvent::Application, applied, {}, {}, 0, {}}};
        if (applied.addMonths(1) <= m_today && m_random.percent(75))
            m.stageHistory.append({0,
                                   party::StageEvent::ApplicationTalk,
                                   applied.addDays(m_random.between(7, 28)),
                                   {},
                                   {},
                                   0,
                                   {}});
        break;
    }
    case 1: {
        const QDate activist = m_today.addDays(-m_random.between(30, 560));
        applied = activist.addMonths(-m_random.between(1, 5));
        m.stageHistory = {
            {0, party::StageEvent::Application, applied, {}, {}, 0, {}},
            {0, party::StageEvent::ApplicationTalk, applied.addDays(m_random.between(10, 25)), {}, {}, 0, {}},
            {0, party::StageEvent::Activist, activist, {}, {}, 0, {}}};
        break;
    }
    case 3:
        planProbationary(m, c);
        applied = m.stageHistory.first().date;
        break;
    default: {
        const QDate target = m_today.addDays(-m_random.between(20, 300));
        const QDate activist = target.addMonths(-m_random.between(12, 15));
        applied = activist.addMonths(-m_random.between(1, 5));
        m.stageHistory = {
            {0, party::StageEvent::Application, applied, {}, {}, 0, {}},
            {0, party::StageEvent::ApplicationTalk, applied.addDays(m_random.between(10, 25)), {}, {}, 0, {}},
            {0, party::StageEvent::Activist, activist, {}, {}, 0, {}},
            {0, party::StageEvent::DevelopmentTarget, target, {}, {}, 0, {}}};
        if (m_random.percent(60)) {
            m.politicalReviewDate = dayBetween(target, m_today);
            m.trainingHours = m_random.percent(80) ? 24 : 16;
        }
        break;
    }
    }
    return applied >= c.birth.addYears(party::PartyRules::MinApplicationAge);
}

party::DuesBasis DemoPartyRun::planDues(const Candidate& c)
{
    party::DuesBasis basis;
    const int age = c.birth.daysTo(m_today) / 365;
    static constexpr std::array<party::Fen, 3> farmerAmounts = {20, 50, 100};
    basis.category = party::DuesCategory::Farmer;
    basis.fixedAmount = farmerAmounts[m_random.between(0, 2)];
    if (age >= 60) {
        if (m_random.percent(35)) {
            basis.category = party::DuesCategory::Retired;
            basis.fixedAmount = 0;
            basis.monthlyIncome = party::Fen(m_random.between(150, 450)) * 1000;
        }
        return basis;
    }
    static constexpr std::array<int, 5> weights = {55, 25, 8, 7, 5};
    switch (m_random.weighted(weights)) {
    case 1:
        basis = {party::DuesCategory::Employed,
                 party::Fen(m_random.between(200, m_random.percent(3) ? 1500 : 900)) * 1000,
                 0,
                 {}};
        break;
    case 2:
        basis = {party::DuesCategory::LowIncome, 0, 0, {}};
        break;
    case 3:
        basis = {party::DuesCategory::Unemployed, 0, 0, {}};
        break;
    case 4:
        if (age < 25)
            basis = {party::DuesCategory::Student, 0, 0, {}};
        break;
    default:
        break;
    }
    return basis;
}

void DemoPartyRun::planState(party::PartyMember& m, qint64 organisationId, QDate branchFounded)
{
    const QDate start = std::max(m.stageHistory.first().date, branchFounded);
    m.stateHistory = {{0, party::MemberState::Normal, start, {}}};
    m.branchHistory = {{0, organisationId, {}, start, {}}};
    const bool party =
        m.stage == party::DevelopmentStage::Probationary || m.stage == party::DevelopmentStage::Full;
    const int index = int(m_members.size());
    // Transfers by turn rather than by chance, so that even a small demo has each kind.
    const int turn = party ? m_partyMembers++ : -1;
    const bool longAgo = m.stage == party::DevelopmentStage::Full && start < m_today.addDays(-760);
    if (party && longAgo && turn % 97 == 5) {
        const QDate out = dayBetween(m_today.addDays(-720), m_today.addDays(-60));
        m.stateHistory.append(
            {0, party::MemberState::TransferredOut, out, QStringLiteral("外出务工地党组织")});
        m.branchHistory.first().endDate = out;
        m_transferredOut.append(index);
    } else if (party && turn % 61 == 3) {
        m_pendingOut.append(index);
    } else if (party && longAgo && turn % 151 == 7) {
        const QDate out = dayBetween(m_today.addDays(-700), m_today.addDays(-400));
        const QDate back = out.addDays(m_random.between(120, 300));
        m.stateHistory.append(
            {0, party::MemberState::TransferredOut, out, QStringLiteral("外出务工地党组织")});
        m.stateHistory.append({0, party::MemberState::Normal, back, QStringLiteral("外出务工地党组织")});
        m.branchHistory.first().endDate = out;
        m.branchHistory.append({0, organisationId, {}, back, {}});
        m.duesFrom = std::max(m.duesFrom, party::PartyRules::monthStart(back));
        m_returned.append(index);
    } else if (party && m_random.percent(4)) {
        // 流动党员: gone to work elsewhere, still in this branch.
        m.stateHistory.append({0, party::MemberState::Mobile,
                               dayBetween(start.addDays(1), m_today.addDays(-30)),
                               QStringLiteral("外出务工")});
    }
    const party::MemberStateChange& last = m.stateHistory.last();
    m.state = last.state;
    m.stateDate = last.date;
    m.organisationId = organisationId;
}

bool DemoPartyRun::makeMembers()
{
    const QDate duesFrom = party::PartyRules::monthStart(m_today).addMonths(-12);
    for (const SiteRow& site : m_sites) {
        if (site.organisationId == 0)
            continue;
        // A 党总支's members are spread over its branches.
        QList<qint64> branchIds;
        if (!m_branchIndex.contains(site.organisationId)) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM party_organisations WHERE parent_id = ? ORDER BY id"));
            q.addBindValue(site.organisationId);
            if (q.exec())
                while (q.next())
                    branchIds.append(q.value(0).toLongLong());
        }
        if (branchIds.isEmpty())
            branchIds = {site.organisationId};
        int next = 0;
        for (int ci : site.candidates) {
            const Candidate& c = m_candidates[ci];
            const qint64 org = branchIds[next++ % branchIds.size()];
            const int bi = m_branchIndex.value(org, -1);
            party::PartyMember m;
            m.origin = party::MemberOrigin::Resident;
            m.personId = c.personId;
            m.birthDate = c.birth;
            m.sex = c.sex;
            if (c.status == PoliticalStatus::PartyMember)
                planFull(m, c);
            else if (c.status == PoliticalStatus::ProbationaryMember)
                planProbationary(m, c);
            else if (!planDeveloping(m, c))
                continue;
            for (const party::StageStep& s : m.stageHistory)
                m.stage = party::stageAfter(s.event, m.stage);
            m.stageDate = m.dateOf(party::eventEntering(m.stage));
            m.duesFrom = duesFrom;
            planState(m, org, bi >= 0 ? m_branches[bi].founded : m.stageHistory.first().date);
            m.dues = planDues(c);
            m.dues.fromMonth = m.duesFrom;
            m.id = m_writer.insertMember(m);
            if (m.id == 0)
                return false;
            ++m_counts.members;
            if (bi >= 0)
                m_branches[bi].members.append(int(m_members.size()));
            m_memberBranch.append(bi);
            m_members.append(m);
        }
    }
    return true;
}

bool DemoPartyRun::makeHelpersAndCommittees()
{
    for (Branch& branch : m_branches) {
        QList<qint64> full;
        for (int i : branch.members)
            if (m_members[i].stage == party::DevelopmentStage::Full &&
                m_members[i].state != party::MemberState::TransferredOut)
                full.append(m_members[i].id);
        if (full.size() >= m_settings.committeeMinFullMembers && m_random.percent(88)) {
            const int seats = m_random.between(3, 5);
            for (int s = 0; s < seats; ++s)
                if (!m_writer.seat(branch.id, full[s], branch.founded))
                    return false;
            branch.committee = true;
        }
        if (!full.isEmpty() && !m_writer.setSecretary(branch.id, full.first()))
            return false;
        if (full.size() < 2)
            continue;
        for (int i : branch.members) {
            party::PartyMember& m = m_members[i];
            if (m.stage == party::DevelopmentStage::Full || m.stage == party::DevelopmentStage::Applicant)
                continue;
            const int a = m_random.between(0, int(full.size()) - 1);
            const int b = (a + 1 + m_random.between(0, int(full.size()) - 2)) % int(full.size());
            m.mentor1Id = full[a];
            m.mentor2Id = full[b];
            if (m.stage == party::DevelopmentStage::Probationary ||
                (m.trainingHours > 0 && m_random.percent(80))) {
                m.sponsor1Id = full[b];
                m.sponsor2Id = full[a];
            }
            if (!m_writer.setHelpers(m))
                return false;
        }
    }
    return true;
}

} // namespace anju::demo

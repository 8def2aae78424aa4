#include "demo/DemoSafetyNet.h"

#include "database/SqlValues.h"

#include <QSet>

namespace anju::demo {

namespace {

constexpr qint64 Yuan = 100;

const char16_t* const ExemptionReasons[] = {u"家庭人均收入高于当地低保标准", u"本人自愿放弃申请",
                                            u"子女有赡养能力且已履行赡养义务", u"已享受其他同类保障"};

QString text(const char16_t* s)
{
    return QString::fromUtf16(s);
}

QDate laterOf(QDate a, QDate b)
{
    return !a.isValid() ? b : !b.isValid() ? a : std::max(a, b);
}

} // namespace

bool DemoSafetyNet::enrol(qint64 personId, const char* scheme, qint64 amount, bool oneOff, QDate from,
                          QDate to, const QString& endReason)
{
    if (to.isValid() && to < from)
        to = from;
    if (!m_writer.enrolment({personId, QString::fromLatin1(scheme), amount,
                             oneOff ? QStringLiteral("one_off") : QStringLiteral("monthly"), sqlDate(from),
                             sqlDate(to), to.isValid() ? endReason : QStringLiteral(""), QStringLiteral("")}))
        return false;
    ++m_counts.enrolments;
    return true;
}

bool DemoSafetyNet::exempt(qint64 personId, const QString& reason, QDate from, QDate to)
{
    if (!m_writer.exemption(personId, reason, from, to))
        return false;
    ++m_counts.exemptions;
    return true;
}

bool DemoSafetyNet::write(Random& random, const IncomeHousehold& h, const QList<CaseOutcome>& cases)
{
    QSet<qint64> covered; // enrolled in 低保 or 特困, or exempted, from an earlier case of the household
    const QString left = QStringLiteral("死亡或迁出");
    for (const CaseOutcome& c : cases) {
        QList<const IncomeMember*> weak;
        int present = 0;
        for (const IncomeMember& m : h.members) {
            if (!m.presentOn(c.discovered))
                continue;
            ++present;
            if (m.weakOrNoLabour() && !covered.contains(m.personId))
                weak.append(&m);
        }
        if (c.entered.isValid()) {
            const int plan = random.between(0, 99);
            for (const IncomeMember* m : std::as_const(weak)) {
                covered.insert(m->personId);
                if (plan < 80) {
                    // 全户保: the weak members from the review that found the need; most leave 低保 some
                    // weeks after the risk is eliminated.
                    const bool alone = present == 1 && m->ageOn(c.discovered) >= 60;
                    QDate to = m->until;
                    QString reason = left;
                    if (c.eliminated.isValid() && random.percent(60) &&
                        (!to.isValid() || to > c.eliminated)) {
                        to = std::min(c.eliminated.addDays(random.between(0, 60)), m_today);
                        reason = QStringLiteral("家庭人均收入超过低保标准，按程序退出");
                    }
                    if (!enrol(m->personId, alone ? "tekun" : "dibao",
                               (alone ? random.between(750, 980) : random.between(300, 550)) * Yuan, false,
                               c.discovered, to, reason))
                        return false;
                } else if (plan < 93) {
                    if (!exempt(m->personId, text(ExemptionReasons[random.between(0, 3)]), c.discovered, {}))
                        return false;
                }
                // else: neither (the 应兜尽兜 list names them)
            }
        } else if (c.declined.isValid() || !c.entered.isValid()) {
            // Reviewed for a flag: two in three weak members get the reason they are not enrolled.
            const bool recorded = random.percent(65);
            for (const IncomeMember* m : std::as_const(weak)) {
                if (!recorded)
                    continue;
                covered.insert(m->personId);
                const QDate until = c.discovered.addYears(1);
                if (!exempt(m->personId, QStringLiteral("经评议家庭收入达标，暂不纳入低保"), c.discovered,
                            until <= m_today ? until : QDate()))
                    return false;
            }
        }
        // 临时救助 after most sudden hardships, paid once to the household's first member.
        if (c.category == QLatin1String("sudden_hardship") && random.percent(60)) {
            const QDate paid = c.discovered.addDays(random.between(5, 25));
            for (const IncomeMember& m : h.members) {
                if (!m.presentOn(c.discovered))
                    continue;
                if (paid <= m_today &&
                    !enrol(m.personId, "temporary_relief", random.between(1000, 5000) * Yuan, true, paid,
                           paid, QStringLiteral("一次性救助")))
                    return false;
                break;
            }
        }
    }
    // Whatever the household's cases: 残疾人两项补贴 for the severely disabled, 特困 for many of the old who
    // live alone without labour, from before the demo's months or their arrival.
    int presentToday = 0;
    for (const IncomeMember& m : h.members)
        presentToday += m.presentOn(m_today) ? 1 : 0;
    for (const IncomeMember& m : h.members) {
        const QDate since = laterOf(laterOf(m.from, m.birth), m_first.addDays(-random.between(60, 900)));
        if (since > m_today || (m.until.isValid() && m.until <= since))
            continue;
        if (m.health == QLatin1String("disabled") &&
            (m.disabilityGrade <= 2 ? random.percent(85) : random.percent(25)) &&
            !enrol(m.personId, "disability_subsidy", (m.disabilityGrade <= 2 ? 140 : 70) * Yuan, false, since,
                   m.until, left))
            return false;
        if (presentToday == 1 && m.presentOn(m_today) && m.ageOn(m_today) >= 65 &&
            (m.labour == QLatin1String("lost") || m.labour == QLatin1String("none")) &&
            !covered.contains(m.personId) && random.percent(40) &&
            !enrol(m.personId, "tekun", random.between(750, 980) * Yuan, false, since, {}, left))
            return false;
    }
    return true;
}

} // namespace anju::demo

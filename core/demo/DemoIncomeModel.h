#pragma once

#include "demo/DemoRandom.h"
#include "income/IncomeSettings.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>

namespace anju::demo {

// The demo's 24 months, as DemoVisits counts them: the month of the demo's day and the 23 before.
constexpr int IncomeMonths = 24;

// One member of a household as the income model needs them: present from `from` (membership start or
// birth) until `until` (the day they died or moved; null while present).
struct IncomeMember
{
    qint64 personId = 0;
    QDate birth;
    QDate from;
    QDate until;
    QString labour; // labour_capacity: skilled, ordinary, weak, lost, none
    QString health; // healthy, chronic, serious, disabled
    int disabilityGrade = 0;
    bool inSchool = false;

    bool presentOn(QDate day) const
    {
        return birth <= day && (!from.isValid() || from <= day) && (!until.isValid() || until > day);
    }
    int ageOn(QDate day) const;
    bool weakOrNoLabour() const
    {
        return labour == QLatin1String("weak") || labour == QLatin1String("lost") ||
               labour == QLatin1String("none");
    }
};

// A household with what decides whether it is active at a month's end (the population section's rule).
struct IncomeHousehold
{
    qint64 id = 0;
    qint64 siteId = 0;
    QDate relocated; // null: counted from the start
    QDate leftOn;    // state_date when no longer active, else null
    QList<IncomeMember> members;

    bool activeOn(QDate day) const
    {
        return (!relocated.isValid() || relocated <= day) && (!leftOn.isValid() || leftOn > day);
    }
    int headcountOn(QDate day) const;
};

// How the household's income stands against the line over the months: most well above it, a few far
// below (taken into monitoring early), a few around it (crossing it downwards and back).
enum class IncomeTier
{
    Normal,
    Low,
    Marginal
};

enum CheckFlag : quint8
{
    FlagBelowLine = 1,
    FlagDrop = 2,
    FlagLargeExpense = 4
};

// One month's check as the demo writes it (money in fen), with the flags the shared rules give it.
struct DemoCheck
{
    bool present = false;
    QDate month;
    QDate checkedOn;
    int headcount = 0;
    qint64 wages = 0, business = 0, property = 0, transfers = 0, costs = 0;
    qint64 medical = 0, education = 0, disaster = 0, other = 0;
    qint64 perCapitaAnnual = 0;
    quint8 flags = 0;

    qint64 net() const { return wages + business + property + transfers - costs; }
};

struct HouseholdIncome
{
    IncomeTier tier = IncomeTier::Normal;
    int recoveredFrom = -1; // month index from which a low or marginal household is well above the line
    bool hasBusiness = false;
    std::array<DemoCheck, IncomeMonths> months;

    int lastFlagged() const;
};

// The flags of issue 18's shared definitions over one household's series (perCapitaAnnual, below the
// line, a drop against its recent checked months, a large expense), judged by income::IncomeRules on the
// demo's own rows so the monitoring cases can be made from the checks that flag.
class DemoIncomeFlags
{
public:
    explicit DemoIncomeFlags(const income::IncomeSettings& settings) : m_settings(settings) {}

    static qint64 perCapitaAnnual(qint64 net, int headcount);
    // Fills perCapitaAnnual and flags of every present month, in month order.
    void apply(std::array<DemoCheck, IncomeMonths>& months) const;

private:
    const income::IncomeSettings& m_settings;
};

// Draws a household's incomes, costs and expenses over the 24 months: wages of its working members that
// dip around the spring festival and rise after, business and harvest income up in September to November,
// steady transfers (pensions of the old, subsidies), the costs of the business, and now and then a large
// medical, education (September) or disaster (summer flood) expense. Deterministic for a given Random.
class DemoIncomeModel
{
public:
    DemoIncomeModel(const income::IncomeSettings& settings, QDate today);

    QDate firstMonth() const { return m_first; }
    QDate monthAt(int index) const { return m_first.addMonths(index); }
    // The month the flood hit `siteId`, per summer (none for most sites).
    void drawFloods(Random& random, const QList<qint64>& siteIds);
    HouseholdIncome draw(Random& random, const IncomeHousehold& household) const;

private:
    qint64 lineFor(int year) const;
    int wageSeason(QDate month) const; // per mille

    const income::IncomeSettings& m_settings;
    QDate m_today;
    QDate m_first;
    QHash<qint64, QList<QDate>> m_floods; // site → months of a flood
};

} // namespace anju::demo

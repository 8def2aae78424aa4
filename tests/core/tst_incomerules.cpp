// The rules of the monthly income check (the shared definitions of issue 18) without a database: the
// per-capita annual figure and its truncation, the line by year (carried over), each flag at its edge,
// the drop rule's window of months, the range warnings, and amounts as typed.
#include "income/IncomeRules.h"

#include <QTest>

using namespace anju;
using namespace anju::income;

namespace {

// Lines of 6,000 yuan from 2021 and 7,500 yuan from 2023; 2022 and 2024 carry the earlier year's.
IncomeSettings settings()
{
    IncomeSettings s = IncomeSettings::defaults();
    s.lines.clear();
    s.lines.insert(2021, {2021, 600000, QStringLiteral("国家")});
    s.lines.insert(2023, {2023, 750000, QStringLiteral("省")});
    s.dropMonths = 3;
    s.dropPercent = 30;
    s.largeExpense = 1000000; // 10,000 yuan
    return s;
}

// A check of twelve people whose net income is `pca`: (pca × 12) / 12 = pca, so the per-capita figure is
// set to the fen.
IncomeCheck withPerCapita(QDate month, Fen pca)
{
    IncomeCheck c;
    c.householdId = 1;
    c.month = month;
    c.checkedOn = month;
    c.headcount = 12;
    c.incomeWages = pca > 0 ? pca : 0;
    c.operatingCosts = pca < 0 ? -pca : 0;
    return c;
}

QList<MonthFigure> months(QDate month, const QList<std::pair<int, Fen>>& before)
{
    QList<MonthFigure> list;
    for (const auto& [monthsBefore, pca] : before)
        list.append({month.addMonths(-monthsBefore), pca});
    return list;
}

} // namespace

class TestIncomeRules : public QObject
{
    Q_OBJECT

private slots:
    void perCapitaAnnual_data()
    {
        QTest::addColumn<qlonglong>("net");
        QTest::addColumn<int>("headcount");
        QTest::addColumn<qlonglong>("expected");
        QTest::newRow("500 yuan a month, one person: 6,000 a year") << 50000LL << 1 << 600000LL;
        QTest::newRow("exact: 100 fen, three people") << 100LL << 3 << 400LL;
        QTest::newRow("truncated: 132 / 7 = 18.86") << 11LL << 7 << 18LL;
        QTest::newRow("negative truncated toward zero: -132 / 7 = -18") << -11LL << 7 << -18LL;
        QTest::newRow("negative exact") << -100LL << 4 << -300LL;
        QTest::newRow("zero net") << 0LL << 5 << 0LL;
        QTest::newRow("headcount 0: no figure") << 50000LL << 0 << 0LL;
        QTest::newRow("a large month stays exact") << 9999999999LL << 3 << 39999999996LL;
    }
    void perCapitaAnnual()
    {
        QFETCH(qlonglong, net);
        QFETCH(int, headcount);
        QFETCH(qlonglong, expected);
        QCOMPARE(IncomeRules::perCapitaAnnual(net, headcount), expected);
    }

    void netIsIncomeLessCosts()
    {
        IncomeCheck c;
        c.incomeWages = 100;
        c.incomeBusiness = 20;
        c.incomeProperty = 3;
        c.incomeTransfers = 4000;
        c.operatingCosts = 5000;
        c.expenseMedical = 999999; // expenditures do not lower the net income
        c.headcount = 1;
        QCOMPARE(c.income(), Fen(4123));
        QCOMPARE(c.net(), Fen(-877));
        QCOMPARE(IncomeRules::perCapitaAnnual(c), Fen(-877 * 12));
    }

    void lineByYear()
    {
        const IncomeSettings s = settings();
        QVERIFY(!s.lineFor(2020).has_value()); // before the first line: none
        QCOMPARE(s.lineFor(2021)->perPersonPerYear, Fen(600000));
        QCOMPARE(s.lineFor(2022)->perPersonPerYear, Fen(600000)); // carried over from 2021
        QCOMPARE(s.lineFor(2022)->year, 2021);
        QCOMPARE(s.lineFor(2023)->perPersonPerYear, Fen(750000));
        QCOMPARE(s.lineFor(2026)->perPersonPerYear, Fen(750000)); // carried over from 2023
        // A check of December 2022 is judged by 2021's line, one of January 2023 by 2023's.
        QVERIFY(!IncomeRules::flags(withPerCapita(QDate(2022, 12, 1), 600000), {}, s).belowLine);
        QVERIFY(IncomeRules::flags(withPerCapita(QDate(2023, 1, 1), 600000), {}, s).belowLine);
        QVERIFY(IncomeRules::flags(withPerCapita(QDate(2024, 6, 1), 749999), {}, s).belowLine);
        QVERIFY(!IncomeRules::flags(withPerCapita(QDate(2024, 6, 1), 750000), {}, s).belowLine);
        // No line for the year: never below, even at 0.
        QVERIFY(!IncomeRules::flags(withPerCapita(QDate(2020, 6, 1), 0), {}, s).belowLine);
    }

    void belowLineAtItsEdge()
    {
        QVERIFY(!IncomeRules::belowLine(600000, Fen(600000))); // equal is not below
        QVERIFY(IncomeRules::belowLine(599999, Fen(600000)));  // one fen under is
        QVERIFY(!IncomeRules::belowLine(600001, Fen(600000)));
        QVERIFY(!IncomeRules::belowLine(-5, std::nullopt));
        // Through the check: twelve people, net = the per-capita figure.
        const IncomeSettings s = settings();
        QVERIFY(!IncomeRules::flags(withPerCapita(QDate(2022, 3, 1), 600000), {}, s).belowLine);
        QVERIFY(IncomeRules::flags(withPerCapita(QDate(2022, 3, 1), 599999), {}, s).belowLine);
        // Truncation decides: 3 people, net 149999 fen → 1,799,988 / 3 = 599996 (below); net 150000 → 600000.
        IncomeCheck three = withPerCapita(QDate(2022, 3, 1), 0);
        three.headcount = 3;
        three.incomeWages = 150000;
        QVERIFY(!IncomeRules::flags(three, {}, s).belowLine);
        three.incomeWages = 149999;
        QCOMPARE(IncomeRules::perCapitaAnnual(three), Fen(599996));
        QVERIFY(IncomeRules::flags(three, {}, s).belowLine);
    }

    // Three earlier months of 100,000 fen: S = 300,000, N = 3, 30 %: a drop when pca × 300 < 21,000,000,
    // i.e. pca < 70,000.
    void dropAtItsEdge()
    {
        const QDate m(2024, 5, 1);
        const QList<MonthFigure> earlier = months(m, {{1, 100000}, {2, 100000}, {3, 100000}});
        QVERIFY(!IncomeRules::drop(m, 70000, earlier, 3, 30)); // exactly 30 % less: not more than 30 %
        QVERIFY(IncomeRules::drop(m, 69999, earlier, 3, 30));  // one fen under
        QVERIFY(!IncomeRules::drop(m, 70001, earlier, 3, 30));
        QVERIFY(IncomeRules::drop(m, -1, earlier, 3, 30));
        // Through the flags, with the settings' figures.
        QVERIFY(IncomeRules::flags(withPerCapita(m, 69999), earlier, settings()).drop);
        QVERIFY(!IncomeRules::flags(withPerCapita(m, 70000), earlier, settings()).drop);
        // An average that is not whole: 100,000 + 100,000 + 100,001 = 300,001; 300,001 × 70 = 21,000,070;
        // pca × 300 < that for pca ≤ 70,000 (21,000,000) — an average rounded first would say 70,000 is no
        // drop.
        const QList<MonthFigure> uneven = months(m, {{1, 100000}, {2, 100000}, {3, 100001}});
        QVERIFY(IncomeRules::drop(m, 70000, uneven, 3, 30));
        QVERIFY(!IncomeRules::drop(m, 70001, uneven, 3, 30)); // 21,000,300 is not under 21,000,070
    }

    void dropNeedsEnoughMonths()
    {
        const QDate m(2024, 5, 1);
        // Two earlier months only: no drop however low.
        QVERIFY(!IncomeRules::drop(m, -100000, months(m, {{1, 100000}, {2, 100000}}), 3, 30));
        QVERIFY(
            !IncomeRules::flags(withPerCapita(m, 0), months(m, {{1, 100000}, {2, 100000}}), settings()).drop);
        // None at all.
        QVERIFY(!IncomeRules::drop(m, 0, {}, 3, 30));
        // The third is 13 months before: outside [M−12, M−1].
        QVERIFY(!IncomeRules::drop(m, 0, months(m, {{1, 100000}, {2, 100000}, {13, 100000}}), 3, 30));
        // 12 months before is inside.
        QVERIFY(IncomeRules::drop(m, 0, months(m, {{1, 100000}, {2, 100000}, {12, 100000}}), 3, 30));
        // The month itself and later months are not "before".
        QVERIFY(!IncomeRules::drop(m, 0, months(m, {{1, 100000}, {2, 100000}, {0, 100000}}), 3, 30));
        QVERIFY(!IncomeRules::drop(m, 0, months(m, {{1, 100000}, {2, 100000}, {-1, 100000}}), 3, 30));
        // One month setting: one earlier month is enough.
        QVERIFY(IncomeRules::drop(m, 0, months(m, {{1, 100000}}), 1, 30));
    }

    void dropAcrossAYearEnd()
    {
        const QDate m(2024, 1, 1); // window: January 2023 .. December 2023
        QVERIFY(IncomeRules::drop(m, 0, months(m, {{1, 100000}, {6, 100000}, {12, 100000}}), 3, 30));
        QCOMPARE(m.addMonths(-12), QDate(2023, 1, 1));
        QVERIFY(!IncomeRules::drop(m, 0, months(m, {{1, 100000}, {6, 100000}, {13, 100000}}), 3, 30));
    }

    void dropWithAGapMonth()
    {
        const QDate m(2024, 5, 1);
        // Checked in April, February and December (March and January missing): the three most recent are
        // those, whatever the gaps.
        const QList<MonthFigure> gaps = months(m, {{1, 90000}, {3, 90000}, {5, 120000}});
        // S = 300,000: the edge is 70,000 as above.
        QVERIFY(!IncomeRules::drop(m, 70000, gaps, 3, 30));
        QVERIFY(IncomeRules::drop(m, 69999, gaps, 3, 30));
        // A fourth, older month is not taken: with it S would be 1,300,000 and 69,999 far below.
        QList<MonthFigure> four = gaps;
        four.append({m.addMonths(-7), 1000000});
        QVERIFY(!IncomeRules::drop(m, 70000, four, 3, 30));
        // The order they are given in does not matter.
        QList<MonthFigure> shuffled = {four.at(3), four.at(1), four.at(0), four.at(2)};
        QVERIFY(!IncomeRules::drop(m, 70000, shuffled, 3, 30));
        QVERIFY(IncomeRules::drop(m, 69999, shuffled, 3, 30));
    }

    void dropWithANegativeMonth()
    {
        const QDate m(2024, 5, 1);
        // S = 100,000 + 100,000 − 200,000 = 0: no drop (S must be over 0).
        QVERIFY(!IncomeRules::drop(m, -999999, months(m, {{1, 100000}, {2, 100000}, {3, -200000}}), 3, 30));
        // S < 0: no drop either.
        QVERIFY(!IncomeRules::drop(m, -999999, months(m, {{1, -1}, {2, -1}, {3, -1}}), 3, 30));
        // S = 150,000 + 150,000 − 30,000 = 270,000; 270,000 × 70 = 18,900,000: the edge is pca 63,000.
        const QList<MonthFigure> one = months(m, {{1, 150000}, {2, 150000}, {3, -30000}});
        QVERIFY(!IncomeRules::drop(m, 63000, one, 3, 30));
        QVERIFY(IncomeRules::drop(m, 62999, one, 3, 30));
    }

    void largeExpenseAtItsEdge()
    {
        const IncomeSettings s = settings();
        for (int kind = 0; kind < 4; ++kind) {
            IncomeCheck c = withPerCapita(QDate(2024, 5, 1), 1000000);
            Fen* cell = kind == 0   ? &c.expenseMedical
                        : kind == 1 ? &c.expenseEducation
                        : kind == 2 ? &c.expenseDisaster
                                    : &c.expenseOther;
            *cell = 1000000; // at the amount: not over it
            QVERIFY2(!IncomeRules::flags(c, {}, s).largeExpense, qPrintable(QString::number(kind)));
            *cell = 1000001; // one fen over
            QVERIFY2(IncomeRules::flags(c, {}, s).largeExpense, qPrintable(QString::number(kind)));
            QCOMPARE(c.largestExpense(), Fen(1000001));
        }
        // Two kinds each at the amount do not add up to a large one.
        IncomeCheck c = withPerCapita(QDate(2024, 5, 1), 1000000);
        c.expenseMedical = 1000000;
        c.expenseEducation = 1000000;
        QVERIFY(!IncomeRules::largeExpense(c, 1000000));
    }

    void flagsTogether()
    {
        const QDate m(2024, 5, 1);
        IncomeCheck c = withPerCapita(m, 10000);
        c.expenseDisaster = 2000000;
        const CheckFlags f =
            IncomeRules::flags(c, months(m, {{1, 900000}, {2, 900000}, {3, 900000}}), settings());
        QVERIFY(f.belowLine);
        QVERIFY(f.drop);
        QVERIFY(f.largeExpense);
        QVERIFY(f.any());
        QVERIFY(!IncomeRules::flags(withPerCapita(m, 900000), {}, settings()).any());
    }

    void warnings()
    {
        const IncomeSettings s = settings();
        const auto fieldsOf = [](const QList<RangeWarning>& list) {
            QStringList fields;
            for (const RangeWarning& w : list) {
                fields.append(w.field);
                if (w.message.isEmpty())
                    qFatal("a warning with no message");
            }
            return fields;
        };
        IncomeCheck c = withPerCapita(QDate(2024, 5, 1), 100000);
        c.headcount = 3;
        QVERIFY(IncomeRules::warnings(c, s, 3).isEmpty());
        c.operatingCosts = 100001; // net −1
        QCOMPARE(fieldsOf(IncomeRules::warnings(c, s)),
                 QStringList{QLatin1String(Field::IncomeOperatingCosts)});
        QVERIFY(IncomeRules::warnings(c, s).first().message.contains(QStringLiteral("-0.01")));
        c.operatingCosts = 0;
        c.headcount = 0;
        QCOMPARE(fieldsOf(IncomeRules::warnings(c, s)), QStringList{QLatin1String(Field::IncomeHeadcount)});
        c.headcount = 21;
        QCOMPARE(fieldsOf(IncomeRules::warnings(c, s)), QStringList{QLatin1String(Field::IncomeHeadcount)});
        c.headcount = 4;
        QCOMPARE(fieldsOf(IncomeRules::warnings(c, s, 3)),
                 QStringList{QLatin1String(Field::IncomeHeadcount)});
        QVERIFY(IncomeRules::warnings(c, s, -1).isEmpty());
        c.incomeTransfers = IncomeRules::SanityAmount; // at the bound: no warning
        QVERIFY(IncomeRules::warnings(c, s).isEmpty());
        c.incomeTransfers = IncomeRules::SanityAmount + 1;
        QCOMPARE(fieldsOf(IncomeRules::warnings(c, s)), QStringList{QLatin1String(Field::IncomeTransfers)});
        c.incomeTransfers = 0;
        c.expenseMedical = s.largeExpense + 1; // a large expense is warned about as it is typed
        QCOMPARE(fieldsOf(IncomeRules::warnings(c, s)),
                 QStringList{QLatin1String(Field::IncomeExpenseMedical)});
        c.expenseMedical = s.largeExpense;
        QVERIFY(IncomeRules::warnings(c, s).isEmpty());
    }

    void amountsAsTyped()
    {
        QCOMPARE(IncomeRules::fenFromYuan(QStringLiteral("1234.56")), std::optional<Fen>(123456));
        QCOMPARE(IncomeRules::fenFromYuan(QStringLiteral(" 1,234.5 ")), std::optional<Fen>(123450));
        QCOMPARE(IncomeRules::fenFromYuan(QStringLiteral("1234")), std::optional<Fen>(123400));
        QCOMPARE(IncomeRules::fenFromYuan(QStringLiteral("0.07")), std::optional<Fen>(7));
        QCOMPARE(IncomeRules::fenFromYuan(QStringLiteral("-3.1")), std::optional<Fen>(-310));
        QVERIFY(!IncomeRules::fenFromYuan(QStringLiteral("1.234")).has_value());
        QVERIFY(!IncomeRules::fenFromYuan(QStringLiteral("abc")).has_value());
        QVERIFY(!IncomeRules::fenFromYuan(QString()).has_value());
        QCOMPARE(IncomeRules::yuanText(123456), QStringLiteral("1234.56"));
        QCOMPARE(IncomeRules::yuanText(-7), QStringLiteral("-0.07"));
        QCOMPARE(IncomeRules::yuanText(0), QStringLiteral("0.00"));
        QCOMPARE(IncomeRules::monthFromText(QStringLiteral("2026-11")), QDate(2026, 11, 1));
        QVERIFY(!IncomeRules::monthFromText(QStringLiteral("2026-13")).isValid());
        QVERIFY(!IncomeRules::monthFromText(QStringLiteral("2026-11-05")).isValid());
    }

    // A typed headcount is 1 to 99 people: 0 is refused with its reason, not taken as "the members on
    // file" (the grid used to put the default back without a word).
    void headcountAsTyped()
    {
        QCOMPARE(IncomeRules::headcountFromText(QStringLiteral("4")).value(), 4);
        QCOMPARE(IncomeRules::headcountFromText(QStringLiteral(" 4人 ")).value(), 4);
        QCOMPARE(IncomeRules::headcountFromText(QStringLiteral("99")).value(), 99);
        for (const QString& refused : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("100"),
                                       QStringLiteral("two"), QString()}) {
            const Result<int> read = IncomeRules::headcountFromText(refused);
            QVERIFY2(!read, qPrintable(refused));
            QCOMPARE(read.violations().value(0).field, QLatin1String(Field::IncomeHeadcount));
        }
        QVERIFY(IncomeRules::headcountFromText(QStringLiteral("0"))
                    .summary()
                    .contains(QStringLiteral("0 people")));
        QVERIFY(!IncomeRules::checkTypedHeadcount(0));
        QVERIFY(!IncomeRules::checkTypedHeadcount(-3));
        QVERIFY(IncomeRules::checkTypedHeadcount(1));
    }
};

QTEST_GUILESS_MAIN(TestIncomeRules)
#include "tst_incomerules.moc"

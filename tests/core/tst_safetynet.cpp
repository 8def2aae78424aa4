// The safety net 兜底保障 on both engines: the rules of an enrolment at their edges (the scheme list, the
// dates, the amount, one holding enrolment per scheme and person with the day of a change shared by
// nobody), a new amount as an ended row and a new one, ending with a reason, exemptions, the lists with
// their totals, and the refusals with their reasons (permission, site, a person who moved away).
#include "Refusal.h"
#include "SafetyNetFixtures.h"
#include "TestDatabase.h"

#include "income/SafetyNetRepository.h"
#include "income/SafetyNetRules.h"
#include "income/SafetyNetService.h"

#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::income;

namespace {

SafetyNetEnrolment draft(qint64 personId, const QString& scheme, Fen amount, QDate from, QDate to = {})
{
    SafetyNetEnrolment e;
    e.personId = personId;
    e.scheme = scheme;
    e.amount = amount;
    e.validFrom = from;
    e.validTo = to;
    return e;
}

const QString Dibao = QStringLiteral("dibao");
const QString Tekun = QStringLiteral("tekun");
const QString Relief = QStringLiteral("temporary_relief");

} // namespace

class TestSafetyNet : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<SafetyNetFixtures> m_fixtures;
    qint64 m_person = 0, m_second = 0;

    Database& db() { return m_test->db(); }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fixtures = std::make_unique<SafetyNetFixtures>(*m_test);
        QList<qint64> ids;
        m_fixtures->household({{QStringLiteral("张老汉"), LabourCapacity::Lost},
                               {QStringLiteral("张小妹"), LabourCapacity::None}},
                              &ids);
        m_person = ids.at(0);
        m_second = ids.at(1);
    }
    void cleanup()
    {
        m_fixtures.reset();
        m_test.reset();
    }

    void overlapSharesADayOnlyWhenBothHoldIt()
    {
        const QDate a(2024, 1, 1), b(2024, 3, 1);
        // [Jan 1, Mar 1) and [Mar 1, …): the day of the change belongs to the later row only.
        QVERIFY(!SafetyNetRules::overlap(a, b, b, {}));
        QVERIFY(SafetyNetRules::overlap(a, b, b.addDays(-1), {}));
        QVERIFY(SafetyNetRules::overlap(a, {}, QDate(2030, 1, 1), {}));
        QVERIFY(!SafetyNetRules::overlap(b, {}, a, b));
        // A one-off row has no length and shares no day, even on its own day.
        QVERIFY(!SafetyNetRules::overlap(b, b, a, {}));
    }

    void theRulesRefuseWithTheirReasons()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        QVERIFY(SafetyNetRules::checkEnrolment(draft(1, Dibao, 1, QDate(2024, 1, 1)), s, {}));
        QVERIFY_REFUSED(SafetyNetRules::checkEnrolment(
                            draft(1, QStringLiteral("wubao"), 50000, QDate(2024, 1, 1)), s, {}),
                        QStringLiteral("not a scheme of the office's list"));
        QVERIFY_REFUSED(SafetyNetRules::checkEnrolment(draft(1, Dibao, 0, QDate(2024, 1, 1)), s, {}),
                        QStringLiteral("monthly amount, more than 0"));
        QVERIFY_REFUSED(SafetyNetRules::checkEnrolment(draft(1, Dibao, 100, {}), s, {}),
                        QStringLiteral("day the enrolment begins"));
        // Ending on the day it begins is a row of no length, allowed; a day before is refused.
        QVERIFY(SafetyNetRules::checkEnrolment(draft(1, Dibao, 100, QDate(2024, 1, 2), QDate(2024, 1, 2)), s,
                                               {}));
        QVERIFY_REFUSED(
            SafetyNetRules::checkEnrolment(draft(1, Dibao, 100, QDate(2024, 1, 2), QDate(2024, 1, 1)), s, {}),
            QStringLiteral("cannot end before it begins"));

        SafetyNetEnrolment held = draft(1, Dibao, 100, QDate(2024, 1, 1));
        held.id = 7;
        held.validFrom = QDate(2024, 1, 1);
        QVERIFY_REFUSED(SafetyNetRules::checkEnd(held, QDate(2024, 1, 1), QStringLiteral("收入超标")),
                        QStringLiteral("only end after the day it began"));
        QVERIFY(SafetyNetRules::checkEnd(held, QDate(2024, 1, 2), QStringLiteral("收入超标")));
        QVERIFY_REFUSED(SafetyNetRules::checkEnd(held, QDate(2024, 1, 2), QStringLiteral("  ")),
                        QStringLiteral("Say why the enrolment ends"));
        QVERIFY_REFUSED(SafetyNetRules::checkAmountChange(held, 100, QDate(2024, 2, 1)),
                        QStringLiteral("same as the current one"));
        QVERIFY_REFUSED(SafetyNetRules::checkAmountChange(held, 200, QDate(2024, 1, 1)),
                        QStringLiteral("from a day after 2024-01-01"));
        QVERIFY(SafetyNetRules::checkAmountChange(held, 200, QDate(2024, 1, 2)));

        SafetyNetExemption x;
        x.personId = 1;
        x.validFrom = QDate(2024, 1, 1);
        QVERIFY_REFUSED(SafetyNetRules::checkExemption(x),
                        QStringLiteral("Say why the person is not enrolled"));
        x.reason = QStringLiteral("子女赡养");
        QVERIFY(SafetyNetRules::checkExemption(x));
        x.validTo = x.validFrom;
        QVERIFY_REFUSED(SafetyNetRules::checkExemption(x),
                        QStringLiteral("must end after the day it begins"));
    }

    void oneHoldingEnrolmentPerSchemeAndPerson()
    {
        SafetyNetService service(db());
        const auto first = service.enrol(draft(m_person, Dibao, 58000, QDate(2024, 1, 1), QDate(2024, 7, 1)));
        QVERIFY2(first, qPrintable(first.summary()));
        QCOMPARE(first.value().amountKind, AmountKind::Monthly);
        // Overlapping by one day (June 30) is refused, starting on the end day (July 1) is not.
        QVERIFY_REFUSED(
            service.enrol(draft(m_person, Dibao, 60000, QDate(2024, 6, 30))),
            QStringLiteral("already enrolled in 最低生活保障（低保） from 2024-01-01 to 2024-06-30"));
        QVERIFY(service.enrol(draft(m_person, Dibao, 60000, QDate(2024, 7, 1))));
        QVERIFY_REFUSED(service.enrol(draft(m_person, Dibao, 60000, QDate(2023, 12, 1))),
                        QStringLiteral("already enrolled"));
        // Another scheme for the same person, and the same scheme for another person, are fine.
        QVERIFY(service.enrol(draft(m_person, Tekun, 70000, QDate(2024, 3, 1))));
        QVERIFY(service.enrol(draft(m_second, Dibao, 40000, QDate(2024, 3, 1))));
        QVERIFY_REFUSED(service.enrol(draft(m_person, QStringLiteral("wubao"), 100, QDate(2024, 3, 1))),
                        QStringLiteral("not a scheme"));
        // One-off relief may be paid twice on one day; it is a row of no length.
        SafetyNetEnrolment relief = draft(m_person, Relief, 200000, QDate(2024, 5, 20));
        relief.amountKind = AmountKind::OneOff;
        const auto paid = service.enrol(relief);
        QVERIFY2(paid, qPrintable(paid.summary()));
        QCOMPARE(paid.value().validTo, QDate(2024, 5, 20));
        QVERIFY(service.enrol(relief));
        QVERIFY_REFUSED(service.end(paid.value().id, QDate(2024, 6, 1), QStringLiteral("x"), 1),
                        QStringLiteral("nothing to end"));
    }

    void aNewAmountEndsTheRowAndStartsTheNext()
    {
        SafetyNetService service(db());
        const auto enrolled = service.enrol(draft(m_person, Dibao, 58000, QDate(2024, 1, 1)));
        QVERIFY(enrolled);
        QVERIFY_REFUSED(service.changeAmount(enrolled.value().id, 62000, QDate(2024, 4, 1), 2),
                        QStringLiteral("Someone else changed this enrolment"));
        const auto changed = service.changeAmount(enrolled.value().id, 62000, QDate(2024, 4, 1), 1);
        QVERIFY2(changed, qPrintable(changed.summary()));
        QCOMPARE(changed.value().amount, Fen(62000));
        QCOMPARE(changed.value().validFrom, QDate(2024, 4, 1));
        QVERIFY(!changed.value().validTo.isValid());

        SafetyNetRepository repository(db());
        const auto history = repository.historyOf(m_person);
        QVERIFY(history);
        QCOMPARE(history.value().enrolments.size(), 2);
        QCOMPARE(history.value().enrolments.at(0).validTo, QDate(2024, 4, 1));
        QCOMPARE(SafetyNetRules::endReasonText(history.value().enrolments.at(0).endReason),
                 QStringLiteral("Amount changed"));
        // March 31 pays the old amount, April 1 the new one; each day one row.
        const auto march = repository.enrolledOn(QDate(2024, 3, 31));
        QCOMPARE(march.value().size(), 1);
        QCOMPARE(march.value().first().enrolment.amount, Fen(58000));
        const auto april = repository.enrolledOn(QDate(2024, 4, 1));
        QCOMPARE(april.value().size(), 1);
        QCOMPARE(april.value().first().enrolment.amount, Fen(62000));
        QCOMPARE(april.value().first().personName, QStringLiteral("张老汉"));

        // Ending: the reason is required; the list no longer holds it from the end day.
        const qint64 id = changed.value().id;
        QVERIFY_REFUSED(service.end(id, QDate(2024, 9, 1), QString(), 1), QStringLiteral("Say why"));
        const auto ended = service.end(id, QDate(2024, 9, 1), QStringLiteral("家庭收入超过低保标准"), 1);
        QVERIFY2(ended, qPrintable(ended.summary()));
        QCOMPARE(ended.value().endReason, QStringLiteral("家庭收入超过低保标准"));
        QCOMPARE(repository.enrolledOn(QDate(2024, 8, 31)).value().size(), 1);
        QVERIFY(repository.enrolledOn(QDate(2024, 9, 1)).value().isEmpty());
        // After the end, a change of amount is refused with the end date.
        QVERIFY_REFUSED(service.changeAmount(id, 65000, QDate(2024, 9, 1), 2),
                        QStringLiteral("ends on 2024-09-01"));
    }

    void theListsFilterAndTotalByScheme()
    {
        SafetyNetService service(db());
        QVERIFY(service.enrol(draft(m_person, Dibao, 58000, QDate(2024, 1, 1))));
        QVERIFY(service.enrol(draft(m_second, Dibao, 40000, QDate(2024, 2, 1))));
        QVERIFY(service.enrol(draft(m_person, Tekun, 70000, QDate(2024, 3, 1))));
        SafetyNetEnrolment relief = draft(m_second, Relief, 200000, QDate(2024, 3, 10));
        relief.amountKind = AmountKind::OneOff;
        QVERIFY(service.enrol(relief));

        SafetyNetRepository repository(db());
        // March 15: both in 低保, one in 特困, the relief paid on March 10 of the month.
        const auto rows = repository.enrolledOn(QDate(2024, 3, 15));
        QVERIFY2(rows, qPrintable(rows.summary()));
        QCOMPARE(rows.value().size(), 4);
        const QList<SchemeTotal> totals = SafetyNetRules::totals(rows.value(), IncomeSettings::load(db()));
        QCOMPARE(totals.size(), 4); // every scheme of the list, in key order
        QCOMPARE(totals.at(0).scheme, Dibao);
        QCOMPARE(totals.at(0).people, 2);
        QCOMPARE(totals.at(0).monthly, Fen(98000));
        QCOMPARE(totals.at(1).scheme, QStringLiteral("disability_subsidy"));
        QCOMPARE(totals.at(1).people, 0);
        QCOMPARE(totals.at(2).scheme, Tekun);
        QCOMPARE(totals.at(2).monthly, Fen(70000));
        QCOMPARE(totals.at(3).oneOff, Fen(200000));
        // The relief belongs to March: on April 1 it is not in the list, on March 9 not yet.
        QCOMPARE(repository.enrolledOn(QDate(2024, 4, 1)).value().size(), 3);
        QCOMPARE(repository.enrolledOn(QDate(2024, 3, 9)).value().size(), 3);
        // Filters: a scheme; another site.
        QCOMPARE(repository.enrolledOn(QDate(2024, 3, 15), {0, Tekun}).value().size(), 1);
        QCOMPARE(repository.enrolledOn(QDate(2024, 3, 15), {m_test->siteId() + 100, {}}).value().size(), 0);
    }

    void exemptionsHoldFromTheirDayAndEnd()
    {
        SafetyNetService service(db());
        SafetyNetExemption x;
        x.personId = m_second;
        x.validFrom = QDate(2024, 2, 1);
        QVERIFY_REFUSED(service.exempt(x), QStringLiteral("Say why"));
        x.reason = QStringLiteral("子女赡养，收入超过低保标准");
        const auto saved = service.exempt(x);
        QVERIFY2(saved, qPrintable(saved.summary()));
        SafetyNetRepository repository(db());
        QVERIFY(repository.exemptionsOn(QDate(2024, 1, 31)).value().isEmpty());
        QCOMPARE(repository.exemptionsOn(QDate(2024, 2, 1)).value().size(), 1);
        QCOMPARE(repository.exemptionsOn(QDate(2024, 2, 1)).value().first().personName,
                 QStringLiteral("张小妹"));
        QVERIFY_REFUSED(service.endExemption(saved.value().id, QDate(2024, 2, 1)),
                        QStringLiteral("only end after"));
        QVERIFY(service.endExemption(saved.value().id, QDate(2024, 6, 1)));
        QVERIFY(repository.exemptionsOn(QDate(2024, 6, 1)).value().isEmpty());
        QCOMPARE(repository.historyOf(m_second).value().exemptions.size(), 1);
    }

    void refusedForTheRoleTheSiteAndAPersonWhoMovedAway()
    {
        // The person moved away on June 1: an enrolment from that day is refused, an earlier one recorded
        // late is not.
        QVERIFY(registry::RegistryService(db()).moveOut(m_second, QDate(2024, 6, 1)));
        SafetyNetService service(db());
        QVERIFY_REFUSED(service.enrol(draft(m_second, Dibao, 40000, QDate(2024, 6, 1))),
                        QStringLiteral("moved away on 2024-06-01"));
        QVERIFY(service.enrol(draft(m_second, Dibao, 40000, QDate(2024, 1, 1), QDate(2024, 6, 1))));
        QVERIFY_REFUSED(service.enrol(draft(999999, Dibao, 40000, QDate(2024, 1, 1))),
                        QStringLiteral("not on file"));

        // The secretary may neither read nor write the safety net; a clerk of another site may not write
        // here.
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(SafetyNetRepository(db()).enrolledOn(QDate(2024, 3, 1)), QStringLiteral("may not"));
        QVERIFY_REFUSED(service.enrol(draft(m_person, Dibao, 1, QDate(2024, 1, 1))),
                        QStringLiteral("may not"));
        m_test->logInAs(Role::Clerk, {m_test->siteId() + 100});
        QVERIFY_REFUSED(service.enrol(draft(m_person, Dibao, 1, QDate(2024, 1, 1))),
                        QStringLiteral("works on other sites"));
        // …and sees nothing of this site in the office's list.
        const auto scoped =
            SafetyNetRepository(db()).enrolledOn(QDate(2024, 3, 1), {m_test->siteId() + 100, {}});
        QVERIFY2(scoped, qPrintable(scoped.summary()));
        QVERIFY(scoped.value().isEmpty());
        m_test->logInAs(Role::Clerk, {m_test->siteId()});
        QVERIFY(service.enrol(draft(m_person, Dibao, 1, QDate(2024, 1, 1))));
    }
};

QTEST_GUILESS_MAIN(TestSafetyNet)
#include "tst_safetynet.moc"

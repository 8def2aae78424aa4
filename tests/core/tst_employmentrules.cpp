// The rules of employment 就业 with no database, at their edges (dates worked out by hand): what each
// channel must name and may not name, the first day and the end (exclusive), the age on the first day with
// a 29 February birthday, a person who moved away, the place open on the first day and at the person's
// site, a post's capacity over the whole job (a holder leaving the day it begins, one arriving later), one
// person twice in one workshop, ending a job and changing its income, closing a place, a batch, wishes,
// absence reasons and support payments.
#include "Refusal.h"

#include "work/EmploymentRules.h"

#include <QTest>

using namespace anju;
using namespace anju::work;

namespace {

constexpr qint64 Site = 1;
constexpr qint64 OtherSite = 2;

// Refused, and on this field.
bool refusedOn(const Outcome& outcome, const char* key)
{
    return !outcome.ok() && !outcome.messageFor(QString::fromLatin1(key)).isEmpty();
}

PersonOnFile person(QDate birth = QDate(1980, 5, 1))
{
    PersonOnFile p;
    p.personId = 7;
    p.siteId = Site;
    p.name = QStringLiteral("李四");
    p.birthDate = birth;
    return p;
}

Employment job(Channel channel, QDate from, QDate to = {})
{
    Employment e;
    e.personId = 7;
    e.channel = channel;
    e.startedOn = from;
    e.endedOn = to;
    e.monthlyIncome = 300000;
    return e;
}

JobContext context(const PersonOnFile& p = person())
{
    JobContext c;
    c.person = p;
    c.today = QDate(2024, 6, 1);
    return c;
}

Employment holder(qint64 id, qint64 personId, QDate from, QDate to = {})
{
    Employment e = job(Channel::PublicPost, from, to);
    e.id = id;
    e.personId = personId;
    e.postId = 5;
    return e;
}

} // namespace

class TestEmploymentRules : public QObject
{
    Q_OBJECT

private slots:
    void overlapSharesADayOnlyWhenBothHoldIt()
    {
        const QDate a(2024, 1, 1), b(2024, 3, 1);
        QVERIFY(!EmploymentRules::overlap(a, b, b, {})); // the day one ends is the other's first
        QVERIFY(EmploymentRules::overlap(a, b, b.addDays(-1), {}));
        QVERIFY(EmploymentRules::overlap(a, {}, QDate(2030, 1, 1), {}));
        QVERIFY(!EmploymentRules::overlap(b, b, a, {})); // no days
    }

    void eachChannelNamesWhatItNeedsAndNothingElse()
    {
        const QDate day(2024, 3, 1);
        Employment away = job(Channel::LabourExport, day);
        QVERIFY(refusedOn(EmploymentRules::checkJob(away, context()), Field::EmploymentProvince));
        away.destinationProvince = QStringLiteral("广东");
        QVERIFY(EmploymentRules::checkJob(away, context()));

        Employment workshop = job(Channel::Workshop, day);
        QVERIFY(refusedOn(EmploymentRules::checkJob(workshop, context()), Field::EmploymentWorkshop));
        Employment post = job(Channel::PublicPost, day);
        QVERIFY(refusedOn(EmploymentRules::checkJob(post, context()), Field::EmploymentPost));
        Employment relief = job(Channel::WorkRelief, day);
        QVERIFY_REFUSED(EmploymentRules::checkJob(relief, context()),
                        QStringLiteral("work-for-relief project"));
        relief.place = QStringLiteral("  ");
        QVERIFY(refusedOn(EmploymentRules::checkJob(relief, context()), Field::EmploymentPlace));
        relief.place = QStringLiteral("通组路硬化");
        QVERIFY(EmploymentRules::checkJob(relief, context()));
        Employment park = job(Channel::Park, day);
        QVERIFY(refusedOn(EmploymentRules::checkJob(park, context()), Field::EmploymentPlace));
        QVERIFY(EmploymentRules::checkJob(job(Channel::Flexible, day), context()));
        QVERIFY(EmploymentRules::checkJob(job(Channel::SelfEmployed, day), context()));

        // A reference another channel names is refused on its own field.
        Employment flexible = job(Channel::Flexible, day);
        flexible.brokerId = 3;
        QVERIFY(refusedOn(EmploymentRules::checkJob(flexible, context()), Field::EmploymentBroker));
        flexible.brokerId = 0;
        flexible.postId = 3;
        QVERIFY(refusedOn(EmploymentRules::checkJob(flexible, context()), Field::EmploymentPost));
        relief.workshopId = 3;
        QVERIFY(refusedOn(EmploymentRules::checkJob(relief, context()), Field::EmploymentWorkshop));
        relief.workshopId = 0;
        relief.batchId = 3;
        QVERIFY(refusedOn(EmploymentRules::checkJob(relief, context()), Field::EmploymentBatch));
    }

    void theDatesTheAgeAndTheIncome()
    {
        Employment e = job(Channel::Flexible, QDate(2024, 3, 1), QDate(2024, 3, 1));
        QVERIFY(refusedOn(EmploymentRules::checkJob(e, context()), Field::EmploymentEnd)); // no day worked
        e.endedOn = QDate(2024, 3, 2);
        QVERIFY(EmploymentRules::checkJob(e, context())); // one day: 1 March
        e.startedOn = {};
        QVERIFY(refusedOn(EmploymentRules::checkJob(e, context()), Field::EmploymentStart));
        e = job(Channel::Flexible, QDate(2024, 6, 1).addDays(EmploymentRules::MaxDaysAhead));
        QVERIFY(EmploymentRules::checkJob(e, context()));
        e.startedOn = e.startedOn.addDays(1);
        QVERIFY(refusedOn(EmploymentRules::checkJob(e, context()), Field::EmploymentStart));
        e = job(Channel::Flexible, QDate(2024, 3, 1));
        e.monthlyIncome = -1;
        QVERIFY(refusedOn(EmploymentRules::checkJob(e, context()), Field::EmploymentIncome));
        e.monthlyIncome = 0; // unpaid family work is still work
        QVERIFY(EmploymentRules::checkJob(e, context()));

        // Born 29 February 2008: 16 on 1 March 2024 (2024 is a leap year: on 29 February itself).
        const PersonOnFile young = person(QDate(2008, 2, 29));
        QVERIFY_REFUSED(EmploymentRules::checkJob(job(Channel::Flexible, QDate(2024, 2, 28)), context(young)),
                        QStringLiteral("under 16"));
        QVERIFY(EmploymentRules::checkJob(job(Channel::Flexible, QDate(2024, 2, 29)), context(young)));
    }

    void aPersonWhoMovedAwayOrIsNotOnFile()
    {
        PersonOnFile moved = person();
        moved.active = false;
        moved.stateDate = QDate(2024, 6, 1);
        // On file up to the day before the move.
        QVERIFY(EmploymentRules::checkJob(job(Channel::Flexible, QDate(2024, 5, 31)), context(moved)));
        QVERIFY_REFUSED(EmploymentRules::checkJob(job(Channel::Flexible, QDate(2024, 6, 1)), context(moved)),
                        QStringLiteral("moved away on 2024-06-01"));
        moved.died = true;
        QVERIFY_REFUSED(EmploymentRules::checkJob(job(Channel::Flexible, QDate(2024, 6, 1)), context(moved)),
                        QStringLiteral("died on 2024-06-01"));
        JobContext nobody = context();
        nobody.person.reset();
        QVERIFY(refusedOn(EmploymentRules::checkJob(job(Channel::Flexible, QDate(2024, 6, 1)), nobody),
                          Field::EmploymentPerson));
    }

    void theWorkshopOpenOnTheFirstDayAndAtThePersonsSite()
    {
        JobContext c = context();
        Workshop w;
        w.id = 4;
        w.siteId = Site;
        w.name = QStringLiteral("扶贫车间");
        w.openedOn = QDate(2024, 3, 1);
        w.closedOn = QDate(2024, 9, 1);
        c.workshop = w;
        Employment e = job(Channel::Workshop, QDate(2024, 2, 29));
        e.workshopId = 4;
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("not open on 2024-02-29"));
        e.startedOn = QDate(2024, 3, 1);
        QVERIFY(EmploymentRules::checkJob(e, c));
        e.startedOn = QDate(2024, 9, 1); // its first day closed
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("not open on 2024-09-01"));
        e.startedOn = QDate(2024, 8, 31);
        QVERIFY(EmploymentRules::checkJob(e, c));
        c.workshop->siteId = OtherSite;
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("at another site"));
        c.workshop.reset();
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("workshop is not on file"));

        // The same person twice in one workshop at once; a second job elsewhere is allowed.
        c.workshop = w;
        Employment earlier = job(Channel::Workshop, QDate(2024, 3, 1), QDate(2024, 5, 1));
        earlier.id = 11;
        earlier.workshopId = 4;
        c.personJobs = {earlier};
        e.startedOn = QDate(2024, 4, 30);
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c),
                        QStringLiteral("already works there from 2024-03-01 to "
                                       "2024-04-30"));
        e.startedOn = QDate(2024, 5, 1);
        QVERIFY(EmploymentRules::checkJob(e, c));
        earlier.workshopId = 9;
        earlier.channel = Channel::Workshop;
        c.personJobs = {earlier};
        e.startedOn = QDate(2024, 4, 1);
        QVERIFY(EmploymentRules::checkJob(e, c));
    }

    void aPostsCapacityOverTheWholeJob()
    {
        JobContext c = context();
        PublicPost post;
        post.id = 5;
        post.siteId = Site;
        post.name = QStringLiteral("保洁员");
        post.capacity = 1;
        post.openedOn = QDate(2023, 1, 1);
        c.post = post;
        Employment e = job(Channel::PublicPost, QDate(2024, 3, 1));
        e.postId = 5;
        // The holder leaves on 1 March, the first day of the new job: there is room.
        c.postHolders = {holder(21, 8, QDate(2023, 1, 1), QDate(2024, 3, 1))};
        QVERIFY(EmploymentRules::checkJob(e, c));
        c.postHolders = {holder(21, 8, QDate(2023, 1, 1), QDate(2024, 3, 2))};
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c),
                        QStringLiteral("takes 1 people and 1 already hold it"));
        // Someone arriving later, while the new job would still hold, fills the place too.
        c.postHolders = {holder(22, 8, QDate(2024, 7, 1))};
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("takes 1 people"));
        e.endedOn = QDate(2024, 7, 1); // …but not a job that ends before they arrive
        QVERIFY(EmploymentRules::checkJob(e, c));
        QCOMPARE(EmploymentRules::mostHoldersDuring({holder(1, 8, QDate(2024, 1, 1), QDate(2024, 4, 1)),
                                                     holder(2, 9, QDate(2024, 3, 1)),
                                                     holder(3, 10, QDate(2024, 5, 1))},
                                                    QDate(2024, 2, 1), {}),
                 2);
        post.capacity = 2;
        c.post = post;
        c.postHolders = {holder(21, 8, QDate(2023, 1, 1))};
        e.endedOn = {};
        QVERIFY(EmploymentRules::checkJob(e, c));
        c.post->closedOn = QDate(2024, 3, 1);
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("not open on 2024-03-01"));
    }

    void brokersAndBatches()
    {
        JobContext c = context();
        LabourBroker broker;
        broker.id = 3;
        broker.name = QStringLiteral("王经纪");
        broker.validFrom = QDate(2024, 1, 1);
        broker.validTo = QDate(2024, 6, 1);
        c.broker = broker; // siteId 0: the whole office's, for every site
        Employment e = job(Channel::LabourExport, QDate(2024, 5, 31));
        e.destinationProvince = QStringLiteral("浙江");
        e.brokerId = 3;
        QVERIFY(EmploymentRules::checkJob(e, c));
        e.startedOn = QDate(2024, 6, 1);
        QVERIFY(refusedOn(EmploymentRules::checkJob(e, c), Field::EmploymentBroker));
        c.broker->validTo = {};
        c.broker->siteId = OtherSite;
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("serves another site"));

        TransportBatch batch;
        batch.id = 6;
        batch.siteId = Site;
        batch.departedOn = QDate(2024, 2, 18);
        c.batch = batch;
        c.broker.reset();
        e.brokerId = 0;
        e.batchId = 6;
        e.startedOn = QDate(2024, 2, 17);
        QVERIFY_REFUSED(EmploymentRules::checkJob(e, c), QStringLiteral("before the transport batch left"));
        e.startedOn = QDate(2024, 2, 18);
        QVERIFY(EmploymentRules::checkJob(e, c));

        batch.destinationProvince = QStringLiteral("广东");
        batch.headcount = 2;
        QVERIFY(EmploymentRules::checkBatch(batch, 2));
        QVERIFY(refusedOn(EmploymentRules::checkBatch(batch, 3), Field::BatchHeadcount));
        QVERIFY(refusedOn(EmploymentRules::checkBatch(batch, 0), Field::BatchPeople));
        batch.destinationProvince.clear();
        QVERIFY(refusedOn(EmploymentRules::checkBatch(batch, 2), Field::BatchProvince));
    }

    void endingAJobAndChangingItsIncome()
    {
        Employment e = job(Channel::Flexible, QDate(2024, 3, 1));
        e.id = 1;
        QVERIFY(refusedOn(EmploymentRules::checkJobEnd(e, QDate(2024, 3, 1), QStringLiteral("合同到期")),
                          Field::EmploymentEnd));
        QVERIFY(EmploymentRules::checkJobEnd(e, QDate(2024, 3, 2), QStringLiteral("合同到期")));
        QVERIFY(refusedOn(EmploymentRules::checkJobEnd(e, QDate(2024, 3, 2), QStringLiteral(" ")),
                          Field::EmploymentEndReason));
        e.endedOn = QDate(2024, 5, 1);
        QVERIFY_REFUSED(EmploymentRules::checkJobEnd(e, QDate(2024, 5, 1), QStringLiteral("x")),
                        QStringLiteral("already ends on 2024-05-01"));
        QVERIFY(EmploymentRules::checkJobEnd(e, QDate(2024, 4, 30), QStringLiteral("x"))); // earlier: a fix

        QVERIFY_REFUSED(EmploymentRules::checkIncomeChange(e, 300000, QDate(2024, 4, 1)),
                        QStringLiteral("same as the current one"));
        QVERIFY(refusedOn(EmploymentRules::checkIncomeChange(e, 350000, QDate(2024, 3, 1)),
                          Field::EmploymentStart));
        QVERIFY(EmploymentRules::checkIncomeChange(e, 350000, QDate(2024, 3, 2)));
        QVERIFY(EmploymentRules::checkIncomeChange(e, 350000, QDate(2024, 4, 30)));
        QVERIFY_REFUSED(EmploymentRules::checkIncomeChange(e, 350000, QDate(2024, 5, 1)),
                        QStringLiteral("before the new income would apply"));
        QVERIFY(
            refusedOn(EmploymentRules::checkIncomeChange(e, -1, QDate(2024, 4, 1)), Field::EmploymentIncome));
        QCOMPARE(EmploymentRules::endReasonText(QString::fromLatin1(IncomeChangedReason)),
                 QStringLiteral("Income changed"));
        QCOMPARE(EmploymentRules::endReasonText(QStringLiteral("返乡")), QStringLiteral("返乡"));
    }

    void placesAndClosing()
    {
        Workshop w;
        w.siteId = Site;
        w.name = QStringLiteral("车间");
        w.openedOn = QDate(2024, 1, 1);
        QVERIFY(EmploymentRules::checkWorkshop(w));
        w.closedOn = w.openedOn;
        QVERIFY(refusedOn(EmploymentRules::checkWorkshop(w), Field::WorkshopClosed));
        w.siteId = 0;
        QVERIFY(refusedOn(EmploymentRules::checkWorkshop(w), Field::WorkshopSite));

        PublicPost p;
        p.siteId = Site;
        p.name = QStringLiteral("护林员");
        p.openedOn = QDate(2024, 1, 1);
        p.capacity = 0;
        QVERIFY(refusedOn(EmploymentRules::checkPost(p), Field::PostCapacity));
        p.capacity = 1;
        p.monthlyPay = -1;
        QVERIFY(refusedOn(EmploymentRules::checkPost(p), Field::PostPay));

        LabourBroker b;
        b.validFrom = QDate(2024, 1, 1);
        QVERIFY(refusedOn(EmploymentRules::checkBroker(b), Field::BrokerName));

        const QString key = QString::fromLatin1(Field::PostClosed);
        QVERIFY(EmploymentRules::checkClose(key, QDate(2024, 1, 1), {}, QDate(2024, 1, 2), 0));
        QVERIFY(!EmploymentRules::checkClose(key, QDate(2024, 1, 1), {}, QDate(2024, 1, 1), 0));
        QVERIFY_REFUSED(EmploymentRules::checkClose(key, QDate(2024, 1, 1), {}, QDate(2024, 6, 1), 2),
                        QStringLiteral("still hold on 2024-06-01"));
        QVERIFY_REFUSED(
            EmploymentRules::checkClose(key, QDate(2024, 1, 1), QDate(2024, 5, 1), QDate(2024, 6, 1), 0),
            QStringLiteral("already closes on 2024-05-01"));
    }

    void wishesAndAbsenceReasons()
    {
        Wish w;
        w.personId = 7;
        w.recordedOn = QDate(2024, 3, 1);
        QVERIFY(EmploymentRules::checkWish(w, person()));
        QVERIFY(refusedOn(EmploymentRules::checkWish(w, std::nullopt), Field::WishPerson));
        w.id = 1;
        QVERIFY(
            EmploymentRules::checkWishClose(w, QDate(2024, 3, 1), QStringLiteral("已安排培训"))); // same day
        QVERIFY(refusedOn(EmploymentRules::checkWishClose(w, QDate(2024, 2, 29), QStringLiteral("x")),
                          Field::WishClosed));
        QVERIFY(refusedOn(EmploymentRules::checkWishClose(w, QDate(2024, 3, 2), {}), Field::WishCloseReason));
        w.closedOn = QDate(2024, 3, 5);
        QVERIFY_REFUSED(EmploymentRules::checkWishClose(w, QDate(2024, 3, 6), QStringLiteral("x")),
                        QStringLiteral("already closed"));

        Absence a;
        a.personId = 7;
        a.reason = AbsenceReason::Ill;
        a.validFrom = QDate(2024, 3, 1);
        QVERIFY(EmploymentRules::checkAbsence(a, person()));
        a.validTo = a.validFrom;
        QVERIFY(refusedOn(EmploymentRules::checkAbsence(a, person()), Field::AbsenceTo));
        a.validTo = {};
        a.reason = AbsenceReason::Other;
        QVERIFY(refusedOn(EmploymentRules::checkAbsence(a, person()), Field::AbsenceNote));
        QVERIFY(!EmploymentRules::checkAbsenceEnd(a, QDate(2024, 3, 1)));
        QVERIFY(EmploymentRules::checkAbsenceEnd(a, QDate(2024, 3, 2)));
    }

    void supportPayments()
    {
        SupportPayment y;
        y.personId = 7;
        y.kind = SupportKind::EmploymentAward;
        y.month = QDate(2024, 2, 1);
        y.amount = 50000;
        y.paidOn = QDate(2024, 3, 10);
        QVERIFY(EmploymentRules::checkPayment(y, person(), {}, {}, false));
        QVERIFY(refusedOn(EmploymentRules::checkPayment(y, person(), {}, {}, true), Field::SupportMonth));
        y.month = QDate(2024, 2, 29);
        QVERIFY(refusedOn(EmploymentRules::checkPayment(y, person(), {}, {}, false), Field::SupportMonth));
        y.month = QDate(2024, 2, 1);
        y.amount = 0;
        QVERIFY(refusedOn(EmploymentRules::checkPayment(y, person(), {}, {}, false), Field::SupportAmount));
        y.amount = 1;
        y.employmentId = 4;
        QVERIFY(refusedOn(EmploymentRules::checkPayment(y, person(), std::nullopt, {}, false),
                          Field::SupportEmployment));
        Employment other = job(Channel::Flexible, QDate(2024, 1, 1));
        other.id = 4;
        other.personId = 8;
        QVERIFY_REFUSED(EmploymentRules::checkPayment(y, person(), other, {}, false),
                        QStringLiteral("job is another person's"));
        other.personId = 7;
        QVERIFY(EmploymentRules::checkPayment(y, person(), other, {}, false));
        y.attendanceId = 9;
        QVERIFY(refusedOn(EmploymentRules::checkPayment(y, person(), other, qint64(8), false),
                          Field::SupportAttendance));
        QVERIFY(EmploymentRules::checkPayment(y, person(), other, qint64(7), false));
    }

    void placeNamesForTheLists()
    {
        Employment e = job(Channel::LabourExport, QDate(2024, 2, 18));
        e.destinationProvince = QStringLiteral("广东");
        e.destinationCity = QStringLiteral("东莞");
        QCOMPARE(EmploymentRules::placeName(e, {}, {}, {}, {}), QStringLiteral("广东 东莞"));
        QCOMPARE(EmploymentRules::placeName(e, {}, {}, {}, QDate(2024, 2, 18)),
                 QStringLiteral("Batch of 2024-02-18 → 广东 东莞"));
        e.channel = Channel::Workshop;
        QCOMPARE(EmploymentRules::placeName(e, QStringLiteral("车间"), {}, {}, {}), QStringLiteral("车间"));
        e.channel = Channel::Park;
        e.place = QStringLiteral("景区");
        QCOMPARE(EmploymentRules::placeName(e, {}, {}, {}, {}), QStringLiteral("景区"));
    }
};

QTEST_GUILESS_MAIN(TestEmploymentRules)
#include "tst_employmentrules.moc"

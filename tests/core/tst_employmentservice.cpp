// Employment 就业 through its service and repository on both engines: a person in two channels at once
// (counted in each list, once in the history), a job overlapping itself in one workshop, a post's capacity
// with a holder leaving and another arriving, a new income as an ended row and a new one, a person who moved
// away, a transport batch refused whole (each bad person named, nothing written) and then recorded, places
// closed only when their jobs have ended, wishes, absence reasons and support payments, the lists' filters
// and search, row_version, and the refusals for the secretary and a clerk of another site.
#include "Refusal.h"
#include "SafetyNetFixtures.h"
#include "TestDatabase.h"

#include "registry/RegistryService.h"
#include "registry/SiteService.h"
#include "work/EmploymentRepository.h"
#include "work/EmploymentService.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::work;

namespace {

Employment draft(qint64 personId, Channel channel, QDate from)
{
    Employment e;
    e.personId = personId;
    e.channel = channel;
    e.startedOn = from;
    e.monthlyIncome = 250000;
    return e;
}

} // namespace

class TestEmploymentService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<SafetyNetFixtures> m_fixtures;
    qint64 m_wang = 0, m_wife = 0, m_li = 0, m_zhao = 0;
    qint64 m_otherSite = 0;
    Workshop m_workshop;
    PublicPost m_post;

    Database& db() { return m_test->db(); }

    int count(const QString& table)
    {
        QSqlQuery q(db().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

    QList<EmploymentRow> jobsOn(QDate day, std::optional<Channel> channel = {}, const QString& search = {})
    {
        EmploymentFilter filter;
        filter.holdingOn = day;
        filter.channel = channel;
        filter.search = search;
        const auto rows = EmploymentRepository(db()).jobs(filter);
        if (!rows)
            qWarning("%s", qPrintable(rows.summary()));
        return rows ? rows.value() : QList<EmploymentRow>{};
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fixtures = std::make_unique<SafetyNetFixtures>(*m_test);
        QList<qint64> ids;
        m_fixtures->household({{QStringLiteral("王大山"), LabourCapacity::Ordinary},
                               {QStringLiteral("刘小梅"), LabourCapacity::Weak}},
                              &ids);
        m_wang = ids.at(0);
        m_wife = ids.at(1);
        m_fixtures->household({{QStringLiteral("李强"), LabourCapacity::Ordinary}}, &ids);
        m_li = ids.at(0);
        m_fixtures->household({{QStringLiteral("赵六"), LabourCapacity::Skilled}}, &ids);
        m_zhao = ids.at(0);

        Site other;
        other.code = QStringLiteral("430524002");
        other.name = QStringLiteral("另一安置点");
        other.countyCode = QStringLiteral("430524");
        other.township = QStringLiteral("桃洪镇");
        other.moveInDate = QDate(2019, 6, 1);
        const auto site = registry::SiteService(db()).saveSite(other);
        QVERIFY2(site, qPrintable(site.summary()));
        m_otherSite = site.value().id;

        EmploymentService service(db());
        Workshop w;
        w.siteId = m_test->siteId();
        w.name = QStringLiteral("鞋业帮扶车间");
        w.capacity = 40;
        w.openedOn = QDate(2023, 1, 1);
        const auto workshop = service.createWorkshop(w);
        QVERIFY2(workshop, qPrintable(workshop.summary()));
        m_workshop = workshop.value();
        PublicPost p;
        p.siteId = m_test->siteId();
        p.kind = PostKind::CleaningGreening;
        p.name = QStringLiteral("小区保洁");
        p.capacity = 1;
        p.monthlyPay = 80000;
        p.openedOn = QDate(2023, 1, 1);
        const auto post = service.createPost(p);
        QVERIFY2(post, qPrintable(post.summary()));
        m_post = post.value();
    }
    void cleanup()
    {
        m_fixtures.reset();
        m_test.reset();
    }

    void aPersonInTwoChannels()
    {
        EmploymentService service(db());
        Employment inWorkshop = draft(m_wife, Channel::Workshop, QDate(2024, 3, 1));
        inWorkshop.workshopId = m_workshop.id;
        const auto first = service.recordJob(inWorkshop);
        QVERIFY2(first, qPrintable(first.summary()));
        Employment onPost = draft(m_wife, Channel::PublicPost, QDate(2024, 4, 1));
        onPost.postId = m_post.id;
        onPost.monthlyIncome = 80000;
        const auto second = service.recordJob(onPost);
        QVERIFY2(second, qPrintable(second.summary()));

        // On 1 April she holds both: two rows, one per channel; on 31 March only the workshop.
        const QList<EmploymentRow> rows = jobsOn(QDate(2024, 4, 1));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).person.name, QStringLiteral("刘小梅"));
        QCOMPARE(rows.at(0).person.labourCapacity, QStringLiteral("weak"));
        QCOMPARE(jobsOn(QDate(2024, 4, 1), Channel::PublicPost).size(), 1);
        QCOMPARE(jobsOn(QDate(2024, 4, 1), Channel::PublicPost).at(0).placeName, QStringLiteral("小区保洁"));
        QCOMPARE(jobsOn(QDate(2024, 4, 1), Channel::Workshop).at(0).placeName,
                 QStringLiteral("鞋业帮扶车间"));
        QCOMPARE(jobsOn(QDate(2024, 3, 31)).size(), 1);
        QCOMPARE(jobsOn(QDate(2024, 2, 29)).size(), 0);
        EmploymentFilter all;
        QCOMPARE(EmploymentRepository(db()).countJobs(all).value(), 2);
        all.channel = Channel::LabourExport;
        QCOMPARE(EmploymentRepository(db()).countJobs(all).value(), 0);

        const auto history = EmploymentRepository(db()).historyOf(m_wife);
        QVERIFY2(history, qPrintable(history.summary()));
        QCOMPARE(history.value().jobs.size(), 2);
        QCOMPARE(history.value().person.siteId, m_test->siteId());

        // The post's holders on the day, the workshop's count.
        PlaceFilter places;
        places.openOn = QDate(2024, 4, 1);
        const auto posts = EmploymentRepository(db()).posts(places);
        QVERIFY2(posts, qPrintable(posts.summary()));
        QCOMPARE(posts.value().size(), 1);
        QCOMPARE(posts.value().at(0).holders.size(), 1);
        QCOMPARE(posts.value().at(0).holders.at(0).personId, m_wife);
        QCOMPARE(EmploymentRepository(db()).workshops(places).value().at(0).holders, 1);
    }

    void overlappingJobsAndANewIncome()
    {
        EmploymentService service(db());
        Employment e = draft(m_wang, Channel::Workshop, QDate(2024, 3, 1));
        e.workshopId = m_workshop.id;
        const auto saved = service.recordJob(e);
        QVERIFY2(saved, qPrintable(saved.summary()));
        e.startedOn = QDate(2024, 5, 1);
        QVERIFY_REFUSED(service.recordJob(e), QStringLiteral("already works there since 2024-03-01"));
        // Flexible work beside the workshop is another job, allowed.
        QVERIFY(service.recordJob(draft(m_wang, Channel::Flexible, QDate(2024, 5, 1))));

        // A stale row_version is refused; the current one ends the job on 1 June.
        QVERIFY_REFUSED(service.endJob(saved.value().id, QDate(2024, 6, 1), QStringLiteral("工厂停工"),
                                       saved.value().rowVersion + 1),
                        QStringLiteral("Someone else changed"));
        const auto changed =
            service.changeIncome(saved.value().id, 320000, QDate(2024, 4, 1), saved.value().rowVersion);
        QVERIFY2(changed, qPrintable(changed.summary()));
        QCOMPARE(changed.value().startedOn, QDate(2024, 4, 1));
        QCOMPARE(changed.value().monthlyIncome, Fen(320000));
        QCOMPARE(changed.value().workshopId, m_workshop.id);
        const auto old = EmploymentRepository(db()).job(saved.value().id);
        QCOMPARE(old->endedOn, QDate(2024, 4, 1));
        QCOMPARE(old->endReason, QString::fromLatin1(IncomeChangedReason));
        // The day of the change belongs to the new row only.
        QCOMPARE(jobsOn(QDate(2024, 3, 31), Channel::Workshop).at(0).employment.monthlyIncome, Fen(250000));
        QCOMPARE(jobsOn(QDate(2024, 4, 1), Channel::Workshop).size(), 1);
        QCOMPARE(jobsOn(QDate(2024, 4, 1), Channel::Workshop).at(0).employment.monthlyIncome, Fen(320000));

        const auto ended = service.endJob(changed.value().id, QDate(2024, 6, 1), QStringLiteral("工厂停工"),
                                          changed.value().rowVersion);
        QVERIFY2(ended, qPrintable(ended.summary()));
        QCOMPARE(jobsOn(QDate(2024, 6, 1), Channel::Workshop).size(), 0);
        e.startedOn = QDate(2024, 6, 1);
        QVERIFY(service.recordJob(e)); // back from the day the last one ended
    }

    void aPostsCapacityAndClosingIt()
    {
        EmploymentService service(db());
        Employment li = draft(m_li, Channel::PublicPost, QDate(2024, 1, 1));
        li.postId = m_post.id;
        const auto held = service.recordJob(li);
        QVERIFY2(held, qPrintable(held.summary()));
        Employment zhao = draft(m_zhao, Channel::PublicPost, QDate(2024, 3, 1));
        zhao.postId = m_post.id;
        QVERIFY_REFUSED(service.recordJob(zhao), QStringLiteral("takes 1 people and 1 already hold it"));
        QVERIFY(service.endJob(held.value().id, QDate(2024, 3, 1), QStringLiteral("转岗"),
                               held.value().rowVersion));
        const auto next = service.recordJob(zhao);
        QVERIFY2(next, qPrintable(next.summary()));

        // Closing the post while 赵六 holds it is refused; after his job ends it closes.
        QVERIFY_REFUSED(service.closePost(m_post.id, QDate(2024, 6, 1), m_post.rowVersion),
                        QStringLiteral("still hold on 2024-06-01"));
        QVERIFY(service.endJob(next.value().id, QDate(2024, 6, 1), QStringLiteral("岗位撤销"),
                               next.value().rowVersion));
        const auto closed = service.closePost(m_post.id, QDate(2024, 6, 1), m_post.rowVersion);
        QVERIFY2(closed, qPrintable(closed.summary()));
        Employment late = draft(m_wang, Channel::PublicPost, QDate(2024, 6, 1));
        late.postId = m_post.id;
        QVERIFY_REFUSED(service.recordJob(late), QStringLiteral("not open on 2024-06-01"));
    }

    void aPlaceOfAnotherSiteAndAPersonWhoMovedAway()
    {
        EmploymentService service(db());
        Workshop far;
        far.siteId = m_otherSite;
        far.name = QStringLiteral("别处车间");
        far.openedOn = QDate(2023, 1, 1);
        const auto workshop = service.createWorkshop(far);
        QVERIFY2(workshop, qPrintable(workshop.summary()));
        Employment e = draft(m_li, Channel::Workshop, QDate(2024, 3, 1));
        e.workshopId = workshop.value().id;
        QVERIFY_REFUSED(service.recordJob(e), QStringLiteral("at another site"));

        QVERIFY(registry::RegistryService(db()).moveOut(m_li, QDate(2024, 6, 1)));
        QVERIFY_REFUSED(service.recordJob(draft(m_li, Channel::Flexible, QDate(2024, 6, 1))),
                        QStringLiteral("moved away on 2024-06-01"));
        QVERIFY(service.recordJob(draft(m_li, Channel::Flexible, QDate(2024, 5, 31))));
        QVERIFY_REFUSED(service.recordJob(draft(999999, Channel::Flexible, QDate(2024, 5, 31))),
                        QStringLiteral("Choose a person on file"));
    }

    void theBatchIsRefusedWholeThenRecorded()
    {
        EmploymentService service(db());
        QVERIFY(registry::RegistryService(db()).moveOut(m_zhao, QDate(2024, 2, 1)));
        BatchDraft batch;
        batch.batch.siteId = m_test->siteId();
        batch.batch.departedOn = QDate(2024, 2, 18);
        batch.batch.destinationProvince = QStringLiteral("广东");
        batch.batch.destinationCity = QStringLiteral("东莞");
        batch.batch.headcount = 45;
        batch.employer = QStringLiteral("东莞某电子厂");
        batch.personIds = {m_wang, m_zhao, m_li, m_li, 999999};
        const auto refused = service.recordBatch(batch);
        QVERIFY(!refused);
        // Each bad person named on their own row; the good ones are not.
        QVERIFY(
            refused.messageFor(QString::fromLatin1(Field::BatchPeople), 1).contains(QStringLiteral("赵六")));
        QVERIFY(refused.messageFor(QString::fromLatin1(Field::BatchPeople), 1)
                    .contains(QStringLiteral("moved away")));
        QVERIFY(refused.messageFor(QString::fromLatin1(Field::BatchPeople), 3)
                    .contains(QStringLiteral("listed twice")));
        QVERIFY(!refused.messageFor(QString::fromLatin1(Field::BatchPeople), 4).isEmpty());
        QVERIFY(refused.messageFor(QString::fromLatin1(Field::BatchPeople), 0).isEmpty());
        QVERIFY(refused.messageFor(QString::fromLatin1(Field::BatchPeople), 2).isEmpty());
        QCOMPARE(count(QStringLiteral("work_transport_batches")), 0);
        QCOMPARE(count(QStringLiteral("employments")), 0);

        batch.personIds = {m_wang, m_li};
        const auto recorded = service.recordBatch(batch);
        QVERIFY2(recorded, qPrintable(recorded.summary()));
        QCOMPARE(recorded.value().jobs.size(), 2);
        QCOMPARE(recorded.value().jobs.at(0).batchId, recorded.value().batch.id);
        QCOMPARE(recorded.value().jobs.at(0).destinationProvince, QStringLiteral("广东"));
        QCOMPARE(recorded.value().jobs.at(0).channel, Channel::LabourExport);
        const QList<EmploymentRow> rows = jobsOn(QDate(2024, 2, 18), Channel::LabourExport);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).placeName.contains(QStringLiteral("东莞")));
        const auto batches = EmploymentRepository(db()).batches();
        QVERIFY2(batches, qPrintable(batches.summary()));
        QCOMPARE(batches.value().at(0).people.size(), 2);
        // 王大山 is away: a second batch the next week does not carry him again.
        batch.batch.departedOn = QDate(2024, 2, 25);
        batch.personIds = {m_wang};
        QVERIFY_REFUSED(service.recordBatch(batch), QStringLiteral("already works away since 2024-02-18"));
        QCOMPARE(count(QStringLiteral("work_transport_batches")), 1);
    }

    void wishesAbsencesAndPayments()
    {
        EmploymentService service(db());
        Wish w;
        w.personId = m_wife;
        w.kind = WishKind::Training;
        w.detail = QStringLiteral("家政");
        w.recordedOn = QDate(2024, 1, 10);
        const auto wish = service.recordWish(w);
        QVERIFY2(wish, qPrintable(wish.summary()));
        WishFilter open;
        open.openOn = QDate(2024, 2, 1);
        open.kind = WishKind::Training;
        QCOMPARE(EmploymentRepository(db()).wishes(open).value().size(), 1);
        QVERIFY(service.closeWish(wish.value().id, QDate(2024, 3, 1), QStringLiteral("已参加家政培训"),
                                  wish.value().rowVersion));
        open.openOn = QDate(2024, 3, 1);
        QCOMPARE(EmploymentRepository(db()).wishes(open).value().size(), 0);

        Absence a;
        a.personId = m_li;
        a.reason = AbsenceReason::Caring;
        a.validFrom = QDate(2024, 1, 1);
        const auto absence = service.recordAbsence(a);
        QVERIFY2(absence, qPrintable(absence.summary()));
        AbsenceFilter holding;
        holding.holdingOn = QDate(2024, 5, 1);
        QCOMPARE(EmploymentRepository(db()).absences(holding).value().size(), 1);
        QVERIFY(service.endAbsence(absence.value().id, QDate(2024, 5, 1), absence.value().rowVersion));
        QCOMPARE(EmploymentRepository(db()).absences(holding).value().size(), 0);

        const auto job = service.recordJob(draft(m_li, Channel::Flexible, QDate(2024, 5, 1)));
        QVERIFY(job);
        SupportPayment y;
        y.personId = m_wang;
        y.kind = SupportKind::EmploymentAward;
        y.month = QDate(2024, 5, 1);
        y.amount = 50000;
        y.paidOn = QDate(2024, 6, 5);
        y.employmentId = job.value().id; // 李强's job, not 王大山's
        QVERIFY_REFUSED(service.recordPayment(y), QStringLiteral("another person's"));
        y.personId = m_li;
        const auto paid = service.recordPayment(y);
        QVERIFY2(paid, qPrintable(paid.summary()));
        QVERIFY_REFUSED(service.recordPayment(y), QStringLiteral("already paid"));
        y.kind = SupportKind::SocialInsurance;
        y.month = QDate(2024, 5, 15);
        QVERIFY_REFUSED(service.recordPayment(y), QStringLiteral("give its first day"));
        const auto history = EmploymentRepository(db()).historyOf(m_li);
        QCOMPARE(history.value().payments.size(), 1);
        QCOMPARE(history.value().absences.size(), 1);
    }

    void searchAndPages()
    {
        EmploymentService service(db());
        for (qint64 id : {m_wang, m_wife, m_li, m_zhao})
            QVERIFY(service.recordJob(draft(id, Channel::Flexible, QDate(2024, 1, 1))));
        QCOMPARE(jobsOn(QDate(2024, 2, 1), {}, QStringLiteral("李强")).size(), 1);
        QCOMPARE(jobsOn(QDate(2024, 2, 1), {}, QStringLiteral("李强")).at(0).person.personId, m_li);
        EmploymentFilter page;
        page.limit = 3;
        QCOMPARE(EmploymentRepository(db()).jobs(page).value().size(), 3);
        page.offset = 3;
        QCOMPARE(EmploymentRepository(db()).jobs(page).value().size(), 1);
        // Sorted by household number: 王大山's household (H001) first.
        page.offset = 0;
        QCOMPARE(EmploymentRepository(db()).jobs(page).value().at(0).person.householdNumber,
                 QStringLiteral("H001"));
    }

    void refusedForTheSecretaryAndAClerkOfAnotherSite()
    {
        EmploymentService service(db());
        QVERIFY(service.recordJob(draft(m_wang, Channel::Flexible, QDate(2024, 1, 1))));

        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(EmploymentRepository(db()).jobs({}), QStringLiteral("may not"));
        QVERIFY_REFUSED(EmploymentRepository(db()).countJobs({}), QStringLiteral("may not"));
        QVERIFY_REFUSED(EmploymentRepository(db()).historyOf(m_wang), QStringLiteral("may not"));
        QVERIFY_REFUSED(EmploymentRepository(db()).posts(), QStringLiteral("may not"));
        QVERIFY_REFUSED(service.recordJob(draft(m_li, Channel::Flexible, QDate(2024, 1, 1))),
                        QStringLiteral("may not"));

        m_test->logInAs(Role::Clerk, {m_otherSite});
        QVERIFY_REFUSED(service.recordJob(draft(m_li, Channel::Flexible, QDate(2024, 1, 1))),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(service.closeWorkshop(m_workshop.id, QDate(2024, 6, 1), m_workshop.rowVersion),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(EmploymentRepository(db()).historyOf(m_wang), QStringLiteral("works on other sites"));
        // …and sees nothing of this site in the lists.
        const auto scoped = EmploymentRepository(db()).jobs({});
        QVERIFY2(scoped, qPrintable(scoped.summary()));
        QVERIFY(scoped.value().isEmpty());
        QVERIFY(EmploymentRepository(db()).posts().value().isEmpty());
        // A broker of the whole office is not theirs to make.
        LabourBroker broker;
        broker.name = QStringLiteral("王经纪");
        broker.validFrom = QDate(2024, 1, 1);
        QVERIFY_REFUSED(service.createBroker(broker), QStringLiteral("whole office"));

        m_test->logInAs(Role::Clerk, {m_test->siteId()});
        QVERIFY(service.recordJob(draft(m_li, Channel::Flexible, QDate(2024, 1, 1))));
        QCOMPARE(EmploymentRepository(db()).jobs({}).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEmploymentService)
#include "tst_employmentservice.moc"

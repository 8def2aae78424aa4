#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "domain/IdNumber.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace anju;

namespace {

constexpr int Households = 300;
constexpr quint64 Seed = 11;

struct PersonRow
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    QString idNumber;
    QString sex;
    QDate birthDate;
    QString relationship;
    QString ethnicity;
    QString state;
    QDate stateDate;
};

QList<PersonRow> persons(const Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(
        QStringLiteral("SELECT id, household_id, name, id_number, sex, birth_date, relationship, ethnicity,"
                       " state, state_date FROM persons ORDER BY id"));
    QList<PersonRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(),
                     QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString(),
                     QDate::fromString(q.value(9).toString(), Qt::ISODate)});
    }
    return rows;
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// What identifies the generated data, to compare two runs.
QStringList fingerprint(const Database& db)
{
    QStringList lines;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT h.number, h.phone, p.name, p.id_number, p.relationship, p.state, d.room, d.floor_area"
        " FROM persons p JOIN households h ON h.id = p.household_id"
        " LEFT JOIN dwellings d ON d.id = h.dwelling_id ORDER BY p.id"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields.append(q.value(i).toString());
        lines.append(fields.join(QLatin1Char('|')));
    }
    return lines;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marksTheDatabaseAsDemo();
    void keepsTheExistingSite();
    void everyActiveHouseholdHasExactlyOneActiveHead();
    void idNumbersAreValidUniqueAndFromShaoyang();
    void sexAndBirthDateMatchTheIdNumber();
    void sexFitsTheRelationship();
    void birthDatesFitTheRelationships();
    void householdSizesAreRealistic();
    void dwellingsAreSizedByPolicy();
    void everyPersonHasTheirMemberships();
    void someMembersDiedMovedAwayOrMovedHousehold();
    void ethnicGroupsAreTheOnesOfShaoyang();
    void sameSeedGivesTheSameData();
    void refusesADatabaseWithHouseholds();
    void cancelLeavesNothingBehind();
    void refusesBadOptions();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    demo::DemoCounts m_counts;
    QList<PersonRow> m_persons;
    QList<int> m_progress;
    const QDate m_today = demo::DemoOptions().today;
};

void TestDemoGenerator::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    demo::DemoGenerator generator(m_db->db());
    demo::DemoOptions options;
    options.households = Households;
    options.seed = Seed;
    options.progress = [this](int done, int total) {
        m_progress.append(done);
        return total == Households;
    };
    const Outcome outcome = generator.generate(options);
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    m_counts = generator.counts();
    m_persons = persons(m_db->db());
}

void TestDemoGenerator::marksTheDatabaseAsDemo()
{
    QVERIFY(m_db->db().isDemo());
    QCOMPARE(m_counts.households, Households);
    QCOMPARE(m_counts.persons, int(m_persons.size()));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM households")), qint64(Households));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM memberships")),
             qint64(m_counts.memberships));
    QVERIFY(m_counts.sites >= 2);
    QVERIFY(!m_progress.isEmpty());
    QCOMPARE(m_progress.constLast(), Households);
    QVERIFY(std::is_sorted(m_progress.cbegin(), m_progress.cend()));
}

void TestDemoGenerator::keepsTheExistingSite()
{
    // The test database's own site 430524001 is there already: the generated ones take other codes.
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites")), qint64(m_counts.sites + 1));
    QCOMPARE(scalar(m_db->db(),
                    QStringLiteral("SELECT COUNT(*) FROM households WHERE site_id = %1").arg(m_db->siteId())),
             qint64(0));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites WHERE length(code) <> 9"
                                               " OR substr(code, 1, 4) <> '4305'")),
             qint64(0));
    QCOMPARE(
        scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM households h JOIN sites s ON s.id = h.site_id"
                                          " WHERE substr(h.number, 1, 10) <> s.code || '-'"
                                          " OR length(h.number) <> 14")),
        qint64(0));
}

void TestDemoGenerator::everyActiveHouseholdHasExactlyOneActiveHead()
{
    QHash<qint64, int> activeHeads;
    QHash<qint64, int> activeMembers;
    for (const PersonRow& p : std::as_const(m_persons)) {
        if (p.state != QLatin1String("active"))
            continue;
        ++activeMembers[p.householdId];
        if (p.relationship == QLatin1String("head"))
            ++activeHeads[p.householdId];
    }
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, state FROM households")));
    int active = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toString() == QLatin1String("active")) {
            ++active;
            QCOMPARE(activeHeads.value(id), 1);
        } else {
            QCOMPARE(activeMembers.value(id), 0); // a household that left or dissolved has nobody left
        }
    }
    QVERIFY(active > Households * 9 / 10);
}

void TestDemoGenerator::idNumbersAreValidUniqueAndFromShaoyang()
{
    static const QSet<QString> counties = {
        QStringLiteral("430502"), QStringLiteral("430503"), QStringLiteral("430511"),
        QStringLiteral("430522"), QStringLiteral("430523"), QStringLiteral("430524"),
        QStringLiteral("430525"), QStringLiteral("430527"), QStringLiteral("430528"),
        QStringLiteral("430529"), QStringLiteral("430581"), QStringLiteral("430582"),
    };
    QSet<QString> seen;
    for (const PersonRow& p : std::as_const(m_persons)) {
        const IdNumber id = IdNumber::parse(p.idNumber, m_today);
        QVERIFY2(id.isValid(), qPrintable(p.idNumber + QLatin1Char(' ') + id.errorMessage()));
        QCOMPARE(id.text(), p.idNumber);
        QVERIFY2(counties.contains(id.addressCode()), qPrintable(p.idNumber));
        QVERIFY2(!seen.contains(p.idNumber), qPrintable(p.idNumber));
        seen.insert(p.idNumber);
    }
}

void TestDemoGenerator::sexAndBirthDateMatchTheIdNumber()
{
    for (const PersonRow& p : std::as_const(m_persons)) {
        const IdNumber id = IdNumber::parse(p.idNumber, m_today);
        QCOMPARE(p.sex, enumKey(id.sex()));
        QCOMPARE(p.birthDate, id.birthDate());
        QVERIFY(p.birthDate <= m_today);
    }
}

void TestDemoGenerator::sexFitsTheRelationship()
{
    QHash<qint64, QString> headSex;
    for (const PersonRow& p : std::as_const(m_persons)) {
        if (p.relationship == QLatin1String("head"))
            headSex.insert(p.householdId, p.sex);
    }
    const QSet<QString> male = {QStringLiteral("son"), QStringLiteral("grandson"),
                                QStringLiteral("son_in_law")};
    const QSet<QString> female = {QStringLiteral("daughter"), QStringLiteral("granddaughter"),
                                  QStringLiteral("daughter_in_law")};
    for (const PersonRow& p : std::as_const(m_persons)) {
        if (male.contains(p.relationship))
            QCOMPARE(p.sex, QStringLiteral("male"));
        else if (female.contains(p.relationship))
            QCOMPARE(p.sex, QStringLiteral("female"));
        else if (p.relationship == QLatin1String("spouse"))
            QVERIFY2(p.sex != headSex.value(p.householdId), qPrintable(p.name));
    }
}

void TestDemoGenerator::birthDatesFitTheRelationships()
{
    QHash<qint64, QDate> headBirth;
    for (const PersonRow& p : std::as_const(m_persons)) {
        if (p.relationship == QLatin1String("head"))
            headBirth.insert(p.householdId, p.birthDate);
    }
    for (const PersonRow& p : std::as_const(m_persons)) {
        const QDate head = headBirth.value(p.householdId);
        QVERIFY(head.isValid());
        const QString& r = p.relationship;
        if (r == QLatin1String("son") || r == QLatin1String("daughter"))
            QVERIFY2(head.addYears(18) <= p.birthDate, qPrintable(p.name));
        else if (r == QLatin1String("grandson") || r == QLatin1String("granddaughter"))
            QVERIFY2(head.addYears(36) <= p.birthDate, qPrintable(p.name));
        else if (r == QLatin1String("parent"))
            QVERIFY2(p.birthDate.addYears(18) <= head, qPrintable(p.name));
    }
    // Nobody is older than 100 on the reference day.
    for (const PersonRow& p : std::as_const(m_persons))
        QVERIFY(p.birthDate.addYears(100) > m_today);
}

void TestDemoGenerator::householdSizesAreRealistic()
{
    const double mean = double(m_persons.size()) / Households;
    QVERIFY2(mean >= 3.0 && mean <= 4.5, qPrintable(QString::number(mean)));
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT MIN(n), MAX(n) FROM (SELECT COUNT(*) AS n FROM persons GROUP BY household_id) AS sizes")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.value(1).toInt() <= 7);
    QVERIFY(q.value(1).toInt() >= 6);
}

void TestDemoGenerator::dwellingsAreSizedByPolicy()
{
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM households WHERE dwelling_id IS NULL")),
             qint64(0));
    QCOMPARE(
        scalar(m_db->db(),
               QStringLiteral("SELECT COUNT(*) FROM dwellings WHERE floor_area < 50 OR floor_area > 125")),
        qint64(0));
    // No two households share a dwelling.
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(DISTINCT dwelling_id) FROM households")),
             qint64(Households));
    // 25 m² a person: a single person got 50 m², a household of five or more the maximum of 125 m².
    QCOMPARE(
        scalar(m_db->db(),
               QStringLiteral("SELECT COUNT(*) FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                              " JOIN (SELECT household_id, COUNT(*) AS n FROM persons GROUP BY household_id) c"
                              " ON c.household_id = h.id"
                              " WHERE d.floor_area <> CASE WHEN c.n >= 5 THEN 125 WHEN c.n <= 2 THEN 50 ELSE 25 * c.n END")),
        qint64(0));
}

void TestDemoGenerator::everyPersonHasTheirMemberships()
{
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.id, p.household_id, p.state, p.state_date, p.birth_date,"
        " h.relocation_date, m.household_id, m.start_date, m.end_date, m.end_reason"
        " FROM persons p JOIN households h ON h.id = p.household_id"
        " JOIN memberships m ON m.person_id = p.id AND (m.end_reason IS NULL OR m.end_reason <> 'moved_to_household')")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.value(6).toLongLong(), q.value(1).toLongLong()); // the current stay is in their household
        const QString state = q.value(2).toString();
        const QDate start = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        QVERIFY(start.isValid());
        QVERIFY(start >= QDate::fromString(q.value(4).toString(), Qt::ISODate));
        if (state == QLatin1String("active")) {
            QVERIFY(q.value(8).isNull());
            QVERIFY(q.value(9).isNull());
        } else {
            QCOMPARE(q.value(8).toString(), q.value(3).toString());
            QCOMPARE(q.value(9).toString(), state);
            QVERIFY(QDate::fromString(q.value(3).toString(), Qt::ISODate) > start);
        }
    }
    QCOMPARE(rows, int(m_persons.size()));
}

void TestDemoGenerator::someMembersDiedMovedAwayOrMovedHousehold()
{
    int deceased = 0;
    int movedAway = 0;
    for (const PersonRow& p : std::as_const(m_persons)) {
        if (p.state == QLatin1String("deceased"))
            ++deceased;
        else if (p.state == QLatin1String("moved_away"))
            ++movedAway;
        if (p.state != QLatin1String("active")) {
            QVERIFY(p.stateDate.isValid());
            QVERIFY(p.stateDate < m_today);
            QVERIFY(p.stateDate > QDate(2017, 1, 1));
        } else {
            QVERIFY(!p.stateDate.isValid());
        }
    }
    QVERIFY(deceased > 0);
    QVERIFY(movedAway > 0);
    QVERIFY(deceased + movedAway < m_persons.size() / 10);

    // Those who moved between households: the earlier stay ended the day the current one began.
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT e.end_date, c.start_date, e.household_id, c.household_id, p.state"
                                  " FROM memberships e JOIN memberships c ON c.person_id = e.person_id"
                                  " AND c.id <> e.id JOIN persons p ON p.id = e.person_id"
                                  " WHERE e.end_reason = 'moved_to_household'")));
    int moves = 0;
    while (q.next()) {
        ++moves;
        QCOMPARE(q.value(0).toString(), q.value(1).toString());
        QVERIFY(q.value(2).toLongLong() != q.value(3).toLongLong());
        QCOMPARE(q.value(4).toString(), QStringLiteral("active"));
    }
    QVERIFY(moves > 0);
}

void TestDemoGenerator::ethnicGroupsAreTheOnesOfShaoyang()
{
    QHash<QString, int> byCode;
    for (const PersonRow& p : std::as_const(m_persons))
        ++byCode[p.ethnicity];
    const QSet<QString> expected = {QStringLiteral("01"), QStringLiteral("03"), QStringLiteral("06"),
                                    QStringLiteral("12"), QStringLiteral("13")};
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
    QVERIFY(byCode.value(QStringLiteral("01")) > m_persons.size() / 2); // mostly Han
    QVERIFY(byCode.size() >= 3);
}

void TestDemoGenerator::sameSeedGivesTheSameData()
{
    const QStringList first = fingerprint(m_db->db());
    test::TestDatabase same;
    demo::DemoOptions options;
    options.households = Households;
    options.seed = Seed;
    QVERIFY(demo::DemoGenerator(same.db()).generate(options));
    QCOMPARE(fingerprint(same.db()), first);

    test::TestDatabase other;
    options.seed = Seed + 1;
    QVERIFY(demo::DemoGenerator(other.db()).generate(options));
    QVERIFY(fingerprint(other.db()) != first);
}

void TestDemoGenerator::refusesADatabaseWithHouseholds()
{
    demo::DemoOptions options;
    options.households = 5;
    const Outcome outcome = demo::DemoGenerator(m_db->db()).generate(options);
    QVERIFY(!outcome);
    QVERIFY(!outcome.summary().isEmpty());
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM households")), qint64(Households));
}

void TestDemoGenerator::cancelLeavesNothingBehind()
{
    test::TestDatabase fresh;
    demo::DemoOptions options;
    options.households = 200;
    options.progress = [](int done, int) { return done < 50; };
    const Outcome outcome = demo::DemoGenerator(fresh.db()).generate(options);
    QVERIFY(!outcome);
    QCOMPARE(scalar(fresh.db(), QStringLiteral("SELECT COUNT(*) FROM households")), qint64(0));
    QCOMPARE(scalar(fresh.db(), QStringLiteral("SELECT COUNT(*) FROM sites")), qint64(1));
    QVERIFY(!fresh.db().isDemo());
    // The indexes dropped for the run came back with the rollback (only SQLite's bulk load drops them).
    if (!test::TestDatabase::onServer())
        QVERIFY(scalar(fresh.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                              " AND name = 'persons_id_number'")) == 1);
}

void TestDemoGenerator::refusesBadOptions()
{
    test::TestDatabase fresh;
    demo::DemoOptions options;
    options.households = 0;
    QVERIFY(!demo::DemoGenerator(fresh.db()).generate(options));
    options.households = demo::DemoGenerator::MaxHouseholds + 1;
    QVERIFY(!demo::DemoGenerator(fresh.db()).generate(options));
    QCOMPARE(scalar(fresh.db(), QStringLiteral("SELECT COUNT(*) FROM households")), qint64(0));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"

#include "TestDatabase.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "domain/IdNumber.h"
#include "exchange/RosterExporter.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "registry/HouseholdRepository.h"
#include "registry/PersonSearch.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QString Longhui = QStringLiteral("430524");
const QString Phone = QStringLiteral("13907391234");
const QString CadreId = makeIdNumber(QStringLiteral("430502"), QDate(1980, 3, 3), 222);
const QString CadrePhone = QStringLiteral("13812345678");

party::StageStep step(party::StageEvent event, QDate date)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    return s;
}

// Every ID number a masked ID and a shown birth year leave possible: same place and last four, any day
// of the year, the check character right. More than one means the ID cannot be rebuilt.
int candidatesFor(const QString& maskedId, QDate shownBirth)
{
    int candidates = 0;
    for (QDate d(shownBirth.year(), 1, 1); d.year() == shownBirth.year(); d = d.addDays(1)) {
        const QString id = maskedId.left(6) + d.toString(QStringLiteral("yyyyMMdd")) + maskedId.right(4);
        if (IdNumber::parse(id).isValid())
            ++candidates;
    }
    return candidates;
}

} // namespace

// What each role may learn of a person on every read path (issue 14): ID and phone masked or in full,
// the birth date in full or the year only; a masked role cannot search by digits; searches by digits
// are audited; nothing a secretary reads rebuilds an ID.
class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readPaths_data();
    void readPaths();
    void secretaryDigitSearchIsRefused_data();
    void secretaryDigitSearchIsRefused();
    void secretaryFindsHouseholdNumbers();
    void maskedColumnsSortByWhatIsShown_data();
    void maskedColumnsSortByWhatIsShown();
    void digitSearchesAreAuditedMasked();
    void nameSearchesAreNotAudited();
    void secretaryCannotRebuildAnyId();
    void maskedValuesSavedBackKeepTheStoredOnes();
    void ageRulesUseTheFullDateForTheSecretary();

private:
    Database& db() { return m_test->db(); }
    qint64 addHousehold(const QString& number, QList<std::pair<QString, QDate>> people);

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 0;
    qint64 m_household = 0;
    qint64 m_branch = 0;
    qint64 m_cadre = 0;
    qint64 m_residentMember = 0;
    qint64 m_youngPerson = 0;
    QHash<QString, QString> m_fullIdByName; // every person's real ID, read as the administrator
};

qint64 TestMasking::addHousehold(const QString& number, QList<std::pair<QString, QDate>> people)
{
    Household h;
    h.siteId = m_test->siteId();
    h.number = number;
    h.relocationDate = QDate(2019, 9, 1);
    h.originCountyCode = Longhui;
    h.phone = Phone;
    bool head = true;
    for (const auto& [name, birth] : people) {
        Person p = makePerson(name, makeIdNumber(Longhui, birth, ++m_sequence),
                              head ? Relationship::Head : Relationship::Daughter);
        p.phone = Phone;
        m_fullIdByName.insert(name, p.idNumber);
        h.members.append(p);
        head = false;
    }
    const Result<Household> saved = registry::RegistryService(db()).saveHousehold(h, Today);
    if (!saved)
        qFatal("household: %s", qPrintable(saved.summary()));
    return saved.value().id;
}

void TestMasking::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_sequence = 0;
    m_fullIdByName.clear();
    m_household =
        addHousehold(QStringLiteral("430524001-0001"), {{QStringLiteral("王建国"), QDate(1975, 4, 2)},
                                                        {QStringLiteral("王小红"), QDate(2001, 12, 30)}});
    addHousehold(QStringLiteral("430524001-0002"), {{QStringLiteral("王德明"), QDate(1962, 1, 1)}});
    const qint64 young =
        addHousehold(QStringLiteral("430524001-0003"), {{QStringLiteral("刘青"), QDate(2008, 12, 1)}});
    m_youngPerson = registry::HouseholdRepository(db()).household(young)->members.constFirst().id;

    party::Organisation branch;
    branch.kind = party::OrganisationKind::Branch;
    branch.name = QStringLiteral("幸福社区党支部");
    branch.foundingDate = QDate(2019, 7, 1);
    branch.siteIds = {m_test->siteId()};
    const auto savedBranch = party::PartyService(db()).saveOrganisation(branch, Today, Today);
    QVERIFY2(savedBranch, qPrintable(savedBranch.summary()));
    m_branch = savedBranch.value().id;

    const QList<party::StageStep> full = {step(party::StageEvent::Admission, QDate(2010, 7, 1)),
                                          step(party::StageEvent::Conversion, QDate(2011, 7, 1))};
    party::PartyMember cadre;
    cadre.origin = party::MemberOrigin::OutsideCadre;
    cadre.name = QStringLiteral("周敏");
    cadre.sex = Sex::Female;
    cadre.birthDate = QDate(1980, 3, 3);
    cadre.idNumber = CadreId;
    cadre.phone = CadrePhone;
    cadre.organisationId = m_branch;
    cadre.stageHistory = full;
    cadre.dues = {party::DuesCategory::Employed, 400000, 0, {}};
    const auto savedCadre = party::PartyService(db()).createMember(cadre, QDate(2024, 1, 1), Today);
    QVERIFY2(savedCadre, qPrintable(savedCadre.summary()));
    m_cadre = savedCadre.value().id;
    m_fullIdByName.insert(cadre.name, CadreId);

    party::PartyMember resident;
    resident.origin = party::MemberOrigin::Resident;
    resident.personId = registry::HouseholdRepository(db()).household(m_household)->members.constFirst().id;
    resident.organisationId = m_branch;
    resident.stageHistory = full;
    resident.dues = {party::DuesCategory::Farmer, 0, 50, {}};
    const auto savedResident = party::PartyService(db()).createMember(resident, QDate(2024, 1, 1), Today);
    QVERIFY2(savedResident, qPrintable(savedResident.summary()));
    m_residentMember = savedResident.value().id;
}

void TestMasking::readPaths_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("allowed");  // the role may use this path at all
    QTest::addColumn<bool>("masked");   // ID and phone masked
    QTest::addColumn<bool>("yearOnly"); // birth date cut to the year
    const QList<std::pair<const char*, Role>> roles = {{"admin", Role::Admin},
                                                       {"manager", Role::Manager},
                                                       {"clerk", Role::Clerk},
                                                       {"secretary", Role::Secretary}};
    for (const auto& [roleName, role] : roles) {
        const bool masks = role == Role::Secretary;
        for (const char* path : {"search", "household", "roster", "party", "export", "history", "audit"}) {
            bool allowed = true;
            if (QLatin1String(path) == QLatin1String("party"))
                allowed = Permissions::allows(role, Action::ReadParty);
            else if (QLatin1String(path) == QLatin1String("export"))
                allowed = Permissions::allows(role, Action::ExportRoster);
            else if (QLatin1String(path) == QLatin1String("audit"))
                allowed = Permissions::allows(role, Action::ReadAudit);
            QTest::addRow("%s × %s", roleName, path)
                << role << QString::fromLatin1(path) << allowed << masks << masks;
        }
    }
}

// The table: each role on each path that returns a person, against what it must show.
void TestMasking::readPaths()
{
    QFETCH(Role, role);
    QFETCH(QString, path);
    QFETCH(bool, allowed);
    QFETCH(bool, masked);
    QFETCH(bool, yearOnly);
    const QString fullId = m_fullIdByName.value(QStringLiteral("王建国"));
    const QString id = masked ? Permissions::maskIdNumber(fullId) : fullId;
    const QString phone = masked ? Permissions::maskPhone(Phone) : Phone;
    const QDate birth = yearOnly ? QDate(1975, 7, 1) : QDate(1975, 4, 2);
    m_test->logInAs(role);

    if (path == QLatin1String("search")) {
        const QList<registry::PersonHit> hits =
            registry::PersonSearch(db()).page(QStringLiteral("王建国"), 0, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().idNumber, id);
        QCOMPARE(hits.constFirst().phone, phone);
        QCOMPARE(hits.constFirst().birthDate, birth);
    } else if (path == QLatin1String("household")) {
        const auto h = registry::HouseholdRepository(db()).household(m_household);
        QVERIFY(h);
        QCOMPARE(h->phone, phone);
        QCOMPARE(h->members.constFirst().idNumber, id);
        QCOMPARE(h->members.constFirst().phone, phone);
        QCOMPARE(h->members.constFirst().birthDate, birth);
        const auto person = registry::HouseholdRepository(db()).person(h->members.constFirst().id);
        QVERIFY(person);
        QCOMPARE(person->birthDate, birth);
    } else if (path == QLatin1String("roster")) {
        registry::RosterFilter filter;
        filter.search = QStringLiteral("王建国");
        const QList<registry::RosterRow> rows =
            registry::RosterQuery(db()).page(filter, registry::RosterColumn::Number, true, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().headIdNumber, id); // roster rows carry no birth date
        QCOMPARE(rows.constFirst().phone, phone);
    } else if (path == QLatin1String("party")) {
        party::PartyMemberRepository members(db());
        const QList<party::PartyMemberRow> rows = members.members({});
        QCOMPARE(rows.size(), allowed ? 2 : 0);
        if (!allowed)
            return;
        for (const party::PartyMemberRow& row : rows) {
            if (row.id == m_residentMember) {
                QCOMPARE(row.birthDate, birth);
                QCOMPARE(row.age, 51); // from the full date: born 2 April 1975, on 28 November 2026
                QCOMPARE(row.phone, phone);
            } else {
                QCOMPARE(row.birthDate, yearOnly ? QDate(1980, 7, 1) : QDate(1980, 3, 3));
                QCOMPARE(row.phone, masked ? Permissions::maskPhone(CadrePhone) : CadrePhone);
            }
        }
        const auto cadre = members.member(m_cadre);
        QVERIFY(cadre);
        QCOMPARE(cadre->idNumber, masked ? Permissions::maskIdNumber(CadreId) : CadreId);
        QCOMPARE(cadre->phone, masked ? Permissions::maskPhone(CadrePhone) : CadrePhone);
        QCOMPARE(cadre->birthDate, yearOnly ? QDate(1980, 7, 1) : QDate(1980, 3, 3));
        const auto resident = members.member(m_residentMember);
        QVERIFY(resident);
        QCOMPARE(resident->idNumber, id);
        QCOMPARE(resident->birthDate, birth);
    } else if (path == QLatin1String("export")) {
        QTemporaryDir dir;
        exchange::RosterExportOptions options;
        options.path = dir.filePath(QStringLiteral("roster.csv"));
        const auto exported = exchange::RosterExporter(db()).exportRoster(options);
        QCOMPARE(exported.ok(), allowed);
        if (!allowed)
            return;
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(id), qPrintable(text.left(400)));
        QCOMPARE(text.contains(fullId), !masked);
        QCOMPARE(text.contains(QStringLiteral("1975-04-02")), !yearOnly);
    } else if (path == QLatin1String("history")) {
        // The household's own trail, readable by whoever reads the household.
        const QList<AuditEntry> entries = AuditLog(db()).householdHistory(m_household);
        bool seen = false;
        for (const AuditEntry& e : entries) {
            if (e.recordType != QLatin1String("persons") || !e.changes.contains(QStringLiteral("id_number")))
                continue;
            const QJsonArray ids = e.changes.value(QStringLiteral("id_number")).toArray();
            const QJsonArray births = e.changes.value(QStringLiteral("birth_date")).toArray();
            if (ids.last().toString().right(4) != fullId.right(4))
                continue;
            seen = true;
            QCOMPARE(ids.last().toString(), id);
            QCOMPARE(births.last().toString(),
                     yearOnly ? QStringLiteral("1975") : QStringLiteral("1975-04-02"));
        }
        QVERIFY(seen);
    } else if (path == QLatin1String("audit")) {
        const auto page = AuditLog(db()).page({}, 0, 1000);
        QCOMPARE(page.ok(), allowed);
    }
}

void TestMasking::secretaryDigitSearchIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("full phone") << Phone;
    QTest::addRow("part of a phone") << QStringLiteral("0739");
    QTest::addRow("full ID") << makeIdNumber(Longhui, QDate(1975, 4, 2), 1);
    QTest::addRow("birth digits") << QStringLiteral("19750402");
    QTest::addRow("full-width digits") << QStringLiteral("１３９０７");
}

void TestMasking::secretaryDigitSearchIsRefused()
{
    QFETCH(QString, text);
    m_test->logInAs(Role::Secretary);
    const registry::PersonSearch search(db());
    const Outcome refused = search.refusal(text);
    QVERIFY(!refused);
    QVERIFY2(refused.summary().contains(QStringLiteral("masked")), qPrintable(refused.summary()));
    QCOMPARE(search.count(text), 0);
    QVERIFY(search.page(text, 0, 10).isEmpty());
    registry::RosterFilter filter;
    filter.search = text;
    QVERIFY(!registry::RosterQuery(db()).refusal(filter));
    QCOMPARE(registry::RosterQuery(db()).count(filter), 0);
    QVERIFY(registry::RosterQuery(db()).page(filter, registry::RosterColumn::Number, true, 0, 10).isEmpty());
    party::PartyMemberFilter members;
    members.text = text;
    QVERIFY(!party::PartyMemberRepository(db()).memberSearchRefusal(members));
    QVERIFY(party::PartyMemberRepository(db()).members(members).isEmpty());
    QVERIFY(!registry::HouseholdRepository(db()).personByIdNumber(
        m_fullIdByName.value(QStringLiteral("王建国"))));

    // Names, and digits too few to narrow anything, still search.
    QVERIFY(search.refusal(QStringLiteral("王")));
    QCOMPARE(search.count(QStringLiteral("王")), 3);
    QVERIFY(search.refusal(QStringLiteral("139")));

    // The same text from a role that sees numbers in full is answered.
    m_test->logInAs(Role::Clerk);
    QVERIFY(registry::PersonSearch(db()).refusal(text));
}

// A household number has digits too; the secretary finds households by it, from household numbers alone
// (never a phone or ID that holds the same digits), and other digit searches stay refused.
void TestMasking::secretaryFindsHouseholdNumbers()
{
    // A household whose fixed-line phone has a hyphen and digits shaped like a household number's tail.
    Household h;
    h.siteId = m_test->siteId();
    h.number = QStringLiteral("430524001-0009");
    h.relocationDate = QDate(2019, 9, 1);
    h.originCountyCode = Longhui;
    h.phone = QStringLiteral("0739-5200002");
    h.members = {
        makePerson(QStringLiteral("赵敏"), makeIdNumber(Longhui, QDate(1990, 5, 6), 77), Relationship::Head)};
    QVERIFY2(registry::RegistryService(db()).saveHousehold(h, Today), "household");

    m_test->logInAs(Role::Secretary);
    const registry::PersonSearch persons(db());
    registry::RosterQuery roster(db());
    const auto households = [&](const QString& text) {
        registry::RosterFilter filter;
        filter.search = text;
        QStringList numbers;
        for (const registry::RosterRow& row :
             roster.page(filter, registry::RosterColumn::Number, true, 0, 10))
            numbers << row.number;
        return numbers;
    };
    QVERIFY(persons.refusal(QStringLiteral("430524001-0002")));
    QCOMPARE(households(QStringLiteral("430524001-0002")), QStringList{QStringLiteral("430524001-0002")});
    QCOMPARE(persons.count(QStringLiteral("430524001-0001")), 2);
    QCOMPARE(persons.page(QStringLiteral("430524001-0001"), 0, 10).size(), 2);
    QCOMPARE(households(QStringLiteral("001-000")).size(), 4);
    QCOMPARE(households(QStringLiteral("４３０５２４００１－０００３")),
             QStringList{QStringLiteral("430524001-0003")});
    // Phone and ID digits with a hyphen are matched against household numbers only: nothing.
    QCOMPARE(households(QStringLiteral("0739-520")), QStringList());
    QCOMPARE(households(QStringLiteral("5200-002")), QStringList());
    QCOMPARE(persons.count(QStringLiteral("430524-1990")), 0);
    QCOMPARE(persons.count(QStringLiteral("0739-5200002")), 0);
    // Without the hyphen the digits may be an ID or phone: refused as before.
    QVERIFY(!persons.refusal(QStringLiteral("4305240010002")));
    QVERIFY(!persons.refusal(QStringLiteral("0002")));

    // The clerk's same searches still reach phones.
    m_test->logInAs(Role::Clerk);
    QCOMPARE(households(QStringLiteral("0739-520")), QStringList{QStringLiteral("430524001-0009")});
}

void TestMasking::maskedColumnsSortByWhatIsShown_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    QTest::addRow("ID ascending") << int(registry::RosterColumn::HeadIdNumber) << true;
    QTest::addRow("ID descending") << int(registry::RosterColumn::HeadIdNumber) << false;
    QTest::addRow("phone ascending") << int(registry::RosterColumn::Phone) << true;
    QTest::addRow("phone descending") << int(registry::RosterColumn::Phone) << false;
}

// Two heads whose IDs differ only in the hidden birth digits (and households whose phones differ only in
// the hidden middle digits): sorted by the masked column, the secretary sees them in household-number
// order, not in the order of what is hidden, which would tell who was born first.
void TestMasking::maskedColumnsSortByWhatIsShown()
{
    QFETCH(int, column);
    QFETCH(bool, ascending);
    const QString older = makeIdNumber(Longhui, QDate(1950, 1, 1), 555);
    QString younger;
    for (QDate d(1999, 1, 1); younger.isEmpty(); d = d.addDays(1))
        if (makeIdNumber(Longhui, d, 555).right(4) == older.right(4))
            younger = makeIdNumber(Longhui, d, 555);
    QCOMPARE(Permissions::maskIdNumber(older), Permissions::maskIdNumber(younger));
    // The younger head (larger hidden digits) and the larger hidden phone digits in household "Z-1".
    const auto add = [&](const QString& number, const QString& id, const QString& name,
                         const QString& phone) {
        Household h;
        h.siteId = m_test->siteId();
        h.number = number;
        h.relocationDate = QDate(2019, 9, 1);
        h.originCountyCode = Longhui;
        h.phone = phone;
        h.members = {makePerson(name, id, Relationship::Head)};
        QVERIFY2(registry::RegistryService(db()).saveHousehold(h, Today), qPrintable(number));
    };
    add(QStringLiteral("Z-1"), younger, QStringLiteral("孙一"), QStringLiteral("13999990000"));
    add(QStringLiteral("Z-2"), older, QStringLiteral("孙二"), QStringLiteral("13911110000"));

    const auto order = [&] {
        QStringList numbers;
        for (const registry::RosterRow& row :
             registry::RosterQuery(db()).page({}, registry::RosterColumn(column), ascending, 0, 100))
            if (row.number.startsWith(QLatin1String("Z-")))
                numbers << row.number;
        return numbers;
    };
    // The clerk sees the digits, and the order follows them.
    m_test->logInAs(Role::Clerk);
    QCOMPARE(order(), ascending ? QStringList({QStringLiteral("Z-2"), QStringLiteral("Z-1")})
                                : QStringList({QStringLiteral("Z-1"), QStringLiteral("Z-2")}));
    // The secretary's order is the household numbers', whatever the hidden digits.
    m_test->logInAs(Role::Secretary);
    QCOMPARE(order(), ascending ? QStringList({QStringLiteral("Z-1"), QStringLiteral("Z-2")})
                                : QStringList({QStringLiteral("Z-2"), QStringLiteral("Z-1")}));
}

void TestMasking::digitSearchesAreAuditedMasked()
{
    const QString fullId = m_fullIdByName.value(QStringLiteral("王建国"));
    m_test->logInAs(Role::Clerk, {}, QStringLiteral("clerk-li"));
    QCOMPARE(registry::PersonSearch(db()).page(Phone, 0, 10).size(), 4);
    QCOMPARE(registry::PersonSearch(db()).page(fullId, 0, 10).size(), 1);
    registry::RosterFilter filter;
    filter.search = fullId;
    QCOMPARE(registry::RosterQuery(db()).page(filter, registry::RosterColumn::Number, true, 0, 10).size(), 1);
    // Scrolling on is the same search, not another.
    registry::PersonSearch(db()).page(Phone, 50, 50);
    // A manager's search of party members by ID.
    m_test->logInAs(Role::Manager, {}, QStringLiteral("manager-he"));
    party::PartyMemberFilter members;
    members.text = CadreId;
    QCOMPARE(party::PartyMemberRepository(db()).members(members).size(), 1);

    m_test->logInAs(Role::Admin);
    AuditFilter events;
    events.recordType = QStringLiteral("event");
    const auto page = AuditLog(db()).page(events, 0, 100);
    QVERIFY2(page, qPrintable(page.summary()));
    QList<AuditEntry> searches;
    for (const AuditEntry& e : page.value())
        if (e.action == QLatin1String("search.identity"))
            searches.prepend(e); // oldest first
    QCOMPARE(searches.size(), 4);
    QCOMPARE(searches.at(0).userName, QStringLiteral("clerk-li"));
    QCOMPARE(searches.at(0).detail.value(QStringLiteral("query")).toString(), QStringLiteral("139****1234"));
    QCOMPARE(searches.at(0).detail.value(QStringLiteral("search")).toString(), QStringLiteral("persons"));
    QCOMPARE(searches.at(1).detail.value(QStringLiteral("query")).toString(),
             Permissions::maskIdNumber(fullId));
    QCOMPARE(searches.at(2).detail.value(QStringLiteral("search")).toString(), QStringLiteral("households"));
    QCOMPARE(searches.at(3).userName, QStringLiteral("manager-he"));
    QCOMPARE(searches.at(3).detail.value(QStringLiteral("query")).toString(),
             Permissions::maskIdNumber(CadreId));
    // Nothing of the hidden digits is kept in the trail.
    for (const AuditEntry& e : searches) {
        const QString detail = AuditLog::detailText(e.detail);
        QVERIFY2(!detail.contains(fullId) && !detail.contains(Phone) && !detail.contains(CadreId),
                 qPrintable(detail));
    }
    QVERIFY(AuditLog::actionLabel(QStringLiteral("search.identity")) != QStringLiteral("search.identity"));

    // A secretary's refused search is not a search that ran.
    m_test->logInAs(Role::Secretary);
    registry::PersonSearch(db()).page(Phone, 0, 10);
    m_test->logInAs(Role::Admin);
    int after = 0;
    const auto again = AuditLog(db()).page(events, 0, 100);
    for (const AuditEntry& e : again.value())
        after += e.action == QLatin1String("search.identity") ? 1 : 0;
    QCOMPARE(after, 4);
}

void TestMasking::nameSearchesAreNotAudited()
{
    m_test->logInAs(Role::Clerk);
    QCOMPARE(registry::PersonSearch(db()).page(QStringLiteral("王"), 0, 10).size(), 3);
    m_test->logInAs(Role::Admin);
    const auto trail = AuditLog(db()).page({}, 0, 1000);
    QVERIFY(trail);
    for (const AuditEntry& e : trail.value())
        QVERIFY(e.action != QLatin1String("search.identity"));
}

// The 732-of-732 attack of issue 14: everything the secretary may read about a person, put together,
// never gives back the ID.
void TestMasking::secretaryCannotRebuildAnyId()
{
    m_test->logInAs(Role::Secretary);
    struct Seen
    {
        QString name, maskedId;
        QDate birth;
    };
    QList<Seen> seen;
    for (const registry::PersonHit& hit : registry::PersonSearch(db()).page(QStringLiteral("王"), 0, 100))
        seen.append({hit.name, hit.idNumber, hit.birthDate});
    for (const registry::PersonHit& hit : registry::PersonSearch(db()).page(QStringLiteral("刘"), 0, 100))
        seen.append({hit.name, hit.idNumber, hit.birthDate});
    for (const Household& h : registry::HouseholdRepository(db()).households(0, true))
        for (const Person& p : h.members)
            seen.append({p.name, p.idNumber, p.birthDate});
    for (qint64 id : {m_cadre, m_residentMember}) {
        const auto m = party::PartyMemberRepository(db()).member(id);
        QVERIFY(m);
        seen.append({m->name, m->idNumber, m->birthDate});
    }
    QCOMPARE(seen.size(), 2 * 4 + 2);
    QSet<QString> names;
    for (const Seen& s : std::as_const(seen)) {
        names.insert(s.name);
        const QString full = m_fullIdByName.value(s.name);
        QVERIFY(!full.isEmpty());
        QVERIFY2(s.maskedId != full, qPrintable(s.name));
        const QString rebuilt =
            s.maskedId.left(6) + s.birth.toString(QStringLiteral("yyyyMMdd")) + s.maskedId.right(4);
        QVERIFY2(rebuilt != full, qPrintable(s.name));
        QVERIFY2(candidatesFor(s.maskedId, s.birth) > 1, qPrintable(s.name));
    }
    QCOMPARE(names.size(), 5);

    // The same attack works on what a role that sees numbers in full reads: the test can fail.
    m_test->logInAs(Role::Clerk);
    const registry::PersonHit hit =
        registry::PersonSearch(db()).page(QStringLiteral("王建国"), 0, 1).constFirst();
    const QString masked = Permissions::maskIdNumber(hit.idNumber);
    QCOMPARE(masked.left(6) + hit.birthDate.toString(QStringLiteral("yyyyMMdd")) + masked.right(4),
             hit.idNumber);
}

void TestMasking::maskedValuesSavedBackKeepTheStoredOnes()
{
    m_test->logInAs(Role::Secretary);
    party::PartyService service(db());
    for (qint64 id : {m_cadre, m_residentMember}) {
        party::PartyMember shown = *party::PartyMemberRepository(db()).member(id);
        shown.note = QStringLiteral("复核");
        const auto saved = service.saveMember(shown, Today, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));
        QCOMPARE(saved.value().note, QStringLiteral("复核"));
    }
    m_test->logInAs(Role::Admin);
    const party::PartyMember cadre = *party::PartyMemberRepository(db()).member(m_cadre);
    QCOMPARE(cadre.idNumber, CadreId);
    QCOMPARE(cadre.phone, CadrePhone);
    QCOMPARE(cadre.birthDate, QDate(1980, 3, 3));
    QCOMPARE(party::PartyMemberRepository(db()).member(m_residentMember)->phone, Phone);

    // A value the secretary really typed is saved.
    m_test->logInAs(Role::Secretary);
    party::PartyMember shown = *party::PartyMemberRepository(db()).member(m_cadre);
    shown.phone = QStringLiteral("13700001111");
    shown.birthDate = QDate(1980, 3, 4);
    QVERIFY(service.saveMember(shown, Today, Today));
    m_test->logInAs(Role::Admin);
    const party::PartyMember changed = *party::PartyMemberRepository(db()).member(m_cadre);
    QCOMPARE(changed.phone, QStringLiteral("13700001111"));
    QCOMPARE(changed.birthDate, QDate(1980, 3, 4));
    QCOMPARE(changed.idNumber, CadreId);
}

// The secretary sees 刘青 born "2008" (1 July, 18 on the day); the rule reads 1 December 2008: 17.
void TestMasking::ageRulesUseTheFullDateForTheSecretary()
{
    m_test->logInAs(Role::Secretary);
    QCOMPARE(registry::HouseholdRepository(db()).person(m_youngPerson)->birthDate, QDate(2008, 7, 1));
    party::PartyMember m;
    m.origin = party::MemberOrigin::Resident;
    m.personId = m_youngPerson;
    m.organisationId = m_branch;
    m.stageHistory = {step(party::StageEvent::Application, Today)};
    m.dues = {party::DuesCategory::Farmer, 0, 50, {}};
    const auto refused = party::PartyService(db()).createMember(m, Today, Today);
    QVERIFY(!refused);
    QVERIFY2(refused.summary().contains(QStringLiteral("17 years old")), qPrintable(refused.summary()));
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"

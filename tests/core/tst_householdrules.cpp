#include "domain/IdNumber.h"
#include "registry/HouseholdRules.h"

#include "Refusal.h"

#include <QTest>

using namespace anju;

class TestHouseholdRules : public QObject
{
    Q_OBJECT

private slots:
    void phones_data();
    void phones();
    void countyCodes();
    void names();
    void formerMemberNeedsDate();
    void formerHeadDoesNotCount();
    void emptyHousehold();
    void generalError();
};

void TestHouseholdRules::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("mobile") << QStringLiteral("13907391234") << true;
    QTest::newRow("mobile with spaces") << QStringLiteral("139 0739 1234") << true;
    QTest::newRow("+86") << QStringLiteral("+8613907391234") << true;
    QTest::newRow("fixed with area code") << QStringLiteral("0739-5123456") << true;
    QTest::newRow("local 7 digits") << QStringLiteral("5123456") << true;
    QTest::newRow("12 prefix") << QStringLiteral("12907391234") << false;
    QTest::newRow("10 digits mobile") << QStringLiteral("1390739123") << false;
    QTest::newRow("letters") << QStringLiteral("139abc") << false;
}

void TestHouseholdRules::phones()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(registry::HouseholdRules::isValidPhone(phone), valid);
}

void TestHouseholdRules::countyCodes()
{
    QVERIFY(registry::HouseholdRules::isValidCountyCode(QStringLiteral("430524")));
    QVERIFY(registry::HouseholdRules::isValidCountyCode(QStringLiteral("430581")));
    QVERIFY(!registry::HouseholdRules::isValidCountyCode(QStringLiteral("430500"))); // a city, not a county
    QVERIFY(!registry::HouseholdRules::isValidCountyCode(QStringLiteral("43052")));
    QVERIFY(!registry::HouseholdRules::isValidCountyCode(QStringLiteral("930524")));
    QVERIFY(!registry::HouseholdRules::isValidCountyCode(QStringLiteral("43O524")));
}

void TestHouseholdRules::names()
{
    QCOMPARE(registry::HouseholdRules::normalizeName(QStringLiteral("王\u3000芳")), QStringLiteral("王芳"));
    QCOMPARE(registry::HouseholdRules::normalizeName(QStringLiteral(" 王 芳 ")), QStringLiteral("王芳"));
    QCOMPARE(registry::HouseholdRules::normalizeName(QStringLiteral("阿依古丽\u2022买买提")),
             QStringLiteral("阿依古丽·买买提"));
    QVERIFY(registry::HouseholdRules::isValidName(QStringLiteral("阿依古丽·买买提")));
    QVERIFY(registry::HouseholdRules::isValidName(QStringLiteral("王芳")));
    QVERIFY(!registry::HouseholdRules::isValidName(QStringLiteral("王芳1")));
    QVERIFY(!registry::HouseholdRules::isValidName(QString()));
    QVERIFY(!registry::HouseholdRules::isValidName(QString(31, QChar(u'王'))));
}

void TestHouseholdRules::formerMemberNeedsDate()
{
    Person p;
    p.name = QStringLiteral("王芳");
    p.idNumber = QStringLiteral("34052419800101001X");
    p.state = PersonState::Deceased;
    const Outcome missing = registry::HouseholdRules::validatePerson(p, 3, QDate(2026, 11, 28));
    QVERIFY(!missing.messageFor(QLatin1String(Field::PersonDate), 3).isEmpty());
    p.stateDate = QDate(1979, 1, 1);
    QVERIFY_REFUSED(registry::HouseholdRules::validatePerson(p, 3, QDate(2026, 11, 28)),
                    QStringLiteral("The date 1979-01-01 is before the member's birth."));
    p.stateDate = QDate(2020, 1, 1);
    QVERIFY(registry::HouseholdRules::validatePerson(p, 3, QDate(2026, 11, 28)).ok());
}

void TestHouseholdRules::formerHeadDoesNotCount()
{
    Household h;
    h.number = QStringLiteral("H");
    h.siteId = 1;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 1, 1);
    Person former;
    former.name = QStringLiteral("王大山");
    former.idNumber = QStringLiteral("34052419800101001X");
    former.relationship = Relationship::Head;
    former.state = PersonState::Deceased;
    former.stateDate = QDate(2022, 2, 2);
    Person current = former;
    current.name = QStringLiteral("李芳");
    current.idNumber = QStringLiteral("340524198203030028");
    current.idNumber = QStringLiteral("34052419820303002") + IdNumber::checkCharacter(u"34052419820303002");
    current.state = PersonState::Active;
    h.members = {former, current};
    const Outcome outcome = registry::HouseholdRules::validate(h, QDate(2026, 11, 28));
    QVERIFY2(outcome.ok(), qPrintable(outcome.summary()));
}

void TestHouseholdRules::emptyHousehold()
{
    Household h;
    h.number = QStringLiteral("H");
    h.siteId = 1;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 1, 1);
    QVERIFY(!registry::HouseholdRules::validate(h, QDate(2026, 11, 28))
                 .messageFor(QLatin1String(Field::HouseholdMembers))
                 .isEmpty());
}

// Outcome::error is the failure of a file, a connection or the database: one message on no field, which
// the CLI and the message boxes show as it is.
void TestHouseholdRules::generalError()
{
    const QString text = QStringLiteral("无法打开数据库");
    const Outcome failed = Outcome::error(text);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.violations().size(), 1);
    QCOMPARE(failed.summary(), text);
    QCOMPARE(failed.messageFor(QLatin1String(Field::General)), text);
    const Result<int> none = Outcome::error(text);
    QVERIFY(!none.ok());
    QVERIFY(!none.hasValue());
    QCOMPARE(none.summary(), text);
}

QTEST_GUILESS_MAIN(TestHouseholdRules)
#include "tst_householdrules.moc"

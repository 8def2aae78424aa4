#include "domain/IdNumber.h"

#include <QTest>

using anju::IdNumber;
using anju::Sex;

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void checkCharacter_data();
    void checkCharacter();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void fifteenDigitsConvert();
    void leapDay();
    void futureRelativeToToday();
    void masked();
    void everyMessageIsText();
};

void TestIdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");
    QTest::newRow("GB 11643 example") << QStringLiteral("34052419800101001") << QChar(u'X');
    QTest::newRow("remainder 0 -> 1") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("Shaoyang") << QStringLiteral("43052419850312002") << IdNumber::checkCharacter(u"43052419850312002");
    QTest::newRow("not digits") << QStringLiteral("4305241985031200A") << QChar();
    QTest::newRow("too short") << QStringLiteral("4305241985") << QChar();
}

void TestIdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(IdNumber::checkCharacter(first17), check);
}

void TestIdNumber::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QDate>("birth");
    const QString id = QStringLiteral("34052419800101001X");
    QTest::newRow("standard") << id << id << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("lower-case x") << QStringLiteral("34052419800101001x") << id << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("full-width digits")
        << QStringLiteral("３４０５２４１９８００１０１００１Ｘ") << id << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("full-width lower x")
        << QStringLiteral("３４０５２４１９８００１０１００１ｘ") << id << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("spaces") << QStringLiteral(" 340524 19800101 001X ") << id << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("ideographic space") << QStringLiteral("340524\u300019800101001X") << id << int(Sex::Male)
                                       << QDate(1980, 1, 1);
    QTest::newRow("excel apostrophe") << QStringLiteral("'34052419800101001X") << id << int(Sex::Male)
                                      << QDate(1980, 1, 1);
    const QString female = QStringLiteral("43052419850312002") + IdNumber::checkCharacter(u"43052419850312002");
    QTest::newRow("female (even 17th digit)") << female << female << int(Sex::Female) << QDate(1985, 3, 12);
}

void TestIdNumber::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(int, sex);
    QFETCH(QDate, birth);
    const IdNumber id = IdNumber::parse(input, QDate(2026, 11, 28));
    QVERIFY2(id.isValid(), qPrintable(id.errorMessage()));
    QCOMPARE(id.text(), normalized);
    QCOMPARE(int(id.sex()), sex);
    QCOMPARE(id.birthDate(), birth);
    QVERIFY(id.errorMessage().isEmpty());
}

void TestIdNumber::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("problem");
    using P = IdNumber::Problem;
    QTest::newRow("wrong check character") << QStringLiteral("340524198001010013") << int(P::BadCheckCharacter);
    QTest::newRow("empty") << QStringLiteral("   ") << int(P::Empty);
    QTest::newRow("excel float") << QStringLiteral("4.30524E+17") << int(P::LooksLikeFloat);
    QTest::newRow("excel float lower e") << QStringLiteral("4.30524e+17") << int(P::LooksLikeFloat);
    QTest::newRow("excel float no plus") << QStringLiteral("4.30524E17") << int(P::LooksLikeFloat);
    QTest::newRow("letters") << QStringLiteral("34052419800101A01X") << int(P::BadCharacters);
    QTest::newRow("X in the middle") << QStringLiteral("3405241980010X0013") << int(P::BadCharacters);
    QTest::newRow("17 digits") << QStringLiteral("34052419800101001") << int(P::BadLength);
    QTest::newRow("19 digits") << QStringLiteral("3405241980010100131") << int(P::BadLength);
    QTest::newRow("15 with X") << QStringLiteral("34052480010100X") << int(P::BadLength);
    QTest::newRow("unknown province 99") << QStringLiteral("990524198001010013") << int(P::BadAddressCode);
    QTest::newRow("province 00") << QStringLiteral("000524198001010013") << int(P::BadAddressCode);
    QTest::newRow("February 30") << QStringLiteral("430524198002300013") << int(P::BadBirthDate);
    QTest::newRow("month 13") << QStringLiteral("430524198013010013") << int(P::BadBirthDate);
    QTest::newRow("Feb 29 not leap") << QStringLiteral("430524190002290013") << int(P::BadBirthDate);
    QTest::newRow("before 1900") << QStringLiteral("430524189912310013") << int(P::BadBirthDate);
    QTest::newRow("future") << QStringLiteral("430524203001010013") << int(P::FutureBirthDate);
}

void TestIdNumber::invalid()
{
    QFETCH(QString, input);
    QFETCH(int, problem);
    const IdNumber id = IdNumber::parse(input, QDate(2026, 11, 28));
    QVERIFY(!id.isValid());
    QCOMPARE(int(id.problem()), problem);
    QVERIFY(!id.errorMessage().isEmpty());
}

void TestIdNumber::fifteenDigitsConvert()
{
    // 15-digit 340524800101001 -> 34052419800101001 + check X.
    const IdNumber id = IdNumber::parse(u"340524800101001", QDate(2026, 11, 28));
    QVERIFY2(id.isValid(), qPrintable(id.errorMessage()));
    QVERIFY(id.convertedFrom15());
    QCOMPARE(id.text(), QStringLiteral("34052419800101001X"));
    QCOMPARE(id.sex(), Sex::Male);
    // A 15-digit number with an impossible date stays invalid.
    QCOMPARE(IdNumber::parse(u"340524800230001", QDate(2026, 11, 28)).problem(), IdNumber::Problem::BadBirthDate);
}

void TestIdNumber::leapDay()
{
    const QString first17 = QStringLiteral("43052420000229001");
    const IdNumber id = IdNumber::parse(QString(first17 + IdNumber::checkCharacter(first17)), QDate(2026, 11, 28));
    QVERIFY2(id.isValid(), qPrintable(id.errorMessage()));
    QCOMPARE(id.birthDate(), QDate(2000, 2, 29));
}

void TestIdNumber::futureRelativeToToday()
{
    const QString first17 = QStringLiteral("43052420261128002");
    const QString text = first17 + IdNumber::checkCharacter(first17);
    QVERIFY(IdNumber::parse(text, QDate(2026, 11, 28)).isValid()); // born today
    QCOMPARE(IdNumber::parse(text, QDate(2026, 11, 27)).problem(), IdNumber::Problem::FutureBirthDate);
}

void TestIdNumber::masked()
{
    QCOMPARE(IdNumber::masked(QStringLiteral("34052419800101001X")), QStringLiteral("340524********001X"));
    QCOMPARE(IdNumber::masked(QStringLiteral("123")), QStringLiteral("123"));
}

void TestIdNumber::everyMessageIsText()
{
    // The float message quotes what was typed so the clerk recognises the cell.
    const IdNumber id = IdNumber::parse(u"4.30524E+17");
    QVERIFY(id.errorMessage().contains(QStringLiteral("4.30524E+17")));
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"

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
    // Literal vectors, worked out by hand from GB 11643-1999 (not by checkCharacter): the digits times the
    // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, the sum mod 11, and remainder 0..10 -> 1 0 X 9 8 7 6 5 4
    // 3 2. 430524 19850312 0ss: the first 14 digits give 28+27+0+25+16+16+2+9+48+15+0+27+10+10 = 233 (233 mod
    // 11 = 2), so only the sequence digits (weights 8 4 2) move the remainder, through every value from 0
    // to 10.
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");
    // The standard's example: 3*7+4*9+0+5*5+2*8+4*4+1*2+9*1+8*6+0+0+1*9+0+1*5+0+0+1*2 = 189 = 17*11 + 2 -> X.
    QTest::newRow("GB 11643 example, remainder 2 -> X") << QStringLiteral("34052419800101001") << QChar(u'X');
    // 1*7+1*9+0+1*5+0+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0+0+2*2 = 167 = 15*11 + 2 -> X.
    QTest::newRow("Beijing example, remainder 2 -> X") << QStringLiteral("11010519491231002") << QChar(u'X');
    // 233 + 1*4 + 8*2 = 253 = 23*11: remainder 0 -> '1' (the one case where the check digit is not 12 - r).
    QTest::newRow("remainder 0 -> 1") << QStringLiteral("43052419850312018") << QChar(u'1');
    // 233 + 5*2 = 243 = 22*11 + 1 -> '0'.
    QTest::newRow("remainder 1 -> 0") << QStringLiteral("43052419850312005") << QChar(u'0');
    // 233 = 21*11 + 2 -> 'X'.
    QTest::newRow("remainder 2 -> X") << QStringLiteral("43052419850312000") << QChar(u'X');
    // 233 + 6*2 = 245 = 22*11 + 3 -> '9'.
    QTest::newRow("remainder 3 -> 9") << QStringLiteral("43052419850312006") << QChar(u'9');
    // 233 + 1*2 = 235 = 21*11 + 4 -> '8'.
    QTest::newRow("remainder 4 -> 8") << QStringLiteral("43052419850312001") << QChar(u'8');
    // 233 + 7*2 = 247 = 22*11 + 5 -> '7'.
    QTest::newRow("remainder 5 -> 7") << QStringLiteral("43052419850312007") << QChar(u'7');
    // 233 + 2*2 = 237 = 21*11 + 6 -> '6' (Shaoyang county, female).
    QTest::newRow("Shaoyang, remainder 6 -> 6") << QStringLiteral("43052419850312002") << QChar(u'6');
    // 233 + 8*2 = 249 = 22*11 + 7 -> '5'.
    QTest::newRow("remainder 7 -> 5") << QStringLiteral("43052419850312008") << QChar(u'5');
    // 233 + 3*2 = 239 = 21*11 + 8 -> '4'.
    QTest::newRow("remainder 8 -> 4") << QStringLiteral("43052419850312003") << QChar(u'4');
    // 233 + 9*2 = 251 = 22*11 + 9 -> '3'.
    QTest::newRow("remainder 9 -> 3") << QStringLiteral("43052419850312009") << QChar(u'3');
    // 233 + 4*2 = 241 = 21*11 + 10 -> '2'.
    QTest::newRow("remainder 10 -> 2") << QStringLiteral("43052419850312004") << QChar(u'2');
    QTest::newRow("not digits") << QStringLiteral("4305241985031200A") << QChar();
    QTest::newRow("too short") << QStringLiteral("4305241985") << QChar();
    QTest::newRow("18 digits") << QStringLiteral("430524198503120020") << QChar();
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
    QTest::newRow("lower-case x") << QStringLiteral("34052419800101001x") << id << int(Sex::Male)
                                  << QDate(1980, 1, 1);
    QTest::newRow("full-width digits") << QStringLiteral("３４０５２４１９８００１０１００１Ｘ") << id
                                       << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("full-width lower x") << QStringLiteral("３４０５２４１９８００１０１００１ｘ") << id
                                        << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("spaces") << QStringLiteral(" 340524 19800101 001X ") << id << int(Sex::Male)
                            << QDate(1980, 1, 1);
    QTest::newRow("ideographic space")
        << QStringLiteral("340524\u300019800101001X") << id << int(Sex::Male) << QDate(1980, 1, 1);
    QTest::newRow("excel apostrophe")
        << QStringLiteral("'34052419800101001X") << id << int(Sex::Male) << QDate(1980, 1, 1);
    const QString female = QStringLiteral("430524198503120026"); // check character: see checkCharacter_data()
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
    QTest::newRow("wrong check character")
        << QStringLiteral("340524198001010013") << int(P::BadCheckCharacter);
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
    QCOMPARE(IdNumber::parse(u"340524800230001", QDate(2026, 11, 28)).problem(),
             IdNumber::Problem::BadBirthDate);
}

void TestIdNumber::leapDay()
{
    // 28+27+0+25+16+16+4+0+0+0+0+18+20+45 + 0+0+1*2 = 201 = 18*11 + 3 -> '9'.
    const IdNumber id = IdNumber::parse(u"430524200002290019", QDate(2026, 11, 28));
    QVERIFY2(id.isValid(), qPrintable(id.errorMessage()));
    QCOMPARE(id.birthDate(), QDate(2000, 2, 29));
}

void TestIdNumber::futureRelativeToToday()
{
    // 28+27+0+25+16+16+4+0+12+18+7+9+20+40 + 0+0+2*2 = 226 = 20*11 + 6 -> '6'.
    const QString text = QStringLiteral("430524202611280026");
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

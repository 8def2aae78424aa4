#include "spreadsheet/XmlTokenGuard.h"

#include <QByteArray>
#include <QTest>

using namespace anju;
using Verdict = XmlTokenGuard::Verdict;

// The guard in front of the XML parser (issue 14): what it refuses, and the well-formed XML it must
// let through, also when fed a byte at a time.
class TestXmlTokenGuard : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void tokenStartIsReported();
};

namespace {

constexpr qint64 MaxToken = 64;
constexpr int MaxDepth = 4;

Verdict scanWhole(const QByteArray& xml)
{
    XmlTokenGuard guard(MaxToken, MaxDepth);
    return guard.scan(xml.constData(), xml.size());
}

Verdict scanByteByByte(const QByteArray& xml)
{
    XmlTokenGuard guard(MaxToken, MaxDepth);
    for (char c : xml)
        guard.scan(&c, 1);
    return guard.verdict();
}

} // namespace

void TestXmlTokenGuard::verdicts_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("verdict");
    const QByteArray text64(64, 'x');
    const auto fine = int(Verdict::Fine);
    QTest::newRow("plain") << QByteArray("<?xml version=\"1.0\"?><a><b x=\"1\"/><c>text</c></a>") << fine;
    QTest::newRow("text at the limit") << "<a>" + text64 + "</a>" << fine;
    QTest::newRow("text over the limit") << "<a>" + text64 + "x</a>" << int(Verdict::TokenTooLong);
    QTest::newRow("whitespace between elements")
        << "<a>" + QByteArray(65, ' ') + "<b/></a>" << int(Verdict::TokenTooLong);
    QTest::newRow("whitespace in a tag")
        << "<a" + QByteArray(70, ' ') + "x=\"1\"/>" << int(Verdict::TokenTooLong);
    // '>' is allowed inside an attribute value: it must not end the tag, nor restart the count.
    QTest::newRow("long value with >")
        << "<a x=\"" + QByteArray(70, '>') + "\"/>" << int(Verdict::TokenTooLong);
    QTest::newRow("'>' in text") << QByteArray("<a>1 > 0</a>") << fine;
    QTest::newRow("nested at the limit") << QByteArray("<a><b><c><d/></c></b></a>") << fine;
    QTest::newRow("siblings do not nest") << QByteArray("<a><b/><b/><b/><b/><b/><b></b><b></b></a>") << fine;
    QTest::newRow("nested over the limit")
        << QByteArray("<a><b><c><d><e/></d></c></b></a>") << int(Verdict::TooDeep);
    // A "/>" that is text or inside a value closes nothing: nesting cannot hide behind it.
    QTest::newRow("/> in text") << QByteArray("<a>/><a>/><a>/><a>/><a>/>") << int(Verdict::TooDeep);
    QTest::newRow("/> in a value") << QByteArray("<a x=\"/>\"><a x='/>'><a x=\"/>\"><a><a>")
                                   << int(Verdict::TooDeep);
    QTest::newRow("comment and CDATA") << QByteArray("<a><!-- <b> --><![CDATA[<c>]]></a>") << fine;
    QTest::newRow("doctype") << QByteArray(
                                    "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>")
                             << int(Verdict::Doctype);
}

void TestXmlTokenGuard::verdicts()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, verdict);
    QCOMPARE(int(scanWhole(xml)), verdict);
    QCOMPARE(int(scanByteByByte(xml)), verdict);
}

void TestXmlTokenGuard::tokenStartIsReported()
{
    XmlTokenGuard guard(MaxToken, MaxDepth);
    const QByteArray xml = "<a><b/>" + QByteArray(100, ' ');
    QCOMPARE(guard.scan(xml.constData(), xml.size()), Verdict::TokenTooLong);
    QCOMPARE(guard.tokenStart(), 7);
}

QTEST_GUILESS_MAIN(TestXmlTokenGuard)
#include "tst_xmltokenguard.moc"

#pragma once

#include <QtGlobal>

namespace anju {

// Watches the bytes of an XML part as they are unpacked, before QXmlStreamReader sees them: the parser
// holds each token (text run, tag, comment) whole and keeps a stack entry per open element, so a run of
// gigabytes of whitespace or text, or elements nested millions deep, would exhaust memory inside it.
// Also refuses a DOCTYPE: an .xlsx never has one, and its entities could expand short input into long
// text. A small tokenizer, lenient where it cannot tell (then a limit may be reached a little later),
// never refusing well-formed XML within the limits of XlsxLimits.
class XmlTokenGuard
{
public:
    enum class Verdict
    {
        Fine,
        TokenTooLong, // more than XlsxLimits::MaxXmlToken bytes in one text run, tag or comment
        TooDeep,      // elements nested more than XlsxLimits::MaxXmlDepth deep
        Doctype,      // a document type declaration
    };

    XmlTokenGuard(qint64 maxToken, int maxDepth) : m_maxToken(maxToken), m_maxDepth(maxDepth) {}

    // Scans the next bytes of the part; the first verdict other than Fine sticks.
    Verdict scan(const char* data, qint64 size);
    Verdict verdict() const { return m_verdict; }
    // Where the offending token began, counted in bytes from the start of the part.
    qint64 tokenStart() const { return m_tokenStart; }

private:
    enum class State
    {
        Text,
        TagOpen,     // just after '<'
        Tag,         // inside <name ...> or </name>
        Quoted,      // inside an attribute value
        Declaration, // <!-- -->, <![CDATA[ ]]>, <? ?>
    };

    void startToken(qint64 at);
    bool grow();

    qint64 m_maxToken;
    int m_maxDepth;
    State m_state = State::Text;
    bool m_endTag = false;
    bool m_bang = false; // the declaration began with "<!", not "<?"
    char m_quote = 0;
    char m_last = 0;       // the last byte inside a tag outside quotes, or of a declaration
    char m_beforeLast = 0; // the one before it in a declaration ("--" or "]]" or "?" before '>')
    qint64 m_position = 0;
    qint64 m_tokenStart = 0;
    qint64 m_tokenLength = 0;
    int m_depth = 0;
    Verdict m_verdict = Verdict::Fine;
};

} // namespace anju

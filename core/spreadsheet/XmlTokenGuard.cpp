#include "spreadsheet/XmlTokenGuard.h"

namespace anju {

void XmlTokenGuard::startToken(qint64 at)
{
    m_tokenStart = at;
    m_tokenLength = 0;
}

bool XmlTokenGuard::grow()
{
    if (++m_tokenLength <= m_maxToken)
        return true;
    m_verdict = Verdict::TokenTooLong;
    return false;
}

XmlTokenGuard::Verdict XmlTokenGuard::scan(const char* data, qint64 size)
{
    for (qint64 i = 0; i < size && m_verdict == Verdict::Fine; ++i) {
        const char c = data[i];
        const qint64 at = m_position + i;
        switch (m_state) {
        case State::Text:
            if (c == '<') {
                m_state = State::TagOpen;
                startToken(at);
            }
            grow();
            break;
        case State::TagOpen:
            grow();
            if (c == '!' || c == '?') {
                m_state = State::Declaration;
                m_bang = c == '!';
                m_last = m_beforeLast = 0;
                break;
            }
            m_state = State::Tag;
            m_endTag = c == '/';
            m_last = c;
            if (m_endTag) {
                m_depth = qMax(0, m_depth - 1);
            } else if (++m_depth > m_maxDepth) {
                m_verdict = Verdict::TooDeep;
            }
            break;
        case State::Tag:
            if (c == '>') {
                if (!m_endTag && m_last == '/')
                    m_depth = qMax(0, m_depth - 1); // <empty/> opened nothing
                m_state = State::Text;
                startToken(at + 1);
                break;
            }
            grow();
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::Quoted;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                m_last = c;
            break;
        case State::Quoted:
            grow();
            if (c == m_quote) {
                m_state = State::Tag;
                m_last = c;
            }
            break;
        case State::Declaration:
            grow();
            // "<!-" begins a comment and "<![" a CDATA section; any other "<!" is a DOCTYPE (or part
            // of one). "<?" instructions pass.
            if (m_bang && m_tokenLength == 3 && c != '-' && c != '[') {
                m_verdict = Verdict::Doctype;
                break;
            }
            if (c == '>' && ((m_bang && m_last == m_beforeLast && (m_last == '-' || m_last == ']')) ||
                             (!m_bang && m_last == '?'))) {
                m_state = State::Text;
                startToken(at + 1);
                break;
            }
            m_beforeLast = m_last;
            m_last = c;
            break;
        }
    }
    m_position += size;
    return m_verdict;
}

} // namespace anju

#include "spreadsheet/XlsxMergeScanner.h"

#include "spreadsheet/CellReference.h"

#include <QByteArray>
#include <QIODevice>
#include <QLocale>

namespace anju {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
constexpr qsizetype MaxTagLength = 4096; // a <mergeCell> longer than this is not one
constexpr qsizetype MaxPrefixLength = 32;
constexpr QByteArrayView ElementName("mergeCell");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

} // namespace

std::optional<MergedRange> XlsxMergeScanner::parseRange(QStringView reference)
{
    const qsizetype colon = reference.indexOf(u':');
    const auto first = CellReference::parse(colon < 0 ? reference : reference.left(colon));
    const auto last = colon < 0 ? first : CellReference::parse(reference.mid(colon + 1));
    if (!first || !last || first->row == 0 || last->row == 0 || last->column >= TableReader::MaxColumns ||
        first->column >= TableReader::MaxColumns)
        return std::nullopt;
    return MergedRange{qMin(first->row, last->row), qMax(first->row, last->row),
                       qMin(first->column, last->column), qMax(first->column, last->column)};
}

QString XlsxMergeScanner::refAttribute(QByteArrayView tag)
{
    for (qsizetype at = tag.indexOf("ref"); at >= 0; at = tag.indexOf("ref", at + 3)) {
        if (at > 0 && !isSpace(tag[at - 1]))
            continue; // the end of another attribute's name
        qsizetype i = at + 3;
        while (i < tag.size() && isSpace(tag[i]))
            ++i;
        if (i >= tag.size() || tag[i] != '=')
            continue;
        ++i;
        while (i < tag.size() && isSpace(tag[i]))
            ++i;
        if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\''))
            continue;
        const qsizetype close = tag.indexOf(tag[i], i + 1);
        if (close < 0)
            return {};
        return QString::fromLatin1(tag.sliced(i + 1, close - i - 1));
    }
    return {};
}

bool XlsxMergeScanner::isStartTag(QByteArrayView view, qsizetype nameAt)
{
    if (nameAt < 1)
        return false;
    if (view[nameAt - 1] == '<')
        return true;
    if (view[nameAt - 1] != ':')
        return false;
    // "<x:mergeCell": '<' is escaped in text, so an unescaped one before the prefix means markup.
    qsizetype i = nameAt - 2;
    while (i >= 0 && nameAt - i < MaxPrefixLength && isNameCharacter(view[i]))
        --i;
    return i >= 0 && i < nameAt - 2 && view[i] == '<';
}

Result<QList<MergedRange>> XlsxMergeScanner::scan(QIODevice& device, const QString& partName)
{
    QList<MergedRange> out;
    QByteArray buffer;
    qsizetype searchFrom = 0; // bytes before this were searched; some are kept for isStartTag()
    bool atEnd = false;
    while (!atEnd) {
        const qsizetype kept = buffer.size();
        buffer.resize(kept + ChunkSize);
        const qint64 got = device.read(buffer.data() + kept, ChunkSize);
        if (got < 0)
            return Outcome::error(device.errorString());
        atEnd = got == 0;
        buffer.resize(kept + got);

        const QByteArrayView view(buffer);
        qsizetype resume = -1; // where a match cut off by the end of the chunk starts
        qsizetype hit = view.indexOf(ElementName, searchFrom);
        while (hit >= 0) {
            const qsizetype after = hit + ElementName.size();
            if (after >= view.size() && !atEnd) {
                resume = hit;
                break;
            }
            qsizetype next = after;
            if (after < view.size() && isStartTag(view, hit) &&
                (isSpace(view[after]) || view[after] == '/' || view[after] == '>')) {
                const qsizetype close = view.indexOf('>', after);
                if (close < 0 && !atEnd && view.size() - hit <= MaxTagLength) {
                    resume = hit;
                    break;
                }
                if (close >= 0) {
                    const QString reference = refAttribute(view.sliced(after, close - after));
                    const auto range = parseRange(reference);
                    if (!range)
                        return Outcome::error(
                            tr("The sheet part %1 has a merged range \"%2\" that is not valid.")
                                .arg(partName, reference));
                    if (out.size() >= MaxMergedRanges)
                        return Outcome::error(tr("The sheet part %1 has more than %2 merged ranges.")
                                                  .arg(partName, QLocale().toString(MaxMergedRanges)));
                    out.append(*range);
                    next = close + 1;
                }
            }
            hit = view.indexOf(ElementName, next);
        }
        if (resume < 0) // a match may begin in the last bytes and end in the next chunk
            resume = qMax(searchFrom, view.size() - ElementName.size() + 1);
        const qsizetype drop = qMax<qsizetype>(0, resume - MaxPrefixLength - 1);
        buffer.remove(0, drop);
        searchFrom = resume - drop;
    }
    return out;
}

} // namespace anju

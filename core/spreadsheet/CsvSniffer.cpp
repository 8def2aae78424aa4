#include "spreadsheet/CsvSniffer.h"

#include <QHash>
#include <QIODevice>

#include <array>

namespace anju {

namespace {

constexpr qint64 SampleBytes = 64 * 1024;
constexpr qint64 ScanChunkBytes = 1024 * 1024;
constexpr int SampleLines = 20;

qsizetype firstNonAscii(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return i;
    }
    return -1;
}

} // namespace

QString CsvSniffer::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

bool CsvSniffer::isValidUtf8(QByteArrayView bytes, bool cutAtEnd)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return cutAtEnd;
            const unsigned char c = p[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

Result<CsvSniffer::Format> CsvSniffer::detectEncoding(QIODevice& file)
{
    file.seek(0);
    const QByteArray head = file.read(SampleBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        return Format{Encoding::Utf8, 3, true};
    if (head.startsWith("\xFF\xFE"))
        return Format{Encoding::Utf16LE, 2, true};
    if (head.startsWith("\xFE\xFF"))
        return Format{Encoding::Utf16BE, 2, true};
    if (head.contains('\0'))
        return Outcome::error(tr("The file is neither an Excel workbook (.xlsx) nor a CSV text file."));
    Format format;
    // Rosters often start with pages of ASCII (numbers, codes); the encoding shows at the first
    // non-ASCII byte, so judge the bytes from there.
    QByteArray window = head;
    qint64 windowStart = 0;
    qsizetype found = firstNonAscii(window);
    while (found < 0 && !file.atEnd()) {
        windowStart += window.size();
        window = file.read(ScanChunkBytes);
        found = firstNonAscii(window);
    }
    if (found < 0)
        return format; // plain ASCII reads the same in every encoding offered
    QByteArray sample = window.mid(found, SampleBytes);
    if (sample.size() < SampleBytes && !file.atEnd()) {
        file.seek(windowStart + found);
        sample = file.read(SampleBytes);
    }
    const bool cut = !file.atEnd() || file.pos() > windowStart + found + sample.size();
    format.encoding = isValidUtf8(sample, cut) ? Encoding::Utf8 : Encoding::Gb18030;
    return format;
}

QChar CsvSniffer::detectDelimiter(QStringView sample)
{
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    std::array<QHash<int, int>, 3> linesWithCount; // per candidate: count on a line -> lines
    std::array<int, 3> onLine{};
    bool quoted = false;
    int lines = 0;
    auto endLine = [&] {
        if (onLine == std::array<int, 3>{})
            return; // a blank line tells nothing
        for (size_t k = 0; k < candidates.size(); ++k)
            ++linesWithCount[k][onLine[k]];
        onLine = {};
        ++lines;
    };
    for (qsizetype i = 0; i < sample.size() && lines < SampleLines; ++i) {
        const char16_t c = sample[i].unicode();
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            endLine();
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                onLine[k] += c == candidates[k];
        }
    }
    endLine();
    // The delimiter is the character that splits most lines into the same number of fields.
    QChar best = u',';
    int bestLines = 0, bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        for (auto it = linesWithCount[k].cbegin(); it != linesWithCount[k].cend(); ++it) {
            if (it.key() == 0)
                continue;
            if (it.value() > bestLines || (it.value() == bestLines && it.key() > bestCount)) {
                best = QChar(candidates[k]);
                bestLines = it.value();
                bestCount = it.key();
            }
        }
    }
    return best;
}

} // namespace anju

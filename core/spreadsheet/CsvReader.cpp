#include "spreadsheet/CsvReader.h"

#include "spreadsheet/CellReference.h"
#include "spreadsheet/FormulaGuard.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cstring>

namespace anju {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 DelimiterSampleBytes = 64 * 1024;

bool hasContent(const TableRow& row)
{
    return std::any_of(row.cells.cbegin(), row.cells.cend(), [](const CellValue& cell) {
        // Most cells start with a visible character; only the rest need isEmpty()'s trimming.
        return (cell.kind == CellValue::Kind::Text && !cell.text.isEmpty() && !cell.text.front().isSpace()) ||
               !cell.isEmpty();
    });
}

void storeText(TableRow& row, int column, QStringView text)
{
    // The ' that Anju's CSV writer puts before formula-like text is not part of the text.
    if (FormulaGuard::isGuarded(text))
        text = text.sliced(1);
    if (column >= row.cells.size())
        row.cells.resize(column + 1);
    CellValue& cell = row.cells[column];
    // Reusing the caller's strings keeps a million-row read from allocating a string per cell.
    if (cell.text.size() != text.size() || !cell.text.isDetached())
        cell.text.resize(text.size());
    if (!text.isEmpty())
        std::memcpy(cell.text.data(), text.data(), size_t(text.size()) * sizeof(QChar));
    cell.kind = text.isEmpty() ? CellValue::Kind::Empty : CellValue::Kind::Text;
    cell.number = 0;
    cell.dateFormatted = false;
}

} // namespace

QStringDecoder CsvReader::makeDecoder() const
{
    switch (m_format.encoding) {
    case CsvSniffer::Encoding::Utf8:
        return QStringDecoder(QStringDecoder::Utf8);
    case CsvSniffer::Encoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case CsvSniffer::Encoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case CsvSniffer::Encoding::Gb18030:
        return QStringDecoder("GB18030");
    }
    return {};
}

QString CsvReader::formatName() const
{
    return QStringLiteral("csv (%1)").arg(CsvSniffer::encodingName(m_format.encoding));
}

Outcome CsvReader::open(const QString& path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Outcome::error(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString()));
    m_sheetName = QFileInfo(path).completeBaseName();
    const Result<CsvSniffer::Format> format = CsvSniffer::detectEncoding(m_file);
    if (!format)
        return format;
    m_format = format.value();
    if (!makeDecoder().isValid())
        return Outcome::error(tr("The file is not in UTF-8 and this computer cannot read GB18030 text; save "
                                 "the file as \"CSV UTF-8\" and import it again."));

    m_file.seek(m_format.dataStart);
    const QByteArray head = m_file.read(DelimiterSampleBytes);
    QStringDecoder decoder = makeDecoder();
    const QString sample = decoder.decode(head);
    m_firstRecord = m_format.dataStart;
    m_firstLine = 1;
    // Excel reads and writes a first line "sep=;" naming the delimiter.
    const qsizetype firstLineEnd = sample.indexOf(u'\n');
    if (sample.startsWith(u"sep=") && firstLineEnd >= 5 && firstLineEnd <= 6 && sample.at(4) != u'\r') {
        m_delimiter = sample.at(4);
        const qsizetype unitBytes = m_format.encoding == CsvSniffer::Encoding::Utf16LE ||
                                            m_format.encoding == CsvSniffer::Encoding::Utf16BE
                                        ? 2
                                        : 1;
        m_firstRecord += (firstLineEnd + 1) * unitBytes;
        m_firstLine = 2;
    } else {
        m_delimiter = CsvSniffer::detectDelimiter(sample);
    }
    if (!selectSheet(0))
        return Outcome::error(m_error);
    return {};
}

bool CsvReader::selectSheet(int index)
{
    m_error.clear();
    if (index != 0) {
        m_error = tr("A CSV file has only one sheet.");
        return false;
    }
    if (!m_file.seek(m_firstRecord)) {
        m_error = tr("Cannot read the file: %1").arg(m_file.errorString());
        return false;
    }
    m_decoder = makeDecoder();
    m_buffer.clear();
    m_pos = 0;
    m_fileDone = false;
    m_line = m_firstLine;
    return true;
}

bool CsvReader::refill()
{
    while (!m_fileDone) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        m_bytes.resize(ChunkBytes);
        const qint64 got = m_file.read(m_bytes.data(), ChunkBytes);
        if (got <= 0) {
            if (got < 0)
                m_error = tr("Cannot read the file: %1").arg(m_file.errorString());
            m_fileDone = true;
            return false;
        }
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + m_decoder.requiredSpace(got));
        const QChar* end =
            m_decoder.appendToBuffer(m_buffer.data() + old, QByteArrayView(m_bytes.constData(), got));
        m_buffer.resize(end - m_buffer.constData());
        if (m_decoder.hasError()) {
            reportDecodingError(old);
            return false;
        }
        if (m_buffer.size() > old)
            return true;
    }
    return false;
}

void CsvReader::reportDecodingError(qsizetype firstNewCharacter)
{
    // The decoder replaced the bad bytes with U+FFFD; the line is the one it stands on.
    qsizetype bad = m_buffer.indexOf(QChar(QChar::ReplacementCharacter), firstNewCharacter);
    if (bad < 0)
        bad = m_buffer.size();
    const auto line = m_line + QStringView(m_buffer).sliced(m_pos, bad - m_pos).count(u'\n');
    m_error = tr("Line %1 is not valid %2 text; the file mixes encodings. Save it again as \"CSV UTF-8\".")
                  .arg(QString::number(line), CsvSniffer::encodingName(m_format.encoding));
    m_fileDone = true;
}

void CsvReader::appendToField(QStringView part, qint64& length)
{
    // Past the limit only the count goes on, for the message.
    if (length + part.size() <= MaxCellCharacters)
        m_field.append(part);
    length += part.size();
}

QStringView CsvReader::scanUnquoted(qint64& length)
{
    const char16_t delimiter = m_delimiter.unicode();
    // Every character that ends a field is at most this, so most characters cost one comparison.
    const char16_t highestEnd = std::max(delimiter, char16_t(u'\r'));
    for (;;) {
        const auto* data = reinterpret_cast<const char16_t*>(m_buffer.constData());
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size) {
            const char16_t c = data[i];
            if (c <= highestEnd && (c == delimiter || c == u'\n' || c == u'\r'))
                break;
            ++i;
        }
        const QStringView part(data + m_pos, i - m_pos);
        m_pos = i;
        if (i < size && !m_fieldInScratch) {
            length += part.size();
            return part; // points into the buffer: valid until the next refill()
        }
        appendToField(part, length);
        m_fieldInScratch = true;
        if (i < size || !refill())
            return m_field;
    }
}

bool CsvReader::readQuoted(qint64& length)
{
    const int firstLine = m_line;
    ++m_pos; // the opening quote
    m_fieldInScratch = true;
    for (;;) {
        const auto* data = reinterpret_cast<const char16_t*>(m_buffer.constData());
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size && data[i] != u'"') {
            m_line += data[i] == u'\n';
            ++i;
        }
        appendToField(QStringView(data + m_pos, i - m_pos), length);
        m_pos = i;
        if (i == size) {
            if (refill())
                continue;
            if (m_error.isEmpty())
                m_error = tr("Line %1: a quoted field is not closed; the file may be cut off.")
                              .arg(QString::number(firstLine));
            return false;
        }
        ++m_pos; // a quote: either the closing one or the first of ""
        if (!ensureAvailable())
            return m_error.isEmpty();
        if (m_buffer.at(m_pos) != u'"')
            return true;
        appendToField(u"\"", length);
        ++m_pos;
    }
}

CsvReader::End CsvReader::readField(TableRow& row, int column, int recordLine)
{
    if (m_fieldInScratch)
        m_field.truncate(0);
    m_fieldInScratch = false;
    qint64 length = 0;
    if (ensureAvailable() && m_buffer.at(m_pos) == u'"' && !readQuoted(length))
        return End::Failed;
    if (!m_error.isEmpty())
        return End::Failed;
    // Unquoted text, or what follows a closing quote before the delimiter (kept, as Excel does).
    const QStringView text = scanUnquoted(length);
    if (!m_error.isEmpty())
        return End::Failed;
    if (length > MaxCellCharacters) {
        m_error = tr("Cell %1 has %2 characters; a spreadsheet cell holds at most %3.")
                      .arg(CellReference::name(column, recordLine), QLocale().toString(length),
                           QLocale().toString(MaxCellCharacters));
        return End::Failed;
    }
    storeText(row, column, text);
    return consumeTerminator();
}

CsvReader::End CsvReader::consumeTerminator()
{
    if (m_pos >= m_buffer.size())
        return End::File;
    const QChar c = m_buffer.at(m_pos++);
    if (c == m_delimiter)
        return End::Delimiter;
    ++m_line;
    if (c == u'\r' && ensureAvailable() && m_buffer.at(m_pos) == u'\n')
        ++m_pos;
    return End::Line;
}

bool CsvReader::next(TableRow& row)
{
    while (m_error.isEmpty() && ensureAvailable()) {
        row.number = m_line;
        int column = 0;
        End end = End::Delimiter;
        while (end == End::Delimiter) {
            if (column >= MaxColumns) {
                m_error = tr("Line %1 has more than %2 columns; a spreadsheet has at most %2.")
                              .arg(QString::number(row.number), QLocale().toString(MaxColumns));
                return false;
            }
            end = readField(row, column++, row.number);
        }
        if (end == End::Failed)
            return false;
        row.cells.resize(column);
        if (hasContent(row))
            return true;
    }
    return false;
}

} // namespace anju

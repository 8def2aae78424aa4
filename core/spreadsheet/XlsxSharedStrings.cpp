#include "spreadsheet/XlsxSharedStrings.h"

#include "spreadsheet/TableReader.h"
#include "spreadsheet/XlsxLimits.h"
#include "spreadsheet/XlsxXml.h"
#include "spreadsheet/ZipArchive.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <limits>

namespace anju {

namespace {
// 2 MB blocks: a string never spans two, so at most one cell's worth (64 KB) is left unused in each.
constexpr qint64 BlockCharacters = 1024 * 1024;
constexpr quint16 Oversized = 0xFFFF;
static_assert(TableReader::MaxCellCharacters < Oversized);
static_assert(XlsxLimits::MaxSharedStringCharacters * 2 < std::numeric_limits<quint32>::max());
} // namespace

void XlsxSharedStrings::clear()
{
    m_blocks.clear();
    m_starts.clear();
    m_lengths.clear();
    m_oversized.clear();
    m_stored = 0;
}

void XlsxSharedStrings::append(const QString& text, qint64 length)
{
    if (length > TableReader::MaxCellCharacters) {
        m_oversized.insert(size(), length);
        m_starts.push_back(0);
        m_lengths.push_back(Oversized);
        return;
    }
    if (m_blocks.empty() || m_blocks.back().size() + text.size() > BlockCharacters) {
        m_blocks.emplace_back();
        m_blocks.back().reserve(BlockCharacters);
    }
    QString& block = m_blocks.back();
    m_starts.push_back(quint32((qint64(m_blocks.size()) - 1) * BlockCharacters + block.size()));
    m_lengths.push_back(quint16(text.size()));
    block.append(text);
    m_stored += text.size();
}

Outcome XlsxSharedStrings::load(const ZipArchive& zip, const QString& part)
{
    clear();
    if (part.isEmpty() || !zip.contains(part))
        return {};
    const auto opened = zip.openEntry(part, XlsxLimits::MaxSharedStringsPart);
    if (!opened)
        return opened;
    const std::unique_ptr<ZipEntryDevice>& device = opened.value();
    QXmlStreamReader xml(device.get());
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si")
            continue;
        if (size() >= XlsxLimits::MaxSharedStrings)
            return Outcome::error(tr("The workbook has more than %1 different texts (shared strings); a "
                                     "whole province's roster has about 4 million. The file is damaged or "
                                     "built to exhaust memory.")
                                      .arg(QLocale().toString(XlsxLimits::MaxSharedStrings)));
        text.truncate(0);
        qint64 length = 0;
        XlsxXml::readRichText(xml, text, length);
        if (length <= TableReader::MaxCellCharacters &&
            m_stored + text.size() > XlsxLimits::MaxSharedStringCharacters)
            return Outcome::error(tr("The different texts of the workbook (shared strings) have more than %1 "
                                     "characters together; a whole province's roster has about 45 million. "
                                     "The file is damaged or built to exhaust memory.")
                                      .arg(QLocale().toString(XlsxLimits::MaxSharedStringCharacters)));
        append(text, length);
    }
    if (xml.hasError())
        return Outcome::error(XlsxXml::partError(xml, *device));
    return {};
}

QString XlsxSharedStrings::text(qsizetype index) const
{
    const quint16 length = m_lengths.at(size_t(index));
    if (length == Oversized)
        return {};
    const quint32 start = m_starts.at(size_t(index));
    return m_blocks.at(start / BlockCharacters).mid(start % BlockCharacters, length);
}

qint64 XlsxSharedStrings::length(qsizetype index) const
{
    const quint16 stored = m_lengths.at(size_t(index));
    return stored == Oversized ? m_oversized.value(index) : stored;
}

} // namespace anju

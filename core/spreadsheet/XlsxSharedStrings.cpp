#include "spreadsheet/XlsxSharedStrings.h"

#include "spreadsheet/TableReader.h"
#include "spreadsheet/XlsxXml.h"
#include "spreadsheet/ZipArchive.h"

#include <QXmlStreamReader>

namespace anju {

using namespace Qt::Literals::StringLiterals;

namespace {
// The count attribute only sizes a reservation; a lying file must not make it allocate gigabytes.
constexpr qsizetype MaxReservation = 1'000'000;
} // namespace

Outcome XlsxSharedStrings::load(const ZipArchive& zip, const QString& part)
{
    m_strings.clear();
    m_oversized.clear();
    if (part.isEmpty() || !zip.contains(part))
        return {};
    const auto opened = zip.openEntry(part);
    if (!opened)
        return opened;
    const std::unique_ptr<ZipEntryDevice>& device = opened.value();
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            const qsizetype count = xml.attributes().value("uniqueCount"_L1).toLongLong();
            m_strings.reserve(qBound(qsizetype(0), count, MaxReservation));
        } else if (xml.name() == u"si") {
            QString text;
            qint64 length = 0;
            XlsxXml::readRichText(xml, text, length);
            if (length > TableReader::MaxCellCharacters) {
                m_oversized.insert(m_strings.size(), length);
                text.clear();
            }
            m_strings.append(text);
        }
    }
    if (xml.hasError())
        return Outcome::error(XlsxXml::partError(xml, *device));
    return {};
}

qint64 XlsxSharedStrings::length(qsizetype index) const
{
    const auto found = m_oversized.constFind(index);
    return found != m_oversized.cend() ? *found : m_strings.at(index).size();
}

} // namespace anju

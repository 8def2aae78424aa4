#include "spreadsheet/XlsxStyles.h"

#include "spreadsheet/XlsxLimits.h"
#include "spreadsheet/XlsxXml.h"
#include "spreadsheet/ZipArchive.h"

#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>

namespace anju {

using namespace Qt::Literals::StringLiterals;

bool XlsxStyles::isBuiltInDateFormat(int id)
{
    // 14-22 everywhere; 27-36 and 50-58 are the East Asian date formats (yyyy"年"m"月"d"日" in zh-CN);
    // 45-47 are mm:ss, [h]:mm:ss and mmss.0.
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

bool XlsxStyles::isDateFormatCode(QStringView code)
{
    // Only the first section (positive numbers) decides how a serial is shown.
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = code[i].toLower().unicode();
        switch (c) {
        case u'"': // quoted literal text
            while (++i < n && code[i] != u'"') {
            }
            break;
        case u'[': { // [Red], [$-804], [>=100] are not dates; [h], [mm], [ss] are elapsed time
            const qsizetype start = i + 1;
            while (++i < n && code[i] != u']') {
            }
            const QStringView inside = code.mid(start, i - start);
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar letter) {
                    return QStringView(u"hHmMsS").contains(letter);
                }))
                return true;
            break;
        }
        case u'\\': // escaped literal character
        case u'_':  // space as wide as the next character
        case u'*':  // repeat the next character
            ++i;
            break;
        case u';':
            return false;
        case u'g': // "General" is not a date, and its letters must not count as one
            if (code.mid(i, 7).compare(u"general", Qt::CaseInsensitive) == 0)
                i += 6;
            break;
        case u'e': // the year in East Asian formats; "E+" / "E-" is scientific notation
            if (i + 1 < n && (code[i + 1] == u'+' || code[i + 1] == u'-'))
                break;
            return true;
        case u'y':
        case u'm':
        case u'd':
        case u'h':
        case u's':
            return true;
        default:
            break;
        }
    }
    return false;
}

Outcome XlsxStyles::load(const ZipArchive& zip, const QString& part)
{
    m_dateStyles.clear();
    if (part.isEmpty() || !zip.contains(part))
        return {};
    const auto opened = zip.openEntry(part, XlsxLimits::MaxStylesPart);
    if (!opened)
        return opened;
    const std::unique_ptr<ZipEntryDevice>& device = opened.value();
    QXmlStreamReader xml(device.get());
    QHash<int, bool> customDateFormats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if ((name == u"numFmt" && customDateFormats.size() >= XlsxLimits::MaxCellFormats) ||
            (name == u"xf" && inCellXfs && m_dateStyles.size() >= XlsxLimits::MaxCellFormats))
            return Outcome::error(tr("The workbook has more than %1 cell formats; Excel allows about 64,000. "
                                     "The file is damaged or built to exhaust memory.")
                                      .arg(QLocale().toString(XlsxLimits::MaxCellFormats)));
        if (name == u"numFmt") {
            const auto attributes = xml.attributes();
            customDateFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                     isDateFormatCode(attributes.value("formatCode"_L1)));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            const int id = xml.attributes().value("numFmtId"_L1).toInt();
            const auto custom = customDateFormats.constFind(id);
            m_dateStyles.append(custom != customDateFormats.cend() ? *custom : isBuiltInDateFormat(id));
            xml.skipCurrentElement();
        } else if (name == u"cellStyleXfs" || name == u"dxfs" || name == u"fonts" || name == u"fills" ||
                   name == u"borders") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Outcome::error(XlsxXml::partError(xml, *device));
    return {};
}

} // namespace anju

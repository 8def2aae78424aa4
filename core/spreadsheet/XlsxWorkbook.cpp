#include "spreadsheet/XlsxWorkbook.h"

#include "spreadsheet/XlsxLimits.h"
#include "spreadsheet/XlsxXml.h"
#include "spreadsheet/ZipArchive.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamReader>

namespace anju {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString DefaultWorkbookPart = QStringLiteral("xl/workbook.xml");

QString relationshipsPartOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/" + part.mid(slash + 1) + u".rels";
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

QString XlsxWorkbook::resolveTarget(const QString& sourcePart, const QString& target)
{
    // Targets are URIs: %-escapes are possible, and some writers use backslashes.
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/'))
        return QDir::cleanPath(path.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    return QDir::cleanPath(sourcePart.left(slash + 1) + path);
}

Outcome XlsxWorkbook::readRelationships(const ZipArchive& zip, const QString& sourcePart,
                                        QList<Relationship>& out) const
{
    const QString part = relationshipsPartOf(sourcePart);
    if (!zip.contains(part))
        return {};
    const auto opened = zip.openEntry(part, XlsxLimits::MaxSmallPart);
    if (!opened)
        return opened;
    const std::unique_ptr<ZipEntryDevice>& device = opened.value();
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        if (attributes.value("TargetMode"_L1) == u"External")
            continue;
        if (out.size() >= XlsxLimits::MaxRelationships)
            return Outcome::error(
                tr("The part %1 of the workbook has more than %2 relationships; the file is "
                   "damaged or built to exhaust memory.")
                    .arg(part, QLocale().toString(XlsxLimits::MaxRelationships)));
        const QStringView type = attributes.value("Type"_L1);
        out.append({attributes.value("Id"_L1).toString(), type.mid(type.lastIndexOf(u'/') + 1).toString(),
                    resolveTarget(sourcePart, attributes.value("Target"_L1).toString())});
    }
    if (xml.hasError())
        return Outcome::error(XlsxXml::partError(xml, *device));
    return {};
}

Result<QString> XlsxWorkbook::findWorkbookPart(const ZipArchive& zip) const
{
    // The package relationships name the main part; almost every writer calls it xl/workbook.xml.
    // Damaged package relationships are passed over (those read before the damage count): the usual
    // name may still be there.
    QList<Relationship> packageRelationships;
    (void)readRelationships(zip, QString(), packageRelationships); // the package itself
    for (const Relationship& relationship : std::as_const(packageRelationships)) {
        if (relationship.type == u"officeDocument" && zip.contains(relationship.target))
            return relationship.target;
    }
    if (zip.contains(DefaultWorkbookPart))
        return DefaultWorkbookPart;
    if (zip.contains(QStringLiteral("xl/workbook.bin")))
        return Outcome::error(tr("The workbook is in Excel's binary format (.xlsb); save it as .xlsx."));
    return Outcome::error(tr("The file is a zip archive but not an Excel workbook (.xlsx)."));
}

Result<QList<QString>> XlsxWorkbook::readWorkbook(const ZipArchive& zip, const QString& part)
{
    QList<QString> sheetRelationIds;
    const auto opened = zip.openEntry(part, XlsxLimits::MaxSmallPart);
    if (!opened)
        return opened;
    const std::unique_ptr<ZipEntryDevice>& device = opened.value();
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(attributes.value("date1904"_L1));
        } else if (xml.name() == u"sheet") {
            if (m_sheets.size() >= XlsxLimits::MaxSheets)
                return Outcome::error(
                    tr("The workbook has more than %1 sheets; the file is damaged or built to "
                       "exhaust memory.")
                        .arg(QLocale().toString(XlsxLimits::MaxSheets)));
            Sheet sheet;
            sheet.name = attributes.value("name"_L1).toString();
            sheet.hidden =
                !attributes.value("state"_L1).isEmpty() && attributes.value("state"_L1) != u"visible";
            // r:id, whichever prefix and relationships namespace (transitional or strict) is used.
            QString relationId;
            for (const auto& attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    relationId = attribute.value().toString();
            }
            m_sheets.append(sheet);
            sheetRelationIds.append(relationId);
        } else if (xml.name() == u"definedNames") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Outcome::error(XlsxXml::partError(xml, *device));
    return sheetRelationIds;
}

Outcome XlsxWorkbook::load(const ZipArchive& zip)
{
    m_sheets.clear();
    m_date1904 = false;
    const Result<QString> found = findWorkbookPart(zip);
    if (!found)
        return found;
    const QString& workbookPart = found.value();
    const Result<QList<QString>> readIds = readWorkbook(zip, workbookPart);
    if (!readIds)
        return readIds;
    const QList<QString>& sheetRelationIds = readIds.value();
    QList<Relationship> relationships;
    if (Outcome read = readRelationships(zip, workbookPart, relationships); !read)
        return read;

    const QString folder = workbookPart.left(workbookPart.lastIndexOf(u'/') + 1);
    m_sharedStringsPart = folder + u"sharedStrings.xml";
    m_stylesPart = folder + u"styles.xml";
    for (const Relationship& relationship : std::as_const(relationships)) {
        if (relationship.type == u"sharedStrings")
            m_sharedStringsPart = relationship.target;
        else if (relationship.type == u"styles")
            m_stylesPart = relationship.target;
    }
    // By id, so that thousands of sheets and relationships stay quick.
    QHash<QString, QString> targets;
    for (const Relationship& relationship : std::as_const(relationships))
        targets.insert(relationship.id, relationship.target); // the last of a repeated id, as before
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        m_sheets[i].part = targets.value(sheetRelationIds.at(i));
        // Without relationships, writers that number sheets in order still get read.
        if (m_sheets[i].part.isEmpty() && relationships.isEmpty())
            m_sheets[i].part = folder + u"worksheets/sheet" + QString::number(i + 1) + u".xml";
    }
    if (m_sheets.isEmpty())
        return Outcome::error(tr("The workbook has no sheets."));
    return {};
}

} // namespace anju

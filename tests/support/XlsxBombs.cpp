#include "XlsxBombs.h"

#include <QFile>

#include <zip.h>

#include <algorithm>
#include <cstring>

namespace anju::test {

namespace {

const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Produces head + unit x repeat + tail for libzip, a buffer at a time.
struct RepeatedSource
{
    const RepeatedPart* part = nullptr;
    qint64 position = 0; // bytes produced so far
    qint64 total() const { return part->head.size() + part->unit.size() * part->repeat + part->tail.size(); }

    qint64 read(char* out, qint64 max)
    {
        qint64 written = 0;
        while (written < max && position < total()) {
            const qint64 headSize = part->head.size();
            const qint64 bodySize = part->unit.size() * part->repeat;
            const char* from = nullptr;
            qint64 available = 0;
            if (position < headSize) {
                from = part->head.constData() + position;
                available = headSize - position;
            } else if (position < headSize + bodySize) {
                const qint64 inUnit = (position - headSize) % part->unit.size();
                from = part->unit.constData() + inUnit;
                available = part->unit.size() - inUnit;
            } else {
                const qint64 inTail = position - headSize - bodySize;
                from = part->tail.constData() + inTail;
                available = part->tail.size() - inTail;
            }
            const qint64 n = std::min(available, max - written);
            std::memcpy(out + written, from, size_t(n));
            written += n;
            position += n;
        }
        return written;
    }
};

zip_int64_t repeatedCallback(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto* source = static_cast<RepeatedSource*>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        source->position = 0;
        return 0;
    case ZIP_SOURCE_READ:
        return source->read(static_cast<char*>(data), qint64(length));
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        stat->size = zip_uint64_t(source->total());
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(nullptr, data, length);
    case ZIP_SOURCE_FREE:
        delete source;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

RepeatedPart plain(const QString& name, const QByteArray& content)
{
    return {name, content, {}, 0, {}};
}

QByteArray relationship(const QByteArray& id, const char* type, const char* target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + RelationshipNamespace + "/" + type + "\" Target=\"" +
           target + "\"/>";
}

const QByteArray RelationshipsHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
const QByteArray WorkbookHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" +
                                MainNamespace + "\" xmlns:r=\"" + RelationshipNamespace + "\"><sheets>";
const QByteArray OneSheet = "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>";
const QByteArray WorkbookRelationships = relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                                         relationship("rId2", "sharedStrings", "sharedStrings.xml") +
                                         relationship("rId3", "styles", "styles.xml");
const QByteArray SheetHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + MainNamespace + "\"><sheetData>";
const QByteArray SheetTail = "</sheetData></worksheet>";
const QByteArray SmallSheet = SheetHead + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + SheetTail;
const QByteArray SstHead = "<sst xmlns=\"" + MainNamespace + "\">";
const QByteArray SmallSst = SstHead + "<si><t>户编号</t></si></sst>";

// A workbook of one sheet whose parts are the usual small ones except those in `replaced`.
QList<RepeatedPart> workbookWith(const QList<RepeatedPart>& replaced)
{
    QList<RepeatedPart> parts{
        plain(QStringLiteral("_rels/.rels"), RelationshipsHead +
                                                 relationship("rId1", "officeDocument", "xl/workbook.xml") +
                                                 "</Relationships>"),
        plain(QStringLiteral("xl/workbook.xml"), WorkbookHead + OneSheet + "</sheets></workbook>"),
        plain(QStringLiteral("xl/_rels/workbook.xml.rels"),
              RelationshipsHead + WorkbookRelationships + "</Relationships>"),
        plain(QStringLiteral("xl/worksheets/sheet1.xml"), SmallSheet),
        plain(QStringLiteral("xl/sharedStrings.xml"), SmallSst),
    };
    for (const RepeatedPart& part : replaced) {
        auto same = std::find_if(parts.begin(), parts.end(),
                                 [&](const RepeatedPart& p) { return p.name == part.name; });
        if (same != parts.end())
            *same = part;
        else
            parts.append(part);
    }
    return parts;
}

QList<RepeatedPart> sheetBomb(const QByteArray& head, const QByteArray& unit, qint64 repeat,
                              const QByteArray& tail)
{
    return workbookWith(
        {{QStringLiteral("xl/worksheets/sheet1.xml"), SheetHead + head, unit, repeat, tail + SheetTail}});
}

QList<RepeatedPart> bombParts(XlsxBomb bomb)
{
    switch (bomb) {
    case XlsxBomb::ManyTinySharedStrings:
        return workbookWith(
            {{QStringLiteral("xl/sharedStrings.xml"), SstHead, "<si><t>a</t></si>", 40'000'000, "</sst>"}});
    case XlsxBomb::LongSharedStrings:
        return workbookWith({{QStringLiteral("xl/sharedStrings.xml"), SstHead,
                              "<si><t>" + QByteArray(32'767, 'x') + "</t></si>", 30'000, "</sst>"}});
    case XlsxBomb::HugeCell:
        return sheetBomb("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", QByteArray(1 << 16, 'x'),
                         600'000'000 >> 16, "</t></is></c></row>");
    case XlsxBomb::WhitespaceSheet:
        return sheetBomb("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", QByteArray(1 << 20, ' '),
                         3'900, "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>");
    case XlsxBomb::WhitespaceInTag:
        return sheetBomb("<row r=\"1\"><c r=\"A1\"", QByteArray(1 << 20, ' '), 600,
                         " t=\"s\"><v>0</v></c></row>");
    case XlsxBomb::WideRow:
        return sheetBomb("<row r=\"1\">",
                         "<c t=\"inlineStr\"><is><t>" + QByteArray(32'767, 'x') + "</t></is></c>", 16'384,
                         "</row>");
    case XlsxBomb::HugeStyles:
        return workbookWith(
            {{QStringLiteral("xl/styles.xml"), "<styleSheet xmlns=\"" + MainNamespace + "\"><cellXfs>",
              "<xf numFmtId=\"14\"/>", 100'000'000, "</cellXfs></styleSheet>"}});
    case XlsxBomb::HugeWorkbook:
        return workbookWith({{QStringLiteral("xl/workbook.xml"), WorkbookHead, OneSheet, 10'000'000,
                              "</sheets></workbook>"}});
    case XlsxBomb::HugeRelationships:
        return workbookWith({{QStringLiteral("xl/_rels/workbook.xml.rels"), RelationshipsHead,
                              relationship("rId9", "worksheet", "worksheets/sheet9.xml"), 10'000'000,
                              WorkbookRelationships + "</Relationships>"}});
    case XlsxBomb::EmptyRows: {
        QByteArray row = "<row>";
        for (int i = 0; i < 200; ++i)
            row += "<c/>";
        row += "</row>";
        return sheetBomb({}, row, 1'000'000, {});
    }
    case XlsxBomb::DeepNesting:
        return sheetBomb("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>", "<x>", 50'000'000, {});
    case XlsxBomb::EntityExpansion: {
        RepeatedPart sheet{QStringLiteral("xl/worksheets/sheet1.xml"),
                           "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"" +
                               QByteArray(4'000, 'x') + "\">]><worksheet xmlns=\"" + MainNamespace +
                               "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>",
                           "&a;", 10'000'000, "</t></is></c></row>" + SheetTail};
        return workbookWith({sheet});
    }
    }
    return {};
}

} // namespace

QList<std::pair<XlsxBomb, QString>> allXlsxBombs()
{
    return {
        {XlsxBomb::ManyTinySharedStrings, QStringLiteral("many-tiny-shared-strings")},
        {XlsxBomb::LongSharedStrings, QStringLiteral("long-shared-strings")},
        {XlsxBomb::HugeCell, QStringLiteral("huge-cell")},
        {XlsxBomb::WhitespaceSheet, QStringLiteral("whitespace-sheet")},
        {XlsxBomb::WhitespaceInTag, QStringLiteral("whitespace-in-tag")},
        {XlsxBomb::WideRow, QStringLiteral("wide-row")},
        {XlsxBomb::HugeStyles, QStringLiteral("huge-styles")},
        {XlsxBomb::HugeWorkbook, QStringLiteral("huge-workbook")},
        {XlsxBomb::HugeRelationships, QStringLiteral("huge-relationships")},
        {XlsxBomb::EmptyRows, QStringLiteral("empty-rows")},
        {XlsxBomb::DeepNesting, QStringLiteral("deep-nesting")},
        {XlsxBomb::EntityExpansion, QStringLiteral("entity-expansion")},
    };
}

bool writeRepeatedZip(const QString& path, const QList<RepeatedPart>& parts)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    for (const RepeatedPart& part : parts) {
        auto* state = new RepeatedSource{&part};
        zip_source_t* source = zip_source_function(archive, repeatedCallback, state);
        if (!source) {
            delete state;
            zip_discard(archive);
            return false;
        }
        const zip_int64_t index =
            zip_file_add(archive, part.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        // Level 1: a gigabyte of repeated text still packs about 1000:1, and quickly.
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }
    return zip_close(archive) == 0;
}

bool writeXlsxBomb(XlsxBomb bomb, const QString& path, double scale)
{
    QList<RepeatedPart> parts = bombParts(bomb);
    for (RepeatedPart& part : parts)
        part.repeat = qint64(double(part.repeat) * scale);
    return writeRepeatedZip(path, parts);
}

} // namespace anju::test

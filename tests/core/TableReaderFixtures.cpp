#include "TableReaderFixtures.h"

#include <QDate>
#include <QDebug>
#include <QFile>

#include <xlsxwriter.h>
#include <zip.h>

namespace anju::test {

bool writeZip(const QString& path, const ZipParts& parts)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    for (const auto& [name, content] : parts) {
        // libzip reads the buffers at zip_close(); `parts` outlives it.
        zip_source_t* source =
            zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

namespace {

const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray PackageRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

QByteArray relationship(const char* id, const char* type, const char* target)
{
    return QByteArray("<Relationship Id=\"") + id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
           "\" Target=\"" + target + "\"/>";
}

QByteArray relationships(const QByteArray& items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           items + "</Relationships>";
}

QByteArray worksheet(const QByteArray& sheetData, const QByteArray& after)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + MainNamespace +
           "\" xmlns:r=\"" + RelationshipNamespace + "\"><dimension ref=\"A1\"/><sheetData>" + sheetData +
           "</sheetData>" + after + "</worksheet>";
}

} // namespace

ZipParts minimalWorkbook(const QByteArray& sheetData, const QByteArray& afterSheetData,
                         const QByteArray& sharedStringItems)
{
    ZipParts parts{
        {QStringLiteral("_rels/.rels"), PackageRelationships},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"" + MainNamespace + "\" xmlns:r=\"" + RelationshipNamespace +
             "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                       relationship("rId2", "sharedStrings", "sharedStrings.xml"))},
        {QStringLiteral("xl/worksheets/sheet1.xml"), worksheet(sheetData, afterSheetData)},
    };
    if (!sharedStringItems.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      "<sst xmlns=\"" + MainNamespace + "\">" + sharedStringItems + "</sst>"});
    return parts;
}

ZipParts quirksWorkbook()
{
    const QByteArray workbook =
        "<workbook xmlns=\"" + MainNamespace + "\" xmlns:rel=\"" + RelationshipNamespace +
        "\"><workbookPr date1904=\"1\"/><sheets>"
        "<sheet name=\"数据\" sheetId=\"3\" rel:id=\"rId7\"/>"
        "<sheet name=\"前缀\" sheetId=\"4\" state=\"hidden\" rel:id=\"rId8\"/></sheets></workbook>";
    const QByteArray workbookRelationships =
        relationships(relationship("rId7", "worksheet", "/xl/worksheets/data.xml") +
                      relationship("rId8", "worksheet", "worksheets/prefixed.xml") +
                      relationship("rId9", "sharedStrings", "/xl/strings.xml") +
                      relationship("rId10", "styles", "styles.xml"));
    const QByteArray sharedStrings =
        "<sst xmlns=\"" + MainNamespace +
        "\" count=\"3\" uniqueCount=\"3\">"
        "<si><t>姓名</t></si>"
        "<si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space=\"preserve\">　芳</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>line1_x000A_line2</t></si></sst>";
    const QByteArray styles =
        "<styleSheet xmlns=\"" + MainNamespace +
        "\"><numFmts count=\"2\">"
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.00E+00\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"165\"/><xf numFmtId=\"14\"><alignment/></xf></cellXfs></styleSheet>";
    const QByteArray data =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>出生日期</t></is></c></row>"
        "<row><c t=\"s\"><v>1</v></c><c s=\"1\"><v>31118</v></c><c s=\"2\"><v>12345</v></c>"
        "<c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"str\"><f>A1</f><v>公式</v></c></row>"
        "<row r=\"5\"><c r=\"C5\" s=\"3\"><v>1.5</v></c>"
        "<c r=\"E5\" t=\"inlineStr\"><is><r><t>富</t></r><r><rPr/><t>文本</t></r></is></c></row>"
        "<row r=\"6\"><c r=\"A6\" s=\"1\"/><c r=\"B6\" t=\"inlineStr\"><is><t>  </t></is></c></row>"
        "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>2</v></c></row>";
    const QByteArray prefixed =
        "<x:worksheet xmlns:x=\"" + MainNamespace +
        "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" "
        "t=\"inlineStr\"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>"
        "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:A2\"/></x:mergeCells></x:worksheet>";
    return {
        {QStringLiteral("_rels/.rels"), PackageRelationships},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships},
        {QStringLiteral("xl/strings.xml"), sharedStrings},
        {QStringLiteral("xl/styles.xml"), styles},
        {QStringLiteral("xl/worksheets/data.xml"),
         worksheet(data, "<mergeCells count=\"1\"><mergeCell ref=\"A5:B7\"/></mergeCells>")},
        {QStringLiteral("xl/worksheets/prefixed.xml"), prefixed},
    };
}

double excelSerial(int year, int month, int day)
{
    return double(QDate(1899, 12, 30).daysTo(QDate(year, month, day)));
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

std::unique_ptr<TableReader> openOk(const QString& path)
{
    auto reader = TableReader::open(path);
    if (!reader) {
        qWarning() << "open failed:" << reader.summary();
        return nullptr;
    }
    return std::move(reader.value());
}

QString openError(const QString& path)
{
    return TableReader::open(path).summary();
}

QString readError(const QString& path)
{
    const auto opened = TableReader::open(path);
    if (!opened)
        return opened.summary();
    const std::unique_ptr<TableReader>& reader = opened.value();
    if (!reader->selectSheet(0))
        return reader->error();
    TableRow row;
    while (reader->next(row)) {
    }
    return reader->error();
}

QList<TableRow> readAll(TableReader& reader)
{
    QList<TableRow> rows;
    TableRow row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

QStringList texts(const TableRow& row)
{
    QStringList out;
    for (const CellValue& cell : row.cells)
        out.append(cell.text);
    return out;
}

namespace {

struct Member
{
    const char* name;
    const char* relationship;
    const char* id; // null: the ID is written as the number below, as Excel does to typed-in digits
    double idNumber;
    QDate birth;
    double phone; // 0: none
};

void writeHousehold(lxw_worksheet* sheet, int firstRow, int sequence, const char* number, const char* room,
                    const QList<Member>& members, lxw_format* date)
{
    const int lastRow = firstRow + int(members.size()) - 1;
    // Household columns merged over the members' rows, as offices lay them out.
    worksheet_merge_range(sheet, firstRow, 1, lastRow, 1, number, nullptr);
    worksheet_merge_range(sheet, firstRow, 2, lastRow, 2, "幸福家园安置点", nullptr);
    worksheet_merge_range(sheet, firstRow, 3, lastRow, 3, "1栋", nullptr);
    worksheet_merge_range(sheet, firstRow, 4, lastRow, 4, room, nullptr);
    for (int i = 0; i < members.size(); ++i) {
        const Member& member = members.at(i);
        const int row = firstRow + i;
        worksheet_write_number(sheet, row, 0, sequence + i, nullptr);
        worksheet_write_string(sheet, row, 5, member.name, nullptr);
        worksheet_write_string(sheet, row, 6, member.relationship, nullptr);
        if (member.id)
            worksheet_write_string(sheet, row, 7, member.id, nullptr);
        else
            worksheet_write_number(sheet, row, 7, member.idNumber, nullptr);
        worksheet_write_number(
            sheet, row, 8, excelSerial(member.birth.year(), member.birth.month(), member.birth.day()), date);
        if (member.phone > 0)
            worksheet_write_number(sheet, row, 9, member.phone, nullptr);
    }
}

} // namespace

bool writeRosterXlsx(const QString& path)
{
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet* instructions = workbook_add_worksheet(workbook, "填表说明");
    worksheet_write_string(instructions, 0, 0, "填表说明", nullptr);
    worksheet_write_string(instructions, 1, 0, "1. 每人一行，同户成员户编号相同。", nullptr);
    worksheet_write_string(instructions, 2, 0, "2. 身份证号请设置为文本格式。", nullptr);

    lxw_worksheet* roster = workbook_add_worksheet(workbook, "花名册");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_merge_range(roster, 0, 0, 0, 9, "幸福家园安置点易地扶贫搬迁群众花名册", nullptr);
    worksheet_write_string(roster, 1, 0, "填报单位：幸福家园社区居委会", nullptr);
    worksheet_write_string(roster, 1, 7, "填报日期：2024年5月6日", nullptr);
    const char* headers[] = {"序号", "户编号",     "安置点",   "楼栋",     "房号",
                             "姓名", "与户主关系", "身份证号", "出生日期", "联系电话"};
    for (int column = 0; column < 10; ++column)
        worksheet_write_string(roster, 2, column, headers[column], nullptr);
    writeHousehold(roster, 3, 1, "HH0001", "101",
                   {{"王　芳", "户主", "43052419850312002X", 0, QDate(1985, 3, 12), 13907391234.0},
                    {"李建国", "配偶", "430524198301150017", 0, QDate(1983, 1, 15), 0},
                    {"李　娜", "长女", "430524200807080026", 0, QDate(2008, 7, 8), 0}},
                   date);
    // Row 7 stays blank.
    writeHousehold(roster, 7, 4, "HH0002", "102",
                   {{"陈志强", "户主", nullptr, 430524198001010000.0, QDate(1980, 1, 1), 15073901234.0},
                    {"刘　敏", "妻", "430524198205200023", 0, QDate(1982, 5, 20), 0}},
                   date);
    worksheet_write_string(roster, 10, 0, "合计", nullptr);
    worksheet_write_string(roster, 10, 5, "2户5人", nullptr);
    worksheet_write_string(roster, 11, 0, "填表人：张三", nullptr);
    worksheet_write_string(roster, 11, 5, "审核人：李四", nullptr);

    lxw_worksheet* spare = workbook_add_worksheet(workbook, "备用");
    worksheet_write_string(spare, 0, 0, "备用", nullptr);
    worksheet_hide(spare);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace anju::test

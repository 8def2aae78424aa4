#include "RosterFixtures.h"

#include "TestDatabase.h"

#include <QFile>
#include <QStringEncoder>

#include <xlsxwriter.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace anju::test {

FixtureCell textCell(const QString& text)
{
    return {FixtureCell::Kind::Text, text, 0, {}};
}

FixtureCell numberCell(double number)
{
    return {FixtureCell::Kind::Number, {}, number, {}};
}

FixtureCell dateCell(QDate date)
{
    return {FixtureCell::Kind::Date, {}, 0, date};
}

namespace {

// 4.30524E+17, as Excel's General format shows a number too long for the cell: six significant digits.
QString scientific(double number)
{
    QString text = QString::number(number, 'E', 5);
    const qsizetype e = text.indexOf(u'E');
    QString mantissa = text.left(e);
    while (mantissa.endsWith(u'0'))
        mantissa.chop(1);
    if (mantissa.endsWith(u'.'))
        mantissa.chop(1);
    return mantissa + text.mid(e);
}

} // namespace

QString FixtureCell::csvText() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Number:
        // Excel's General format: up to 11 digits as they are, longer numbers as 4.30524E+17.
        if (number == std::trunc(number) && std::abs(number) < 1e11)
            return QString::number(qint64(number));
        return scientific(number);
    case Kind::Date:
        return date.toString(Qt::ISODate);
    }
    return {};
}

int FixtureRoster::rowOf(int household, int member) const
{
    int row = headerRow() + 1;
    for (int i = 0; i < household; ++i)
        row += int(households.at(i).size()) + (blankRowAfterEachHousehold ? 1 : 0);
    return row + member;
}

namespace {

double excelSerialOf(QDate date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

void writeCell(lxw_worksheet* sheet, int row, int column, const FixtureCell& cell, lxw_format* dateFormat)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (cell.kind) {
    case FixtureCell::Kind::Empty:
        break;
    case FixtureCell::Kind::Text:
        worksheet_write_string(sheet, r, c, cell.text.toUtf8().constData(), nullptr);
        break;
    case FixtureCell::Kind::Number:
        worksheet_write_number(sheet, r, c, cell.number, nullptr);
        break;
    case FixtureCell::Kind::Date:
        worksheet_write_number(sheet, r, c, excelSerialOf(cell.date), dateFormat);
        break;
    }
}

void writeRow(lxw_worksheet* sheet, int row, const FixtureRow& cells, lxw_format* dateFormat)
{
    for (int column = 0; column < cells.size(); ++column)
        writeCell(sheet, row, column, cells.at(column), dateFormat);
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvLine(const FixtureRow& cells, int width)
{
    QStringList fields;
    for (int column = 0; column < std::max(width, int(cells.size())); ++column)
        fields.append(csvField(cells.value(column).csvText()));
    return fields.join(u',') + u"\r\n"_s;
}

QString id(const char* county, int year, int month, int day, int sequence)
{
    return makeIdNumber(QLatin1String(county), QDate(year, month, day), sequence);
}

} // namespace

bool writeFixtureXlsx(const QString& path, const FixtureRoster& roster)
{
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    if (!roster.instructions.isEmpty()) {
        lxw_worksheet* instructions = workbook_add_worksheet(workbook, "说明");
        for (int line = 0; line < roster.instructions.size(); ++line)
            worksheet_write_string(instructions, lxw_row_t(line), 0,
                                   roster.instructions.at(line).toUtf8().constData(), nullptr);
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, roster.sheetName.toUtf8().constData());
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");

    int row = 0;
    for (const FixtureRow& cells : roster.aboveHeader) {
        if (row == 0 && cells.size() == 1 && roster.headers.size() > 1)
            worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(roster.headers.size() - 1),
                                  cells.first().text.toUtf8().constData(), nullptr);
        else
            writeRow(sheet, row, cells, dateFormat);
        ++row;
    }
    for (int column = 0; column < roster.headers.size(); ++column)
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column),
                               roster.headers.at(column).toUtf8().constData(), nullptr);
    ++row;
    for (const QList<FixtureRow>& household : roster.households) {
        const int first = row;
        const int last = row + int(household.size()) - 1;
        for (const FixtureRow& cells : household) {
            for (int column = 0; column < cells.size(); ++column) {
                if (!roster.householdColumns.contains(column) || row == first)
                    writeCell(sheet, row, column, cells.at(column), dateFormat);
            }
            ++row;
        }
        if (last > first) {
            for (int column : roster.householdColumns) {
                // merge_range writes text; a number or date is written over the top cell afterwards.
                const FixtureCell& top = household.first().value(column);
                const QByteArray text =
                    top.kind == FixtureCell::Kind::Text ? top.text.toUtf8() : QByteArray();
                worksheet_merge_range(sheet, lxw_row_t(first), lxw_col_t(column), lxw_row_t(last),
                                      lxw_col_t(column), text.constData(), nullptr);
                if (top.kind == FixtureCell::Kind::Number || top.kind == FixtureCell::Kind::Date)
                    writeCell(sheet, first, column, top, dateFormat);
            }
        }
        if (roster.blankRowAfterEachHousehold)
            ++row;
    }
    for (const FixtureRow& cells : roster.footer)
        writeRow(sheet, row++, cells, dateFormat);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

QByteArray fixtureCsv(const FixtureRoster& roster, CsvEncoding encoding)
{
    const int width = int(roster.headers.size());
    QString text;
    for (const FixtureRow& cells : roster.aboveHeader)
        text += csvLine(cells, width);
    text += roster.headers.join(u',') + u"\r\n"_s;
    for (const QList<FixtureRow>& household : roster.households) {
        for (int member = 0; member < household.size(); ++member) {
            FixtureRow cells = household.at(member);
            if (member > 0) {
                for (int column : roster.householdColumns) {
                    if (column < cells.size())
                        cells[column] = {};
                }
            }
            text += csvLine(cells, width);
        }
        if (roster.blankRowAfterEachHousehold)
            text += csvLine({}, width);
    }
    for (const FixtureRow& cells : roster.footer)
        text += csvLine(cells, width);

    switch (encoding) {
    case CsvEncoding::Utf8:
        return text.toUtf8();
    case CsvEncoding::Utf8WithBom:
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case CsvEncoding::Gb18030: {
        QStringEncoder encoder("GB18030");
        Q_ASSERT(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        return bytes;
    }
    }
    return {};
}

FixtureRoster plainRoster(const QList<PlainHousehold>& households)
{
    FixtureRoster roster;
    roster.sheetName = u"花名册"_s;
    roster.headers = {u"户编号"_s, u"安置点"_s,     u"楼栋"_s,     u"单元"_s,   u"房号"_s,
                      u"姓名"_s,   u"与户主关系"_s, u"身份证号"_s, u"迁出县"_s, u"搬迁入住日期"_s};
    roster.householdColumns = {0, 1, 2, 3, 4, 8, 9};
    int room = 101;
    for (const PlainHousehold& household : households) {
        QList<FixtureRow> rows;
        for (const PlainMember& member : household.members) {
            rows.append({textCell(household.number), textCell(household.site), textCell(u"1栋"_s),
                         textCell(u"1"_s), textCell(QString::number(room)), textCell(member.name),
                         textCell(member.relationship), textCell(member.idNumber), textCell(u"430524"_s),
                         textCell(u"2020-05-01"_s)});
        }
        roster.households.append(rows);
        ++room;
    }
    return roster;
}

namespace {

struct OfficeLine
{
    FixtureCell name;
    const char16_t* relationship;
    QString idNumber;
    const char16_t* sex;
    FixtureCell birth;
    const char16_t* ethnicity;
    const char16_t* education;
    FixtureCell phone;
};

QList<FixtureRow> officeRows(int& sequence, const QList<FixtureCell>& householdCells,
                             const QList<OfficeLine>& lines)
{
    // householdCells: 户号, 安置点, 楼栋, 单元, 房号, 迁出县, 搬迁入住日期.
    QList<FixtureRow> rows;
    for (const OfficeLine& line : lines) {
        rows.append({numberCell(sequence++), householdCells.at(0), householdCells.at(1), householdCells.at(2),
                     householdCells.at(3), householdCells.at(4), line.name,
                     textCell(QString::fromUtf16(line.relationship)), textCell(line.idNumber),
                     textCell(QString::fromUtf16(line.sex)), line.birth,
                     textCell(QString::fromUtf16(line.ethnicity)),
                     textCell(QString::fromUtf16(line.education)), line.phone, householdCells.at(5),
                     householdCells.at(6)});
    }
    return rows;
}

} // namespace

FixtureRoster officeRoster()
{
    FixtureRoster roster;
    roster.sheetName = u"花名册"_s;
    roster.instructions = {
        u"填表说明"_s, u"1. 每人一行，同户成员的户号、安置点、楼栋、单元、房号合并单元格填写。"_s,
        u"2. 身份证号请设置为文本格式，以免末位变成 0。"_s, u"3. 与户主关系按户口簿填写。"_s};
    roster.aboveHeader = {
        {textCell(u"幸福家园安置点易地扶贫搬迁群众花名册"_s)},
        {textCell(u"填报单位：幸福家园社区居委会　　填报日期：2024年5月6日"_s)},
    };
    roster.headers = {u"序号"_s,         u"户号"_s,           u"安置点"_s,   u"楼栋"_s,
                      u"单元"_s,         u"房号"_s,           u"姓名"_s,     u"与户主关系"_s,
                      u"公民身份号码"_s, u"性别"_s,           u"出生年月"_s, u"民族"_s,
                      u"文化程度"_s,     u"联系电话(手机)"_s, u"迁出县"_s,   u"搬迁入住日期"_s};
    roster.householdColumns = {1, 2, 3, 4, 5, 14, 15};
    roster.blankRowAfterEachHousehold = true;

    int sequence = 1;
    roster.households.append(
        officeRows(sequence,
                   {textCell(u"XF001"_s), textCell(u"幸福家园"_s), textCell(u"1栋"_s), textCell(u"1单元"_s),
                    textCell(u"101"_s), textCell(u"隆回县"_s), dateCell(QDate(2019, 9, 1))},
                   {
                       {textCell(u"王　芳"_s), u"户主", id("430524", 1985, 3, 12, 2), u"女",
                        textCell(u"1985.03.12"_s), u"汉族", u"初中", numberCell(13907391234.0)},
                       {textCell(u"李建国"_s),
                        u"夫",
                        id("430524", 1983, 1, 15, 17),
                        u"男",
                        textCell(u"1983年1月15日"_s),
                        u"汉族",
                        u"小学",
                        {}},
                       {textCell(u"李　娜"_s),
                        u"长女",
                        id("430524", 2008, 7, 8, 26),
                        u"女",
                        dateCell(QDate(2008, 7, 8)),
                        u"汉族",
                        u"高中",
                        {}},
                       {textCell(u"李浩"_s),
                        u"儿子",
                        id("430524", 2012, 11, 3, 31),
                        u"男",
                        textCell(u"20121103"_s),
                        u"汉族",
                        u"小学",
                        {}},
                   }));
    roster.households.append(
        officeRows(sequence,
                   {textCell(u"XF002"_s), textCell(u"幸福家园"_s), textCell(u"1栋"_s), textCell(u"2单元"_s),
                    textCell(u"201"_s), textCell(u"430525"_s), textCell(u"2020/3/15"_s)},
                   {
                       {textCell(u"陈志强"_s), u"本人", id("430525", 1980, 1, 1, 11), u"男",
                        textCell(u"1980/1/1"_s), u"苗族", u"高中", textCell(u"15073901234"_s)},
                       {textCell(u"刘敏"_s), u"妻", id("430525", 1982, 5, 20, 22), u"女",
                        numberCell(19820520), u"苗族", u"初中", numberCell(13800001111.0)},
                       {textCell(u"陈　晨"_s),
                        u"次女",
                        id("430525", 2010, 6, 15, 44),
                        u"女",
                        textCell(u"2010-06-15"_s),
                        u"苗族",
                        u"小学",
                        {}},
                   }));
    roster.households.append(
        officeRows(sequence,
                   {textCell(u"CS001"_s), textCell(u"测试安置点"_s), textCell(u"1栋"_s), textCell(u"1"_s),
                    textCell(u"102"_s), textCell(u"隆回"_s), textCell(u"2019年6月1日"_s)},
                   {
                       {textCell(u"赵大山"_s),
                        u"户主",
                        id("430524", 1960, 2, 29, 53),
                        u"男",
                        textCell(u"1960.2.29"_s),
                        u"汉族",
                        u"未上学",
                        {}},
                       {textCell(u"孙　丽"_s),
                        u"配偶",
                        id("430524", 1962, 10, 10, 64),
                        u"女",
                        dateCell(QDate(1962, 10, 10)),
                        u"汉族",
                        u"小学",
                        {}},
                       {textCell(u"赵明"_s), u"长子", id("430524", 1988, 4, 4, 75), u"男",
                        textCell(u"1988.04.04"_s), u"汉族", u"大专", numberCell(18907390000.0)},
                   }));

    FixtureRow total(16);
    total[0] = textCell(u"合计"_s);
    total[6] = textCell(u"3户10人"_s);
    FixtureRow signatures(16);
    signatures[0] = textCell(u"填表人：张三"_s);
    signatures[8] = textCell(u"审核人：李四"_s);
    roster.footer = {total, signatures};
    return roster;
}

QList<OfficeHousehold> officeHouseholds()
{
    using R = Relationship;
    const QString han = u"01"_s;
    const QString miao = u"06"_s;
    return {
        {u"XF001"_s,
         u"幸福家园"_s,
         u"1栋"_s,
         u"1"_s, // written 1单元, stored as unit "1" and shown as 1单元
         u"101"_s,
         u"430524"_s,
         QDate(2019, 9, 1),
         u"13907391234"_s,
         {
             {u"王芳"_s, id("430524", 1985, 3, 12, 2), R::Head, Sex::Female, QDate(1985, 3, 12), han,
              Education::JuniorSecondary, u"13907391234"_s},
             {u"李建国"_s,
              id("430524", 1983, 1, 15, 17),
              R::Spouse,
              Sex::Male,
              QDate(1983, 1, 15),
              han,
              Education::Primary,
              {}},
             {u"李娜"_s,
              id("430524", 2008, 7, 8, 26),
              R::Daughter,
              Sex::Female,
              QDate(2008, 7, 8),
              han,
              Education::SeniorSecondary,
              {}},
             {u"李浩"_s,
              id("430524", 2012, 11, 3, 31),
              R::Son,
              Sex::Male,
              QDate(2012, 11, 3),
              han,
              Education::Primary,
              {}},
         }},
        {u"XF002"_s,
         u"幸福家园"_s,
         u"1栋"_s,
         u"2"_s,
         u"201"_s,
         u"430525"_s,
         QDate(2020, 3, 15),
         u"15073901234"_s,
         {
             {u"陈志强"_s, id("430525", 1980, 1, 1, 11), R::Head, Sex::Male, QDate(1980, 1, 1), miao,
              Education::SeniorSecondary, u"15073901234"_s},
             {u"刘敏"_s, id("430525", 1982, 5, 20, 22), R::Spouse, Sex::Female, QDate(1982, 5, 20), miao,
              Education::JuniorSecondary, u"13800001111"_s},
             {u"陈晨"_s,
              id("430525", 2010, 6, 15, 44),
              R::Daughter,
              Sex::Female,
              QDate(2010, 6, 15),
              miao,
              Education::Primary,
              {}},
         }},
        {u"CS001"_s,
         u"测试安置点"_s,
         u"1栋"_s,
         u"1"_s,
         u"102"_s,
         u"430524"_s,
         QDate(2019, 6, 1),
         {},
         {
             {u"赵大山"_s,
              id("430524", 1960, 2, 29, 53),
              R::Head,
              Sex::Male,
              QDate(1960, 2, 29),
              han,
              Education::None,
              {}},
             {u"孙丽"_s,
              id("430524", 1962, 10, 10, 64),
              R::Spouse,
              Sex::Female,
              QDate(1962, 10, 10),
              han,
              Education::Primary,
              {}},
             {u"赵明"_s, id("430524", 1988, 4, 4, 75), R::Son, Sex::Male, QDate(1988, 4, 4), han,
              Education::College, u"18907390000"_s},
         }},
    };
}

} // namespace anju::test

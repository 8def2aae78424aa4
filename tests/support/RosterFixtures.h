#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace anju::test {

// One cell of a fixture roster as Excel holds it.
struct FixtureCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Date
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    QDate date; // written as a serial number with a date format

    // What Excel writes for the cell when the sheet is saved as CSV.
    QString csvText() const;
};
FixtureCell textCell(const QString& text);
FixtureCell numberCell(double number);
FixtureCell dateCell(QDate date);

using FixtureRow = QList<FixtureCell>;

// A roster laid out as offices keep it, written to .xlsx (household columns merged over the members'
// rows) or to .csv (household columns on the first row of each household only, as Excel saves merged
// cells).
struct FixtureRoster
{
    QString sheetName;
    QStringList instructions;      // an instructions sheet "说明" before the roster when not empty
    QList<FixtureRow> aboveHeader; // the first one is merged across the table in .xlsx, as titles are
    QStringList headers;
    QList<int> householdColumns;
    QList<QList<FixtureRow>> households; // the member rows of each household
    bool blankRowAfterEachHousehold = false;
    QList<FixtureRow> footer;

    int headerRow() const { return int(aboveHeader.size()) + 1; } // 1-based, as Excel shows it
    // The 1-based row of a household's first member (or, with `member`, of that member).
    int rowOf(int household, int member = 0) const;
};

enum class CsvEncoding
{
    Utf8,
    Utf8WithBom,
    Gb18030
};

bool writeFixtureXlsx(const QString& path, const FixtureRoster& roster);
QByteArray fixtureCsv(const FixtureRoster& roster, CsvEncoding encoding);

// The plain layout most tests use: 户编号, 安置点, 楼栋, 单元, 房号, 姓名, 与户主关系, 身份证号, 迁出县,
// 搬迁入住日期; building "1栋", unit "1", one room per household.
struct PlainMember
{
    QString name;
    QString relationship;
    QString idNumber;
};
struct PlainHousehold
{
    QString number;
    QString site;
    QList<PlainMember> members;
};
FixtureRoster plainRoster(const QList<PlainHousehold>& households);
inline constexpr int PlainNameColumn = 5;
inline constexpr int PlainRelationshipColumn = 6;
inline constexpr int PlainIdColumn = 7;

// The office roster: what the file holds, and what the database must hold after importing it.
struct OfficePerson
{
    QString name;
    QString idNumber;
    Relationship relationship;
    Sex sex;
    QDate birthDate;
    QString ethnicityCode;
    Education education;
    QString phone;
};
struct OfficeHousehold
{
    QString number;
    QString site;
    QString building;
    QString unit;
    QString room;
    QString originCounty;
    QDate relocationDate;
    QString phone;
    QList<OfficePerson> members;
};
// An instructions sheet before the roster; a title and a 填报单位/填报日期 row above a header whose names
// vary (户号, 公民身份号码, 出生年月, 联系电话(手机) …); household columns merged over the members' rows;
// Excel and text dates in every usual form; phones as numbers; relationship words as clerks type them;
// two-character names padded with a full-width space; a blank row after each household; a 合计 row and
// 填表人 / 审核人 rows below. Three households, ten persons; one household in the test database's site.
FixtureRoster officeRoster();
QList<OfficeHousehold> officeHouseholds();
inline constexpr int OfficePersonCount = 10;

} // namespace anju::test

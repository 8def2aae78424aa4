#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace anju {

// A resettlement site 安置点.
struct Site
{
    qint64 id = 0;
    QString code; // unique, e.g. 430524001
    QString name;
    QString countyCode; // GB/T 2260, 6 digits
    QString township;
    bool urban = true;
    QString address;
    QDate moveInDate;
    bool crossTownship = false;
    QString serviceCentre = QStringLiteral("none"); // ServiceCentre key
    bool fiveConnections = false;                   // meets 五通三化 (water, power, road, broadband, gas; hardened, green, lit)
    QString community; // the village or community 所在村 / 社区 it lies in (work teams may be sent there)
    int rowVersion = 0;
};

// A building 楼栋 of a site.
struct Building
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name; // e.g. "3栋" or "A"
    int floors = 0;
    int rowVersion = 0;
};

// A unit 单元 (stairwell) of a building.
struct BuildingUnit
{
    qint64 id = 0;
    qint64 buildingId = 0;
    QString name; // e.g. "1单元" or "1"
};

// A dwelling 住房 in a unit.
struct Dwelling
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString room; // e.g. "301"
    double floorArea = 0; // m²
};

// Where a household lives, resolved to names for display.
struct Address
{
    Q_DECLARE_TR_FUNCTIONS(anju::Address)

public:
    qint64 siteId = 0;
    qint64 buildingId = 0;
    qint64 unitId = 0;
    qint64 dwellingId = 0;
    QString siteName;
    QString buildingName;
    QString unitName;
    QString room;
    // "幸福家园 3栋 1单元 301" style, in the user's language.
    QString display() const;
    // Building, unit and room without the site: "3栋 1单元 301".
    QString withinSite() const;
    // A unit stored as a bare number is shown as "1单元" (in the user's language); other names as they are.
    static QString unitLabel(const QString& unitName);
};

} // namespace anju

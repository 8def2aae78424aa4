#pragma once

#include "demo/DemoRandom.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace anju::demo {

// A county of Shaoyang 邵阳市 with the townships its relocated households came from.
struct County
{
    QString code; // GB/T 2260
    QString name;
    int siteWeight = 0; // share of the demo sites placed here
    // The county seat first: sites there are urban and mostly take households from many townships.
    QStringList townships;
    // Weights of the ethnic groups (GB 3304 codes) among its households.
    QList<QPair<QString, int>> ethnicities;
};

// Place names for the demo data: real county codes and townships of Shaoyang, invented villages,
// roads and site names in their style.
class ShaoyangPlaces
{
public:
    static const QList<County>& counties();
    // The county with that code; the first county when the code is not one of Shaoyang's.
    static const County& county(const QString& code);
    // A county, drawn by how many relocation sites it has.
    static const County& drawCounty(Random& random);
    // An ethnic group code drawn by the county's mix.
    static QString drawEthnicity(Random& random, const County& county);
    static const QStringList& villageStems(); // "石桥": a village is a stem + 村
    static const QStringList& siteSuffixes(); // "幸福家园", "移民新村" …
    static const QStringList& roadNames();    // "建设路" …
    // "桃洪镇" → "桃洪", "虎形山瑶族乡" → "虎形山": the part a site name starts with.
    static QString townStem(const QString& township);
};

} // namespace anju::demo

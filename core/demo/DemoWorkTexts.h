#pragma once

#include "work/WorkEnums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace anju::demo {

// What an assistance workshop makes, and the stem of the company running it.
struct WorkshopTrade
{
    QString trade;
    QString operatorStem;
};

// A trade the office trains for: class hours, the certificate it leads to (empty: none) and the market
// demand it answers.
struct TrainingTrade
{
    QString trade;
    int minHours = 40;
    int maxHours = 120;
    QString certificate;
    QString demand;
};

// The words of the work demo, in the style of a Shaoyang resettlement office's sheets.
class DemoWorkTexts
{
public:
    static const QList<WorkshopTrade>& workshopTrades();
    static const QList<TrainingTrade>& trainingTrades();
    static const QStringList& companyStems();   // "鸿达", "立讯" …
    static const QStringList& companyEndings(); // "服饰有限公司" …
    static const QStringList& exportSectors();  // "电子", "鞋业" …
    static const QStringList& labourAgencies(); // "人力资源服务有限公司" …
    static const QStringList& transports();
    static const QStringList& batchOrganisers();
    static const QStringList& reliefProjects();
    static const QStringList& parks();       // after the county's name
    static const QStringList& scenicAreas(); // whole names
    static const QStringList& businesses();
    static const QStringList& flexibleWork();
    static const QStringList& wishPlaces();
    static const QStringList& wishedWork();
    static const QStringList& endReasons();
    static const QStringList& courseOrganisers(); // after the county's name
    static const QStringList& trainingSchools();  // whole names
    static const QStringList& cooperatives();     // after the site's name
    static const QStringList& householdProjects();
    static const QStringList& absenceNotes(work::AbsenceReason reason);
    static QString postName(work::PostKind kind, const QString& siteName, const QString& townStem);
};

} // namespace anju::demo

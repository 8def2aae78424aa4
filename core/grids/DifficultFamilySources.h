#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace anju::grids {

// The sources of 四必访 difficult families (VisitRules::difficultFamilySources) in the user's words, for the
// settings list: "mark" 手工标记, "monitoring" 监测户, "safety_net" 兜底保障户, "care:<key>" a care category.
class DifficultFamilySources
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::DifficultFamilySources)

public:
    // The sources this program reads, besides "care:<key>".
    static QStringList known();
    // One source's label; a source this program does not know is shown as it is stored.
    static QString label(const QString& source);
    // The labels of a list, in its order ("none" for an empty list).
    static QString describe(const QStringList& sources);
};

} // namespace anju::grids

#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace anju::grids {

// SQL pieces the visit, case and finding queries share. Portable to both engines; values always bound.
namespace VisitSql {

// The grid of the household `alias` on `day`, as a scalar subquery: an explicit exception, else the grid
// covering its dwelling's unit, else the one covering the whole building (migration 14's rule: a unit row
// wins over its building's). Appends the values it binds to `values`, in order.
QString householdGrid(const QString& alias, QDate day, QVariantList* values);

// "a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)": the dated row holds on `day` (valid_to is
// the first day it no longer holds).
QString holdsOn(const QString& alias, QDate day, QVariantList* values);

} // namespace VisitSql

} // namespace anju::grids

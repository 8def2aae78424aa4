#pragma once

#include "grids/CaseTypes.h"

#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// What the cases board lists: by state, overdue on a day, in a site or a grid, of a kind.
struct CaseFilter
{
    std::optional<CaseState> state;
    bool overdueOnly = false;
    QDate today = QDate::currentDate();
    qint64 siteId = 0;
    // The cases of one grid: received for it, or for no grid about a household it holds on `today`.
    qint64 gridId = 0;
    std::optional<CaseKind> kind;
    // When valid, resolved cases only if resolved on or after it (the board keeps every open case and the
    // recent resolved ones: an office's years of resolved cases would push the open ones past `limit`).
    QDate resolvedSince;
    int limit = 1000;
};

// Reads of cases 网格事件 with their households, persons and events. Site scope is applied here: a user
// limited to some sites sees those sites' cases only (ReadGrids is checked by the caller).
class CaseRepository
{
public:
    explicit CaseRepository(const Database& db) : m_db(db) {}

    std::optional<GridCase> gridCase(qint64 id) const;
    // The cases of the filter, the oldest deadline first (what is most late comes first), without events.
    QList<GridCase> cases(const CaseFilter& filter) const;
    // Open cases whose deadline has passed by `today`, for the escalation run.
    QList<GridCase> overdueOpen(QDate today) const;

private:
    QList<GridCase> select(const QString& where, QVariantList values, int limit) const;

    const Database& m_db;
};

} // namespace anju::grids

#pragma once

namespace anju {

class Database;
class GridsPage;

// The grid worker's month on the 网格 page: the visit plan, the cases board and the findings as tabs that
// follow the chosen grid, and the paper (the visit sheet to print, the quick entry of what came back).
// Kept apart from GridsPage so the page knows only its tree, plan and staff.
void addGridWorkTabs(GridsPage& page, const Database& db);

} // namespace anju

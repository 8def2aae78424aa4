#pragma once

#include "domain/Violation.h"

#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// Records service centres and 五通三化 for the demo sites after their households are written: most
// sites fit the rules, a few in every hundred do not, so the dashboard has violations to show.
// Deterministic by site id; the caller holds the write transaction. Fails with the database's text.
Outcome recordSiteFacilities(const Database& db);

} // namespace anju::demo

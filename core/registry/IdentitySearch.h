#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// The gate every search of persons or households passes before it runs, in core so that the window and
// the CLI both pass it: a masked role's search by ID or phone digits is refused with the reason
// (IdentityMask::searchRefusal), and any other search by such digits is written to the audit trail.
class IdentitySearch
{
    Q_DECLARE_TR_FUNCTIONS(anju::registry::IdentitySearch)

public:
    // The refusal, or success after recording "search.identity" with the query masked as IDs and phones
    // are masked (`where` says which search: "persons", "households", "party").
    static Outcome admit(const Database& db, const QString& text, const QString& where);
};

} // namespace anju::registry

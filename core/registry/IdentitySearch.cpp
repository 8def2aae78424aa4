#include "registry/IdentitySearch.h"

#include "access/IdentityMask.h"
#include "audit/AuditLog.h"
#include "database/Database.h"

#include <QJsonObject>

namespace anju::registry {

Outcome IdentitySearch::admit(const Database& db, const QString& text, const QString& where)
{
    if (Outcome refused = IdentityMask::searchRefusal(db.session(), text); !refused)
        return refused;
    // A masked role's household-number search reads household numbers only, which the role sees anyway.
    if (!IdentityMask::searchesIdentity(text) ||
        IdentityMask::searchesHouseholdNumbersOnly(db.session(), text))
        return {};
    // Who looked a person up by number is what a data-protection review asks first; the query is kept
    // masked, so the trail does not become a list of numbers for whoever may read it.
    const SqlOutcome written =
        AuditLog(db).record(QStringLiteral("search.identity"),
                            QJsonObject{{QStringLiteral("query"), IdentityMask::maskedQuery(text)},
                                        {QStringLiteral("search"), where}});
    if (!written)
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("The search could not be written to the audit trail: %1").arg(written.error));
    return {};
}

} // namespace anju::registry

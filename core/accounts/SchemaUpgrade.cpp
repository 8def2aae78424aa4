#include "accounts/SchemaUpgrade.h"

#include "access/Permissions.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "database/Database.h"

#include <QJsonObject>

namespace anju::accounts {

namespace {

QString general()
{
    return QLatin1String(Field::General);
}

Outcome upgradeNow(Database& db)
{
    return db.upgrade();
}

} // namespace

bool SchemaUpgrade::isNeeded(const Database& db)
{
    return db.schemaVersion() < Database::latestSchemaVersion();
}

Outcome SchemaUpgrade::beforeLogin(Database& db)
{
    if (!isNeeded(db) || UserRepository(db).hasUsers())
        return {};
    return upgradeNow(db);
}

Outcome SchemaUpgrade::afterLogin(Database& db)
{
    if (!isNeeded(db))
        return {};
    const int from = db.schemaVersion();
    if (const Outcome allowed = Permissions::require(db, Action::UpgradeDatabase); !allowed)
        return Outcome::failure(
            general(),
            tr("The database %1 was written by an older version of Anju (schema %2; this program uses "
               "schema %3) and must be upgraded before it is used. Ask the administrator to upgrade it "
               "(by logging in once with this version, or with anju-cli init). Nothing was changed: %4")
                .arg(db.location().display())
                .arg(from)
                .arg(Database::latestSchemaVersion())
                .arg(allowed.summary()));
    if (Outcome upgraded = upgradeNow(db); !upgraded)
        return upgraded;
    AuditLog(db).record(QStringLiteral("upgrade"), {{QStringLiteral("from_version"), from},
                                                    {QStringLiteral("to_version"), db.schemaVersion()}});
    return {};
}

} // namespace anju::accounts

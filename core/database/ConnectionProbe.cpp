#include "database/ConnectionProbe.h"

#include "database/PostgresUrl.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace anju {

ConnectionProbe ConnectionProbe::run(const DatabaseLocation& location)
{
    ConnectionProbe probe;
    if (location.engine != SqlDialect::Engine::PostgreSql) {
        probe.error = tr("Only a server location can be tested.");
        return probe;
    }
    const Result<PostgresUrl> parsed = PostgresUrl::parse(location.path);
    if (!parsed) {
        probe.error = parsed.summary();
        return probe;
    }
    const PostgresUrl& url = parsed.value();
    static QAtomicInt counter;
    const QString name = QStringLiteral("anju-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(location.password.isEmpty() ? url.password : location.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(url.connectOptions() +
                             (url.options.isEmpty() ? QString() : QStringLiteral(";")) +
                             QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            probe.error = db.lastError().text().trimmed();
            probe.wantsPassword = PostgresUrl::wantsPassword(probe.error);
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
                probe.serverVersion = q.value(0).toString();
            const QStringList tables = db.tables();
            if (tables.isEmpty()) {
                probe.contents = Contents::Empty;
            } else if (!tables.contains(QLatin1String("schema_version"))) {
                probe.contents = Contents::Foreign;
            } else {
                probe.contents = Contents::Anju;
                if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
                    probe.schemaVersion = q.value(0).toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

QString ConnectionProbe::describe() const
{
    switch (contents) {
    case Contents::Unreachable:
        if (wantsPassword)
            return tr("The server wants a password: type it and test again.");
        return tr("Cannot connect: %1").arg(error);
    case Contents::Empty:
        return tr("Connected (PostgreSQL %1). The database is empty; Anju sets it up when it opens it.")
            .arg(serverVersion);
    case Contents::Anju:
        if (schemaVersion > Database::latestSchemaVersion())
            return tr("Connected (PostgreSQL %1), but the database was written by a newer Anju (schema %2); "
                      "install the newer version first.")
                .arg(serverVersion)
                .arg(schemaVersion);
        return tr("Connected (PostgreSQL %1). An Anju database of schema %2 is there.")
            .arg(serverVersion)
            .arg(schemaVersion);
    case Contents::Foreign:
        return tr("Connected (PostgreSQL %1), but the database holds tables of another program; give Anju a "
                  "database of its own.")
            .arg(serverVersion);
    }
    return {};
}

} // namespace anju

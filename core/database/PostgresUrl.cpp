#include "database/PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace anju {

namespace {

// The libpq keywords a location may carry; anything else is a typing mistake worth reporting.
const QStringList& passedOptions()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    };
    return keys;
}

} // namespace

Result<PostgresUrl> PostgresUrl::parse(const QString& text)
{
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Outcome::error(
            tr("%1 is not a PostgreSQL location; write it as postgresql://user@host:port/database.")
                .arg(text));
    PostgresUrl result;
    if (!parsed.host().isEmpty())
        result.host = parsed.host();
    result.port = parsed.port(5432);
    result.user = parsed.userName();
    result.password = parsed.password();
    result.database = parsed.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return Outcome::error(tr("The PostgreSQL location %1 names no database; add it after the port, as in "
                                 "postgresql://user@host:5432/anju.")
                                  .arg(result.display()));
    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!passedOptions().contains(key) || value.contains(QLatin1Char(';')))
            return Outcome::error(tr("Unknown connection option \"%1\" in %2.").arg(key, result.display()));
        result.options.append(key + QLatin1Char('=') + value);
    }
    return result;
}

QString PostgresUrl::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!options.isEmpty())
        text += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return text;
}

bool PostgresUrl::wantsPassword(const QString& connectionError)
{
    return connectionError.contains(QLatin1String("no password supplied")) ||
           connectionError.contains(QLatin1String("password authentication failed"));
}

QString PostgresUrl::connectOptions() const
{
    return options.join(QLatin1Char(';'));
}

} // namespace anju

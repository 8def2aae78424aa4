#include "backup/PgTool.h"

#include "database/PostgresUrl.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

namespace anju::backup {

namespace {

Outcome failure(const QString& message)
{
    return Outcome::failure(QLatin1String(Field::General), message);
}

} // namespace

Result<QString> PgTool::find(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        // Debian puts the versioned programs there; PATH has them only through postgresql-client-common.
        QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
            return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
        });
        for (auto v = versions.crbegin(); v != versions.crend() && path.isEmpty(); ++v)
            path =
                QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*v)});
    }
    if (path.isEmpty())
        return failure(tr("%1 was not found. Install PostgreSQL's client programs (the Debian package "
                          "postgresql-client) on this computer.")
                           .arg(name));
    return path;
}

QProcessEnvironment PgTool::environment(const DatabaseLocation& location, const QString& database)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    PostgresUrl url;
    if (!PostgresUrl::parse(location.path, &url, nullptr))
        return env;
    env.insert(QStringLiteral("PGHOST"), url.host);
    env.insert(QStringLiteral("PGPORT"), QString::number(url.port));
    if (!url.user.isEmpty())
        env.insert(QStringLiteral("PGUSER"), url.user);
    env.insert(QStringLiteral("PGDATABASE"), database.isEmpty() ? url.database : database);
    const QString password = location.password.isEmpty() ? url.password : location.password;
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    // The URL's options (PostgresUrl lets only these through), as libpq's variables of the same meaning.
    static const QList<std::pair<QString, QString>> variables = {
        {QStringLiteral("sslmode"), QStringLiteral("PGSSLMODE")},
        {QStringLiteral("sslrootcert"), QStringLiteral("PGSSLROOTCERT")},
        {QStringLiteral("sslcert"), QStringLiteral("PGSSLCERT")},
        {QStringLiteral("sslkey"), QStringLiteral("PGSSLKEY")},
        {QStringLiteral("sslcrl"), QStringLiteral("PGSSLCRL")},
        {QStringLiteral("connect_timeout"), QStringLiteral("PGCONNECT_TIMEOUT")},
        {QStringLiteral("application_name"), QStringLiteral("PGAPPNAME")},
        {QStringLiteral("target_session_attrs"), QStringLiteral("PGTARGETSESSIONATTRS")},
    };
    for (const QString& option : std::as_const(url.options)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        for (const auto& [key, variable] : variables) {
            if (option.left(equals) == key)
                env.insert(variable, option.mid(equals + 1));
        }
    }
    // Messages of the child in plain words the program can quote.
    env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    return env;
}

Result<QByteArray> PgTool::run(const QString& program, const QStringList& arguments,
                               const QProcessEnvironment& env,
                               const std::function<bool(const QString& line)>& onErrorLine)
{
    QByteArray output;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted())
        return failure(tr("%1 could not be started: %2").arg(program, process.errorString()));
    QByteArray pending;
    QStringList failures;
    bool stopped = false;
    const auto readErrors = [&] {
        pending += process.readAllStandardError();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("FATAL")) ||
                line.contains(QLatin1String("ERROR")))
                failures.append(line);
            if (!stopped && onErrorLine && !onErrorLine(line)) {
                stopped = true;
                process.kill();
            }
        }
    };
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        output.append(process.readAllStandardOutput());
        readErrors();
    }
    output.append(process.readAllStandardOutput());
    pending += '\n';
    readErrors();
    if (stopped)
        return failure(tr("Stopped."));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(
            failures.isEmpty()
                ? tr("%1 ended with code %2.").arg(QDir::toNativeSeparators(program)).arg(process.exitCode())
                : failures.mid(0, 3).join(QStringLiteral("; ")));
    return output;
}

} // namespace anju::backup

#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace anju {

// The parts of a postgresql://user:password@host:port/dbname?sslmode=… location that a connection
// needs. The password is usually absent from the URL: libpq reads PGPASSWORD or ~/.pgpass, or the
// program asks for it; TLS and timeout options after '?' are passed through to libpq unchanged.
struct PostgresUrl
{
    Q_DECLARE_TR_FUNCTIONS(anju::PostgresUrl)

public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QStringList options; // "key=value" pairs for libpq (sslmode, sslrootcert, connect_timeout, …)

    // The parts of `text`, or a message in the user's language when it is not a usable URL.
    [[nodiscard]] static Result<PostgresUrl> parse(const QString& text);
    // The URL without its password, for the window title, messages and logs.
    QString display() const;
    // True when a connection failed only because the server wants a password we did not have, so the
    // program may ask for one and try again.
    static bool wantsPassword(const QString& connectionError);
    // The connect options in the form QPSQL passes to libpq ("k=v;k=v").
    QString connectOptions() const;
};

} // namespace anju

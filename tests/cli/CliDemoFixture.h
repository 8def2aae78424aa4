#pragma once

#include "ProgramRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

// The grid CLI tests' shared ground: one 400-household demo database (as of the demo's day, 2026-11-01)
// in a temporary folder, anju-cli run on it in English as a demo user, and a read of the file in plain SQL
// to find the numbers the commands take and to check what they wrote.
class CliDemoFixture
{
public:
    bool make()
    {
        if (!m_dir.isValid())
            return false;
        m_db = m_dir.filePath(QStringLiteral("demo.anju"));
        return run(QStringLiteral("admin"),
                   {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("400"),
                    QStringLiteral("--seed"), QStringLiteral("3")})
                   .exitCode == 0;
    }

    anju::test::ProgramRun run(const QString& user, const QStringList& arguments) const
    {
        return anju::test::runProgram(
            QStringLiteral(ANJU_CLI_PATH),
            QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"), m_db} +
                arguments,
            anju::test::cliEnvironment(m_dir.path(), user));
    }
    QJsonObject json(const QString& user, const QStringList& arguments) const
    {
        const anju::test::ProgramRun r = run(user, arguments + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // The first column of the first row of `sql` on the demo file (an invalid QVariant when none).
    QVariant scalar(const QString& sql) const
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

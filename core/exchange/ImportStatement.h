#pragma once

#include "domain/Violation.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// One prepared statement of an import, bound value by value in column order: on SQLite through its C API
// (UTF-8 built in reused buffers, no QVariant per value: a million rows spent a third of their time in Qt's
// binding), on other engines through QSqlQuery.
// exec() runs several times per household of an import (280,000 for a province): an Outcome that succeeds
// is an empty list that holds no memory, so the row loop allocates nothing for it; only a failure carries
// the database's text.
class ImportStatement
{
public:
    ImportStatement() = default;
    ~ImportStatement();
    ImportStatement(const ImportStatement&) = delete;
    ImportStatement& operator=(const ImportStatement&) = delete;

    // `useSqliteApi` false keeps QSqlQuery even on SQLite (the tests compare both ways).
    // Fails with the database's text.
    Outcome prepare(const Database& db, const QString& sql, bool useSqliteApi);
    bool usesSqliteApi() const { return m_statement != nullptr; }

    void text(const QString& value); // '' for a null string (NOT NULL columns)
    void latin1(const char* value);  // a stored key (enumKey)
    void date(QDate value);          // ISO 8601, NULL when invalid
    void id(qint64 value);           // NULL when 0
    void integer(qint64 value);
    void null();

    // Runs the statement with the values bound; fails with the database's text.
    Outcome exec();
    // For a SELECT of one id: its first row's first column, or 0 without rows.
    Result<qint64> selectId();
    qint64 lastInsertId() const { return m_lastId; }

private:
    void bindUtf8(const char* data, int size, bool copy);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QSqlQuery m_query;
    int m_next = 0;                   // the next parameter, from 0
    std::vector<std::string> m_texts; // per parameter, kept until the row is stepped
    qint64 m_lastId = 0;
};

} // namespace anju::exchange

#pragma once

#include <QString>

#include <memory>

namespace anju {

// Everything where the SQL of the embedded SQLite file and of a shared PostgreSQL server differs.
// Repositories write portable SQL with bound values and ask the dialect for the rest.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };
    virtual ~SqlDialect() = default;

    virtual Engine engine() const = 0;
    virtual QString driverName() const = 0;
    // Statement that starts a transaction that will write (SQLite takes the write lock at once, so two
    // desks never deadlock upgrading a read lock).
    virtual QString beginWrite() const = 0;
    // Appended to a SELECT of the row a write is about to change, so that a second desk saving the same
    // record waits for the first and then sees its new version. Empty on SQLite, whose BEGIN IMMEDIATE
    // already lets one writer in at a time.
    virtual QString forUpdate() const = 0;
    // Expands the placeholders of migration SQL: ${ID} (auto-increment primary key), ${DATE},
    // ${TIMESTAMP}, ${BOOL}, ${NOW} (the current time in UTC, so desks in any time zone agree).
    virtual QString expand(QString sql) const = 0;
    // A condition that matches rows whose `column` contains `placeholder`'s text (case-insensitive for
    // Latin letters); the bound value must be escaped with escapeLike().
    virtual QString containsCondition(const QString& column, const QString& placeholder) const = 0;
    // True when the error text is a unique-constraint violation.
    virtual bool isUniqueViolation(const QString& nativeErrorCode, const QString& text) const = 0;
    // True when the disk (or the database's size limit) is full.
    virtual bool isDiskFull(const QString& nativeErrorCode, const QString& text) const = 0;
    // True when the database was busy or locked by another desk.
    virtual bool isBusy(const QString& nativeErrorCode, const QString& text) const = 0;

    static QString escapeLike(QString text); // escapes % _ and the escape character itself
    static std::unique_ptr<SqlDialect> create(Engine engine);
};

} // namespace anju

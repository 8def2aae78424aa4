#include "database/SqlDialect.h"

namespace anju {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString forUpdate() const override { return {}; }
    QString expand(QString sql) const override
    {
        return sql.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"))
            .replace(QLatin1String("${DATE}"), QLatin1String("TEXT"))
            .replace(QLatin1String("${TIMESTAMP}"), QLatin1String("TEXT"))
            .replace(QLatin1String("${BOOL}"), QLatin1String("INTEGER"))
            .replace(QLatin1String("${NOW}"), QLatin1String("(strftime('%Y-%m-%dT%H:%M:%S', 'now'))"));
    }
    QString containsCondition(const QString& column, const QString& placeholder) const override
    {
        return column + QStringLiteral(" LIKE '%' || ") + placeholder + QStringLiteral(" || '%' ESCAPE '\\'");
    }
    bool isUniqueViolation(const QString& code, const QString& text) const override
    {
        // 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY, 19 SQLITE_CONSTRAINT
        return code == QLatin1String("2067") || code == QLatin1String("1555") ||
               text.contains(QLatin1String("UNIQUE constraint failed"));
    }
    bool isDiskFull(const QString& code, const QString& text) const override
    {
        // 13 SQLITE_FULL
        return code == QLatin1String("13") || text.contains(QLatin1String("database or disk is full"));
    }
    bool isBusy(const QString& code, const QString& text) const override
    {
        return code == QLatin1String("5") || code == QLatin1String("6") ||
               text.contains(QLatin1String("database is locked"));
    }
};

class PostgreSqlDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::PostgreSql; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QString forUpdate() const override { return QStringLiteral(" FOR UPDATE"); }
    QString expand(QString sql) const override
    {
        return sql.replace(QLatin1String("${ID}"), QLatin1String("BIGSERIAL PRIMARY KEY"))
            .replace(QLatin1String("${DATE}"), QLatin1String("DATE"))
            .replace(QLatin1String("${TIMESTAMP}"), QLatin1String("TIMESTAMP"))
            .replace(QLatin1String("${BOOL}"), QLatin1String("SMALLINT"))
            .replace(QLatin1String("${NOW}"), QLatin1String("(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')"));
    }
    QString containsCondition(const QString& column, const QString& placeholder) const override
    {
        return column + QStringLiteral(" ILIKE '%' || ") + placeholder +
               QStringLiteral(" || '%' ESCAPE '\\'");
    }
    bool isUniqueViolation(const QString& code, const QString&) const override
    {
        return code == QLatin1String("23505");
    }
    bool isDiskFull(const QString& code, const QString&) const override
    {
        return code == QLatin1String("53100"); // disk_full
    }
    bool isBusy(const QString& code, const QString&) const override
    {
        return code == QLatin1String("40001") || code == QLatin1String("40P01") ||
               code == QLatin1String("55P03");
    }
};

} // namespace

QString SqlDialect::escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

std::unique_ptr<SqlDialect> SqlDialect::create(Engine engine)
{
    if (engine == Engine::PostgreSql)
        return std::make_unique<PostgreSqlDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace anju

#include "exchange/ImportStatement.h"

#include "database/Database.h"
#include "database/SqliteBulkLoad.h"

#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace anju::exchange {

namespace {

// UTF-16 to UTF-8 into a buffer that keeps its capacity from row to row.
void appendUtf8(std::string& out, const QString& text)
{
    out.clear();
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const char16_t* end = p + text.size();
    for (; p < end; ++p) {
        const char32_t c = *p;
        if (c < 0x80) {
            out.push_back(char(c));
        } else if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
        } else if (c >= 0xD800 && c < 0xDC00 && p + 1 < end && p[1] >= 0xDC00 && p[1] < 0xE000) {
            const char32_t u = 0x10000 + ((c - 0xD800) << 10) + (char32_t(p[1]) - 0xDC00);
            ++p;
            out.push_back(char(0xF0 | (u >> 18)));
            out.push_back(char(0x80 | ((u >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
            out.push_back(char(0x80 | (u & 0x3F)));
        } else {
            // A lone surrogate becomes U+FFFD, as QString::toUtf8 makes it.
            const char32_t u = (c >= 0xD800 && c < 0xE000) ? 0xFFFD : c;
            out.push_back(char(0xE0 | (u >> 12)));
            out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
            out.push_back(char(0x80 | (u & 0x3F)));
        }
    }
}

Outcome failure(const QString& text)
{
    return Outcome::failure(QLatin1String(Field::General), text);
}

} // namespace

ImportStatement::~ImportStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Outcome ImportStatement::prepare(const Database& db, const QString& sql, bool useSqliteApi)
{
    m_handle = useSqliteApi ? sqliteHandle(db) : nullptr;
    if (m_handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_statement, nullptr) != SQLITE_OK)
            return failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        m_texts.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
        return {};
    }
    m_query = QSqlQuery(db.connection());
    if (!m_query.prepare(sql))
        return failure(m_query.lastError().text());
    return {};
}

void ImportStatement::bindUtf8(const char* data, int size, bool copy)
{
    sqlite3_bind_text(m_statement, ++m_next, data, size, copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

void ImportStatement::text(const QString& value)
{
    if (!m_statement) {
        m_query.addBindValue(value.isNull() ? QStringLiteral("") : value);
        return;
    }
    if (size_t(m_next) >= m_texts.size())
        return; // more values than parameters: step reports the statement's own error
    std::string& buffer = m_texts[size_t(m_next)];
    appendUtf8(buffer, value);
    bindUtf8(buffer.data(), int(buffer.size()), false);
}

void ImportStatement::latin1(const char* value)
{
    if (!m_statement) {
        m_query.addBindValue(QString::fromLatin1(value));
        return;
    }
    bindUtf8(value, -1, false); // the keys are string literals of the enum tables
}

void ImportStatement::date(QDate value)
{
    if (!value.isValid()) {
        null();
        return;
    }
    if (!m_statement) {
        m_query.addBindValue(value.toString(Qt::ISODate));
        return;
    }
    const int y = value.year();
    if (y < 1000 || y > 9999) {
        text(value.toString(Qt::ISODate));
        return;
    }
    const int m = value.month();
    const int d = value.day();
    const char iso[10] = {char('0' + y / 1000),
                          char('0' + y / 100 % 10),
                          char('0' + y / 10 % 10),
                          char('0' + y % 10),
                          '-',
                          char('0' + m / 10),
                          char('0' + m % 10),
                          '-',
                          char('0' + d / 10),
                          char('0' + d % 10)};
    bindUtf8(iso, 10, true);
}

void ImportStatement::id(qint64 value)
{
    if (value > 0)
        integer(value);
    else if (m_statement)
        sqlite3_bind_null(m_statement, ++m_next);
    else
        m_query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
}

void ImportStatement::integer(qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, ++m_next, value);
    else
        m_query.addBindValue(value);
}

void ImportStatement::null()
{
    if (m_statement)
        sqlite3_bind_null(m_statement, ++m_next);
    else
        m_query.addBindValue(QVariant(QMetaType::fromType<QString>()));
}

Outcome ImportStatement::exec()
{
    if (!m_statement) {
        if (!m_query.exec())
            return failure(m_query.lastError().text());
        m_lastId = m_query.lastInsertId().toLongLong();
        return {};
    }
    m_next = 0;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        const Outcome failed = failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        sqlite3_reset(m_statement);
        return failed;
    }
    sqlite3_reset(m_statement);
    m_lastId = sqlite3_last_insert_rowid(m_handle);
    return {};
}

Result<qint64> ImportStatement::selectId()
{
    qint64 id = 0;
    if (!m_statement) {
        if (!m_query.exec())
            return failure(m_query.lastError().text());
        if (m_query.next())
            id = m_query.value(0).toLongLong();
        m_query.finish();
        return id;
    }
    m_next = 0;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        id = sqlite3_column_int64(m_statement, 0);
    else if (rc != SQLITE_DONE) {
        const Outcome failed = failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        sqlite3_reset(m_statement);
        return failed;
    }
    sqlite3_reset(m_statement);
    return id;
}

} // namespace anju::exchange

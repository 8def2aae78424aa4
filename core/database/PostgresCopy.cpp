#include "database/PostgresCopy.h"

#include "database/Database.h"
#include "database/SqliteBulkLoad.h"

#include <QLocale>
#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace anju {

namespace {

constexpr qsizetype SendAt = 1 << 20; // bytes gathered before each PQputCopyData
constexpr qint64 ReportEvery = 5000;

PGconn* libpqHandle(const Database& db)
{
    const QSqlDatabase connection = db.connection();
    if (!connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // QPSQL declares the handle's type under libpq's struct name.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

QByteArray quotedName(const QByteArray& name)
{
    QByteArray q = name;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

// COPY's text format: tab between columns, \N for NULL, backslash escapes for the few bytes that would
// end a value or a row.
void appendEscaped(QByteArray& out, const char* text, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

void appendValue(QByteArray& out, sqlite3_stmt* row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        out.append("\\N");
        break;
    case SQLITE_INTEGER:
        out.append(QByteArray::number(sqlite3_column_int64(row, column)));
        break;
    case SQLITE_FLOAT:
        out.append(
            QByteArray::number(sqlite3_column_double(row, column), 'g', QLocale::FloatingPointShortest));
        break;
    case SQLITE_BLOB: { // bytea's hex form, its backslash escaped for COPY
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(row, column));
        out.append("\\\\x");
        out.append(QByteArray(bytes, sqlite3_column_bytes(row, column)).toHex());
        break;
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
        appendEscaped(out, text, sqlite3_column_bytes(row, column));
    }
    }
}

QString libpqError(PGconn* conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// Ends the COPY and collects its result. With `failure` the COPY is aborted on the server: the caller
// holds the reason already, and only a connection that cannot even end the COPY has another one to tell.
Outcome finish(PGconn* conn, const char* failure)
{
    if (PQputCopyEnd(conn, failure) != 1)
        return Outcome::error(libpqError(conn));
    Outcome outcome;
    while (PGresult* result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome.ok() && !failure)
            outcome = Outcome::error(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
        PQclear(result);
    }
    return outcome;
}

// Aborts the COPY because of `reason`, which is what the caller reports unless the COPY cannot be ended.
Outcome abortCopy(PGconn* conn, const char* failure, Outcome reason)
{
    if (Outcome ended = finish(conn, failure); !ended)
        return ended;
    return reason;
}

// What feeds one COPY: a row appended to the buffer, the end, or a failure whose reason is kept.
enum class RowMade
{
    Row,
    End,
    Failed
};

// COPY `command` (… FROM STDIN), fed by `nextRow` until it says End; `failure` tells why it said Failed.
Result<qint64> copyIn(PGconn* server, const QByteArray& command,
                      const std::function<RowMade(QByteArray& buffer)>& nextRow,
                      const std::function<QString()>& failure, const PostgresCopy::RowsSent& rowsSent)
{
    PGresult* started = PQexec(server, command.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    const QString notStarted =
        copying ? QString() : QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
    PQclear(started);
    if (!copying)
        return Outcome::error(notStarted);

    QByteArray buffer;
    buffer.reserve(SendAt + 64 * 1024);
    auto send = [&]() -> Outcome {
        if (buffer.isEmpty())
            return {};
        if (PQputCopyData(server, buffer.constData(), int(buffer.size())) != 1)
            return Outcome::error(libpqError(server));
        buffer.clear();
        return {};
    };
    qint64 rows = 0;
    RowMade made = RowMade::Row;
    while ((made = nextRow(buffer)) == RowMade::Row) {
        ++rows;
        if (buffer.size() >= SendAt) {
            if (Outcome sent = send(); !sent)
                return abortCopy(server, "sending failed", sent);
        }
        if (rowsSent && rows % ReportEvery == 0 && !rowsSent(rows)) {
            finish(server, "cancelled");
            return Outcome::error(QString()); // no message: cancelled, not failed
        }
    }
    if (made == RowMade::Failed)
        return abortCopy(server, "reading the rows failed", Outcome::error(failure()));
    if (Outcome sent = send(); !sent)
        return abortCopy(server, "sending failed", sent);
    if (Outcome ended = finish(server, nullptr); !ended)
        return ended;
    return rows;
}

QByteArray columnList(const QList<QByteArray>& names)
{
    QByteArray out;
    for (const QByteArray& name : names)
        out += (out.isEmpty() ? "" : ",") + quotedName(name);
    return out;
}

} // namespace

bool PostgresCopy::available(const Database& source, const Database& target)
{
    return sqliteHandle(source) && libpqHandle(target);
}

bool PostgresCopy::available(const Database& target)
{
    return libpqHandle(target) != nullptr;
}

Result<qint64> PostgresCopy::copyTable(const Database& source, const Database& target, const QString& table,
                                       const RowsSent& rowsSent)
{
    sqlite3* file = sqliteHandle(source);
    PGconn* server = libpqHandle(target);
    if (!file || !server)
        return Outcome::error(QStringLiteral("COPY needs SQLite's and libpq's own connections"));
    const QByteArray name = quotedName(table.toUtf8());
    sqlite3_stmt* read = nullptr;
    if (sqlite3_prepare_v2(file, QByteArray("SELECT * FROM " + name).constData(), -1, &read, nullptr) !=
        SQLITE_OK)
        return Outcome::error(QString::fromUtf8(sqlite3_errmsg(file)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> reading(read, sqlite3_finalize);
    const int columns = sqlite3_column_count(read);
    QList<QByteArray> names;
    for (int i = 0; i < columns; ++i)
        names.append(sqlite3_column_name(read, i));
    const QByteArray command = "COPY " + name + " (" + columnList(names) + ") FROM STDIN";
    return copyIn(
        server, command,
        [&](QByteArray& buffer) {
            const int step = sqlite3_step(read);
            if (step != SQLITE_ROW)
                return step == SQLITE_DONE ? RowMade::End : RowMade::Failed;
            for (int i = 0; i < columns; ++i) {
                if (i)
                    buffer.append('\t');
                appendValue(buffer, read, i);
            }
            buffer.append('\n');
            return RowMade::Row;
        },
        [&] { return QString::fromUtf8(sqlite3_errmsg(file)); }, rowsSent);
}

Result<qint64> PostgresCopy::copyRows(const Database& target, const QString& table,
                                      const QStringList& columns, const NextRow& nextRow,
                                      const RowsSent& rowsSent)
{
    PGconn* server = libpqHandle(target);
    if (!server)
        return Outcome::error(QStringLiteral("COPY needs libpq's own connection"));
    QList<QByteArray> names;
    for (const QString& column : columns)
        names.append(column.toUtf8());
    const QByteArray command =
        "COPY " + quotedName(table.toUtf8()) + " (" + columnList(names) + ") FROM STDIN";
    return copyIn(
        server, command, [&](QByteArray& buffer) { return nextRow(buffer) ? RowMade::Row : RowMade::End; },
        [] { return QString(); }, rowsSent);
}

void PostgresCopy::appendText(QByteArray& line, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    appendEscaped(line, utf8.constData(), int(utf8.size()));
}

} // namespace anju

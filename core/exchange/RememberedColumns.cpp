#include "exchange/RememberedColumns.h"

#include "database/Database.h"
#include "database/SqlRun.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::exchange {

namespace {

// Fields are stored by their canonical header (姓名, 身份证号 …): readable in the audit trail, and stable
// whatever the order of the enum; "" is a column not to import.
bool fieldNamed(const QString& header, std::optional<RosterField>* field)
{
    field->reset();
    if (header.isEmpty())
        return true;
    for (const RosterFieldInfo& info : RosterLayout::fields()) {
        if (info.header == header) {
            *field = info.field;
            return true;
        }
    }
    return false; // written by a later version: ignored
}

} // namespace

QString RememberedColumns::key()
{
    return QStringLiteral("import.columns");
}

HeaderMemory RememberedColumns::load(const Database& db)
{
    HeaderMemory memory;
    const QJsonObject stored = QJsonDocument::fromJson(db.setting(key()).toUtf8()).object();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        std::optional<RosterField> field;
        if (fieldNamed(it.value().toString(), &field))
            memory.insert(it.key(), field);
    }
    return memory;
}

HeaderMemory RememberedColumns::merged(const HeaderMemory& before, const QStringList& headers,
                                       const ColumnMapping& mapping)
{
    HeaderMemory memory = before;
    QHash<QString, int> seen;
    for (const QString& header : headers)
        ++seen[RosterLayout::headerKey(header)];
    QHash<int, RosterField> fieldAt;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (it.value() >= 0)
            fieldAt.insert(it.value(), it.key());
    }
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = RosterLayout::headerKey(headers.at(column));
        if (key.isEmpty() || seen.value(key) > 1)
            continue;
        const std::optional<RosterField> words = RosterLayout::fieldForHeader(headers.at(column));
        std::optional<RosterField> placed;
        if (fieldAt.contains(column))
            placed = fieldAt.value(column);
        // A column left out whose words name a field placed elsewhere is only a second column of that
        // field (a second 电话): nothing to learn from it.
        if (!placed && words && mapping.value(*words, -1) >= 0)
            continue;
        if (placed == words)
            memory.remove(key);
        else
            memory.insert(key, placed);
    }
    return memory;
}

Outcome RememberedColumns::save(const Database& db, const HeaderMemory& memory)
{
    QJsonObject stored;
    for (auto it = memory.constBegin(); it != memory.constEnd(); ++it)
        stored.insert(it.key(), it.value() ? RosterLayout::info(*it.value()).header : QString());
    QSqlQuery query(db.connection());
    const SqlOutcome written =
        memory.isEmpty()
            ? SqlRun::write(db, query, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key()})
            : SqlRun::write(db, query,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key(), QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))});
    if (!written)
        return Outcome::failure(QLatin1String(Field::General), written.error);
    return {};
}

} // namespace anju::exchange

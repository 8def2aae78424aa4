#pragma once

#include "database/Database.h"
#include "domain/Violation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace anju::income {

// Values bound by name (":first", ":site" …); a name the statement does not use is left unbound, so one
// list serves the whole office and one site.
using FigureBindings = QList<std::pair<QString, QVariant>>;

// Prepares `sql`, binds the named values it uses and runs it forward only; on failure `failed` with the
// engine's message in %1.
inline Result<QSqlQuery> runFigureQuery(const Database& db, const QString& sql, const FigureBindings& values,
                                        const QString& failed)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const auto& [name, value] : values) {
        // Whole names only: ":line" must not be bound because the statement uses ":line2".
        static const QString nameEnd = QStringLiteral("(?![A-Za-z0-9_])");
        if (ok && sql.contains(QRegularExpression(QRegularExpression::escape(name) + nameEnd)))
            q.bindValue(name, value);
    }
    if (!ok || !q.exec())
        return Outcome::error(failed.arg(q.lastError().text()));
    return q;
}

} // namespace anju::income

#pragma once

#include "audittext/AuditNames.h"

#include <QJsonValue>
#include <QString>

// The few words every sentence of the trail is made of, shared by the narrator's files (not a public API).
namespace anju::audittext {

// None, null or an empty text: nothing to say.
bool isEmptyValue(const QJsonValue& v);
// A trail value as text, whatever JSON type the engine stored it as.
QString plain(const QJsonValue& v);
// A flag as SQLite (0/1) or PostgreSQL (true/false) stores it.
bool truthy(const QJsonValue& v);
// "住户 430524001-0001（王建国）", or "已删除的住户 …" for a record gone since; without the kind of
// record ("王建国", "王建国（已删除）") when `withKind` is false.
QString named(const QString& table, qint64 id, const AuditNames& names, const QString& ownName = {},
              bool withKind = true);

} // namespace anju::audittext

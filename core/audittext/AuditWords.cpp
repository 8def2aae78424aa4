#include "audittext/AuditWords.h"

#include "audittext/AuditNarrator.h"

namespace anju::audittext {

bool isEmptyValue(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

QString plain(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

bool truthy(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool();
    const QString text = plain(v);
    return !text.isEmpty() && text != QLatin1String("0") && text != QLatin1String("false");
}

// "住户 430524001-0001（王建国）", or "已删除的住户 …" for a record gone since.
QString named(const QString& table, qint64 id, const AuditNames& names, const QString& ownName, bool withKind)
{
    QString text = ownName;
    bool deleted = false;
    if (const auto n = names.name(table, id)) {
        deleted = n->deleted;
        if (!n->deleted || text.isEmpty())
            text = n->text;
    }
    if (text.isEmpty())
        text = AuditNarrator::tr("no. %1").arg(id);
    const QString kind = AuditFields::recordName(table);
    if (!withKind)
        return deleted ? AuditNarrator::tr("%1 (deleted)").arg(text) : text;
    return deleted ? AuditNarrator::tr("deleted %1 %2").arg(kind, text)
                   : AuditNarrator::tr("%1 %2").arg(kind, text);
}

} // namespace anju::audittext

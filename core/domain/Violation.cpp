#include "domain/Violation.h"

#include <QStringList>

namespace anju {

QString Outcome::summary() const
{
    QStringList lines;
    lines.reserve(m_violations.size());
    for (const Violation& v : m_violations)
        lines.append(v.message);
    return lines.join(QLatin1Char('\n'));
}

QString Outcome::messageFor(const QString& field, int row) const
{
    for (const Violation& v : m_violations) {
        if (v.field == field && v.row == row)
            return v.message;
    }
    return {};
}

} // namespace anju

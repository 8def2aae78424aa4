#include "shell/DatabaseChoice.h"

#include <QSettings>

namespace anju {

namespace {
const QString Key = QStringLiteral("database/location");
}

DatabaseLocation DatabaseChoice::remembered()
{
    const QString text = QSettings().value(Key).toString();
    return text.isEmpty() ? DatabaseLocation::defaultLocation() : DatabaseLocation::parse(text);
}

void DatabaseChoice::remember(const DatabaseLocation& location)
{
    QSettings().setValue(Key, location.engine == SqlDialect::Engine::PostgreSql ? location.display()
                                                                                : location.path);
}

void DatabaseChoice::forget()
{
    QSettings().remove(Key);
}

} // namespace anju

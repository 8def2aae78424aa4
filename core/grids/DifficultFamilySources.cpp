#include "grids/DifficultFamilySources.h"

#include "domain/Enums.h"
#include "grids/GridTypes.h"

namespace anju::grids {

QStringList DifficultFamilySources::known()
{
    return {QStringLiteral("mark"), QStringLiteral("monitoring"), QStringLiteral("safety_net")};
}

QString DifficultFamilySources::label(const QString& source)
{
    if (source == QLatin1String("mark"))
        return tr("Households marked as difficult");
    if (source == QLatin1String("monitoring"))
        return tr("Monitoring households");
    if (source == QLatin1String("safety_net"))
        return tr("Safety-net households");
    const QLatin1String care("care:");
    if (source.startsWith(care)) {
        const QString key = source.mid(care.size());
        const auto category = enumFromKey<CareCategory>(key);
        return tr("Households with a member: %1").arg(category ? enumLabel(*category) : key);
    }
    return source;
}

QString DifficultFamilySources::describe(const QStringList& sources)
{
    if (sources.isEmpty())
        return tr("none");
    QStringList labels;
    for (const QString& source : sources)
        labels.append(label(source));
    return labels.join(tr(", "));
}

} // namespace anju::grids

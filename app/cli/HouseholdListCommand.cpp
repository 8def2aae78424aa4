#include "HouseholdListCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "registry/RosterQuery.h"
#include "registry/SiteRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

constexpr int PageSize = 1000;

QJsonObject toJson(const registry::RosterRow& row, const Site& site)
{
    return {
        {QStringLiteral("number"), row.number},
        {QStringLiteral("head"), row.headName},
        {QStringLiteral("headIdNumber"), row.headIdNumber},
        {QStringLiteral("siteCode"), site.code},
        {QStringLiteral("site"), row.siteName},
        {QStringLiteral("address"), row.address},
        {QStringLiteral("members"), row.memberCount},
        {QStringLiteral("phone"), row.phone},
        {QStringLiteral("relocationDate"), row.relocationDate.toString(Qt::ISODate)},
        {QStringLiteral("state"), enumKey(row.state)},
    };
}

} // namespace

int HouseholdListCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] household list [--site CODE] [--state STATE] [--json]"),
                         tr("Lists the households site by site, ordered by household number: number, head, "
                            "site, address, active members and state."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("site"), tr("Only the households of the site with this code."), tr("CODE")});
    options.addOption({QStringLiteral("state"),
                       tr("Only households in this state: active, moved_away or dissolved (default: all)."),
                       tr("STATE")});
    options.addOption({QStringLiteral("json"), tr("Print a JSON array of objects instead of text.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("household list takes no arguments, only options."));

    registry::RosterFilter filter;
    filter.state.reset();
    if (options.isSet(QStringLiteral("state"))) {
        filter.state = enumFromKey<HouseholdState>(options.value(QStringLiteral("state")));
        if (!filter.state)
            return parser.usageError(tr("Unknown state %1: use active, moved_away or dissolved.")
                                         .arg(options.value(QStringLiteral("state"))));
    }
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;

    const registry::SiteRepository sites(*db);
    QList<Site> listed;
    if (options.isSet(QStringLiteral("site"))) {
        const QString code = options.value(QStringLiteral("site")).trimmed();
        const std::optional<Site> site = sites.siteByCode(code);
        if (!site)
            return fail(tr("There is no site with the code %1.").arg(code));
        listed.append(*site);
    } else {
        listed = sites.sites();
    }

    const bool json = options.isSet(QStringLiteral("json"));
    if (json)
        out() << "[";
    else
        out() << tr("Number") << '\t' << tr("Head") << '\t' << tr("Site") << '\t' << tr("Address") << '\t'
              << tr("Members") << '\t' << tr("State") << '\n';
    // Site by site, a page at a time: a province never sits in memory at once.
    const registry::RosterQuery roster(*db);
    bool first = true;
    for (const Site& site : std::as_const(listed)) {
        filter.siteId = site.id;
        for (int offset = 0;; offset += PageSize) {
            const QList<registry::RosterRow> rows =
                roster.page(filter, registry::RosterColumn::Number, true, offset, PageSize);
            for (const registry::RosterRow& row : rows) {
                if (json) {
                    out() << (first ? "\n" : ",\n")
                          << QString::fromUtf8(
                                 QJsonDocument(toJson(row, site)).toJson(QJsonDocument::Compact));
                } else {
                    out() << row.number << '\t' << row.headName << '\t' << row.siteName << '\t' << row.address
                          << '\t' << row.memberCount << '\t' << enumLabel(row.state) << '\n';
                }
                first = false;
            }
            if (rows.size() < PageSize)
                break;
        }
    }
    if (json)
        out() << "\n]\n";
    out().flush();
    return Success;
}

} // namespace anju::cli

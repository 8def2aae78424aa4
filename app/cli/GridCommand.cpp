#include "GridCommand.h"

#include "GridSheetCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "grids/GridRepository.h"
#include "grids/GridService.h"
#include "registry/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

// --date, or today when not given; null with `bad` set when the text is not a date.
QDate dateOption(const QCommandLineParser& options, const QString& name, bool* bad)
{
    if (!options.isSet(name))
        return QDate::currentDate();
    const QDate date = QDate::fromString(options.value(name).trimmed(), Qt::ISODate);
    *bad = !date.isValid();
    return date;
}

// --site CODE as the site's id (0 when not given); nullopt after printing the refusal when no site has the
// code. Shared by grid list and grid check, which read --date and --site alike.
std::optional<qint64> siteOption(const Database& db, const QCommandLineParser& options)
{
    if (!options.isSet(QStringLiteral("site")))
        return 0;
    const QString code = options.value(QStringLiteral("site")).trimmed();
    const auto site = registry::SiteRepository(db).siteByCode(code);
    if (!site) {
        fail(GridCommand::tr("There is no site with the code %1.").arg(code));
        return std::nullopt;
    }
    return site->id;
}

// --date as the day to read (today when not given); nullopt after the usage error when it is not a date.
std::optional<QDate> dayOption(const CommandParser& parser, const QCommandLineParser& options)
{
    bool bad = false;
    const QDate day = dateOption(options, QStringLiteral("date"), &bad);
    if (bad) {
        parser.usageError(GridCommand::tr("--date needs a day written YYYY-MM-DD, e.g. 2026-11-30."));
        return std::nullopt;
    }
    return day;
}

} // namespace

int GridCommand::run(const CliContext& context, const QString& action, const QStringList& arguments)
{
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action == QLatin1String("add"))
        return add(context, arguments);
    if (action == QLatin1String("cover"))
        return cover(context, arguments);
    if (action == QLatin1String("check"))
        return check(context, arguments);
    if (action == QLatin1String("sheet"))
        return GridSheetCommand::run(context, arguments);
    return fail(tr("grid needs list, add, cover, check, visits, findings, sheet, staff, pair or handover, e.g. "
                   "anju-cli grid list --site 430524001."),
                UsageError);
}

int GridCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] grid list [--site CODE] [--date YYYY-MM-DD] [--json]"),
                         tr("Lists the grids site by site, by code: code, name, site, active households and "
                            "staff on the day (default: today)."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("site"), tr("Only the grids of the site with this code."), tr("CODE")});
    options.addOption(
        {QStringLiteral("date"), tr("The day to count on (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("grid list takes no arguments besides its options."));
    const std::optional<QDate> dayGiven = dayOption(parser, options);
    if (!dayGiven)
        return UsageError;
    const QDate day = *dayGiven;
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const std::optional<qint64> site = siteOption(*db, options);
    if (!site)
        return Failure;
    const qint64 siteId = *site;
    const auto grids = grids::GridRepository(*db).grids(siteId, day);
    if (!grids)
        return fail(grids.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const grids::GridSummary& g : grids.value())
            rows.append(QJsonObject{{QStringLiteral("code"), g.grid.code},
                                    {QStringLiteral("name"), g.grid.name},
                                    {QStringLiteral("siteCode"), g.siteCode},
                                    {QStringLiteral("site"), g.siteName},
                                    {QStringLiteral("activeHouseholds"), g.activeHouseholds},
                                    {QStringLiteral("staff"), g.staff},
                                    {QStringLiteral("validFrom"), g.grid.validFrom.toString(Qt::ISODate)}});
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                      {QStringLiteral("count"), int(grids.value().size())},
                                      {QStringLiteral("grids"), rows}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Grids on %1: %2.").arg(day.toString(Qt::ISODate)).arg(grids.value().size()) << '\n';
        for (const grids::GridSummary& g : grids.value())
            out() << g.grid.code << '\t' << g.grid.name << '\t' << g.siteName << '\t'
                  << tr("households: %1").arg(g.activeHouseholds) << '\t' << tr("staff: %1").arg(g.staff)
                  << '\n';
    }
    out().flush();
    return Success;
}

int GridCommand::add(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid add --site CODE --code CODE --name NAME [--from YYYY-MM-DD]"),
        tr("Makes a grid of a site; its code is county 6 + township 3 + community 3 + sequence 2 "
           "digits (CJ/T 349)."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("site"), tr("The site's code."), tr("CODE")});
    options.addOption({QStringLiteral("code"), tr("The grid's 14-digit code."), tr("CODE")});
    options.addOption({QStringLiteral("name"), tr("The grid's name."), tr("NAME")});
    options.addOption(
        {QStringLiteral("from"), tr("The day the grid starts (default: today)."), tr("YYYY-MM-DD")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.isSet(QStringLiteral("site")) || !options.isSet(QStringLiteral("code")) ||
        !options.isSet(QStringLiteral("name")))
        return parser.usageError(tr("grid add needs --site, --code and --name."));
    bool bad = false;
    const QDate from = dateOption(options, QStringLiteral("from"), &bad);
    if (bad)
        return parser.usageError(tr("--from needs a day written YYYY-MM-DD, e.g. 2026-11-30."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const QString siteCode = options.value(QStringLiteral("site")).trimmed();
    const auto site = registry::SiteRepository(*db).siteByCode(siteCode);
    if (!site)
        return fail(tr("There is no site with the code %1.").arg(siteCode));
    grids::Grid g;
    g.siteId = site->id;
    g.code = options.value(QStringLiteral("code"));
    g.name = options.value(QStringLiteral("name"));
    g.validFrom = from;
    const auto saved = grids::GridService(*db).saveGrid(g);
    if (!saved)
        return fail(saved.summary());
    out() << tr("Grid %1 %2 made.").arg(saved.value().code, saved.value().name) << Qt::endl;
    return Success;
}

int GridCommand::cover(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid cover --grid CODE --building NAME [--unit NAME] [--from YYYY-MM-DD]"),
        tr("The grid covers a building, or one unit of it, from the day: what covered it before ends that "
           "day and its households move to the grid."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("grid"), tr("The grid's code."), tr("CODE")});
    options.addOption(
        {QStringLiteral("building"), tr("The building's name on the grid's site."), tr("NAME")});
    options.addOption({QStringLiteral("unit"), tr("Only this unit of the building."), tr("NAME")});
    options.addOption({QStringLiteral("from"), tr("The day it starts (default: today)."), tr("YYYY-MM-DD")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.isSet(QStringLiteral("grid")) || !options.isSet(QStringLiteral("building")))
        return parser.usageError(tr("grid cover needs --grid and --building."));
    bool bad = false;
    const QDate from = dateOption(options, QStringLiteral("from"), &bad);
    if (bad)
        return parser.usageError(tr("--from needs a day written YYYY-MM-DD, e.g. 2026-11-30."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const QString code = options.value(QStringLiteral("grid")).trimmed();
    const auto g = grids::GridRepository(*db).gridByCode(code);
    if (!g)
        return fail(tr("There is no grid with the code %1.").arg(code));
    const registry::SiteRepository sites(*db);
    const QString buildingName = options.value(QStringLiteral("building")).trimmed();
    qint64 buildingId = 0;
    for (const Building& b : sites.buildings(g->siteId))
        if (b.name == buildingName)
            buildingId = b.id;
    if (buildingId == 0)
        return fail(tr("The grid's site has no building named %1.").arg(buildingName));
    qint64 unitId = 0;
    if (options.isSet(QStringLiteral("unit"))) {
        const QString unitName = options.value(QStringLiteral("unit")).trimmed();
        for (const BuildingUnit& u : sites.units(buildingId))
            if (u.name == unitName)
                unitId = u.id;
        if (unitId == 0)
            return fail(tr("Building %1 has no unit named %2.").arg(buildingName, unitName));
    }
    const auto covered = grids::GridService(*db).assignCoverage(g->id, buildingId, unitId, from);
    if (!covered)
        return fail(covered.summary());
    out() << tr("Grid %1 covers %2 from %3.")
                 .arg(g->name,
                      buildingName +
                          (unitId ? QLatin1Char(' ') + options.value(QStringLiteral("unit")) : QString()),
                      from.toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

int GridCommand::check(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid check [--site CODE] [--date YYYY-MM-DD]"),
        tr("Lists the registered households that are in no grid or in more than one on the day; "
           "exits with 1 when there is any."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("site"), tr("Only the households of the site with this code."), tr("CODE")});
    options.addOption({QStringLiteral("date"), tr("The day to check (default: today)."), tr("YYYY-MM-DD")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const std::optional<QDate> dayGiven = dayOption(parser, options);
    if (!dayGiven)
        return UsageError;
    const QDate day = *dayGiven;
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const std::optional<qint64> site = siteOption(*db, options);
    if (!site)
        return Failure;
    const qint64 siteId = *site;
    grids::GridRepository repository(*db);
    const auto problems = repository.placementProblems(siteId, day);
    if (!problems)
        return fail(problems.summary());
    for (const grids::GridPlacementProblem& p : problems.value()) {
        if (p.gridIds.isEmpty()) {
            out() << p.number << '\t' << tr("in no grid") << '\n';
            continue;
        }
        QStringList codes;
        for (qint64 id : p.gridIds)
            if (const auto g = repository.grid(id))
                codes.append(g->code);
        out() << p.number << '\t'
              << tr("in %1 grids: %2").arg(codes.size()).arg(codes.join(QLatin1String(", "))) << '\n';
    }
    out() << tr("Households not in exactly one grid on %1: %2.")
                 .arg(day.toString(Qt::ISODate))
                 .arg(problems.value().size())
          << Qt::endl;
    return problems.value().isEmpty() ? Success : Failure;
}

} // namespace anju::cli

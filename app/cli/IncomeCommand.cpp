#include "IncomeCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "income/IncomeFlags.h"
#include "income/IncomeRules.h"
#include "registry/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace anju::cli {

namespace {

struct SubcommandEntry
{
    const char* word;
    IncomeCommand::Subcommand run;
};

// The words after `income`, in the order the usage message names them.
const SubcommandEntry subcommands[] = {
    {"flags", &IncomeCommand::flags},
    {"missing", &IncomeCommand::missing},
};

void print(const QJsonObject& document)
{
    out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

// The options both words share: --month (required), --site CODE, --json.
struct MonthAndSite
{
    QDate month;
    qint64 siteId = 0;
    std::unique_ptr<Database> db;
};

std::optional<int> monthAndSite(const CliContext& context, CommandParser& parser,
                                const QStringList& arguments, MonthAndSite* chosen)
{
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("month"), IncomeCommand::tr("The month of the checks."),
                       IncomeCommand::tr("YYYY-MM")});
    options.addOption({QStringLiteral("site"),
                       IncomeCommand::tr("Only the households of the site with this code."),
                       IncomeCommand::tr("CODE")});
    options.addOption({QStringLiteral("json"), IncomeCommand::tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return exit;
    if (!options.isSet(QStringLiteral("month")))
        return parser.usageError(IncomeCommand::tr("Name the month with --month YYYY-MM, e.g. 2026-11."));
    chosen->month = income::IncomeRules::monthFromText(options.value(QStringLiteral("month")));
    if (!chosen->month.isValid())
        return parser.usageError(IncomeCommand::tr("--month needs a month written YYYY-MM, e.g. 2026-11."));
    chosen->db = context.openDatabase(true);
    if (!chosen->db)
        return Failure;
    if (options.isSet(QStringLiteral("site"))) {
        const QString code = options.value(QStringLiteral("site")).trimmed();
        const std::optional<Site> site = registry::SiteRepository(*chosen->db).siteByCode(code);
        if (!site)
            return fail(IncomeCommand::tr("There is no site with the code %1.").arg(code));
        chosen->siteId = site->id;
    }
    return std::nullopt;
}

QString flagWords(const income::CheckFlags& f)
{
    QStringList words;
    if (f.belowLine)
        words.append(IncomeCommand::tr("below the line"));
    if (f.drop)
        words.append(IncomeCommand::tr("income drop"));
    if (f.largeExpense)
        words.append(IncomeCommand::tr("large expense"));
    return words.join(QStringLiteral(", "));
}

} // namespace

int IncomeCommand::run(const CliContext& context, QStringList arguments)
{
    const QString word = arguments.isEmpty() ? QString() : arguments.takeFirst();
    for (const SubcommandEntry& entry : subcommands)
        if (word == QLatin1String(entry.word))
            return entry.run(context, arguments);
    QStringList words;
    for (const SubcommandEntry& entry : subcommands)
        words.append(QString::fromLatin1(entry.word));
    return fail(tr("income needs one of: %1, e.g. anju-cli income flags --month 2026-11.")
                    .arg(words.join(QStringLiteral(", "))),
                UsageError);
}

int IncomeCommand::flags(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] income flags --month YYYY-MM [--site CODE] [--json]"),
                         tr("Lists the month's flagged households by site and number: below the year's "
                            "monitoring line, a drop from their recent months, or a large expense, with the "
                            "per-capita annual net income."));
    MonthAndSite chosen;
    if (const auto exit = monthAndSite(context, parser, arguments, &chosen))
        return *exit;
    const auto list = income::IncomeFlags(*chosen.db).flagged(chosen.month, chosen.siteId);
    if (!list)
        return fail(list.summary());
    const QString monthText = chosen.month.toString(QStringLiteral("yyyy-MM"));
    if (parser.options().isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const income::FlaggedHousehold& h : list.value())
            rows.append(QJsonObject{{QStringLiteral("siteCode"), h.siteCode},
                                    {QStringLiteral("site"), h.siteName},
                                    {QStringLiteral("number"), h.number},
                                    {QStringLiteral("head"), h.headName},
                                    {QStringLiteral("checkedOn"), h.checkedOn.toString(Qt::ISODate)},
                                    {QStringLiteral("headcount"), h.headcount},
                                    {QStringLiteral("netFen"), h.net},
                                    {QStringLiteral("perCapitaAnnualFen"), h.perCapitaAnnual},
                                    {QStringLiteral("lineFen"), h.line},
                                    {QStringLiteral("largestExpenseFen"), h.largestExpense},
                                    {QStringLiteral("belowLine"), h.flags.belowLine},
                                    {QStringLiteral("drop"), h.flags.drop},
                                    {QStringLiteral("largeExpense"), h.flags.largeExpense}});
        print({{QStringLiteral("month"), monthText},
               {QStringLiteral("count"), rows.size()},
               {QStringLiteral("households"), rows}});
    } else {
        out() << tr("Flagged households of %1: %2 (site, number, head, headcount, net income, per-capita "
                    "annual, flags; yuan):")
                     .arg(monthText)
                     .arg(list.value().size())
              << '\n';
        for (const income::FlaggedHousehold& h : list.value())
            out() << h.siteCode << '\t' << h.number << '\t' << h.headName << '\t' << h.headcount << '\t'
                  << income::IncomeRules::yuanText(h.net) << '\t'
                  << income::IncomeRules::yuanText(h.perCapitaAnnual) << '\t' << flagWords(h.flags) << '\n';
    }
    out().flush();
    return Success;
}

int IncomeCommand::missing(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] income missing --month YYYY-MM [--site CODE] [--json]"),
                         tr("Lists the households active at the month's end that have no check of the month, "
                            "with the month of their latest check."));
    MonthAndSite chosen;
    if (const auto exit = monthAndSite(context, parser, arguments, &chosen))
        return *exit;
    const auto list = income::IncomeFlags(*chosen.db).missing(chosen.month, chosen.siteId);
    if (!list)
        return fail(list.summary());
    const QString monthText = chosen.month.toString(QStringLiteral("yyyy-MM"));
    if (parser.options().isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const income::MissingHousehold& h : list.value())
            rows.append(QJsonObject{{QStringLiteral("siteCode"), h.siteCode},
                                    {QStringLiteral("site"), h.siteName},
                                    {QStringLiteral("number"), h.number},
                                    {QStringLiteral("head"), h.headName},
                                    {QStringLiteral("lastCheckMonth"),
                                     h.lastCheckMonth.isValid()
                                         ? QJsonValue(h.lastCheckMonth.toString(QStringLiteral("yyyy-MM")))
                                         : QJsonValue(QJsonValue::Null)}});
        print({{QStringLiteral("month"), monthText},
               {QStringLiteral("count"), rows.size()},
               {QStringLiteral("households"), rows}});
    } else {
        out() << tr("Households not checked in %1: %2 (site, number, head, last checked):")
                     .arg(monthText)
                     .arg(list.value().size())
              << '\n';
        for (const income::MissingHousehold& h : list.value())
            out() << h.siteCode << '\t' << h.number << '\t' << h.headName << '\t'
                  << (h.lastCheckMonth.isValid() ? h.lastCheckMonth.toString(QStringLiteral("yyyy-MM"))
                                                 : tr("never"))
                  << '\n';
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

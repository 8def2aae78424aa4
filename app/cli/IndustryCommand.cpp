#include "IndustryCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "work/IndustryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

namespace {

using namespace anju::work;

qint64 siteIdOf(const Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ?"));
    q.addBindValue(text.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString yuan(Fen fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int IndustryCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    return fail(tr("industry needs list, e.g. anju-cli industry list --year 2024."), UsageError);
}

int IndustryCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] industry list [--year YYYY] [--level LEVEL] [--site CODE] "
           "[--search TEXT] [--json]"),
        tr("Lists the industry projects by level with their beneficiary households and "
           "people: of a year (projects holding in it), or of every year. A household counts "
           "once per project. Levels: county_park, township_base, village_cooperative, "
           "household."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("year"), tr("The year of the benefits."), tr("YYYY")});
    options.addOption({QStringLiteral("level"), tr("Only this level."), tr("LEVEL")});
    options.addOption({QStringLiteral("site"), tr("Only this site's projects (its code)."), tr("CODE")});
    options.addOption({QStringLiteral("search"), tr("Part of the name, operator or location."), tr("TEXT")});
    options.addOption({QStringLiteral("json"), tr("Print the projects as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    ProjectFilter filter;
    if (options.isSet(QStringLiteral("year"))) {
        bool ok = false;
        filter.year = options.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || filter.year < 1900 || filter.year > 9999)
            return parser.usageError(tr("--year needs a year, e.g. 2024."));
    }
    if (options.isSet(QStringLiteral("level"))) {
        filter.level = enumFromText<IndustryLevel>(options.value(QStringLiteral("level")));
        if (!filter.level)
            return parser.usageError(
                tr("--level needs county_park, township_base, village_cooperative or household."));
    }
    filter.search = options.value(QStringLiteral("search"));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (options.isSet(QStringLiteral("site"))) {
        filter.siteId = siteIdOf(*db, options.value(QStringLiteral("site")));
        if (filter.siteId == 0)
            return fail(tr("No site has the code %1.").arg(options.value(QStringLiteral("site"))));
    }
    IndustryRepository repository(*db);
    const auto count = repository.projectCount(filter);
    if (!count)
        return fail(count.summary());
    const auto rows = repository.projects(filter, 0, qMax(1, count.value()));
    if (!rows)
        return fail(rows.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ProjectRow& r : rows.value()) {
            const IndustryProject& p = r.project;
            list.append(
                QJsonObject{{QStringLiteral("id"), p.id},
                            {QStringLiteral("siteId"), p.siteId > 0 ? QJsonValue(p.siteId) : QJsonValue()},
                            {QStringLiteral("site"), r.siteName},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("level"), enumKey(p.level)},
                            {QStringLiteral("model"), enumKey(p.model)},
                            {QStringLiteral("operator"), p.operatorName},
                            {QStringLiteral("investmentFen"), p.investment},
                            {QStringLiteral("totalShares"), p.totalShares},
                            {QStringLiteral("startedOn"), dateJson(p.startedOn)},
                            {QStringLiteral("endedOn"), dateJson(p.endedOn)},
                            {QStringLiteral("households"), r.households},
                            {QStringLiteral("people"), r.people},
                            {QStringLiteral("shares"), r.shares},
                            {QStringLiteral("amountFen"), r.amount}});
        }
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("year"),
                                       filter.year > 0 ? QJsonValue(filter.year) : QJsonValue()},
                                      {QStringLiteral("count"), count.value()},
                                      {QStringLiteral("projects"), list}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << (filter.year > 0 ? tr("%n project(s) in %1.", nullptr, count.value()).arg(filter.year)
                                  : tr("%n project(s).", nullptr, count.value()))
              << '\n';
        out()
            << tr("(id, name, level, model, site, investment in yuan, households, people, shares, amount in "
                  "yuan)")
            << '\n';
        for (const ProjectRow& r : rows.value()) {
            const IndustryProject& p = r.project;
            out() << p.id << '\t' << p.name << '\t' << enumLabel(p.level) << '\t' << enumLabel(p.model)
                  << '\t' << (r.siteName.isEmpty() ? tr("whole office") : r.siteName) << '\t'
                  << yuan(p.investment) << '\t' << r.households << '\t' << r.people << '\t' << r.shares
                  << '\t' << yuan(r.amount) << '\n';
        }
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

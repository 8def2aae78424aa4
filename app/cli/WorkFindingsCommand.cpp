#include "WorkFindingsCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "work/WorkFindings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

namespace {

QJsonObject personJson(const work::PersonRef& p)
{
    return QJsonObject{
        {QStringLiteral("personId"), p.personId},       {QStringLiteral("person"), p.name},
        {QStringLiteral("idNumber"), p.idNumber},       {QStringLiteral("labourCapacity"), p.labourCapacity},
        {QStringLiteral("householdId"), p.householdId}, {QStringLiteral("household"), p.householdNumber},
        {QStringLiteral("siteId"), p.siteId},           {QStringLiteral("site"), p.siteName}};
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

int WorkFindingsCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action != QLatin1String("findings"))
        return fail(tr("work needs findings, e.g. anju-cli work findings --on 2026-11-30."), UsageError);
    CommandParser parser(
        tr("[--db LOCATION] work findings [--on YYYY-MM-DD] [--site CODE] [--json]"),
        tr("Lists the day's findings by name: 应培尽培, people whose training wish has waited the set days "
           "without a course; public posts held by ordinary or skilled labour while weak labour of the site "
           "waits for work; idle labour, working-age people with labour capacity and no job for the set "
           "months and no recorded reason, with their household's pairing cadre."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("on"), tr("The day (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("site"), tr("Only this site (its code)."), tr("CODE")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    QDate day = QDate::currentDate();
    if (options.isSet(QStringLiteral("on"))) {
        day = QDate::fromString(options.value(QStringLiteral("on")).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return parser.usageError(tr("--on needs a day written YYYY-MM-DD, e.g. 2026-11-30."));
    }
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    qint64 siteId = 0;
    if (options.isSet(QStringLiteral("site"))) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ? OR CAST(id AS TEXT) = ?"));
        q.addBindValue(options.value(QStringLiteral("site")).trimmed());
        q.addBindValue(options.value(QStringLiteral("site")).trimmed());
        if (!q.exec() || !q.next())
            return fail(tr("No site has the code %1.").arg(options.value(QStringLiteral("site"))));
        siteId = q.value(0).toLongLong();
    }
    const auto found = work::WorkFindings(*db).forDay(day, siteId);
    if (!found)
        return fail(found.summary());
    const work::WorkFindingsList& list = found.value();
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray wishes;
        for (const work::TrainingWishFinding& f : list.trainingWishes) {
            QJsonObject row = personJson(f.person);
            row.insert(QStringLiteral("wishId"), f.wishId);
            row.insert(QStringLiteral("recordedOn"), dateText(f.recordedOn));
            row.insert(QStringLiteral("trade"), f.trade);
            row.insert(QStringLiteral("daysWaiting"), f.daysWaiting);
            row.insert(QStringLiteral("detail"), f.detail);
            wishes.append(row);
        }
        QJsonArray posts;
        for (const work::PostPriorityFinding& f : list.posts) {
            QJsonArray waiting;
            for (const work::PersonRef& p : f.waiting)
                waiting.append(personJson(p));
            posts.append(QJsonObject{{QStringLiteral("employmentId"), f.employmentId},
                                     {QStringLiteral("postId"), f.postId},
                                     {QStringLiteral("post"), f.postName},
                                     {QStringLiteral("postKind"), f.postKind},
                                     {QStringLiteral("siteId"), f.siteId},
                                     {QStringLiteral("site"), f.siteName},
                                     {QStringLiteral("holder"), personJson(f.holder)},
                                     {QStringLiteral("waiting"), waiting},
                                     {QStringLiteral("detail"), f.detail}});
        }
        QJsonArray idle;
        for (const work::IdleFinding& f : list.idle) {
            QJsonObject row = personJson(f.person);
            row.insert(QStringLiteral("lastJobEnded"), dateText(f.lastJobEnded));
            row.insert(QStringLiteral("cadres"), QJsonArray::fromStringList(f.cadres));
            row.insert(QStringLiteral("detail"), f.detail);
            idle.append(row);
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("day"), dateText(list.day)},
                                                             {QStringLiteral("trainingWishes"), wishes},
                                                             {QStringLiteral("publicPosts"), posts},
                                                             {QStringLiteral("idle"), idle}})
                                       .toJson(QJsonDocument::Indented));
    } else {
        const QString dayText = dateText(list.day);
        out() << tr("应培尽培 on %1: %2 person(s) whose training wish waits for a course.")
                     .arg(dayText)
                     .arg(list.trainingWishes.size())
              << '\n';
        for (const work::TrainingWishFinding& f : list.trainingWishes)
            out() << f.person.name << '\t' << f.person.householdNumber << '\t' << f.person.siteName << '\t'
                  << f.detail << '\n';
        out() << tr("Public posts on %1: %2 held by ordinary or skilled labour while weak labour waits.")
                     .arg(dayText)
                     .arg(list.posts.size())
              << '\n';
        for (const work::PostPriorityFinding& f : list.posts)
            out() << f.holder.name << '\t' << f.holder.householdNumber << '\t' << f.siteName << '\t'
                  << f.detail << '\n';
        out() << tr("Idle labour on %1: %2 person(s) without a job or a recorded reason.")
                     .arg(dayText)
                     .arg(list.idle.size())
              << '\n';
        for (const work::IdleFinding& f : list.idle)
            out() << f.person.name << '\t' << f.person.householdNumber << '\t' << f.person.siteName << '\t'
                  << f.detail << '\n';
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

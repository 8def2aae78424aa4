#include "EmploymentCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "EmploymentImportCommand.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "work/EmploymentRepository.h"
#include "work/EmploymentService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace anju::cli {

namespace {

using work::Channel;
using work::Fen;

QString yuan(Fen fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

// "3200", "3200.5", "3200.50" yuan to fen; nullopt for anything else.
std::optional<Fen> fenFromYuan(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString cents = QString(m.captured(2) + QStringLiteral("00")).left(2);
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

// A site by its code, or by its number in the database.
qint64 siteIdOf(const Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ?"));
    q.addBindValue(text.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok)
        return 0;
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? id : 0;
}

// A person by the ID number, or by their number in the database (the lists print it).
qint64 personIdOf(const Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE id_number = ?"));
    q.addBindValue(text.trimmed().toUpper());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || text.trimmed().size() >= 15)
        return 0;
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? id : 0;
}

// A channel by its key (labour_export, workshop …) or its label in either language.
std::optional<Channel> channelOf(const QString& text)
{
    if (const auto byKey = enumFromKey<Channel>(text.trimmed()))
        return byKey;
    return enumFromText<Channel>(text.trimmed());
}

QStringList channelKeys()
{
    QStringList keys;
    for (const auto& info : enumInfos<Channel>())
        keys << QString::fromLatin1(info.key);
    return keys;
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

int EmploymentCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action == QLatin1String("add"))
        return add(context, arguments);
    if (action == QLatin1String("end"))
        return end(context, arguments);
    if (action == QLatin1String("import"))
        return EmploymentImportCommand::run(context, arguments);
    return fail(tr("employment needs list, add, end or import, e.g. anju-cli employment list --channel "
                   "workshop."),
                UsageError);
}

int EmploymentCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] employment list [--channel KEY] [--site CODE] [--on YYYY-MM-DD] "
           "[--search TEXT] [--offset N] [--limit N] [--json]"),
        tr("Lists the jobs (就业) by site, household number and name: those holding on a day "
           "with --on, else every job on file."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("channel"), tr("Only this channel: %1.").arg(channelKeys().join(u", ")), tr("KEY")});
    options.addOption({QStringLiteral("site"), tr("Only this site (its code)."), tr("CODE")});
    options.addOption({QStringLiteral("on"), tr("Only the jobs holding on this day."), tr("YYYY-MM-DD")});
    options.addOption(
        {QStringLiteral("search"), tr("A name, part of an ID number, or a household number."), tr("TEXT")});
    options.addOption({QStringLiteral("offset"), tr("Skip this many rows (default 0)."), tr("N")});
    options.addOption({QStringLiteral("limit"), tr("At most this many rows (default 100)."), tr("N")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    work::EmploymentFilter filter;
    if (options.isSet(QStringLiteral("channel"))) {
        filter.channel = channelOf(options.value(QStringLiteral("channel")));
        if (!filter.channel)
            return parser.usageError(tr("--channel needs one of %1.").arg(channelKeys().join(u", ")));
    }
    if (options.isSet(QStringLiteral("on"))) {
        filter.holdingOn = QDate::fromString(options.value(QStringLiteral("on")), Qt::ISODate);
        if (!filter.holdingOn.isValid())
            return parser.usageError(tr("--on needs a day written YYYY-MM-DD."));
    }
    for (const auto& [name, target] : QList<std::pair<QString, int*>>{
             {QStringLiteral("offset"), &filter.offset}, {QStringLiteral("limit"), &filter.limit}}) {
        if (!options.isSet(name))
            continue;
        bool ok = false;
        *target = options.value(name).toInt(&ok);
        if (!ok || *target < 0)
            return parser.usageError(tr("--%1 needs a number of 0 or more.").arg(name));
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
    const work::EmploymentRepository repository(*db);
    const auto rows = repository.jobs(filter);
    if (!rows)
        return fail(rows.summary());
    const auto total = repository.countJobs(filter);
    if (!total)
        return fail(total.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const work::EmploymentRow& r : rows.value()) {
            const work::Employment& e = r.employment;
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("personId"), r.person.personId},
                                    {QStringLiteral("person"), r.person.name},
                                    {QStringLiteral("idNumber"), r.person.idNumber},
                                    {QStringLiteral("household"), r.person.householdNumber},
                                    {QStringLiteral("site"), r.person.siteName},
                                    {QStringLiteral("channel"), enumKey(e.channel)},
                                    {QStringLiteral("place"), r.placeName},
                                    {QStringLiteral("employer"), e.employer},
                                    {QStringLiteral("destinationProvince"), e.destinationProvince},
                                    {QStringLiteral("destinationCity"), e.destinationCity},
                                    {QStringLiteral("workshopId"), idJson(e.workshopId)},
                                    {QStringLiteral("postId"), idJson(e.postId)},
                                    {QStringLiteral("brokerId"), idJson(e.brokerId)},
                                    {QStringLiteral("batchId"), idJson(e.batchId)},
                                    {QStringLiteral("monthlyIncomeFen"), e.monthlyIncome},
                                    {QStringLiteral("startedOn"), dateJson(e.startedOn)},
                                    {QStringLiteral("endedOn"), dateJson(e.endedOn)},
                                    {QStringLiteral("endReason"), e.endReason},
                                    {QStringLiteral("rowVersion"), e.rowVersion}});
        }
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("on"), dateJson(filter.holdingOn)},
                                      {QStringLiteral("total"), total.value()},
                                      {QStringLiteral("offset"), filter.offset},
                                      {QStringLiteral("count"), int(rows.value().size())},
                                      {QStringLiteral("jobs"), list}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << (filter.holdingOn.isValid() ? tr("Jobs holding on %1: %2.")
                                                   .arg(filter.holdingOn.toString(Qt::ISODate))
                                                   .arg(total.value())
                                             : tr("Jobs on file: %1.").arg(total.value()))
              << '\n';
        out() << tr("(id, person, household, channel, place, income in yuan a month, from, to)") << '\n';
        for (const work::EmploymentRow& r : rows.value()) {
            const work::Employment& e = r.employment;
            out() << e.id << '\t' << r.person.name << '\t' << r.person.householdNumber << '\t'
                  << enumLabel(e.channel) << '\t' << r.placeName << '\t' << yuan(e.monthlyIncome) << '\t'
                  << e.startedOn.toString(Qt::ISODate) << '\t'
                  << (e.endedOn.isValid() ? e.endedOn.toString(Qt::ISODate) : QString()) << '\n';
        }
        if (filter.offset + rows.value().size() < total.value())
            out() << tr("(%1 more: --offset %2)")
                         .arg(total.value() - filter.offset - rows.value().size())
                         .arg(filter.offset + rows.value().size())
                  << '\n';
    }
    out().flush();
    return Success;
}

int EmploymentCommand::add(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] employment add --person ID --channel KEY --from DATE [--to DATE] [--income YUAN] "
           "[--employer TEXT] [--place TEXT] [--province TEXT] [--city TEXT] [--workshop N] [--post N] "
           "[--broker N] [--batch N] [--note TEXT]"),
        tr("Records one job of a person (ID number): labour export needs --province, a workshop job "
           "--workshop, a public-welfare post --post, work for relief and a park or scenic area --place."));
    QCommandLineParser& options = parser.options();
    for (const auto& [name, value] :
         QList<std::pair<QString, QString>>{{QStringLiteral("person"), tr("ID")},
                                            {QStringLiteral("channel"), tr("KEY")},
                                            {QStringLiteral("from"), tr("YYYY-MM-DD")},
                                            {QStringLiteral("to"), tr("YYYY-MM-DD")},
                                            {QStringLiteral("income"), tr("YUAN")},
                                            {QStringLiteral("employer"), tr("TEXT")},
                                            {QStringLiteral("place"), tr("TEXT")},
                                            {QStringLiteral("province"), tr("TEXT")},
                                            {QStringLiteral("city"), tr("TEXT")},
                                            {QStringLiteral("workshop"), tr("N")},
                                            {QStringLiteral("post"), tr("N")},
                                            {QStringLiteral("broker"), tr("N")},
                                            {QStringLiteral("batch"), tr("N")},
                                            {QStringLiteral("note"), tr("TEXT")}})
        options.addOption({name, name, value});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    work::Employment job;
    const auto channel = channelOf(options.value(QStringLiteral("channel")));
    if (!channel)
        return parser.usageError(tr("--channel needs one of %1.").arg(channelKeys().join(u", ")));
    job.channel = *channel;
    for (const auto& [name, target] : QList<std::pair<QString, QDate*>>{
             {QStringLiteral("from"), &job.startedOn}, {QStringLiteral("to"), &job.endedOn}}) {
        if (!options.isSet(name))
            continue;
        *target = QDate::fromString(options.value(name), Qt::ISODate);
        if (!target->isValid())
            return parser.usageError(tr("--%1 needs a day written YYYY-MM-DD.").arg(name));
    }
    if (options.isSet(QStringLiteral("income"))) {
        const auto income = fenFromYuan(options.value(QStringLiteral("income")));
        if (!income)
            return parser.usageError(tr("--income needs yuan written like 3200 or 3200.50."));
        job.monthlyIncome = *income;
    }
    for (const auto& [name, target] :
         QList<std::pair<QString, qint64*>>{{QStringLiteral("workshop"), &job.workshopId},
                                            {QStringLiteral("post"), &job.postId},
                                            {QStringLiteral("broker"), &job.brokerId},
                                            {QStringLiteral("batch"), &job.batchId}}) {
        if (!options.isSet(name))
            continue;
        bool ok = false;
        *target = options.value(name).toLongLong(&ok);
        if (!ok || *target <= 0)
            return parser.usageError(tr("--%1 needs the number the lists print.").arg(name));
    }
    job.employer = options.value(QStringLiteral("employer"));
    job.place = options.value(QStringLiteral("place"));
    job.destinationProvince = options.value(QStringLiteral("province"));
    job.destinationCity = options.value(QStringLiteral("city"));
    job.note = options.value(QStringLiteral("note"));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    job.personId = personIdOf(*db, options.value(QStringLiteral("person")));
    if (job.personId == 0)
        return fail(tr("No person has the ID number %1.").arg(options.value(QStringLiteral("person"))));
    const auto saved = work::EmploymentService(*db).recordJob(job);
    if (!saved)
        return fail(saved.summary());
    out() << tr("Job %1 saved.").arg(saved.value().id) << Qt::endl;
    return Success;
}

int EmploymentCommand::end(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] employment end --job N --on DATE --reason TEXT"),
                         tr("Ends a job on a day (the first day the person no longer works there), with the "
                            "reason."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("job"), tr("The job's number, as the list prints it."), tr("N")});
    options.addOption({QStringLiteral("on"), tr("The first day no longer employed."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("reason"), tr("Why the job ends."), tr("TEXT")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QDate on = QDate::fromString(options.value(QStringLiteral("on")), Qt::ISODate);
    if (!on.isValid())
        return parser.usageError(tr("--on needs a day written YYYY-MM-DD."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    bool ok = false;
    const qint64 id = options.value(QStringLiteral("job")).toLongLong(&ok);
    const auto job = ok ? work::EmploymentRepository(*db).job(id) : std::nullopt;
    if (!job)
        return fail(tr("No job has the number %1.").arg(options.value(QStringLiteral("job"))));
    const auto ended =
        work::EmploymentService(*db).endJob(id, on, options.value(QStringLiteral("reason")), job->rowVersion);
    if (!ended)
        return fail(ended.summary());
    out() << tr("Job %1 ends on %2.").arg(id).arg(ended.value().endedOn.toString(Qt::ISODate)) << Qt::endl;
    return Success;
}

} // namespace anju::cli

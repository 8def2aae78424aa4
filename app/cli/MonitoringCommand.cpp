#include "MonitoringCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "MonitoringNoticeDocument.h"
#include "database/Database.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

using namespace anju::income;

namespace {

// A site by its code (430524001) or, failing that, its id; 0 when none.
qint64 siteOf(const Database& db, const QString& text)
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
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject caseJson(const MonitoringCase& c, const IncomeSettings& settings, QDate today)
{
    const MonitoringProgress p = MonitoringRules::progress(c, settings);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("household"), c.householdNumber},
            {QStringLiteral("head"), c.headName},
            {QStringLiteral("category"), enumKey(c.category)},
            {QStringLiteral("discovery"), enumKey(c.discovery)},
            {QStringLiteral("discoveredOn"), isoOrNull(c.discoveredOn)},
            {QStringLiteral("state"), enumKey(c.state)},
            {QStringLiteral("stateDate"), isoOrNull(c.stateDate)},
            {QStringLiteral("enteredOn"), isoOrNull(c.enteredOn)},
            {QStringLiteral("declinedOn"), isoOrNull(c.declinedOn)},
            {QStringLiteral("eliminatedOn"), isoOrNull(c.eliminatedOn)},
            {QStringLiteral("currentStep"), p.current ? QJsonValue(enumKey(*p.current)) : QJsonValue()},
            {QStringLiteral("deadline"), isoOrNull(p.deadline)},
            {QStringLiteral("overdue"), MonitoringRules::isOverdue(c, settings, today)}};
}

void print(const QJsonObject& document)
{
    out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace

int MonitoringCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action == QLatin1String("show"))
        return show(context, arguments);
    if (action == QLatin1String("notice"))
        return notice(context, arguments);
    return fail(tr("monitoring needs list, show or notice, e.g. anju-cli monitoring list --state monitored."),
                UsageError);
}

int MonitoringCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] monitoring list [--state STATE] [--site CODE] [--overdue] [--date YYYY-MM-DD] "
           "[--json]"),
        tr("Lists the monitoring households: state, category, the step due now and its deadline. States: "
           "entry_review, declined, monitored, elimination_review, eliminated."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("state"), tr("Only the cases in this state."), tr("STATE")});
    options.addOption(
        {QStringLiteral("site"), tr("Only the households of this site (code or id)."), tr("CODE")});
    options.addOption({QStringLiteral("overdue"), tr("Only the cases whose step due now is overdue.")});
    options.addOption(
        {QStringLiteral("date"), tr("The day to judge overdue on (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    MonitoringFilter filter;
    if (options.isSet(QStringLiteral("state"))) {
        filter.state = enumFromText<MonitoringState>(options.value(QStringLiteral("state")));
        if (!filter.state)
            return parser.usageError(
                tr("--state needs entry_review, declined, monitored, elimination_review or "
                   "eliminated."));
    }
    if (options.isSet(QStringLiteral("date"))) {
        filter.today = QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate);
        if (!filter.today.isValid())
            return parser.usageError(tr("--date needs a day written YYYY-MM-DD."));
    }
    filter.overdueOnly = options.isSet(QStringLiteral("overdue"));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (options.isSet(QStringLiteral("site"))) {
        filter.siteId = siteOf(*db, options.value(QStringLiteral("site")));
        if (filter.siteId == 0)
            return fail(tr("No site has the code or id %1.").arg(options.value(QStringLiteral("site"))));
    }
    const auto cases = MonitoringRepository(*db).cases(filter);
    if (!cases)
        return fail(cases.summary());
    const IncomeSettings settings = IncomeSettings::load(*db);
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const MonitoringCase& c : cases.value())
            rows.append(caseJson(c, settings, filter.today));
        print({{QStringLiteral("date"), iso(filter.today)}, {QStringLiteral("cases"), rows}});
    } else {
        out()
            << tr("Monitoring households (id, household, head, category, state, since, step due, deadline):")
            << '\n';
        for (const MonitoringCase& c : cases.value()) {
            const MonitoringProgress p = MonitoringRules::progress(c, settings);
            out() << c.id << '\t' << c.householdNumber << '\t' << c.headName << '\t' << enumLabel(c.category)
                  << '\t' << enumLabel(c.state) << '\t' << iso(c.stateDate) << '\t'
                  << (p.current ? enumLabel(*p.current) : QString()) << '\t' << iso(p.deadline)
                  << (MonitoringRules::isOverdue(c, settings, filter.today) ? tr("\toverdue") : QString())
                  << '\n';
        }
    }
    out().flush();
    return Success;
}

int MonitoringCommand::show(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] monitoring show ID [--json]"),
                         tr("Shows one monitoring case: its steps with their dates and decisions, the notice "
                            "period, objections, measures and risks."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("json"), tr("Print the case as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    bool ok = false;
    const qint64 id = options.positionalArguments().value(0).toLongLong(&ok);
    if (options.positionalArguments().size() != 1 || !ok)
        return parser.usageError(tr("monitoring show needs the case's id."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const auto found = MonitoringRepository(*db).monitoringCase(id);
    if (!found)
        return fail(found.summary());
    const MonitoringCase& c = found.value();
    const IncomeSettings settings = IncomeSettings::load(*db);
    const QDate today = QDate::currentDate();
    if (options.isSet(QStringLiteral("json"))) {
        QJsonObject document = caseJson(c, settings, today);
        QJsonArray steps;
        for (const MonitoringStep& s : c.steps)
            steps.append(QJsonObject{
                {QStringLiteral("phase"), enumKey(s.phase)},
                {QStringLiteral("step"), enumKey(s.step)},
                {QStringLiteral("attempt"), s.attempt},
                {QStringLiteral("startedOn"), isoOrNull(s.startedOn)},
                {QStringLiteral("noticeFrom"), isoOrNull(s.noticeFrom)},
                {QStringLiteral("noticeTo"), isoOrNull(s.noticeTo)},
                {QStringLiteral("decidedOn"), isoOrNull(s.decidedOn)},
                {QStringLiteral("decision"), s.decision ? QJsonValue(enumKey(*s.decision)) : QJsonValue()},
                {QStringLiteral("decidedBy"), s.decidedBy},
                {QStringLiteral("note"), s.note}});
        QJsonArray risks;
        for (const MonitoringRisk& r : c.risks)
            risks.append(
                QJsonObject{{QStringLiteral("risk"), enumKey(r.risk)}, {QStringLiteral("note"), r.note}});
        QJsonArray objections;
        for (const MonitoringObjection& o : c.objections)
            objections.append(QJsonObject{{QStringLiteral("receivedOn"), isoOrNull(o.receivedOn)},
                                          {QStringLiteral("raisedBy"), o.raisedBy},
                                          {QStringLiteral("content"), o.content},
                                          {QStringLiteral("handling"), o.handling},
                                          {QStringLiteral("settledOn"), isoOrNull(o.settledOn)}});
        QJsonArray measures;
        for (const MonitoringMeasure& m : c.measures)
            measures.append(QJsonObject{{QStringLiteral("measure"), enumKey(m.measure)},
                                        {QStringLiteral("description"), m.description},
                                        {QStringLiteral("provider"), m.provider},
                                        {QStringLiteral("from"), isoOrNull(m.validFrom)},
                                        {QStringLiteral("to"), isoOrNull(m.validTo)}});
        document.insert(QStringLiteral("description"), c.description);
        document.insert(QStringLiteral("declineReason"), c.declineReason);
        document.insert(QStringLiteral("steps"), steps);
        document.insert(QStringLiteral("risks"), risks);
        document.insert(QStringLiteral("objections"), objections);
        document.insert(QStringLiteral("measures"), measures);
        print(document);
        out().flush();
        return Success;
    }
    out() << tr("Monitoring case %1: household %2 (%3), %4, %5 since %6")
                 .arg(c.id)
                 .arg(c.householdNumber, c.headName, enumLabel(c.category), enumLabel(c.state),
                      iso(c.stateDate))
          << '\n';
    out() << tr("Found %1 through %2: %3").arg(iso(c.discoveredOn), enumLabel(c.discovery), c.description)
          << '\n';
    for (const MonitoringStep& s : c.steps) {
        QString line = tr("  %1 %2: begun %3").arg(enumLabel(s.phase), enumLabel(s.step), iso(s.startedOn));
        // Rows of an elimination begun again after a rejection: which attempt they belong to.
        if (s.attempt > 1)
            line += tr(", attempt %1").arg(s.attempt);
        if (s.noticeFrom.isValid())
            line += tr(", notice %1 to %2").arg(iso(s.noticeFrom), iso(s.noticeTo));
        if (s.decision)
            line += tr(", %1 on %2 by %3").arg(enumLabel(*s.decision), iso(s.decidedOn), s.decidedBy);
        if (!s.note.isEmpty())
            line += tr(" (%1)").arg(s.note);
        out() << line << '\n';
    }
    const QString lock = MonitoringRules::noticeLine(MonitoringRules::progress(c, settings), today);
    if (!lock.isEmpty())
        out() << lock << '\n';
    for (const MonitoringObjection& o : c.objections)
        out() << tr("  Objection %1 from %2: %3; %4")
                     .arg(iso(o.receivedOn), o.raisedBy, o.content,
                          o.settledOn.isValid() ? tr("settled %1: %2").arg(iso(o.settledOn), o.handling)
                                                : tr("not settled"))
              << '\n';
    for (const MonitoringMeasure& m : c.measures)
        out() << tr("  Measure %1: %2 by %3, from %4%5")
                     .arg(enumLabel(m.measure), m.description, m.provider, iso(m.validFrom),
                          m.validTo.isValid() ? tr(" to %1").arg(iso(m.validTo)) : QString())
              << '\n';
    for (const MonitoringRisk& r : c.risks)
        out() << tr("  Risk: %1 %2").arg(enumLabel(r.risk), r.note) << '\n';
    out().flush();
    return Success;
}

int MonitoringCommand::notice(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] monitoring notice --site CODE [--date YYYY-MM-DD] -o FILE.pdf"),
        tr("Writes the notice board list (公示, A4 PDF) of a site: the households whose notice "
           "runs on the day (entry or risk elimination, not yet decided), with their category and the reason "
           "found, the head's "
           "name (ID number and phone masked), the period and where to object."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("site"), tr("The site (code or id)."), tr("CODE")});
    options.addOption(
        {QStringLiteral("date"), tr("The day of the board (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."), tr("FILE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("monitoring notice takes no arguments besides its options."));
    if (!options.isSet(QStringLiteral("site")))
        return parser.usageError(tr("monitoring notice needs --site."));
    QDate day = QDate::currentDate();
    if (options.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return parser.usageError(tr("--date needs a day written YYYY-MM-DD."));
    }
    const QString output = options.value(QStringLiteral("output"));
    if (output.isEmpty() || !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return parser.usageError(tr("monitoring notice needs -o FILE.pdf."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const qint64 siteId = siteOf(*db, options.value(QStringLiteral("site")));
    if (siteId == 0)
        return fail(tr("No site has the code or id %1.").arg(options.value(QStringLiteral("site"))));
    const auto board = MonitoringRepository(*db).noticeBoard(siteId, day);
    if (!board)
        return fail(board.summary());
    if (Outcome written = MonitoringNoticeDocument::writePdf(board.value(), output); !written)
        return fail(written.summary());
    if (board.value().entries.isEmpty())
        out() << tr("No household is on notice at %1 on %2; wrote %3 saying so.")
                     .arg(board.value().siteName, day.toString(Qt::ISODate), output)
              << '\n';
    else
        out() << tr("Wrote %1: %2 households on notice.").arg(output).arg(board.value().entries.size())
              << '\n';
    out().flush();
    return Success;
}

} // namespace anju::cli

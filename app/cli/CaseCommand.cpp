#include "CaseCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "grids/CaseRepository.h"
#include "grids/CaseService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

namespace {

qint64 idOf(const Database& db, const QString& sql, const QString& value)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(value.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QJsonObject toJson(const grids::GridCase& c, QDate today)
{
    QJsonObject row{{QStringLiteral("id"), c.id},
                    {QStringLiteral("kind"), enumKey(c.kind)},
                    {QStringLiteral("title"), c.title},
                    {QStringLiteral("state"), enumKey(c.status.state)},
                    {QStringLiteral("level"), enumKey(c.status.level)},
                    {QStringLiteral("received"), c.receivedOn.toString(Qt::ISODate)},
                    {QStringLiteral("deadline"), c.deadline.toString(Qt::ISODate)},
                    {QStringLiteral("overdue"), c.isOverdue(today)}};
    if (c.resolvedOn.isValid())
        row.insert(QStringLiteral("resolved"), c.resolvedOn.toString(Qt::ISODate));
    if (!c.referredDepartment.isEmpty())
        row.insert(QStringLiteral("department"), c.referredDepartment);
    if (c.satisfaction)
        row.insert(QStringLiteral("satisfaction"), enumKey(*c.satisfaction));
    return row;
}

} // namespace

int CaseCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] case list [--state STATE] [--overdue] [--json]"),
                         tr("Lists the grid cases, the oldest deadline first: kind, title, state, escalation "
                            "level, received, deadline."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("state"),
                       tr("Only cases in this state (received, in_progress, resolved, escalated, referred)."),
                       tr("STATE")});
    options.addOption({QStringLiteral("overdue"), tr("Only open cases past their deadline.")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    grids::CaseFilter filter;
    if (options.isSet(QStringLiteral("state"))) {
        filter.state = enumFromText<grids::CaseState>(options.value(QStringLiteral("state")));
        if (!filter.state)
            return parser.usageError(
                tr("Unknown case state %1.").arg(options.value(QStringLiteral("state"))));
    }
    filter.overdueOnly = options.isSet(QStringLiteral("overdue"));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (Outcome denied = Permissions::require(*db, Action::ReadGrids); !denied)
        return fail(denied.summary());
    const QList<grids::GridCase> cases = grids::CaseRepository(*db).cases(filter);
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const grids::GridCase& c : cases)
            rows.append(toJson(c, filter.today));
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("count"), int(cases.size())},
                                                             {QStringLiteral("cases"), rows}})
                                       .toJson(QJsonDocument::Indented));
    } else {
        out() << tr("%1 case(s).").arg(cases.size()) << '\n';
        for (const grids::GridCase& c : cases)
            out() << c.id << '\t' << enumLabel(c.kind) << '\t' << c.title << '\t' << enumLabel(c.status.state)
                  << '\t' << enumLabel(c.status.level) << '\t' << c.receivedOn.toString(Qt::ISODate) << '\t'
                  << c.deadline.toString(Qt::ISODate)
                  << (c.isOverdue(filter.today) ? QLatin1Char('\t') + tr("overdue") : QString()) << '\n';
    }
    out().flush();
    return Success;
}

int CaseCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action != QLatin1String("receive") && action != QLatin1String("act") &&
        action != QLatin1String("escalate"))
        return fail(tr("case needs list, receive, act or escalate, e.g. anju-cli case list --overdue."),
                    UsageError);
    CommandParser parser(
        tr("[--db LOCATION] case receive --site CODE --kind KIND --title TEXT [--date DATE] [--household "
           "NUMBER]… "
           "| act ID ACTION [--date DATE] [--staff ID] [--department TEXT] [--result TEXT] [--satisfaction "
           "S] "
           "[--note TEXT] | escalate [--date DATE]"),
        tr("receive records a case with its kind's deadline; act takes one step (assigned, started, "
           "resolved, "
           "escalated, referred, referral_accepted, referral_returned, note); escalate moves every case past "
           "its deadline one step up the chain."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("site"), tr("The site's code."), tr("CODE")});
    options.addOption(
        {QStringLiteral("kind"),
         tr("The case's kind: dispute_mediation, problem_screening, stability, policy_publicity, "
            "service_request or public_sentiment."),
         tr("KIND")});
    options.addOption({QStringLiteral("title"), tr("What the case is about."), tr("TEXT")});
    options.addOption({QStringLiteral("date"), tr("The day (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("household"), tr("A household the case concerns; repeat for several."),
                       tr("NUMBER")});
    options.addOption(
        {QStringLiteral("staff"), tr("The handler's staff number (grid staff shows it)."), tr("ID")});
    options.addOption(
        {QStringLiteral("department"), tr("The department the case is referred to."), tr("TEXT")});
    options.addOption({QStringLiteral("result"), tr("What was done, for a resolved case."), tr("TEXT")});
    options.addOption({QStringLiteral("satisfaction"),
                       tr("The resident's satisfaction: satisfied, basically_satisfied or dissatisfied."),
                       tr("S")});
    options.addOption({QStringLiteral("note"), tr("A note on the step."), tr("TEXT")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QDate date = options.isSet(QStringLiteral("date"))
                           ? QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate)
                           : QDate::currentDate();
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    grids::CaseService service(*db);
    if (action == QLatin1String("escalate")) {
        const auto steps = service.escalateOverdue(date);
        if (!steps)
            return fail(steps.summary());
        out() << tr("%1 case(s) escalated.").arg(steps.value()) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("receive")) {
        grids::GridCase c;
        c.siteId = idOf(*db, QStringLiteral("SELECT id FROM sites WHERE code = ?"),
                        options.value(QStringLiteral("site")));
        const auto kind = enumFromText<grids::CaseKind>(options.value(QStringLiteral("kind")));
        if (!kind)
            return parser.usageError(tr("Unknown case kind %1.").arg(options.value(QStringLiteral("kind"))));
        c.kind = *kind;
        c.title = options.value(QStringLiteral("title"));
        c.receivedOn = date;
        for (const QString& number : options.values(QStringLiteral("household"))) {
            const qint64 id = idOf(*db, QStringLiteral("SELECT id FROM households WHERE number = ?"), number);
            if (id == 0)
                return fail(tr("No household has the number %1.").arg(number));
            c.householdIds.append(id);
        }
        const auto saved = service.receive(c);
        if (!saved)
            return fail(saved.summary());
        out() << tr("Case %1 received, deadline %2.")
                     .arg(QString::number(saved.value().id), saved.value().deadline.toString(Qt::ISODate))
              << Qt::endl;
        return Success;
    }
    const QStringList words = options.positionalArguments();
    if (words.size() != 2)
        return parser.usageError(tr("case act needs the case's id and the action."));
    grids::CaseStep step;
    step.caseId = words[0].toLongLong();
    const auto stepAction = enumFromText<grids::CaseAction>(words[1]);
    if (!stepAction)
        return parser.usageError(tr("Unknown action %1.").arg(words[1]));
    step.action = *stepAction;
    step.date = date;
    step.staffId = options.value(QStringLiteral("staff")).toLongLong();
    step.department = options.value(QStringLiteral("department"));
    step.result = options.value(QStringLiteral("result"));
    if (options.isSet(QStringLiteral("satisfaction")))
        step.satisfaction = enumFromText<grids::Satisfaction>(options.value(QStringLiteral("satisfaction")));
    step.note = options.value(QStringLiteral("note"));
    const auto done = service.act(step);
    if (!done)
        return fail(done.summary());
    out() << tr("Case %1 is now %2.")
                 .arg(QString::number(done.value().id), enumLabel(done.value().status.state))
          << Qt::endl;
    return Success;
}

} // namespace anju::cli

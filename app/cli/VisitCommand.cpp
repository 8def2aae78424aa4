#include "VisitCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "grids/Findings.h"
#include "grids/VisitPlan.h"
#include "grids/VisitService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

namespace {

// The id of the row whose `column` is `value` (a grid code, a household number), 0 when none.
qint64 idOf(const Database& db, const QString& table, const QString& column, const QString& value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QDate monthOption(const QString& text)
{
    return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
}

QDate dateOption(const QCommandLineParser& options, const QString& name)
{
    return options.isSet(name) ? QDate::fromString(options.value(name), Qt::ISODate) : QDate::currentDate();
}

void print(const QJsonObject& document)
{
    out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace

int VisitCommand::gridVisits(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] grid visits --month YYYY-MM [--grid CODE] [--json]"),
                         tr("Prints the month's visit plan per worker: the visits due by the month's end, "
                            "done (and of those late), overdue and still open today."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("month"), tr("The month (default: this month)."), tr("YYYY-MM")});
    options.addOption({QStringLiteral("grid"), tr("Only the households of this grid."), tr("CODE")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    QDate month = QDate::currentDate();
    if (options.isSet(QStringLiteral("month"))) {
        month = monthOption(options.value(QStringLiteral("month")));
        if (!month.isValid())
            return parser.usageError(tr("--month needs a month written YYYY-MM, e.g. 2026-11."));
    }
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    qint64 gridId = 0;
    if (options.isSet(QStringLiteral("grid"))) {
        gridId =
            idOf(*db, QStringLiteral("grids"), QStringLiteral("code"), options.value(QStringLiteral("grid")));
        if (gridId == 0)
            return fail(tr("No grid has the code %1.").arg(options.value(QStringLiteral("grid"))));
    }
    const auto plan = grids::VisitPlan(*db).forMonth(month, gridId);
    if (!plan)
        return fail(plan.summary());
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const grids::WorkerPlan& w : plan.value())
            rows.append(QJsonObject{{QStringLiteral("worker"), w.name},
                                    {QStringLiteral("staffId"), w.staffId},
                                    {QStringLiteral("memberId"), w.memberId},
                                    {QStringLiteral("due"), w.due},
                                    {QStringLiteral("done"), w.done},
                                    {QStringLiteral("late"), w.late},
                                    {QStringLiteral("overdue"), w.overdue},
                                    {QStringLiteral("open"), w.open()}});
        print({{QStringLiteral("month"), monthText}, {QStringLiteral("workers"), rows}});
    } else {
        out() << tr("Visit plan of %1 (worker, due, done, late, overdue, open):").arg(monthText) << '\n';
        for (const grids::WorkerPlan& w : plan.value())
            out() << w.name << '\t' << w.due << '\t' << w.done << '\t' << w.late << '\t' << w.overdue << '\t'
                  << w.open() << '\n';
    }
    out().flush();
    return Success;
}

int VisitCommand::gridFindings(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] grid findings [--date YYYY-MM-DD] [--json]"),
                         tr("Lists the grid findings: households with no pairing or no contact for the set "
                            "period, vulnerable persons not visited in their window, must-attend visits and "
                            "cases past their deadline."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("date"), tr("The day to judge on (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QDate day = dateOption(options, QStringLiteral("date"));
    if (!day.isValid())
        return parser.usageError(tr("--date needs a day written YYYY-MM-DD."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const auto findings = grids::GridFindings(*db).on(day);
    if (!findings)
        return fail(findings.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const grids::Finding& f : findings.value()) {
            QJsonObject row{{QStringLiteral("kind"), enumKey(f.kind)},
                            {QStringLiteral("since"), f.since.toString(Qt::ISODate)},
                            {QStringLiteral("description"), f.description}};
            if (f.householdId)
                row.insert(QStringLiteral("household"), f.householdNumber);
            if (f.personId)
                row.insert(QStringLiteral("person"), f.personName);
            if (f.caseId)
                row.insert(QStringLiteral("caseId"), f.caseId);
            if (f.taskId)
                row.insert(QStringLiteral("taskId"), f.taskId);
            rows.append(row);
        }
        print({{QStringLiteral("date"), day.toString(Qt::ISODate)},
               {QStringLiteral("count"), int(findings.value().size())},
               {QStringLiteral("findings"), rows}});
    } else {
        out() << tr("Grid findings on %1: %2.").arg(day.toString(Qt::ISODate)).arg(findings.value().size())
              << '\n';
        for (const grids::Finding& f : findings.value())
            out() << enumLabel(f.kind) << '\t' << f.description << '\n';
    }
    out().flush();
    return Success;
}

int VisitCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action != QLatin1String("plan") && action != QLatin1String("attend") &&
        action != QLatin1String("record"))
        return fail(tr("visit needs plan, attend or record, e.g. anju-cli visit plan --month 2026-11."),
                    UsageError);
    CommandParser parser(
        tr("[--db LOCATION] visit plan --month YYYY-MM | attend --household NUMBER --trigger KIND --date "
           "DATE "
           "[--note TEXT] | record --household NUMBER --date DATE (--staff ID | --member ID | --cadre NAME) "
           "[--task ID] [--findings TEXT] [--follow-up TEXT]"),
        tr("plan makes the month's regular visits (四必访) that are not yet planned; attend makes a "
           "must-attend "
           "task (三必到: emergency, discontent, family_dispute); record enters a visit, closing the task it "
           "answers."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("month"), tr("The month to plan."), tr("YYYY-MM")});
    options.addOption({QStringLiteral("household"), tr("The household's number."), tr("NUMBER")});
    options.addOption({QStringLiteral("trigger"),
                       tr("Why someone must attend: emergency, discontent or family_dispute."), tr("KIND")});
    options.addOption(
        {QStringLiteral("date"), tr("The day of the visit, or of what happened."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("note"), tr("What happened, in a few words."), tr("TEXT")});
    options.addOption(
        {QStringLiteral("staff"), tr("The visitor's staff number (grid staff shows it)."), tr("ID")});
    options.addOption(
        {QStringLiteral("member"), tr("The visiting party member's number on the roll."), tr("ID")});
    options.addOption({QStringLiteral("cadre"), tr("The visiting cadre's name."), tr("NAME")});
    options.addOption(
        {QStringLiteral("task"),
         tr("The number of the task the visit answers (visit attend and grid findings --json show it)."),
         tr("ID")});
    options.addOption({QStringLiteral("findings"), tr("What the visitor found."), tr("TEXT")});
    options.addOption({QStringLiteral("follow-up"), tr("What is to be done next."), tr("TEXT")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    grids::VisitService service(*db);
    if (action == QLatin1String("plan")) {
        const QDate month = monthOption(options.value(QStringLiteral("month")));
        if (!month.isValid())
            return parser.usageError(tr("--month needs a month written YYYY-MM, e.g. 2026-11."));
        const auto made = service.planMonth(month);
        if (!made)
            return fail(made.summary());
        out() << tr("%1 visit task(s) planned.").arg(made.value()) << Qt::endl;
        return Success;
    }
    const qint64 household = idOf(*db, QStringLiteral("households"), QStringLiteral("number"),
                                  options.value(QStringLiteral("household")));
    if (household == 0)
        return fail(tr("No household has the number %1.").arg(options.value(QStringLiteral("household"))));
    const QDate date = dateOption(options, QStringLiteral("date"));
    if (action == QLatin1String("attend")) {
        const auto trigger = enumFromText<grids::AttendTrigger>(options.value(QStringLiteral("trigger")));
        if (!trigger)
            return parser.usageError(tr("--trigger needs emergency, discontent or family_dispute."));
        const auto task =
            service.mustAttend(household, 0, *trigger, date, options.value(QStringLiteral("note")));
        if (!task)
            return fail(task.summary());
        out() << tr("Task %1 due from %2, overdue after %3.")
                     .arg(QString::number(task.value().id), task.value().window.dueFrom.toString(Qt::ISODate),
                          task.value().window.overdueAfter.toString(Qt::ISODate))
              << Qt::endl;
        return Success;
    }
    grids::Visit visit;
    visit.householdId = household;
    visit.date = date;
    visit.taskId = options.value(QStringLiteral("task")).toLongLong();
    visit.findings = options.value(QStringLiteral("findings"));
    visit.followUp = options.value(QStringLiteral("follow-up"));
    if (options.isSet(QStringLiteral("staff"))) {
        visit.visitorKind = grids::VisitorKind::Staff;
        visit.visitorStaffId = options.value(QStringLiteral("staff")).toLongLong();
    } else if (options.isSet(QStringLiteral("member"))) {
        visit.visitorKind = grids::VisitorKind::PartyMember;
        visit.visitorMemberId = options.value(QStringLiteral("member")).toLongLong();
    } else {
        visit.visitorKind = grids::VisitorKind::Cadre;
        visit.visitorName = options.value(QStringLiteral("cadre"));
    }
    const auto saved = service.recordVisit(visit);
    if (!saved)
        return fail(saved.summary());
    out() << tr("Visit %1 recorded.").arg(saved.value().id) << Qt::endl;
    return Success;
}

} // namespace anju::cli

#include "FollowUpFindingsCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "income/FollowUpFindings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

namespace {

QJsonArray flagKeys(int flags)
{
    QJsonArray keys;
    if (flags & income::FlagBelowLine)
        keys.append(QStringLiteral("below_line"));
    if (flags & income::FlagDrop)
        keys.append(QStringLiteral("drop"));
    if (flags & income::FlagLargeExpense)
        keys.append(QStringLiteral("large_expense"));
    return keys;
}

QString labourLabel(const QString& key)
{
    const auto capacity = enumFromKey<LabourCapacity>(key);
    return capacity ? enumLabel(*capacity) : key;
}

} // namespace

int FollowUpFindingsCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action != QLatin1String("findings"))
        return fail(tr("followup needs findings, e.g. anju-cli followup findings --month 2026-11."),
                    UsageError);
    CommandParser parser(
        tr("[--db LOCATION] followup findings [--month YYYY-MM] [--site CODE] [--json]"),
        tr("Lists the month's findings by name: 应纳尽纳, households flagged by their income "
           "check that have not entered the monitoring procedure; 应兜尽兜, people with no or "
           "weak labour in a monitored or flagged household who are neither in 低保 / 特困 nor "
           "have a recorded reason."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("month"), tr("The month (default: this month)."), tr("YYYY-MM")});
    options.addOption({QStringLiteral("site"), tr("Only this site (its code)."), tr("CODE")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    QDate month = QDate::currentDate();
    if (options.isSet(QStringLiteral("month"))) {
        month =
            QDate::fromString(options.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return parser.usageError(tr("--month needs a month written YYYY-MM, e.g. 2026-11."));
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
    const auto found = income::FollowUpFindings(*db).forMonth(month, siteId);
    if (!found)
        return fail(found.summary());
    const income::FollowUpFindingsList& list = found.value();
    const QString monthText = list.month.toString(QStringLiteral("yyyy-MM"));
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray intake;
        for (const income::IntakeFinding& f : list.intake)
            intake.append(QJsonObject{{QStringLiteral("householdId"), f.household.householdId},
                                      {QStringLiteral("household"), f.household.householdNumber},
                                      {QStringLiteral("head"), f.household.headName},
                                      {QStringLiteral("site"), f.household.siteName},
                                      {QStringLiteral("flags"), flagKeys(f.household.flags)},
                                      {QStringLiteral("perCapitaAnnualFen"), f.household.perCapitaAnnual},
                                      {QStringLiteral("todo"), f.todo}});
        QJsonArray cover;
        for (const income::CoverFinding& f : list.cover)
            cover.append(QJsonObject{{QStringLiteral("personId"), f.personId},
                                     {QStringLiteral("person"), f.personName},
                                     {QStringLiteral("labourCapacity"), f.labourCapacity},
                                     {QStringLiteral("householdId"), f.householdId},
                                     {QStringLiteral("household"), f.householdNumber},
                                     {QStringLiteral("head"), f.headName},
                                     {QStringLiteral("site"), f.siteName},
                                     {QStringLiteral("monitored"), f.monitored},
                                     {QStringLiteral("flags"), flagKeys(f.flags)},
                                     {QStringLiteral("why"), f.why},
                                     {QStringLiteral("todo"), f.todo}});
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("month"), monthText},
                                      {QStringLiteral("asOf"), list.asOf.toString(Qt::ISODate)},
                                      {QStringLiteral("intake"), intake},
                                      {QStringLiteral("cover"), cover}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << tr("应纳尽纳 of %1 (as of %2): %3 household(s) flagged and not in the monitoring procedure.")
                     .arg(monthText, list.asOf.toString(Qt::ISODate))
                     .arg(list.intake.size())
              << '\n';
        for (const income::IntakeFinding& f : list.intake)
            out() << f.household.householdNumber << '\t' << f.household.headName << '\t'
                  << f.household.siteName << '\t' << f.flagsText << '\t' << f.todo << '\n';
        out() << tr("应兜尽兜 of %1: %2 person(s) with no or weak labour not in 低保 / 特困 and with no "
                    "recorded "
                    "reason.")
                     .arg(monthText)
                     .arg(list.cover.size())
              << '\n';
        for (const income::CoverFinding& f : list.cover)
            out() << f.personName << '\t' << labourLabel(f.labourCapacity) << '\t' << f.householdNumber
                  << '\t' << f.headName << '\t' << f.why << '\t' << f.todo << '\n';
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

#include "AuditCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "audit/AuditLog.h"
#include "audittext/AuditNarrator.h"
#include "registry/HouseholdRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace anju::cli {

int AuditCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] audit [--by USER] [--from DATE] [--to DATE] [--type TYPE] [--household NUMBER] "
           "[--limit N] [--json]"),
        tr("Prints the audit trail, newest first: who changed which record when, with the old and new "
           "values, "
           "and the logins, exports, imports and backups. --household prints one household's history, oldest "
           "first. TYPE is households, persons, sites, buildings, settings, users or event."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("by"), tr("Only what this user did."), tr("USER")});
    options.addOption({QStringLiteral("from"), tr("From this day, YYYY-MM-DD."), tr("DATE")});
    options.addOption({QStringLiteral("to"), tr("Up to this day, YYYY-MM-DD."), tr("DATE")});
    options.addOption({QStringLiteral("type"), tr("Only this kind of record."), tr("TYPE")});
    options.addOption({QStringLiteral("household"), tr("The history of one household."), tr("NUMBER")});
    options.addOption({QStringLiteral("limit"), tr("How many entries to print (default 50)."), tr("N")});
    options.addOption({QStringLiteral("json"), tr("Print the entries as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("audit takes no arguments, only options."));
    AuditFilter filter;
    filter.userName = options.value(QStringLiteral("by"));
    filter.recordType = options.value(QStringLiteral("type"));
    for (const auto& [name, date] :
         {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        if (!options.isSet(name))
            continue;
        *date = QDate::fromString(options.value(name), Qt::ISODate);
        if (!date->isValid())
            return parser.usageError(tr("--%1 must be a date written YYYY-MM-DD.").arg(name));
    }
    bool ok = true;
    const int limit =
        options.isSet(QStringLiteral("limit")) ? options.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 0)
        return parser.usageError(tr("--limit must be a number of zero or more."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const AuditLog log(*db);
    QList<AuditEntry> entries;
    if (options.isSet(QStringLiteral("household"))) {
        const auto household =
            registry::HouseholdRepository(*db).householdByNumber(options.value(QStringLiteral("household")));
        if (!household)
            return fail(
                tr("There is no household %1 you may read.").arg(options.value(QStringLiteral("household"))));
        entries = log.householdHistory(household->id);
    } else {
        const Result<QList<AuditEntry>> page = log.page(filter, 0, limit);
        if (!page)
            return fail(page.summary());
        entries = page.value();
    }
    const AuditNarrator narrator(*db);
    if (options.isSet(QStringLiteral("json"))) {
        // One object per row as stored, with the row's sentence and its fields as people read them.
        const QList<AuditSentence> sentences = narrator.narrate(entries, AuditNarrator::Grouping::EachRow);
        QJsonArray array;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const AuditEntry& e = entries.at(i);
            array.append(QJsonObject{
                {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                {QStringLiteral("user"), e.userName},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("record_type"), e.recordType},
                {QStringLiteral("record_id"), e.recordId},
                {QStringLiteral("household_id"), e.householdId},
                {QStringLiteral("changes"), e.changes},
                {QStringLiteral("detail"), e.detail},
                {QStringLiteral("db_login"), e.dbLogin.isEmpty() ? QJsonValue() : QJsonValue(e.dbLogin)},
                {QStringLiteral("text"), sentences.at(i).text},
                {QStringLiteral("details"), QJsonArray::fromStringList(sentences.at(i).details)}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const AuditSentence& s : narrator.narrate(entries))
        out() << s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << QStringLiteral("  ")
              << s.text << Qt::endl;
    return Success;
}

} // namespace anju::cli

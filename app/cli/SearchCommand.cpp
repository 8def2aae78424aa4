#include "SearchCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "access/IdentityMask.h"
#include "registry/PersonSearch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

int SearchCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] search TEXT [--limit N] [--json] [--timing]"),
        tr("Finds persons by a fragment of their name (one Chinese character is enough), any "
           "part of their ID number or phone, or their household number; prints how many and "
           "the first of them."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("limit"), tr("How many persons to print (default 20)."), tr("N")});
    options.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    options.addOption(
        {QStringLiteral("timing"), tr("Print the time the search itself took to standard error.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("search takes one text to search for."));
    bool ok = true;
    const int limit =
        options.isSet(QStringLiteral("limit")) ? options.value(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit < 0)
        return parser.usageError(tr("--limit must be a number of zero or more."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const QString text = options.positionalArguments().constFirst();
    const registry::PersonSearch search(*db);
    // Refused, with the reason, rather than "Found: 0": an empty answer would read as "nobody".
    if (const Outcome refused = search.refusal(text); !refused) {
        return fail(refused.summary());
    }
    QElapsedTimer timer;
    timer.start();
    const int count = search.count(text);
    const QList<registry::PersonHit> hits = search.page(text, 0, limit);
    const qint64 elapsedMs = timer.elapsed();
    if (options.isSet(QStringLiteral("timing")))
        err() << "elapsed_ms: " << elapsedMs << Qt::endl;

    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray persons;
        for (const registry::PersonHit& hit : hits)
            persons.append(QJsonObject{
                {QStringLiteral("name"), hit.name},
                {QStringLiteral("idNumber"), hit.idNumber},
                {QStringLiteral("sex"), enumKey(hit.sex)},
                {QStringLiteral("birthDate"), IdentityMask::birthDateText(db->session(), hit.birthDate)},
                {QStringLiteral("relationship"), enumKey(hit.relationship)},
                {QStringLiteral("state"), enumKey(hit.state)},
                {QStringLiteral("phone"), hit.phone},
                {QStringLiteral("household"), hit.householdNumber},
                {QStringLiteral("site"), hit.siteName}});
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("persons"), persons}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Found: %Ln person(s).", nullptr, count) << '\n';
        for (const registry::PersonHit& hit : hits)
            out() << hit.name << '\t' << hit.idNumber << '\t' << enumLabel(hit.relationship) << '\t'
                  << enumLabel(hit.state) << '\t' << hit.householdNumber << '\t' << hit.siteName << '\n';
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

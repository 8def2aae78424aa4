#include "PartyReconcileCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "party/PartyReview.h"
#include "party/PoliticalStatusSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

int list(const Database& db, bool json)
{
    // The rows of this month's review: the register keeps only today's 政治面貌, so any month would do,
    // and the review's scope (the user's sites and organisations) applies as it does on the 党建 page.
    QList<party::PartyReviewItem> rows;
    for (const party::PartyReviewItem& item : party::PartyReview(db).forMonth(QDate::currentDate(), 0))
        if (item.kind == party::ReviewKind::PoliticalStatusMismatch)
            rows.append(item);
    if (json) {
        QJsonArray items;
        for (const party::PartyReviewItem& item : rows) {
            QJsonObject row{{QStringLiteral("person"), item.personId},
                            {QStringLiteral("name"), item.memberName},
                            {QStringLiteral("description"), item.description}};
            if (item.memberId)
                row.insert(QStringLiteral("member"), item.memberId);
            items.append(row);
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("count"), int(rows.size())},
                                                             {QStringLiteral("items"), items}})
                                       .toJson(QJsonDocument::Indented));
    } else {
        out() << PartyReconcileCommand::tr("%n disagreement(s) between 政治面貌 and the party records.",
                                           nullptr, int(rows.size()))
              << '\n';
        for (const party::PartyReviewItem& item : rows)
            out() << item.personId << '\t' << item.description << '\n';
    }
    out().flush();
    return Success;
}

} // namespace

int PartyReconcileCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] party reconcile [--person ID --from party|register] [--json]"),
        tr("Lists the residents whose 政治面貌 in the household register and party record disagree (the "
           "party review's rows). With --person and --from party, sets the register's 政治面貌 from the "
           "party record (audited). With --from register, prints what the secretary must record in the party "
           "records and writes nothing: a register entry has no dates to make the party's steps from."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("person"), tr("The person's number, as the list prints it."), tr("ID")});
    options.addOption({QStringLiteral("from"), tr("Which record is right: party or register."), tr("SIDE")});
    options.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("party reconcile takes no arguments besides its options."));
    const bool json = options.isSet(QStringLiteral("json"));
    const bool resolve = options.isSet(QStringLiteral("person")) || options.isSet(QStringLiteral("from"));
    bool isNumber = false;
    const qint64 personId = options.value(QStringLiteral("person")).toLongLong(&isNumber);
    const QString from = options.value(QStringLiteral("from"));
    if (resolve && (!isNumber || personId <= 0))
        return parser.usageError(tr("--person needs a person's number."));
    if (resolve && from != QLatin1String("party") && from != QLatin1String("register"))
        return parser.usageError(tr("--from must be party or register."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (!resolve)
        return list(*db, json);

    party::PoliticalStatusSync sync(*db);
    QString said;
    if (from == QLatin1String("party")) {
        const Outcome set = sync.setPersonFromPartyOf(personId);
        if (!set)
            return fail(set.summary());
        said =
            tr("The household register's 政治面貌 of person %1 is set from the party record.").arg(personId);
    } else {
        const Result<QString> needed = sync.partyRecordsToMatch(personId);
        if (!needed)
            return fail(needed.summary());
        said = needed.value();
    }
    if (json)
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("person"), personId},
                                      {QStringLiteral("from"), from},
                                      {QStringLiteral("written"), from == QLatin1String("party")},
                                      {QStringLiteral("message"), said}})
                .toJson(QJsonDocument::Indented));
    else
        out() << said << '\n';
    out().flush();
    return Success;
}

} // namespace anju::cli

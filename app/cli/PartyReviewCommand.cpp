#include "PartyReviewCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "party/OrganisationRepository.h"
#include "party/PartyReview.h"
#include "party/PartyRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

QString recordKey(party::ReviewRecord record)
{
    switch (record) {
    case party::ReviewRecord::Member:
        return QStringLiteral("member");
    case party::ReviewRecord::Organisation:
        return QStringLiteral("organisation");
    case party::ReviewRecord::Site:
        return QStringLiteral("site");
    case party::ReviewRecord::Transfer:
        return QStringLiteral("transfer");
    case party::ReviewRecord::Person:
        return QStringLiteral("person");
    }
    return {};
}

QJsonObject toJson(const party::PartyReviewItem& item)
{
    QJsonObject row{{QStringLiteral("kind"), enumKey(item.kind)},
                    {QStringLiteral("urgency"), enumKey(item.urgency)},
                    {QStringLiteral("dueDate"), item.dueDate.toString(Qt::ISODate)},
                    {QStringLiteral("record"), recordKey(item.record)},
                    {QStringLiteral("recordId"), item.recordId},
                    {QStringLiteral("description"), item.description}};
    if (item.memberId)
        row.insert(QStringLiteral("member"), QJsonObject{{QStringLiteral("id"), item.memberId},
                                                         {QStringLiteral("name"), item.memberName}});
    if (item.organisationId)
        row.insert(QStringLiteral("organisation"),
                   QJsonObject{{QStringLiteral("id"), item.organisationId},
                               {QStringLiteral("name"), item.organisationName}});
    if (item.siteId)
        row.insert(QStringLiteral("site"),
                   QJsonObject{{QStringLiteral("id"), item.siteId}, {QStringLiteral("name"), item.siteName}});
    if (item.meetingType)
        row.insert(QStringLiteral("meetingType"), enumKey(*item.meetingType));
    if (item.kind == party::ReviewKind::DuesArrears) {
        row.insert(QStringLiteral("months"), item.count);
        row.insert(QStringLiteral("amountYuan"), party::PartyRules::formatYuan(item.amount));
    } else if (item.count) {
        row.insert(QStringLiteral("count"), item.count);
    }
    return row;
}

} // namespace

int PartyReviewCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] party review [--month YYYY-MM] [--organisation NAME] [--json]"),
        tr("Prints the party secretary's review of a month: conversions due or overdue, activists "
           "reaching one year, probation extensions ending, dues in arrears, meetings not held, "
           "transfers pending, sites breaking the coverage rule or without a work team. A past "
           "month is shown as the records stood at its end."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("month"), tr("The month to review (default: this month)."), tr("YYYY-MM")});
    options.addOption({QStringLiteral("organisation"),
                       tr("Only this organisation and those under it (its exact name)."), tr("NAME")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("party review takes no arguments besides its options."));
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
    qint64 organisationId = 0;
    QString organisationName;
    if (options.isSet(QStringLiteral("organisation"))) {
        const QString wanted = options.value(QStringLiteral("organisation")).trimmed();
        for (const party::Organisation& o : party::OrganisationRepository(*db).organisations())
            if (o.name == wanted)
                organisationId = o.id;
        if (organisationId == 0)
            return fail(tr("No party organisation is named %1.").arg(wanted));
        organisationName = wanted;
    }
    const QList<party::PartyReviewItem> items = party::PartyReview(*db).forMonth(month, organisationId);
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));

    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const party::PartyReviewItem& item : items)
            rows.append(toJson(item));
        QJsonObject document{{QStringLiteral("month"), monthText},
                             {QStringLiteral("count"), int(items.size())},
                             {QStringLiteral("items"), rows}};
        if (organisationId)
            document.insert(QStringLiteral("organisation"), organisationName);
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Party review of %1: %n item(s).", nullptr, int(items.size())).arg(monthText) << '\n';
        for (const party::PartyReviewItem& item : items)
            out() << enumLabel(item.urgency) << '\t' << enumLabel(item.kind) << '\t'
                  << item.dueDate.toString(Qt::ISODate) << '\t' << item.description << '\n';
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

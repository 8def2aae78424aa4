#include "PartyLeaveCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"

namespace anju::cli {

int PartyLeaveCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] party leave MEMBER --way WAY --date YYYY-MM-DD --decision TEXT --meeting "
           "YYYY-MM-DD "
           "[--reason TEXT]"),
        tr("Records that a party member left the party: probation_cancelled (取消预备党员资格, a "
           "probationary "
           "member only), withdrawal (退党), removal (除名) or expulsion (开除党籍). MEMBER is the member's "
           "number as party review --json prints it; --meeting is the day of the branch general meeting of "
           "the "
           "member's branch that decided it. The member stays on file and is no longer counted."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("way"),
                       tr("How: probation_cancelled, withdrawal, removal or expulsion."), tr("WAY")});
    options.addOption({QStringLiteral("date"), tr("The day the member left."), tr("YYYY-MM-DD")});
    options.addOption(
        {QStringLiteral("decision"), tr("The decision's text or document number."), tr("TEXT")});
    options.addOption({QStringLiteral("meeting"),
                       tr("The day of the branch general meeting that decided it."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("reason"), tr("Why, in a few words."), tr("TEXT")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    bool isNumber = false;
    const QStringList positional = options.positionalArguments();
    const qint64 memberId = positional.size() == 1 ? positional.first().toLongLong(&isNumber) : 0;
    if (!isNumber || memberId <= 0)
        return parser.usageError(tr("party leave needs one member number."));
    const auto way = enumFromText<party::LeavingWay>(options.value(QStringLiteral("way")));
    if (!way)
        return parser.usageError(tr("--way must be probation_cancelled, withdrawal, removal or expulsion."));
    const QDate date = QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate);
    const QDate meetingDate = QDate::fromString(options.value(QStringLiteral("meeting")), Qt::ISODate);
    if (!date.isValid() || !meetingDate.isValid())
        return parser.usageError(tr("--date and --meeting need days written YYYY-MM-DD."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const auto member = party::PartyMemberRepository(*db).member(memberId);
    if (!member)
        return fail(tr("No party member has the number %1.").arg(memberId));
    // The general meeting of the branch the member was in on that day, held on the day given.
    const qint64 branch = member->organisationOn(date);
    qint64 meetingId = 0;
    for (const party::Meeting& m :
         party::PartyActivityRepository(*db).meetings(branch, meetingDate, meetingDate))
        if (m.type == party::MeetingType::GeneralMeeting && m.organisationId == branch)
            meetingId = m.id;
    if (branch == 0 || meetingId == 0)
        return fail(tr("%1's branch held no branch general meeting on %2; record the meeting first.")
                        .arg(member->name, meetingDate.toString(Qt::ISODate)));

    party::Leaving leaving;
    leaving.memberId = memberId;
    leaving.way = *way;
    leaving.date = date;
    leaving.decision = options.value(QStringLiteral("decision"));
    leaving.meetingId = meetingId;
    leaving.reason = options.value(QStringLiteral("reason"));
    const auto left = party::PartyService(*db).leave(leaving);
    if (!left)
        return fail(left.summary());
    out() << tr("%1: %2 on %3.").arg(member->name, enumLabel(*way), date.toString(Qt::ISODate)) << '\n';
    return Success;
}

} // namespace anju::cli

#include "HouseholdShowCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "access/IdentityMask.h"
#include "exchange/CellText.h"
#include "grids/HouseholdTimeline.h"
#include "registry/HouseholdRepository.h"
#include "registry/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue jsonDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}

QJsonObject membershipJson(const Membership& m)
{
    return {
        {QStringLiteral("household"), m.householdNumber},
        {QStringLiteral("relationship"), enumKey(m.relationship)},
        {QStringLiteral("startDate"), jsonDate(m.startDate)},
        {QStringLiteral("endDate"), jsonDate(m.endDate)},
        {QStringLiteral("endReason"), m.endReason ? QJsonValue(enumKey(*m.endReason)) : QJsonValue()},
    };
}

// Birth dates as the session may see them: "1980" for a role that sees identities masked.
QJsonObject personJson(const Person& p, const QList<Membership>& memberships, const Session* session)
{
    QJsonArray history;
    for (const Membership& m : memberships)
        history.append(membershipJson(m));
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("idNumber"), p.idNumber},
        {QStringLiteral("sex"), enumKey(p.sex)},
        {QStringLiteral("birthDate"), p.birthDate.isValid()
                                          ? QJsonValue(IdentityMask::birthDateText(session, p.birthDate))
                                          : QJsonValue()},
        {QStringLiteral("relationship"), enumKey(p.relationship)},
        {QStringLiteral("ethnicity"), p.ethnicityCode},
        {QStringLiteral("education"), enumKey(p.education)},
        {QStringLiteral("health"), enumKey(p.health)},
        {QStringLiteral("disabilityGrade"), p.disabilityGrade},
        {QStringLiteral("labourCapacity"), enumKey(p.labourCapacity)},
        {QStringLiteral("inSchool"), p.inSchool},
        {QStringLiteral("politicalStatus"), enumKey(p.politicalStatus)},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("state"), enumKey(p.state)},
        {QStringLiteral("stateDate"), jsonDate(p.stateDate)},
        {QStringLiteral("memberships"), history},
    };
}

QString yesNo(bool value)
{
    return value ? HouseholdShowCommand::tr("yes") : HouseholdShowCommand::tr("no");
}

QString membershipText(const Membership& m)
{
    QString text =
        m.endDate.isValid()
            ? HouseholdShowCommand::tr("%1 as %2 from %3 to %4")
                  .arg(m.householdNumber, enumLabel(m.relationship), isoDate(m.startDate), isoDate(m.endDate))
            : HouseholdShowCommand::tr("%1 as %2 since %3")
                  .arg(m.householdNumber, enumLabel(m.relationship), isoDate(m.startDate));
    if (m.endReason)
        text = HouseholdShowCommand::tr("%1 (%2)", "stay (how it ended)").arg(text, enumLabel(*m.endReason));
    return text;
}

QJsonObject timelineJson(const grids::TimelineEntry& e)
{
    return {
        {QStringLiteral("date"), jsonDate(e.date)},
        {QStringLiteral("kind"), grids::HouseholdTimeline::kindKey(e.kind)},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("who"), e.who},
        {QStringLiteral("phone"), e.phone},
        {QStringLiteral("linkId"), e.linkId},
    };
}

} // namespace

int HouseholdShowCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] household show NUMBER [--json]"),
                         tr("Shows one household: its address, origin and members, with every household each "
                            "member has belonged to, the members who moved to another household, and the "
                            "timeline of its visits, cases and pairing contacts, newest first."));
    QCommandLineParser& options = parser.options();
    options.addPositionalArgument(QStringLiteral("NUMBER"), tr("The household number, e.g. 430524001-0001."));
    options.addOption({QStringLiteral("json"), tr("Print a JSON object instead of text.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (options.positionalArguments().size() != 1)
        return parser.usageError(tr("Give exactly one household number."));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const registry::HouseholdRepository households(*db);
    const registry::SiteRepository sites(*db);
    const QString number = options.positionalArguments().constFirst().trimmed();
    const std::optional<Household> found = households.householdByNumber(number);
    if (!found)
        return fail(tr("There is no household with the number %1.").arg(number));
    const Household& h = *found;
    const Site site = sites.site(h.siteId).value_or(Site{});
    const QString address = sites.address(h.siteId, h.dwellingId).display();

    QList<QList<Membership>> histories;
    for (const Person& p : h.members)
        histories.append(households.memberships(p.id));
    QList<QPair<QString, Membership>> former; // name and the stay that ended by moving
    for (const Membership& m : households.formerMemberships(h.id)) {
        const std::optional<Person> p = households.person(m.personId);
        former.append({p ? p->name : QString(), m});
    }

    // The grids' timeline for a user who may read the grids (every role today); empty otherwise.
    QList<grids::TimelineEntry> timeline;
    if (grids::HouseholdTimeline::mayRead(db->session())) {
        const Result<QList<grids::TimelineEntry>> read =
            grids::HouseholdTimeline(*db).entries(h.id, QDate::currentDate());
        if (!read)
            return fail(read.summary());
        timeline = read.value();
    }

    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray timelineArray;
        for (const grids::TimelineEntry& e : timeline)
            timelineArray.append(timelineJson(e));
        QJsonArray members;
        for (int i = 0; i < h.members.size(); ++i)
            members.append(personJson(h.members.at(i), histories.at(i), db->session()));
        QJsonArray formerMembers;
        for (const auto& [name, m] : former) {
            QJsonObject o = membershipJson(m);
            o.insert(QStringLiteral("name"), name);
            formerMembers.append(o);
        }
        const QJsonObject object = {
            {QStringLiteral("number"), h.number},
            {QStringLiteral("siteCode"), site.code},
            {QStringLiteral("site"), site.name},
            {QStringLiteral("address"), address},
            {QStringLiteral("originCountyCode"), h.originCountyCode},
            {QStringLiteral("originTownship"), h.originTownship},
            {QStringLiteral("originVillage"), h.originVillage},
            {QStringLiteral("relocationDate"), jsonDate(h.relocationDate)},
            {QStringLiteral("registrationMoved"), h.registrationMoved},
            {QStringLiteral("residencePermit"), h.residencePermit},
            {QStringLiteral("phone"), h.phone},
            {QStringLiteral("state"), enumKey(h.state)},
            {QStringLiteral("stateDate"), jsonDate(h.stateDate)},
            {QStringLiteral("members"), members},
            {QStringLiteral("formerMembers"), formerMembers},
            {QStringLiteral("timeline"), timelineArray},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }

    QString state = enumLabel(h.state);
    if (h.stateDate.isValid())
        state += QLatin1Char(' ') + isoDate(h.stateDate);
    out() << tr("Household %1 (%2)").arg(h.number, state) << '\n'
          << tr("Site: %1 (%2)").arg(site.name, site.code) << '\n'
          << tr("Address: %1").arg(address) << '\n'
          << tr("Origin: %1 %2 %3")
                 .arg(QStringList{h.originCountyCode, exchange::CellText::countyName(h.originCountyCode)}
                          .join(QLatin1Char(' '))
                          .trimmed(),
                      h.originTownship, h.originVillage)
          << '\n'
          << tr("Relocated on: %1").arg(isoDate(h.relocationDate)) << '\n'
          << tr("Registration moved here: %1").arg(yesNo(h.registrationMoved)) << '\n'
          << tr("Residence permit: %1").arg(yesNo(h.residencePermit)) << '\n'
          << tr("Phone: %1").arg(h.phone) << '\n'
          << tr("Members:") << '\n';
    for (int i = 0; i < h.members.size(); ++i) {
        const Person& p = h.members.at(i);
        QString personState = enumLabel(p.state);
        if (p.stateDate.isValid())
            personState += QLatin1Char(' ') + isoDate(p.stateDate);
        out() << "  " << p.name << '\t' << p.idNumber << '\t' << enumLabel(p.sex) << '\t'
              << IdentityMask::birthDateText(db->session(), p.birthDate) << '\t' << enumLabel(p.relationship)
              << '\t' << personState << '\n';
        if (histories.at(i).size() > 1) {
            for (const Membership& m : histories.at(i))
                out() << "      " << membershipText(m) << '\n';
        }
    }
    if (!former.isEmpty()) {
        out() << tr("Moved to another household:") << '\n';
        for (const auto& [name, m] : former)
            out() << "  " << name << '\t' << membershipText(m) << '\n';
    }
    if (!timeline.isEmpty()) {
        out() << tr("Visits and cases, newest first:") << '\n';
        for (const grids::TimelineEntry& e : timeline) {
            out() << "  " << isoDate(e.date) << '\t' << grids::HouseholdTimeline::kindLabel(e.kind) << '\t'
                  << e.summary;
            if (!e.who.isEmpty())
                out() << '\t' << e.who;
            out() << '\n';
        }
    }
    out().flush();
    return Success;
}

} // namespace anju::cli

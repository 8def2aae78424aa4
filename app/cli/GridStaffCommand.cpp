#include "GridStaffCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "grids/GridRepository.h"
#include "grids/GridService.h"
#include "grids/PairingHandover.h"
#include "registry/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace anju::cli {

namespace {

// The value of `sql` (one bound value), 0 when no row.
qint64 idFor(const Database& db, const QString& sql, const QString& value)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(value.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// A resident by ID number (身份证号).
qint64 personByIdNumber(const Database& db, const QString& idNumber)
{
    return idFor(db, QStringLiteral("SELECT id FROM persons WHERE id_number = ?"), idNumber.toUpper());
}

// --NAME as a day, or invalid when not given or not a date.
QDate dayOf(const QCommandLineParser& options, const QString& name)
{
    return QDate::fromString(options.value(name).trimmed(), Qt::ISODate);
}

// Each option with its help and the name of its value (CODE, YYYY-MM-DD…), both translated.
struct OptionHelp
{
    QString name;
    QString help;
    QString value;
};

void addOptions(QCommandLineParser& options, const QList<OptionHelp>& optionHelp)
{
    for (const OptionHelp& o : optionHelp)
        options.addOption({o.name, o.help, o.value});
}

} // namespace

int GridStaffCommand::staff(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    if (action == QLatin1String("add"))
        return add(context, arguments.mid(1));
    if (action == QLatin1String("end"))
        return end(context, arguments.mid(1));
    return list(context, arguments);
}

int GridStaffCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] grid staff --grid CODE [--date YYYY-MM-DD] [--json]"),
                         tr("Lists who serves in the grid on the day (default: today), by role, with the "
                            "number that grid staff end and grid handover take."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("grid"), tr("The grid's code."), tr("CODE")});
    options.addOption({QStringLiteral("date"), tr("The day (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.isSet(QStringLiteral("grid")))
        return parser.usageError(tr("grid staff needs --grid."));
    const QDate day =
        options.isSet(QStringLiteral("date")) ? dayOf(options, QStringLiteral("date")) : QDate::currentDate();
    if (!day.isValid())
        return parser.usageError(tr("--date needs a day written YYYY-MM-DD, e.g. 2026-11-30."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const grids::GridRepository repository(*db);
    const QString code = options.value(QStringLiteral("grid")).trimmed();
    const auto g = repository.gridByCode(code);
    if (!g)
        return fail(tr("There is no grid with the code %1.").arg(code));
    const auto staff = repository.staff(g->id, day);
    if (!staff)
        return fail(staff.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const grids::StaffMember& s : staff.value())
            rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("role"), enumKey(s.role)},
                                    {QStringLiteral("roleLabel"), enumLabel(s.role)},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("origin"), enumKey(s.origin)},
                                    {QStringLiteral("personId"), s.personId},
                                    {QStringLiteral("partyMemberId"), s.partyMemberId},
                                    {QStringLiteral("buildingId"), s.buildingId},
                                    {QStringLiteral("unitId"), s.unitId},
                                    {QStringLiteral("phone"), s.phone},
                                    {QStringLiteral("validFrom"), s.validFrom.toString(Qt::ISODate)}});
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("grid"), g->code},
                                      {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                      {QStringLiteral("staff"), rows}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Staff of %1 %2 on %3: %4.")
                     .arg(g->code, g->name, day.toString(Qt::ISODate))
                     .arg(staff.value().size())
              << '\n';
        for (const grids::StaffMember& s : staff.value())
            out() << s.id << '\t' << enumLabel(s.role) << '\t' << s.name << '\t' << s.phone << '\t'
                  << tr("since %1").arg(s.validFrom.toString(Qt::ISODate)) << '\n';
    }
    out().flush();
    return Success;
}

int GridStaffCommand::add(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid staff add --grid CODE --role ROLE (--person ID-NUMBER | --cadre NAME) "
           "--from "
           "YYYY-MM-DD [--building NAME [--unit NAME]] [--member ID] [--phone PHONE] [--work-unit TEXT]"),
        tr("A resident (by ID number) or an outside cadre starts serving in the grid in a role: grid_leader, "
           "grid_worker, building_leader (with --building), unit_leader (with --building and --unit) or "
           "party_member_household (a resident on the party roll)."));
    QCommandLineParser& options = parser.options();
    addOptions(options,
               {{QStringLiteral("grid"), tr("The grid's code."), tr("CODE")},
                {QStringLiteral("role"), tr("The role."), tr("ROLE")},
                {QStringLiteral("person"), tr("The resident's ID number."), tr("ID-NUMBER")},
                {QStringLiteral("cadre"), tr("The outside cadre's name."), tr("NAME")},
                {QStringLiteral("from"), tr("The first day of service."), tr("YYYY-MM-DD")},
                {QStringLiteral("building"), tr("The building's name on the grid's site."), tr("BUILDING")},
                {QStringLiteral("unit"), tr("The unit's name in the building."), tr("UNIT")},
                {QStringLiteral("member"), tr("The party member's number on the roll."), tr("ID")},
                {QStringLiteral("phone"), tr("The phone number."), tr("PHONE")},
                {QStringLiteral("work-unit"), tr("The cadre's work unit."), tr("TEXT")}});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.isSet(QStringLiteral("grid")) || !options.isSet(QStringLiteral("role")) ||
        options.isSet(QStringLiteral("person")) == options.isSet(QStringLiteral("cadre")) ||
        !options.isSet(QStringLiteral("from")))
        return parser.usageError(
            tr("grid staff add needs --grid, --role, --from and one of --person or --cadre."));
    const auto role = enumFromText<grids::StaffRole>(options.value(QStringLiteral("role")).trimmed());
    if (!role)
        return parser.usageError(tr("--role needs grid_leader, grid_worker, building_leader, unit_leader or "
                                    "party_member_household."));
    const QDate from = dayOf(options, QStringLiteral("from"));
    if (!from.isValid())
        return parser.usageError(tr("--from needs a day written YYYY-MM-DD, e.g. 2026-11-30."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const QString code = options.value(QStringLiteral("grid")).trimmed();
    const auto g = grids::GridRepository(*db).gridByCode(code);
    if (!g)
        return fail(tr("There is no grid with the code %1.").arg(code));
    grids::StaffMember s;
    s.gridId = g->id;
    s.role = *role;
    s.validFrom = from;
    s.phone = options.value(QStringLiteral("phone")).trimmed();
    s.workUnit = options.value(QStringLiteral("work-unit")).trimmed();
    if (options.isSet(QStringLiteral("person"))) {
        s.origin = grids::StaffOrigin::Resident;
        s.personId = personByIdNumber(*db, options.value(QStringLiteral("person")));
        if (s.personId == 0)
            return fail(tr("No resident has the ID number %1.").arg(options.value(QStringLiteral("person"))));
        // A resident on the party roll is linked to it, so a 党员中心户 needs no --member.
        s.partyMemberId = idFor(*db, QStringLiteral("SELECT id FROM party_members WHERE person_id = ?"),
                                QString::number(s.personId));
    } else {
        s.origin = grids::StaffOrigin::OutsideCadre;
        s.cadreName = options.value(QStringLiteral("cadre")).trimmed();
    }
    if (options.isSet(QStringLiteral("member")))
        s.partyMemberId = options.value(QStringLiteral("member")).toLongLong();
    if (options.isSet(QStringLiteral("building"))) {
        const registry::SiteRepository sites(*db);
        const QString buildingName = options.value(QStringLiteral("building")).trimmed();
        for (const Building& b : sites.buildings(g->siteId))
            if (b.name == buildingName)
                s.buildingId = b.id;
        if (s.buildingId == 0)
            return fail(tr("The grid's site has no building named %1.").arg(buildingName));
        if (options.isSet(QStringLiteral("unit"))) {
            const QString unitName = options.value(QStringLiteral("unit")).trimmed();
            for (const BuildingUnit& u : sites.units(s.buildingId))
                if (u.name == unitName)
                    s.unitId = u.id;
            if (s.unitId == 0)
                return fail(tr("Building %1 has no unit named %2.").arg(buildingName, unitName));
        }
    }
    const auto added = grids::GridService(*db).addStaff(s);
    if (!added)
        return fail(added.summary());
    out() << tr("Staff member %1 serves in %2 as %3 from %4.")
                 .arg(QString::number(added.value()), g->name, enumLabel(s.role), from.toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

int GridStaffCommand::end(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] grid staff end --id N --date YYYY-MM-DD --reason TEXT"),
                         tr("Ends a staff member's service on the day (refused while they have open visit "
                            "tasks: hand them over instead)."));
    QCommandLineParser& options = parser.options();
    addOptions(options,
               {{QStringLiteral("id"), tr("The staff member's number (grid staff shows it)."), tr("ID")},
                {QStringLiteral("date"), tr("The first day they no longer serve."), tr("YYYY-MM-DD")},
                {QStringLiteral("reason"), tr("Why the service ends."), tr("TEXT")}});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const qint64 id = options.value(QStringLiteral("id")).toLongLong();
    const QDate date = dayOf(options, QStringLiteral("date"));
    if (id <= 0 || !date.isValid() || !options.isSet(QStringLiteral("reason")))
        return parser.usageError(tr("grid staff end needs --id, --date YYYY-MM-DD and --reason."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const Outcome ended = grids::GridService(*db).endStaff(id, date, options.value(QStringLiteral("reason")));
    if (!ended)
        return fail(ended.summary());
    out() << tr("Staff member %1 served until %2.")
                 .arg(QString::number(id), date.addDays(-1).toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

int GridStaffCommand::pair(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid pair --household NUMBER (--member ID | --staff N | --cadre NAME) --from "
           "YYYY-MM-DD [--phone PHONE] [--work-unit TEXT]"),
        tr("Pairs the household (结对帮扶) with a party member, a grid staff member or an outside cadre from "
           "the day."));
    QCommandLineParser& options = parser.options();
    addOptions(options,
               {{QStringLiteral("household"), tr("The household's number."), tr("NUMBER")},
                {QStringLiteral("member"), tr("The party member's number on the roll."), tr("ID")},
                {QStringLiteral("staff"), tr("The staff member's number (grid staff shows it)."), tr("ID")},
                {QStringLiteral("cadre"), tr("The outside cadre's name."), tr("NAME")},
                {QStringLiteral("from"), tr("The day the pairing starts."), tr("YYYY-MM-DD")},
                {QStringLiteral("phone"), tr("The phone number."), tr("PHONE")},
                {QStringLiteral("work-unit"), tr("The cadre's work unit."), tr("TEXT")}});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const int partners = int(options.isSet(QStringLiteral("member"))) +
                         int(options.isSet(QStringLiteral("staff"))) +
                         int(options.isSet(QStringLiteral("cadre")));
    const QDate from = dayOf(options, QStringLiteral("from"));
    if (!options.isSet(QStringLiteral("household")) || partners != 1 || !from.isValid())
        return parser.usageError(
            tr("grid pair needs --household, --from YYYY-MM-DD and one of --member, --staff or --cadre."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const QString number = options.value(QStringLiteral("household")).trimmed();
    grids::Pairing p;
    p.householdId = idFor(*db, QStringLiteral("SELECT id FROM households WHERE number = ?"), number);
    if (p.householdId == 0)
        return fail(tr("No household has the number %1.").arg(number));
    p.validFrom = from;
    p.phone = options.value(QStringLiteral("phone")).trimmed();
    p.workUnit = options.value(QStringLiteral("work-unit")).trimmed();
    if (options.isSet(QStringLiteral("member"))) {
        p.partnerKind = grids::PartnerKind::PartyMember;
        p.partyMemberId = options.value(QStringLiteral("member")).toLongLong();
    } else if (options.isSet(QStringLiteral("staff"))) {
        p.partnerKind = grids::PartnerKind::Staff;
        p.staffId = options.value(QStringLiteral("staff")).toLongLong();
    } else {
        p.partnerKind = grids::PartnerKind::Cadre;
        p.cadreName = options.value(QStringLiteral("cadre")).trimmed();
    }
    const auto paired = grids::GridService(*db).addPairing(p);
    if (!paired)
        return fail(paired.summary());
    out() << tr("Household %1 paired from %2 (pairing %3).")
                 .arg(number, from.toString(Qt::ISODate), QString::number(paired.value()))
          << Qt::endl;
    return Success;
}

int GridStaffCommand::handover(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] grid handover --from-staff N (--to-staff N | --to-person ID-NUMBER | --to-cadre "
           "NAME) --date YYYY-MM-DD --reason TEXT | (--pairings-from MEMBER | --pairings-from-staff N | "
           "--pairings-from-cadre NAME) (--to MEMBER | --to-staff N | --to-cadre NAME) [--households "
           "NUMBER,...] --date YYYY-MM-DD --reason TEXT"),
        tr("Hands a staff member's seat over in one action: their service ends on the day and the successor "
           "takes their pairings and open visit tasks. With --pairings-from (a party member), "
           "--pairings-from-staff or --pairings-from-cadre, only the pairings (all, or those of the "
           "households "
           "named) and their households' open visit tasks go to a party member, a staff member or an outside "
           "cadre (结对移交)."));
    QCommandLineParser& options = parser.options();
    addOptions(
        options,
        {{QStringLiteral("from-staff"), tr("The staff member's number (grid staff shows it)."), tr("ID")},
         {QStringLiteral("to-staff"), tr("A successor already serving: their staff number."), tr("ID")},
         {QStringLiteral("to-person"), tr("A resident successor's ID number."), tr("ID-NUMBER")},
         {QStringLiteral("to-cadre"), tr("An outside cadre successor's name."), tr("NAME")},
         {QStringLiteral("phone"), tr("The successor's phone number."), tr("PHONE")},
         {QStringLiteral("work-unit"), tr("The cadre's work unit."), tr("TEXT")},
         {QStringLiteral("pairings-from"), tr("The party member handing their pairings over."), tr("ID")},
         {QStringLiteral("pairings-from-staff"), tr("The staff member handing their pairings over."),
          tr("ID")},
         {QStringLiteral("pairings-from-cadre"), tr("The outside cadre handing their pairings over."),
          tr("NAME")},
         {QStringLiteral("households"),
          tr("Only the pairings with these households (numbers, comma "
             "separated)."),
          tr("NUMBER,…")},
         {QStringLiteral("to"), tr("The party member taking them."), tr("ID")},
         {QStringLiteral("date"), tr("The day of the handover."), tr("YYYY-MM-DD")},
         {QStringLiteral("reason"), tr("Why the work is handed over."), tr("TEXT")}});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QDate date = dayOf(options, QStringLiteral("date"));
    const QString reason = options.value(QStringLiteral("reason"));
    const int sources = int(options.isSet(QStringLiteral("pairings-from"))) +
                        int(options.isSet(QStringLiteral("pairings-from-staff"))) +
                        int(options.isSet(QStringLiteral("pairings-from-cadre")));
    const bool ofPairings = sources > 0;
    const int successors = int(options.isSet(QStringLiteral("to-staff"))) +
                           int(options.isSet(QStringLiteral("to-person"))) +
                           int(options.isSet(QStringLiteral("to-cadre")));
    const int pairingSuccessors = int(options.isSet(QStringLiteral("to"))) +
                                  int(options.isSet(QStringLiteral("to-staff"))) +
                                  int(options.isSet(QStringLiteral("to-cadre")));
    if (!date.isValid() || (ofPairings && options.isSet(QStringLiteral("from-staff"))) ||
        (ofPairings ? sources != 1 || pairingSuccessors != 1 || options.isSet(QStringLiteral("to-person"))
                    : !options.isSet(QStringLiteral("from-staff")) || successors != 1))
        return parser.usageError(tr(
            "grid handover needs --date YYYY-MM-DD, --reason and either --from-staff with one of --to-staff, "
            "--to-person or --to-cadre, or one of --pairings-from, --pairings-from-staff or "
            "--pairings-from-cadre with one of --to, --to-staff or --to-cadre."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (ofPairings)
        return handOverPairings(*db, options, date, reason);
    grids::StaffMember successor;
    successor.phone = options.value(QStringLiteral("phone")).trimmed();
    if (options.isSet(QStringLiteral("to-staff"))) {
        successor.id = options.value(QStringLiteral("to-staff")).toLongLong();
    } else if (options.isSet(QStringLiteral("to-person"))) {
        successor.origin = grids::StaffOrigin::Resident;
        successor.personId = personByIdNumber(*db, options.value(QStringLiteral("to-person")));
        if (successor.personId == 0)
            return fail(
                tr("No resident has the ID number %1.").arg(options.value(QStringLiteral("to-person"))));
    } else {
        successor.origin = grids::StaffOrigin::OutsideCadre;
        successor.cadreName = options.value(QStringLiteral("to-cadre")).trimmed();
    }
    const Result<grids::Handover> done = grids::GridService(*db).handOver(
        options.value(QStringLiteral("from-staff")).toLongLong(), successor, date, reason);
    if (!done)
        return fail(done.summary());
    out() << tr("Handed over on %1: %2 pairing(s) and %3 open visit task(s).")
                 .arg(date.toString(Qt::ISODate))
                 .arg(done.value().pairings)
                 .arg(done.value().tasks)
          << Qt::endl;
    if (done.value().successorStaffId > 0)
        out() << tr("The successor serves as staff member %1.").arg(done.value().successorStaffId)
              << Qt::endl;
    return Success;
}

int GridStaffCommand::handOverPairings(const Database& db, const QCommandLineParser& options, QDate date,
                                       const QString& reason)
{
    const auto partner = [&options](const QString& member, const QString& staff, const QString& cadre) {
        if (options.isSet(member))
            return grids::PairingPartner::member(options.value(member).toLongLong());
        if (options.isSet(staff))
            return grids::PairingPartner::staff(options.value(staff).toLongLong());
        return grids::PairingPartner::cadre(options.value(cadre).trimmed());
    };
    const grids::PairingPartner from =
        partner(QStringLiteral("pairings-from"), QStringLiteral("pairings-from-staff"),
                QStringLiteral("pairings-from-cadre"));
    grids::PairingPartner to =
        partner(QStringLiteral("to"), QStringLiteral("to-staff"), QStringLiteral("to-cadre"));
    to.workUnit = options.value(QStringLiteral("work-unit")).trimmed();
    to.phone = options.value(QStringLiteral("phone")).trimmed();
    grids::PairingHandover handover(db);
    QList<qint64> chosen;
    if (options.isSet(QStringLiteral("households"))) {
        const auto open = handover.openPairings(from, date);
        if (!open)
            return fail(open.summary());
        for (const QString& number : options.value(QStringLiteral("households")).split(QLatin1Char(','))) {
            const auto found = std::find_if(
                open.value().begin(), open.value().end(),
                [&number](const grids::PairingToMove& p) { return p.householdNumber == number.trimmed(); });
            if (found == open.value().end())
                return fail(tr("No open pairing of theirs is with household %1.").arg(number.trimmed()));
            chosen.append(found->pairingId);
        }
    }
    const auto done = handover.handOver(from, to, date, reason, chosen);
    if (!done)
        return fail(done.summary());
    out() << tr("Handed over on %1: %2 pairing(s) and %3 open visit task(s).")
                 .arg(date.toString(Qt::ISODate))
                 .arg(done.value().pairings)
                 .arg(done.value().tasks)
          << Qt::endl;
    return Success;
}

} // namespace anju::cli

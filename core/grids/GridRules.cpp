#include "grids/GridRules.h"

#include <QRegularExpression>

namespace anju::grids {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

bool allDigits(const QString& text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

// The distinct grids of one precedence level.
QList<qint64> distinct(const QList<qint64>& ids)
{
    QList<qint64> out;
    for (qint64 id : ids)
        if (!out.contains(id))
            out.append(id);
    return out;
}

} // namespace

Outcome GridRules::checkCode(const QString& code, const QString& siteCountyCode)
{
    const QString f = field(Field::GridCode);
    if (code.isEmpty())
        return Outcome::failure(f, tr("Enter the grid code (14 digits)."));
    if (!allDigits(code) || code.size() != 14)
        return Outcome::failure(f, tr("The grid code %1 must be 14 digits: county 6, township 3, community 3 "
                                      "and grid sequence 2.")
                                       .arg(code));
    if (!siteCountyCode.isEmpty() && !code.startsWith(siteCountyCode))
        return Outcome::failure(
            f, tr("The grid code %1 must begin with the site's county code %2.").arg(code, siteCountyCode));
    if (code.right(2) == QLatin1String("00"))
        return Outcome::failure(f, tr("The grid sequence (the last two digits) runs from 01 to 99."));
    return {};
}

Outcome GridRules::validate(const Grid& grid, const QString& siteCountyCode)
{
    Outcome outcome = checkCode(grid.code, siteCountyCode);
    if (grid.siteId <= 0)
        outcome.add(field(Field::GridSite), tr("Choose the site of the grid."));
    if (grid.name.trimmed().isEmpty())
        outcome.add(field(Field::GridName), tr("Enter the grid's name."));
    if (!grid.validFrom.isValid())
        outcome.add(field(Field::GridDates), tr("Enter the day the grid starts."));
    else
        outcome.add(checkEnd(grid.validFrom, grid.validTo, Field::GridDates));
    return outcome;
}

Outcome GridRules::checkEnd(QDate validFrom, QDate end, const char* f)
{
    if (end.isValid() && validFrom.isValid() && end < validFrom)
        return Outcome::failure(field(f),
                                tr("The end (%1) cannot be before the start (%2).")
                                    .arg(end.toString(Qt::ISODate), validFrom.toString(Qt::ISODate)));
    return {};
}

Outcome GridRules::validate(const StaffMember& s)
{
    Outcome outcome;
    if (s.gridId <= 0)
        outcome.add(field(Field::General), tr("Choose the grid."));
    if (s.origin == StaffOrigin::Resident && s.personId <= 0)
        outcome.add(field(Field::StaffPerson), tr("Choose the resident who serves."));
    if (s.origin == StaffOrigin::OutsideCadre && s.cadreName.trimmed().isEmpty())
        outcome.add(field(Field::StaffPerson), tr("Enter the cadre's name."));
    if (s.role == StaffRole::BuildingLeader && s.buildingId <= 0)
        outcome.add(field(Field::StaffPlace), tr("A building leader needs the building."));
    if (s.role == StaffRole::UnitLeader && s.unitId <= 0)
        outcome.add(field(Field::StaffPlace), tr("A unit leader needs the unit."));
    if (s.role == StaffRole::PartyMemberHousehold && s.partyMemberId <= 0)
        outcome.add(field(Field::StaffPerson), tr("A party member household needs the party member."));
    if (!s.validFrom.isValid())
        outcome.add(field(Field::GridDates), tr("Enter the day the service starts."));
    return outcome;
}

Outcome GridRules::validate(const Pairing& p)
{
    Outcome outcome;
    if (p.householdId <= 0)
        outcome.add(field(Field::General), tr("Choose the household."));
    if (p.partnerKind == PartnerKind::PartyMember && p.partyMemberId <= 0)
        outcome.add(field(Field::PairingPartner), tr("Choose the party member."));
    if (p.partnerKind == PartnerKind::Staff && p.staffId <= 0)
        outcome.add(field(Field::PairingPartner), tr("Choose the grid staff member."));
    if (p.partnerKind == PartnerKind::Cadre && p.cadreName.trimmed().isEmpty())
        outcome.add(field(Field::PairingPartner), tr("Enter the cadre's name."));
    if (!p.validFrom.isValid())
        outcome.add(field(Field::GridDates), tr("Enter the day the pairing starts."));
    return outcome;
}

int GridRules::floorOfRoom(const QString& room)
{
    // The last run of digits: "B-502" → 502, "1203" → 1203; the floor is all but its last two digits.
    static const QRegularExpression digits(QStringLiteral("(\\d+)(?!.*\\d)"));
    const auto match = digits.match(room);
    if (!match.hasMatch())
        return 0;
    const QString number = match.captured(1);
    if (number.size() < 3)
        return 0;
    return number.left(number.size() - 2).toInt();
}

std::optional<qint64> GridRules::gridOf(const Placement& placement, QList<qint64>* competing)
{
    for (const QList<qint64>& level :
         {placement.exceptionGrids, placement.unitGrids, placement.buildingGrids}) {
        const QList<qint64> grids = distinct(level);
        if (grids.isEmpty())
            continue;
        if (grids.size() == 1)
            return grids.first();
        if (competing)
            *competing = grids;
        return std::nullopt;
    }
    if (competing)
        competing->clear();
    return std::nullopt;
}

} // namespace anju::grids

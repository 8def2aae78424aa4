#include "exchange/ImportChecker.h"

#include "database/Database.h"
#include "exchange/HouseholdAssembler.h"
#include "registry/HouseholdRepository.h"
#include "registry/HouseholdRules.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::exchange {

namespace {

// Which roster column a registry rule's field stands for.
RosterField columnOf(const QString& field)
{
    static const QHash<QString, RosterField> map = {
        {QLatin1String(Field::PersonName), RosterField::Name},
        {QLatin1String(Field::PersonIdNumber), RosterField::IdNumber},
        {QLatin1String(Field::PersonRelationship), RosterField::Relationship},
        {QLatin1String(Field::PersonPhone), RosterField::Phone},
        {QLatin1String(Field::PersonDate), RosterField::StateDate},
        {QLatin1String(Field::HouseholdNumber), RosterField::HouseholdNumber},
        {QLatin1String(Field::HouseholdOriginCounty), RosterField::OriginCounty},
        {QLatin1String(Field::HouseholdRelocationDate), RosterField::RelocationDate},
        {QLatin1String(Field::HouseholdPhone), RosterField::Phone},
        {QLatin1String(Field::HouseholdMembers), RosterField::Relationship},
        {QLatin1String(Field::HouseholdSite), RosterField::Site},
    };
    return map.value(field, RosterField::Name);
}

} // namespace

ImportChecker::ImportChecker(const Database& db, QDate today) : m_db(db), m_today(today) {}

quint64 ImportChecker::key(const QString& id)
{
    if (id.size() != 18)
        return 0;
    const QChar check = id.at(17);
    return id.left(17).toULongLong() * 11 + (check == u'X' ? 10 : check.unicode() - u'0');
}

Outcome ImportChecker::loadExisting()
{
    const auto failed = [](const QSqlQuery& q) {
        return Outcome::failure(QLatin1String(Field::General), q.lastError().text());
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, number FROM households")))
        return failed(q);
    while (q.next()) {
        m_existingHouseholds.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_existingNumbers.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    if (!q.exec(QStringLiteral("SELECT id_number, household_id FROM persons")))
        return failed(q);
    while (q.next()) {
        const qint64 household = q.value(1).toLongLong();
        m_householdOfExistingId.insert(key(q.value(0).toString()), household);
        ++m_existingMemberCounts[household];
    }
    return {};
}

void ImportChecker::checkRules(ImportedHousehold& imported, const HouseholdAssembler& columns) const
{
    Household& h = imported.household;
    // The site and a missing number are settled when writing; the origin county defaults to where the
    // head's ID was issued, which for relocated households is the county they came from.
    const bool numberGiven = !h.number.isEmpty();
    h.siteId = 1;
    if (!numberGiven)
        h.number = QStringLiteral("-");
    if (h.originCountyCode.isEmpty()) {
        for (const Person& p : std::as_const(h.members)) {
            if (p.relationship == Relationship::Head && p.idNumber.trimmed().size() >= 6)
                h.originCountyCode = p.idNumber.trimmed().left(6);
        }
    }
    const Outcome rules = registry::HouseholdRules::validate(h, m_today);
    if (!numberGiven)
        h.number.clear();
    for (const Violation& v : rules.violations()) {
        const int row = v.row >= 0 && v.row < imported.members.size() ? imported.members.at(v.row).row
                                                                      : imported.firstRow;
        imported.errors.append({row, columns.columnName(columnOf(v.field)), v.message});
    }

    // Which IDs the rules accepted, in the order of the rows.
    imported.idKeys.clear();
    for (int i = 0; i < h.members.size(); ++i) {
        const bool idValid = rules.messageFor(QLatin1String(Field::PersonIdNumber), i).isEmpty();
        imported.idKeys.append(idValid ? key(h.members.at(i).idNumber) : 0);
    }
    imported.rulesChecked = true;
}

ImportChecker::Verdict ImportChecker::check(ImportedHousehold& imported, const HouseholdAssembler& columns)
{
    if (!imported.rulesChecked)
        checkRules(imported, columns);
    const Household& h = imported.household;
    const bool numberGiven = !h.number.isEmpty();
    const QList<quint64>& keys = imported.idKeys;

    // The same household already in the database, as the file has it: a re-import changes nothing. It is
    // found by its number, or by its members when the file has no numbers.
    qint64 existing = numberGiven ? m_existingHouseholds.value(h.number, 0) : 0;
    if (!numberGiven && !keys.isEmpty())
        existing = m_householdOfExistingId.value(keys.constFirst(), 0);
    if (existing && imported.errors.isEmpty() && m_existingMemberCounts.value(existing) == h.members.size()) {
        bool same = true;
        for (quint64 k : std::as_const(keys))
            same = same && k != 0 && m_householdOfExistingId.value(k, 0) == existing;
        if (same) {
            const QString difference = differenceFromStored(existing, imported, columns);
            if (difference.isEmpty())
                return Verdict::Unchanged;
            // Corrections are made in the household form, where each is checked and dated, not by import.
            imported.errors.append(
                {imported.firstRow, columns.columnName(RosterField::HouseholdNumber),
                 tr("Household %1 is already in the database with other details (%2); correct "
                    "it in the household form.")
                     .arg(m_existingNumbers.value(existing), difference)});
            return Verdict::Reject;
        }
    }

    const QString idColumn = columns.columnName(RosterField::IdNumber);
    for (int i = 0; i < keys.size(); ++i) {
        const quint64 k = keys.at(i);
        if (!k)
            continue;
        const int row = imported.members.at(i).row;
        const auto earlier = m_rowOfIdInFile.constFind(k);
        if (earlier != m_rowOfIdInFile.constEnd() && *earlier != row) {
            imported.errors.append(
                {row, idColumn, tr("This ID number already appears in row %1 of the file.").arg(*earlier)});
            continue;
        }
        m_rowOfIdInFile.insert(k, row);
        if (const qint64 holder = m_householdOfExistingId.value(k, 0))
            imported.errors.append({row, idColumn,
                                    tr("This ID number is already registered, in household %1.")
                                        .arg(m_existingNumbers.value(holder))});
    }
    if (existing && numberGiven)
        imported.errors.append(
            {imported.firstRow, columns.columnName(RosterField::HouseholdNumber),
             tr("Household number %1 is already in the database with other members.").arg(h.number)});
    return imported.errors.isEmpty() ? Verdict::Write : Verdict::Reject;
}

QString ImportChecker::differenceFromStored(qint64 householdId, const ImportedHousehold& imported,
                                            const HouseholdAssembler& columns) const
{
    const std::optional<Household> stored = registry::HouseholdRepository(m_db).household(householdId);
    if (!stored)
        return tr("it could not be read");
    auto differs = [&](RosterField field, const QString& before, const QString& after) {
        return columns.hasColumn(field) && before != after
                   ? tr("%1: %2 → %3").arg(columns.columnName(field), before, after)
                   : QString();
    };
    auto isoDate = [](QDate d) { return d.toString(Qt::ISODate); };
    const Household& file = imported.household;
    for (const QString& d :
         {differs(RosterField::OriginCounty, stored->originCountyCode, file.originCountyCode),
          differs(RosterField::OriginTownship, stored->originTownship, file.originTownship),
          differs(RosterField::OriginVillage, stored->originVillage, file.originVillage),
          differs(RosterField::RelocationDate, isoDate(stored->relocationDate), isoDate(file.relocationDate)),
          differs(RosterField::HouseholdPhone, stored->phone, file.phone)}) {
        if (!d.isEmpty())
            return d;
    }
    for (const Person& p : file.members) {
        const auto s = std::find_if(stored->members.cbegin(), stored->members.cend(),
                                    [&](const Person& x) { return x.idNumber == p.idNumber; });
        if (s == stored->members.cend())
            return tr("%1 is not a member there").arg(p.name);
        for (const QString& d :
             {differs(RosterField::Name, s->name, p.name),
              differs(RosterField::Relationship, enumLabel(s->relationship), enumLabel(p.relationship)),
              differs(RosterField::Ethnicity, s->ethnicityCode, p.ethnicityCode),
              differs(RosterField::Education, enumLabel(s->education), enumLabel(p.education)),
              differs(RosterField::Health, enumLabel(s->health), enumLabel(p.health)),
              differs(RosterField::LabourCapacity, enumLabel(s->labourCapacity), enumLabel(p.labourCapacity)),
              differs(RosterField::Phone, s->phone, p.phone),
              differs(RosterField::PersonState, enumLabel(s->state), enumLabel(p.state)),
              differs(RosterField::StateDate, isoDate(s->stateDate), isoDate(p.stateDate))}) {
            if (!d.isEmpty())
                return d;
        }
    }
    return {};
}

} // namespace anju::exchange

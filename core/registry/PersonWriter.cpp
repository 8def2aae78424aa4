#include "registry/PersonWriter.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::registry {

namespace {

QString general()
{
    return QLatin1String(Field::General);
}

} // namespace

Outcome PersonWriter::staleHousehold(qint64 id, const QString& number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT updated_at FROM households WHERE id = ?"));
    q.addBindValue(id);
    QDateTime changed;
    if (q.exec() && q.next())
        changed = timestampFrom(q.value(0));
    if (!changed.isValid())
        return Outcome::failure(
            QLatin1String(Field::HouseholdVersion),
            tr("Someone else changed household %1 after you opened it; nothing was saved. "
               "Reload it to see their changes.")
                .arg(number));
    return Outcome::failure(
        QLatin1String(Field::HouseholdVersion),
        tr("Someone else changed household %1 at %2, after you opened it; nothing was saved. "
           "Reload it to see their changes.")
            .arg(number, changed.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

bool PersonWriter::run(QSqlQuery& query, Outcome& outcome, const QString& field, int row) const
{
    const SqlOutcome written = SqlRun::write(m_db, query);
    if (written)
        return true;
    const QSqlError& error = written.sqlError;
    if (m_db.dialect().isUniqueViolation(error.nativeErrorCode(), error.text())) {
        // The checks before the write saw no conflict, so another desk wrote the same value meanwhile.
        if (error.text().contains(QLatin1String("id_number")))
            outcome.add(QLatin1String(Field::PersonIdNumber),
                        tr("This ID number was just registered for another person at another desk."), row);
        else if (error.text().contains(QLatin1String("household_id")) ||
                 error.text().contains(QLatin1String("one_head")))
            outcome.add(QLatin1String(Field::PersonRelationship),
                        tr("The household already has a head of household (just saved at another desk)."),
                        row);
        else if (error.text().contains(QLatin1String("number")))
            outcome.add(QLatin1String(Field::HouseholdNumber),
                        tr("This household number was just used at another desk."));
        else
            outcome.add(field.isEmpty() ? general() : field,
                        tr("The value is already used: %1").arg(error.text()), row);
        return false;
    }
    if (m_db.dialect().isDiskFull(error.nativeErrorCode(), error.text())) {
        outcome.add(general(),
                    tr("The disk is full: nothing was saved. Free some space on the disk and save again."));
        return false;
    }
    outcome.add(general(), tr("The database refused the change; nothing was saved (%1).").arg(error.text()));
    return false;
}

Outcome PersonWriter::checkHousehold(const Household& household) const
{
    Outcome outcome;
    QSqlQuery q(m_db.connection());
    if (household.id > 0) {
        // A stale form is refused before anything else: its other complaints would only confuse.
        q.prepare(QStringLiteral("SELECT row_version FROM households WHERE id = ?") +
                  m_db.dialect().forUpdate());
        q.addBindValue(household.id);
        if (!q.exec() || !q.next())
            return Outcome::failure(QLatin1String(Field::HouseholdVersion),
                                    tr("The household no longer exists."));
        if (q.value(0).toInt() != household.rowVersion)
            return staleHousehold(household.id, household.number);
    }
    q.prepare(QStringLiteral("SELECT 1 FROM households WHERE number = ? AND id <> ?"));
    q.addBindValue(household.number);
    q.addBindValue(household.id);
    if (q.exec() && q.next())
        outcome.add(QLatin1String(Field::HouseholdNumber),
                    tr("Another household already has the number %1.").arg(household.number));

    q.prepare(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"));
    q.addBindValue(household.siteId);
    if (!q.exec() || !q.next())
        outcome.add(QLatin1String(Field::HouseholdSite), tr("The chosen site no longer exists."));

    if (household.dwellingId > 0) {
        q.prepare(QStringLiteral("SELECT b.site_id FROM dwellings d JOIN building_units u ON u.id = d.unit_id"
                                 " JOIN buildings b ON b.id = u.building_id WHERE d.id = ?"));
        q.addBindValue(household.dwellingId);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() != household.siteId)
            outcome.add(QLatin1String(Field::HouseholdDwelling),
                        tr("The dwelling is not in the chosen site."));
        q.prepare(QStringLiteral(
            "SELECT number FROM households WHERE dwelling_id = ? AND id <> ? AND state = 'active'"));
        q.addBindValue(household.dwellingId);
        q.addBindValue(household.id);
        if (q.exec() && q.next())
            outcome.add(QLatin1String(Field::HouseholdDwelling),
                        tr("This dwelling is already the home of household %1.").arg(q.value(0).toString()));
    }

    QSet<qint64> kept;
    for (int row = 0; row < household.members.size(); ++row) {
        const Person& person = household.members.at(row);
        kept.insert(person.id);
        q.prepare(
            QStringLiteral("SELECT p.name, h.number FROM persons p JOIN households h ON h.id = p.household_id"
                           " WHERE p.id_number = ? AND p.id <> ?"));
        q.addBindValue(person.idNumber);
        q.addBindValue(person.id);
        if (q.exec() && q.next())
            outcome.add(
                QLatin1String(Field::PersonIdNumber),
                tr("This ID number already belongs to %1 of household %2: one person is registered once.")
                    .arg(q.value(0).toString(), q.value(1).toString()),
                row);
        if (person.id > 0) {
            q.prepare(QStringLiteral("SELECT household_id FROM persons WHERE id = ?"));
            q.addBindValue(person.id);
            if (!q.exec() || !q.next() || q.value(0).toLongLong() != household.id)
                outcome.add(QLatin1String(Field::PersonName),
                            tr("%1 is no longer a member of this household; reload it.").arg(person.name),
                            row);
        }
    }
    if (household.id > 0) {
        q.prepare(QStringLiteral("SELECT id, name FROM persons WHERE household_id = ?"));
        q.addBindValue(household.id);
        if (q.exec()) {
            while (q.next()) {
                if (!kept.contains(q.value(0).toLongLong()))
                    outcome.add(
                        QLatin1String(Field::HouseholdMembers),
                        tr("%1 cannot be removed: a member moves out, dies or moves to another household, "
                           "and stays on file.")
                            .arg(q.value(1).toString()));
            }
        }
    }
    return outcome;
}

qint64 PersonWriter::dwelling(qint64 unitId, const QString& room, Outcome& outcome) const
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM dwellings WHERE unit_id = ? AND room = ?"));
    find.addBindValue(unitId);
    find.addBindValue(room);
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO dwellings (unit_id, room) VALUES (?, ?)"));
    insert.addBindValue(unitId);
    insert.addBindValue(room);
    if (!run(insert, outcome, QLatin1String(Field::HouseholdDwelling)))
        return 0;
    return insert.lastInsertId().toLongLong();
}

bool PersonWriter::writeHousehold(Household& h, Outcome& outcome) const
{
    QSqlQuery q(m_db.connection());
    if (h.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO households (number, site_id, dwelling_id, origin_county_code,"
            " origin_township, origin_village, relocation_date, registration_moved,"
            " residence_permit, phone, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')"));
    } else {
        q.prepare(m_db.dialect().expand(
            QStringLiteral("UPDATE households SET number = ?, site_id = ?, dwelling_id = ?,"
                           " origin_county_code = ?, origin_township = ?, origin_village = ?,"
                           " relocation_date = ?, registration_moved = ?, residence_permit = ?, phone = ?,"
                           " row_version = row_version + 1, updated_at = ${NOW}"
                           " WHERE id = ? AND row_version = ?")));
    }
    q.addBindValue(sqlText(h.number));
    q.addBindValue(h.siteId);
    q.addBindValue(sqlId(h.dwellingId));
    q.addBindValue(sqlText(h.originCountyCode));
    q.addBindValue(sqlText(h.originTownship.trimmed()));
    q.addBindValue(sqlText(h.originVillage.trimmed()));
    q.addBindValue(sqlDate(h.relocationDate));
    q.addBindValue(h.registrationMoved ? 1 : 0);
    q.addBindValue(h.residencePermit ? 1 : 0);
    q.addBindValue(sqlText(h.phone));
    if (h.id != 0) {
        q.addBindValue(h.id);
        q.addBindValue(h.rowVersion);
    }
    if (!run(q, outcome, QLatin1String(Field::HouseholdNumber)))
        return false;
    if (h.id == 0) {
        h.id = q.lastInsertId().toLongLong();
        h.rowVersion = 1;
    } else if (q.numRowsAffected() == 0) {
        outcome.add(staleHousehold(h.id, h.number));
        return false;
    } else {
        ++h.rowVersion;
    }
    return true;
}

bool PersonWriter::writePerson(Person& p, int row, QDate joined, Outcome& outcome) const
{
    const bool isNew = p.id == 0;
    QSqlQuery q(m_db.connection());
    if (isNew) {
        q.prepare(
            QStringLiteral("INSERT INTO persons (name, id_number, sex, birth_date, relationship, ethnicity,"
                           " education, health, disability_grade, labour_capacity, in_school,"
                           " political_status, phone, household_id, state)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')"));
    } else {
        // State and household change only through moves, never through the form.
        q.prepare(m_db.dialect().expand(QStringLiteral(
            "UPDATE persons SET name = ?, id_number = ?, sex = ?, birth_date = ?, relationship = ?, "
            "ethnicity = ?,"
            " education = ?, health = ?, disability_grade = ?, labour_capacity = ?, in_school = ?,"
            " political_status = ?, phone = ?, row_version = row_version + 1, updated_at = ${NOW}"
            " WHERE household_id = ? AND id = ? AND row_version = ?")));
    }
    q.addBindValue(sqlText(p.name));
    q.addBindValue(p.idNumber);
    q.addBindValue(enumKey(p.sex));
    q.addBindValue(sqlDate(p.birthDate));
    q.addBindValue(enumKey(p.relationship));
    q.addBindValue(sqlText(p.ethnicityCode));
    q.addBindValue(enumKey(p.education));
    q.addBindValue(enumKey(p.health));
    q.addBindValue(p.disabilityGrade);
    q.addBindValue(enumKey(p.labourCapacity));
    q.addBindValue(p.inSchool ? 1 : 0);
    q.addBindValue(enumKey(p.politicalStatus));
    q.addBindValue(sqlText(p.phone));
    q.addBindValue(p.householdId);
    if (!isNew) {
        q.addBindValue(p.id);
        q.addBindValue(p.rowVersion);
    }
    if (!run(q, outcome, QLatin1String(Field::PersonIdNumber), row))
        return false;
    if (isNew) {
        p.id = q.lastInsertId().toLongLong();
        p.rowVersion = 1;
        QSqlQuery m(m_db.connection());
        m.prepare(QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date)"
                                 " VALUES (?, ?, ?, ?)"));
        m.addBindValue(p.id);
        m.addBindValue(p.householdId);
        m.addBindValue(enumKey(p.relationship));
        m.addBindValue(sqlDate(joined));
        return run(m, outcome, {}, row);
    }
    if (q.numRowsAffected() == 0) {
        outcome.add(
            QLatin1String(Field::HouseholdVersion),
            tr("Someone else changed %1 after you opened the household; nothing was saved. Reload it.")
                .arg(p.name),
            row);
        return false;
    }
    ++p.rowVersion;
    QSqlQuery m(m_db.connection());
    m.prepare(
        QStringLiteral("UPDATE memberships SET relationship = ? WHERE person_id = ? AND end_date IS NULL"));
    m.addBindValue(enumKey(p.relationship));
    m.addBindValue(p.id);
    return run(m, outcome, {}, row);
}

Outcome PersonWriter::checkLeaving(const Person& person, const Household& household, QDate date, QDate today,
                                   qint64 newHeadId) const
{
    Outcome outcome;
    const QString field = QLatin1String(Field::PersonDate);
    if (!date.isValid())
        return Outcome::failure(field, tr("Enter the date."));
    if (date > today)
        outcome.add(field, tr("The date %1 is in the future.").arg(date.toString(Qt::ISODate)));
    if (person.birthDate.isValid() && date < person.birthDate)
        outcome.add(field,
                    tr("The date %1 is before %2 was born.").arg(date.toString(Qt::ISODate), person.name));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT start_date FROM memberships WHERE person_id = ? AND end_date IS NULL"));
    q.addBindValue(person.id);
    if (q.exec() && q.next()) {
        const QDate start = dateFrom(q.value(0));
        if (start.isValid() && date < start)
            outcome.add(field,
                        tr("The date %1 is before %2 joined this household (%3).")
                            .arg(date.toString(Qt::ISODate), person.name, start.toString(Qt::ISODate)));
    }

    if (newHeadId < 0 || person.relationship != Relationship::Head)
        return outcome;
    bool othersRemain = false;
    bool successorValid = false;
    for (const Person& other : household.members) {
        if (other.id == person.id || !other.isActive())
            continue;
        othersRemain = true;
        successorValid = successorValid || other.id == newHeadId;
    }
    if (othersRemain && !successorValid)
        outcome.add(
            QLatin1String(Field::PersonRelationship),
            tr("%1 is the head of household: choose the member who becomes the new head.").arg(person.name));
    return outcome;
}

Outcome PersonWriter::checkJoining(const Person& person, const Household& source,
                                   const std::optional<Household>& target, Relationship relationship) const
{
    if (!target)
        return Outcome::failure(general(), tr("Choose the household %1 moves to.").arg(person.name));
    if (target->id == source.id)
        return Outcome::failure(general(),
                                tr("%1 already belongs to household %2.").arg(person.name, target->number));
    if (target->state != HouseholdState::Active)
        return Outcome::failure(general(), tr("Household %1 is no longer registered.").arg(target->number));
    if (relationship == Relationship::Head && target->head())
        return Outcome::failure(QLatin1String(Field::PersonRelationship),
                                tr("Household %1 already has a head of household (%2).")
                                    .arg(target->number, target->head()->name));
    return {};
}

bool PersonWriter::endStay(const Person& person, QDate date, MembershipEnd reason, Outcome& outcome) const
{
    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral(
        "UPDATE memberships SET end_date = ?, end_reason = ? WHERE person_id = ? AND end_date IS NULL"));
    m.addBindValue(sqlDate(date));
    m.addBindValue(enumKey(reason));
    m.addBindValue(person.id);
    if (!run(m, outcome))
        return false;
    if (reason == MembershipEnd::MovedToHousehold)
        return true;
    QSqlQuery p(m_db.connection());
    p.prepare(m_db.dialect().expand(QStringLiteral(
        "UPDATE persons SET state = ?, state_date = ?, row_version = row_version + 1, updated_at = ${NOW}"
        " WHERE id = ?")));
    p.addBindValue(reason == MembershipEnd::Deceased ? QStringLiteral("deceased")
                                                     : QStringLiteral("moved_away"));
    p.addBindValue(sqlDate(date));
    p.addBindValue(person.id);
    return run(p, outcome);
}

bool PersonWriter::startStay(const Person& person, const Household& target, Relationship relationship,
                             QDate date, Outcome& outcome) const
{
    QSqlQuery p(m_db.connection());
    p.prepare(m_db.dialect().expand(
        QStringLiteral("UPDATE persons SET household_id = ?, relationship = ?, row_version = row_version + 1,"
                       " updated_at = ${NOW} WHERE id = ?")));
    p.addBindValue(target.id);
    p.addBindValue(enumKey(relationship));
    p.addBindValue(person.id);
    if (!run(p, outcome, QLatin1String(Field::PersonRelationship)))
        return false;
    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date)"
                             " VALUES (?, ?, ?, ?)"));
    m.addBindValue(person.id);
    m.addBindValue(target.id);
    m.addBindValue(enumKey(relationship));
    m.addBindValue(sqlDate(date));
    if (!run(m, outcome))
        return false;
    QSqlQuery h(m_db.connection());
    h.prepare(QStringLiteral("UPDATE households SET row_version = row_version + 1 WHERE id = ?"));
    h.addBindValue(target.id);
    return run(h, outcome);
}

bool PersonWriter::makeHead(qint64 personId, Outcome& outcome) const
{
    for (const char* sql :
         {"UPDATE persons SET relationship = 'head', row_version = row_version + 1 WHERE id = ?",
          "UPDATE memberships SET relationship = 'head' WHERE person_id = ? AND end_date IS NULL"}) {
        QSqlQuery q(m_db.connection());
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(personId);
        if (!run(q, outcome, QLatin1String(Field::PersonRelationship)))
            return false;
    }
    return true;
}

bool PersonWriter::closeHouseholdIfEmpty(const Household& household, QDate date, MembershipEnd reason,
                                         Outcome& outcome) const
{
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM persons WHERE household_id = ? AND state = 'active'"));
    count.addBindValue(household.id);
    if (!run(count, outcome) || !count.next())
        return false;
    const bool empty = count.value(0).toInt() == 0;
    QSqlQuery h(m_db.connection());
    if (empty) {
        h.prepare(
            QStringLiteral("UPDATE households SET state = ?, state_date = ?, row_version = row_version + 1"
                           " WHERE id = ?"));
        h.addBindValue(reason == MembershipEnd::MovedAway ? QStringLiteral("moved_away")
                                                          : QStringLiteral("dissolved"));
        h.addBindValue(sqlDate(date));
    } else {
        h.prepare(QStringLiteral("UPDATE households SET row_version = row_version + 1 WHERE id = ?"));
    }
    h.addBindValue(household.id);
    return run(h, outcome);
}

} // namespace anju::registry

#include "registry/SearchCondition.h"

#include "access/IdentityMask.h"
#include "database/Database.h"
#include "domain/IdNumber.h"
#include "registry/HouseholdRules.h"
#include "registry/SearchIndex.h"

namespace anju::registry {

namespace {

bool hasHan(const QString& text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

bool hasLetterOrDigit(const QString& text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// What a search that can name nobody adds to the WHERE clause (both engines).
SqlCondition nothing()
{
    return {QStringLiteral("1 = 0"), {}};
}

bool isNumberText(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit() && c != u'X')
            return false;
    }
    return true;
}

QString contains(const Database& db, const char* column)
{
    return db.dialect().containsCondition(QLatin1String(column), QStringLiteral("?"));
}

// Persons and households whose numbers or phones contain a fragment of 3 characters or more: FTS5
// trigrams on SQLite, LIKE through pg_trgm's GIN indexes on PostgreSQL.
SqlCondition personsByNumber(const Database& db, const QString& fragment)
{
    if (db.dialect().engine() == SqlDialect::Engine::Sqlite)
        return {QStringLiteral("SELECT rowid FROM person_number_index WHERE person_number_index MATCH ?"),
                {SearchIndex::trigramPhrase(fragment)}};
    const QString like = SqlDialect::escapeLike(fragment);
    return {QStringLiteral("SELECT id FROM persons WHERE ") + contains(db, "id_number") +
                QStringLiteral(" OR ") + contains(db, "phone"),
            {like, like}};
}

SqlCondition householdsByNumber(const Database& db, const QString& fragment)
{
    if (db.dialect().engine() == SqlDialect::Engine::Sqlite)
        return {
            QStringLiteral("SELECT rowid FROM household_number_index WHERE household_number_index MATCH ?"),
            {SearchIndex::trigramPhrase(fragment)}};
    const QString like = SqlDialect::escapeLike(fragment);
    return {QStringLiteral("SELECT id FROM households WHERE ") + contains(db, "number") +
                QStringLiteral(" OR ") + contains(db, "phone"),
            {like, like}};
}

// Households whose number (never their phone) contains the fragment: what a role that sees IDs and phones
// masked may search by digits (IdentityMask::searchesHouseholdNumbersOnly).
SqlCondition householdNumbersOnly(const Database& db, const QString& fragment)
{
    if (fragment.size() >= SearchIndex::MinTrigramLength &&
        db.dialect().engine() == SqlDialect::Engine::Sqlite)
        return {
            QStringLiteral("SELECT rowid FROM household_number_index WHERE household_number_index MATCH ?"),
            {QString(QStringLiteral("number : ") + SearchIndex::trigramPhrase(fragment))}};
    return {QStringLiteral("SELECT id FROM households WHERE ") + contains(db, "number"),
            {SqlDialect::escapeLike(fragment)}};
}

// The text as household numbers are written: full-width forms as ASCII, no spaces around.
QString householdNumberText(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_KC);
}

// `format` with %1 and %2 replaced by the persons' and the households' subqueries, values in order.
SqlCondition byNumber(const QString& format, const SqlCondition& persons, const SqlCondition& households)
{
    return {format.arg(persons.sql, households.sql), persons.values + households.values};
}

// PostgreSQL turns "x IN (…) OR y IN (…)" into a scan of the whole table with both lists hashed; one list
// of ids (a UNION) lets it look the matches up by primary key. SQLite does well with either form.
bool oneIdList(const Database& db)
{
    return db.dialect().engine() == SqlDialect::Engine::PostgreSql;
}

// Both engines keep the same gram table for names.
bool indexed(const Database&)
{
    return true;
}

} // namespace

SearchCondition::Kind SearchCondition::kindOf(const QString& text)
{
    const QString name = HouseholdRules::normalizeName(text.trimmed());
    if (name.isEmpty())
        return Kind::None;
    // Punctuation alone would otherwise become an empty fragment of digits (' and - are dropped from
    // numbers), which every ID number contains.
    if (!hasLetterOrDigit(name))
        return Kind::Unmatchable;
    if (hasHan(name))
        return Kind::Name;
    // A hyphen is part of household numbers (430524001-0001), only a separator in IDs and phones.
    const bool hyphen = text.contains(u'-');
    const QString number = IdNumber::normalizeText(text);
    if (number.size() < SearchIndex::MinTrigramLength)
        return Kind::Scan;
    return isNumberText(number) && !hyphen ? Kind::Number : Kind::HouseholdNumber;
}

SqlCondition SearchCondition::forHouseholds(const Database& db, const QString& text)
{
    const Kind kind = kindOf(text);
    const QString name = HouseholdRules::normalizeName(text.trimmed());
    const QString number = IdNumber::normalizeText(text);
    if (kind == Kind::None)
        return {};
    if (kind == Kind::Unmatchable)
        return nothing();
    if (IdentityMask::searchesHouseholdNumbersOnly(db.session(), text)) {
        const SqlCondition households = householdNumbersOnly(db, householdNumberText(text));
        return {QStringLiteral("h.id IN (%1)").arg(households.sql), households.values};
    }
    if (indexed(db) && kind == Kind::Name) {
        // One or two characters are a range of the grams; longer fragments filter their first pair's range.
        if (name.size() <= 2)
            return {QStringLiteral("h.id IN (SELECT household_id FROM person_name_grams WHERE gram = ?)"),
                    {SearchIndex::gramFor(name)}};
        return {
            QStringLiteral(
                "h.id IN (SELECT g.household_id FROM person_name_grams g JOIN persons m ON m.id = g.person_id"
                " WHERE g.gram = ? AND ") +
                contains(db, "m.name") + QStringLiteral(")"),
            {SearchIndex::gramFor(name), SqlDialect::escapeLike(name)}};
    }
    if (indexed(db) && kind == Kind::Number)
        return byNumber(oneIdList(db) ? QStringLiteral("h.id IN (SELECT m.household_id FROM persons m WHERE m.id IN (%1)"
                                                       " UNION %2)")
                                      : QStringLiteral("(h.id IN (SELECT m.household_id FROM persons m WHERE m.id IN "
                                                       "(%1)) OR h.id IN (%2))"),
                        personsByNumber(db, number), householdsByNumber(db, number));
    if (indexed(db) && kind == Kind::HouseholdNumber) {
        const SqlCondition households = householdsByNumber(db, text.trimmed());
        return {QStringLiteral("h.id IN (%1)").arg(households.sql), households.values};
    }

    // Fragments too short for the index (one or two digits) and engines without it: a scan.
    const QString digits = SqlDialect::escapeLike(number);
    const QString like = SqlDialect::escapeLike(name);
    return {QStringLiteral("(") + contains(db, "h.number") + QStringLiteral(" OR ") +
                contains(db, "h.phone") +
                QStringLiteral(" OR EXISTS (SELECT 1 FROM persons m WHERE m.household_id = h.id AND (") +
                contains(db, "m.name") + QStringLiteral(" OR ") + contains(db, "m.id_number") +
                QStringLiteral(" OR ") + contains(db, "m.phone") + QStringLiteral(")))"),
            {SqlDialect::escapeLike(text.trimmed()), digits, like, digits, digits}};
}

SqlCondition SearchCondition::countPersonsFromIndex(const Database& db, const QString& text)
{
    const QString name = HouseholdRules::normalizeName(text.trimmed());
    if (!indexed(db) || kindOf(text) != Kind::Name || name.size() > 2)
        return {};
    return {QStringLiteral("SELECT COUNT(*) FROM person_name_grams WHERE gram = ?"),
            {SearchIndex::gramFor(name)}};
}

SqlCondition SearchCondition::forPersons(const Database& db, const QString& text)
{
    const Kind kind = kindOf(text);
    const QString name = HouseholdRules::normalizeName(text.trimmed());
    const QString number = IdNumber::normalizeText(text);
    if (kind == Kind::None)
        return {};
    if (kind == Kind::Unmatchable)
        return nothing();
    if (IdentityMask::searchesHouseholdNumbersOnly(db.session(), text)) {
        const SqlCondition households = householdNumbersOnly(db, householdNumberText(text));
        return {QStringLiteral("p.household_id IN (%1)").arg(households.sql), households.values};
    }
    if (indexed(db) && kind == Kind::Name) {
        if (name.size() <= 2)
            return {QStringLiteral("p.id IN (SELECT person_id FROM person_name_grams WHERE gram = ?)"),
                    {SearchIndex::gramFor(name)}};
        return {QStringLiteral("p.id IN (SELECT person_id FROM person_name_grams WHERE gram = ?) AND ") +
                    contains(db, "p.name"),
                {SearchIndex::gramFor(name), SqlDialect::escapeLike(name)}};
    }
    // A whole, valid ID number is one entry of the unique index.
    if (kind == Kind::Number && number.size() == 18 && IdNumber::parse(number).isValid())
        return {QStringLiteral("p.id_number = ?"), {number}};
    if (indexed(db) && kind == Kind::Number)
        return byNumber(oneIdList(db) ? QStringLiteral("p.id IN (%1 UNION SELECT m.id FROM persons m WHERE"
                                                       " m.household_id IN (%2))")
                                      : QStringLiteral("(p.id IN (%1) OR p.household_id IN (%2))"),
                        personsByNumber(db, number), householdsByNumber(db, number));
    if (indexed(db) && kind == Kind::HouseholdNumber) {
        const SqlCondition households = householdsByNumber(db, text.trimmed());
        return {QStringLiteral("p.household_id IN (%1)").arg(households.sql), households.values};
    }
    const QString digits = SqlDialect::escapeLike(number);
    return {QStringLiteral("(") + contains(db, "p.name") + QStringLiteral(" OR ") +
                contains(db, "p.id_number") + QStringLiteral(" OR ") + contains(db, "p.phone") +
                QStringLiteral(")"),
            {SqlDialect::escapeLike(name), digits, digits}};
}

SqlCondition SearchCondition::forMatchedPersons(const Database& db, const QString& text)
{
    const Kind kind = kindOf(text);
    if (kind == Kind::Name || kind == Kind::Scan)
        return forPersons(db, text); // both look at the person's own name, ID number and phone
    if (kind != Kind::Number)
        return {};
    const QString number = IdNumber::normalizeText(text);
    if (number.size() == 18 && IdNumber::parse(number).isValid())
        return {QStringLiteral("p.id_number = ?"), {number}};
    const SqlCondition persons = personsByNumber(db, number);
    return {QStringLiteral("p.id IN (%1)").arg(persons.sql), persons.values};
}

} // namespace anju::registry

#pragma once

#include <QString>
#include <QVariantList>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// An SQL condition with its bound values, to AND into a WHERE clause.
struct SqlCondition
{
    QString sql;
    QVariantList values;
    bool isEmpty() const { return sql.isEmpty(); }
};

// Turns what a clerk typed into the search box into a condition that uses the search index: Chinese
// text searches names (any fragment), digits search ID numbers and phones, other text household numbers.
// Text with no letter or digit (only punctuation, such as ' or -) names nobody and matches nothing.
class SearchCondition
{
public:
    // None: nothing typed, no condition. Unmatchable: text that can name nobody.
    enum class Kind
    {
        None,
        Unmatchable,
        Name,
        Number,
        HouseholdNumber,
        Scan
    };
    static Kind kindOf(const QString& text);

    // Households (alias h) with a member, number or phone matching the text.
    static SqlCondition forHouseholds(const Database& db, const QString& text);
    // Persons (alias p) whose name, ID number or phone matches, or whose household number does.
    static SqlCondition forPersons(const Database& db, const QString& text);
    // Persons (alias p) whose own name, ID number or phone matches: the member a search found in a
    // household, not everyone of a household whose number or phone matched. Empty when the text names
    // no person (nothing typed, or a household number).
    static SqlCondition forMatchedPersons(const Database& db, const QString& text);
    // A whole query counting those persons from the index alone, when it can (a name fragment of one
    // or two characters: one range of the grams, without reading 48,000 persons for 王); else empty.
    static SqlCondition countPersonsFromIndex(const Database& db, const QString& text);
};

} // namespace anju::registry

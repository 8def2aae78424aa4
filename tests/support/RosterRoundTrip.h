#pragma once

#include <QString>
#include <QStringList>

namespace anju {
class Database;
}

namespace anju::test {

class TestDatabase;

// Fills a test database with households that use every field the roster layout carries: a member who
// moved away and one who died, each with the date; a household that moved away; minority ethnicities
// and a minority name with ·; members with their own phones and a household phone without the head's;
// a second site; dwellings in both units. 4 households, 17 persons. Returns what went wrong, if anything.
QString fillRoundTripSource(TestDatabase& source);

// Every difference, one line each, between the households and persons of two databases in the fields
// the roster layout carries (matched by household number and ID number).
QStringList rosterDifferences(const Database& from, const Database& to);

} // namespace anju::test

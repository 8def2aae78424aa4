#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

struct PartyMember;

// What a name written in a roster's 培养联系人 or 入党介绍人 column stands for on the step's day.
struct HelperMatch
{
    enum class Kind
    {
        Linked,     // exactly one full member of that name: memberId
        Ambiguous,  // two or more full members share the name (in the branch, or in the office)
        NotFound,   // no member of that name at all
        NotYetFull, // members of that name, none of them a full member in good standing on the day
    };
    Kind kind = Kind::NotFound;
    qint64 memberId = 0;
    int candidates = 0; // Ambiguous: how many full members share the name; NotYetFull: members of the name
    QDate earliestFull; // NotYetFull: the first day one of them is a full member (null when none is yet)
};

// Finds the member a mentor's or sponsor's name means: a full member (PartyRules::fullMemberSince, in a
// normal or mobile state) on the step's day, first among the members of the branch on that day, then
// among every member of the office. A name is only a link when it is one member: two members may share
// a name, and a wrong link would make one member another's mentor on the record. Members are read once
// per name (an office has tens of thousands).
class HelperLookup
{
public:
    explicit HelperLookup(const Database& db) : m_db(db) {}

    HelperMatch find(const QString& name, qint64 branchId, QDate day);

private:
    const QList<PartyMember>& membersNamed(const QString& name);

    const Database& m_db;
    QHash<QString, QList<PartyMember>> m_byName;
};

} // namespace anju::party

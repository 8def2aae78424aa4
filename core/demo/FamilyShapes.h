#pragma once

#include "demo/DemoRandom.h"
#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju::demo {

// One member of a demo household before names, ID numbers and traits are drawn.
struct FamilyMember
{
    Relationship relationship = Relationship::Other;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString surname;
    bool marriedIn = false; // a spouse or child-in-law: born elsewhere, maybe of another ethnic group
};

// The shapes relocated households have: a head with spouse and children, three generations under an
// older head, grandparents raising grandchildren whose parents work away, singles and elderly couples.
// Birth dates keep every parent at least 20 years older than their children.
class FamilyShapes
{
public:
    // 1–7 members, mean about 3.6 (the national figure for relocated homes).
    static int drawSize(Random& random);
    // The members, head first. The family may come out smaller than `size` when ages do not fit.
    static QList<FamilyMember> compose(Random& random, int size, QDate today);
};

} // namespace anju::demo

#pragma once

#include "demo/DemoRandom.h"
#include "domain/Enums.h"

#include <QString>

namespace anju::demo {

// Chinese names in the style of rural Hunan: surnames by how common they are there, given names by sex
// and by the years the person was born in (建国 and 秀英 are older than 子轩 and 欣怡).
class ChineseNames
{
public:
    static QString surname(Random& random);
    // A surname other than `other` (a wife keeps her own).
    static QString otherSurname(Random& random, const QString& other);
    static QString givenName(Random& random, Sex sex, int birthYear);
};

} // namespace anju::demo

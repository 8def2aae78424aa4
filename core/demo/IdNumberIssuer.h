#pragma once

#include "demo/DemoRandom.h"
#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <unordered_map>

namespace anju::demo {

// Hands out valid GB 11643 numbers that are unique within one demo run: the sequence numbers of each
// county and birth date are tracked in memory (odd for men, even for women, as the standard says).
class IdNumberIssuer
{
public:
    explicit IdNumberIssuer(Random& random) : m_random(random) {}

    // A number for someone registered in `countyCode` (six digits) with this birth date and sex. When a
    // day's sequence numbers are used up the birth date moves one day earlier, so `birthDate` may change.
    QString issue(const QString& countyCode, QDate& birthDate, Sex sex);

private:
    struct NextSequence
    {
        int male = 0;
        int female = 0;
    };
    Random& m_random;
    std::unordered_map<quint64, NextSequence> m_next;
};

} // namespace anju::demo

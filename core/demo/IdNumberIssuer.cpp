#include "demo/IdNumberIssuer.h"

#include "domain/IdNumber.h"

#include <cstdio>

namespace anju::demo {

QString IdNumberIssuer::issue(const QString& countyCode, QDate& birthDate, Sex sex)
{
    const bool male = sex == Sex::Male;
    const quint64 county = countyCode.toULongLong();
    for (;;) {
        const quint64 key = county * 10'000'000ULL + quint64(birthDate.toJulianDay());
        auto [it, isNew] = m_next.try_emplace(key);
        if (isNew) {
            // Police stations do not start at 001 everywhere: begin somewhere in the first few hundred.
            it->second.male = 2 * m_random.between(0, 150) + 1;
            it->second.female = 2 * m_random.between(0, 150) + 2;
        }
        int& next = male ? it->second.male : it->second.female;
        if (next > 999) {
            birthDate = birthDate.addDays(-1);
            continue;
        }
        const int sequence = next;
        next += 2 * m_random.between(1, 3);

        char digits[32];
        std::snprintf(digits, sizeof digits, "%06llu%04d%02d%02d%03d",
                      static_cast<unsigned long long>(county), birthDate.year(), birthDate.month(),
                      birthDate.day(), sequence);
        QString number = QString::fromLatin1(digits, 17);
        number.append(IdNumber::checkCharacter(number));
        return number;
    }
}

} // namespace anju::demo

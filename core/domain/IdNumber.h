#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace anju {

// A resident ID number under GB 11643-1999, parsed from what a clerk typed or pasted.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(anju::IdNumber)

public:
    enum class Problem {
        None,
        Empty,
        LooksLikeFloat, // Excel turned the number into 4.30524E+17: never guessed back
        BadCharacters,
        BadLength,
        BadAddressCode,
        BadBirthDate,
        FutureBirthDate,
        BadCheckCharacter,
    };

    // Normalizes (full-width digits, lower-case x, spaces, hyphens), converts 15 to 18 digits and checks.
    // `today` is the date against which a future birth date is refused.
    static IdNumber parse(QStringView input, QDate today = QDate::currentDate());
    // Full-width to half-width, spaces removed, x upper-cased; no check.
    static QString normalizeText(QStringView input);
    // The check character for the first 17 digits, or a null QChar if they are not 17 digits.
    static QChar checkCharacter(QStringView first17);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // The reason it is invalid, in the user's language; empty when valid.
    QString errorMessage() const;

    QString text() const { return m_text; } // normalized 18 characters when valid
    QString input() const { return m_input; }
    bool convertedFrom15() const { return m_convertedFrom15; }
    Sex sex() const { return m_sex; }
    QDate birthDate() const { return m_birthDate; }
    QString addressCode() const { return m_text.left(6); }
    // 430524********1234: for roles that need not see the whole number.
    static QString masked(const QString& normalized);

private:
    QString m_input;
    QString m_text;
    Problem m_problem = Problem::Empty;
    Sex m_sex = Sex::Unknown;
    QDate m_birthDate;
    bool m_convertedFrom15 = false;
};

} // namespace anju

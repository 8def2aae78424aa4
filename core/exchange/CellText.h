#pragma once

#include "domain/Violation.h"
#include "spreadsheet/TableReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace anju::exchange {

// A date read from a cell; a year and month alone (1985.03) is the 1st of the month with `monthOnly` set.
struct CellDate
{
    QDate date;
    bool monthOnly = false;
};

// A number typed into a text cell, read exactly: its magnitude in units of 10^-places (1.2万 with two places
// is 1200000), or why it is not one.
struct TypedNumber
{
    enum class Reading
    {
        Number,
        NotANumber,
        TooManyDecimals, // more decimals than `places` (trailing zeros aside)
        TooLarge,        // more than 15 digits before the point
    };
    Reading reading = Reading::NotANumber;
    bool negative = false;
    qint64 units = 0;

    bool isNumber() const { return reading == Reading::Number; }
};

// Reads typed values out of roster cells the way offices fill them in Excel and WPS.
// These run for several cells of every row of an import (280,000 households): a Result that succeeds
// allocates nothing (its violation list stays empty, and an empty QList holds no memory), so the row loop
// pays for a message only where a cell is wrong, as it did with a QString* beside the value.
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::CellText)

public:
    // The text of a cell, trimmed (also of full-width spaces at the ends).
    static QString text(const CellValue& cell);
    // Full-width digits, letters and punctuation (１２３４．５，－) as their ASCII forms, and the ideographic
    // space as a space: what a Chinese input method types when its full-width mode is on.
    static QString halfWidth(const QString& text);
    // A number as offices type it into a text cell: full-width or not, spaces anywhere, thousands
    // separators (1,200.50, 1，200), Excel's text marker (a leading apostrophe: '1200), a sign, and 万 for
    // ten thousands (1.2万). Integer arithmetic on the digits: no floating-point rounding.
    static TypedNumber number(const QString& text, int places);
    // A date from an Excel serial (date-formatted or not) or from text: 1985-03-12, 1985.03.12,
    // 1985/3/12, 19850312, 1985年3月12日, and year-month forms (1985.03, 1985年3月) as the 1st of
    // the month with `monthOnly` set. Fails with a message (user's language) when it is not a date.
    static Result<CellDate> date(const CellValue& cell, bool date1904);
    // A phone number: digits of a number cell, or text; refuses a number Excel rounded (1.39E+10).
    static Result<QString> phone(const CellValue& cell);
    // A Shaoyang county name (隆回县, 隆回) or a six-digit code as the code; empty when unknown.
    static QString countyCode(const QString& text);
    // The official name of a Shaoyang county code (430524 → 隆回县); empty for other codes.
    static QString countyName(const QString& code);
};

} // namespace anju::exchange

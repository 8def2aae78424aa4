#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QString>

namespace anju::grids {

// The code printed on each row of a visit sheet (and drawn as its Code 128 barcode), which the quick-entry
// screen takes back, typed by hand or from a USB barcode scanner (a scanner types like a keyboard and ends
// with Enter).
//
// Format: "V", the visit task's id in decimal, and one check digit (Damm), e.g. task 572 → "V5724".
// - The prefix tells a sheet's code from the other numbers a desk scans or types (an 18-digit ID card,
//   a household number): those are refused as "not a sheet code" instead of naming some task by chance.
// - Only a letter and digits: Code 128 B draws them compactly, and a scanner types them on any layout.
//   Lower case and full-width forms (Ｖ５７２４, typed while a Chinese input method is on) are read the
//   same; spaces and hyphens are ignored.
// - Damm's check digit catches every single mistyped digit and every swap of two neighbouring digits
//   (Luhn misses 09↔90), with one decimal digit that anyone can type.
// - The task id, not a row number: the code stays valid however the sheet is sorted or reprinted, and
//   the task's own state (open, answered, cancelled) decides what the code may still do.
class VisitSheetCode
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::VisitSheetCode)

public:
    static QString encode(qint64 taskId);
    // The task id of a code, or why the text is not one (field Field::VisitTaskField), in the user's words.
    static Result<qint64> decode(const QString& text);
    // The Damm check digit of a string of decimal digits.
    static int checkDigit(QStringView digits);
};

} // namespace anju::grids

#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace anju {

class ZipArchive;

// Which cell formats of a workbook (xl/styles.xml, <cellXfs>) show numbers as dates: Excel stores a
// date as a serial number, and only its number format tells that 31118 means 1985-03-12.
class XlsxStyles
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxStyles)

public:
    // An absent part means no formats at all (every number is plain).
    [[nodiscard]] Outcome load(const ZipArchive& zip, const QString& part);

    bool isDateStyle(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles.at(styleIndex);
    }

    static bool isBuiltInDateFormat(int numFmtId);
    // True for a custom format code that shows a date or time part (y, m, d, e, h, s) outside quoted
    // text, [brackets] and escapes: "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy/m/d", not "0.00E+00".
    static bool isDateFormatCode(QStringView code);

private:
    QList<bool> m_dateStyles;
};

} // namespace anju

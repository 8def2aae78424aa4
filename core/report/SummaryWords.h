#pragma once

#include "report/MonthlySummary.h"

#include <QCoreApplication>

namespace anju::report {

// The words around the figures of a printed or exported summary (title, reporting unit, signature lines),
// shared by the PDF, the print preview and the .xlsx so that they read the same.
class SummaryWords
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::SummaryWords)

public:
    static QString title(const MonthlySummary& summary);
    static QString reportingUnit(const MonthlySummary& summary); // "填报单位：…"
    static QString month(const MonthlySummary& summary);         // "统计月份：2026年10月"
    static QString figureHeader();
    static QString valueHeader();
    static QString previousHeader();
    static QString changeHeader();
    static QString preparedBy();
    static QString reviewedBy();
    static QString approvedBy();
    static QString printDate(QDate date);
    static QString noRows();
    // A change with its sign: "+3", "-2", "0".
    static QString signedChange(qint64 change);
};

} // namespace anju::report

#pragma once

#include "report/MonthlySummary.h"

namespace anju::report {

// The summary as the HTML that QTextDocument lays out on A4 pages for the print preview, the printer and
// the PDF: every table has a <thead>, which QTextDocument repeats on each page the table runs onto.
class SummaryHtml
{
public:
    static QString write(const MonthlySummary& summary, QDate printDate = QDate::currentDate());
};

} // namespace anju::report

#pragma once

#include "domain/Violation.h"
#include "report/MonthlySummary.h"

#include <QCoreApplication>

namespace anju::report {

// Writes the summary as .xlsx in the layout offices file: title, reporting unit and month, each section's
// figures (this month, last month, change) and tables, signature lines 填表人 / 审核人 / 负责人 and the
// print date; A4 portrait, fitted to the page width, page numbers in the footer.
class SummaryXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::SummaryXlsxWriter)

public:
    static Outcome write(const MonthlySummary& summary, const QString& path,
                         QDate printDate = QDate::currentDate());
};

} // namespace anju::report

#pragma once

#include "report/MonthlySummary.h"

#include <QCoreApplication>

class QWidget;

namespace anju {

// What the manager does with a summary on screen: print preview and print, save as PDF or .xlsx. Files
// are written off the GUI thread behind a busy progress dialog (a province's summary lists thousands of
// sites).
class SummaryOutput
{
    Q_DECLARE_TR_FUNCTIONS(anju::SummaryOutput)

public:
    static void printPreview(QWidget* parent, const report::MonthlySummary& summary);
    // Asks for the file (FileDialog) and writes it; the path written, or empty when cancelled or failed.
    static QString exportPdf(QWidget* parent, const report::MonthlySummary& summary);
    static QString exportXlsx(QWidget* parent, const report::MonthlySummary& summary);
    // The file offered: 月度汇总-2026-10.pdf (with the site's code for one site) in the folder the last
    // export went to.
    static QString suggestedName(const report::MonthlySummary& summary, const QString& suffix);

private:
    static bool write(QWidget* parent, const report::MonthlySummary& summary, const QString& path, bool pdf);
};

} // namespace anju

#pragma once

#include "domain/Violation.h"
#include "report/MonthlySummary.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace anju {

// The monthly summary laid out for A4 pages: the same document for the print preview, the printer and the
// PDF. Needs a QGuiApplication (fonts); Noto CJK, which the PDF embeds, is asked for by name.
class SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(anju::SummaryDocument)

public:
    static std::unique_ptr<QTextDocument> make(const report::MonthlySummary& summary,
                                               QDate printDate = QDate::currentDate());
    // Lays the summary out on the device's pages (a QPrinter or a QPdfWriter), "第 X 页 共 Y 页" at the foot.
    static void print(const report::MonthlySummary& summary, QPagedPaintDevice* device,
                      QDate printDate = QDate::currentDate());
    // The foot of a page: "Page 1 of 3" (第 1 页 共 3 页).
    static QString pageFooter(int page, int pageCount);
    static Outcome writePdf(const report::MonthlySummary& summary, const QString& path,
                            QDate printDate = QDate::currentDate());
};

} // namespace anju

#pragma once

#include "domain/Violation.h"
#include "grids/VisitSheet.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace anju {

// The month's visit sheet 走访表 on A4 portrait pages, drawn with QPainter: a header on every page (office,
// whose sheet, month, page N of M), then one box per row with the household, the persons to see and their
// marks, the task and its window, the last visit, the row's Code 128 barcode and code, and blank fields to
// fill by hand (visit date, whom they saw, what they found, follow-up, signature). A row is never split
// across pages. Needs a QGuiApplication (fonts); Noto CJK, which the PDF embeds, is asked for by name.
class VisitSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(anju::VisitSheetDocument)

public:
    // Draws the sheet on the device's pages (a QPrinter or a QPdfWriter).
    static void print(const grids::VisitSheet& sheet, QPagedPaintDevice* device);
    static Outcome writePdf(const grids::VisitSheet& sheet, const QString& path);
    // The rows of each page (indexes into sheet.rows) as print() lays them out on the device: each row
    // whole on one page. An empty sheet has one page with no rows.
    static QList<QList<int>> pages(const grids::VisitSheet& sheet, QPagedPaintDevice* device);
    // "Visit sheet 2025-04: 王网格" — the PDF's title.
    static QString title(const grids::VisitSheet& sheet);
};

} // namespace anju

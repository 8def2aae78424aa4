#include "VisitSheetDocument.h"

#include "Code128.h"
#include "PdfUnicodeFix.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace anju {

using grids::VisitSheet;
using grids::VisitSheetRow;

namespace {

QFont sheetFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Millimetres to device units.
struct Scale
{
    qreal dotsPerMm = 1;
    qreal operator()(qreal mm) const { return mm * dotsPerMm; }
};

// The page's geometry and the fonts, measured on the device the sheet is drawn on.
struct Geometry
{
    Scale mm;
    QRectF body; // inside the margins
    qreal headerHeight = 0;
    qreal barcodeWidth = 0; // the column at the right of each row
    QFont title = sheetFont(13, true);
    QFont strong = sheetFont(10, true);
    QFont text = sheetFont(9);
    QFont small = sheetFont(8);
    // The row code in a Latin monospace font: Noto CJK draws digits in a Latin run with glyphs that Qt's
    // PDF writer gives no Unicode, so "V3792" would copy and search as "V"; and 0/O, 1/l stay apart.
    QFont code = codeFont();

    static QFont codeFont()
    {
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                          QStringLiteral("Noto Sans Mono CJK SC")});
        font.setPointSizeF(10);
        font.setBold(true);
        return font;
    }

    explicit Geometry(QPagedPaintDevice* device)
    {
        mm.dotsPerMm = device->logicalDpiX() / 25.4;
        const qreal margin = mm(12);
        body = QRectF(0, 0, device->width(), device->height()).adjusted(margin, margin, -margin, -margin);
        headerHeight = mm(18);
        barcodeWidth = mm(46);
    }
    qreal textWidth() const { return body.width() - barcodeWidth - mm(6); }
};

QString careText(const grids::VisitSheetPerson& person)
{
    QStringList marks;
    for (grids::CareCategory c : person.care)
        marks.append(enumLabel(c));
    if (person.isTaskPerson)
        marks.prepend(VisitSheetDocument::tr("this task"));
    return marks.isEmpty()
               ? person.name
               : VisitSheetDocument::tr("%1 (%2)").arg(person.name, marks.join(VisitSheetDocument::tr(", ")));
}

struct RowText
{
    QString heading;
    QString task;
    QString persons;
};

RowText rowText(const VisitSheetRow& r)
{
    RowText t;
    t.heading = VisitSheetDocument::tr("%1  %2  %3")
                    .arg(r.householdNumber, r.headName,
                         r.address().isEmpty() ? VisitSheetDocument::tr("(no dwelling)") : r.address());
    t.task =
        VisitSheetDocument::tr("%1: %2, from %3 to %4 (overdue after)   Last visit: %5")
            .arg(enumLabel(r.kind), grids::VisitSheetQuery::reasonLabel(r),
                 r.window.dueFrom.toString(Qt::ISODate), r.window.overdueAfter.toString(Qt::ISODate),
                 r.lastVisit.isValid() ? r.lastVisit.toString(Qt::ISODate) : VisitSheetDocument::tr("none"));
    QStringList persons;
    for (const grids::VisitSheetPerson& p : r.persons)
        persons.append(careText(p));
    t.persons = VisitSheetDocument::tr("To see: %1")
                    .arg(persons.isEmpty() ? VisitSheetDocument::tr("the household")
                                           : persons.join(QStringLiteral("；")));
    return t;
}

qreal fillHeight(const Geometry& g)
{
    return g.mm(7.5) * 3; // date / seen / signature, found, follow-up
}

qreal rowHeight(const Geometry& g, const VisitSheetRow& r, QPaintDevice* device)
{
    const RowText t = rowText(r);
    const QFontMetricsF strong(g.strong, device);
    const QFontMetricsF text(g.text, device);
    const QRectF bounds(0, 0, g.textWidth(), 1e6);
    const qreal top = strong.boundingRect(bounds, Qt::TextWordWrap, t.heading).height() +
                      text.boundingRect(bounds, Qt::TextWordWrap, t.task).height() +
                      text.boundingRect(bounds, Qt::TextWordWrap, t.persons).height() + g.mm(3);
    return std::max(top, g.mm(17)) + fillHeight(g) + g.mm(2);
}

void drawHeader(QPainter& painter, const Geometry& g, const VisitSheet& sheet, int page, int pageCount)
{
    const QRectF area(g.body.left(), g.body.top(), g.body.width(), g.headerHeight);
    painter.setPen(Qt::black);
    painter.setFont(g.title);
    const QString office = sheet.office.isEmpty() ? sheet.siteName : sheet.office;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop,
                     office.isEmpty() ? VisitSheetDocument::tr("Visit sheet")
                                      : VisitSheetDocument::tr("%1 visit sheet").arg(office));
    painter.setFont(g.text);
    painter.drawText(area, Qt::AlignRight | Qt::AlignTop,
                     VisitSheetDocument::tr("Page %1 of %2").arg(page).arg(pageCount));
    QString who = sheet.title;
    if (!sheet.subtitle.isEmpty())
        who = VisitSheetDocument::tr("%1 (%2)").arg(who, sheet.subtitle);
    QString line = VisitSheetDocument::tr("For: %1   Month: %2   Made: %3   Rows: %4")
                       .arg(who, sheet.month.toString(QStringLiteral("yyyy-MM")),
                            sheet.madeOn.toString(Qt::ISODate), QString::number(sheet.rows.size()));
    if (!sheet.gridName.isEmpty())
        line += VisitSheetDocument::tr("   Grid: %1").arg(sheet.gridName);
    painter.drawText(area.adjusted(0, g.mm(7), 0, 0), Qt::AlignLeft | Qt::AlignTop, line);
    painter.setFont(g.small);
    painter.drawText(
        area.adjusted(0, g.mm(12), 0, 0), Qt::AlignLeft | Qt::AlignTop,
        VisitSheetDocument::tr("★ must-visit family (四必访). Fill in each visit by hand; enter it "
                               "by the row's code on the quick-entry screen."));
    painter.drawLine(QPointF(area.left(), area.bottom() - g.mm(1)),
                     QPointF(area.right(), area.bottom() - g.mm(1)));
}

void drawFillLine(QPainter& painter, const Geometry& g, QRectF area, const QString& label)
{
    painter.setFont(g.text);
    const QRectF labelRect = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignBottom, label);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, label);
    painter.setPen(QPen(Qt::gray, g.mm(0.2)));
    painter.drawLine(QPointF(labelRect.right() + g.mm(1), area.bottom()),
                     QPointF(area.right() - g.mm(2), area.bottom()));
    painter.setPen(Qt::black);
}

void drawRow(QPainter& painter, const Geometry& g, const VisitSheetRow& r, qreal top, qreal height)
{
    const QRectF box(g.body.left(), top, g.body.width(), height - g.mm(2));
    painter.setPen(QPen(Qt::black, g.mm(0.3)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    if (r.mustVisitFamily) // a thick bar at the left edge: the must-visit families stand out in the pile
        painter.fillRect(QRectF(box.left(), box.top(), g.mm(1.5), box.height()), Qt::black);
    const RowText t = rowText(r);
    const qreal left = box.left() + g.mm(3);
    QRectF text(left, box.top() + g.mm(1.5), g.textWidth(), 1e6);
    painter.setPen(Qt::black);
    painter.setFont(g.strong);
    const QString heading = r.mustVisitFamily ? VisitSheetDocument::tr("★ %1").arg(t.heading) : t.heading;
    QRectF drawn;
    painter.drawText(text, Qt::TextWordWrap, heading, &drawn);
    text.setTop(drawn.bottom());
    painter.setFont(g.text);
    painter.drawText(text, Qt::TextWordWrap, t.task, &drawn);
    text.setTop(drawn.bottom());
    painter.drawText(text, Qt::TextWordWrap, t.persons, &drawn);

    // The barcode column: the bars, the code under them in text for typing.
    const QRectF barArea(box.right() - g.barcodeWidth, box.top() + g.mm(2), g.barcodeWidth - g.mm(3),
                         g.mm(9));
    const int modules = Code128::moduleCount(r.code);
    // Whole device pixels per module keep the bars' widths exact; at least 0.25 mm, which scanners read.
    const qreal module = std::max(1.0, std::floor(std::min(barArea.width() / (modules + 20), g.mm(0.4))));
    const qreal barWidth = modules * module;
    const QRectF bars(barArea.left() + (barArea.width() - barWidth) / 2, barArea.top(), barWidth,
                      barArea.height());
    Code128::draw(&painter, bars, r.code, module);
    painter.setFont(g.code);
    painter.drawText(QRectF(barArea.left(), bars.bottom() + g.mm(0.5), barArea.width(), g.mm(5)),
                     Qt::AlignHCenter | Qt::AlignTop, r.code);

    // The fields to fill by hand.
    const qreal line = g.mm(7.5);
    qreal y = box.bottom() - fillHeight(g) - g.mm(1);
    const qreal width = box.width() - g.mm(6);
    drawFillLine(painter, g, QRectF(left, y, width * 0.3, line), VisitSheetDocument::tr("Visit date:"));
    drawFillLine(painter, g, QRectF(left + width * 0.3, y, width * 0.4, line),
                 VisitSheetDocument::tr("Saw:"));
    drawFillLine(painter, g, QRectF(left + width * 0.7, y, width * 0.3, line),
                 VisitSheetDocument::tr("Signature:"));
    y += line;
    drawFillLine(painter, g, QRectF(left, y, width, line), VisitSheetDocument::tr("Found:"));
    y += line;
    drawFillLine(painter, g, QRectF(left, y, width, line), VisitSheetDocument::tr("Follow-up:"));
}

} // namespace

QString VisitSheetDocument::title(const VisitSheet& sheet)
{
    return tr("Visit sheet %1: %2").arg(sheet.month.toString(QStringLiteral("yyyy-MM")), sheet.title);
}

QList<QList<int>> VisitSheetDocument::pages(const VisitSheet& sheet, QPagedPaintDevice* device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const Geometry g(device);
    const qreal available = g.body.height() - g.headerHeight;
    QList<QList<int>> result{{}};
    qreal used = 0;
    for (int i = 0; i < sheet.rows.size(); ++i) {
        const qreal h = rowHeight(g, sheet.rows.at(i), device);
        if (used + h > available && !result.last().isEmpty()) {
            result.append(QList<int>());
            used = 0;
        }
        result.last().append(i);
        used += h;
    }
    return result;
}

void VisitSheetDocument::print(const VisitSheet& sheet, QPagedPaintDevice* device)
{
    const QList<QList<int>> layout = pages(sheet, device);
    const Geometry g(device);
    QPainter painter(device);
    for (int page = 0; page < layout.size(); ++page) {
        if (page > 0)
            device->newPage();
        drawHeader(painter, g, sheet, page + 1, int(layout.size()));
        qreal top = g.body.top() + g.headerHeight;
        if (layout.at(page).isEmpty()) {
            painter.setFont(g.text);
            painter.drawText(QRectF(g.body.left(), top, g.body.width(), g.mm(10)),
                             Qt::AlignLeft | Qt::AlignTop, tr("No open visit tasks on this sheet."));
        }
        for (int index : layout.at(page)) {
            const qreal h = rowHeight(g, sheet.rows.at(index), device);
            drawRow(painter, g, sheet.rows.at(index), top, h);
            top += h;
        }
    }
}

Outcome VisitSheetDocument::writePdf(const VisitSheet& sheet, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title(sheet));
        writer.setCreator(QStringLiteral("Anju"));
        writer.setResolution(300);
        print(sheet, &writer);
    }
    QByteArray pdf = buffer.data();
    PdfUnicodeFix::apply(pdf, sheetFont(9));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace anju

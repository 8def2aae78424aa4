#include "SummaryDocument.h"

#include "PdfUnicodeFix.h"

#include "report/SummaryHtml.h"
#include "report/SummaryWords.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace anju {

namespace {

QFont documentFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei")});
    font.setPointSizeF(10);
    return font;
}

} // namespace

std::unique_ptr<QTextDocument> SummaryDocument::make(const report::MonthlySummary& summary, QDate printDate)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(documentFont());
    document->setDocumentMargin(0);
    document->setHtml(report::SummaryHtml::write(summary, printDate));
    document->setMetaInformation(QTextDocument::DocumentTitle, report::SummaryWords::title(summary));
    return document;
}

QString SummaryDocument::pageFooter(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

void SummaryDocument::print(const report::MonthlySummary& summary, QPagedPaintDevice* device, QDate printDate)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    // With 2 cm kept around the text (as QTextDocument::print() keeps), margins of 2.5 cm.
    device->setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    // Laid out page by page here rather than by QTextDocument::print(), whose foot is a bare number.
    std::unique_ptr<QTextDocument> document = make(summary, printDate);
    document->documentLayout()->setPaintDevice(device);
    const qreal margin = 20.0 / 25.4 * device->logicalDpiY();
    const QRectF body =
        QRectF(0, 0, device->width(), device->height()).adjusted(margin, margin, -margin, -margin);
    document->setPageSize(body.size());
    const int pageCount = document->pageCount();

    QFont footFont = documentFont();
    footFont.setPointSizeF(9);
    QPainter painter(device);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device->newPage();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(body.left(), body.top() - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(body.left(), body.bottom(), body.width(), margin), Qt::AlignCenter,
                         pageFooter(page + 1, pageCount));
    }
}

Outcome SummaryDocument::writePdf(const report::MonthlySummary& summary, const QString& path, QDate printDate)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report::SummaryWords::title(summary));
        writer.setCreator(QStringLiteral("Anju"));
        writer.setResolution(300);
        print(summary, &writer, printDate);
    }
    QByteArray pdf = buffer.data();
    PdfUnicodeFix::apply(pdf, documentFont());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace anju

#include "SummaryDocument.h"

#include "PdfUnicodeFix.h"

#include "report/SummaryHtml.h"
#include "report/SummaryWords.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
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

void SummaryDocument::print(const report::MonthlySummary& summary, QPagedPaintDevice* device, QDate printDate)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() adds 2 cm of its own around the text: with these, margins of 2.5 cm.
    device->setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    make(summary, printDate)->print(device);
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

#include "SummaryDocument.h"

#include "report/SummaryHtml.h"
#include "report/SummaryWords.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace anju {

std::unique_ptr<QTextDocument> SummaryDocument::make(const MonthlySummary& summary, QDate printDate)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei")});
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(SummaryHtml::write(summary, printDate));
    document->setMetaInformation(QTextDocument::DocumentTitle, SummaryWords::title(summary));
    return document;
}

void SummaryDocument::print(const MonthlySummary& summary, QPagedPaintDevice* device, QDate printDate)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    make(summary, printDate)->print(device);
}

Outcome SummaryDocument::writePdf(const MonthlySummary& summary, const QString& path, QDate printDate)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Outcome::failure(QLatin1String(Field::General),
                                    tr("Could not write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setTitle(SummaryWords::title(summary));
    writer.setCreator(QStringLiteral("Anju"));
    writer.setResolution(300);
    print(summary, &writer, printDate);
    return {};
}

} // namespace anju

#include "report/SummaryOutput.h"

#include "SummaryDocument.h"
#include "report/SummaryXlsxWriter.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScreenFit.h"

#include <QDir>
#include <QEventLoop>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QThread>

namespace anju {

QString SummaryOutput::suggestedName(const report::MonthlySummary& summary, const QString& suffix)
{
    QString name = tr("Monthly summary") + QLatin1Char('-') + summary.month.key();
    if (summary.siteId != 0)
        name += QLatin1Char('-') + summary.siteCode;
    return QDir(FileDialog::lastFolder(QStringLiteral("export"))).filePath(name + QLatin1Char('.') + suffix);
}

void SummaryOutput::printPreview(QWidget* parent, const report::MonthlySummary& summary)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(suggestedName(summary, QStringLiteral("pdf")).section(QLatin1Char('/'), -1));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: monthly summary %1").arg(summary.monthLabel()));
    ScreenFit::resize(&dialog, QSize(1000, 900));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&summary](QPrinter* p) { SummaryDocument::print(summary, p); });
    dialog.exec();
}

QString SummaryOutput::exportPdf(QWidget* parent, const report::MonthlySummary& summary)
{
    const QString path =
        FileDialog::getSaveFileName(parent, tr("Save the monthly summary as PDF"),
                                    suggestedName(summary, QStringLiteral("pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty() || !write(parent, summary, path, true))
        return {};
    FileDialog::rememberFolder(QStringLiteral("export"), path);
    return path;
}

QString SummaryOutput::exportXlsx(QWidget* parent, const report::MonthlySummary& summary)
{
    const QString path = FileDialog::getSaveFileName(parent, tr("Save the monthly summary as Excel"),
                                                     suggestedName(summary, QStringLiteral("xlsx")),
                                                     tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty() || !write(parent, summary, path, false))
        return {};
    FileDialog::rememberFolder(QStringLiteral("export"), path);
    return path;
}

bool SummaryOutput::write(QWidget* parent, const report::MonthlySummary& summary, const QString& path,
                          bool pdf)
{
    QProgressDialog progress(tr("Writing %1 …").arg(QDir::toNativeSeparators(path)), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Monthly summary"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    Outcome outcome;
    QEventLoop loop;
    QThread* thread = QThread::create([&] {
        outcome =
            pdf ? SummaryDocument::writePdf(summary, path) : report::SummaryXlsxWriter::write(summary, path);
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    progress.reset();
    if (!outcome) {
        MessageBox::critical(parent, tr("Monthly summary"), outcome.summary());
        return false;
    }
    return true;
}

} // namespace anju

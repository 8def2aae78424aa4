#include "MonitoringNoticeDocument.h"

#include "PdfUnicodeFix.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace anju {

using income::NoticeBoard;
using income::NoticeEntry;

namespace {

// Latin letters and digits from DejaVu Sans, the ideographs from Noto CJK: Qt's PDF writer gives Noto
// CJK's Latin glyphs no Unicode, so dates and numbers drawn with it would not copy or search.
QFont noticeFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Sans SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFont cjkFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    return font;
}

struct Geometry
{
    qreal dotsPerMm = 1;
    QRectF body;
    QFont title = noticeFont(16, true);
    QFont head = noticeFont(9, true);
    QFont text = noticeFont(9);
    QFont small = noticeFont(8);
    QList<qreal> widths; // the columns, in device units

    qreal mm(qreal v) const { return v * dotsPerMm; }

    explicit Geometry(QPagedPaintDevice* device)
    {
        dotsPerMm = device->logicalDpiX() / 25.4;
        const qreal margin = mm(12);
        body = QRectF(0, 0, device->width(), device->height()).adjusted(margin, margin, -margin, -margin);
        // No., household, head, ID number, phone, people, category, proposed, reason, notice period.
        const QList<qreal> shares = {4, 13, 8, 16, 9, 6, 10, 8, 15, 11};
        qreal sum = 0;
        for (qreal s : shares)
            sum += s;
        for (qreal s : shares)
            widths.append(body.width() * s / sum);
    }
};

QStringList headings()
{
    return {MonitoringNoticeDocument::tr("No."),          MonitoringNoticeDocument::tr("Household"),
            MonitoringNoticeDocument::tr("Head"),         MonitoringNoticeDocument::tr("ID number"),
            MonitoringNoticeDocument::tr("Phone"),        MonitoringNoticeDocument::tr("People"),
            MonitoringNoticeDocument::tr("Category"),     MonitoringNoticeDocument::tr("Proposed"),
            MonitoringNoticeDocument::tr("Reason found"), MonitoringNoticeDocument::tr("Notice period")};
}

QStringList cells(const NoticeEntry& e, int number)
{
    return {QString::number(number),
            e.householdNumber,
            e.headName,
            e.headIdNumber,
            e.phone,
            QString::number(e.headcount),
            enumLabel(e.category),
            e.phase == income::MonitoringPhase::Entry ? MonitoringNoticeDocument::tr("Take into monitoring")
                                                      : MonitoringNoticeDocument::tr("Risk eliminated"),
            e.reason,
            MonitoringNoticeDocument::tr("%1 to %2")
                .arg(e.noticeFrom.toString(Qt::ISODate), e.noticeTo.toString(Qt::ISODate))};
}

qreal rowHeight(const Geometry& g, const QStringList& row, const QFont& font, QPaintDevice* device)
{
    const QFontMetricsF metrics(font, device);
    qreal height = 0;
    for (int i = 0; i < row.size(); ++i) {
        const QRectF bounds(0, 0, g.widths.at(i) - g.mm(2), 1e6);
        height = std::max(height, metrics.boundingRect(bounds, Qt::TextWordWrap, row.at(i)).height());
    }
    return height + g.mm(3);
}

void drawRow(QPainter& painter, const Geometry& g, const QStringList& row, qreal top, qreal height)
{
    qreal left = g.body.left();
    for (int i = 0; i < row.size(); ++i) {
        const QRectF cell(left, top, g.widths.at(i), height);
        painter.drawRect(cell);
        painter.drawText(cell.adjusted(g.mm(1), g.mm(1.5), -g.mm(1), -g.mm(1)),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, row.at(i));
        left += g.widths.at(i);
    }
}

QString footer(const NoticeBoard& board)
{
    QDate until;
    for (const NoticeEntry& e : board.entries)
        until = until.isValid() ? std::max(until, e.noticeTo) : e.noticeTo;
    QString text =
        until.isValid()
            ? MonitoringNoticeDocument::tr("Anyone who objects may tell %1 in person, in writing or by phone "
                                           "until %2, the last day of the notice; objections are checked and "
                                           "answered.")
                  .arg(board.objectionContact, until.toString(Qt::ISODate))
            : MonitoringNoticeDocument::tr("Anyone who objects may tell %1.").arg(board.objectionContact);
    return text;
}

} // namespace

QString MonitoringNoticeDocument::title(const NoticeBoard& board)
{
    return tr("Public notice of monitoring households: %1, %2")
        .arg(board.siteName, board.day.toString(Qt::ISODate));
}

void MonitoringNoticeDocument::print(const NoticeBoard& board, QPagedPaintDevice* device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Landscape);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const Geometry g(device);
    QPainter painter(device);
    painter.setPen(QPen(Qt::black, g.mm(0.25)));
    const QStringList head = headings();
    const qreal headHeight = rowHeight(g, head, g.head, device);
    const qreal footHeight = g.mm(22);
    int page = 0;
    qreal top = 0;
    auto startPage = [&]() {
        if (page > 0)
            device->newPage();
        ++page;
        painter.setFont(g.title);
        const QRectF titleArea(g.body.left(), g.body.top(), g.body.width(), g.mm(10));
        painter.drawText(titleArea, Qt::AlignHCenter | Qt::AlignTop, title(board));
        painter.setFont(g.small);
        painter.drawText(titleArea, Qt::AlignRight | Qt::AlignBottom, tr("Page %1").arg(page));
        top = g.body.top() + g.mm(13);
        painter.setFont(g.head);
        drawRow(painter, g, head, top, headHeight);
        top += headHeight;
        painter.setFont(g.text);
    };
    startPage();
    if (board.entries.isEmpty()) {
        painter.drawText(QRectF(g.body.left(), top + g.mm(2), g.body.width(), g.mm(8)), Qt::AlignLeft,
                         tr("No household is on notice on this day."));
        top += g.mm(10);
    }
    for (int i = 0; i < board.entries.size(); ++i) {
        const QStringList row = cells(board.entries.at(i), i + 1);
        const qreal h = rowHeight(g, row, g.text, device);
        if (top + h > g.body.bottom() - footHeight)
            startPage();
        drawRow(painter, g, row, top, h);
        top += h;
    }
    painter.setFont(g.text);
    const QRectF foot(g.body.left(), top + g.mm(4), g.body.width(), footHeight);
    QRectF drawn;
    painter.drawText(foot, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, footer(board), &drawn);
    const QString signature = board.officeName.isEmpty()
                                  ? board.day.toString(Qt::ISODate)
                                  : tr("%1    %2").arg(board.officeName, board.day.toString(Qt::ISODate));
    painter.drawText(QRectF(foot.left(), drawn.bottom() + g.mm(3), foot.width(), g.mm(8)),
                     Qt::AlignRight | Qt::AlignTop, signature);
}

Outcome MonitoringNoticeDocument::writePdf(const NoticeBoard& board, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title(board));
        writer.setCreator(QStringLiteral("Anju"));
        writer.setResolution(300);
        print(board, &writer);
    }
    QByteArray pdf = buffer.data();
    PdfUnicodeFix::apply(pdf, cjkFont());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace anju

// Renders the program's SVG icon at the PNG sizes of the hicolor icon theme, at build time (see
// installer/Packaging.cmake), so that the PNGs never drift from the SVG.
//
//   anju-render-icon ICON.svg OUTDIR NAME SIZE...   → OUTDIR/SIZExSIZE/apps/NAME.png

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fputs("usage: anju-render-icon ICON.svg OUTDIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "anju-render-icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString& text : args.mid(4)) {
        const int size = text.toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QLatin1Char('/') + args.at(3) + QStringLiteral(".png"))) {
            std::fprintf(stderr, "anju-render-icon: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}

// Writes one of the workbooks of XlsxBombs.h, to measure a reader by hand:
//   make-xlsx-bomb huge-cell /tmp/huge-cell.xlsx
//   /usr/bin/time -v anju-cli --db X import /tmp/huge-cell.xlsx --dry-run
#include "XlsxBombs.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    for (const auto& [bomb, name] : anju::test::allXlsxBombs()) {
        if (args.size() == 3 && args.at(1) == name)
            return anju::test::writeXlsxBomb(bomb, args.at(2)) ? 0 : 1;
    }
    err << "usage: make-xlsx-bomb KIND FILE.xlsx; KIND is one of:";
    for (const auto& entry : anju::test::allXlsxBombs())
        err << ' ' << entry.second;
    err << '\n';
    return 2;
}

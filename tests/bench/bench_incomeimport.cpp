// Importing one month's income checks for every household of the office (issue 18): a sheet as an office
// keeps it (a merged title row, amounts as numbers, one row per household by the head's ID number) written
// from the households of a database made by `anju-cli demo`, then imported three times: the first import
// (new checks, or changed where the demo has the month already), the same sheet again (every row
// unchanged: nothing written), and a sheet with every wage changed (every check replaced).
// Goal: < 30 s for 280,000 households.
// usage: bench_incomeimport DB [MONTH]   — it writes checks: pass a copy. MONTH defaults to 2026-10.
// Logs in as ANJU_USER / ANJU_PASSWORD (default: the demo's admin / anju-demo).
#include "accounts/AccountService.h"
#include "database/Database.h"
#include "exchange/IncomeCheckImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <xlsxwriter.h>

using namespace anju;

namespace {

struct Head
{
    QByteArray name;
    QByteArray idNumber;
    QByteArray number;
};

// The sheet: title, header, one row per household; `wageStep` changes every wage for the third run.
bool writeSheet(const QString& path, const QList<Head>& heads, const QDate& month, int wageStep)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "收支核查");
    const QByteArray title =
        QStringLiteral("%1收支核查表").arg(month.toString(QStringLiteral("yyyy年M月"))).toUtf8();
    worksheet_write_string(sheet, 0, 0, title.constData(), nullptr);
    const QStringList header = {
        QStringLiteral("户主姓名"),     QStringLiteral("户主身份证号"), QStringLiteral("户编号"),
        QStringLiteral("月份"),         QStringLiteral("家庭人口"),     QStringLiteral("工资性收入"),
        QStringLiteral("经营性收入"),   QStringLiteral("财产性收入"),   QStringLiteral("转移性收入"),
        QStringLiteral("生产经营费用"), QStringLiteral("医疗支出"),     QStringLiteral("教育支出"),
        QStringLiteral("灾害支出"),     QStringLiteral("其他大额支出"), QStringLiteral("核查人"),
        QStringLiteral("核查日期"),     QStringLiteral("备注")};
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 1, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    const QByteArray monthText = month.toString(QStringLiteral("yyyy-MM")).toUtf8();
    const QByteArray checkedOn = month.addDays(19).toString(Qt::ISODate).toUtf8();
    const QByteArray checker = QStringLiteral("王芳").toUtf8();
    for (int i = 0; i < heads.size(); ++i) {
        const lxw_row_t row = lxw_row_t(i + 2);
        const Head& h = heads.at(i);
        worksheet_write_string(sheet, row, 0, h.name.constData(), nullptr);
        worksheet_write_string(sheet, row, 1, h.idNumber.constData(), nullptr);
        worksheet_write_string(sheet, row, 2, h.number.constData(), nullptr);
        worksheet_write_string(sheet, row, 3, monthText.constData(), nullptr);
        // 家庭人口 left blank: the household's active members, as most offices' sheets leave it.
        worksheet_write_number(sheet, row, 5, 1500 + (i % 40) * 50 + wageStep, nullptr);
        worksheet_write_number(sheet, row, 6, (i % 7) * 100.5, nullptr);
        worksheet_write_number(sheet, row, 8, 120, nullptr);
        worksheet_write_number(sheet, row, 9, (i % 5) * 20, nullptr);
        if (i % 50 == 0)
            worksheet_write_number(sheet, row, 10, 12000, nullptr);
        worksheet_write_string(sheet, row, 14, checker.constData(), nullptr);
        worksheet_write_string(sheet, row, 15, checkedOn.constData(), nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        out << "usage: bench_incomeimport DB [MONTH]\n";
        return 2;
    }
    const QDate month = QDate::fromString(
        (argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026-10")) + QStringLiteral("-01"),
        Qt::ISODate);
    if (!month.isValid()) {
        err << "MONTH must be YYYY-MM\n";
        return 2;
    }
    auto opened = Database::open(DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    if (!opened) {
        err << opened.summary() << '\n';
        return 1;
    }
    auto db = std::move(opened.value());
    const QString user = qEnvironmentVariable("ANJU_USER", QStringLiteral("admin"));
    if (accounts::AccountService(*db).hasUsers() &&
        !accounts::AccountService(*db).login(
            user, qEnvironmentVariable("ANJU_PASSWORD", QStringLiteral("anju-demo")))) {
        err << "cannot log in as " << user << '\n';
        return 1;
    }
    QList<Head> heads;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT p.name, p.id_number, h.number FROM households h JOIN persons p"
                          " ON p.household_id = h.id AND p.relationship = 'head' AND p.state = 'active'"
                          " WHERE h.state = 'active' ORDER BY h.id"));
    while (q.next())
        heads.append(
            {q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(), q.value(2).toString().toUtf8()});
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE month = ?"));
    q.addBindValue(month.toString(Qt::ISODate));
    q.exec();
    const qint64 before = q.next() ? q.value(0).toLongLong() : 0;
    out << "households with an active head: " << heads.size() << ", checks of "
        << month.toString(QStringLiteral("yyyy-MM")) << " on file: " << before << '\n';

    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("checks.xlsx"));
    const QString changed = dir.filePath(QStringLiteral("checks-changed.xlsx"));
    QElapsedTimer timer;
    timer.start();
    if (!writeSheet(sheet, heads, month, 0) || !writeSheet(changed, heads, month, 10)) {
        err << "could not write the sheets\n";
        return 1;
    }
    out << "sheets written: " << timer.elapsed() << " ms, " << QFile(sheet).size() / 1024 << " KiB each\n";

    int failures = 0;
    const auto importOnce = [&](const QString& label, const QString& path) {
        exchange::IncomeImportOptions options;
        options.path = path;
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpu = std::clock();
        const auto result = exchange::IncomeCheckImporter(*db).run(options);
        const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        if (!result) {
            err << label << ": " << result.summary() << '\n';
            ++failures;
            return;
        }
        const exchange::IncomeImportSummary& s = result.value();
        out << label << ": " << wall.elapsed() << " ms (cpu " << qint64(cpuMs) << " ms): " << s.rowsRead
            << " rows, " << s.checksNew << " new, " << s.checksChanged << " changed, " << s.checksUnchanged
            << " unchanged, " << s.rowsRejected << " rejected" << (s.quietTrail ? ", one audit event" : "")
            << '\n';
        if (s.rowsRejected > 0) {
            err << label
                << ": rows rejected, first: " << exchange::IncomeCheckImporter::describe(s.errors.first())
                << '\n';
            ++failures;
        }
    };
    importOnce(QStringLiteral("first import"), sheet);
    importOnce(QStringLiteral("same sheet again"), sheet);
    importOnce(QStringLiteral("every wage changed"), changed);
    return failures == 0 ? 0 : 1;
}

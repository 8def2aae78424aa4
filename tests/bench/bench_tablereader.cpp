// Times TableReader on a 1,000,000-row CSV and a 100,000-row .xlsx written into a temporary folder.
// Usage: bench_tablereader [csvRows] [xlsxRows]     writes both files, then times reading them
//        bench_tablereader --read FILE...            times reading existing files (an office's roster)
// Build RelWithDebInfo for meaningful numbers; ANJU_BENCH_KEEP=1 keeps the written files.

#include "domain/IdNumber.h"
#include "spreadsheet/TableReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace anju;
using namespace Qt::Literals::StringLiterals;

namespace {

// A fixed pseudo-random sequence, so every run reads the same file.
struct Random
{
    quint64 state = 0x9E3779B97F4A7C15ULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    template <typename T, size_t N> const T& pick(const T (&items)[N]) { return items[below(int(N))]; }
};

const QString Surnames[] = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s,
                            u"周"_s, u"吴"_s, u"罗"_s, u"唐"_s, u"邓"_s, u"蒋"_s, u"曾"_s, u"欧阳"_s};
const QString GivenNames[] = {u"芳"_s,   u"建国"_s, u"秀英"_s, u"娜"_s, u"志强"_s, u"桂兰"_s,
                              u"子轩"_s, u"欣怡"_s, u"伟"_s,   u"敏"_s, u"红梅"_s, u"国平"_s};
const QString Relationships[] = {u"户主"_s, u"配偶"_s, u"长子"_s, u"次女"_s, u"儿媳"_s, u"孙子"_s, u"母亲"_s};
const QString Educations[] = {u"小学"_s, u"初中"_s, u"高中"_s, u"大专"_s, u"文盲或半文盲"_s};
const QString Healths[] = {u"健康"_s, u"长期慢性病"_s, u"残疾"_s};
const QString Labours[] = {u"普通劳动力"_s, u"技能劳动力"_s, u"无劳动力"_s, u"丧失劳动力"_s};
const QString Townships[] = {u"五峰铺镇"_s, u"小溪市乡"_s, u"长阳铺镇"_s, u"岩口镇"_s, u"塘渡口镇"_s};
const QString Villages[] = {u"石桥村"_s, u"茶园村"_s, u"龙溪村"_s, u"新屋村"_s, u"枫林村"_s};
const QString Headers[] = {u"序号"_s,     u"户编号"_s, u"安置点"_s,     u"楼栋"_s,     u"单元"_s,
                           u"房号"_s,     u"姓名"_s,   u"与户主关系"_s, u"身份证号"_s, u"性别"_s,
                           u"出生日期"_s, u"民族"_s,   u"文化程度"_s,   u"健康状况"_s, u"劳动能力"_s,
                           u"联系电话"_s, u"迁出县"_s, u"迁出乡镇"_s,   u"迁出村"_s,   u"搬迁入住日期"_s};
constexpr int ColumnCount = 20;

struct Person
{
    QString fields[ColumnCount];
    QDate birth;
    double phone = 0;
};

Person makePerson(Random& random, int index)
{
    Person p;
    const int household = index / 4 + 1;
    p.birth = QDate(1940, 1, 1).addDays(random.below(365 * 80));
    const bool male = random.below(2) == 0;
    QString first17 = u"430524"_s + p.birth.toString(u"yyyyMMdd"_s) +
                      QString::number(100 + random.below(900)).left(2) + QString::number(male ? 1 : 2);
    const QString id = first17 + IdNumber::checkCharacter(first17);
    p.phone = 13000000000.0 + random.below(999'999'999);
    const QString values[ColumnCount] = {
        QString::number(index + 1),
        u"HH%1"_s.arg(household, 6, 10, QLatin1Char('0')),
        u"幸福家园安置点"_s,
        u"%1栋"_s.arg(1 + household % 40),
        QString::number(1 + household % 3),
        QString::number(101 + household % 30),
        random.pick(Surnames) + random.pick(GivenNames),
        index % 4 == 0 ? u"户主"_s : random.pick(Relationships),
        id,
        male ? u"男"_s : u"女"_s,
        p.birth.toString(u"yyyy-MM-dd"_s),
        random.below(5) == 0 ? u"苗族"_s : u"汉族"_s,
        random.pick(Educations),
        random.pick(Healths),
        random.pick(Labours),
        QString::number(qint64(p.phone)),
        u"430524"_s,
        random.pick(Townships),
        random.pick(Villages),
        QDate(2018, 1, 1).addDays(random.below(1500)).toString(u"yyyy-MM-dd"_s),
    };
    std::copy(std::begin(values), std::end(values), p.fields);
    return p;
}

QString writeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    Random random;
    QString line = QStringList(std::begin(Headers), std::end(Headers)).join(u',') + u"\r\n";
    file.write(line.toUtf8());
    QByteArray block;
    for (int i = 0; i < rows; ++i) {
        const Person p = makePerson(random, i);
        line.clear();
        for (int c = 0; c < ColumnCount; ++c) {
            line += p.fields[c];
            line += c + 1 < ColumnCount ? u',' : u'\n';
        }
        block += line.toUtf8();
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return path;
}

QString writeXlsx(const QString& path, int rows)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "花名册");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), Headers[c].toUtf8().constData(), nullptr);
    Random random;
    const QDate excelEpoch(1899, 12, 30);
    for (int i = 0; i < rows; ++i) {
        const Person p = makePerson(random, i);
        const lxw_row_t row = lxw_row_t(i + 1);
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == 0)
                worksheet_write_number(sheet, row, 0, i + 1, nullptr);
            else if (c == 10)
                worksheet_write_number(sheet, row, 10, double(excelEpoch.daysTo(p.birth)), date);
            else if (c == 15)
                worksheet_write_number(sheet, row, 15, p.phone, nullptr);
            else
                worksheet_write_string(sheet, row, lxw_col_t(c), p.fields[c].toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 statusKb(const char* key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Lets VmHWM measure one phase: writing 5 to clear_refs resets the peak to the current size.
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// The machine may be shared: CPU time shows the reader's own cost next to the wall-clock time.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Run
{
    double seconds = 0;
    double cpu = 0;
    double openCpu = 0; // open() and selectSheet(): for an .xlsx the shared strings and the merge pass
    qint64 rows = 0;
    qint64 characters = 0; // consumed so the work cannot be optimized away
};

Run readOnce(const QString& path, int sheet)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    auto opened = TableReader::open(path);
    if (!opened || !opened.value()->selectSheet(sheet))
        qFatal("cannot read %s: %s", qPrintable(path),
               qPrintable(opened ? opened.value()->error() : opened.summary()));
    const std::unique_ptr<TableReader> reader = std::move(opened.value());
    Run run;
    run.openCpu = cpuSeconds() - cpuStart;
    TableRow row;
    while (reader->next(row)) {
        ++run.rows;
        for (const CellValue& cell : std::as_const(row.cells))
            run.characters += cell.text.size();
    }
    if (!reader->error().isEmpty())
        qFatal("reading failed: %s", qPrintable(reader->error()));
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds() - cpuStart;
    return run;
}

// Returns the rows read (each of the three runs must read the same).
qint64 bench(const char* label, const QString& path)
{
    const QLocale locale(QLocale::English);
    resetPeak();
    const qint64 baseKb = statusKb("VmRSS:");
    QList<Run> runs;
    for (int i = 0; i < 3; ++i)
        runs.append(readOnce(path, 0));
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.seconds < b.seconds; });
    const Run& median = runs[1];
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    std::printf("%-5s %s rows, %.1f MB file: median of 3 %.3f s wall, %.3f s CPU (runs %.3f / %.3f / %.3f s) "
                "= %s rows/s wall, %s rows/s CPU, %.1f MB/s of file\n",
                label, qPrintable(locale.toString(median.rows)), megabytes, median.seconds, median.cpu,
                runs[0].seconds, runs[1].seconds, runs[2].seconds,
                qPrintable(locale.toString(qint64(median.rows / median.seconds))),
                qPrintable(locale.toString(qint64(median.rows / median.cpu))), megabytes / median.seconds);
    std::printf("      of which open + selectSheet: %.3f s CPU\n", median.openCpu);
    std::printf("      peak RSS while reading (VmHWM): %.1f MB (%.1f MB before)\n",
                double(statusKb("VmHWM:")) / 1024.0, double(baseKb) / 1024.0);
    for (const Run& run : std::as_const(runs))
        if (run.rows != median.rows)
            qFatal("%s: the runs read %lld and %lld rows", label, run.rows, median.rows);
    return median.rows;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args[1] == u"--read") {
        for (const QString& file : args.mid(2))
            bench(qPrintable(QFileInfo(file).suffix()), file);
        return 0;
    }
    const int csvRows = args.size() > 1 ? args[1].toInt() : 1'000'000;
    const int xlsxRows = args.size() > 2 ? args[2].toInt() : 100'000;
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("ANJU_BENCH_KEEP"));
    if (!dir.isValid())
        qFatal("no temporary folder");

    QElapsedTimer timer;
    timer.start();
    const QString csv = writeCsv(dir.filePath(u"roster.csv"_s), csvRows);
    std::printf("wrote %s (%d rows) in %.1f s\n", qPrintable(csv), csvRows, double(timer.elapsed()) / 1000);
    timer.restart();
    const QString xlsx = writeXlsx(dir.filePath(u"roster.xlsx"_s), xlsxRows);
    std::printf("wrote %s (%d rows, constant_memory) in %.1f s\n", qPrintable(xlsx), xlsxRows,
                double(timer.elapsed()) / 1000);
    std::fflush(stdout);

    // The files hold a header row and the rows written: anything else is a reader that lost or made up rows.
    int failures = 0;
    for (const auto& [label, file, rows] :
         {std::tuple{"csv", csv, csvRows}, std::tuple{"xlsx", xlsx, xlsxRows}}) {
        const qint64 read = bench(label, file);
        if (read != qint64(rows) + 1) {
            std::fprintf(stderr, "bench_tablereader: %s: read %lld rows, wrote %d and a header\n", label,
                         read, rows);
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

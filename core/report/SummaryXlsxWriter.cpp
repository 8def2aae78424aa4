#include "report/SummaryXlsxWriter.h"

#include "report/SummaryWords.h"

#include <QFile>

#include <algorithm>

#include <xlsxwriter.h>

namespace anju::report {

namespace {

constexpr lxw_col_t Columns = 8;

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* plain = nullptr;
    lxw_format* right = nullptr;
    lxw_format* section = nullptr;
    lxw_format* subtitle = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* number = nullptr;
    lxw_format* change = nullptr;
    lxw_format* money = nullptr; // yuan with two decimals
    lxw_format* moneyChange = nullptr;
};

Formats makeFormats(lxw_workbook* book)
{
    Formats f;
    const auto cell = [book]() {
        lxw_format* format = workbook_add_format(book);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        return format;
    };
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.plain = workbook_add_format(book);
    format_set_align(f.plain, LXW_ALIGN_VERTICAL_CENTER);
    f.right = workbook_add_format(book);
    format_set_align(f.right, LXW_ALIGN_RIGHT);
    format_set_align(f.right, LXW_ALIGN_VERTICAL_CENTER);
    f.section = workbook_add_format(book);
    format_set_bold(f.section);
    format_set_font_size(f.section, 12);
    format_set_align(f.section, LXW_ALIGN_VERTICAL_CENTER);
    f.subtitle = workbook_add_format(book);
    format_set_bold(f.subtitle);
    format_set_align(f.subtitle, LXW_ALIGN_VERTICAL_CENTER);
    f.header = cell();
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.header);
    f.text = cell();
    format_set_text_wrap(f.text);
    f.number = cell();
    format_set_num_format(f.number, "0");
    f.change = cell();
    format_set_num_format(f.change, "+0;-0;0");
    f.money = cell();
    format_set_num_format(f.money, "0.00");
    f.moneyChange = cell();
    format_set_num_format(f.moneyChange, "+0.00;-0.00;0.00");
    return f;
}

class SheetWriter
{
public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats) : m_sheet(sheet), m_f(formats) {}

    lxw_row_t row() const { return m_row; }
    void skip(lxw_row_t rows = 1) { m_row += rows; }

    void string(lxw_col_t column, const QString& text, lxw_format* format)
    {
        worksheet_write_string(m_sheet, m_row, column, text.toUtf8().constData(), format);
    }
    void number(lxw_col_t column, qint64 value, lxw_format* format)
    {
        worksheet_write_number(m_sheet, m_row, column, double(value), format);
    }
    void yuan(lxw_col_t column, qint64 fen, lxw_format* format)
    {
        worksheet_write_number(m_sheet, m_row, column, double(fen) / 100.0, format);
    }
    void merged(lxw_col_t first, lxw_col_t last, const QString& text, lxw_format* format)
    {
        worksheet_merge_range(m_sheet, m_row, first, m_row, last, text.toUtf8().constData(), format);
    }

    void figures(const ReportSectionResult& section)
    {
        string(0, SummaryWords::figureHeader(), m_f.header);
        string(1, SummaryWords::valueHeader(), m_f.header);
        string(2, SummaryWords::previousHeader(), m_f.header);
        string(3, SummaryWords::changeHeader(), m_f.header);
        skip();
        for (const ReportFigure& f : section.figures) {
            string(0, f.label, m_f.text);
            if (f.unit != FigureUnit::Count) { // yuan or percent: hundredths with two decimals
                yuan(1, f.value, m_f.money);
                yuan(2, f.previous, m_f.money);
                yuan(3, f.change(), m_f.moneyChange);
            } else {
                number(1, f.value, m_f.number);
                number(2, f.previous, m_f.number);
                number(3, f.change(), m_f.change);
            }
            skip();
        }
    }

    void table(const ReportTable& t)
    {
        skip();
        string(0, t.title, m_f.subtitle);
        skip();
        if (t.rows.isEmpty()) {
            string(0, SummaryWords::noRows(), m_f.plain);
            skip();
            return;
        }
        for (int c = 0; c < t.columns.size() && c < int(Columns); ++c)
            string(lxw_col_t(c), t.columns.at(c).label, m_f.header);
        skip();
        for (const QVariantList& r : t.rows) {
            for (int c = 0; c < r.size() && c < int(Columns); ++c) {
                const QVariant& v = r.at(c);
                if (v.typeId() == QMetaType::QString)
                    string(lxw_col_t(c), v.toString(), m_f.text);
                else
                    number(lxw_col_t(c), v.toLongLong(), m_f.number);
            }
            skip();
        }
    }

private:
    lxw_worksheet* m_sheet;
    const Formats& m_f;
    lxw_row_t m_row = 0;
};

} // namespace

Outcome SummaryXlsxWriter::write(const MonthlySummary& summary, const QString& path, QDate printDate)
{
    const QString general = QLatin1String(Field::General);
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Outcome::failure(general, tr("Could not create %1.").arg(path));
    const Formats f = makeFormats(book);
    lxw_worksheet* sheet = workbook_add_worksheet(book, tr("Monthly summary").toUtf8().constData());
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
    worksheet_center_horizontally(sheet);
    worksheet_fit_to_pages(sheet, 1, 0); // one page wide, as many long as it takes
    // The title and the reporting unit with the month head every printed page.
    worksheet_repeat_rows(sheet, 0, 1);
    worksheet_set_footer(sheet, tr("&CPage &P of &N").toUtf8().constData());
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, 1, 22, nullptr);
    worksheet_set_column(sheet, 2, Columns - 1, 11, nullptr);

    SheetWriter w(sheet, f);
    worksheet_set_row(sheet, w.row(), 30, nullptr);
    w.merged(0, Columns - 1, SummaryWords::title(summary), f.title);
    w.skip();
    w.merged(0, 3, SummaryWords::reportingUnit(summary), f.plain);
    w.merged(4, Columns - 1, SummaryWords::month(summary), f.right);
    w.skip(2);
    for (const ReportSectionResult& section : summary.sections) {
        worksheet_set_row(sheet, w.row(), 22, nullptr);
        w.string(0, section.title, f.section);
        w.skip();
        if (!section.figures.isEmpty())
            w.figures(section);
        for (const ReportTable& t : section.tables)
            w.table(t);
        w.skip();
    }
    w.skip();
    w.string(0, SummaryWords::preparedBy(), f.plain);
    w.string(2, SummaryWords::reviewedBy(), f.plain);
    w.string(4, SummaryWords::approvedBy(), f.plain);
    w.skip(2);
    w.merged(4, Columns - 1, SummaryWords::printDate(printDate), f.right);

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Outcome::failure(
            general, tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace anju::report

#include "exchange/XlsxRosterWriter.h"

#include "exchange/RosterCells.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <xlsxwriter.h>

namespace anju::exchange {

namespace {

// The words printed around the table. They belong to the file format offices exchange (like the column
// headers), not to the user interface, so they are Chinese whatever the language of the program.
const QString SheetName = QStringLiteral("花名册");
const QString Title = QStringLiteral("易地扶贫搬迁户花名册");
const QString ReportingUnit = QStringLiteral("填报单位：");
const QString ReportingDate = QStringLiteral("填报日期：");
const QString Signatures = QStringLiteral("填表人：                审核人：                负责人：");
const QString PageFooter = QStringLiteral("&C第 &P 页，共 &N 页");

QString totalsLine(const RosterTotals& totals)
{
    return QStringLiteral("合计：%1户 %2人").arg(totals.households).arg(totals.persons);
}

QString chineseDate(QDate date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString siteTitle(const RosterHeading& heading)
{
    if (heading.siteName.isEmpty())
        return Title;
    return Title + QStringLiteral("（") + heading.siteName + QStringLiteral("）");
}

// The first sheet is 花名册, the ones that continue it 花名册2, 花名册3 …
QString sheetName(qsizetype index)
{
    return index == 0 ? SheetName : SheetName + QString::number(index + 1);
}

QString sheetTitle(const RosterHeading& heading, qsizetype index)
{
    return index == 0 ? siteTitle(heading) : siteTitle(heading) + QStringLiteral("（续）");
}

constexpr lxw_row_t TitleRow = 0;
constexpr lxw_row_t UnitRow = 1;
constexpr lxw_row_t HeaderRow = 2;
constexpr lxw_row_t FirstDataRow = 3;
constexpr lxw_row_t FooterRows = 2; // totals and signatures
const lxw_col_t LastColumn = lxw_col_t(RosterFieldCount - 1);
static_assert(RosterFieldCount <= 26, "column letters below are single letters");

// Widths in Excel's character units (a Chinese character takes about two).
double columnWidth(RosterField field)
{
    switch (field) {
    case RosterField::Sequence:
        return 6;
    case RosterField::HouseholdNumber:
    case RosterField::SiteCode:
        return 16;
    case RosterField::Site:
        return 26; // site names such as 渡头桥易地扶贫搬迁安置小区 run to a dozen characters
    case RosterField::Building:
    case RosterField::Room:
        return 7;
    case RosterField::Unit:
    case RosterField::Sex:
        return 6;
    case RosterField::Name:
        return 10;
    case RosterField::Relationship:
    case RosterField::Ethnicity:
    case RosterField::PersonState:
        return 8;
    case RosterField::IdNumber:
        return 21;
    case RosterField::BirthDate:
    case RosterField::RelocationDate:
    case RosterField::StateDate:
        return 11.5;
    case RosterField::Education:
    case RosterField::Health:
        return 10;
    case RosterField::LabourCapacity:
        return 17;
    case RosterField::Phone:
    case RosterField::HouseholdPhone:
        return 13;
    case RosterField::OriginCounty:
        return 10;
    case RosterField::OriginTownship:
    case RosterField::OriginVillage:
        return 11;
    }
    return 10;
}

// Every cell of the table: thin borders, centred as printed rosters are.
lxw_format* borderedFormat(lxw_workbook* workbook)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_CENTER);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    return format;
}

void writeText(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QString& text, lxw_format* format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, row, column, format);
    else
        worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
}

void writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const RosterCell& cell,
               lxw_format* format, lxw_format* dateFormat)
{
    if (const auto* text = std::get_if<QString>(&cell)) {
        writeText(sheet, row, column, *text, format);
    } else if (const auto* date = std::get_if<QDate>(&cell)) {
        lxw_datetime value = {date->year(), date->month(), date->day(), 0, 0, 0};
        worksheet_write_datetime(sheet, row, column, &value, dateFormat);
    } else if (const auto* number = std::get_if<qint64>(&cell)) {
        worksheet_write_number(sheet, row, column, double(*number), format);
    } else {
        worksheet_write_blank(sheet, row, column, format);
    }
}

} // namespace

XlsxRosterWriter::~XlsxRosterWriter()
{
    discard();
}

void XlsxRosterWriter::discard()
{
    if (!m_workbook)
        return;
    // lxw_workbook_free() does not close the temporary files constant-memory sheets stream into (only
    // workbook_close() does, after zipping them). Closing them here gives back their disk space at once
    // when an export is cancelled or fails, instead of when the program ends.
    for (lxw_worksheet* sheet : std::as_const(m_sheets)) {
        if (sheet->optimize_tmpfile) {
            std::fclose(sheet->optimize_tmpfile);
            sheet->optimize_tmpfile = nullptr;
            sheet->file = nullptr;
        }
    }
    lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheets.clear();
}

bool XlsxRosterWriter::open(const QString& path, const RosterHeading& heading)
{
    m_heading = heading;
    // Sheets stream into temporary files next to the result rather than in /tmp, which may be a small
    // RAM-backed file system.
    m_tempFolder = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempFolder.data();
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook) {
        m_error = tr("The spreadsheet cannot be started.");
        return false;
    }
    makeFormats();

    lxw_doc_properties properties = {};
    const QByteArray title = siteTitle(heading).toUtf8();
    const QByteArray company = heading.reportingUnit.toUtf8();
    properties.title = const_cast<char*>(title.constData());
    properties.company = const_cast<char*>(company.constData());
    const QByteArray notice = heading.notice.toUtf8();
    properties.comments = const_cast<char*>(notice.constData());
    workbook_set_properties(m_workbook, &properties);
    return startSheet();
}

void XlsxRosterWriter::makeFormats()
{
    Formats& f = m_formats;
    f.title = workbook_add_format(m_workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);

    f.unit = workbook_add_format(m_workbook);
    format_set_align(f.unit, LXW_ALIGN_LEFT);
    format_set_align(f.unit, LXW_ALIGN_VERTICAL_CENTER);
    f.date = workbook_add_format(m_workbook);
    format_set_align(f.date, LXW_ALIGN_RIGHT);
    format_set_align(f.date, LXW_ALIGN_VERTICAL_CENTER);

    f.header = borderedFormat(m_workbook);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_text_wrap(f.header);

    f.text = borderedFormat(m_workbook);
    f.idNumber = borderedFormat(m_workbook);
    format_set_num_format(f.idNumber, "@");
    f.day = borderedFormat(m_workbook);
    format_set_num_format(f.day, "yyyy-mm-dd");
    f.merged = borderedFormat(m_workbook);
    f.mergedDay = borderedFormat(m_workbook);
    format_set_num_format(f.mergedDay, "yyyy-mm-dd");

    f.totals = workbook_add_format(m_workbook);
    format_set_bold(f.totals);
    format_set_align(f.totals, LXW_ALIGN_LEFT);
    format_set_align(f.totals, LXW_ALIGN_VERTICAL_CENTER);
    f.signatures = workbook_add_format(m_workbook);
    format_set_align(f.signatures, LXW_ALIGN_LEFT);
    format_set_align(f.signatures, LXW_ALIGN_VERTICAL_CENTER);
}

bool XlsxRosterWriter::startSheet()
{
    const qsizetype index = m_sheets.size();
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, sheetName(index).toUtf8().constData());
    if (!sheet) {
        m_error = tr("The spreadsheet cannot be started (no room for its temporary file?).");
        return false;
    }
    m_sheets.append(sheet);

    lxw_col_t column = 0;
    for (const RosterFieldInfo& info : RosterLayout::fields()) {
        lxw_format* format = info.field == RosterField::IdNumber ? m_formats.idNumber : nullptr;
        worksheet_set_column(sheet, column, column, columnWidth(info.field), format);
        ++column;
    }
    worksheet_freeze_panes(sheet, FirstDataRow, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    worksheet_center_horizontally(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, TitleRow, HeaderRow);
    worksheet_set_footer(sheet, PageFooter.toUtf8().constData());
    if (!m_heading.notice.isEmpty())
        worksheet_set_header(sheet, (QStringLiteral("&L") + m_heading.notice).toUtf8().constData());

    worksheet_set_row(sheet, TitleRow, 30, nullptr);
    worksheet_merge_range(sheet, TitleRow, 0, TitleRow, LastColumn,
                          sheetTitle(m_heading, index).toUtf8().constData(), m_formats.title);
    // The reporting unit takes the left half of its row and the date the right half, as on paper forms.
    const lxw_col_t middle = lxw_col_t(RosterFieldCount / 2);
    worksheet_set_row(sheet, UnitRow, 20, nullptr);
    worksheet_merge_range(sheet, UnitRow, 0, UnitRow, middle - 1,
                          (ReportingUnit + m_heading.reportingUnit).toUtf8().constData(), m_formats.unit);
    worksheet_merge_range(sheet, UnitRow, middle, UnitRow, LastColumn,
                          (ReportingDate + chineseDate(m_heading.date)).toUtf8().constData(), m_formats.date);
    worksheet_set_row(sheet, HeaderRow, 30, nullptr);
    column = 0;
    for (const RosterFieldInfo& info : RosterLayout::fields())
        writeText(sheet, HeaderRow, column++, info.header, m_formats.header);
    m_nextRow = FirstDataRow;
    return true;
}

void XlsxRosterWriter::endSheet()
{
    if (m_nextRow <= FirstDataRow)
        return;
    // ID numbers, phones and codes are digits kept as text on purpose: no green warning triangles.
    const QByteArray cells = QStringLiteral("A%1:%2%3")
                                 .arg(FirstDataRow + 1)
                                 .arg(QLatin1Char(char('A' + LastColumn)))
                                 .arg(m_nextRow)
                                 .toLatin1();
    worksheet_ignore_errors(m_sheets.constLast(), LXW_IGNORE_NUMBER_STORED_AS_TEXT, cells.constData());
}

lxw_format* XlsxRosterWriter::mergedFormat(RosterField field) const
{
    return field == RosterField::RelocationDate ? m_formats.mergedDay : m_formats.merged;
}

bool XlsxRosterWriter::write(const RosterHouseholdRows& household)
{
    if (household.members.isEmpty())
        return true;
    const auto memberCount = lxw_row_t(household.members.size());
    if (m_nextRow > FirstDataRow && m_nextRow + memberCount + FooterRows > m_rowsPerSheet) {
        endSheet();
        if (!startSheet())
            return false;
    }
    ++m_sequence;
    lxw_worksheet* sheet = m_sheets.constLast();
    const lxw_row_t first = m_nextRow;
    for (lxw_row_t i = 0; i < memberCount; ++i) {
        const RosterMemberRow& member = household.members.at(i);
        lxw_col_t column = 0;
        for (const RosterFieldInfo& info : RosterLayout::fields()) {
            if (!RosterCells::isHouseholdField(info.field)) {
                lxw_format* format =
                    info.field == RosterField::IdNumber ? m_formats.idNumber : m_formats.text;
                writeCell(sheet, first + i, column,
                          RosterCells::cell(info.field, household, member, m_sequence), format,
                          m_formats.day);
            } else if (i == 0) {
                writeCell(sheet, first, column, RosterCells::cell(info.field, household, member, m_sequence),
                          m_formats.merged, m_formats.mergedDay);
            } else {
                // Formatted like the first row, so the block looks whole in programs that ignore merges.
                worksheet_write_blank(sheet, first + i, column, mergedFormat(info.field));
            }
            ++column;
        }
    }
    const lxw_row_t last = first + memberCount - 1;
    m_nextRow = last + 1;
    if (last == first)
        return true;
    // Constant-memory mode has already written the household's earlier rows, so the merges are only
    // recorded now, while the last row is current: libxlsxwriter keeps each range (written at the end of
    // the sheet) and its attempt to rewrite the flushed first cell is refused without harm.
    lxw_col_t column = 0;
    for (const RosterFieldInfo& info : RosterLayout::fields()) {
        if (RosterCells::isHouseholdField(info.field)) {
            const auto result = lxw_error(
                worksheet_merge_range(sheet, first, column, last, column, "", mergedFormat(info.field)));
            if (result != LXW_NO_ERROR) {
                m_error = QString::fromUtf8(lxw_strerror(result));
                return false;
            }
        }
        ++column;
    }
    return true;
}

bool XlsxRosterWriter::finish(const RosterTotals& totals)
{
    lxw_worksheet* sheet = m_sheets.constLast();
    endSheet();
    const lxw_row_t totalsRow = m_nextRow;
    worksheet_set_row(sheet, totalsRow, 22, nullptr);
    worksheet_merge_range(sheet, totalsRow, 0, totalsRow, LastColumn, totalsLine(totals).toUtf8().constData(),
                          m_formats.totals);
    worksheet_set_row(sheet, totalsRow + 1, 28, nullptr);
    worksheet_merge_range(sheet, totalsRow + 1, 0, totalsRow + 1, LastColumn, Signatures.toUtf8().constData(),
                          m_formats.signatures);
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheets.clear();
    if (result != LXW_NO_ERROR) {
        m_error = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    return true;
}

} // namespace anju::exchange

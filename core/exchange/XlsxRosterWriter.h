#pragma once

#include "exchange/RosterFileWriter.h"
#include "exchange/RosterLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace anju::exchange {

// The roster as offices print and file it (花名册): a title, the reporting unit and date, the header,
// one row per person with the household's columns merged over its members' rows, the totals and the
// signature line. Written row by row in libxlsxwriter's constant-memory mode, so a province needs no
// more memory than one household plus the list of merged ranges. A roster longer than Excel's 1,048,576
// rows goes on in further sheets (花名册2, …), each with the same heading; a household is never split.
class XlsxRosterWriter : public RosterFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::XlsxRosterWriter)

public:
    // Rows of one sheet: Excel's limit. Tests lower it to see the continuation without a million rows.
    static constexpr quint32 ExcelRows = 1048576;

    explicit XlsxRosterWriter(quint32 rowsPerSheet = ExcelRows) : m_rowsPerSheet(rowsPerSheet) {}
    ~XlsxRosterWriter() override;
    XlsxRosterWriter(const XlsxRosterWriter&) = delete;
    XlsxRosterWriter& operator=(const XlsxRosterWriter&) = delete;

    bool open(const QString& path, const RosterHeading& heading) override;
    bool write(const RosterHouseholdRows& household) override;
    bool finish(const RosterTotals& totals) override;
    QString error() const override { return m_error; }

private:
    struct Formats
    {
        lxw_format* title = nullptr;
        lxw_format* unit = nullptr;
        lxw_format* date = nullptr;
        lxw_format* header = nullptr;
        lxw_format* text = nullptr;      // a person's text cell
        lxw_format* idNumber = nullptr;  // text that must stay text when edited
        lxw_format* day = nullptr;       // a person's date
        lxw_format* merged = nullptr;    // a household's cell, centred over its members' rows
        lxw_format* mergedDay = nullptr; // a household's date
        lxw_format* totals = nullptr;
        lxw_format* signatures = nullptr;
    };

    void makeFormats();
    lxw_format* mergedFormat(RosterField field) const; // of a household column's cells
    bool startSheet();
    void endSheet();
    void discard();

    quint32 m_rowsPerSheet;
    RosterHeading m_heading;
    lxw_workbook* m_workbook = nullptr;
    QList<lxw_worksheet*> m_sheets; // the last is being written
    Formats m_formats;
    QByteArray m_tempFolder; // libxlsxwriter keeps the pointer for its temporary files
    quint32 m_nextRow = 0;
    qint64 m_sequence = 0;
    QString m_error;
};

} // namespace anju::exchange

#pragma once

#include "exchange/ImportedHousehold.h"
#include "spreadsheet/MergedCells.h"
#include "spreadsheet/TableReader.h"

#include <QCoreApplication>

#include <optional>

namespace anju::exchange {

// Turns roster rows into households as they stream by: reads each field of a row, fills household
// columns merged (or left blank) over the members' rows from the household's first row, starts a new
// household at a new household number (or, without that column, at each head), and skips footer rows
// (合计, 填表人 …). Errors of single cells are attached here; rules over the whole household are checked
// by the importer afterwards.
class HouseholdAssembler
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::HouseholdAssembler)

public:
    HouseholdAssembler(const QStringList& headers, const ColumnMapping& mapping,
                       const QList<MergedRange>& merges, bool date1904, QDate today);

    // The roster goes on in another sheet, whose merged ranges are these; rows start again at its top.
    void startSheet(const QList<MergedRange>& merges);
    // Takes the next data row; returns the household the row completed, if any.
    std::optional<ImportedHousehold> add(const TableRow& row);
    // The last household, at the end of the sheet.
    std::optional<ImportedHousehold> finish();

    // Whether each member keeps its row's original texts (ImportedMember::cells), which only the list of
    // rejected rows needs; on by default.
    void setKeepOriginalCells(bool keep) { m_keepOriginalCells = keep; }
    // The move-in date of households whose rows give none (ImportOptions::movedIn); null: none.
    void setDefaultRelocationDate(QDate date) { m_defaultRelocationDate = date; }

    bool hasColumn(RosterField field) const { return m_mapping.contains(field); }
    // The header text naming a field's column, or the field's canonical header when it has none.
    QString columnName(RosterField field) const;
    static bool isFooter(const TableRow& row);

private:
    CellValue valueAt(const TableRow& row, RosterField field);
    QString textAt(const TableRow& row, RosterField field);
    void readMember(const TableRow& row, ImportedHousehold& into);
    void readHouseholdColumns(const TableRow& row, ImportedHousehold& into);
    void error(ImportedHousehold& into, int row, RosterField field, const QString& message);

    QStringList m_headers;
    ColumnMapping m_mapping;
    MergedCells m_merged;
    bool m_date1904 = false;
    bool m_keepOriginalCells = true;
    QDate m_today;
    QDate m_defaultRelocationDate;
    std::optional<ImportedHousehold> m_current;
    QString m_currentNumber;
};

} // namespace anju::exchange

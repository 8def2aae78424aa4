#pragma once

#include "exchange/ImportTypes.h"

#include <QTableWidget>

class QComboBox;

namespace anju {

// Where each roster field is in the file: one row per field, with a combo of the file's columns
// ("C: 身份证号码"). Preset from the detected header; the clerk corrects it before checking.
class ImportMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        StandardHeaderColumn,
        FileColumnColumn,
        FirstRowColumn
    };

    explicit ImportMappingTable(QWidget* parent = nullptr);

    // The file's header texts by column, the columns the detector found for the fields, and the first
    // row below the header (shown beside each choice, so a wrong column stands out).
    void setHeaders(const QStringList& headers, const exchange::ColumnMapping& mapping,
                    const QStringList& firstRow = {});
    // Every field with its column, -1 for "not in the file", so the importer takes the table as it is.
    exchange::ColumnMapping mapping() const;
    void setColumnOf(exchange::RosterField field, int column);
    QComboBox* comboFor(exchange::RosterField field) const;
    // What keeps the mapping from being used (a required field not placed, a column chosen twice), in
    // the user's language; the rows concerned are marked.
    QStringList problems();

    static QString fieldLabel(exchange::RosterField field);

signals:
    void mappingChanged();

private:
    void markRow(int row, const QString& problem);
    void showFirstRowValue(int row);

    QStringList m_headers;
    QStringList m_firstRow;
};

} // namespace anju

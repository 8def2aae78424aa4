#pragma once

#include "exchange/ImportTypes.h"

#include <QTableWidget>

class QComboBox;

namespace anju {

// One field a roster layout knows: its id in the layout's enum, the name shown, the header the
// exporter writes, and whether an import cannot work without it.
struct MappingField
{
    int id = 0;
    QString label;
    QString header;
    bool required = false;
};

// Where each roster field is in the file: one row per field, with a combo of the file's columns
// ("C: 身份证号码"). Preset from the detected header; the user corrects it before checking. The
// household roster's fields by default; any roster's (the party roster's) from a field list.
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

    explicit ImportMappingTable(QWidget* parent = nullptr); // the household roster's fields
    ImportMappingTable(const QList<MappingField>& fields, QWidget* parent);

    // The file's header texts by column, the columns the detector found for the fields (by field id),
    // and the first row below the header (shown beside each choice, so a wrong column stands out).
    void setColumns(const QStringList& headers, const QHash<int, int>& columns,
                    const QStringList& firstRow = {});
    // Every field with its column, -1 for "not in the file", so the importer takes the table as it is.
    QHash<int, int> columns() const;
    QComboBox* comboForField(int fieldId) const;
    void setColumnOfField(int fieldId, int column);
    // What keeps the mapping from being used (a required field not placed, a column chosen twice), in
    // the user's language; the rows concerned are marked.
    QStringList problems();

    // The household roster's fields by their enum.
    void setHeaders(const QStringList& headers, const exchange::ColumnMapping& mapping,
                    const QStringList& firstRow = {});
    exchange::ColumnMapping mapping() const;
    void setColumnOf(exchange::RosterField field, int column);
    QComboBox* comboFor(exchange::RosterField field) const;
    static QString fieldLabel(exchange::RosterField field);

signals:
    void mappingChanged();

private:
    static QList<MappingField> householdFields();
    int rowOf(int fieldId) const;
    void markRow(int row, const QString& problem);
    void showFirstRowValue(int row);

    QList<MappingField> m_fields;
    QStringList m_headers;
    QStringList m_firstRow;
};

} // namespace anju

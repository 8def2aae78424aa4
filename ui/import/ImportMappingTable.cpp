#include "import/ImportMappingTable.h"

#include "exchange/ColumnMappingCheck.h"

#include "spreadsheet/CellReference.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace anju {

namespace {

const QColor ProblemBackground(255, 228, 225);

} // namespace

ImportMappingTable::ImportMappingTable(QWidget* parent) : ImportMappingTable(householdFields(), parent) {}

ImportMappingTable::ImportMappingTable(const QList<MappingField>& fields, QWidget* parent)
    : QTableWidget(parent), m_fields(fields)
{
    setObjectName(QStringLiteral("importMapping"));
    setColumnCount(4);
    setHorizontalHeaderLabels(
        {tr("Field"), tr("Usual header"), tr("Column in the file"), tr("First row holds")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus); // the combos take the focus, one Tab each
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(StandardHeaderColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FileColumnColumn, QHeaderView::Fixed);
    horizontalHeader()->resizeSection(FileColumnColumn,
                                      fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20);
    horizontalHeader()->setSectionResizeMode(FirstRowColumn, QHeaderView::Stretch);

    setRowCount(static_cast<int>(m_fields.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const MappingField& info = m_fields.at(row);
        auto* label = new QTableWidgetItem(info.required ? info.label + QStringLiteral(" *") : info.label);
        if (info.required) {
            QFont bold = font();
            bold.setBold(true);
            label->setFont(bold);
        }
        setItem(row, FieldColumn, label);
        setItem(row, StandardHeaderColumn, new QTableWidgetItem(info.header));
        auto* value = new QTableWidgetItem;
        value->setForeground(palette().brush(QPalette::PlaceholderText));
        setItem(row, FirstRowColumn, value);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(row));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] {
            showFirstRowValue(row);
            problems();
            emit mappingChanged();
        });
        setCellWidget(row, FileColumnColumn, combo);
    }
    verticalHeader()->setDefaultSectionSize(cellWidget(0, FileColumnColumn)->sizeHint().height() + 2);
    setColumns({}, {});
}

QList<MappingField> ImportMappingTable::householdFields()
{
    QList<MappingField> fields;
    for (const exchange::RosterFieldInfo& info : exchange::RosterLayout::fields())
        fields.append({static_cast<int>(info.field), fieldLabel(info.field), info.header, info.required});
    return fields;
}

int ImportMappingTable::rowOf(int fieldId) const
{
    for (int row = 0; row < m_fields.size(); ++row)
        if (m_fields.at(row).id == fieldId)
            return row;
    return -1;
}

QString ImportMappingTable::fieldLabel(exchange::RosterField field)
{
    switch (field) {
    case exchange::RosterField::Sequence:
        return tr("Sequence number");
    case exchange::RosterField::HouseholdNumber:
        return tr("Household number");
    case exchange::RosterField::Site:
        return tr("Site");
    case exchange::RosterField::SiteCode:
        return tr("Site code");
    case exchange::RosterField::HouseholdPhone:
        return tr("Household phone");
    case exchange::RosterField::Building:
        return tr("Building");
    case exchange::RosterField::Unit:
        return tr("Unit");
    case exchange::RosterField::Room:
        return tr("Room");
    case exchange::RosterField::Name:
        return tr("Name");
    case exchange::RosterField::Relationship:
        return tr("Relationship to the head");
    case exchange::RosterField::IdNumber:
        return tr("ID number");
    case exchange::RosterField::Sex:
        return tr("Sex");
    case exchange::RosterField::BirthDate:
        return tr("Date of birth");
    case exchange::RosterField::Ethnicity:
        return tr("Ethnicity");
    case exchange::RosterField::Education:
        return tr("Education");
    case exchange::RosterField::Health:
        return tr("Health");
    case exchange::RosterField::LabourCapacity:
        return tr("Labour capacity");
    case exchange::RosterField::Phone:
        return tr("Phone");
    case exchange::RosterField::OriginCounty:
        return tr("Origin county (code)");
    case exchange::RosterField::OriginTownship:
        return tr("Origin township");
    case exchange::RosterField::OriginVillage:
        return tr("Origin village");
    case exchange::RosterField::RelocationDate:
        return tr("Relocation date");
    case exchange::RosterField::PersonState:
        return tr("Person's state");
    case exchange::RosterField::StateDate:
        return tr("Date of the state change");
    }
    return {};
}

QComboBox* ImportMappingTable::comboForField(int fieldId) const
{
    const int row = rowOf(fieldId);
    return row < 0 ? nullptr : qobject_cast<QComboBox*>(cellWidget(row, FileColumnColumn));
}

QComboBox* ImportMappingTable::comboFor(exchange::RosterField field) const
{
    return comboForField(static_cast<int>(field));
}

void ImportMappingTable::setColumns(const QStringList& headers, const QHash<int, int>& columns,
                                    const QStringList& firstRow)
{
    m_headers = headers;
    m_firstRow = firstRow;
    for (int row = 0; row < rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(cellWidget(row, FileColumnColumn));
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < headers.size(); ++column) {
            const QString letter = CellReference::columnName(column);
            const QString text = headers.at(column).simplified();
            combo->addItem(text.isEmpty() ? letter : tr("%1: %2").arg(letter, text), column);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(columns.value(m_fields.at(row).id, -1))));
        showFirstRowValue(row);
    }
    problems();
    emit mappingChanged();
}

void ImportMappingTable::setHeaders(const QStringList& headers, const exchange::ColumnMapping& mapping,
                                    const QStringList& firstRow)
{
    QHash<int, int> columns;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        columns.insert(static_cast<int>(it.key()), it.value());
    setColumns(headers, columns, firstRow);
}

void ImportMappingTable::setColumnOfField(int fieldId, int column)
{
    if (QComboBox* combo = comboForField(fieldId))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

void ImportMappingTable::setColumnOf(exchange::RosterField field, int column)
{
    setColumnOfField(static_cast<int>(field), column);
}

QHash<int, int> ImportMappingTable::columns() const
{
    QHash<int, int> out;
    for (int row = 0; row < rowCount(); ++row)
        out.insert(m_fields.at(row).id,
                   qobject_cast<QComboBox*>(cellWidget(row, FileColumnColumn))->currentData().toInt());
    return out;
}

exchange::ColumnMapping ImportMappingTable::mapping() const
{
    exchange::ColumnMapping out;
    const QHash<int, int> all = columns();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        out.insert(static_cast<exchange::RosterField>(it.key()), it.value());
    return out;
}

void ImportMappingTable::showFirstRowValue(int row)
{
    const int column = qobject_cast<QComboBox*>(cellWidget(row, FileColumnColumn))->currentData().toInt();
    const QString value = column >= 0 ? m_firstRow.value(column) : QString();
    item(row, FirstRowColumn)->setText(value);
    item(row, FirstRowColumn)->setToolTip(value);
}

void ImportMappingTable::markRow(int row, const QString& problem)
{
    const bool required = m_fields.at(row).required;
    const QString tip = !problem.isEmpty() ? problem
                        : required         ? tr("Required: the import cannot work without this column.")
                                           : QString();
    for (int column : {FieldColumn, StandardHeaderColumn}) {
        QTableWidgetItem* cell = item(row, column);
        cell->setBackground(problem.isEmpty() ? QBrush() : QBrush(ProblemBackground));
        cell->setToolTip(tip);
    }
}

QStringList ImportMappingTable::problems()
{
    // The rule is core's (the importers refuse the same mappings); the table marks rows and words the
    // problems with the field names it shows.
    QList<std::pair<int, bool>> order;
    for (const MappingField& f : std::as_const(m_fields))
        order.append({f.id, f.required});
    const exchange::ColumnMappingCheck::Fields check =
        exchange::ColumnMappingCheck::ofFields(columns(), order);
    const auto label = [this](int fieldId) { return m_fields.value(rowOf(fieldId)).label; };
    QStringList out;
    QStringList missing;
    for (int row = 0; row < rowCount(); ++row) {
        const int field = m_fields.at(row).id;
        const int column = qobject_cast<QComboBox*>(cellWidget(row, FileColumnColumn))->currentData().toInt();
        QString problem;
        if (check.missingRequired.contains(field)) {
            problem = tr("Choose the column that holds this field.");
            missing.append(label(field));
        } else if (check.isShared(column)) {
            problem =
                tr("Column %1 is chosen for more than one field.").arg(CellReference::columnName(column));
        }
        markRow(row, problem);
    }
    if (!missing.isEmpty())
        out.append(tr("Choose the column of: %1.").arg(missing.join(tr(", "))));
    for (auto it = check.sharedColumns.constBegin(); it != check.sharedColumns.constEnd(); ++it) {
        QStringList labels;
        for (int field : it.value())
            labels.append(label(field));
        out.append(tr("Column %1 is chosen for %2; each column can hold one field.")
                       .arg(CellReference::columnName(it.key()), labels.join(tr(", "))));
    }
    return out;
}

} // namespace anju

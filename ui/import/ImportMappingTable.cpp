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

ImportMappingTable::ImportMappingTable(QWidget* parent) : QTableWidget(parent)
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

    const QList<exchange::RosterFieldInfo>& fields = exchange::RosterLayout::fields();
    setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const exchange::RosterFieldInfo& info = fields.at(row);
        auto* label = new QTableWidgetItem(info.required ? fieldLabel(info.field) + QStringLiteral(" *")
                                                         : fieldLabel(info.field));
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
    setHeaders({}, {});
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

QComboBox* ImportMappingTable::comboFor(exchange::RosterField field) const
{
    return qobject_cast<QComboBox*>(cellWidget(static_cast<int>(field), FileColumnColumn));
}

void ImportMappingTable::setHeaders(const QStringList& headers, const exchange::ColumnMapping& mapping,
                                    const QStringList& firstRow)
{
    m_headers = headers;
    m_firstRow = firstRow;
    for (int row = 0; row < rowCount(); ++row) {
        QComboBox* combo = comboFor(static_cast<exchange::RosterField>(row));
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < headers.size(); ++column) {
            const QString letter = CellReference::columnName(column);
            const QString text = headers.at(column).simplified();
            combo->addItem(text.isEmpty() ? letter : tr("%1: %2").arg(letter, text), column);
        }
        combo->setCurrentIndex(combo->findData(mapping.value(static_cast<exchange::RosterField>(row), -1)));
        showFirstRowValue(row);
    }
    problems();
    emit mappingChanged();
}

void ImportMappingTable::setColumnOf(exchange::RosterField field, int column)
{
    QComboBox* combo = comboFor(field);
    combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

exchange::ColumnMapping ImportMappingTable::mapping() const
{
    exchange::ColumnMapping out;
    for (int row = 0; row < rowCount(); ++row) {
        const auto field = static_cast<exchange::RosterField>(row);
        out.insert(field, comboFor(field)->currentData().toInt());
    }
    return out;
}

void ImportMappingTable::showFirstRowValue(int row)
{
    const int column = comboFor(static_cast<exchange::RosterField>(row))->currentData().toInt();
    const QString value = column >= 0 ? m_firstRow.value(column) : QString();
    item(row, FirstRowColumn)->setText(value);
    item(row, FirstRowColumn)->setToolTip(value);
}

void ImportMappingTable::markRow(int row, const QString& problem)
{
    const bool required = exchange::RosterLayout::fields().at(row).required;
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
    // The rule is core's (the importer refuses the same mappings); the table marks rows and words the
    // problems with the field names it shows.
    const exchange::ColumnMappingCheck check = exchange::ColumnMappingCheck::of(mapping());
    QStringList out;
    QStringList missing;
    for (int row = 0; row < rowCount(); ++row) {
        const auto field = static_cast<exchange::RosterField>(row);
        const int column = comboFor(field)->currentData().toInt();
        QString problem;
        if (check.missingRequired.contains(field)) {
            problem = tr("Choose the column that holds this field.");
            missing.append(fieldLabel(field));
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
        for (exchange::RosterField field : it.value())
            labels.append(fieldLabel(field));
        out.append(tr("Column %1 is chosen for %2; each column can hold one field.")
                       .arg(CellReference::columnName(it.key()), labels.join(tr(", "))));
    }
    return out;
}

} // namespace anju

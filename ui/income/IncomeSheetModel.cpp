#include "income/IncomeSheetModel.h"

#include "database/Database.h"
#include "income/IncomeCheckRepository.h"
#include "income/IncomeCheckService.h"
#include "income/IncomeEditCommand.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QUndoStack>

namespace anju {

using income::Fen;
using income::IncomeCheck;
using income::IncomeRules;

namespace {

// The amounts of a check in the grid's column order (Wages … Other).
std::array<Fen IncomeCheck::*, 9> amountMembers()
{
    return {&IncomeCheck::incomeWages,      &IncomeCheck::incomeBusiness,  &IncomeCheck::incomeProperty,
            &IncomeCheck::incomeTransfers,  &IncomeCheck::operatingCosts,  &IncomeCheck::expenseMedical,
            &IncomeCheck::expenseEducation, &IncomeCheck::expenseDisaster, &IncomeCheck::expenseOther};
}

bool isAmountColumn(int column)
{
    return column >= IncomeSheetModel::Wages && column <= IncomeSheetModel::Other;
}

// The figure of an editable cell: the headcount or an amount in fen.
qint64 valueOf(const IncomeFigures& figures, int column)
{
    return column == IncomeSheetModel::Headcount ? figures.headcount
                                                 : figures.amounts[column - IncomeSheetModel::Wages];
}

// The field key core's warnings and refusals use for a column.
QString fieldOf(int column)
{
    switch (column) {
    case IncomeSheetModel::Headcount:
        return QLatin1String(Field::IncomeHeadcount);
    case IncomeSheetModel::Wages:
        return QLatin1String(Field::IncomeWages);
    case IncomeSheetModel::Business:
        return QLatin1String(Field::IncomeBusiness);
    case IncomeSheetModel::Property:
        return QLatin1String(Field::IncomeProperty);
    case IncomeSheetModel::Transfers:
        return QLatin1String(Field::IncomeTransfers);
    case IncomeSheetModel::Costs:
        return QLatin1String(Field::IncomeOperatingCosts);
    case IncomeSheetModel::Medical:
        return QLatin1String(Field::IncomeExpenseMedical);
    case IncomeSheetModel::Education:
        return QLatin1String(Field::IncomeExpenseEducation);
    case IncomeSheetModel::Disaster:
        return QLatin1String(Field::IncomeExpenseDisaster);
    case IncomeSheetModel::Other:
        return QLatin1String(Field::IncomeExpenseOther);
    }
    return {};
}

} // namespace

IncomeSheetModel::IncomeSheetModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_undo(new QUndoStack(this))
{
}

Outcome IncomeSheetModel::load(QDate month, qint64 siteId, qint64 gridId)
{
    const Result<income::IncomeSheet> sheet =
        income::IncomeCheckRepository(m_db).sheet(month, siteId, gridId);
    beginResetModel();
    m_lines.clear();
    m_undo->clear();
    m_month = QDate(month.year(), month.month(), 1);
    m_settings = income::IncomeSettings::load(m_db);
    if (sheet) {
        m_lines.reserve(sheet.value().rows.size());
        for (const income::SheetRow& row : sheet.value().rows) {
            Line line;
            line.householdId = row.householdId;
            line.code = row.number;
            line.head = row.headName;
            line.address = row.address;
            line.defaultHeadcount = row.defaultHeadcount;
            line.saved = row.current;
            line.last = row.previous;
            line.flags = row.flags;
            if (row.current)
                line.figures = figuresOf(*row.current);
            else
                line.figures.headcount = row.defaultHeadcount;
            m_lines.append(std::move(line));
        }
    }
    endResetModel();
    emit missingCountChanged(missingCount());
    return sheet;
}

IncomeFigures IncomeSheetModel::figuresOf(const IncomeCheck& check)
{
    IncomeFigures figures;
    figures.headcount = check.headcount;
    const auto members = amountMembers();
    for (std::size_t i = 0; i < members.size(); ++i)
        figures.amounts[i] = check.*members[i];
    figures.present = true;
    return figures;
}

IncomeCheck IncomeSheetModel::checkOf(const Line& line) const
{
    IncomeCheck check;
    if (line.saved)
        check = *line.saved;
    check.householdId = line.householdId;
    check.month = m_month;
    if (!check.checkedOn.isValid())
        check.checkedOn = m_checkDay;
    if (check.checker.isEmpty() && m_db.session())
        check.checker = m_db.session()->userName;
    check.source = QStringLiteral("entry");
    check.headcount = line.figures.headcount;
    const auto members = amountMembers();
    for (std::size_t i = 0; i < members.size(); ++i)
        check.*members[i] = line.figures.amounts[i];
    return check;
}

int IncomeSheetModel::missingCount() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line& l) { return !l.saved; }));
}

qint64 IncomeSheetModel::householdId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).householdId : 0;
}

int IncomeSheetModel::rowOfHousehold(qint64 householdId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).householdId == householdId)
            return row;
    }
    return -1;
}

bool IncomeSheetModel::isDirty(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return false;
    const Line& line = m_lines.at(row);
    if (!line.figures.present)
        return false;
    return !line.saved || figuresOf(*line.saved) != line.figures;
}

bool IncomeSheetModel::hasDirtyRows() const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (isDirty(row))
            return true;
    }
    return false;
}

QString IncomeSheetModel::problem(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const Line& line = m_lines.at(row);
    QStringList parts;
    if (!line.inputProblem.isEmpty())
        parts << line.inputProblem;
    if (!line.saveError.isEmpty())
        parts << line.saveError;
    for (const income::RangeWarning& warning : line.warnings)
        parts << warning.message;
    return parts.join(QLatin1Char('\n'));
}

bool IncomeSheetModel::saveRow(int row)
{
    if (!isDirty(row))
        return true;
    if (m_readOnly)
        return false;
    Line& line = m_lines[row];
    // A cell whose text was refused keeps the row unsaved: saving would store the figure before it (0 on a
    // household not checked yet) as if it had been typed.
    if (!line.inputProblem.isEmpty()) {
        emit rowSaved(row, false, line.inputProblem);
        return false;
    }
    const IncomeCheck check = checkOf(line);
    const bool wasMissing = !line.saved;
    const Result<IncomeCheck> saved = income::IncomeCheckService(m_db).save(
        check, line.saved ? line.saved->rowVersion : 0, qMax(m_checkDay, check.checkedOn));
    if (!saved) {
        // The typed figures stay on the row with core's reason; the row is saved again when left again.
        line.saveError = saved.summary();
        emitRowChanged(row);
        emit rowSaved(row, false, line.saveError);
        return false;
    }
    line.saved = saved.value();
    line.saveError.clear();
    // The stored headcount may be the default filled in by core; the row shows what is stored.
    line.figures = figuresOf(saved.value());
    // The flags of the row as stored (recomputeWarnings reads the months before once per row).
    recomputeWarnings(line);
    emitRowChanged(row);
    emit rowSaved(row, true, {});
    if (wasMissing)
        emit missingCountChanged(missingCount());
    return true;
}

bool IncomeSheetModel::saveAll()
{
    bool all = true;
    for (int row = 0; row < m_lines.size(); ++row)
        all = saveRow(row) && all;
    return all;
}

bool IncomeSheetModel::copyLastMonth(int row)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() || !m_lines.at(row).last)
        return false;
    const IncomeFigures before = m_lines.at(row).figures;
    IncomeFigures after = figuresOf(*m_lines.at(row).last);
    after.headcount = before.headcount; // this month's members, not last month's
    if (after == before)
        return false;
    // Last month's figure replaces text refused in an amount's cell.
    Line& line = m_lines[row];
    if (isAmountColumn(line.inputProblemColumn)) {
        line.inputProblem.clear();
        line.inputProblemColumn = -1;
    }
    m_undo->push(new IncomeEditCommand(this, row, before, after, tr("Copy last month")));
    return true;
}

IncomeFigures IncomeSheetModel::figures(int row) const
{
    return m_lines.at(row).figures;
}

void IncomeSheetModel::applyFigures(int row, const IncomeFigures& figures)
{
    if (row < 0 || row >= m_lines.size())
        return;
    Line& line = m_lines[row];
    // The refused text stays the row's problem until its own cell gets a figure (typed, or Ctrl+D).
    if (line.inputProblemColumn >= 0 &&
        valueOf(figures, line.inputProblemColumn) != valueOf(line.figures, line.inputProblemColumn)) {
        line.inputProblem.clear();
        line.inputProblemColumn = -1;
    }
    line.figures = figures;
    // A row with a stored check always shows figures: undoing its first edit puts back blank amounts.
    if (line.saved)
        line.figures.present = true;
    recomputeWarnings(line);
    emitRowChanged(row);
    emit rowEdited(row);
}

void IncomeSheetModel::recomputeWarnings(Line& line)
{
    if (!line.figures.present) {
        line.warnings.clear();
        return;
    }
    const IncomeCheck check = checkOf(line);
    line.warnings = IncomeRules::warnings(check, m_settings, line.defaultHeadcount);
    // The flags follow the figures as typed; the months before are read once, when the row is first edited.
    if (!line.earlierRead) {
        line.earlier = income::IncomeCheckRepository(m_db).earlierMonths(line.householdId, m_month);
        line.earlierRead = true;
    }
    line.flags = IncomeRules::flags(check, line.earlier, m_settings);
}

void IncomeSheetModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int IncomeSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int IncomeSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncomeSheetModel::displayText(const Line& line, int column) const
{
    switch (column) {
    case Household:
        return line.head.isEmpty() ? line.code : tr("%1 %2").arg(line.code, line.head);
    case Headcount:
        return QString::number(line.figures.headcount);
    case PerCapita:
        if (!line.figures.present)
            return {};
        return IncomeRules::yuanText(IncomeRules::perCapitaAnnual(checkOf(line)));
    case Flags:
        return line.figures.present ? flagsText(line) : QString();
    case Notes:
        return notesText(line);
    }
    if (isAmountColumn(column) && line.figures.present)
        return IncomeRules::yuanText(line.figures.amounts[column - Wages]);
    return {};
}

QString IncomeSheetModel::lastMonthText(const Line& line, int column) const
{
    if (column == Household)
        return line.address;
    if (!line.last)
        return {};
    const IncomeCheck& last = *line.last;
    if (column == Headcount)
        return QString::number(last.headcount);
    if (column == PerCapita)
        return IncomeRules::yuanText(IncomeRules::perCapitaAnnual(last));
    if (isAmountColumn(column))
        return IncomeRules::yuanText(last.*amountMembers()[std::size_t(column - Wages)]);
    return {};
}

QString IncomeSheetModel::flagsText(const Line& line) const
{
    QStringList words;
    if (line.flags.belowLine)
        words << tr("Below line");
    if (line.flags.drop)
        words << tr("Drop");
    if (line.flags.largeExpense)
        words << tr("Large expense");
    return words.join(tr(", "));
}

QString IncomeSheetModel::notesText(const Line& line) const
{
    if (!line.inputProblem.isEmpty())
        return line.inputProblem;
    if (!line.saveError.isEmpty())
        return tr("Not saved: %1").arg(line.saveError.section(QLatin1Char('\n'), 0, 0));
    if (!line.warnings.isEmpty())
        return line.warnings.first().message;
    if (!line.figures.present)
        return tr("Not checked");
    if (!line.saved || figuresOf(*line.saved) != line.figures)
        return tr("Not saved yet");
    return tr("Saved");
}

QVariant IncomeSheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(line, column);
    case Qt::EditRole:
        if (column == Headcount)
            return QString::number(line.figures.headcount);
        if (isAmountColumn(column))
            return line.figures.present ? IncomeRules::yuanText(line.figures.amounts[column - Wages])
                                        : QString();
        return displayText(line, column);
    case LastMonthRole:
        return lastMonthText(line, column);
    case MissingRole:
        return line.saved ? QStringLiteral("0") : QStringLiteral("1");
    case RefusedInputRole:
        return line.inputProblemColumn == column;
    case ProblemRole: {
        if (!line.inputProblem.isEmpty() || !line.saveError.isEmpty())
            return 2;
        const QString field = fieldOf(column);
        for (const income::RangeWarning& warning : line.warnings) {
            if (column == Notes || warning.field == field)
                return 1;
        }
        return 0;
    }
    case Qt::ToolTipRole: {
        const QString problems = problem(index.row());
        if (column == Household)
            return tr("%1 %2\n%3").arg(line.code, line.head, line.address).trimmed();
        if (!problems.isEmpty())
            return problems;
        if (line.last && (isAmountColumn(column) || column == Headcount || column == PerCapita))
            return tr("Last month: %1").arg(lastMonthText(line, column));
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == Household || column == Flags || column == Notes)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Flags && line.flags.any())
            return QBrush(QColor(0xb0, 0x3a, 0x00));
        if (column == Notes) {
            if (!line.inputProblem.isEmpty() || !line.saveError.isEmpty())
                return QBrush(QColor(0xc0, 0x10, 0x10));
            if (!line.warnings.isEmpty())
                return QBrush(QColor(0xa0, 0x60, 0x00));
            if (!line.figures.present)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (column == Headcount && !line.figures.present)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

QVariant IncomeSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == PerCapita)
            return tr("Net income per person per year: (income − costs) × 12 ÷ headcount");
        if (isAmountColumn(section) || section == Headcount)
            return tr("This month above, last month below in grey");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Household:
        return tr("Household");
    case Headcount:
        return tr("People");
    case Wages:
        return tr("Wages");
    case Business:
        return tr("Business");
    case Property:
        return tr("Property");
    case Transfers:
        return tr("Transfers");
    case Costs:
        return tr("Costs");
    case Medical:
        return tr("Medical");
    case Education:
        return tr("Education");
    case Disaster:
        return tr("Disaster");
    case Other:
        return tr("Other exp.");
    case PerCapita:
        return tr("Per capita/yr");
    case Flags:
        return tr("Flags");
    case Notes:
        return tr("Notes");
    }
    return {};
}

Qt::ItemFlags IncomeSheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_readOnly && index.column() >= FirstEditable && index.column() <= LastEditable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool IncomeSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !index.isValid() || index.column() < FirstEditable ||
        index.column() > LastEditable)
        return false;
    const int row = index.row();
    Line& line = m_lines[row];
    const QString text = value.toString().trimmed();
    IncomeFigures after = line.figures;
    if (index.column() == Headcount) {
        // 0 is refused like any other bad figure: taken, the service put the members on file back in
        // its place without a word.
        const Result<int> headcount = IncomeRules::headcountFromText(text);
        if (!headcount) {
            line.inputProblem = tr("%1: %2").arg(headerData(Headcount, Qt::Horizontal).toString(),
                                                 headcount.violations().value(0).message);
            line.inputProblemColumn = Headcount;
            emitRowChanged(row);
            return false;
        }
        after.headcount = headcount.value();
    } else {
        const std::optional<Fen> fen =
            text.isEmpty() ? std::optional<Fen>(0) : IncomeRules::fenFromYuan(text);
        if (!fen) {
            line.inputProblem = tr("%1: \"%2\" is not an amount in yuan (e.g. 1234.5)")
                                    .arg(headerData(index.column(), Qt::Horizontal).toString(), text);
            line.inputProblemColumn = index.column();
            emitRowChanged(row);
            return false;
        }
        after.amounts[index.column() - Wages] = *fen;
    }
    after.present = true;
    // Good text in the refused cell takes the refusal back, even when it is the figure already there.
    if (line.inputProblemColumn == index.column()) {
        line.inputProblem.clear();
        line.inputProblemColumn = -1;
        emitRowChanged(row);
    }
    if (after == line.figures)
        return true;
    m_undo->push(
        new IncomeEditCommand(this, row, line.figures, after,
                              tr("Edit %1").arg(headerData(index.column(), Qt::Horizontal).toString())));
    return true;
}

} // namespace anju

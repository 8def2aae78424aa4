#pragma once

#include "domain/Violation.h"
#include "income/IncomeCheckTypes.h"
#include "income/IncomeRules.h"
#include "income/IncomeSettings.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <array>

#include <optional>

class QUndoStack;

namespace anju {

class Database;

// What one row of the entry grid shows as typed: the headcount and the nine amounts (fen). The undo
// stack keeps these, not whole checks, so an undo after a save updates the saved check (its id and
// row_version stay the stored ones).
struct IncomeFigures
{
    int headcount = 0;
    std::array<income::Fen, 9> amounts{}; // wages, business, property, transfers, costs, four expenses
    bool present = false;                 // false: nothing typed yet on a row without a check

    bool operator==(const IncomeFigures&) const = default;
};

// The bulk-entry grid of one month for a site or a grid: one row per household from the repository's sheet
// (one grouped query, no widget per row), this month's check as typed beside last month's. Edits go
// through an undo stack; a row is saved by saveRow (the tab calls it when the cursor leaves the row), with
// core's range warnings while typing and core's refusal kept on the row when a save fails.
class IncomeSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Household, // code and head, the address on the second line
        Headcount,
        Wages,
        Business,
        Property,
        Transfers,
        Costs,
        Medical,
        Education,
        Disaster,
        Other,
        PerCapita, // net per capita per year
        Flags,
        Notes, // saved, missing, the warnings or the reason a save failed
        ColumnCount
    };
    static constexpr int FirstEditable = Headcount;
    static constexpr int LastEditable = Other;

    enum Role
    {
        LastMonthRole = Qt::UserRole + 1, // the second line: last month's figure or the address
        MissingRole,                      // "1" when the household has no check of the month
        ProblemRole,                      // the row's failed save or warnings, for the delegate's colour
        RefusedInputRole,                 // true on the cell whose typed text was not taken
    };

    IncomeSheetModel(const Database& db, QObject* parent = nullptr);

    // Reads the sheet of `month` (its first day) for the grid, or the site when gridId is 0.
    Outcome load(QDate month, qint64 siteId, qint64 gridId);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // The day written as the check's date for new checks (today; tests set it).
    void setCheckDay(QDate day) { m_checkDay = day; }

    QDate month() const { return m_month; }
    int missingCount() const;
    qint64 householdId(int row) const;
    int rowOfHousehold(qint64 householdId) const;
    bool isDirty(int row) const;
    bool hasDirtyRows() const;
    QString problem(int row) const; // the failed save's reason, else the warnings, one per line
    QUndoStack* undoStack() const { return m_undo; }

    // Saves the row when it has changes; true when nothing was left unsaved.
    bool saveRow(int row);
    bool saveAll();
    // Ctrl+D: last month's amounts into this month's row (headcount stays this month's), undoable.
    bool copyLastMonth(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Text typed in a cell: yuan ("1234.5") or a headcount. Refused (false) with a warning on the row when
    // it is not a number; accepted otherwise as one undo step.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The undo commands' way in: puts figures on a row and says the row changed.
    void applyFigures(int row, const IncomeFigures& figures);
    IncomeFigures figures(int row) const;

signals:
    // A row's figures changed by an edit, Ctrl+D, undo or redo (the tab saves a row the cursor is not on).
    void rowEdited(int row);
    // After a save attempt: ok, or the reason kept on the row.
    void rowSaved(int row, bool ok, const QString& message);
    void missingCountChanged(int count);

private:
    struct Line
    {
        qint64 householdId = 0;
        QString code;
        QString head;
        QString address;
        int defaultHeadcount = 0;
        std::optional<income::IncomeCheck> saved;
        std::optional<income::IncomeCheck> last;
        income::CheckFlags flags;           // as read with the sheet, then as typed
        QList<income::MonthFigure> earlier; // the months the drop flag compares with
        bool earlierRead = false;           // read once, when the row is first edited
        IncomeFigures figures;
        QString inputProblem;        // text typed that is not an amount: the row is not saved while it stays
        int inputProblemColumn = -1; // the cell it was typed in
        QString saveError;           // core's refusal of the last save
        QList<income::RangeWarning> warnings;
    };

    income::IncomeCheck checkOf(const Line& line) const;
    QString displayText(const Line& line, int column) const;
    QString lastMonthText(const Line& line, int column) const;
    QString flagsText(const Line& line) const;
    QString notesText(const Line& line) const;
    void recomputeWarnings(Line& line);
    void emitRowChanged(int row);
    static IncomeFigures figuresOf(const income::IncomeCheck& check);

    const Database& m_db;
    QList<Line> m_lines;
    QDate m_month;
    QDate m_checkDay = QDate::currentDate();
    income::IncomeSettings m_settings;
    bool m_readOnly = false;
    QUndoStack* m_undo = nullptr;
};

} // namespace anju

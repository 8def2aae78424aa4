#pragma once

#include "domain/Household.h"
#include "domain/Violation.h"
#include "households/HouseholdMemberColumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QUndoStack;

namespace anju {

// The members of the household being edited, as typed: a bad ID stays in its cell as typed (red, with
// the reason) until corrected, so a failed save loses nothing. Rows are in the order given to
// RegistryService::saveHousehold, so a Violation's row is a row of this model. Former members (moved
// away, deceased) are shown but not editable. Edits go through the undo stack when one is set.
class HouseholdMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ProblemRole = Qt::UserRole + 1
    };

    explicit HouseholdMembersModel(QObject* parent = nullptr);

    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    void setMembers(const QList<Person>& members);
    QList<Person> members() const;
    const Person& person(int row) const { return m_rows.at(row).person; }
    bool isFormer(int row) const;
    bool isNew(int row) const { return m_rows.at(row).person.id == 0; }
    int activeCount() const;

    // Adds an empty member after the current ones (through the undo stack); returns its row.
    int addMember();
    // Removes a member that was never saved (a saved one moves out instead).
    bool removeNewMember(int row);

    // Shows the violations of a save: person fields on their cells, others in problems().
    void showViolations(const QList<Violation>& violations);
    // Every open problem, one line each ("Row 2, ID number: ..."), for the line under the table.
    QStringList problems() const;
    QString problemAt(int row, int column) const;
    bool hasProblems() const;

    // Used by the undo commands: change the model without recording another command.
    QVariant cellValue(int row, int column) const;
    void writeCell(int row, int column, const QVariant& value);
    void insertMember(int row, const Person& person);
    void removeMember(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void problemsChanged();

private:
    struct Row
    {
        Person person;
        QSet<int> touched;                 // columns typed into since loading: checked while typing
        QHash<int, QString> liveProblems;  // from HouseholdRules::validatePerson on touched columns
        QHash<int, QString> savedProblems; // from the last save, until the cell is edited
        QStringList rowProblems;           // violations of the row that belong to no column
    };

    void revalidate(int row);

    QList<Row> m_rows;
    QStringList m_generalProblems; // about the members as a whole ("one head")
    QUndoStack* m_undoStack = nullptr;
};

} // namespace anju

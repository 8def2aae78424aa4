#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QUndoStack;

namespace anju {

class HouseholdMembersModel;
class HouseholdMembersTable;
struct Membership;

// The members part of the household form: the table, the member actions, and under the table the
// problems of the rows as typed (the red cells' reasons) and who moved to other households.
class HouseholdMembersBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit HouseholdMembersBox(QUndoStack* undoStack, QWidget* parent = nullptr);

    HouseholdMembersModel* model() const { return m_model; }
    HouseholdMembersTable* table() const { return m_table; }
    QLabel* problemsLabel() const { return m_problems; }
    int currentRow() const;
    // Lines such as "Li Si: to household 430524001-0007 on 2024-05-01".
    // False for a household that moved away or was dissolved: it takes no new members.
    void setAddAllowed(bool allowed);
    void setMovedElsewhere(const QStringList& lines);
    // Puts the focus on the first cell with a problem; false when there is none.
    bool focusFirstProblem();
    QWidget* lastFocusable() const;

signals:
    void addRequested();
    void removeRequested();
    void moveOutRequested();
    void deceasedRequested();
    void moveRequested();

private:
    void updateProblems();
    void updateActions();

    HouseholdMembersModel* m_model = nullptr;
    HouseholdMembersTable* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_moveOut = nullptr;
    QPushButton* m_deceased = nullptr;
    QPushButton* m_move = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_movedElsewhere = nullptr;
};

} // namespace anju

#pragma once

#include "domain/Household.h"
#include "widgets/FieldError.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// Moves a member into another household (a marriage, a child setting up on their own): the clerk finds
// the household by number or by a member's name, picks the new relationship and the date. Their stay in
// the old household is closed, not deleted.
class MoveHouseholdMemberDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxMatches = 20;

    MoveHouseholdMemberDialog(const Database& db, const Person& person, const Household& household,
                              QWidget* parent = nullptr);

    void accept() override;
    qint64 targetHouseholdId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();

    const Database& m_db;
    Person m_person;
    qint64 m_sourceHouseholdId;
    FieldErrors m_errors;
    QLineEdit* m_search = nullptr;
    QListWidget* m_matches = nullptr;
    QComboBox* m_relationship = nullptr;
    OptionalDateEdit* m_date = nullptr;
    QComboBox* m_newHead = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer m_searchDelay;
};

} // namespace anju

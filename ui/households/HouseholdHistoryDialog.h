#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTableWidget;

namespace anju {

class Database;

// A household's changes in the order they were made, each as a sentence: who changed which field of the
// household or of a member when, from what to what (read from the audit trail, masked as the user's role
// sees it), every field of the selected change on demand.
class HouseholdHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdHistoryDialog(const Database& db, qint64 householdId, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QPlainTextEdit* details() const { return m_details; }

private:
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace anju

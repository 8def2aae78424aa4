#pragma once

#include "party/PartyReview.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace anju {

class Database;
class ReviewModel;

// 本月待办: the secretary's review of a month, overdue first; Enter or double-click opens the record the
// row is about (member, organisation, site or transfer) to act on it.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(const Database& db, QWidget* parent = nullptr);

    ReviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDateEdit* monthEdit() const { return m_month; }
    QComboBox* kindCombo() const { return m_kind; }
    QPushButton* reconcileButton() const { return m_reconcile; }
    void setOrganisation(qint64 organisationId);
    void setMonth(QDate month);
    void refresh();

signals:
    void openRequested(const anju::party::PartyReviewItem& item);

private:
    void openCurrent();
    void updateSummary();
    // Sets the selected member's 政治面貌 in the household register from the party record (core decides).
    void reconcileCurrent();

    const Database& m_db;
    ReviewModel* m_model = nullptr;
    QDateEdit* m_month = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_currentNote = nullptr; // the selected row's 说明, whole
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_reconcile = nullptr; // for a 政治面貌 row about a member
};

} // namespace anju

#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;

namespace anju {

class Database;
class IncomeSheetModel;
class IncomeSheetView;

// 收支核查: the monthly check of a site's or a grid's households typed in bulk. The site or grid and the
// month are chosen at the top; one row per household with last month's figures under this month's; keys
// only (Enter, Ctrl+D, Ctrl+Z, Ctrl+Shift+Z); each row saved when the cursor leaves it; the households not
// yet checked this month counted and, on request, listed alone. A role that may not write reads it with
// core's reason.
class IncomeCheckTab : public QWidget
{
    Q_OBJECT

public:
    explicit IncomeCheckTab(const Database& db, QWidget* parent = nullptr);
    static QString title(); // the tab's name on the 帮扶 page

    // The sheet shown: a site (gridId 0) or one of its grids, and a month (any day of it).
    bool showSheet(qint64 siteId, qint64 gridId, QDate month);
    void setMonth(QDate month);
    // The day new checks are dated (today; tests set it).
    void setCheckDay(QDate day);
    void setOnlyMissing(bool only);

    QDate month() const { return m_month; }
    IncomeSheetModel* model() const { return m_model; }
    IncomeSheetView* view() const { return m_view; }
    // Source row of the model at the cursor, -1 without one.
    int currentRow() const;
    QString missingText() const;
    QString notice() const;

public slots:
    void reload();
    void copyLastMonth();
    // Saves every row typed and not yet saved (leaving the tab, another sheet).
    bool saveAll();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fillScopes();
    void scopeChosen();
    void monthChosen();
    bool mayLeaveSheet();
    void updateMissing();
    void showRowProblem();
    void selectScope(qint64 siteId, qint64 gridId);

    const Database& m_db;
    IncomeSheetModel* m_model = nullptr;
    QSortFilterProxyModel* m_missingFilter = nullptr;
    IncomeSheetView* m_view = nullptr;
    QComboBox* m_scope = nullptr;
    QDateEdit* m_monthEdit = nullptr;
    QCheckBox* m_onlyMissing = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_readOnly = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_rowProblem = nullptr;
    qint64 m_siteId = 0;
    qint64 m_gridId = 0;
    QDate m_month;
    bool m_canWrite = false;
    bool m_loaded = false; // the first sheet is read when the tab is first shown, not at start-up
};

} // namespace anju

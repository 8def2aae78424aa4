#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace anju {

class Database;
struct Household;
class HouseholdForm;
class RosterFilterBar;
class RosterModel;

// 住户: the roster of households with its filters, and the entry point to each household's form.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdsPage(const Database& db, QWidget* parent = nullptr);

    RosterModel* rosterModel() const { return m_model; }
    QTableView* rosterView() const { return m_view; }
    RosterFilterBar* filterBar() const { return m_filterBar; }

public slots:
    // Sites or buildings were added or renamed elsewhere.
    void reloadSites();
    void newHousehold();
    void openHousehold(qint64 householdId);
    void openCurrentHousehold();
    // Asks for a roster file (.xlsx or .csv) and opens the import dialog on it.
    void importRoster();

signals:
    // A household was saved or a member moved: other pages may show figures that changed.
    void householdChanged(qint64 householdId);
    // For the main window's status bar ("已保存住户 …").
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What to do when the roster is empty: enter a site first, add or import households, or loosen the
    // filter. Shown over the empty table.
    void updateEmptyHint(int count);
    void showForm(HouseholdForm* form);
    // After a save: the household selected in the roster, the filters loosened to it when they hid it.
    void showSaved(const Household& household);
    void updateCount(int count);
    void updateActions();
    void setColumnWidths();

    const Database& m_db;
    RosterFilterBar* m_filterBar = nullptr;
    RosterModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace anju

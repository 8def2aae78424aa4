#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace anju {

class Database;

// 走访与事件 in the household file: the household's visits, tasks, cases, pairing contacts and grid moves
// (grids::HouseholdTimeline), newest first, with a filter by kind. It only shows; the form adds it for a
// user who may read the grids.
class HouseholdTimelineBox : public QWidget
{
    Q_OBJECT

public:
    HouseholdTimelineBox(const Database& db, QWidget* parent = nullptr);

    // Reads the household's timeline again (0: empties the box).
    void load(qint64 householdId);
    QTableWidget* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kind; }

private:
    void applyFilter();

    const Database& m_db;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace anju

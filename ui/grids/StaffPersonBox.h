#pragma once

#include "grids/GridTypes.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace anju {

class Database;

// Who serves: a resident found by name, ID or household number (PersonSearch, as the session may see
// them), or an outside cadre by name, work unit and phone. Used by the staff and the handover dialogs.
class StaffPersonBox : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPersonBox(const Database& db, QWidget* parent = nullptr);

    // Fills origin, personId (0 when none is chosen), cadreName, workUnit, phone and the name shown.
    void fill(grids::StaffMember& staff) const;
    bool isResident() const;
    QLineEdit* searchField() const { return m_search; }
    QListWidget* people() const { return m_people; }
    QLineEdit* cadreName() const { return m_cadreName; }

    // The chosen resident as the list shows them (name, sex, household, site), or the cadre's name.
    QString chosenDescription() const;

public slots:
    void search();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Database& m_db;
    QRadioButton* m_resident = nullptr;
    QRadioButton* m_cadre = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_people = nullptr;
    QLineEdit* m_cadreName = nullptr;
    QLineEdit* m_workUnit = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace anju

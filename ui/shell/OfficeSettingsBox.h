#pragma once

#include "settings/OfficeSettings.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace anju {

class Database;

// The office's settings that live only in the database (party rules, site rules, backup keeping, the visit
// and income rules, reporting unit): value in force, default, and where it comes from. A session that may
// change the office's settings (OfficeSettingEdit::mayEdit) changes the visit and income rules here: Enter
// or a double-click on one opens a dialog typed for it, and a button adds a year's monitoring line.
class OfficeSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OfficeSettingsBox(const Database& db, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* tree() const { return m_tree; }
    // Opens the change dialog of the setting `key` (what Enter on its row does).
    void editSetting(const QString& key);

private:
    void editCurrent();
    void addYearLine();
    void select(const QString& key);
    void currentChanged();

    const Database& m_db;
    bool m_mayEdit = false;
    QList<settings::OfficeSetting> m_settings;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_addLine = nullptr;
};

} // namespace anju

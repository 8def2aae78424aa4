#pragma once

#include <QGroupBox>

class QTreeWidget;

namespace anju {

class Database;

// The administrator's view of the office's settings that live only in the database (party rules, site
// rules, backup keeping, reporting unit): value in force, default, and where it comes from. Read-only
// for now: changing a threshold needs the validation each rule asks for, which is not written yet.
class OfficeSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OfficeSettingsBox(const Database& db, QWidget* parent = nullptr);
    void reload();

private:
    const Database& m_db;
    QTreeWidget* m_tree = nullptr;
};

} // namespace anju

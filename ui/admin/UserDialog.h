#pragma once

#include "access/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace anju {

class Database;

// One user for the administrator: a new one (name, role, sites, first password) or an existing one
// (full name, role, sites, switched on or off). Saved through AccountService on OK.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(const Database& db, const User& user, QWidget* parent = nullptr);

public slots:
    void save();

private:
    const Database& m_db;
    User m_user;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_fullName = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_everySite = nullptr;
    QListWidget* m_sites = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_generalError = nullptr;
};

} // namespace anju

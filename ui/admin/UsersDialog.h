#pragma once

#include "access/User.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace anju {

class Database;

// The administrator's list of users: add, change role and sites, reset a password, unlock.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(const Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    void addUser();
    void editUser();
    void resetPassword();
    void unlockUser();

private:
    std::optional<User> selectedUser() const;

    const Database& m_db;
    QList<User> m_users;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace anju

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace anju {

class Database;

// The first start on a new database: the administrator's account is made here (there is no preset
// password), and they are logged in when the dialog is accepted.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(const Database& db, QWidget* parent = nullptr);

    QLineEdit* userField() const { return m_user; }
    QLineEdit* fullNameField() const { return m_fullName; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }

public slots:
    void create();

private:
    const Database& m_db;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_userError = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_repeatError = nullptr;
    QLabel* m_generalError = nullptr;
};

} // namespace anju

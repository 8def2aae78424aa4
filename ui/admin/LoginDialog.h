#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace anju {

class Database;

// Asks for the user name and password at every start, and logs in on the database (AccountService):
// accepted once the login succeeded. On a demo database it names the demo users.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const Database& db, QWidget* parent = nullptr);

    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QString message() const;

public slots:
    void logIn();

private:
    const Database& m_db;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace anju

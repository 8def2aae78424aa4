#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace anju {

class Database;

// The logged-in user changes their own password (the present one, the new one twice).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(const Database& db, QWidget* parent = nullptr);

public slots:
    void save();

private:
    const Database& m_db;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_oldError = nullptr;
    QLabel* m_newError = nullptr;
    QLabel* m_repeatError = nullptr;
};

} // namespace anju

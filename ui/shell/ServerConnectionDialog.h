#pragma once

#include "database/Database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace anju {

// Settings → "Shared server…": where the office's PostgreSQL server is, a "Test connection" that says
// what is there, and Save, which makes this desk open the server from the next start on.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectionDialog(QWidget* parent = nullptr);
    // The location typed so far (with the password, which is never saved).
    DatabaseLocation location() const;
    void setLocation(const DatabaseLocation& location);
    QString lastResult() const;

    void testConnection();

private:
    void save();
    bool checkFields();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace anju

#pragma once

#include <QObject>

class QMenu;
class QMenuBar;
class QWidget;

namespace anju {

class Database;

// The Administration menu: users, the audit trail, backup, restore and the database check, each shown
// only to the roles that may use it; and the password of the logged-in user.
class AdminMenu : public QObject
{
    Q_OBJECT

public:
    AdminMenu(const Database& db, QWidget* window);
    void addTo(QMenuBar* bar);

public slots:
    void showUsers();
    void showAudit();
    void backUpNow();
    void restoreFromBackup();
    void checkDatabase();
    void changePassword();

signals:
    void statusMessage(const QString& message);

private:
    bool onServer() const;
    QString backupFilter() const;
    const Database& m_db;
    QWidget* m_window;
};

} // namespace anju

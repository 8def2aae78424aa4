#include "admin/AdminMenu.h"

#include "access/Permissions.h"
#include "admin/AuditDialog.h"
#include "admin/BackupRunner.h"
#include "admin/PasswordDialog.h"
#include "admin/UsersDialog.h"
#include "backup/DatabaseBackup.h"
#include "backup/DatabaseCheck.h"
#include "database/Database.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QUrl>

namespace anju {

AdminMenu::AdminMenu(const Database& db, QWidget* window) : QObject(window), m_db(db), m_window(window) {}

void AdminMenu::addTo(QMenuBar* bar)
{
    QMenu* menu = bar->addMenu(tr("&Administration"));
    menu->setObjectName(QStringLiteral("adminMenu"));
    const Session* session = m_db.session();
    const auto add = [&](const QString& text, const char* name, Action action, void (AdminMenu::*slot)()) {
        QAction* a = menu->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        a->setVisible(Permissions::allows(session, action));
        return a;
    };
    add(tr("&Users…"), "actionUsers", Action::ManageUsers, &AdminMenu::showUsers);
    add(tr("&Audit trail…"), "actionAudit", Action::ReadAudit, &AdminMenu::showAudit);
    menu->addSeparator();
    add(tr("&Back up now…"), "actionBackup", Action::Backup, &AdminMenu::backUpNow);
    add(tr("&Restore from a backup…"), "actionRestore", Action::Restore, &AdminMenu::restoreFromBackup);
    add(tr("&Check the database"), "actionCheck", Action::CheckDatabase, &AdminMenu::checkDatabase);
    menu->addSeparator();
    QAction* password = menu->addAction(tr("Change my &password…"), this, &AdminMenu::changePassword);
    password->setObjectName(QStringLiteral("actionPassword"));
}

void AdminMenu::showUsers()
{
    UsersDialog dialog(m_db, m_window);
    dialog.exec();
}

void AdminMenu::showAudit()
{
    AuditDialog dialog(m_db, m_window);
    dialog.exec();
}

bool AdminMenu::onServer() const
{
    return m_db.dialect().engine() == SqlDialect::Engine::PostgreSql;
}

QString AdminMenu::backupFilter() const
{
    return onServer() ? tr("Backups of a server database (*.dump)") : tr("Anju backups (*.sqlite)");
}

void AdminMenu::backUpNow()
{
    // A server's backup (pg_dump) goes where the administrator puts it; a file's beside the file.
    const QString folder = onServer() ? QDir::homePath() : backup::DatabaseBackup::folderFor(m_db);
    const QString base = onServer() ? QUrl(m_db.location().path).fileName()
                                    : QFileInfo(m_db.location().path).completeBaseName();
    // "anju-备份-2026-12-06.sqlite": in the user's language, and never taken for a daily backup (those are
    // NAME-DATE.sqlite and are thinned out by age).
    const QString suggested =
        QDir(folder).filePath(tr("%1-backup-%2").arg(base, QDate::currentDate().toString(Qt::ISODate)) +
                              (onServer() ? QStringLiteral(".dump") : QStringLiteral(".sqlite")));
    QDir().mkpath(folder);
    const QString target =
        FileDialog::getSaveFileName(m_window, tr("Back up the database"), suggested, backupFilter());
    if (target.isEmpty())
        return;
    const QString error = BackupRunner::backupWithProgress(m_db, target, m_window);
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Back up"), error);
        return;
    }
    emit statusMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)));
}

void AdminMenu::restoreFromBackup()
{
    const QString file = FileDialog::getOpenFileName(
        m_window, tr("Restore from a backup"),
        onServer() ? QDir::homePath() : backup::DatabaseBackup::folderFor(m_db), backupFilter());
    if (file.isEmpty())
        return;
    const QString problem = backup::DatabaseBackup::verify(file);
    if (!problem.isEmpty()) {
        MessageBox::warning(m_window, tr("Restore"), problem);
        return;
    }
    const QString question =
        onServer() ? tr("Replace everything in the database on the server by the backup %1, made %2?\n\nThe "
                        "other desks must close Anju first. The database as it is now is kept on the server "
                        "under another name, and Anju closes afterwards; start it again to go on.")
                   : tr("Replace everything in the database by the backup %1, made %2?\n\nThe database as it "
                        "is now is "
                        "kept in "
                        "a file beside it, and Anju closes afterwards; start it again to go on.");
    const auto answer = MessageBox::question(
        m_window, tr("Restore"),
        question.arg(QDir::toNativeSeparators(file),
                     QFileInfo(file).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString aside;
    const Outcome outcome = backup::DatabaseBackup::restore(m_db, file, &aside);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        MessageBox::warning(m_window, tr("Restore"), outcome.summary());
        return;
    }
    MessageBox::information(
        m_window, tr("Restore"),
        tr("The database was restored from the backup. The database as it was before is kept "
           "as %1.\n\nAnju closes now; start it again.")
            .arg(onServer() ? aside : QDir::toNativeSeparators(aside)));
    // Every page still shows the old contents: a fresh start is simpler and surer than reloading them all.
    QApplication::quit();
}

void AdminMenu::checkDatabase()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QList<backup::CheckFinding>> findings = backup::DatabaseCheck(m_db).run();
    QApplication::restoreOverrideCursor();
    if (!findings) {
        MessageBox::warning(m_window, tr("Check the database"), findings.summary());
        return;
    }
    if (findings.value().isEmpty()) {
        MessageBox::information(
            m_window, tr("Check the database"),
            onServer() ? tr("No problems found: the server reports the database whole and "
                            "the registry keeps its rules.")
                       : tr("No problems found: the file is whole and the registry keeps its rules."));
        return;
    }
    QStringList lines;
    for (const backup::CheckFinding& f : findings.value().mid(0, 40))
        lines.append(QStringLiteral("• ") + f.message);
    if (findings.value().size() > 40)
        lines.append(
            tr("… and %n more (anju-cli check lists them all).", nullptr, int(findings.value().size() - 40)));
    MessageBox::warning(m_window, tr("Check the database"),
                        tr("%n problem(s) found:", nullptr, int(findings.value().size())) +
                            QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void AdminMenu::changePassword()
{
    PasswordDialog dialog(m_db, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Your password was changed."));
}

} // namespace anju

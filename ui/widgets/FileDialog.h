#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QString>

#include <memory>

class QWidget;

namespace anju {

// File dialogs that tests can pre-answer (as MessageBox does): when an answer is set, the next dialog
// returns it without showing anything. An empty answer is a cancelled dialog.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(anju::FileDialog)

public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);

    // The folder last used for `purpose` ("import", "export"), kept across starts (QSettings), or the
    // user's documents folder; rememberFolder keeps the folder of a file just chosen.
    static QString lastFolder(const QString& purpose);
    static void rememberFolder(const QString& purpose, const QString& filePath);

    // The dialog both of the above show: Qt's own, never the desktop's, with icons and types named from
    // the file's name alone. Reading a file to guess its type opens and closes it in this process, and
    // closing any descriptor of the open database file (or its -wal, -shm) drops every POSIX lock SQLite
    // holds on it: another program on the file (anju-cli, a backup, a second window) then takes itself
    // for the only one, removes the WAL this window writes to, and saves are lost or the file damaged.
    static std::unique_ptr<QFileDialog> make(QWidget* parent, const QString& caption, const QString& folder,
                                             const QString& filter, QFileDialog::AcceptMode mode);

    // For tests: the path the next dialog returns. clearNextAnswer() shows dialogs again.
    static void setNextAnswer(const QString& path);
    static void clearNextAnswer();
};

} // namespace anju

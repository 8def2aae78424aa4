#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace anju {

class Database;

// Runs a backup on a thread of its own, with a connection of its own, so the window never freezes:
// with a progress dialog and Cancel (backupWithProgress) or silently (the daily one).
class BackupRunner : public QObject
{
    Q_OBJECT

public:
    // Blocks in a local event loop behind a progress dialog; empty on success, else why not.
    static QString backupWithProgress(const Database& db, const QString& target, QWidget* parent);
    // Starts today's backup unless there is one; `done` gets the file made (or nothing) or an error.
    static void startDailyBackup(const Database& db, QObject* receiver,
                                 std::function<void(const QString& file, const QString& error)> done);
    // Cancels the daily backup if it still runs (the window closes) and waits for its thread.
    static void stopDailyBackup();
};

} // namespace anju

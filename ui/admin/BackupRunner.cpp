#include "admin/BackupRunner.h"

#include "backup/DatabaseBackup.h"
#include "database/Database.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace anju {

QString BackupRunner::backupWithProgress(const Database& db, const QString& target, QWidget* parent)
{
    struct Shared
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
        QString error;
    };
    auto shared = std::make_shared<Shared>();
    // A connection is used only on the thread that made it: the worker opens its own.
    QThread* worker = QThread::create([shared, &db, target] {
        const Result<std::unique_ptr<Database>> reopened = db.reopen();
        if (!reopened) {
            shared->error = reopened.summary();
            return;
        }
        const std::unique_ptr<Database>& connection = reopened.value();
        const Outcome outcome =
            backup::DatabaseBackup::backup(*connection, target, [&shared](int done, int total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel;
            });
        if (!outcome)
            shared->error = outcome.summary();
    });
    QProgressDialog progress(backup::DatabaseBackup::tr("Backing up the database…"),
                             backup::DatabaseBackup::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QTimer tick;
    QEventLoop loop;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        const int total = shared->total;
        progress.setValue(total > 0 ? shared->done * 100 / total : 0);
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { shared->cancel = true; });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    tick.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return shared->error;
}

namespace {
QPointer<QThread> dailyWorker;
std::atomic<bool> dailyCancel{false};
} // namespace

void BackupRunner::startDailyBackup(const Database& db, QObject* receiver,
                                    std::function<void(const QString& file, const QString& error)> done)
{
    auto result = std::make_shared<std::pair<QString, QString>>();
    dailyCancel = false;
    QThread* worker = QThread::create([&db, result] {
        const Result<std::unique_ptr<Database>> reopened = db.reopen();
        if (!reopened) {
            result->second = reopened.summary();
            return;
        }
        const std::unique_ptr<Database>& connection = reopened.value();
        const Result<QString> made = backup::DatabaseBackup::dailyBackup(
            *connection, QDate::currentDate(), [](int, int) { return !dailyCancel; });
        if (made)
            result->first = made.value();
        else
            result->second = made.summary();
    });
    dailyWorker = worker;
    QObject::connect(worker, &QThread::finished, receiver, [worker, result, done] {
        worker->deleteLater();
        if (!dailyCancel)
            done(result->first, result->second);
    });
    worker->start(QThread::LowPriority);
}

void BackupRunner::stopDailyBackup()
{
    if (!dailyWorker)
        return;
    dailyCancel = true;
    dailyWorker->wait();
}

} // namespace anju

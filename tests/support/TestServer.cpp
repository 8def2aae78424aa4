#include "TestServer.h"

#include "TestDatabase.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace anju::test {

QString TestServer::url()
{
    const QString direct = qEnvironmentVariable("ANJU_TEST_POSTGRES");
    if (!direct.isEmpty())
        return direct;
    const QString urlFile = qEnvironmentVariable("ANJU_TEST_POSTGRES_FILE");
    QFile file(urlFile);
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll()).trimmed();
    // pg-cluster.sh could not start the cluster and says why (the server package is missing): every *_pg
    // test fails with that reason rather than obscurely.
    QFile reason(urlFile + QStringLiteral(".error"));
    if (!urlFile.isEmpty() && reason.open(QIODevice::ReadOnly))
        qFatal("%s", reason.readAll().trimmed().constData());
    return {};
}

void TestServer::onMaintenanceDatabase(const QString& statement)
{
    const QUrl server(url());
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("anju-test-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setUserName(server.userName());
        admin.setDatabaseName(server.path().mid(1));
        if (!admin.open())
            qFatal("cannot reach the test server %s: %s", qPrintable(server.toString()),
                   qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        if (!query.exec(statement))
            qFatal("%s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("anju-test-admin"));
}

QString TestServer::newDatabaseName()
{
    static QAtomicInt counter;
    return QStringLiteral("anju_test_%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

QString TestServer::urlOf(const QString& name)
{
    QUrl server(url());
    server.setPath(QLatin1Char('/') + name);
    return server.toString();
}

ScratchLocation::ScratchLocation(const QString& fileName)
{
    m_text = m_dir.filePath(fileName);
    if (!TestDatabase::onServer())
        return;
    if (TestServer::url().isEmpty())
        qFatal("ANJU_TEST_ENGINE=postgresql needs ANJU_TEST_POSTGRES (start one with "
               "tests/support/pg-cluster.sh; it needs the Debian package postgresql)");
    m_serverDatabase = TestServer::newDatabaseName();
    TestServer::onMaintenanceDatabase(QStringLiteral("CREATE DATABASE ") + m_serverDatabase);
    m_text = TestServer::urlOf(m_serverDatabase);
}

ScratchLocation::~ScratchLocation()
{
    if (!m_serverDatabase.isEmpty())
        TestServer::onMaintenanceDatabase(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

} // namespace anju::test

#include "Console.h"
#include "Dispatcher.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (anju::cli::Dispatcher::needsGui(raw)) {
        // A PDF needs fonts, not a screen: the CLI runs on servers and over ssh.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Anju"));
    QCoreApplication::setApplicationName(QStringLiteral("anju-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANJU_VERSION));

    const QString chosen = anju::cli::Dispatcher::languageOption(QCoreApplication::arguments());
    const QString language = chosen.isEmpty() ? anju::Translations::preferredLanguage() : chosen;
    if (!anju::Translations::install(app, language)) {
        anju::Translations::install(app, anju::Translations::defaultLanguage());
        return anju::cli::fail(
            anju::cli::Dispatcher::tr("Unknown language %1: use zh_CN or en.").arg(language),
            anju::cli::UsageError);
    }
    return anju::cli::Dispatcher::run(QCoreApplication::arguments());
}

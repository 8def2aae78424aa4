#include "Console.h"
#include "Dispatcher.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace anju {

namespace {
// The window's and anju-cli's settings are one file, so a language chosen in the window reaches both.
const auto Organization = QStringLiteral("Anju");
const auto Application = QStringLiteral("anju");
} // namespace

QString Translations::preferredLanguage()
{
    const QString chosen = QSettings(Organization, Application).value(QStringLiteral("ui/language")).toString();
    return chosen.isEmpty() ? defaultLanguage() : chosen;
}

void Translations::setPreferredLanguage(const QString& language)
{
    QSettings(Organization, Application).setValue(QStringLiteral("ui/language"), language);
}

bool Translations::install(QCoreApplication& app, const QString& language)
{
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        return false;
    QLocale::setDefault(QLocale(language));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/anju_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own texts (buttons of standard dialogs, context menus) in the same language.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace anju

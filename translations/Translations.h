#pragma once

#include <QString>

class QCoreApplication;

namespace anju {

// Loads the program's and Qt's translations for a language ("zh_CN" by default, "en").
class Translations
{
public:
    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    // The language chosen in settings (QSettings "ui/language"), else the default.
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString& language);
    // Installs the translators on the application; returns false when the language is unknown.
    static bool install(QCoreApplication& app, const QString& language);
};

} // namespace anju

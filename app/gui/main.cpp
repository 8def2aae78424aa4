// anju: the desktop window. Parses the arguments, installs the language, opens the database, hands over
// to MainWindow.

#include "Translations.h"
#include "accounts/SchemaUpgrade.h"
#include "admin/StartSession.h"
#include "database/Database.h"
#include "database/PostgresUrl.h"
#include "shell/DatabaseChoice.h"
#include "shell/MainWindow.h"
#include "shell/UiResources.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>

#include <cstdio>

namespace anju {
namespace {

class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(anju::GuiMain)

public:
    struct Options
    {
        QCommandLineOption database{
            QStringList{QStringLiteral("db")},
            tr("The database: a file path (SQLite) or postgresql://USER@HOST:PORT/DATABASE "
               "for the office's shared server. Without it, the database chosen in the "
               "settings (the file in your data folder unless a server was chosen)."),
            tr("LOCATION")};
        QCommandLineOption language{
            QStringList{QStringLiteral("language")},
            tr("The language of the window, zh_CN or en, instead of the one chosen in "
               "settings."),
            tr("LANGUAGE")};
    };

    static void describe(QCommandLineParser& parser, const Options& options)
    {
        parser.setApplicationDescription(tr("Anju: follow-up support for relocation resettlement sites."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(options.database);
        parser.addOption(options.language);
    }

    static QString badLanguage(const QString& language)
    {
        return tr("Unknown language \"%1\"; use zh_CN or en.").arg(language);
    }

    // The server asked for a password that is neither in PGPASSWORD nor in ~/.pgpass.
    static QString askPassword(const DatabaseLocation& location, bool* ok)
    {
        return QInputDialog::getText(nullptr, tr("Anju"),
                                     tr("Password of the shared database %1:").arg(location.display()),
                                     QLineEdit::Password, QString(), ok);
    }

    static void openFailed(const QString& error)
    {
        MessageBox::critical(nullptr, tr("Anju"), tr("The database could not be opened.\n\n%1").arg(error));
    }
};

// Chinese text in one font family that has all its glyphs, rather than glyph by glyph from whatever
// fonts the system falls back to; a machine without Noto keeps its own default.
void preferChineseFont()
{
    const QString noto = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(noto))
        return;
    QFont font = QApplication::font();
    font.setFamilies({noto, font.family()});
    QApplication::setFont(font);
}

int run(QApplication& app)
{
    // The language must be known before any text is translated, the help text included; so read
    // --language first, then parse for real with the translated descriptions.
    QString language = Translations::preferredLanguage();
    {
        GuiMain::Options options;
        QCommandLineParser early;
        GuiMain::describe(early, options);
        if (early.parse(app.arguments()) && early.isSet(options.language))
            language = early.value(options.language);
    }
    if (!Translations::install(app, language)) {
        // Said in the default language, since the one asked for is not known.
        Translations::install(app, Translations::defaultLanguage());
        std::fputs(qPrintable(GuiMain::badLanguage(language) + u'\n'), stderr);
        return 1;
    }

    GuiMain::Options options;
    QCommandLineParser parser;
    GuiMain::describe(parser, options);
    parser.process(app);

    preferChineseFont();
    initUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/anju.svg")));

    DatabaseLocation location = parser.isSet(options.database)
                                    ? DatabaseLocation::parse(parser.value(options.database))
                                    : DatabaseChoice::remembered();
    // An older database waits for the login: upgrading it is the administrator's (startSession).
    Result<std::unique_ptr<Database>> opened = Database::openWithoutUpgrade(location);
    while (!opened && location.engine == SqlDialect::Engine::PostgreSql &&
           PostgresUrl::wantsPassword(opened.summary())) {
        bool ok = false;
        location.password = GuiMain::askPassword(location, &ok);
        if (!ok)
            return 1;
        opened = Database::openWithoutUpgrade(location);
    }
    if (!opened) {
        GuiMain::openFailed(opened.summary());
        return 1;
    }
    const std::unique_ptr<Database> db = std::move(opened.value());
    if (const Outcome upgraded = accounts::SchemaUpgrade::beforeLogin(*db); !upgraded) {
        GuiMain::openFailed(upgraded.summary());
        return 1;
    }

    if (!startSession(*db))
        return 0;
    MainWindow window(*db);
    window.show();
    window.startDailyBackup();
    return QApplication::exec();
}

} // namespace
} // namespace anju

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Anju"));
    QApplication::setApplicationName(QStringLiteral("anju"));
    QApplication::setApplicationVersion(QStringLiteral(ANJU_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("anju"));
    return anju::run(app);
}

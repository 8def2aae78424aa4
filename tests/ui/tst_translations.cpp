// The Chinese translation is the one clerks work in: every text must be translated, keep its
// placeholders and shortcut letters, and really reach the window and the messages of core.

#include "TestDatabase.h"
#include "Translations.h"

#include "domain/Enums.h"
#include "domain/IdNumber.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace anju;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or the single translation
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            messages.append(message);
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // "vanished" and "obsolete" messages are not shown anywhere; anything else must be done.
            messages.last().unfinished = type == QLatin1String("unfinished");
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    messages.last().translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (messages.last().translations.isEmpty())
                messages.last().translations.append(text);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const auto& match : placeholder.globalMatch(text))
        found.append(match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// A single "&" before a letter marks the shortcut; "&&" is a literal ampersand.
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChineseTextIsTranslated();
    void coreTextsComeOutInChinese();
    void navigationIsInChinese();
    void qtsOwnDialogsAreInChinese();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnjuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
}

void TestTranslations::everyChineseTextIsTranslated()
{
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(ANJU_ZH_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 400);

    QStringList problems;
    for (const TsMessage& message : messages) {
        const QString where =
            message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\": ");
        if (message.unfinished)
            problems.append(where + QStringLiteral("unfinished"));
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral("empty translation"));
                continue;
            }
            const QStringList expected = placeholders(message.source);
            const QStringList actual = placeholders(translation);
            for (const QString& placeholder : expected) {
                if (!actual.contains(placeholder))
                    problems.append(where + QStringLiteral("lost %") + placeholder);
            }
            if (hasMnemonic(message.source) && !hasMnemonic(translation))
                problems.append(where + QStringLiteral("lost its & shortcut letter"));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::coreTextsComeOutInChinese()
{
    QCOMPARE(enumLabel(Relationship::Head), QStringLiteral("户主"));
    QCOMPARE(enumLabel(Sex::Female), QStringLiteral("女"));
    const QString checkError = IdNumber::parse(u"340524198001010013").errorMessage();
    QVERIFY2(checkError.contains(QStringLiteral("校验")), qPrintable(checkError));
    QVERIFY2(IdNumber::parse(u"").errorMessage().contains(QStringLiteral("身份证号")),
             qPrintable(IdNumber::parse(u"").errorMessage()));
}

void TestTranslations::navigationIsInChinese()
{
    test::TestDatabase testDb;
    MainWindow window(testDb.db());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList entries;
    for (int row = 0; row < navigation->count(); ++row)
        entries.append(navigation->item(row)->text());
    QVERIFY2(entries.contains(QStringLiteral("住户")), qPrintable(entries.join(QLatin1Char(' '))));
    QVERIFY2(entries.contains(QStringLiteral("设置")), qPrintable(entries.join(QLatin1Char(' '))));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("安居")));
}

// Qt's own texts (file dialogs, calendar pop-ups, standard buttons) come from Qt's qtbase_zh_CN.qm
// (Debian's qt6-translations-l10n), loaded with the program's own (issue 15: "Folder" in a file dialog).
void TestTranslations::qtsOwnDialogsAreInChinese()
{
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Folder"), QStringLiteral("文件夹"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    // Qt's own file dialog, not the desktop's, as under a bare X server.
    QFileDialog dialog(nullptr, QStringLiteral("t"), QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto* lookIn = dialog.findChild<QLabel*>(QStringLiteral("lookInLabel"));
    QVERIFY(lookIn);
    QVERIFY2(lookIn->text().contains(QStringLiteral("查找范围")), qPrintable(lookIn->text()));
    // Dates in calendar pop-ups and date fields follow the language: month names in Chinese.
    QCOMPARE(QLocale().monthName(1), QStringLiteral("一月"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

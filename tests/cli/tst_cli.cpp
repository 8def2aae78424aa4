#include "Translations.h"
#include "database/Database.h"
#include "domain/IdNumber.h"

#include "ProgramRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

} // namespace

// Runs the real anju-cli executable, in English, with its settings and data folders in a temporary folder.
// Each test works on its own copy of one demo database that initTestCase makes, so that any test runs
// alone or in any order (`tst_cli rolesOnTheCommandLine`) and none sees what another one wrote.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateId_data();
    void validateId();
    void validateIdExitCodes();
    void usageErrors();
    void helpPerCommand_data();
    void helpPerCommand();
    void chineseHelpNamesEveryCommand();
    void initCreatesTheDatabase();
    void demoIsDeterministic();
    void householdShowHasMembersAndOneHead();
    void householdListFiltersBySite();
    void exportRosterWritesCsv();
    void demoRefusesADatabaseWithHouseholds();
    void rolesOnTheCommandLine();
    void backupCheckAndRestore();
    void auditListsLoginsAndExports();
    void failuresExitWithOne();
    void initRefillsTheSearchIndex();
    void importAsksForTheMoveInDate();

private:
    // Logged in as the demo databases' admin unless `env` says otherwise (an empty value unsets).
    Run run(const QStringList& arguments, const QHash<QString, QString>& env = {}) const;
    QString dbPath(const QString& name) const { return m_dir.filePath(name); }
    QJsonArray listJson(const QString& db, const QStringList& extra = {}) const;
    // A fresh copy of the 50-household demo database, named `name` in the temporary folder.
    QString demoCopy(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_demo; // made once by initTestCase, never written to: tests work on copies
};

Run TestCli::run(const QStringList& arguments, const QHash<QString, QString>& extraEnv) const
{
    QProcessEnvironment env = test::cliEnvironment(m_dir.path(), QStringLiteral("admin"));
    for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                            QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments, env);
}

QJsonArray TestCli::listJson(const QString& db, const QStringList& extra) const
{
    const Run list = run(QStringList{QStringLiteral("--db"), db, QStringLiteral("household"),
                                     QStringLiteral("list"), QStringLiteral("--json")} +
                         extra);
    if (list.exitCode != 0)
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.array() : QJsonArray();
}

void TestCli::initTestCase()
{
    // The CLI runs with --language en; the messages it is compared with must come from the same catalogue.
    QVERIFY(anju::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ANJU_CLI_PATH)), ANJU_CLI_PATH);
    const QString demo = dbPath(QStringLiteral("demo-fixture.anju"));
    const Run made =
        run({QStringLiteral("--db"), demo, QStringLiteral("demo"), QStringLiteral("--households"),
             QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_demo = demo;
}

QString TestCli::demoCopy(const QString& name) const
{
    const QString copy = dbPath(name);
    QFile::remove(copy);
    // A test that calls this before initTestCase made the demo gets an empty path, and fails on it.
    if (m_demo.isEmpty() || !QFile::copy(m_demo, copy))
        return {};
    return copy;
}

void TestCli::validateId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // the normalized number when valid

    const QString valid = QStringLiteral("34052419800101001X");
    QTest::newRow("GB 11643 example") << valid << true << valid;
    QTest::newRow("wrong check character") << QStringLiteral("340524198001010013") << false << QString();
    QTest::newRow("lower-case x") << QStringLiteral("34052419800101001x") << true << valid;
    QTest::newRow("full-width digits")
        << QStringLiteral("３４０５２４１９８００１０１００１Ｘ") << true << valid;
    QTest::newRow("spaces") << QStringLiteral("340524 19800101 001X") << true << valid;
    QTest::newRow("15 digits converted") << QStringLiteral("340524800101001") << true << valid;
    QTest::newRow("Excel float") << QStringLiteral("4.30524E+17") << false << QString();
    QTest::newRow("future birth date")
        << QStringLiteral("430524209901010018") << false << QString(); // 213 mod 11 = 4 -> '8'
    QTest::newRow("impossible date") << QStringLiteral("340524198002300019") << false
                                     << QString(); // 223 mod 11 = 3 -> '9': only the date is wrong
    QTest::newRow("too short") << QStringLiteral("3405241980") << false << QString();
}

void TestCli::validateId()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const Run result = run({QStringLiteral("validate-id"), input});
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const IdNumber parsed = IdNumber::parse(input);
    QCOMPARE(parsed.isValid(), valid);
    if (valid) {
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(lines.constFirst().startsWith(expected + QStringLiteral(": valid, Male, born 1980-01-01")),
                 qPrintable(lines.constFirst()));
        QCOMPARE(lines.constFirst().contains(QLatin1String("15-digit")), parsed.convertedFrom15());
    } else {
        QCOMPARE(result.exitCode, 1);
        // The reason is the one core gives, next to what was typed.
        QCOMPARE(lines.constFirst(), input + QStringLiteral(": invalid: ") + parsed.errorMessage());
    }
}

void TestCli::validateIdExitCodes()
{
    const Run allValid = run({QStringLiteral("validate-id"), QStringLiteral("34052419800101001X"),
                              QStringLiteral("340524800101001")});
    QCOMPARE(allValid.exitCode, 0);
    QCOMPARE(allValid.out.count(QLatin1Char('\n')), 2);

    const Run oneInvalid = run({QStringLiteral("validate-id"), QStringLiteral("34052419800101001X"),
                                QStringLiteral("340524198001010013")});
    QCOMPARE(oneInvalid.exitCode, 1);
    QCOMPARE(oneInvalid.out.count(QLatin1Char('\n')), 2);

    const Run none = run({QStringLiteral("validate-id")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
    QVERIFY(!none.err.isEmpty());
}

void TestCli::usageErrors()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("no-such-command")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("household")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--db")}).exitCode, 2);
    const QString db = dbPath(QStringLiteral("usage.anju"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                  QStringLiteral("many")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--bogus")}).exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("show")}).exitCode,
             2);
    QVERIFY(!QFile::exists(db)); // a usage error touches no database
    const Run language = run({QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("init")});
    QCOMPARE(language.exitCode, 2);
}

void TestCli::helpPerCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("general") << QStringList{};
    QTest::newRow("validate-id") << QStringList{QStringLiteral("validate-id")};
    QTest::newRow("init") << QStringList{QStringLiteral("init")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")};
    QTest::newRow("household list") << QStringList{QStringLiteral("household"), QStringLiteral("list")};
    QTest::newRow("household show") << QStringList{QStringLiteral("household"), QStringLiteral("show")};
    QTest::newRow("export roster") << QStringList{QStringLiteral("export"), QStringLiteral("roster")};
}

void TestCli::helpPerCommand()
{
    QFETCH(QStringList, command);
    const Run help = run(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: anju-cli")), qPrintable(help.out));
    if (!command.isEmpty())
        QVERIFY2(help.out.contains(command.join(QLatin1Char(' '))), qPrintable(help.out));
}

// The general help is one translated text: a command word added in English only would leave the whole
// help in English for a Chinese desk.
void TestCli::chineseHelpNamesEveryCommand()
{
    const Run english = run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")});
    const Run chinese = run({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(chinese.out.startsWith(QStringLiteral("用法：anju-cli")), qPrintable(chinese.out));
    // Every command line of the English help ("  word ...") has its line in the Chinese one.
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]*(?: [a-z|-]+)?)"),
                                                QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = commandLine.globalMatch(english.out); it.hasNext();) {
        const QString words = it.next().captured(1);
        ++commands;
        QVERIFY2(chinese.out.contains(QStringLiteral("\n  ") + words), qPrintable(words));
    }
    QVERIFY(commands >= 20);
}

void TestCli::initCreatesTheDatabase()
{
    const QString db = dbPath(QStringLiteral("init.anju"));
    const QHash<QString, QString> chief = {
        {QStringLiteral("ANJU_USER"), QStringLiteral("chief")},
        {QStringLiteral("ANJU_PASSWORD"), QStringLiteral("Anju-2026-office")}};
    // No user named: no administrator, and no preset password either.
    const Run nameless =
        run({QStringLiteral("--db"), db, QStringLiteral("init")}, {{QStringLiteral("ANJU_USER"), {}}});
    QCOMPARE(nameless.exitCode, 1);
    QVERIFY2(nameless.err.contains(QStringLiteral("--user")), qPrintable(nameless.err));
    // A weak password is refused, the demo databases' one included.
    for (const QString& weak : {QStringLiteral("anju-demo"), QStringLiteral("1234567"),
                                QStringLiteral("abcdefghij"), QStringLiteral("chief-2026")}) {
        const Run refused = run({QStringLiteral("--db"), db, QStringLiteral("init")},
                                {{QStringLiteral("ANJU_USER"), QStringLiteral("chief")},
                                 {QStringLiteral("ANJU_PASSWORD"), weak}});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("password")), qPrintable(refused.err));
    }
    const Run init = run({QStringLiteral("--db"), db, QStringLiteral("init")}, chief);
    QCOMPARE(init.exitCode, 0);
    QVERIFY(QFile::exists(db));
    QVERIFY2(init.out.contains(QStringLiteral("Administrator: chief")), qPrintable(init.out));
    QVERIFY2(init.out.contains(QDir::toNativeSeparators(db)), qPrintable(init.out));
    QVERIFY2(init.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())),
             qPrintable(init.out));
    // Again on the same file: nothing to migrate, no second administrator.
    const Run again = run({QStringLiteral("--db"), db, QStringLiteral("init")}, chief);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains(QStringLiteral("Administrator")));
    // The administrator logs in; a wrong password or an unknown user does not.
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("list")}, chief)
                 .exitCode,
             0);
    const Run wrong = run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("list")},
                          {{QStringLiteral("ANJU_USER"), QStringLiteral("chief")},
                           {QStringLiteral("ANJU_PASSWORD"), QStringLiteral("Anju-2026-offic")}});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("user name or the password is wrong")), qPrintable(wrong.err));
    const Run stranger =
        run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("list")});
    QCOMPARE(stranger.exitCode, 1);
    QVERIFY(stranger.out.isEmpty());
}

void TestCli::demoIsDeterministic()
{
    QList<QJsonArray> lists;
    for (const QString& name : {QStringLiteral("demo-a.anju"), QStringLiteral("demo-b.anju")}) {
        const QString db = dbPath(name);
        const Run demo =
            run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                 QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("Households: 50")), qPrintable(demo.out));
        QVERIFY2(demo.err.contains(QStringLiteral("100%")), qPrintable(demo.err)); // progress went to stderr
        lists.append(listJson(db));
    }
    const QString demoA = dbPath(QStringLiteral("demo-a.anju"));
    QCOMPARE(lists.at(0).size(), 50);
    QCOMPARE(lists.at(0), lists.at(1));
    const QJsonObject first = lists.at(0).at(0).toObject();
    for (const char* key : {"number", "head", "site", "siteCode", "address", "members", "state"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(first.value(QStringLiteral("number"))
                .toString()
                .startsWith(first.value(QStringLiteral("siteCode")).toString()));

    // The text output is the same for both too.
    const Run textA =
        run({QStringLiteral("--db"), demoA, QStringLiteral("household"), QStringLiteral("list")});
    const Run textB = run({QStringLiteral("--db"), dbPath(QStringLiteral("demo-b.anju")),
                           QStringLiteral("household"), QStringLiteral("list")});
    QCOMPARE(textA.exitCode, 0);
    QCOMPARE(textA.out, textB.out);
    QCOMPARE(textA.out.count(QLatin1Char('\n')), 51); // a header and 50 households
}

void TestCli::householdShowHasMembersAndOneHead()
{
    const QString db = demoCopy(QStringLiteral("show.anju"));
    QVERIFY(!db.isEmpty());
    const QJsonArray list = listJson(db, {QStringLiteral("--state"), QStringLiteral("active")});
    QVERIFY(!list.isEmpty());
    const QString number = list.at(0).toObject().value(QStringLiteral("number")).toString();
    const Run show = run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("show"),
                          number, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject household = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(household.value(QStringLiteral("number")).toString(), number);
    const QJsonArray members = household.value(QStringLiteral("members")).toArray();
    QVERIFY(!members.isEmpty());
    int activeHeads = 0;
    for (const QJsonValue& value : members) {
        const QJsonObject member = value.toObject();
        QVERIFY(IdNumber::parse(member.value(QStringLiteral("idNumber")).toString()).isValid());
        QVERIFY(!member.value(QStringLiteral("memberships")).toArray().isEmpty());
        if (member.value(QStringLiteral("relationship")).toString() == QLatin1String("head") &&
            member.value(QStringLiteral("state")).toString() == QLatin1String("active"))
            ++activeHeads;
    }
    QCOMPARE(activeHeads, 1);

    const Run text =
        run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("show"), number});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith(QStringLiteral("Household ") + number));
    QVERIFY(text.out.contains(QStringLiteral("Head of household")));
}

void TestCli::householdListFiltersBySite()
{
    const QString db = demoCopy(QStringLiteral("list.anju"));
    QVERIFY(!db.isEmpty());
    const QJsonArray all = listJson(db);
    const QString site = all.at(0).toObject().value(QStringLiteral("siteCode")).toString();
    const QJsonArray ofSite = listJson(db, {QStringLiteral("--site"), site});
    QVERIFY(!ofSite.isEmpty());
    QVERIFY(ofSite.size() < all.size());
    for (const QJsonValue& value : ofSite)
        QCOMPARE(value.toObject().value(QStringLiteral("siteCode")).toString(), site);
    const Run unknown = run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("list"),
                             QStringLiteral("--site"), QStringLiteral("999999999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!unknown.err.isEmpty());
}

void TestCli::exportRosterWritesCsv()
{
    const QString db = demoCopy(QStringLiteral("export.anju"));
    QVERIFY(!db.isEmpty());
    const QString file = dbPath(QStringLiteral("roster.csv"));
    const Run exported = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"),
                              QStringLiteral("-o"), file});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(QStringLiteral("Wrote ") + QDir::toNativeSeparators(file)),
             qPrintable(exported.out));
    QVERIFY2(exported.out.contains(QStringLiteral("Households: 50")), qPrintable(exported.out));
    const QRegularExpressionMatch persons =
        QRegularExpression(QStringLiteral("Persons: (\\d+)")).match(exported.out);
    QVERIFY(persons.hasMatch());

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // First the warning that the file holds personal information, then the roster.
    QVERIFY2(lines.takeFirst().contains(QStringLiteral("personal information")),
             qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().startsWith(
                 QStringLiteral("序号,户编号,安置点,安置点编码,楼栋,单元,房号,姓名,与户主关系,身份证号,")),
             qPrintable(lines.constFirst()));
    QCOMPARE(lines.size() - 1, persons.captured(1).toInt());
    // The ID number (10th column) is written as its 18 characters.
    QVERIFY(IdNumber::parse(lines.at(1).split(QLatin1Char(',')).at(9)).isValid());

    const QString other = dbPath(QStringLiteral("other.xlsx"));
    const Run unknownSite =
        run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"),
             QStringLiteral("-o"), other, QStringLiteral("--site"), QStringLiteral("999999999")});
    QCOMPARE(unknownSite.exitCode, 1);
    QVERIFY(!unknownSite.err.isEmpty());
    QVERIFY(!QFile::exists(other));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster")}).exitCode,
             2);
}

void TestCli::demoRefusesADatabaseWithHouseholds()
{
    const QString db = demoCopy(QStringLiteral("demo-again.anju"));
    QVERIFY(!db.isEmpty());
    const Run again = run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                           QStringLiteral("5")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(!again.err.isEmpty());
    QCOMPARE(listJson(db).size(), 50);
}

void TestCli::rolesOnTheCommandLine()
{
    const QString db = demoCopy(QStringLiteral("roles.anju"));
    QVERIFY(!db.isEmpty());
    const auto as = [](const char* user) {
        return QHash<QString, QString>{{QStringLiteral("ANJU_USER"), QString::fromLatin1(user)}};
    };
    const QJsonArray households = listJson(db);
    const QString number = households.at(0).toObject().value(QStringLiteral("number")).toString();
    const QStringList show = {QStringLiteral("--db"), db,     QStringLiteral("household"),
                              QStringLiteral("show"), number, QStringLiteral("--json")};
    const auto ids = [](const Run& r) {
        QStringList found;
        const QJsonObject h = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue& m : h.value(QStringLiteral("members")).toArray())
            found.append(m.toObject().value(QStringLiteral("idNumber")).toString());
        return found;
    };
    const Run clerk = run(show, as("clerk"));
    QCOMPARE(clerk.exitCode, 0);
    const Run secretary = run(show, as("secretary"));
    QCOMPARE(secretary.exitCode, 0);
    const QStringList full = ids(clerk);
    const QStringList masked = ids(secretary);
    QVERIFY(!full.isEmpty());
    QCOMPARE(masked.size(), full.size());
    for (qsizetype i = 0; i < full.size(); ++i) {
        QVERIFY2(IdNumber::parse(full.at(i)).isValid(), qPrintable(full.at(i)));
        QCOMPARE(masked.at(i), full.at(i).left(6) + QStringLiteral("********") + full.at(i).right(4));
    }
    const QStringList exportArgs = {QStringLiteral("--db"),   db,
                                    QStringLiteral("export"), QStringLiteral("roster"),
                                    QStringLiteral("-o"),     dbPath(QStringLiteral("by-secretary.csv"))};
    QFile::remove(dbPath(QStringLiteral("by-secretary.csv"))); // left by an earlier run of this test
    const Run refused = run(exportArgs, as("secretary"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!QFile::exists(dbPath(QStringLiteral("by-secretary.csv"))));
    QCOMPARE(run(exportArgs, as("manager")).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("check")}, as("clerk")).exitCode, 1);
}

void TestCli::backupCheckAndRestore()
{
    const QString copy = demoCopy(QStringLiteral("restore-me.anju"));
    QVERIFY(!copy.isEmpty());
    const QString backupFile = dbPath(QStringLiteral("backup-a.sqlite"));
    QFile::remove(backupFile);
    const Run backup =
        run({QStringLiteral("--db"), copy, QStringLiteral("backup"), QStringLiteral("-o"), backupFile});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.contains(QStringLiteral("Backup:")), qPrintable(backup.out));
    const Run check = run({QStringLiteral("--db"), backupFile, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("No problems found.")), qPrintable(check.out));
    const Run restore = run({QStringLiteral("--db"), copy, QStringLiteral("restore"), backupFile});
    QCOMPARE(restore.exitCode, 0);
    QCOMPARE(listJson(copy).size(), 50);
    // A file that is not a backup is refused and changes nothing.
    const QString junk = dbPath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QCOMPARE(run({QStringLiteral("--db"), copy, QStringLiteral("restore"), junk}).exitCode, 1);
    QCOMPARE(listJson(copy).size(), 50);
    // Only the administrator restores.
    const Run byClerk = run({QStringLiteral("--db"), copy, QStringLiteral("restore"), backupFile},
                            {{QStringLiteral("ANJU_USER"), QStringLiteral("clerk")}});
    QCOMPARE(byClerk.exitCode, 1);
}

void TestCli::auditListsLoginsAndExports()
{
    const QString db = demoCopy(QStringLiteral("audit.anju"));
    QVERIFY(!db.isEmpty());
    // What the trail must show, done here: the manager exports, the secretary and the clerk log in.
    const auto as = [](const char* user) {
        return QHash<QString, QString>{{QStringLiteral("ANJU_USER"), QString::fromLatin1(user)}};
    };
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roster"),
                  QStringLiteral("-o"), dbPath(QStringLiteral("by-manager.csv"))},
                 as("manager"))
                 .exitCode,
             0);
    for (const char* user : {"secretary", "clerk"})
        QCOMPARE(
            run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("list")}, as(user))
                .exitCode,
            0);
    const Run audit = run({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json"),
                           QStringLiteral("--limit"), QStringLiteral("1000")},
                          {{QStringLiteral("ANJU_USER"), QStringLiteral("manager")}});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QStringList actions;
    for (const QJsonValue& e : entries)
        actions.append(e.toObject().value(QStringLiteral("user")).toString() + QLatin1Char(':') +
                       e.toObject().value(QStringLiteral("action")).toString());
    QVERIFY2(actions.contains(QStringLiteral("manager:export")), qPrintable(actions.join(QLatin1Char(' '))));
    QVERIFY(actions.contains(QStringLiteral("secretary:login")));
    QVERIFY(actions.contains(QStringLiteral("clerk:login")));
    // A clerk may not read the trail.
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("audit")},
                 {{QStringLiteral("ANJU_USER"), QStringLiteral("clerk")}})
                 .exitCode,
             1);
}

void TestCli::failuresExitWithOne()
{
    const QString missing = dbPath(QStringLiteral("missing.anju"));
    const Run list =
        run({QStringLiteral("--db"), missing, QStringLiteral("household"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 1);
    QVERIFY(!QFile::exists(missing)); // listing does not create an empty database
    QVERIFY(!list.err.isEmpty());
    const QString db = demoCopy(QStringLiteral("failures.anju"));
    QVERIFY(!db.isEmpty());
    const Run show = run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("show"),
                          QStringLiteral("000000000-0000")});
    QCOMPARE(show.exitCode, 1);
    QVERIFY(show.out.isEmpty());
    const Run folder = run({QStringLiteral("--db"), m_dir.path(), QStringLiteral("init")});
    QCOMPARE(folder.exitCode, 1);
}

namespace {

// Runs statements on the file as anyone with sqlite3 could, outside the program.
bool editByHand(const QString& file, const QStringList& statements)
{
    const QString name = QStringLiteral("by-hand");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int searchCount(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("count")).toInt(-1);
}

} // namespace

// A name changed by hand while the search index's trigger was dropped is found again after the
// administrator's init, which makes the trigger again, refills the index and says so (issue 14).
void TestCli::initRefillsTheSearchIndex()
{
    const QString db = demoCopy(QStringLiteral("refill.anju"));
    QVERIFY(!db.isEmpty());
    QVERIFY(editByHand(
        db,
        {QStringLiteral("DROP TRIGGER persons_search_grams"),
         QStringLiteral("DROP TRIGGER audit_persons_update"),
         // the head's name kept on the household is written too, and audited
         QStringLiteral("DROP TRIGGER audit_households_update"),
         QStringLiteral("UPDATE persons SET name = '欧阳修远' WHERE id = (SELECT MIN(id) FROM persons)")}));
    const QStringList search{QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("欧阳修远"),
                             QStringLiteral("--json")};
    QCOMPARE(searchCount(run(search)), 0);
    const Run init = run({QStringLiteral("--db"), db, QStringLiteral("init")});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains(QStringLiteral("Made again: the search index")), qPrintable(init.out));
    QVERIFY2(init.out.contains(QStringLiteral("persons_search_grams")), qPrintable(init.out));
    QCOMPARE(searchCount(run(search)), 1);
}

// A roster with no move-in date column: one message names what to give; --moved-in gives it.
void TestCli::importAsksForTheMoveInDate()
{
    const QString db = demoCopy(QStringLiteral("moved-in.anju"));
    QVERIFY(!db.isEmpty());
    const QJsonArray households = listJson(db);
    QVERIFY(!households.isEmpty());
    const QString site = households.at(0).toObject().value(QStringLiteral("site")).toString();
    QVERIFY(!site.isEmpty());
    const QString roster = dbPath(QStringLiteral("no-dates.csv"));
    QFile file(roster);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString head = QStringLiteral("43052419600101%1").arg(QStringLiteral("777"));
    const QString id = head + IdNumber::checkCharacter(head);
    file.write(QStringLiteral("户编号,姓名,与户主关系,身份证号,迁出县\r\nND-1,欧阳晨,户主,%1,430524\r\n")
                   .arg(id)
                   .toUtf8());
    file.close();
    const QStringList import{QStringLiteral("--db"),   db,  QStringLiteral("import"), roster,
                             QStringLiteral("--site"), site};
    const Run refused = run(import);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--moved-in")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(QStringLiteral("move-in date")), 1);
    const Run dated = run(import + QStringList{QStringLiteral("--moved-in"), QStringLiteral("2021-03-01")});
    QVERIFY2(dated.exitCode == 0, qPrintable(dated.out + dated.err));
    QVERIFY2(dated.out.contains(QStringLiteral("Imported: 1 household")), qPrintable(dated.out));
    const Run shown = run({QStringLiteral("--db"), db, QStringLiteral("household"), QStringLiteral("show"),
                           QStringLiteral("ND-1"), QStringLiteral("--json")});
    QVERIFY2(shown.out.contains(QStringLiteral("2021-03-01")), qPrintable(shown.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// anju-cli household show prints the household's timeline of visits, cases and contacts (issue 17): on demo
// data with 24 months of visits, the lines of a household against an independent count in SQL, newest
// first, in the JSON and in the text.
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = anju::test::ProgramRun;

} // namespace

class TestCliHouseholdTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_number; // a household with visits and a case
    int m_visits = 0; // its visits, counted in SQL
    int m_cases = 0;  // the cases tied to it
    QString m_lastVisit;

    Run run(const QString& user, const QStringList& arguments) const
    {
        const QProcessEnvironment env = anju::test::cliEnvironment(m_dir.path(), user);
        return anju::test::runProgram(
            QStringLiteral(ANJU_CLI_PATH),
            QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"), m_db} +
                arguments,
            env);
    }

    QJsonObject show(const QString& user) const
    {
        const Run shown = run(
            user, {QStringLiteral("household"), QStringLiteral("show"), m_number, QStringLiteral("--json")});
        if (shown.exitCode != 0)
            qWarning("%s", qPrintable(shown.err));
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.anju"));
        const Run demo = run(QStringLiteral("admin"),
                             {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The household with the most visits among those tied to a case, so every kind of line is there.
            QVERIFY(q.exec(
                QStringLiteral("SELECT h.number, (SELECT COUNT(*) FROM visits v WHERE v.household_id = h.id),"
                               " (SELECT COUNT(*) FROM grid_case_households ch WHERE ch.household_id = h.id),"
                               " (SELECT MAX(v.visit_date) FROM visits v WHERE v.household_id = h.id)"
                               " FROM households h WHERE EXISTS (SELECT 1 FROM grid_case_households ch"
                               "  WHERE ch.household_id = h.id) ORDER BY 2 DESC, h.number LIMIT 1")));
            QVERIFY2(q.next(), "the demo has no household tied to a case");
            m_number = q.value(0).toString();
            m_visits = q.value(1).toInt();
            m_cases = q.value(2).toInt();
            m_lastVisit = q.value(3).toString().left(10);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        QVERIFY(m_visits > 0);
    }

    void jsonHasTheTimelineNewestFirst()
    {
        const QJsonArray timeline = show(QStringLiteral("clerk")).value(QStringLiteral("timeline")).toArray();
        int visits = 0;
        int cases = 0;
        QString previous = QStringLiteral("9999-12-31");
        bool lastVisitSeen = false;
        for (const auto& value : timeline) {
            const QJsonObject line = value.toObject();
            const QString date = line.value(QStringLiteral("date")).toString();
            QVERIFY2(date <= previous, qPrintable(date + QStringLiteral(" after ") + previous));
            previous = date;
            QVERIFY(!line.value(QStringLiteral("summary")).toString().isEmpty());
            QVERIFY(line.value(QStringLiteral("linkId")).toInteger() > 0);
            const QString kind = line.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("visit")) {
                ++visits;
                lastVisitSeen = lastVisitSeen || date == m_lastVisit;
            }
            if (kind == QLatin1String("case"))
                ++cases;
        }
        QCOMPARE(visits, m_visits);
        QCOMPARE(cases, m_cases);
        QVERIFY(lastVisitSeen);
    }

    // The secretary reads the same lines, phones masked: no line carries eleven digits in a row.
    void secretarySeesPhonesMasked()
    {
        const QJsonArray clerk = show(QStringLiteral("clerk")).value(QStringLiteral("timeline")).toArray();
        const QJsonArray secretary =
            show(QStringLiteral("secretary")).value(QStringLiteral("timeline")).toArray();
        QCOMPARE(secretary.size(), clerk.size());
        static const QRegularExpression fullPhone(QStringLiteral("1\\d{10}"));
        for (const auto& value : secretary) {
            const QJsonObject line = value.toObject();
            QVERIFY2(!line.value(QStringLiteral("who")).toString().contains(fullPhone),
                     qPrintable(line.value(QStringLiteral("who")).toString()));
            QVERIFY(!line.value(QStringLiteral("phone")).toString().contains(fullPhone));
        }
    }

    void textListsTheTimeline()
    {
        const Run shown =
            run(QStringLiteral("clerk"), {QStringLiteral("household"), QStringLiteral("show"), m_number});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const int at = shown.out.indexOf(QStringLiteral("Visits and cases, newest first:"));
        QVERIFY2(at > 0, qPrintable(shown.out));
        QVERIFY(shown.out.indexOf(m_lastVisit, at) > at);
        QVERIFY(shown.out.indexOf(QStringLiteral("Visit ("), at) > at);
    }
};

QTEST_GUILESS_MAIN(TestCliHouseholdTimeline)
#include "tst_clihouseholdtimeline.moc"

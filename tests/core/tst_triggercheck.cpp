// check finds what someone with the file or the server's owner login did behind the program's back:
// a trigger of the audit trail or of its refusals dropped or disabled, a trigger function replaced, ids
// cut out of the trail, stored facts that contradict each other; init, as the administrator only, makes
// the triggers again (issue 14). Each test fails on main before this change, where check said
// "No problems found" to all of it.
#include "Refusal.h"
#include "TestDatabase.h"

#include "backup/DatabaseCheck.h"
#include "backup/TriggerCheck.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QString Longhui = QStringLiteral("430524");

QStringList rules(const QList<backup::CheckFinding>& findings)
{
    QStringList found;
    for (const backup::CheckFinding& f : findings)
        found << f.rule;
    return found;
}

QString findingText(const QList<backup::CheckFinding>& findings, const QString& rule)
{
    for (const backup::CheckFinding& f : findings) {
        if (f.rule == rule)
            return f.message;
    }
    return {};
}

} // namespace

class TestTriggerCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 0;

    Database& db() { return m_test->db(); }
    bool server() const { return TestDatabase::onServer(); }

    void sql(const QString& statement)
    {
        QSqlQuery q(db().connection());
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }

    qint64 household()
    {
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H%1").arg(++m_sequence);
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members = {makePerson(QStringLiteral("王建国"),
                                makeIdNumber(Longhui, QDate(1970, 1, 1), 2 * m_sequence + 1),
                                Relationship::Head)};
        const auto saved = registry::RegistryService(db()).saveHousehold(h, Today);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    QList<backup::CheckFinding> check()
    {
        const auto findings = backup::DatabaseCheck(db()).run();
        if (!findings)
            qFatal("check: %s", qPrintable(findings.summary()));
        return findings.value();
    }

    // The refusal trigger that keeps the trail unchangeable, by engine.
    QString refusalTrigger() const
    {
        return server() ? QStringLiteral("audit_log_unchangeable") : QStringLiteral("audit_log_no_delete");
    }
    QString dropRefusal() const
    {
        return server() ? QStringLiteral("DROP TRIGGER audit_log_unchangeable ON audit_log")
                        : QStringLiteral("DROP TRIGGER audit_log_no_delete");
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_sequence = 0;
        household();
        household();
    }
    void cleanup() { m_test.reset(); }

    void aFreshDatabaseHasEveryTrigger()
    {
        const auto findings = backup::TriggerCheck(db()).run();
        QVERIFY2(findings.ok(), qPrintable(findings.summary()));
        QVERIFY2(findings.value().isEmpty(), qPrintable(findings.value().value(0).message));
        QCOMPARE(rules(check()), QStringList());
    }

    void aDroppedRefusalTriggerIsFound()
    {
        sql(dropRefusal());
        const auto findings = check();
        QVERIFY2(rules(findings).contains(QStringLiteral("trigger_missing")),
                 qPrintable(rules(findings).join(u',')));
        QVERIFY(findingText(findings, QStringLiteral("trigger_missing")).contains(refusalTrigger()));
    }

    void aDroppedAuditTriggerIsFound()
    {
        sql(server() ? QStringLiteral("DROP TRIGGER audit_persons ON persons")
                     : QStringLiteral("DROP TRIGGER audit_persons_update"));
        const auto findings = check();
        QVERIFY(findingText(findings, QStringLiteral("trigger_missing"))
                    .contains(QLatin1String("audit_persons")));
    }

    void aDisabledTriggerIsFoundOnTheServer()
    {
        if (!server())
            QSKIP("SQLite has no disabled triggers: dropping is the only way, tested above");
        sql(QStringLiteral("ALTER TABLE persons DISABLE TRIGGER audit_persons"));
        const auto findings = check();
        QVERIFY(findingText(findings, QStringLiteral("trigger_disabled"))
                    .contains(QLatin1String("audit_persons")));
    }

    void aReplacedTriggerFunctionIsFoundOnTheServer()
    {
        if (!server())
            QSKIP("SQLite's trigger bodies are compared as text, tested by the missing ones");
        sql(QStringLiteral(
            "CREATE OR REPLACE FUNCTION anju_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN RETURN OLD; END $$"));
        const auto findings = check();
        QVERIFY(findingText(findings, QStringLiteral("function_changed"))
                    .contains(QLatin1String("anju_audit_refuse")));
    }

    void aChangedSqliteTriggerIsFound()
    {
        if (server())
            QSKIP("on the server a trigger is compared by what it calls, tested by the function");
        sql(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        sql(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"));
        const auto findings = check();
        QVERIFY(findingText(findings, QStringLiteral("trigger_changed"))
                    .contains(QLatin1String("audit_log_no_update")));
    }

    void onlyTheAdministratorRepairs()
    {
        sql(dropRefusal());
        m_test->logInAs(Role::Manager);
        QVERIFY_REFUSED(backup::TriggerCheck(db()).repair(), QStringLiteral("repair"));
        m_test->logInAs(Role::Admin);
        const auto repaired = backup::TriggerCheck(db()).repair();
        QVERIFY2(repaired.ok(), qPrintable(repaired.summary()));
        QCOMPARE(repaired.value().size(), 1);
        QVERIFY(repaired.value().first().contains(refusalTrigger()));
        QCOMPARE(rules(check()), QStringList());
        // And the trail refuses again.
        QSqlQuery q(db().connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void aDisabledTriggerIsRepairedOnTheServer()
    {
        if (!server())
            QSKIP("server only");
        sql(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_unchangeable"));
        sql(QStringLiteral(
            "CREATE OR REPLACE FUNCTION anju_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN RETURN OLD; END $$"));
        const auto repaired = backup::TriggerCheck(db()).repair();
        QVERIFY2(repaired.ok(), qPrintable(repaired.summary()));
        QCOMPARE(repaired.value().size(), 2);
        QCOMPARE(rules(check()), QStringList());
        QSqlQuery q(db().connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    // A name changed while the search index's trigger was missing is not in the index; making the
    // trigger again refills it, so the new name is found (and the old one no longer is).
    void repairRefillsTheSearchIndex()
    {
        sql(server() ? QStringLiteral("DROP TRIGGER persons_search ON persons")
                     : QStringLiteral("DROP TRIGGER persons_search_grams"));
        sql(QStringLiteral("UPDATE persons SET name = '欧阳修' WHERE household_id ="
                           " (SELECT id FROM households WHERE number = 'H1')"));
        m_test->logInAs(Role::Admin);
        const auto found = [&](const QString& text) {
            registry::RosterFilter filter;
            filter.search = text;
            return registry::RosterQuery(db()).count(filter);
        };
        QCOMPARE(found(QStringLiteral("欧阳")), 0); // the index missed the change
        const auto repaired = backup::TriggerCheck(db()).repair();
        QVERIFY2(repaired.ok(), qPrintable(repaired.summary()));
        QVERIFY2(repaired.value().join(u'\n').contains(QLatin1String("search index")),
                 qPrintable(repaired.value().join(u'\n')));
        QCOMPARE(found(QStringLiteral("欧阳")), 1);
        QCOMPARE(found(QStringLiteral("欧阳修")), 1);
        QCOMPARE(found(QStringLiteral("王建")), 1); // H2 still found; H1's old name is gone
        QCOMPARE(rules(check()), QStringList());
    }

    void idsCutOutOfTheTrailAreFoundOnSqlite()
    {
        if (server())
            QSKIP("a server's sequence skips the ids of refused writes: gaps prove nothing there");
        household(); // more entries, so one can go from the middle
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) + 1 FROM audit_log")) && q.next());
        const qint64 middle = q.value(0).toLongLong();
        sql(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        sql(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(middle));
        const auto findings = check();
        QVERIFY2(findingText(findings, QStringLiteral("audit_gap")).contains(QString::number(middle)),
                 qPrintable(rules(findings).join(u',')));
    }

    void contradictingFactsAreFound()
    {
        // As a hand edit would leave them; the program's forms refuse each.
        sql(QStringLiteral("UPDATE households SET member_count = member_count + 1 WHERE number = 'H1'"));
        sql(QStringLiteral("UPDATE persons SET birth_date = '1971-02-03' WHERE household_id ="
                           " (SELECT id FROM households WHERE number = 'H2')"));
        const auto findings = check();
        QCOMPARE(rules(findings),
                 QStringList({QStringLiteral("member_count"), QStringLiteral("id_disagrees")}));
        QVERIFY(findingText(findings, QStringLiteral("member_count")).contains(QLatin1String("H1")));
        QVERIFY(findingText(findings, QStringLiteral("id_disagrees")).contains(QLatin1String("H2")));
    }

    void datesThatCannotBeAreFound()
    {
        sql(QStringLiteral("UPDATE households SET relocation_date = '2999-01-01' WHERE number = 'H1'"));
        sql(QStringLiteral("UPDATE persons SET state_date = '1960-01-01' WHERE household_id ="
                           " (SELECT id FROM households WHERE number = 'H2')"));
        const auto findings = check();
        QVERIFY2(findingText(findings, QStringLiteral("future_date")).contains(QLatin1String("H1")),
                 qPrintable(rules(findings).join(u',')));
        QVERIFY(findingText(findings, QStringLiteral("state_before_birth")).contains(QLatin1String("H2")));
    }
};

QTEST_GUILESS_MAIN(TestTriggerCheck)
#include "tst_triggercheck.moc"

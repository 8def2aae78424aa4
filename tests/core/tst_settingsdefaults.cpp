// The office's rule settings have their defaults twice, necessarily: as rows the migrations wrote (frozen
// text, so an old database keeps what it was given) and as the values the code falls back to when a row is
// missing or unreadable. These tests hold the two equal on a fresh database, key by key and value by value,
// so that a new default changed in one place and not the other fails here (issue 13).
#include "TestDatabase.h"

#include "party/PartySettings.h"
#include "registry/SiteRules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

using Rows = QMap<QString, QString>;

Rows ruleRows(const Database& db)
{
    Rows rows;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings "
                               "WHERE key LIKE 'party.%' OR key LIKE 'rule.%' ORDER BY key")))
        qFatal("settings: %s", qPrintable(q.lastError().text()));
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    return rows;
}

void clearRuleRows(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'party.%' OR key LIKE 'rule.%'")))
        qFatal("clear settings: %s", qPrintable(q.lastError().text()));
}

// The rows PartySettings writes for `settings`, read back as text.
Rows savedRows(Database& db, const party::PartySettings& settings)
{
    clearRuleRows(db);
    if (!settings.save(db))
        qFatal("save settings");
    return ruleRows(db);
}

// Keys the migrations seed that no code reads yet (kept because a shipped migration wrote them).
const QStringList SeededButUnread = {QStringLiteral("rule.garden_min_area_m2")};
// Keys the site rules read (PartySettings does not write them).
const QStringList SiteRuleKeys = {QStringLiteral("rule.five_connections_min_households"),
                                  QStringLiteral("rule.service_center_min_residents")};

} // namespace

class TestSettingsDefaults : public QObject
{
    Q_OBJECT

private slots:
    void partySettingsFromMigrationsEqualTheCodesDefaults()
    {
        TestDatabase test(TestDatabase::Contents::Empty);
        Database& db = test.db();
        const Rows migrated = ruleRows(db);
        const party::PartySettings loaded = party::PartySettings::load(db);

        // Same values: what a fresh database holds, read and written back, equals the code's defaults
        // written.
        const Rows fromDatabase = savedRows(db, loaded);
        const Rows fromCode = savedRows(db, party::PartySettings::defaults());
        QCOMPARE(fromDatabase, fromCode);

        // Same keys: every party key the migrations seed is one the code writes, and the other way round.
        Rows migratedPartyKeys = migrated;
        for (const QString& key : SeededButUnread + SiteRuleKeys)
            migratedPartyKeys.remove(key);
        QCOMPARE(migratedPartyKeys.keys(), fromCode.keys());
    }

    void siteRulesFromMigrationsEqualTheCodesDefaults()
    {
        TestDatabase test(TestDatabase::Contents::Empty);
        Database& db = test.db();
        const Rows migrated = ruleRows(db);
        for (const QString& key : SiteRuleKeys)
            QVERIFY2(migrated.contains(key), qPrintable(key));

        const registry::SiteRules fromDatabase = registry::SiteRules::load(db);
        const registry::SiteRules fromCode;
        QCOMPARE(fromDatabase.serviceCentreMinResidents, fromCode.serviceCentreMinResidents);
        QCOMPARE(fromDatabase.fiveConnectionsMinHouseholds, fromCode.fiveConnectionsMinHouseholds);

        // With the rows gone the code falls back to the same values.
        clearRuleRows(db);
        const registry::SiteRules withoutRows = registry::SiteRules::load(db);
        QCOMPARE(withoutRows.serviceCentreMinResidents, fromCode.serviceCentreMinResidents);
        QCOMPARE(withoutRows.fiveConnectionsMinHouseholds, fromCode.fiveConnectionsMinHouseholds);
    }

    void partySettingsWithoutRowsAreTheDefaults()
    {
        TestDatabase test(TestDatabase::Contents::Empty);
        Database& db = test.db();
        clearRuleRows(db);
        const party::PartySettings loaded = party::PartySettings::load(db);
        QCOMPARE(savedRows(db, loaded), savedRows(db, party::PartySettings::defaults()));
    }
};

QTEST_GUILESS_MAIN(TestSettingsDefaults)
#include "tst_settingsdefaults.moc"

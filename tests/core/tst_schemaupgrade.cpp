#include "TestDatabase.h"
#include "TestServer.h"

#include "backup/DatabaseCheck.h"
#include "database/Database.h"
#include "schema/Migration.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

// Migrations are frozen once shipped, and an old database must end where a new one starts: a database
// created at the latest version and one upgraded a version at a time from version 1, with rows written
// at each step, have the same schema (read back from the engine's catalogue, not from the migrations'
// text), and every upgraded row is still there. On the test server too (tst_schemaupgrade_pg).
class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void freshAndUpgradedHaveTheSameSchema();
    void aVersion9DatabaseOpensUpgradesAndPassesTheCheck();
};

namespace {

bool onSqlite(const Database& db)
{
    return db.dialect().engine() == SqlDialect::Engine::Sqlite;
}

// Every row of `sql`, its columns joined, one line each.
QStringList rowsOf(const Database& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        rows.append(QStringLiteral("query failed: ") + sql + QLatin1Char(' ') + q.lastError().text());
        return rows;
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows.append(values.join(QLatin1String(" | ")));
    }
    return rows;
}

// The schema as the engine reports it: tables and their columns with type, default and nullability,
// indexes, triggers, constraints (and on SQLite the statement each object was made with, which holds the
// CHECKs and foreign keys).
QStringList schemaOf(const Database& db)
{
    QStringList schema;
    if (onSqlite(db)) {
        schema += rowsOf(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                            " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        const QStringList tables =
            rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        for (const QString& table : tables) {
            for (const QString& row : rowsOf(db, QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(table)))
                schema.append(table + QLatin1String(" column ") + row);
            for (const QString& row :
                 rowsOf(db, QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)))
                schema.append(table + QLatin1String(" foreign key ") + row);
            // By name, not by the order the indexes were made in.
            const QString indexes = QStringLiteral("SELECT name, \"unique\", origin, partial"
                                                   " FROM pragma_index_list('%1') ORDER BY name");
            for (const QString& index : rowsOf(db, indexes.arg(table))) {
                schema.append(table + QLatin1String(" index ") + index);
                const QString name = index.section(QLatin1String(" | "), 0, 0);
                for (const QString& row : rowsOf(db, QStringLiteral("PRAGMA index_xinfo(\"%1\")").arg(name)))
                    schema.append(name + QLatin1String(" key ") + row);
            }
        }
        return schema;
    }
    schema +=
        rowsOf(db, QStringLiteral("SELECT table_name, ordinal_position, column_name, data_type, is_nullable,"
                                  " column_default FROM information_schema.columns"
                                  " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"));
    schema += rowsOf(db, QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes"
                                        " WHERE schemaname = 'public' ORDER BY tablename, indexname"));
    schema += rowsOf(db, QStringLiteral("SELECT c.conrelid::regclass::text, c.conname, c.contype,"
                                        " pg_get_constraintdef(c.oid) FROM pg_constraint c"
                                        " JOIN pg_namespace n ON n.oid = c.connamespace"
                                        " WHERE n.nspname = 'public' ORDER BY 1, 2"));
    schema += rowsOf(db, QStringLiteral("SELECT t.tgrelid::regclass::text, t.tgname, pg_get_triggerdef(t.oid)"
                                        " FROM pg_trigger t WHERE NOT t.tgisinternal ORDER BY 1, 2"));
    schema += rowsOf(db, QStringLiteral("SELECT p.proname, pg_get_function_identity_arguments(p.oid),"
                                        " md5(pg_get_functiondef(p.oid)) FROM pg_proc p"
                                        " JOIN pg_namespace n ON n.oid = p.pronamespace"
                                        " WHERE n.nspname = 'public' AND p.prokind = 'f' ORDER BY 1, 2"));
    schema += rowsOf(db, QStringLiteral("SELECT extname FROM pg_extension ORDER BY 1"));
    return schema;
}

// Lines in one list and not the other, for a readable failure.
QString difference(const QStringList& fresh, const QStringList& upgraded)
{
    QStringList lines;
    for (const QString& line : fresh) {
        if (!upgraded.contains(line))
            lines.append(QStringLiteral("only fresh:    ") + line);
    }
    for (const QString& line : upgraded) {
        if (!fresh.contains(line))
            lines.append(QStringLiteral("only upgraded: ") + line);
    }
    return lines.mid(0, 20).join(QLatin1Char('\n'));
}

bool run(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// The rows written at a version, in that version's columns: what a user of that program could have stored.
bool writeRowsOfVersion(const Database& db, int version)
{
    switch (version) {
    case 1:
        return run(db,
                   QStringLiteral("INSERT INTO sites (code, name, county_code, township, move_in_date)"
                                  " VALUES ('430524001', '旧安置点', '430524', '桃洪镇', '2019-06-01')")) &&
               run(db,
                   QStringLiteral("INSERT INTO buildings (site_id, name, floors) VALUES (1, '1栋', 6)")) &&
               run(db, QStringLiteral("INSERT INTO building_units (building_id, name) VALUES (1, '1')")) &&
               run(db, QStringLiteral(
                           "INSERT INTO dwellings (unit_id, room, floor_area) VALUES (1, '101', 75)")) &&
               run(db, QStringLiteral("INSERT INTO households (number, site_id, dwelling_id, phone)"
                                      " VALUES ('H0001', 1, 1, '13800000001')")) &&
               run(db, QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date,"
                                      " relationship) VALUES (1, '欧阳建华', '34052419800101001X', 'male',"
                                      " '1980-01-01', 'head')")) &&
               run(db, QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date,"
                                      " relationship) VALUES (1, '李梅', '430524198203040028', 'female',"
                                      " '1982-03-04', 'spouse')")) &&
               run(db, QStringLiteral(
                           "INSERT INTO memberships (person_id, household_id, relationship, start_date)"
                           " VALUES (1, 1, 'head', '2019-06-01')"));
    case 2:
        return run(db, QStringLiteral("UPDATE settings SET value = '900'"
                                      " WHERE key = 'rule.service_center_min_residents'"));
    case 3:
        return run(db, QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date,"
                                      " relationship) VALUES (1, '欧阳小明', '430524201001010011', 'male',"
                                      " '2010-01-01', 'son')"));
    case 4:
        return run(db, QStringLiteral("INSERT INTO imports (file_name, sha256, households, persons)"
                                      " VALUES ('roster.xlsx', 'abc123', 1, 3)"));
    case 5:
        return run(db, QStringLiteral("INSERT INTO party_organisations (kind, name, founding_date)"
                                      " VALUES ('branch', '旧安置点党支部', '2019-07-01')")) &&
               run(db, QStringLiteral("INSERT INTO party_members (origin, person_id, organisation_id, stage,"
                                      " stage_date) VALUES ('resident', 1, 1, 'full', '2005-07-01')")) &&
               run(db, QStringLiteral("INSERT INTO party_dues_payments (member_id, month, amount, paid_on)"
                                      " VALUES (1, '2024-01-01', 200, '2024-01-05')"));
    case 6:
        // From version 6 on, SQLite's triggers name the writer; the test's connection is logged in.
        return run(db, QStringLiteral("INSERT INTO users (name, display_name, role, password_hash)"
                                      " VALUES ('clerk1', '录入员', 'clerk', 'x')")) &&
               run(db, QStringLiteral("INSERT INTO user_sites (user_id, site_id) VALUES (1, 1)"));
    case 7:
        return run(db,
                   QStringLiteral("UPDATE sites SET service_centre = 'one_stop' WHERE code = '430524001'"));
    case 14:
        return run(db, QStringLiteral("INSERT INTO grids (code, site_id, name, valid_from)"
                                      " VALUES ('43052400100101', 1, '第一网格', '2024-01-01')")) &&
               run(db, QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, valid_from)"
                                      " VALUES (1, 1, '2024-01-01')")) &&
               run(db, QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, person_id, valid_from)"
                                      " VALUES (1, 'grid_worker', 'resident', 1, '2024-01-01')"));
    default:
        return true;
    }
}

} // namespace

void TestSchemaUpgrade::freshAndUpgradedHaveTheSameSchema()
{
    const int latest = Database::latestSchemaVersion();
    QCOMPARE(migrationListProblem(migrations()), QString());
    test::ScratchLocation freshPlace(QStringLiteral("fresh.anju"));
    test::ScratchLocation upgradedPlace(QStringLiteral("upgraded.anju"));

    for (int version = 1; version <= latest; ++version) {
        auto opened = Database::openAtVersion(upgradedPlace.location(), version);
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
        QCOMPARE(db->schemaVersion(), version);
        db->setSession(test::TestDatabase::sessionFor(Role::Admin));
        QVERIFY2(writeRowsOfVersion(*db, version), qPrintable(QString::number(version)));
    }
    auto upgradedOpened = Database::open(upgradedPlace.location());
    QVERIFY2(upgradedOpened, qPrintable(upgradedOpened.summary()));
    auto upgraded = std::move(upgradedOpened.value());
    auto freshOpened = Database::open(freshPlace.location());
    QVERIFY2(freshOpened, qPrintable(freshOpened.summary()));
    auto fresh = std::move(freshOpened.value());
    QCOMPARE(fresh->schemaVersion(), latest);
    QCOMPARE(upgraded->schemaVersion(), latest);

    const QStringList freshSchema = schemaOf(*fresh);
    const QStringList upgradedSchema = schemaOf(*upgraded);
    QVERIFY(freshSchema.size() > 100); // the catalogue was read, not an empty list twice
    QVERIFY2(freshSchema == upgradedSchema, qPrintable(difference(freshSchema, upgradedSchema)));
    // The version rows differ only in when they were applied.
    QCOMPARE(
        rowsOf(*upgraded, QStringLiteral("SELECT version, description FROM schema_version ORDER BY version")),
        rowsOf(*fresh, QStringLiteral("SELECT version, description FROM schema_version ORDER BY version")));

    // Every row written along the way is there, with what the later versions derived from it.
    const Database& db = *upgraded;
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT code, name, township, service_centre FROM sites")),
             QStringList{QStringLiteral("430524001 | 旧安置点 | 桃洪镇 | one_stop")});
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT b.name, u.name, d.room FROM dwellings d JOIN building_units u"
                                       " ON u.id = d.unit_id JOIN buildings b ON b.id = u.building_id")),
             QStringList{QStringLiteral("1栋 | 1 | 101")});
    QCOMPARE(rowsOf(db, QStringLiteral(
                            "SELECT number, phone, head_name, head_id_number, member_count FROM households")),
             QStringList{QStringLiteral("H0001 | 13800000001 | 欧阳建华 | 34052419800101001X | 3")});
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT name, relationship FROM persons ORDER BY id")),
             (QStringList{QStringLiteral("欧阳建华 | head"), QStringLiteral("李梅 | spouse"),
                          QStringLiteral("欧阳小明 | son")}));
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT COUNT(*) FROM memberships")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(rowsOf(db, QStringLiteral(
                            "SELECT value FROM settings WHERE key = 'rule.service_center_min_residents'")),
             QStringList{QStringLiteral("900")});
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT file_name, households, persons FROM imports")),
             QStringList{QStringLiteral("roster.xlsx | 1 | 3")});
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT o.name, m.stage, p.amount FROM party_members m"
                                       " JOIN party_organisations o ON o.id = m.organisation_id"
                                       " JOIN party_dues_payments p ON p.member_id = m.id")),
             QStringList{QStringLiteral("旧安置点党支部 | full | 200")});
    QCOMPARE(rowsOf(db, QStringLiteral(
                            "SELECT u.name, s.site_id FROM users u JOIN user_sites s ON s.user_id = u.id")),
             QStringList{QStringLiteral("clerk1 | 1")});
    // The settings of every version are there once, whichever way the database came to the latest.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT COUNT(*) FROM settings")),
             rowsOf(*fresh, QStringLiteral("SELECT COUNT(*) FROM settings")));
    // The search index was filled from the rows already there when version 3 made it.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT person_id FROM person_name_grams WHERE gram = '建华'")),
             QStringList{QStringLiteral("1")});
    // The writes after version 6 are in the trail, with their writer.
    QVERIFY(!rowsOf(db, QStringLiteral("SELECT id FROM audit_log WHERE record_type = 'users'"
                                       " AND user_name = 'test-admin'"))
                 .isEmpty());
}

// A file written by the program of main 526806b (schema 9, `anju-cli demo --households 30 --seed 1`)
// opens in this program, is upgraded to the latest schema and passes `anju-cli check`'s checks; its
// schema is then the one a new database gets (which holds this program's frozen migrations to the SQL
// that program ran).
void TestSchemaUpgrade::aVersion9DatabaseOpensUpgradesAndPassesTheCheck()
{
    if (test::TestDatabase::onServer())
        QSKIP("the fixture is an SQLite file (the server's upgrade is the test above)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("schema9.anju"));
    QVERIFY(QFile::copy(QStringLiteral(ANJU_TEST_DATA_DIR "/schema9-demo.anju"), copy));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto opened = Database::open(DatabaseLocation::parse(copy));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    db->setSession(test::TestDatabase::sessionFor(Role::Admin));
    const auto findings = backup::DatabaseCheck(*db).run();
    QVERIFY2(findings, qPrintable(findings.summary()));
    QStringList messages;
    for (const backup::CheckFinding& finding : findings.value())
        messages.append(finding.rule + QLatin1String(": ") + finding.message);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    QCOMPARE(rowsOf(*db, QStringLiteral("SELECT COUNT(*) FROM households")),
             QStringList{QStringLiteral("30")});

    QTemporaryDir freshDir;
    auto freshOpened =
        Database::open(DatabaseLocation::parse(freshDir.filePath(QStringLiteral("fresh.anju"))));
    QVERIFY2(freshOpened, qPrintable(freshOpened.summary()));
    auto fresh = std::move(freshOpened.value());
    const QStringList freshSchema = schemaOf(*fresh);
    const QStringList oldSchema = schemaOf(*db);
    QVERIFY2(freshSchema == oldSchema, qPrintable(difference(freshSchema, oldSchema)));
}

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schemaupgrade.moc"

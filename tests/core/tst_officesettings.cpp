// The office's settings as the administrator reads them on the settings page (issue 15): every
// configurable figure with its value in force, its default and where it comes from.
#include "TestDatabase.h"

#include "party/PartySettings.h"
#include "settings/OfficeSettings.h"

#include <QTest>

using namespace anju;
using namespace anju::settings;

namespace {
const OfficeSetting* find(const QList<OfficeSetting>& list, const QString& key)
{
    for (const OfficeSetting& s : list) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}
} // namespace

class TestOfficeSettings : public QObject
{
    Q_OBJECT

private slots:
    void everyPartySettingIsListedFromTheDatabase()
    {
        test::TestDatabase test(test::TestDatabase::Contents::Empty);
        const Result<QList<OfficeSetting>> read = OfficeSettings::read(test.db());
        QVERIFY2(read, qPrintable(read.summary()));
        for (const auto& [key, text] : party::PartySettings::defaults().texts()) {
            const OfficeSetting* s = find(read.value(), key);
            QVERIFY2(s, qPrintable(key));
            QCOMPARE(s->defaultValue, text);
            // A fresh database holds the migrations' rows, equal to the defaults (tst_settingsdefaults).
            QCOMPARE(s->value, text);
            QCOMPARE(s->source, OfficeSetting::Source::Database);
            QVERIFY2(!s->label.isEmpty() && s->label != key, qPrintable(key));
        }
        for (const char* key : {"rule.service_center_min_residents", "rule.five_connections_min_households"})
            QVERIFY2(find(read.value(), QLatin1String(key)), key);
        // Backup keeping has no row until an office sets one: the default, said to be the default.
        const OfficeSetting* keepDays = find(read.value(), QStringLiteral("backup.keep_days"));
        QVERIFY(keepDays);
        QCOMPARE(keepDays->value, QStringLiteral("14"));
        QCOMPARE(keepDays->source, OfficeSetting::Source::Default);
    }

    void aChangedRowIsInForceAndAnUnreadableOneIsNot()
    {
        test::TestDatabase test(test::TestDatabase::Contents::Empty);
        Database& db = test.db();
        const QString key = QStringLiteral("party.branch_max_members");
        QVERIFY(db.setSetting(key, QStringLiteral("60")));
        QVERIFY(db.setSetting(QStringLiteral("backup.keep_days"), QStringLiteral("30")));
        Result<QList<OfficeSetting>> read = OfficeSettings::read(db);
        QVERIFY(read);
        QCOMPARE(find(read.value(), key)->value, QStringLiteral("60"));
        QCOMPARE(find(read.value(), key)->defaultValue, QStringLiteral("50"));
        QCOMPARE(find(read.value(), key)->source, OfficeSetting::Source::Database);
        QCOMPARE(find(read.value(), QStringLiteral("backup.keep_days"))->value, QStringLiteral("30"));
        QCOMPARE(find(read.value(), QStringLiteral("backup.keep_days"))->source,
                 OfficeSetting::Source::Database);

        QVERIFY(db.setSetting(key, QStringLiteral("many")));
        read = OfficeSettings::read(db);
        const OfficeSetting* unreadable = find(read.value(), key);
        QCOMPARE(unreadable->value, QStringLiteral("50"));
        QCOMPARE(unreadable->source, OfficeSetting::Source::Default);
        QCOMPARE(unreadable->stored, QStringLiteral("many"));
        QVERIFY2(unreadable->sourceText().contains(QStringLiteral("many")),
                 qPrintable(unreadable->sourceText()));
    }

    // Where 四必访 difficult families come from, in the user's words: the default until the office stores a
    // choice, then the stored sources.
    void difficultFamilySourcesInWords()
    {
        test::TestDatabase test(test::TestDatabase::Contents::Empty);
        Database& db = test.db();
        const QString key = QStringLiteral("grids.difficult_family_sources");
        Result<QList<OfficeSetting>> read = OfficeSettings::read(db);
        QVERIFY(read);
        const OfficeSetting* sources = find(read.value(), key);
        QVERIFY(sources);
        const QString all =
            QStringLiteral("Households marked as difficult, Monitoring households, Safety-net households");
        QCOMPARE(sources->value, all);
        QCOMPARE(sources->defaultValue, all);
        QCOMPARE(sources->source, OfficeSetting::Source::Default);

        QVERIFY(db.setSetting(key, QStringLiteral("monitoring, care:seriously_ill")));
        read = OfficeSettings::read(db);
        sources = find(read.value(), key);
        QCOMPARE(sources->value,
                 QStringLiteral("Monitoring households, Households with a member: Seriously ill"));
        QCOMPARE(sources->source, OfficeSetting::Source::Database);
    }

    // The manager changes the visit and income rules (OfficeSettingEdit), so reads what is in force.
    void theAdministratorAndTheManagerReadThem()
    {
        test::TestDatabase test(test::TestDatabase::Contents::Empty);
        for (Role role : {Role::Clerk, Role::Secretary}) {
            test.logInAs(role);
            QVERIFY2(!OfficeSettings::read(test.db()), qPrintable(Roles::label(role)));
        }
        test.logInAs(Role::Manager);
        QVERIFY(OfficeSettings::read(test.db()));
    }
};

QTEST_GUILESS_MAIN(TestOfficeSettings)
#include "tst_officesettings.moc"

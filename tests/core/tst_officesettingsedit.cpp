// Changing the office's visit and income rules (issues 17 and 18: "data, not code"): every kind of key
// accepted and refused with its reason, read back by the loaders the findings use, refused to a clerk,
// and written to the audit trail.
#include "Refusal.h"
#include "TestDatabase.h"

#include "grids/VisitRules.h"
#include "income/IncomeSettings.h"
#include "settings/OfficeSettingEdit.h"
#include "settings/OfficeSettings.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::settings;

class TestOfficeSettingEdit : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;
    Database& db() { return m_test->db(); }

    int auditedSettings()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'settings'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::Empty);
        m_test->logInAs(Role::Manager);
    }
    void cleanup() { m_test.reset(); }

    void frequenciesAreReadBackByVisitRules()
    {
        const QString key = grids::VisitRules::frequencyKey(grids::VisitTargetKind::ElderlyAlone);
        QVERIFY(OfficeSettingEdit::set(db(), key, QStringLiteral(" 14D ")).ok());
        QCOMPARE(db().setting(key), QStringLiteral("14d"));
        const grids::VisitFrequency f =
            grids::VisitRules::load(db()).frequencyFor(grids::VisitTargetKind::ElderlyAlone);
        QCOMPARE(f.unit, grids::VisitFrequency::Unit::Days);
        QCOMPARE(f.count, 14);
        for (const char* bad : {"13m", "0d", "367d", "2w", "m", ""})
            QVERIFY_REFUSED(OfficeSettingEdit::set(db(), key, QLatin1String(bad)),
                            QStringLiteral("such as 1m or 14d"));
        QCOMPARE(db().setting(key), QStringLiteral("14d"));
    }

    void dayCountsWithTheirRanges()
    {
        const QString deadline = grids::VisitRules::deadlineKey(grids::CaseKind::Stability);
        QVERIFY(OfficeSettingEdit::set(db(), deadline, QStringLiteral("366")).ok());
        QCOMPARE(grids::VisitRules::load(db()).caseDeadlineDays.value(grids::CaseKind::Stability), 366);
        // A deadline of 0 days would make every case late on the day it arrives.
        QVERIFY_REFUSED(OfficeSettingEdit::set(db(), deadline, QStringLiteral("0")),
                        QStringLiteral("Enter a whole number from 1 to 366."));
        QVERIFY_REFUSED(OfficeSettingEdit::set(db(), deadline, QStringLiteral("7.5")),
                        QStringLiteral("Enter a whole number from 1 to 366."));
        // 三必到 may be the same day.
        const QString attend = grids::VisitRules::attendKey(grids::AttendTrigger::Discontent);
        QVERIFY(OfficeSettingEdit::set(db(), attend, QStringLiteral("0")).ok());
        QCOMPARE(grids::VisitRules::load(db()).daysToAttend(grids::AttendTrigger::Discontent), 0);
        QVERIFY(OfficeSettingEdit::set(db(), QStringLiteral("grids.escalate_to_manager_days"),
                                       QStringLiteral("10"))
                    .ok());
        QCOMPARE(grids::VisitRules::load(db()).escalation.toManager, 10);
        QVERIFY(
            OfficeSettingEdit::set(db(), QStringLiteral("grids.no_contact_days"), QStringLiteral("90")).ok());
        QCOMPARE(grids::VisitRules::load(db()).noContactDays, 90);

        QVERIFY(
            OfficeSettingEdit::set(db(), QStringLiteral("income.drop_percent"), QStringLiteral("25")).ok());
        QCOMPARE(income::IncomeSettings::load(db()).dropPercent, 25);
        QVERIFY_REFUSED(
            OfficeSettingEdit::set(db(), QStringLiteral("income.drop_percent"), QStringLiteral("101")),
            QStringLiteral("Enter a whole number from 1 to 100."));
        QVERIFY_REFUSED(
            OfficeSettingEdit::set(db(), QStringLiteral("income.drop_months"), QStringLiteral("25")),
            QStringLiteral("Enter a whole number from 1 to 24."));
        QVERIFY(OfficeSettingEdit::set(db(), QStringLiteral("monitoring.step_days.county_approval"),
                                       QStringLiteral("20"))
                    .ok());
        QCOMPARE(income::IncomeSettings::load(db()).stepDays.value(QStringLiteral("county_approval")), 20);
        QVERIFY_REFUSED(
            OfficeSettingEdit::set(db(), QStringLiteral("monitoring.notice_days"), QStringLiteral("61")),
            QStringLiteral("Enter a whole number from 1 to 60."));
    }

    void moneyInYuanWithFenAtMost()
    {
        const QString key = QStringLiteral("income.large_expense");
        QVERIFY(OfficeSettingEdit::set(db(), key, QStringLiteral("12000.50")).ok());
        QCOMPARE(income::IncomeSettings::load(db()).largeExpense, income::Fen(1200050));
        for (const char* bad : {"0", "12000.505", "-5", "1,000", "一万"})
            QVERIFY_REFUSED(OfficeSettingEdit::set(db(), key, QLatin1String(bad)),
                            QStringLiteral("at most two decimals"));
        QCOMPARE(income::IncomeSettings::load(db()).largeExpense, income::Fen(1200050));
    }

    void aNewYearsLineWithItsSource()
    {
        const int audited = auditedSettings();
        QVERIFY(OfficeSettingEdit::setYearLine(db(), 2026, QStringLiteral("7500"),
                                               QStringLiteral("  省乡村振兴局 2026 年通知 "))
                    .ok());
        QCOMPARE(auditedSettings(), audited + 2); // the line and its source, both in the trail
        const income::IncomeSettings s = income::IncomeSettings::load(db());
        QVERIFY(s.lineFor(2027));
        QCOMPARE(s.lineYearFor(2027), 2026);
        QCOMPARE(s.lineFor(2026)->perPersonPerYear, income::Fen(750000));
        QCOMPARE(s.lineFor(2026)->source, QStringLiteral("省乡村振兴局 2026 年通知"));
        QCOMPARE(s.lineFor(2025)->perPersonPerYear, income::Fen(600000)); // 2021's still judges 2025

        QVERIFY_REFUSED(
            OfficeSettingEdit::setYearLine(db(), 2027, QStringLiteral("0"), QStringLiteral("通知")),
            QStringLiteral("above 0"));
        QVERIFY_REFUSED(
            OfficeSettingEdit::setYearLine(db(), 2027, QStringLiteral("8000"), QStringLiteral("  ")),
            QStringLiteral("cannot be empty"));
        QVERIFY_REFUSED(
            OfficeSettingEdit::setYearLine(db(), 1999, QStringLiteral("8000"), QStringLiteral("通知")),
            QStringLiteral("year is from 2000 to 2100"));
        QVERIFY(!income::IncomeSettings::load(db()).lines.contains(2027));
        // The line of a year is also a key of its own.
        QVERIFY(OfficeSettingEdit::set(db(), OfficeSettingEdit::lineKey(2026), QStringLiteral("7600")).ok());
        QCOMPARE(income::IncomeSettings::load(db()).lineFor(2026)->perPersonPerYear, income::Fen(760000));
    }

    void sourcesAndSchemesFromTheKnownLists()
    {
        const QString sources = QStringLiteral("grids.difficult_family_sources");
        QVERIFY(
            OfficeSettingEdit::set(db(), sources, QStringLiteral("monitoring, care:seriously_ill,monitoring"))
                .ok());
        QCOMPARE(grids::VisitRules::load(db()).difficultFamilySources,
                 QStringList({QStringLiteral("monitoring"), QStringLiteral("care:seriously_ill")}));
        QVERIFY_REFUSED(OfficeSettingEdit::set(db(), sources, QStringLiteral("mark,neighbours")),
                        QStringLiteral("\"neighbours\" is not a source"));
        QVERIFY_REFUSED(OfficeSettingEdit::set(db(), sources, QStringLiteral(" , ")),
                        QStringLiteral("Choose at least one kind"));

        const QString finding = QStringLiteral("safetynet.finding_schemes");
        QVERIFY(OfficeSettingEdit::set(db(), finding, QStringLiteral("dibao,tekun,temporary_relief")).ok());
        QCOMPARE(income::IncomeSettings::load(db()).findingSchemes.size(), 3);
        QVERIFY_REFUSED(OfficeSettingEdit::set(db(), finding, QStringLiteral("dibao,lottery")),
                        QStringLiteral("\"lottery\" is not one of this office's safety-net schemes"));
        QVERIFY(OfficeSettingEdit::set(db(), QStringLiteral("monitoring.notice_day_kind"),
                                       QStringLiteral("working"))
                    .ok());
        QCOMPARE(income::IncomeSettings::load(db()).noticeDayKind, income::NoticeDayKind::Working);
        QVERIFY_REFUSED(OfficeSettingEdit::set(db(), QStringLiteral("monitoring.notice_day_kind"),
                                               QStringLiteral("weekly")),
                        QStringLiteral("Enter calendar or working."));
    }

    void unknownKeysAndOtherRulesAreRefused()
    {
        for (const char* key : {"grids.must_visit.neighbours", "income.line.1999", "party.branch_max_members",
                                "office.name", "no.such.key", "safetynet.scheme.lottery"})
            QVERIFY_REFUSED(OfficeSettingEdit::set(db(), QLatin1String(key), QStringLiteral("3")),
                            QStringLiteral("is not a setting that can be changed here"));
        QCOMPARE(db().setting(QStringLiteral("party.branch_max_members")), QStringLiteral("50"));
    }

    void aClerkMayNotAndAManagerOrAdministratorMay()
    {
        const QString key = QStringLiteral("income.drop_percent");
        for (Role role : {Role::Clerk, Role::Secretary}) {
            m_test->logInAs(role);
            QVERIFY(!OfficeSettingEdit::mayEdit(db().session()));
            QVERIFY_REFUSED(OfficeSettingEdit::set(db(), key, QStringLiteral("20")),
                            QStringLiteral("may not change the office's settings."));
            QVERIFY_REFUSED(
                OfficeSettingEdit::setYearLine(db(), 2026, QStringLiteral("7000"), QStringLiteral("通知")),
                QStringLiteral("may not change the office's settings."));
        }
        QCOMPARE(income::IncomeSettings::load(db()).dropPercent, 30);
        QVERIFY(!income::IncomeSettings::load(db()).lines.contains(2026));
        for (Role role : {Role::Manager, Role::Admin}) {
            m_test->logInAs(role);
            QVERIFY(OfficeSettingEdit::mayEdit(db().session()));
        }
    }

    void eachChangeIsInTheTrailAndAnUnchangedValueIsNot()
    {
        const int audited = auditedSettings();
        QVERIFY(
            OfficeSettingEdit::set(db(), QStringLiteral("income.drop_percent"), QStringLiteral("20")).ok());
        QCOMPARE(auditedSettings(), audited + 1);
        QVERIFY(
            OfficeSettingEdit::set(db(), QStringLiteral("income.drop_percent"), QStringLiteral(" 20")).ok());
        QCOMPARE(auditedSettings(), audited + 1);
    }

    // A change of drop_months recounts every check (migration 16's trigger): the editor says so first.
    void dropMonthsSaysWhatItSetsOff()
    {
        QVERIFY(OfficeSettingEdit::consequence(QStringLiteral("income.drop_months"))
                    .contains(QStringLiteral("recounts")));
        QVERIFY(OfficeSettingEdit::consequence(QStringLiteral("income.drop_percent")).isEmpty());
        QVERIFY(OfficeSettingEdit::set(db(), QStringLiteral("income.drop_months"), QStringLiteral("6")).ok());
        QCOMPARE(income::IncomeSettings::load(db()).dropMonths, 6);
    }

    // The list shows every visit and income key, each one the editor takes, with the value in force.
    void theListShowsTheRulesTheEditorChanges()
    {
        QVERIFY(OfficeSettingEdit::setYearLine(db(), 2026, QStringLiteral("7500"), QStringLiteral("省通知"))
                    .ok());
        const Result<QList<OfficeSetting>> read = OfficeSettings::read(db());
        QVERIFY2(read, qPrintable(read.summary()));
        QStringList keys;
        for (const OfficeSetting& s : read.value()) {
            keys.append(s.key);
            const bool rule = s.key.startsWith(QLatin1String("grids.")) ||
                              s.key.startsWith(QLatin1String("income.")) ||
                              s.key.startsWith(QLatin1String("monitoring.")) ||
                              s.key.startsWith(QLatin1String("safetynet."));
            QCOMPARE(OfficeSettingEdit::spec(db(), s.key).has_value(), rule);
            if (rule) // what is in force is what the editor accepts
                QVERIFY2(OfficeSettingEdit::checked(db(), s.key, s.text), qPrintable(s.key + u' ' + s.text));
        }
        for (const auto& [key, text] : grids::VisitRules::defaults().texts())
            QVERIFY2(keys.contains(key), qPrintable(key));
        for (const char* key :
             {"income.line.2021", "income.line_source.2021", "income.line.2026", "income.line_source.2026",
              "income.drop_months", "income.large_expense", "monitoring.notice_day_kind",
              "monitoring.step_days.public_notice", "safetynet.finding_schemes", "safetynet.scheme.dibao"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestOfficeSettingEdit)
#include "tst_officesettingsedit.moc"

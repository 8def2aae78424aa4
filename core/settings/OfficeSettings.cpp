#include "settings/OfficeSettings.h"

#include "settings/SettingsRows.h"

#include "access/Permissions.h"
#include "backup/DatabaseBackup.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "party/PartyEnums.h"
#include "party/PartySettings.h"
#include "registry/SiteRules.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::settings {

QString OfficeSetting::sourceText() const
{
    if (source == Source::Database)
        return OfficeSettings::tr("this office's database");
    if (!stored.isEmpty())
        return OfficeSettings::tr("default (the stored \"%1\" cannot be read)").arg(stored);
    return OfficeSettings::tr("default (not set in the database)");
}

OfficeSetting& SettingsRows::add(const QString& group, const QString& label, const QString& key,
                                 const QString& inForce, const QString& fallback, const QString& note)
{
    OfficeSetting s;
    s.group = group;
    s.label = label;
    s.key = key;
    s.value = inForce;
    s.text = inForce;
    s.defaultValue = fallback;
    s.defaultText = fallback;
    s.note = note;
    if (stored.contains(key)) {
        // A row the program could not read leaves the default in force: say so, with the row's text.
        s.source = (inForce == stored.value(key) || inForce != fallback) ? OfficeSetting::Source::Database
                                                                         : OfficeSetting::Source::Default;
        if (s.source == OfficeSetting::Source::Default)
            s.stored = stored.value(key);
    }
    list.append(s);
    return list.last();
}

namespace {

QString partyLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("party.dues.employed"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings",
                           "Dues of employed members (monthly pay up to yuan : percent)")},
        {QStringLiteral("party.dues.retired"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings",
                           "Dues of retired members (monthly pension up to yuan : percent)")},
        {QStringLiteral("party.dues.farmer"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Dues of farmers (yuan a month, from-to)")},
        {QStringLiteral("party.dues.minimal"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings",
                           "Dues of students, the unemployed and 低保 recipients (yuan a month)")},
        {QStringLiteral("party.branch_min_full_members"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Full members a branch needs at least")},
        {QStringLiteral("party.branch_max_members"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Members a branch generally holds at most")},
        {QStringLiteral("party.committee_min_full_members"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings",
                           "Full members from which a branch elects a committee")},
        {QStringLiteral("party.committee_min_size"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Branch committee: members at least")},
        {QStringLiteral("party.committee_max_size"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Branch committee: members at most")},
        {QStringLiteral("party.transfer_letter_days"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Days a transfer letter stays valid")},
        {QStringLiteral("party.dues_serious_arrears_months"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Months without dues that are serious arrears")},
        {QStringLiteral("rule.own_branch_min_residents"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings",
                           "Residents from which a site forms its own branch")},
        {QStringLiteral("rule.own_branch_min_full_members"),
         QT_TRANSLATE_NOOP("anju::settings::OfficeSettings", "Full members a site needs for its own branch")},
    };
    for (const auto& info : enumInfos<party::MeetingType>()) {
        if (key == party::PartySettings::meetingSettingKey(info.value))
            return OfficeSettings::tr("Months between meetings: %1 (0: not expected)")
                .arg(enumLabel(info.value));
    }
    const char* label = labels.value(key);
    return label ? OfficeSettings::tr(label) : key;
}

} // namespace

Result<QList<OfficeSetting>> OfficeSettings::read(const Database& db)
{
    if (Outcome allowed = Permissions::require(db, Action::ReadRuleSettings); !allowed)
        return allowed;
    QHash<QString, QString> rows;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The settings could not be read: %1").arg(q.lastError().text()));
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());

    SettingsRows table;
    table.stored = rows;
    const auto add = [&](const QString& group, const QString& label, const QString& key,
                         const QString& inForce, const QString& fallback,
                         const QString& note = {}) { table.add(group, label, key, inForce, fallback, note); };
    const QString partyGroup = tr("Party");
    const QString siteGroup = tr("Site rules");
    const QList<QPair<QString, QString>> partyInForce = party::PartySettings::load(db).texts();
    const QList<QPair<QString, QString>> partyDefaults = party::PartySettings::defaults().texts();
    for (int i = 0; i < partyInForce.size(); ++i) {
        const QString& key = partyInForce.at(i).first;
        const bool siteRule = key.startsWith(QLatin1String("rule."));
        add(siteRule ? siteGroup : partyGroup, partyLabel(key), key, partyInForce.at(i).second,
            i < partyDefaults.size() ? partyDefaults.at(i).second : QString());
    }

    const registry::SiteRules rules = registry::SiteRules::load(db);
    const registry::SiteRules defaults;
    add(siteGroup, tr("Residents from which a site needs a one-stop service centre"),
        QStringLiteral("rule.service_center_min_residents"), QString::number(rules.serviceCentreMinResidents),
        QString::number(defaults.serviceCentreMinResidents));
    add(siteGroup, tr("Households from which a centralized site must meet 五通三化"),
        QStringLiteral("rule.five_connections_min_households"),
        QString::number(rules.fiveConnectionsMinHouseholds),
        QString::number(defaults.fiveConnectionsMinHouseholds));
    const QString garden = QStringLiteral("rule.garden_min_area_m2");
    add(siteGroup, tr("Micro vegetable garden per household, m² at least"), garden,
        rows.value(garden, QStringLiteral("20")), QStringLiteral("20"), tr("No finding uses it yet."));

    const QString backupGroup = tr("Backups");
    const auto number = [&](const QString& key, int fallback) {
        return QString::number(db.setting(key, QString::number(fallback)).toInt());
    };
    using backup::DatabaseBackup;
    add(backupGroup, tr("Daily backups kept, days"), DatabaseBackup::keepDaysKey(),
        number(DatabaseBackup::keepDaysKey(), DatabaseBackup::DefaultKeepDays),
        QString::number(DatabaseBackup::DefaultKeepDays), tr("Only for a database file on this computer."));
    add(backupGroup, tr("Month-end backups kept, months"), DatabaseBackup::keepMonthsKey(),
        number(DatabaseBackup::keepMonthsKey(), DatabaseBackup::DefaultKeepMonths),
        QString::number(DatabaseBackup::DefaultKeepMonths), tr("Only for a database file on this computer."));

    listVisitRules(db, table);
    listIncomeRules(db, table);

    const QString unitKey = QStringLiteral("office.name");
    add(tr("Reports"), tr("Reporting unit printed on the monthly summary"), unitKey, rows.value(unitKey),
        QString(), tr("Set on the Reports page; empty: the site's name."));
    return table.list;
}

} // namespace anju::settings

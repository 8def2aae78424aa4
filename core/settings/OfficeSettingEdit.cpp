#include "settings/OfficeSettingEdit.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "domain/Enums.h"
#include "grids/DifficultFamilySources.h"
#include "grids/GridTypes.h"
#include "grids/VisitEnums.h"
#include "grids/VisitRules.h"
#include "grids/VisitWindow.h"
#include "income/IncomeSettings.h"

#include <QRegularExpression>

namespace anju::settings {

namespace {

using Type = SettingSpec::Type;

SettingSpec count(int least, int most)
{
    SettingSpec s;
    s.type = Type::Count;
    s.least = least;
    s.most = most;
    return s;
}

SettingSpec of(Type type, QList<QPair<QString, QString>> choices = {})
{
    SettingSpec s;
    s.type = type;
    s.choices = std::move(choices);
    return s;
}

// The enum whose key ends `key` after `prefix`, if it is one.
template <typename E> bool endsInEnumKey(const QString& key, const QString& prefix)
{
    return key.startsWith(prefix) && enumFromKey<E>(key.mid(prefix.size())).has_value();
}

// The year of "income.line.<year>" / "income.line_source.<year>", 0 when the rest is not a year in range.
int lineYear(const QString& key, const QString& prefix)
{
    if (!key.startsWith(prefix))
        return 0;
    bool ok = false;
    const int year = key.mid(prefix.size()).toInt(&ok);
    return ok && year >= OfficeSettingEdit::FirstLineYear && year <= OfficeSettingEdit::LastLineYear ? year
                                                                                                     : 0;
}

QList<QPair<QString, QString>> difficultFamilyChoices()
{
    QList<QPair<QString, QString>> choices;
    for (const QString& source : grids::DifficultFamilySources::known())
        choices.append({source, grids::DifficultFamilySources::label(source)});
    for (const auto& info : enumInfos<grids::CareCategory>()) {
        const QString source = QStringLiteral("care:") + QLatin1String(info.key);
        choices.append({source, grids::DifficultFamilySources::label(source)});
    }
    return choices;
}

// A comma list whose every item is one of `choices`, without repeats, in the order given; or why not.
Result<QString> checkedList(const QString& key, const QString& text,
                            const QList<QPair<QString, QString>>& choices, const QString& empty,
                            const QString& unknown)
{
    QStringList known;
    for (const auto& choice : choices)
        known.append(choice.first);
    QStringList items;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty() || items.contains(item))
            continue;
        if (!known.contains(item))
            return Outcome::failure(key, unknown.arg(item));
        items.append(item);
    }
    if (items.isEmpty())
        return Outcome::failure(key, empty);
    return items.join(u',');
}

} // namespace

bool OfficeSettingEdit::mayEdit(const Session* session)
{
    return Permissions::allows(session, Action::EditOfficeSettings);
}

QString OfficeSettingEdit::lineKey(int year)
{
    return QStringLiteral("income.line.") + QString::number(year);
}

QString OfficeSettingEdit::lineSourceKey(int year)
{
    return QStringLiteral("income.line_source.") + QString::number(year);
}

std::optional<SettingSpec> OfficeSettingEdit::spec(const Database& db, const QString& key)
{
    // The ranges are those VisitRules::load and IncomeSettings::load accept, so that a stored value is
    // always the one in force; a deadline or a no-contact period of 0 days would make everything late.
    if (endsInEnumKey<grids::VisitTargetKind>(key, QStringLiteral("grids.must_visit.")))
        return of(Type::Frequency);
    if (endsInEnumKey<grids::AttendTrigger>(key, QStringLiteral("grids.must_attend_days.")))
        return count(0, 366);
    if (endsInEnumKey<grids::CaseKind>(key, QStringLiteral("grids.case_deadline_days.")))
        return count(1, 366);
    if (key == QLatin1String("grids.no_contact_days"))
        return count(1, 366);
    if (key == QLatin1String("grids.escalate_to_grid_leader_days") ||
        key == QLatin1String("grids.escalate_to_manager_days"))
        return count(0, 366);
    if (key == QLatin1String("grids.difficult_family_sources"))
        return of(Type::Sources, difficultFamilyChoices());

    if (lineYear(key, QStringLiteral("income.line.")) > 0)
        return of(Type::Yuan);
    if (lineYear(key, QStringLiteral("income.line_source.")) > 0)
        return of(Type::Text);
    if (key == QLatin1String("income.drop_percent"))
        return count(1, 100);
    if (key == QLatin1String("income.drop_months"))
        return count(1, 24);
    if (key == QLatin1String("income.large_expense"))
        return of(Type::Yuan);
    if (key == QLatin1String("monitoring.notice_days"))
        return count(1, 60);
    if (key == QLatin1String("monitoring.notice_day_kind"))
        return of(Type::DayKind, {{QStringLiteral("calendar"), tr("Calendar days")},
                                  {QStringLiteral("working"), tr("Working days")}});
    const QString stepPrefix = QStringLiteral("monitoring.step_days.");
    if (key.startsWith(stepPrefix) &&
        income::IncomeSettings::defaults().stepDays.contains(key.mid(stepPrefix.size())))
        return count(1, 365);

    const income::IncomeSettings income = income::IncomeSettings::load(db);
    if (key == QLatin1String("safetynet.finding_schemes")) {
        QList<QPair<QString, QString>> choices;
        for (auto it = income.schemes.cbegin(); it != income.schemes.cend(); ++it)
            choices.append({it.key(), it.value()});
        return of(Type::Schemes, choices);
    }
    const QString schemePrefix = QStringLiteral("safetynet.scheme.");
    if (key.startsWith(schemePrefix) && income.schemes.contains(key.mid(schemePrefix.size())))
        return of(Type::Text);
    return std::nullopt;
}

Result<QString> OfficeSettingEdit::checked(const Database& db, const QString& key, const QString& text)
{
    const std::optional<SettingSpec> s = spec(db, key);
    if (!s)
        return Outcome::failure(key, tr("\"%1\" is not a setting that can be changed here.").arg(key));
    const QString value = text.trimmed();
    switch (s->type) {
    case Type::Count: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < s->least || n > s->most)
            return Outcome::failure(key,
                                    tr("Enter a whole number from %1 to %2.").arg(s->least).arg(s->most));
        return QString::number(n);
    }
    case Type::Frequency: {
        const std::optional<grids::VisitFrequency> f = grids::VisitFrequency::parse(value);
        if (!f)
            return Outcome::failure(
                key, tr("Enter every how many months (1 to 12) or days (1 to 366), such as 1m or 14d."));
        return f->text();
    }
    case Type::Yuan: {
        // Yuan with fen at most: a third decimal would be silently rounded by IncomeSettings.
        static const QRegularExpression yuan(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,2})?$"));
        if (!yuan.match(value).hasMatch() || value.toDouble() <= 0)
            return Outcome::failure(
                key,
                tr("Enter an amount in yuan above 0 with at most two decimals, such as 6000 or 7500.50."));
        return value;
    }
    case Type::Sources:
        return checkedList(key, value, s->choices, tr("Choose at least one kind of difficult family."),
                           tr("\"%1\" is not a source of difficult families this program knows."));
    case Type::Schemes:
        return checkedList(key, value, s->choices, tr("Choose at least one safety-net scheme."),
                           tr("\"%1\" is not one of this office's safety-net schemes."));
    case Type::DayKind:
        if (value != QLatin1String("calendar") && value != QLatin1String("working"))
            return Outcome::failure(key, tr("Enter calendar or working."));
        return value;
    case Type::Text: {
        const QString simplified = value.simplified();
        if (simplified.isEmpty())
            return Outcome::failure(key, tr("Enter a text: it cannot be empty."));
        if (simplified.size() > MaxTextLength)
            return Outcome::failure(
                key, tr("At most %1 characters (now %2).").arg(MaxTextLength).arg(simplified.size()));
        return simplified;
    }
    }
    return Outcome::failure(key, tr("\"%1\" is not a setting that can be changed here.").arg(key));
}

QString OfficeSettingEdit::consequence(const QString& key)
{
    if (key == QLatin1String("income.drop_months"))
        return tr("Changing it recounts the kept sums of every income check in the database, so past checks "
                  "may gain or lose their drop flag. At a large office this takes from seconds to minutes.");
    return {};
}

namespace {

SqlOutcome upsert(const Database& db, const QString& key, const QString& value)
{
    QSqlQuery query(db.connection());
    return SqlRun::write(db, query,
                         QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, value});
}

} // namespace

Outcome OfficeSettingEdit::set(const Database& db, const QString& key, const QString& text)
{
    if (Outcome allowed = Permissions::require(db, Action::EditOfficeSettings); !allowed)
        return allowed;
    const Result<QString> value = checked(db, key, text);
    if (!value)
        return value;
    if (db.setting(key) == value.value())
        return {}; // nothing changes: no write, no line in the trail
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(key, transaction.error());
    if (const SqlOutcome written = upsert(db, key, value.value()); !written)
        return Outcome::failure(key, tr("The setting could not be saved: %1").arg(written.error));
    if (!transaction.commit())
        return Outcome::failure(key, transaction.error());
    return {};
}

Outcome OfficeSettingEdit::setYearLine(const Database& db, int year, const QString& yuan,
                                       const QString& source)
{
    if (Outcome allowed = Permissions::require(db, Action::EditOfficeSettings); !allowed)
        return allowed;
    if (year < FirstLineYear || year > LastLineYear)
        return Outcome::failure(
            QStringLiteral("year"),
            tr("A monitoring line's year is from %1 to %2.").arg(FirstLineYear).arg(LastLineYear));
    const Result<QString> line = checked(db, lineKey(year), yuan);
    const Result<QString> from = checked(db, lineSourceKey(year), source);
    if (!line || !from) {
        Outcome refused;
        refused.add(line);
        refused.add(from);
        return refused;
    }
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(lineKey(year), transaction.error());
    for (const auto& [key, value] :
         {qMakePair(lineKey(year), line.value()), qMakePair(lineSourceKey(year), from.value())}) {
        if (db.setting(key) == value)
            continue;
        if (const SqlOutcome written = upsert(db, key, value); !written)
            return Outcome::failure(key, tr("The setting could not be saved: %1").arg(written.error));
    }
    if (!transaction.commit())
        return Outcome::failure(lineKey(year), transaction.error());
    return {};
}

} // namespace anju::settings

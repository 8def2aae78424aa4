#include "income/IncomeSettings.h"

#include "database/Database.h"

#include <QSqlQuery>

namespace anju::income {

namespace {

// Yuan as the settings store them ("6000", "7500.5") to fen; nullopt for a malformed or negative text.
std::optional<Fen> fenFromYuanText(const QString& text)
{
    bool ok = false;
    const double yuan = text.trimmed().toDouble(&ok);
    if (!ok || yuan < 0 || yuan > 1e12)
        return std::nullopt;
    return Fen(qRound64(yuan * 100));
}

int intSetting(const Database& db, const QString& key, int fallback, int least, int most)
{
    bool ok = false;
    const int value = db.setting(key).toInt(&ok);
    return ok && value >= least && value <= most ? value : fallback;
}

// public_notice: days after the notice period's last day to record its outcome (no row in migration 15's
// defaults: 3 unless the office sets monitoring.step_days.public_notice).
const char* const StepKeys[] = {"home_check", "village_review", "public_notice", "township_review",
                                "county_approval"};

} // namespace

IncomeSettings IncomeSettings::defaults()
{
    IncomeSettings s;
    s.lines.insert(2021, {2021, 600000, QStringLiteral("国家乡村振兴局 2021 年防止返贫监测范围")});
    s.stepDays = {{QStringLiteral("home_check"), 7},
                  {QStringLiteral("village_review"), 7},
                  {QStringLiteral("public_notice"), 3},
                  {QStringLiteral("township_review"), 7},
                  {QStringLiteral("county_approval"), 15}};
    s.schemes = {{QStringLiteral("dibao"), QStringLiteral("最低生活保障（低保）")},
                 {QStringLiteral("tekun"), QStringLiteral("特困人员供养")},
                 {QStringLiteral("disability_subsidy"), QStringLiteral("残疾人两项补贴")},
                 {QStringLiteral("temporary_relief"), QStringLiteral("临时救助")}};
    s.findingSchemes = {QStringLiteral("dibao"), QStringLiteral("tekun")};
    return s;
}

IncomeSettings IncomeSettings::load(const Database& db)
{
    IncomeSettings s = defaults();
    // The per-year keys and the scheme list are open-ended: read every key of the three prefixes at once.
    QMap<int, MonitoringLine> lines;
    QMap<QString, QString> schemes;
    QMap<int, QString> sources;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'income.line%'"
                                 " OR key LIKE 'safetynet.scheme.%'")) &&
        q.exec()) {
        const QString lineKey = QStringLiteral("income.line.");
        const QString sourceKey = QStringLiteral("income.line_source.");
        const QString schemeKey = QStringLiteral("safetynet.scheme.");
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            bool ok = false;
            if (key.startsWith(sourceKey)) {
                const int year = key.mid(sourceKey.size()).toInt(&ok);
                if (ok)
                    sources.insert(year, value);
            } else if (key.startsWith(lineKey)) {
                const int year = key.mid(lineKey.size()).toInt(&ok);
                const std::optional<Fen> fen = fenFromYuanText(value);
                if (ok && year >= 2000 && year <= 2100 && fen && *fen > 0)
                    lines.insert(year, {year, *fen, {}});
            } else if (key.startsWith(schemeKey) && key.size() > schemeKey.size() &&
                       !value.trimmed().isEmpty()) {
                schemes.insert(key.mid(schemeKey.size()), value.trimmed());
            }
        }
        for (auto it = lines.begin(); it != lines.end(); ++it)
            it->source = sources.value(it.key());
        // A database whose settings were read: its lists are the office's, even when shorter than ours.
        s.lines = lines;
        if (!schemes.isEmpty())
            s.schemes = schemes;
    }
    s.dropPercent = intSetting(db, QStringLiteral("income.drop_percent"), s.dropPercent, 1, 100);
    s.dropMonths = intSetting(db, QStringLiteral("income.drop_months"), s.dropMonths, 1, 24);
    if (const std::optional<Fen> large = fenFromYuanText(db.setting(QStringLiteral("income.large_expense"))))
        s.largeExpense = *large;
    s.noticeDays = intSetting(db, QStringLiteral("monitoring.notice_days"), s.noticeDays, 1, 60);
    s.noticeDayKind = db.setting(QStringLiteral("monitoring.notice_day_kind")) == QLatin1String("working")
                          ? NoticeDayKind::Working
                          : NoticeDayKind::Calendar;
    for (const char* step : StepKeys) {
        const QString key = QString::fromLatin1(step);
        s.stepDays[key] =
            intSetting(db, QStringLiteral("monitoring.step_days.") + key, s.stepDays.value(key), 1, 365);
    }
    // A comma list of scheme keys; an empty or unset value keeps the default (no scheme would make every
    // weak-labour person of a household at risk a finding for ever).
    QStringList finding;
    for (const QString& key :
         db.setting(QStringLiteral("safetynet.finding_schemes")).split(QLatin1Char(','))) {
        if (!key.trimmed().isEmpty() && !finding.contains(key.trimmed()))
            finding.append(key.trimmed());
    }
    if (!finding.isEmpty())
        s.findingSchemes = finding;
    return s;
}

int IncomeSettings::lineYearFor(int year) const
{
    auto it = lines.upperBound(year); // the first year after
    if (it == lines.begin())
        return 0;
    return std::prev(it).key();
}

std::optional<MonitoringLine> IncomeSettings::lineFor(int year) const
{
    const int from = lineYearFor(year);
    if (from == 0)
        return std::nullopt;
    return lines.value(from);
}

QString IncomeSettings::carriedOverNote(int year) const
{
    const int from = lineYearFor(year);
    if (from == year)
        return {};
    if (from == 0)
        return tr("%1 has no monitoring line: set one in the settings.").arg(year);
    return tr("%1 has no monitoring line of its own and is judged by the line of %2 (%3 yuan per person per "
              "year).")
        .arg(year)
        .arg(from)
        .arg(QString::number(double(lines.value(from).perPersonPerYear) / 100.0, 'f', 0));
}

QString IncomeSettings::schemeName(const QString& key) const
{
    return schemes.value(key, key);
}

} // namespace anju::income

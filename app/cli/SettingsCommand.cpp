#include "SettingsCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "settings/OfficeSettingEdit.h"
#include "settings/OfficeSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anju::cli {

using settings::OfficeSetting;
using settings::OfficeSettingEdit;

int SettingsCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action == QLatin1String("set"))
        return set(context, arguments);
    return fail(tr("settings needs list or set, e.g. anju-cli settings set income.line.2026 7000 --source "
                   "\"省乡村振兴局通知\"."),
                UsageError);
}

int SettingsCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] settings list [--json]"),
        tr("Prints the office's settings by group: the value in force, the default and where "
           "it comes from, and whether this program changes it (settings set)."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("json"), tr("Print the settings as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("settings list takes no arguments, only options."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const Result<QList<OfficeSetting>> read = settings::OfficeSettings::read(*db);
    if (!read)
        return fail(read.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OfficeSetting& s : read.value()) {
            array.append(QJsonObject{
                {QStringLiteral("group"), s.group},
                {QStringLiteral("key"), s.key},
                {QStringLiteral("label"), s.label},
                {QStringLiteral("value"), s.text},
                {QStringLiteral("shown"), s.value},
                {QStringLiteral("default"), s.defaultText},
                {QStringLiteral("defaultShown"), s.defaultValue},
                {QStringLiteral("fromDatabase"), s.source == OfficeSetting::Source::Database},
                {QStringLiteral("editable"), OfficeSettingEdit::spec(*db, s.key).has_value()},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    QString group;
    for (const OfficeSetting& s : read.value()) {
        if (s.group != group) {
            group = s.group;
            out() << (group == read.value().first().group ? QString() : QStringLiteral("\n")) << group
                  << '\n';
        }
        out() << "  " << s.key << " = " << s.text << "    " << s.label << " · "
              << tr("default %1").arg(s.defaultText.isEmpty() ? tr("none") : s.defaultText) << " · "
              << s.sourceText() << '\n';
    }
    return Success;
}

int SettingsCommand::set(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] settings set KEY VALUE [--source TEXT] [--yes]"),
        tr("Changes one of the office's visit or income rules (the keys settings list marks as editable), "
           "checked as the settings page checks it; the administrator and the manager may. A year's "
           "monitoring line is income.line.YEAR, in yuan, with --source naming the notice it comes from. "
           "A change of income.drop_months recounts every income check and needs --yes."));
    QCommandLineParser& options = parser.options();
    options.addOption(
        {QStringLiteral("source"), tr("With income.line.YEAR: where the line comes from."), tr("TEXT")});
    options.addOption({QStringLiteral("yes"), tr("Make a change that sets off more work (a recount).")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList words = options.positionalArguments();
    if (words.size() != 2)
        return parser.usageError(tr("settings set needs a key and a value, e.g. settings set "
                                    "grids.must_visit.elderly_alone 14d."));
    const QString key = words.at(0);
    const QString value = words.at(1);
    const QString lineKeyPrefix = QStringLiteral("income.line.");
    bool isYear = false;
    const int year = key.startsWith(lineKeyPrefix) ? key.mid(lineKeyPrefix.size()).toInt(&isYear) : 0;
    if (options.isSet(QStringLiteral("source")) && !isYear)
        return parser.usageError(tr("--source goes with a year's monitoring line, income.line.YEAR."));
    const QString consequence = OfficeSettingEdit::consequence(key);
    if (!consequence.isEmpty() && !options.isSet(QStringLiteral("yes")))
        return fail(consequence + QLatin1Char('\n') + tr("Add --yes to change %1.").arg(key));

    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    const Outcome saved =
        options.isSet(QStringLiteral("source"))
            ? OfficeSettingEdit::setYearLine(*db, year, value, options.value(QStringLiteral("source")))
            : OfficeSettingEdit::set(*db, key, value);
    if (!saved)
        return fail(tr("%1: %2").arg(key, saved.summary()));
    out() << tr("%1 = %2").arg(key, db->setting(key)) << '\n';
    return Success;
}

} // namespace anju::cli

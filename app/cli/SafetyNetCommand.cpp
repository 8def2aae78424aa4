#include "SafetyNetCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "income/SafetyNetRepository.h"
#include "income/SafetyNetRules.h"
#include "income/SafetyNetService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace anju::cli {

namespace {

using income::Fen;

QString yuan(Fen fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

// "580", "580.5", "580.50" yuan to fen; nullopt for anything else.
std::optional<Fen> fenFromYuan(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString cents = QString(m.captured(2) + QStringLiteral("00")).left(2);
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

// A site by its code, or by its number in the database.
qint64 siteIdOf(const Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ?"));
    q.addBindValue(text.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok)
        return 0;
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? id : 0;
}

// A person by the ID number, or by their number in the database (the lists print it).
qint64 personIdOf(const Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE id_number = ?"));
    q.addBindValue(text.trimmed().toUpper());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || text.trimmed().size() >= 15)
        return 0;
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? id : 0;
}

void print(const QJsonObject& document)
{
    out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int SafetyNetCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action == QLatin1String("enrol") || action == QLatin1String("amount") ||
        action == QLatin1String("end") || action == QLatin1String("exempt"))
        return write(context, action, arguments);
    return fail(
        tr("safetynet needs list, enrol, amount, end or exempt, e.g. anju-cli safetynet list --scheme "
           "dibao."),
        UsageError);
}

int SafetyNetCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] safetynet list [--scheme KEY] [--site CODE] [--date YYYY-MM-DD] "
           "[--json]"),
        tr("Lists the people in the safety net on a day (monthly enrolments holding that day, "
           "one-off payments of its month up to the day), with the totals per scheme."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("scheme"), tr("Only this scheme (dibao, tekun …)."), tr("KEY")});
    options.addOption({QStringLiteral("site"), tr("Only this site (its code)."), tr("CODE")});
    options.addOption({QStringLiteral("date"), tr("The day (default: today)."), tr("YYYY-MM-DD")});
    options.addOption({QStringLiteral("json"), tr("Print the rows as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QDate day = options.isSet(QStringLiteral("date"))
                          ? QDate::fromString(options.value(QStringLiteral("date")), Qt::ISODate)
                          : QDate::currentDate();
    if (!day.isValid())
        return parser.usageError(tr("--date needs a day written YYYY-MM-DD."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    income::SafetyNetFilter filter;
    filter.scheme = options.value(QStringLiteral("scheme")).trimmed();
    const income::IncomeSettings settings = income::IncomeSettings::load(*db);
    if (!filter.scheme.isEmpty() && !settings.schemes.contains(filter.scheme))
        return fail(tr("%1 is not a scheme of the office's list: %2.")
                        .arg(filter.scheme, settings.schemes.keys().join(QStringLiteral(", "))));
    if (options.isSet(QStringLiteral("site"))) {
        filter.siteId = siteIdOf(*db, options.value(QStringLiteral("site")));
        if (filter.siteId == 0)
            return fail(tr("No site has the code %1.").arg(options.value(QStringLiteral("site"))));
    }
    const auto rows = income::SafetyNetRepository(*db).enrolledOn(day, filter);
    if (!rows)
        return fail(rows.summary());
    const QList<income::SchemeTotal> totals = income::SafetyNetRules::totals(rows.value(), settings);
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const income::SafetyNetRow& r : rows.value()) {
            const income::SafetyNetEnrolment& e = r.enrolment;
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("personId"), e.personId},
                                    {QStringLiteral("person"), r.personName},
                                    {QStringLiteral("household"), r.householdNumber},
                                    {QStringLiteral("site"), r.siteName},
                                    {QStringLiteral("scheme"), e.scheme},
                                    {QStringLiteral("amountFen"), e.amount},
                                    {QStringLiteral("amountKind"), income::amountKindKey(e.amountKind)},
                                    {QStringLiteral("validFrom"), dateJson(e.validFrom)},
                                    {QStringLiteral("validTo"), dateJson(e.validTo)}});
        }
        QJsonArray sums;
        for (const income::SchemeTotal& t : totals)
            sums.append(QJsonObject{{QStringLiteral("scheme"), t.scheme},
                                    {QStringLiteral("name"), t.name},
                                    {QStringLiteral("people"), t.people},
                                    {QStringLiteral("monthlyFen"), t.monthly},
                                    {QStringLiteral("oneOffFen"), t.oneOff}});
        print({{QStringLiteral("date"), day.toString(Qt::ISODate)},
               {QStringLiteral("count"), int(rows.value().size())},
               {QStringLiteral("totals"), sums},
               {QStringLiteral("enrolments"), list}});
    } else {
        out() << tr("Safety net on %1: %2 enrolment(s).")
                     .arg(day.toString(Qt::ISODate))
                     .arg(rows.value().size())
              << '\n';
        for (const income::SchemeTotal& t : totals)
            out() << t.name << '\t'
                  << tr("%1 people, %2 yuan a month, %3 yuan one-off")
                         .arg(t.people)
                         .arg(yuan(t.monthly), yuan(t.oneOff))
                  << '\n';
        out() << tr("(id, person, household, scheme, amount in yuan, from, to)") << '\n';
        for (const income::SafetyNetRow& r : rows.value()) {
            const income::SafetyNetEnrolment& e = r.enrolment;
            out() << e.id << '\t' << r.personName << '\t' << r.householdNumber << '\t'
                  << settings.schemeName(e.scheme) << '\t' << yuan(e.amount)
                  << (e.amountKind == income::AmountKind::OneOff ? tr(" (one-off)") : QString()) << '\t'
                  << e.validFrom.toString(Qt::ISODate) << '\t'
                  << (e.validTo.isValid() ? e.validTo.toString(Qt::ISODate) : QString()) << '\n';
        }
    }
    out().flush();
    return Success;
}

int SafetyNetCommand::write(const CliContext& context, const QString& action, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] safetynet enrol --person ID --scheme KEY --amount YUAN [--one-off] --from DATE "
           "[--to DATE] [--note TEXT] | amount --enrolment N --amount YUAN --from DATE | end --enrolment N "
           "--on "
           "DATE --reason TEXT | exempt --person ID --reason TEXT --from DATE [--to DATE]"),
        tr("enrol puts a person (ID number) into a scheme with a monthly or one-off amount; amount changes a "
           "monthly amount from a day; end ends an enrolment on a day (the first day it no longer holds) "
           "with "
           "the reason; exempt records why a person is not enrolled."));
    QCommandLineParser& options = parser.options();
    for (const auto& [name, value] :
         QList<std::pair<QString, QString>>{{QStringLiteral("person"), tr("ID")},
                                            {QStringLiteral("scheme"), tr("KEY")},
                                            {QStringLiteral("amount"), tr("YUAN")},
                                            {QStringLiteral("from"), tr("YYYY-MM-DD")},
                                            {QStringLiteral("to"), tr("YYYY-MM-DD")},
                                            {QStringLiteral("on"), tr("YYYY-MM-DD")},
                                            {QStringLiteral("note"), tr("TEXT")},
                                            {QStringLiteral("reason"), tr("TEXT")},
                                            {QStringLiteral("enrolment"), tr("N")}})
        options.addOption({name, name, value});
    options.addOption({QStringLiteral("one-off"), tr("The amount is paid once, on the --from day.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const auto date = [&options](const char* name) {
        return QDate::fromString(options.value(QString::fromLatin1(name)), Qt::ISODate);
    };
    std::optional<Fen> amount;
    if (options.isSet(QStringLiteral("amount"))) {
        amount = fenFromYuan(options.value(QStringLiteral("amount")));
        if (!amount)
            return parser.usageError(tr("--amount needs yuan written like 580 or 580.50."));
    }
    for (const char* name : {"from", "to", "on"}) {
        if (options.isSet(QString::fromLatin1(name)) && !date(name).isValid())
            return parser.usageError(
                tr("--%1 needs a day written YYYY-MM-DD.").arg(QString::fromLatin1(name)));
    }
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    income::SafetyNetService service(*db);
    if (action == QLatin1String("enrol") || action == QLatin1String("exempt")) {
        const qint64 personId = personIdOf(*db, options.value(QStringLiteral("person")));
        if (personId == 0)
            return fail(tr("No person has the ID number %1.").arg(options.value(QStringLiteral("person"))));
        if (action == QLatin1String("enrol")) {
            income::SafetyNetEnrolment e;
            e.personId = personId;
            e.scheme = options.value(QStringLiteral("scheme"));
            e.amount = amount.value_or(0);
            e.amountKind = options.isSet(QStringLiteral("one-off")) ? income::AmountKind::OneOff
                                                                    : income::AmountKind::Monthly;
            e.validFrom = date("from");
            e.validTo = date("to");
            e.note = options.value(QStringLiteral("note"));
            const auto saved = service.enrol(e);
            if (!saved)
                return fail(saved.summary());
            out() << tr("Enrolment %1 saved.").arg(saved.value().id) << Qt::endl;
            return Success;
        }
        income::SafetyNetExemption x;
        x.personId = personId;
        x.reason = options.value(QStringLiteral("reason"));
        x.validFrom = date("from");
        x.validTo = date("to");
        const auto saved = service.exempt(x);
        if (!saved)
            return fail(saved.summary());
        out() << tr("Reason %1 saved.").arg(saved.value().id) << Qt::endl;
        return Success;
    }
    bool ok = false;
    const qint64 id = options.value(QStringLiteral("enrolment")).toLongLong(&ok);
    const auto enrolment = ok ? income::SafetyNetRepository(*db).enrolment(id) : std::nullopt;
    if (!enrolment)
        return fail(tr("No enrolment has the number %1.").arg(options.value(QStringLiteral("enrolment"))));
    if (action == QLatin1String("amount")) {
        const auto saved = service.changeAmount(id, amount.value_or(0), date("from"), enrolment->rowVersion);
        if (!saved)
            return fail(saved.summary());
        out() << tr("Enrolment %1 ends on %2; enrolment %3 pays %4 yuan a month from that day.")
                     .arg(id)
                     .arg(saved.value().validFrom.toString(Qt::ISODate))
                     .arg(saved.value().id)
                     .arg(yuan(saved.value().amount))
              << Qt::endl;
        return Success;
    }
    const auto ended =
        service.end(id, date("on"), options.value(QStringLiteral("reason")), enrolment->rowVersion);
    if (!ended)
        return fail(ended.summary());
    out() << tr("Enrolment %1 ends on %2.").arg(id).arg(ended.value().validTo.toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

} // namespace anju::cli

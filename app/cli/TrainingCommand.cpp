#include "TrainingCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "TrainingImportCommand.h"
#include "database/Database.h"
#include "work/TrainingRepository.h"
#include "work/TrainingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anju::cli {

namespace {

using namespace anju::work;

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

// A person by the ID number, or by their number in the database (the lists print it); 0 when neither.
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

QJsonObject courseJson(const CourseRow& r)
{
    const TrainingCourse& c = r.course;
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("siteId"), c.siteId > 0 ? QJsonValue(c.siteId) : QJsonValue()},
            {QStringLiteral("site"), r.siteName},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("trade"), c.trade},
            {QStringLiteral("organiser"), c.organiser},
            {QStringLiteral("startsOn"), dateJson(c.startsOn)},
            {QStringLiteral("endsOn"), dateJson(c.endsOn)},
            {QStringLiteral("hours"), c.hours},
            {QStringLiteral("capacity"), c.capacity},
            {QStringLiteral("demand"), c.demand},
            {QStringLiteral("certificate"), c.certificate},
            {QStringLiteral("attendances"), r.attendances},
            {QStringLiteral("personTimes"), r.personTimes()},
            {QStringLiteral("completed"), r.completed},
            {QStringLiteral("certificates"), r.certificates},
            {QStringLiteral("dropped"), r.dropped}};
}

std::optional<int> intOption(const QCommandLineParser& options, const QString& name, int low)
{
    bool ok = false;
    const int value = options.value(name).toInt(&ok);
    return ok && value >= low ? std::optional<int>(value) : std::nullopt;
}

} // namespace

int TrainingCommand::run(const CliContext& context, QStringList arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, arguments);
    if (action == QLatin1String("attendance"))
        return attendance(context, arguments);
    if (action == QLatin1String("add"))
        return add(context, arguments);
    if (action == QLatin1String("enrol"))
        return enrol(context, arguments);
    if (action == QLatin1String("import"))
        return TrainingImportCommand::run(context, arguments);
    return fail(tr("training needs list, attendance, add, enrol or import, e.g. anju-cli training list "
                   "--year 2024."),
                UsageError);
}

int TrainingCommand::list(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] training list [--year YYYY] [--site CODE] [--trade TEXT] "
           "[--search TEXT] [--limit N] [--offset N] [--json]"),
        tr("Lists the courses, the latest ending first, with their attendance: people on "
           "it, person-times (人次: those not dropped out), completed, certificates, dropped "
           "out. A course belongs to the year it ends in."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("year"), tr("Only the courses ending in this year."), tr("YYYY")});
    options.addOption({QStringLiteral("site"), tr("Only this site's courses (its code)."), tr("CODE")});
    options.addOption({QStringLiteral("trade"), tr("Only this trade."), tr("TEXT")});
    options.addOption({QStringLiteral("search"), tr("Part of the title, trade or organiser."), tr("TEXT")});
    options.addOption({QStringLiteral("limit"), tr("At most N courses (default 200)."), tr("N")});
    options.addOption({QStringLiteral("offset"), tr("Skip the first N courses."), tr("N")});
    options.addOption({QStringLiteral("json"), tr("Print the courses as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    CourseFilter filter;
    if (options.isSet(QStringLiteral("year"))) {
        const auto year = intOption(options, QStringLiteral("year"), 1900);
        if (!year || *year > 9999)
            return parser.usageError(tr("--year needs a year, e.g. 2024."));
        filter.year = *year;
    }
    int limit = 200, offset = 0;
    if (options.isSet(QStringLiteral("limit"))) {
        const auto value = intOption(options, QStringLiteral("limit"), 1);
        if (!value)
            return parser.usageError(tr("--limit needs a number of 1 or more."));
        limit = *value;
    }
    if (options.isSet(QStringLiteral("offset"))) {
        const auto value = intOption(options, QStringLiteral("offset"), 0);
        if (!value)
            return parser.usageError(tr("--offset needs a number of 0 or more."));
        offset = *value;
    }
    filter.trade = options.value(QStringLiteral("trade"));
    filter.search = options.value(QStringLiteral("search"));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (options.isSet(QStringLiteral("site"))) {
        filter.siteId = siteIdOf(*db, options.value(QStringLiteral("site")));
        if (filter.siteId == 0)
            return fail(tr("No site has the code %1.").arg(options.value(QStringLiteral("site"))));
    }
    TrainingRepository repository(*db);
    const auto count = repository.courseCount(filter);
    if (!count)
        return fail(count.summary());
    const auto rows = repository.courses(filter, offset, limit);
    if (!rows)
        return fail(rows.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CourseRow& r : rows.value())
            list.append(courseJson(r));
        print({{QStringLiteral("count"), count.value()},
               {QStringLiteral("offset"), offset},
               {QStringLiteral("courses"), list}});
    } else {
        out() << tr("%n course(s).", nullptr, count.value()) << '\n';
        out() << tr("(id, title, trade, site, first day, last day, hours, people, person-times, completed, "
                    "certificates, dropped out)")
              << '\n';
        for (const CourseRow& r : rows.value()) {
            const TrainingCourse& c = r.course;
            out() << c.id << '\t' << c.title << '\t' << c.trade << '\t'
                  << (r.siteName.isEmpty() ? tr("whole office") : r.siteName) << '\t'
                  << c.startsOn.toString(Qt::ISODate) << '\t' << c.endsOn.toString(Qt::ISODate) << '\t'
                  << c.hours << '\t' << r.attendances << '\t' << r.personTimes() << '\t' << r.completed
                  << '\t' << r.certificates << '\t' << r.dropped << '\n';
        }
    }
    out().flush();
    return Success;
}

int TrainingCommand::attendance(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] training attendance COURSE_ID [--json]"),
                         tr("Lists the people on a course with their enrolment day, outcome, hours attended "
                            "and certificate number."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("json"), tr("Print the course and its people as JSON.")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    bool ok = false;
    const qint64 courseId = options.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || courseId <= 0 || options.positionalArguments().size() != 1)
        return parser.usageError(tr("Name one course by its number (training list prints it)."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    TrainingRepository repository(*db);
    const auto course = repository.courseRow(courseId);
    if (!course)
        return fail(course.summary());
    const auto rows = repository.attendance(courseId);
    if (!rows)
        return fail(rows.summary());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AttendanceRow& r : rows.value()) {
            const Attendance& a = r.attendance;
            list.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("personId"), r.person.personId},
                {QStringLiteral("name"), r.person.name},
                {QStringLiteral("idNumber"), r.person.idNumber},
                {QStringLiteral("household"), r.person.householdNumber},
                {QStringLiteral("site"), r.person.siteName},
                {QStringLiteral("enrolledOn"), dateJson(a.enrolledOn)},
                {QStringLiteral("outcome"), enumKey(a.outcome)},
                {QStringLiteral("hoursAttended"), a.hoursAttended},
                {QStringLiteral("certificateNo"), a.certificateNo},
                {QStringLiteral("source"), a.imported ? QStringLiteral("import") : QStringLiteral("entry")},
                {QStringLiteral("rowVersion"), a.rowVersion}});
        }
        print({{QStringLiteral("course"), courseJson(course.value())}, {QStringLiteral("attendance"), list}});
    } else {
        const TrainingCourse& c = course.value().course;
        out() << tr("%1 (%2), %3 to %4: %n person(s).", nullptr, int(rows.value().size()))
                     .arg(c.title, c.trade, c.startsOn.toString(Qt::ISODate), c.endsOn.toString(Qt::ISODate))
              << '\n';
        out() << tr("(id, name, ID number, household, enrolled on, outcome, hours, certificate)") << '\n';
        for (const AttendanceRow& r : rows.value()) {
            const Attendance& a = r.attendance;
            out() << a.id << '\t' << r.person.name << '\t' << r.person.idNumber << '\t'
                  << r.person.householdNumber << '\t' << a.enrolledOn.toString(Qt::ISODate) << '\t'
                  << enumLabel(a.outcome) << '\t' << a.hoursAttended << '\t' << a.certificateNo << '\n';
        }
    }
    out().flush();
    return Success;
}

int TrainingCommand::add(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] training add --title TEXT --trade TEXT --from DATE --to DATE "
           "[--site CODE] [--hours N] [--capacity N] [--organiser TEXT] [--demand TEXT] "
           "[--certificate TEXT] [--note TEXT]"),
        tr("Adds a course: its first and last day, class hours, places (0: no limit) and the "
           "certificate it earns. Without --site it is a course for the whole office."));
    QCommandLineParser& options = parser.options();
    for (const auto& [name, value, help] : QList<std::tuple<QString, QString, QString>>{
             {QStringLiteral("title"), tr("TEXT"), tr("The course's title.")},
             {QStringLiteral("trade"), tr("TEXT"), tr("The trade it teaches.")},
             {QStringLiteral("from"), tr("DATE"), tr("The first day (YYYY-MM-DD).")},
             {QStringLiteral("to"), tr("DATE"), tr("The last day (YYYY-MM-DD).")},
             {QStringLiteral("site"), tr("CODE"), tr("The site it is for (its code).")},
             {QStringLiteral("hours"), tr("N"), tr("Class hours.")},
             {QStringLiteral("capacity"), tr("N"), tr("Places (0: no limit).")},
             {QStringLiteral("organiser"), tr("TEXT"), tr("Who runs it.")},
             {QStringLiteral("demand"), tr("TEXT"), tr("The market demand it answers.")},
             {QStringLiteral("certificate"), tr("TEXT"), tr("The certificate completing it earns.")},
             {QStringLiteral("note"), tr("TEXT"), tr("A note.")}})
        options.addOption({name, help, value});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    TrainingCourse c;
    c.title = options.value(QStringLiteral("title"));
    c.trade = options.value(QStringLiteral("trade"));
    c.organiser = options.value(QStringLiteral("organiser"));
    c.demand = options.value(QStringLiteral("demand"));
    c.certificate = options.value(QStringLiteral("certificate"));
    c.note = options.value(QStringLiteral("note"));
    c.startsOn = QDate::fromString(options.value(QStringLiteral("from")), Qt::ISODate);
    c.endsOn = QDate::fromString(options.value(QStringLiteral("to")), Qt::ISODate);
    if (!c.startsOn.isValid() || !c.endsOn.isValid())
        return parser.usageError(tr("--from and --to need days written YYYY-MM-DD."));
    for (const auto& [name, target] : QList<std::pair<QString, int*>>{
             {QStringLiteral("hours"), &c.hours}, {QStringLiteral("capacity"), &c.capacity}}) {
        if (!options.isSet(name))
            continue;
        bool ok = false;
        *target = options.value(name).toInt(&ok);
        if (!ok)
            return parser.usageError(tr("--%1 needs a whole number.").arg(name));
    }
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    if (options.isSet(QStringLiteral("site"))) {
        c.siteId = siteIdOf(*db, options.value(QStringLiteral("site")));
        if (c.siteId == 0)
            return fail(tr("No site has the code %1.").arg(options.value(QStringLiteral("site"))));
    }
    const auto saved = TrainingService(*db).saveCourse(c);
    if (!saved)
        return fail(saved.summary());
    out() << tr("Course %1 added: %2.").arg(saved.value().id).arg(saved.value().title) << '\n';
    out().flush();
    return Success;
}

int TrainingCommand::enrol(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(tr("[--db LOCATION] training enrol COURSE_ID ID_NUMBER... [--on DATE]"),
                         tr("Enrols the people (by ID number) on a course, all of them or none: each person "
                            "who cannot be enrolled is named with the reason."));
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("on"), tr("The day they enrolled (default: today)."), tr("DATE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList words = options.positionalArguments();
    bool ok = false;
    const qint64 courseId = words.value(0).toLongLong(&ok);
    if (!ok || courseId <= 0 || words.size() < 2)
        return parser.usageError(tr("Name the course by its number, then the people's ID numbers."));
    const QDate day = options.isSet(QStringLiteral("on"))
                          ? QDate::fromString(options.value(QStringLiteral("on")), Qt::ISODate)
                          : QDate::currentDate();
    if (!day.isValid())
        return parser.usageError(tr("--on needs a day written YYYY-MM-DD."));
    const std::unique_ptr<Database> db = context.openDatabase(true);
    if (!db)
        return Failure;
    QList<qint64> people;
    QStringList unknown;
    for (const QString& word : words.mid(1)) {
        const qint64 id = personIdOf(*db, word);
        if (id == 0)
            unknown.append(word);
        people.append(id);
    }
    if (!unknown.isEmpty())
        return fail(tr("Nobody on file has the ID number %1; nobody was enrolled.")
                        .arg(unknown.join(QStringLiteral(", "))));
    const auto enrolled = TrainingService(*db).enrol(courseId, people, day);
    if (!enrolled)
        return fail(enrolled.summary() + QLatin1Char('\n') + tr("Nobody was enrolled."));
    out() << tr("%n person(s) enrolled on course %1.", nullptr, int(enrolled.value().size())).arg(courseId)
          << '\n';
    out().flush();
    return Success;
}

} // namespace anju::cli

#include "exchange/AttendanceImporter.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/IdNumber.h"
#include "exchange/CellText.h"
#include "exchange/HeaderDetector.h"
#include "exchange/HouseholdAssembler.h"
#include "exchange/RosterLayout.h"
#include "spreadsheet/MergedCells.h"
#include "work/TrainingRepository.h"
#include "work/TrainingRules.h"
#include "work/TrainingService.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace anju::exchange {

namespace {

using F = AttendanceField;
using work::AttendanceOutcome;

struct FieldInfo
{
    F field;
    QString header;
    QStringList synonyms;
};

const QList<FieldInfo>& fields()
{
    static const QList<FieldInfo> all = {
        {F::Name, QStringLiteral("姓名"), {QStringLiteral("学员姓名"), QStringLiteral("参训人员")}},
        {F::IdNumber,
         QStringLiteral("身份证号"),
         {QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"), QStringLiteral("证件号码")}},
        {F::EnrolledOn,
         QStringLiteral("报名日期"),
         {QStringLiteral("报名时间"), QStringLiteral("入班日期"), QStringLiteral("参训日期")}},
        {F::Outcome,
         QStringLiteral("结业情况"),
         {QStringLiteral("结业状态"), QStringLiteral("是否结业"), QStringLiteral("培训结果"),
          QStringLiteral("学习情况")}},
        {F::Certificate,
         QStringLiteral("证书编号"),
         {QStringLiteral("证书号"), QStringLiteral("证书号码"), QStringLiteral("结业证书编号"),
          QStringLiteral("证书编码")}},
        {F::Hours,
         QStringLiteral("出勤课时"),
         {QStringLiteral("出勤学时"), QStringLiteral("实际课时"), QStringLiteral("参训课时"),
          QStringLiteral("出勤时长")}},
        {F::Course,
         QStringLiteral("培训班"),
         {QStringLiteral("培训班名称"), QStringLiteral("班级名称"), QStringLiteral("培训项目"),
          QStringLiteral("课程名称"), QStringLiteral("培训班次")}},
        {F::CourseStart,
         QStringLiteral("开班日期"),
         {QStringLiteral("开班时间"), QStringLiteral("开课日期"), QStringLiteral("培训开始日期")}},
    };
    return all;
}

QHash<F, int> mappingFor(const QStringList& headers)
{
    QHash<F, int> mapping;
    for (int column = 0; column < headers.size(); ++column)
        if (const auto field = AttendanceImporter::fieldForHeader(headers.at(column));
            field && !mapping.contains(*field))
            mapping.insert(*field, column);
    return mapping;
}

Result<HeaderDetector::HeaderRow> findHeader(TableReader& reader)
{
    return HeaderDetector::findHeaderRow(
        reader, -1, 0,
        [](const QStringList& headers) {
            const QHash<F, int> mapping = mappingFor(headers);
            return mapping.contains(F::IdNumber) &&
                   (mapping.contains(F::Outcome) || mapping.contains(F::EnrolledOn) ||
                    mapping.contains(F::Hours));
        },
        AttendanceImporter::tr("No sheet of the file looks like an attendance sheet: none has a header with "
                               "身份证号 and 结业情况 or 报名日期 in its first %1 rows.")
            .arg(HeaderDetector::RowsSearched));
}

// The office's words for an outcome (the labels in either language and the keys are read too); blank is
// no word at all, which the caller reads.
std::optional<AttendanceOutcome> outcomeFromText(const QString& text)
{
    static const QHash<QString, AttendanceOutcome> words = {
        {QStringLiteral("结业"), AttendanceOutcome::Completed},
        {QStringLiteral("已结业"), AttendanceOutcome::Completed},
        {QStringLiteral("合格"), AttendanceOutcome::Completed},
        {QStringLiteral("退出"), AttendanceOutcome::Dropped},
        {QStringLiteral("中途退出"), AttendanceOutcome::Dropped},
        {QStringLiteral("已退出"), AttendanceOutcome::Dropped},
        {QStringLiteral("退学"), AttendanceOutcome::Dropped},
        {QStringLiteral("在训"), AttendanceOutcome::Enrolled},
        {QStringLiteral("在学"), AttendanceOutcome::Enrolled},
        {QStringLiteral("未结业"), AttendanceOutcome::Enrolled},
    };
    const QString key = text.simplified().remove(QLatin1Char(' '));
    if (const auto it = words.constFind(key); it != words.cend())
        return *it;
    return enumFromText<AttendanceOutcome>(text.trimmed());
}

// A name as the register holds it and as a sheet types it (王 芳, 王　芳): without spaces.
QString nameKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name)
        if (!c.isSpace())
            key.append(c);
    return key;
}

// Class hours: a whole number of 0 or more, typed or a number cell; "32课时" reads as 32.
Result<int> hoursFrom(const CellValue& cell)
{
    const auto notHours = [](const QString& text) {
        return Outcome::failure(QLatin1String(Field::General),
                                AttendanceImporter::tr("%1 is not a number of class hours.").arg(text));
    };
    if (cell.kind == CellValue::Kind::Number) {
        if (!std::isfinite(cell.number) || cell.number < 0 || cell.number > 100000 ||
            cell.number != std::floor(cell.number))
            return notHours(cell.text);
        return int(cell.number);
    }
    QString text = CellText::halfWidth(CellText::text(cell));
    for (const QString& unit : {QStringLiteral("课时"), QStringLiteral("学时"), QStringLiteral("小时")})
        if (text.endsWith(unit))
            text.chop(unit.size());
    const TypedNumber n = CellText::number(text, 0);
    if (!n.isNumber() || n.negative || n.units > 100000)
        return notHours(CellText::text(cell));
    return int(n.units);
}

// One row as read: who, on which course, and what the sheet says of them.
struct SheetRow
{
    int row = 0;
    qint64 personId = 0;
    qint64 courseId = 0;
    QDate enrolledOn;                         // null: blank (needed only for a person not on the course)
    std::optional<AttendanceOutcome> outcome; // nullopt: blank
    std::optional<int> hours;                 // nullopt: blank
    QString certificate;                      // empty: blank
};

} // namespace

QString AttendanceImporter::header(AttendanceField field)
{
    for (const FieldInfo& info : fields())
        if (info.field == field)
            return info.header;
    return {};
}

std::optional<AttendanceField> AttendanceImporter::fieldForHeader(const QString& headerText)
{
    const QString key = RosterLayout::headerKey(headerText);
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldInfo& info : fields()) {
        if (RosterLayout::headerKey(info.header) == key)
            return info.field;
        for (const QString& synonym : info.synonyms)
            if (RosterLayout::headerKey(synonym) == key)
                return info.field;
    }
    return std::nullopt;
}

Result<AttendanceSheetHeader> AttendanceImporter::inspect(const QString& path)
{
    auto opened = TableReader::open(path);
    if (!opened)
        return Outcome(opened);
    TableReader& reader = *opened.value();
    const auto found = findHeader(reader);
    if (!found)
        return Outcome(found);
    AttendanceSheetHeader header;
    header.sheetName = reader.sheetNames().value(found.value().sheetIndex);
    header.headerRow = found.value().headerRow;
    header.headers = found.value().headers;
    const QHash<F, int> mapping = mappingFor(header.headers);
    for (int column = 0; column < header.headers.size(); ++column)
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            if (it.value() == column)
                header.fields.append(it.key());
    header.namesCourses = mapping.contains(F::Course) && mapping.contains(F::CourseStart);
    return header;
}

QString AttendanceImporter::describe(const ImportError& error)
{
    if (error.row <= 0)
        return error.message;
    return tr("Row %1, %2: %3").arg(error.row).arg(error.column, error.message);
}

Result<AttendanceImportSummary> AttendanceImporter::run(const AttendanceImportOptions& options)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork); !denied)
        return denied;
    work::TrainingRepository repository(m_db);
    QHash<qint64, work::TrainingCourse> courses; // every course a row names, by id
    if (options.courseId > 0) {
        const auto course = repository.course(options.courseId);
        if (!course)
            return Outcome::error(tr("Course %1 is not on file.").arg(options.courseId));
        courses.insert(course->id, *course);
    }
    auto opened = TableReader::open(options.path);
    if (!opened)
        return Outcome(opened);
    TableReader& reader = *opened.value();
    const auto found = findHeader(reader);
    if (!found)
        return Outcome(found);
    AttendanceImportSummary summary;
    summary.sheetName = reader.sheetNames().value(found.value().sheetIndex);
    summary.headerRow = found.value().headerRow;
    const QStringList headers = found.value().headers;
    const QHash<F, int> mapping = mappingFor(headers);
    if (!mapping.contains(F::Name))
        return Outcome::error(tr("The sheet has no column %1.").arg(header(F::Name)));
    if (!mapping.contains(F::Course) && options.courseId <= 0)
        return Outcome::error(
            tr("The sheet has no column %1: name the course its people attended.").arg(header(F::Course)));
    if (mapping.contains(F::Course) && !mapping.contains(F::CourseStart))
        return Outcome::error(tr("The sheet has a column %1 but no %2, which tells courses of the same title "
                                 "apart.")
                                  .arg(header(F::Course), header(F::CourseStart)));
    const auto columnName = [&](F field) {
        const int column = mapping.value(field, -1);
        return column >= 0 && !headers.value(column).isEmpty() ? headers.at(column) : header(field);
    };

    QList<SheetRow> rows;
    QHash<QString, int> firstRowOf; // course and person → the row that named them first
    // Courses by title and first day, as read once: a year's sheet names each of its courses on 40 rows.
    QHash<QString, QList<work::TrainingCourse>> named;
    MergedCells merged;
    merged.startSheet(reader.merges());
    TableRow row;
    QSqlQuery person(m_db.connection());
    person.setForwardOnly(true);
    person.prepare(QStringLiteral("SELECT p.id, p.name, h.site_id FROM persons p"
                                  " JOIN households h ON h.id = p.household_id WHERE p.id_number = ?"));
    while (reader.next(row)) {
        if (HouseholdAssembler::isFooter(row))
            continue;
        const auto cell = [&](F field) { return merged.valueAt(row, mapping.value(field, -1)); };
        const auto text = [&](F field) { return CellText::text(cell(field)); };
        // A row is blank when the person's columns are: a course's title merged down over empty rows
        // does not make them rows.
        bool blank = true;
        for (F field : {F::Name, F::IdNumber, F::EnrolledOn, F::Outcome, F::Certificate, F::Hours})
            blank = blank && text(field).isEmpty();
        if (blank)
            continue;
        ++summary.rowsRead;
        SheetRow r;
        r.row = row.number;
        const auto error = [&](F field, const QString& message) {
            summary.errors.append({r.row, columnName(field), message});
        };
        const int before = int(summary.errors.size());

        const QString idNumber = IdNumber::normalizeText(text(F::IdNumber));
        const QString name = text(F::Name);
        qint64 siteId = 0;
        person.bindValue(0, idNumber);
        if (idNumber.isEmpty()) {
            error(F::IdNumber, tr("Enter the ID number."));
        } else if (!person.exec() || !person.next()) {
            error(F::IdNumber, tr("No person on file has this ID number."));
        } else {
            r.personId = person.value(0).toLongLong();
            siteId = person.value(2).toLongLong();
            const QString onFile = person.value(1).toString();
            // A row whose name is not the ID number's has slipped (a name typed against the row above or
            // below): which of the two is right only the office knows.
            if (nameKey(onFile) != nameKey(name))
                error(F::Name, name.isEmpty() ? tr("Enter the name (the ID number is %1's).").arg(onFile)
                                              : tr("The ID number is %1's, not %2's.").arg(onFile, name));
            else if (Outcome denied = Permissions::require(m_db, Action::WriteWork, siteId); !denied)
                error(F::IdNumber, denied.summary());
            person.finish();
        }

        // The course: the one the row names, else the one of the options.
        const QString title = text(F::Course);
        if (!title.isEmpty()) {
            const auto starts = CellText::date(cell(F::CourseStart), reader.date1904());
            if (text(F::CourseStart).isEmpty()) {
                error(F::CourseStart, tr("Enter the course's first day, which tells courses of the same "
                                         "title apart."));
            } else if (!starts) {
                error(F::CourseStart, starts.summary());
            } else {
                const QDate day = starts.value().date;
                const QString key = title + QLatin1Char('|') + day.toString(Qt::ISODate);
                auto it = named.find(key);
                if (it == named.end())
                    it = named.insert(key, repository.coursesNamed(title, day));
                // Of several courses so named, the person's site's, else the whole office's.
                QList<work::TrainingCourse> candidates;
                for (const work::TrainingCourse& c : std::as_const(*it))
                    if (c.siteId == siteId)
                        candidates.append(c);
                if (candidates.isEmpty())
                    for (const work::TrainingCourse& c : std::as_const(*it))
                        if (c.siteId == 0)
                            candidates.append(c);
                if (candidates.isEmpty())
                    candidates = *it;
                if (it->isEmpty())
                    error(F::Course, tr("No course called %1 begins on %2; add the course first.")
                                         .arg(title, day.toString(Qt::ISODate)));
                else if (candidates.size() > 1)
                    error(F::Course, tr("%n courses called %1 begin on %2; import them one at a time "
                                        "(--course).",
                                        nullptr, int(candidates.size()))
                                         .arg(title, day.toString(Qt::ISODate)));
                else
                    r.courseId = candidates.constFirst().id;
            }
        } else if (options.courseId > 0) {
            r.courseId = options.courseId;
        } else {
            error(F::Course,
                  tr("Enter the course's title (or name one course for the rows that name none)."));
        }
        if (r.courseId > 0) {
            if (!courses.contains(r.courseId))
                courses.insert(r.courseId, *repository.course(r.courseId));
            // The course's site is written by its users; the whole office's by everyone's.
            if (Outcome denied = Permissions::require(m_db, Action::WriteWork, courses[r.courseId].siteId);
                !denied)
                error(F::Course, denied.summary());
        }

        if (!text(F::EnrolledOn).isEmpty()) {
            const auto enrolled = CellText::date(cell(F::EnrolledOn), reader.date1904());
            if (!enrolled)
                error(F::EnrolledOn, enrolled.summary());
            else
                r.enrolledOn = enrolled.value().date;
        }
        if (!text(F::Outcome).isEmpty()) {
            r.outcome = outcomeFromText(text(F::Outcome));
            if (!r.outcome)
                error(F::Outcome, tr("\"%1\" is not an outcome (结业, 退出, 在训).").arg(text(F::Outcome)));
        }
        if (!text(F::Hours).isEmpty()) {
            const auto hours = hoursFrom(cell(F::Hours));
            if (!hours)
                error(F::Hours, hours.summary());
            else
                r.hours = hours.value();
        }
        r.certificate = text(F::Certificate);

        // The same person twice on one course is written once only if the office says which row holds.
        if (int(summary.errors.size()) == before) {
            const QString same = QString::number(r.courseId) + QLatin1Char('|') + QString::number(r.personId);
            if (const auto first = firstRowOf.constFind(same); first != firstRowOf.cend())
                error(F::IdNumber,
                      tr("The same person is on row %1 for this course too; keep one row.").arg(*first));
            else
                firstRowOf.insert(same, r.row);
        }
        if (int(summary.errors.size()) == before)
            rows.append(r);
    }
    if (!reader.error().isEmpty())
        return Outcome::error(reader.error());

    // Every row that read well, checked and written by TrainingService inside one transaction for the whole
    // sheet, read inside it: two desks importing the same course cannot both take its last places. When
    // any row of the sheet is bad the transaction is rolled back, after every row has been checked.
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    work::TrainingService service(m_db);
    QList<qint64> courseOrder; // as the sheet first names them
    QHash<qint64, QHash<qint64, work::Attendance>> onCourse;
    for (const SheetRow& r : std::as_const(rows)) {
        if (onCourse.contains(r.courseId))
            continue;
        courseOrder.append(r.courseId);
        QHash<qint64, work::Attendance>& people = onCourse[r.courseId];
        for (const work::Attendance& a : repository.attendancesOf(r.courseId))
            people.insert(a.personId, a);
    }
    summary.courses = int(courseOrder.size());
    const auto serviceError = [&](const Violation& v, int sheetRow, F fallback) {
        const F field = v.field == QLatin1String(Field::TrainingEnrolledOn)      ? F::EnrolledOn
                        : v.field == QLatin1String(Field::TrainingOutcome)       ? F::Outcome
                        : v.field == QLatin1String(Field::TrainingHoursAttended) ? F::Hours
                        : v.field == QLatin1String(Field::TrainingCertificate)   ? F::Certificate
                        : v.field == QLatin1String(Field::TrainingPerson)        ? F::IdNumber
                                                                                 : fallback;
        summary.errors.append({sheetRow, columnName(field), v.message});
    };
    // A refusal of the database (not of a rule) ends the import: the transaction rolls back.
    const auto databaseError = [](const Outcome& outcome) -> std::optional<QString> {
        for (const Violation& v : outcome.violations())
            if (v.field == QLatin1String(Field::General))
                return v.message;
        return std::nullopt;
    };

    // The people not on their course yet, enrolled on their own days, a course at a time.
    QSet<qint64> newlyEnrolled; // attendance ids
    for (qint64 courseId : std::as_const(courseOrder)) {
        QList<work::EnrolEntry> entries;
        QList<int> sheetRows;
        for (const SheetRow& r : std::as_const(rows)) {
            if (r.courseId != courseId || onCourse[courseId].contains(r.personId))
                continue;
            if (!r.enrolledOn.isValid()) {
                summary.errors.append({r.row, columnName(F::EnrolledOn),
                                       tr("Enter the day they enrolled: they are not on the course yet.")});
                continue;
            }
            entries.append({r.personId, r.enrolledOn});
            sheetRows.append(r.row);
        }
        if (entries.isEmpty())
            continue;
        const auto added = service.enrolWithin(courseId, entries, QDate(), true);
        if (const auto failed = databaseError(added))
            return Outcome::error(*failed);
        for (const Violation& v : added.violations()) {
            if (v.row >= 0 && v.row < sheetRows.size())
                serviceError(v, sheetRows.at(v.row), F::IdNumber);
            else
                for (int sheetRow : std::as_const(sheetRows))
                    serviceError(v, sheetRow, F::Course);
        }
        if (!added)
            continue;
        for (const work::Attendance& a : added.value()) {
            onCourse[courseId].insert(a.personId, a);
            newlyEnrolled.insert(a.id);
        }
        summary.enrolled += int(added.value().size());
    }

    // What the sheet says of everyone on their course now, where it differs from what is on file. A blank
    // cell says nothing: a new person is 在训 with no hours, one on file keeps theirs.
    QList<work::OutcomeEntry> entries;
    QList<int> sheetRows;
    for (const SheetRow& r : std::as_const(rows)) {
        const auto stored = onCourse[r.courseId].constFind(r.personId);
        if (stored == onCourse[r.courseId].cend())
            continue; // its enrolment was refused: named above
        const work::Attendance& a = *stored;
        const bool isNew = newlyEnrolled.contains(a.id);
        work::OutcomeEntry e;
        e.attendanceId = a.id;
        e.outcome = r.outcome.value_or(a.outcome);
        e.hoursAttended = r.hours.value_or(a.hoursAttended);
        e.certificateNo = !r.certificate.isEmpty()                    ? r.certificate
                          : e.outcome == AttendanceOutcome::Completed ? a.certificateNo
                                                                      : QString();
        if (e.outcome == a.outcome && e.hoursAttended == a.hoursAttended &&
            e.certificateNo == a.certificateNo) {
            if (!isNew)
                ++summary.unchanged;
            continue;
        }
        if (!isNew)
            ++summary.changed;
        entries.append(e);
        sheetRows.append(r.row);
    }
    if (!entries.isEmpty()) {
        const Outcome recorded = service.recordOutcomesWithin(entries, options.today);
        if (const auto failed = databaseError(recorded))
            return Outcome::error(*failed);
        for (const Violation& v : recorded.violations())
            serviceError(v, sheetRows.value(v.row, sheetRows.size() == 1 ? sheetRows.constFirst() : 0),
                         F::Outcome);
    }

    // By row; a row's own errors stay in the order of its columns' checks.
    std::stable_sort(summary.errors.begin(), summary.errors.end(),
                     [](const ImportError& a, const ImportError& b) { return a.row < b.row; });
    QList<int> rejected;
    for (const ImportError& e : std::as_const(summary.errors))
        if (rejected.isEmpty() || rejected.constLast() != e.row)
            rejected.append(e.row);
    summary.rowsRejected = int(rejected.size());
    if (!summary.errors.isEmpty()) {
        // Nothing is written, and nothing would be until the rows are corrected.
        summary.enrolled = summary.changed = summary.unchanged = 0;
        return summary;
    }
    if (options.dryRun)
        return summary; // the transaction ends unwritten
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    summary.written = true;
    return summary;
}

} // namespace anju::exchange

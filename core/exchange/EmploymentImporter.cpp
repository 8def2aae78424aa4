#include "exchange/EmploymentImporter.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "domain/IdNumber.h"
#include "exchange/CellText.h"
#include "exchange/HeaderDetector.h"
#include "exchange/HouseholdAssembler.h"
#include "exchange/IncomeCheckCells.h"
#include "exchange/RosterLayout.h"
#include "spreadsheet/MergedCells.h"
#include "work/EmploymentService.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace anju::exchange {

namespace {

using F = EmploymentField;
using work::Channel;

struct FieldInfo
{
    F field;
    QString header;
    QStringList synonyms;
};

const QList<FieldInfo>& fields()
{
    static const QList<FieldInfo> all = {
        {F::Name, QStringLiteral("姓名"), {QStringLiteral("劳动力姓名"), QStringLiteral("就业人员")}},
        {F::IdNumber,
         QStringLiteral("身份证号"),
         {QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"), QStringLiteral("证件号码")}},
        {F::Channel, QStringLiteral("就业渠道"), {QStringLiteral("就业方式"), QStringLiteral("就业类型")}},
        {F::Place,
         QStringLiteral("用工单位/地点"),
         {QStringLiteral("用工单位"), QStringLiteral("就业单位"), QStringLiteral("工作单位"),
          QStringLiteral("就业地点"), QStringLiteral("用工单位或地点")}},
        {F::Province, QStringLiteral("输出省份"), {QStringLiteral("务工省份"), QStringLiteral("就业省份")}},
        {F::City, QStringLiteral("输出城市"), {QStringLiteral("务工城市"), QStringLiteral("就业城市")}},
        {F::Income,
         QStringLiteral("月收入"),
         {QStringLiteral("月工资"), QStringLiteral("月均收入"), QStringLiteral("月收入（元）"),
          QStringLiteral("月收入(元)")}},
        {F::StartedOn,
         QStringLiteral("开始日期"),
         {QStringLiteral("就业时间"), QStringLiteral("务工时间"), QStringLiteral("开始时间")}},
        {F::EndedOn, QStringLiteral("结束日期"), {QStringLiteral("结束时间")}},
    };
    return all;
}

// The office's words for the channels (the labels are also read, in either language, and the keys).
std::optional<Channel> channelFromText(const QString& text)
{
    static const QHash<QString, Channel> words = {
        {QStringLiteral("劳务输出"), Channel::LabourExport},
        {QStringLiteral("外出务工"), Channel::LabourExport},
        {QStringLiteral("帮扶车间"), Channel::Workshop},
        {QStringLiteral("就业帮扶车间"), Channel::Workshop},
        {QStringLiteral("扶贫车间"), Channel::Workshop},
        {QStringLiteral("以工代赈"), Channel::WorkRelief},
        {QStringLiteral("园区"), Channel::Park},
        {QStringLiteral("景区"), Channel::Park},
        {QStringLiteral("园区/景区"), Channel::Park},
        {QStringLiteral("园区景区"), Channel::Park},
        {QStringLiteral("公益岗位"), Channel::PublicPost},
        {QStringLiteral("公益性岗位"), Channel::PublicPost},
        {QStringLiteral("自主创业"), Channel::SelfEmployed},
        {QStringLiteral("个体经营"), Channel::SelfEmployed},
        {QStringLiteral("自主创业/个体经营"), Channel::SelfEmployed},
        {QStringLiteral("灵活就业"), Channel::Flexible},
    };
    const QString key = text.simplified().remove(QLatin1Char(' '));
    if (const auto it = words.constFind(key); it != words.cend())
        return *it;
    return enumFromText<Channel>(text.trimmed());
}

QHash<F, int> mappingFor(const QStringList& headers)
{
    QHash<F, int> mapping;
    for (int column = 0; column < headers.size(); ++column)
        if (const auto field = EmploymentImporter::fieldForHeader(headers.at(column));
            field && !mapping.contains(*field))
            mapping.insert(*field, column);
    return mapping;
}

// One row as read: the job it makes, and the sheet's row number.
struct SheetRow
{
    int row = 0;
    work::Employment job;
    QString idNumber;
};

// The place a workshop or post job names by its name at the person's site: the one open on the first day,
// else any of that name (the rules then say it is not open).
qint64 placeByName(const Database& db, const char* table, qint64 siteId, const QString& name, QDate day)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM ") + QLatin1String(table) +
              QStringLiteral(" WHERE site_id = ? AND name = ? ORDER BY CASE WHEN opened_on <= ? AND"
                             " (closed_on IS NULL OR closed_on > ?) THEN 0 ELSE 1 END, id DESC"));
    q.addBindValue(siteId);
    q.addBindValue(name);
    q.addBindValue(sqlDate(day));
    q.addBindValue(sqlDate(day));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QString EmploymentImporter::header(EmploymentField field)
{
    for (const FieldInfo& info : fields())
        if (info.field == field)
            return info.header;
    return {};
}

std::optional<EmploymentField> EmploymentImporter::fieldForHeader(const QString& headerText)
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

QString EmploymentImporter::describe(const ImportError& error)
{
    if (error.row <= 0)
        return error.message;
    return tr("Row %1, %2: %3").arg(error.row).arg(error.column, error.message);
}

Result<EmploymentImportSummary> EmploymentImporter::run(const EmploymentImportOptions& options)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteWork); !denied)
        return denied;
    auto opened = TableReader::open(options.path);
    if (!opened)
        return Outcome(opened);
    TableReader& reader = *opened.value();
    const auto found = HeaderDetector::findHeaderRow(
        reader, -1, 0,
        [](const QStringList& headers) {
            const QHash<F, int> mapping = mappingFor(headers);
            return mapping.contains(F::IdNumber) && mapping.contains(F::Channel);
        },
        tr("No sheet of the file looks like the employment sheet: none has a header with 身份证号 and "
           "就业渠道 "
           "in its first %1 rows.")
            .arg(HeaderDetector::RowsSearched));
    if (!found)
        return Outcome(found);
    EmploymentImportSummary summary;
    summary.sheetName = reader.sheetNames().value(found.value().sheetIndex);
    summary.headerRow = found.value().headerRow;
    const QStringList headers = found.value().headers;
    const QHash<F, int> mapping = mappingFor(headers);
    for (F required : {F::Name, F::StartedOn})
        if (!mapping.contains(required))
            return Outcome::error(tr("The sheet has no column %1.").arg(header(required)));
    const auto columnName = [&](F field) {
        const int column = mapping.value(field, -1);
        return column >= 0 && !headers.value(column).isEmpty() ? headers.at(column) : header(field);
    };

    QList<SheetRow> rows;
    QHash<QString, int> firstRowOf; // ID number, channel and first day → the row that gave them first
    MergedCells merged;
    merged.startSheet(reader.merges());
    TableRow row;
    QSqlQuery person(m_db.connection());
    person.prepare(QStringLiteral("SELECT p.id, p.name, h.site_id FROM persons p"
                                  " JOIN households h ON h.id = p.household_id WHERE p.id_number = ?"));
    QSqlQuery onFile(m_db.connection());
    onFile.prepare(
        QStringLiteral("SELECT id FROM employments WHERE person_id = ? AND channel = ? AND started_on = ?"));
    while (reader.next(row)) {
        if (HouseholdAssembler::isFooter(row))
            continue;
        const auto cell = [&](F field) { return merged.valueAt(row, mapping.value(field, -1)); };
        const auto text = [&](F field) { return CellText::text(cell(field)); };
        bool blank = true;
        for (auto it = mapping.cbegin(); it != mapping.cend() && blank; ++it)
            blank = text(it.key()).isEmpty();
        if (blank)
            continue;
        ++summary.rowsRead;
        SheetRow r;
        r.row = row.number;
        const auto error = [&](F field, const QString& message) {
            summary.errors.append({r.row, columnName(field), message});
        };
        const int before = int(summary.errors.size());
        work::Employment& job = r.job;

        r.idNumber = IdNumber::normalizeText(text(F::IdNumber));
        const QString name = text(F::Name);
        qint64 siteId = 0;
        person.bindValue(0, r.idNumber);
        if (r.idNumber.isEmpty()) {
            error(F::IdNumber, tr("Enter the ID number."));
        } else if (!person.exec() || !person.next()) {
            error(F::IdNumber, tr("No person on file has this ID number."));
        } else {
            job.personId = person.value(0).toLongLong();
            siteId = person.value(2).toLongLong();
            if (person.value(1).toString() != name)
                error(F::Name, tr("The ID number is %1's, not %2's.").arg(person.value(1).toString(), name));
            else if (Outcome denied = Permissions::require(m_db, Action::WriteWork, siteId); !denied)
                error(F::IdNumber, denied.summary());
        }

        const auto channel = channelFromText(text(F::Channel));
        if (!channel)
            error(F::Channel,
                  text(F::Channel).isEmpty()
                      ? tr("Enter the channel (劳务输出, 帮扶车间, 公益岗位 …).")
                      : tr("\"%1\" is not a channel (劳务输出, 帮扶车间, 以工代赈, 园区/景区, 公益岗位, "
                           "自主创业, 灵活就业).")
                            .arg(text(F::Channel)));
        else
            job.channel = *channel;
        const auto started = CellText::date(cell(F::StartedOn), reader.date1904());
        if (text(F::StartedOn).isEmpty())
            error(F::StartedOn, tr("Enter the day the job began."));
        else if (!started)
            error(F::StartedOn, started.summary());
        else
            job.startedOn = started.value().date;
        if (!text(F::EndedOn).isEmpty()) {
            const auto ended = CellText::date(cell(F::EndedOn), reader.date1904());
            if (!ended)
                error(F::EndedOn, ended.summary());
            else
                job.endedOn = ended.value().date;
        }
        const auto income = IncomeCheckCells::fen(cell(F::Income));
        if (!income)
            error(F::Income, income.summary());
        else
            job.monthlyIncome = income.value();
        job.destinationProvince = text(F::Province);
        job.destinationCity = text(F::City);
        const QString place = text(F::Place);
        if (channel) {
            switch (*channel) {
            case Channel::Workshop:
            case Channel::PublicPost: {
                const bool workshop = *channel == Channel::Workshop;
                const qint64 id = siteId > 0 && !place.isEmpty()
                                      ? placeByName(m_db, workshop ? "work_workshops" : "work_posts", siteId,
                                                    place, job.startedOn)
                                      : 0;
                if (place.isEmpty())
                    error(F::Place,
                          workshop ? tr("Enter the workshop's name.") : tr("Enter the post's name."));
                else if (id == 0 && siteId > 0)
                    error(F::Place, workshop ? tr("No workshop of the person's site is called %1.").arg(place)
                                             : tr("No post of the person's site is called %1.").arg(place));
                (workshop ? job.workshopId : job.postId) = id;
                break;
            }
            case Channel::WorkRelief:
            case Channel::Park:
                job.place = place;
                break;
            case Channel::LabourExport:
            case Channel::SelfEmployed:
            case Channel::Flexible:
                job.employer = place;
                break;
            }
        }
        // The same job on two rows is written once only if the office says which: both rows are named.
        const QString same = r.idNumber + QLatin1Char('|') + enumKey(job.channel) + QLatin1Char('|') +
                             job.startedOn.toString(Qt::ISODate);
        if (int(summary.errors.size()) == before && firstRowOf.contains(same))
            error(F::IdNumber,
                  tr("The same job is on row %1 too; keep one row.").arg(firstRowOf.value(same)));
        firstRowOf.insert(same, r.row);
        // A sheet imported twice must not record its jobs twice.
        if (int(summary.errors.size()) == before) {
            onFile.bindValue(0, job.personId);
            onFile.bindValue(1, enumKey(job.channel));
            onFile.bindValue(2, sqlDate(job.startedOn));
            if (onFile.exec() && onFile.next())
                error(F::StartedOn,
                      tr("This job is on file already (job %1).").arg(onFile.value(0).toLongLong()));
        }
        if (int(summary.errors.size()) == before)
            rows.append(r);
    }
    if (!reader.error().isEmpty())
        return Outcome::error(reader.error());

    // The rows that read well, checked as the service checks a job typed in (the place open, the post's
    // capacity, the person on file…), all in one transaction: written only when every row of the sheet
    // stands.
    QList<work::Employment> drafts;
    for (const SheetRow& r : std::as_const(rows))
        drafts.append(r.job);
    const bool dryRun = options.dryRun || !summary.errors.isEmpty();
    if (!drafts.isEmpty()) {
        const auto recorded = work::EmploymentService(m_db).recordJobs(drafts, true, dryRun);
        for (const Violation& v : recorded.violations()) {
            // One draft alone is refused with no row: it is the only one.
            const int index = v.row >= 0 ? v.row : (rows.size() == 1 ? 0 : -1);
            if (index < 0 || index >= rows.size())
                return Outcome::error(v.message);
            const QString column =
                v.field == QLatin1String(Field::EmploymentWorkshop) ||
                        v.field == QLatin1String(Field::EmploymentPost) ||
                        v.field == QLatin1String(Field::EmploymentPlace)
                    ? columnName(F::Place)
                : v.field == QLatin1String(Field::EmploymentProvince) ? columnName(F::Province)
                : v.field == QLatin1String(Field::EmploymentIncome)   ? columnName(F::Income)
                : v.field == QLatin1String(Field::EmploymentEnd)      ? columnName(F::EndedOn)
                : v.field == QLatin1String(Field::EmploymentStart)    ? columnName(F::StartedOn)
                                                                      : columnName(F::IdNumber);
            summary.errors.append({rows.at(index).row, column, v.message});
        }
        if (recorded && !dryRun)
            summary.written = true;
    }
    std::sort(summary.errors.begin(), summary.errors.end(),
              [](const ImportError& a, const ImportError& b) { return a.row < b.row; });
    QList<int> rejected;
    for (const ImportError& e : std::as_const(summary.errors))
        if (rejected.isEmpty() || rejected.constLast() != e.row)
            rejected.append(e.row);
    summary.rowsRejected = int(rejected.size());
    summary.jobsNew = summary.errors.isEmpty() ? int(drafts.size()) : 0;
    return summary;
}

} // namespace anju::exchange

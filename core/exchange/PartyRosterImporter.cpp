#include "exchange/PartyRosterImporter.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/IdNumber.h"
#include "exchange/CellText.h"
#include "exchange/HeaderDetector.h"
#include "exchange/HouseholdAssembler.h"
#include "exchange/PartyRosterLayout.h"
#include "party/HelperLookup.h"
#include "party/OrganisationRepository.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"
#include "spreadsheet/MergedCells.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace anju::exchange {

namespace {

using F = PartyRosterField;

struct DateColumn
{
    F field;
    party::StageEvent event;
};

// The stage dates of the roster in the order they must come.
const QList<DateColumn>& dateColumns()
{
    static const QList<DateColumn> all = {
        {F::ApplicationDate, party::StageEvent::Application},
        {F::ActivistDate, party::StageEvent::Activist},
        {F::TargetDate, party::StageEvent::DevelopmentTarget},
        {F::AdmissionDate, party::StageEvent::Admission},
        {F::ConversionDate, party::StageEvent::Conversion},
    };
    return all;
}

QString header(F field)
{
    for (const PartyRosterFieldInfo& info : PartyRosterLayout::fields())
        if (info.field == field)
            return info.header;
    return {};
}

// Names in one cell: 张三、李四 / 张三，李四 / 张三 李四.
QStringList names(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s\\x{3000}]+"));
    QStringList out = text.split(separators, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

qint64 singleId(const Database& db, const QString& sql, const QVariant& value)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    return q.next() ? 0 : id; // two matches: not one to choose
}

// One row as read, before it becomes a member.
struct RosterRow
{
    int row = 0;
    QStringList cells;
    party::PartyService::NewMember member;
    QList<ImportError> errors;
    QList<ImportError> warnings;
    bool onFile = false;
};

} // namespace

namespace {

Result<HeaderDetector::HeaderRow> findPartyHeader(TableReader& reader)
{
    return HeaderDetector::findHeaderRow(
        reader, -1, 0,
        [](const QStringList& headers) {
            return PartyRosterLayout::looksLikeHeader(PartyRosterLayout::mappingFor(headers));
        },
        PartyRosterImporter::tr(
            "No sheet of the file looks like a party roster: none has a header with the "
            "name, the ID number and a stage date (姓名, 身份证号, 申请入党日期 …) in its "
            "first %1 rows.")
            .arg(HeaderDetector::RowsSearched));
}

// The roster opened with its header found: the reader stands just below the header.
struct OpenedRoster
{
    std::unique_ptr<TableReader> reader;
    PartyRosterHeader header;
};

Result<OpenedRoster> openRoster(const QString& path)
{
    auto opened = TableReader::open(path);
    if (!opened)
        return Outcome(opened);
    OpenedRoster roster;
    roster.reader = std::move(opened.value());
    const auto found = findPartyHeader(*roster.reader);
    if (!found)
        return Outcome(found);
    roster.header.sheetName = roster.reader->sheetNames().value(found.value().sheetIndex);
    roster.header.headerRow = found.value().headerRow;
    roster.header.headers = found.value().headers;
    roster.header.mapping = PartyRosterLayout::mappingFor(roster.header.headers);
    return roster;
}

} // namespace

Result<PartyRosterHeader> PartyRosterImporter::inspect(const QString& path)
{
    Result<OpenedRoster> opened = openRoster(path);
    if (!opened)
        return Outcome(opened);
    TableReader& reader = *opened.value().reader;
    PartyRosterHeader header = opened.value().header;
    // The reader stands just below the header; a date cell holds its serial number, shown as the date.
    TableRow row;
    if (reader.next(row)) {
        for (const CellValue& cell : std::as_const(row.cells)) {
            QString shown = cell.text.simplified();
            if (cell.dateFormatted)
                if (const Result<CellDate> date = CellText::date(cell, reader.date1904()))
                    shown = date.value().date.toString(Qt::ISODate);
            header.firstRow.append(shown);
        }
    }
    return header;
}

Result<PartyImportSummary> PartyRosterImporter::run(const PartyImportOptions& options)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteParty); !denied)
        return denied;
    Result<OpenedRoster> opened = openRoster(options.path);
    if (!opened)
        return Outcome(opened);
    TableReader& reader = *opened.value().reader;
    PartyImportSummary summary;
    summary.sheetName = opened.value().header.sheetName;
    summary.headerRow = opened.value().header.headerRow;
    summary.headers = opened.value().header.headers;
    PartyRosterMapping mapping = opened.value().header.mapping;
    if (!options.mapping.isEmpty()) {
        // The secretary's placement, as the dialog's table shows it: -1 is "not in the file".
        mapping.clear();
        for (auto it = options.mapping.constBegin(); it != options.mapping.constEnd(); ++it)
            if (it.value() >= 0)
                mapping.insert(it.key(), it.value());
        if (const QStringList problems = PartyRosterLayout::mappingProblems(mapping); !problems.isEmpty())
            return Outcome::failure(QLatin1String(Field::General), problems.join(QLatin1Char('\n')));
    }
    // Reading is the first half of the work, checking and writing the members the second.
    const qint64 half = std::max<qint64>(1, reader.progressTotal());
    const auto goOn = [&](qint64 done) { return !options.progress || options.progress(done, 2 * half); };
    const auto columnName = [&](F field) {
        const int column = mapping.value(field, -1);
        return column >= 0 && !summary.headers.value(column).isEmpty() ? summary.headers.at(column)
                                                                       : header(field);
    };
    MergedCells merged;
    merged.startSheet(reader.merges());

    QHash<QString, party::Organisation> branches;
    for (const party::Organisation& o : party::OrganisationRepository(m_db).organisations())
        branches.insert(o.name.trimmed(), o);
    const QString recordsReason =
        tr("Entered from the party roster %1").arg(QFileInfo(options.path).fileName());

    party::HelperLookup helpers(m_db);
    QList<RosterRow> rows;
    QHash<QString, int> rowOfId;
    TableRow row;
    while (reader.next(row)) {
        if (!goOn(reader.progressDone())) {
            summary.cancelled = true;
            return summary;
        }
        if (HouseholdAssembler::isFooter(row))
            continue;
        RosterRow r;
        r.row = row.number;
        for (const CellValue& cell : row.cells)
            r.cells.append(cell.text);
        const auto cell = [&](F field) { return merged.valueAt(row, mapping.value(field, -1)); };
        const auto text = [&](F field) { return CellText::text(cell(field)); };
        const auto error = [&](F field, const QString& message) {
            r.errors.append({r.row, columnName(field), message});
        };
        const auto warn = [&](F field, const QString& message) {
            r.warnings.append({r.row, columnName(field), message});
        };
        party::PartyMember& m = r.member.member;

        const QString name = text(F::Name);
        if (name.isEmpty())
            error(F::Name, tr("The name is empty."));
        const IdNumber id = IdNumber::parse(text(F::IdNumber), options.today);
        if (!id.isValid())
            error(F::IdNumber, id.errorMessage());
        else if (rowOfId.contains(id.text()))
            error(F::IdNumber,
                  tr("The ID number %1 is on row %2 too.").arg(id.text()).arg(rowOfId.value(id.text())));
        else
            rowOfId.insert(id.text(), r.row);

        const QString branchName = text(F::Branch);
        const auto branch = branches.constFind(branchName);
        if (branchName.isEmpty())
            error(F::Branch, tr("The branch is empty."));
        else if (branch == branches.constEnd())
            error(F::Branch, tr("There is no party organisation named %1.").arg(branchName));
        else if (!party::PartyRules::holdsMembers(branch->kind))
            error(F::Branch, tr("Members sit in a branch or a joint branch, never directly in a %1 (%2).")
                                 .arg(enumLabel(branch->kind), branchName));
        else
            m.organisationId = branch->id;

        // The stage dates: each a real date, not in the future, none before the one above it.
        QDate previous;
        F previousField = F::ApplicationDate;
        for (const DateColumn& column : dateColumns()) {
            const CellValue value = cell(column.field);
            if (value.isEmpty())
                continue;
            const Result<CellDate> date = CellText::date(value, reader.date1904());
            if (!date) {
                error(column.field, date.summary());
                continue;
            }
            const QDate day = date.value().date;
            if (day > options.today) {
                error(column.field, tr("The date %1 is in the future.").arg(day.toString(Qt::ISODate)));
                continue;
            }
            if (previous.isValid() && day < previous)
                error(column.field, tr("%1 is before %2 (%3).")
                                        .arg(day.toString(Qt::ISODate), columnName(previousField),
                                             previous.toString(Qt::ISODate)));
            previous = day;
            previousField = column.field;
            party::StageStep step;
            step.event = column.event;
            step.date = day;
            m.stageHistory.append(step);
        }
        if (m.stageHistory.isEmpty() && r.errors.isEmpty())
            error(F::ApplicationDate, tr("No stage date is given: at least the application date is needed."));

        const QString state = text(F::State);
        if (state.isEmpty() || state == QStringLiteral("正常")) {
            r.member.state = party::MemberState::Normal;
        } else if (state.startsWith(QStringLiteral("流动"))) {
            r.member.state = party::MemberState::Mobile;
            r.member.stateDate = options.today;
            r.member.stateReason = text(F::MobileDestination);
        } else {
            error(F::State,
                  tr("The state %1 is not imported: only 正常 and 流动 members are; members who left are "
                     "recorded through a transfer or the branch's decision.")
                      .arg(state));
        }
        if (!text(F::Phone).isEmpty()) {
            const Result<QString> phone = CellText::phone(cell(F::Phone));
            if (!phone)
                error(F::Phone, phone.summary());
            else
                m.phone = phone.value();
        }

        if (r.errors.isEmpty()) {
            // A resident when the ID is in the register; otherwise an outside cadre. Already a member:
            // left as on file (importing the same roster again changes nothing).
            const qint64 personId =
                singleId(m_db, QStringLiteral("SELECT id FROM persons WHERE id_number = ?"), id.text());
            const qint64 memberId =
                personId > 0
                    ? singleId(m_db, QStringLiteral("SELECT id FROM party_members WHERE person_id = ?"),
                               personId)
                    : singleId(m_db, QStringLiteral("SELECT id FROM party_members WHERE cadre_id_number = ?"),
                               id.text());
            r.onFile = memberId > 0;
            m.origin = personId > 0 ? party::MemberOrigin::Resident : party::MemberOrigin::OutsideCadre;
            m.personId = personId;
            m.name = name;
            m.sex = id.sex();
            m.birthDate = id.birthDate();
            m.idNumber = id.text();
            m.workUnit = text(F::WorkUnit);
            m.dues.category = party::DuesCategory::Unemployed; // the secretary sets the basis later
            r.member.joinedOn = m.stageHistory.first().date;
            QStringList note;
            const QStringList mentors = names(text(F::Mentors));
            const QStringList sponsors = names(text(F::Sponsors));
            if (!mentors.isEmpty())
                note << QStringLiteral("培养联系人：") + mentors.join(QStringLiteral("、"));
            if (!sponsors.isEmpty())
                note << QStringLiteral("入党介绍人：") + sponsors.join(QStringLiteral("、"));
            m.note = note.join(QStringLiteral("；")); // the roster's words, linked or not

            // Each name linked to the member it means on the step's day (mentors on the activist step,
            // sponsors on the admission), when it means exactly one full member; otherwise kept as
            // written in the note, with a warning naming the row and column.
            QList<qint64> linked;
            const auto link = [&](F field, const QStringList& written, QDate day, qint64& first,
                                  qint64& second) {
                QList<qint64> ids;
                for (const QString& n : written) {
                    if (!day.isValid())
                        break; // no step to link them to: kept as written
                    const party::HelperMatch found = helpers.find(n, m.organisationId, day);
                    const QString on = day.toString(Qt::ISODate);
                    switch (found.kind) {
                    case party::HelperMatch::Kind::Linked:
                        if (ids.size() < 2 && !ids.contains(found.memberId))
                            ids.append(found.memberId);
                        else
                            warn(field, tr("%1 is kept as written: two are linked already.").arg(n));
                        break;
                    case party::HelperMatch::Kind::Ambiguous:
                        warn(field, tr("%n full members are named %1 on %2: not linked to one of them, kept "
                                       "as written.",
                                       nullptr, found.candidates)
                                        .arg(n, on));
                        break;
                    case party::HelperMatch::Kind::NotYetFull:
                        warn(field,
                             found.earliestFull.isValid()
                                 ? tr("%1 is not a full member on %2 (full from %3): not linked, kept as "
                                      "written.")
                                       .arg(n, on, found.earliestFull.toString(Qt::ISODate))
                                 : tr("%1 is not a full member on %2: not linked, kept as written.")
                                       .arg(n, on));
                        break;
                    case party::HelperMatch::Kind::NotFound:
                        warn(field, tr("No party member is named %1: not linked, kept as written.").arg(n));
                        break;
                    }
                }
                first = ids.value(0);
                second = ids.value(1);
                linked += ids;
            };
            link(F::Mentors, mentors, m.dateOf(party::StageEvent::Activist), m.mentor1Id, m.mentor2Id);
            link(F::Sponsors, sponsors, m.dateOf(party::StageEvent::Admission), m.sponsor1Id, m.sponsor2Id);

            // The rules an old record may break: the step goes in as entered from records, with a
            // warning for each rule the roster shows broken. Training and the political review are not in
            // a roster, and a mentor or sponsor not linked above is missing to the rules: those
            // requirements are set aside with the same reason and without a warning of their own.
            party::PartyMember sofar = m;
            sofar.stageHistory.clear();
            for (int i = 0; i < m.stageHistory.size(); ++i) {
                party::StageStep& step = m.stageHistory[i];
                const party::StageTransition t{0, step.event, step.date, {}, 0, {}, false};
                if (i > 0 || step.event == party::StageEvent::Application) {
                    const party::TransitionCheck check =
                        party::PartyRules::checkTransition(sofar, t, options.today, linked);
                    F where = F::ApplicationDate;
                    for (const DateColumn& column : dateColumns())
                        if (column.event == step.event)
                            where = column.field;
                    for (const Violation& v : check.recordsOnly.violations())
                        warn(where, v.message);
                    for (const Violation& v : check.overridable.violations())
                        if (v.field == QLatin1String(Field::TransitionDate))
                            warn(where, v.message); // a conversion before the probation ended
                    if (step.event == party::StageEvent::Admission && mapping.contains(F::Sponsors) &&
                        sponsors.size() != 2)
                        warn(F::Sponsors, tr("The roster names %n sponsor(s); two are required.", nullptr,
                                             int(sponsors.size())));
                    if (step.event == party::StageEvent::Conversion) {
                        const QDate ends = party::PartyRules::probationEnds(sofar);
                        if (ends.isValid() && step.date > ends.addMonths(1))
                            warn(where,
                                 tr("Converted on %1, more than a month after the probation ended on %2; "
                                    "an extension is not in the roster.")
                                     .arg(step.date.toString(Qt::ISODate), ends.toString(Qt::ISODate)));
                    }
                    if (!check.recordsOnly.ok() || !check.overridable.ok()) {
                        step.fromRecords = true;
                        step.reason = recordsReason;
                    }
                }
                sofar.stageHistory.append(step);
                sofar.stage = party::stageAfter(step.event, sofar.stage);
            }
        }
        if (!r.errors.isEmpty()) {
            ++summary.rowsRejected;
            if (options.rejectedRow) {
                QStringList reasons;
                for (const ImportError& e : r.errors)
                    reasons << e.column + QLatin1String(": ") + e.message;
                options.rejectedRow(r.row, r.cells, reasons.join(QLatin1Char('\n')));
            }
        }
        summary.errors += r.errors;
        if (!r.onFile)
            summary.warnings += r.warnings;
        rows.append(r);
    }
    if (!reader.error().isEmpty())
        return Outcome::failure(QLatin1String(Field::General), reader.error());

    QList<party::PartyService::NewMember> members;
    QList<int> fileRows;
    for (const RosterRow& r : std::as_const(rows)) {
        if (r.onFile) {
            ++summary.membersUnchanged;
        } else if (r.errors.isEmpty()) {
            members.append(r.member);
            fileRows.append(r.row);
        }
    }
    if (!summary.errors.isEmpty() || members.isEmpty())
        return summary;
    bool cancelled = false;
    const auto created = party::PartyService(m_db).createMembers(
        members, options.dryRun, options.today, [&](int done, int total) {
            cancelled = !goOn(half + half * done / std::max(1, total));
            return !cancelled;
        });
    if (cancelled) {
        summary.cancelled = true; // the service rolled its transaction back
        return summary;
    }
    if (!created) {
        // What the service refuses after these checks (a rule this importer does not foresee): the row's.
        for (const Violation& v : created.violations()) {
            if (v.row < 0 || v.row >= fileRows.size())
                return Outcome(created);
            summary.errors.append({fileRows.at(v.row), QString(), v.message});
        }
        return summary;
    }
    summary.membersImported = int(members.size());
    summary.written = !options.dryRun;
    return summary;
}

} // namespace anju::exchange

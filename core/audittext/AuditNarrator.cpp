#include "audittext/AuditNarrator.h"

#include "audittext/AuditWords.h"

#include <QHash>
#include <QJsonArray>

#include <utility>

namespace anju {

namespace {

using namespace audittext;
using K = AuditValueKind;

const QLatin1String Insert("insert");
const QLatin1String Update("update");
const QLatin1String Delete("delete");

bool isCount(AuditValueKind kind)
{
    return kind == K::Number || kind == K::Hours || kind == K::Days || kind == K::Months || kind == K::Money;
}

// The value an entry holds for a column: the new one, or the old one of a delete.
QJsonValue current(const AuditEntry& e, const char* column)
{
    const QJsonArray pair = e.changes.value(QLatin1String(column)).toArray();
    return e.action == Delete ? pair.at(0) : pair.at(1);
}

// The id of the record a row belongs to: from the entry, or the row as it is now.
qint64 owner(const AuditEntry& e, const char* column, const AuditNames& names)
{
    const QJsonArray pair = e.changes.value(QLatin1String(column)).toArray();
    if (const qint64 id = auditId(pair.at(1)); id > 0)
        return id;
    if (const qint64 id = auditId(pair.at(0)); id > 0)
        return id;
    return names.key(e.recordType, e.recordId, QLatin1String(column));
}

// The record itself, named from the database or, when gone, from the entry's own values.
QString subjectOf(const AuditEntry& e, const AuditNames& names)
{
    QJsonObject own;
    for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it)
        own.insert(it.key(), it.value().toArray().at(e.action == Delete ? 0 : 1));
    const QString ownName = AuditNames::nameFromValues(e.recordType, own);
    if (e.action == Delete) {
        const QString kind = AuditFields::recordName(e.recordType);
        if (!ownName.isEmpty())
            return AuditNarrator::tr("%1 %2").arg(kind, ownName);
        if (const auto n = names.name(e.recordType, e.recordId); n && !n->text.isEmpty())
            return AuditNarrator::tr("%1 %2").arg(kind, n->text);
        return kind;
    }
    return named(e.recordType, e.recordId, names, ownName);
}

// A changed field twice: "联系电话 139… → 138…" inside a sentence, "联系电话：139… → 138…" as a line of
// its own in the details.
struct Line
{
    QString column;
    QString text;
    QString detail;
};

Line line(const QString& column, const QString& action, const QString& label, const QString& before,
          const QString& after)
{
    if (action == Update)
        return {column, AuditNarrator::tr("%1 %2 → %3").arg(label, before, after),
                AuditNarrator::tr("%1: %2 → %3").arg(label, before, after)};
    const QString value = action == Delete ? before : after;
    return {column, AuditNarrator::tr("%1 %2").arg(label, value),
            AuditNarrator::tr("%1: %2").arg(label, value)};
}

// The changed fields in the form's order ("label: old → new", or "label: value" for an insert or a
// delete), then any column the field table does not know (a later migration's), as stored.
QList<Line> fieldLines(const AuditEntry& e, const AuditNames& names)
{
    QList<Line> lines;
    QStringList known;
    for (const AuditField& field : AuditFields::of(e.recordType)) {
        const QString column = QLatin1String(field.column);
        known.append(column);
        if (!e.changes.contains(column))
            continue;
        const QJsonArray pair = e.changes.value(column).toArray();
        const QString label = AuditFields::label(field);
        // A new or deleted row's empty fields and zero amounts and counts (the defaults) say nothing.
        const QJsonValue value = pair.at(e.action == Delete ? 0 : 1);
        if (e.action != Update &&
            (isEmptyValue(value) || (isCount(field.kind) && plain(value) == QLatin1String("0"))))
            continue;
        lines.append(line(column, e.action, label, AuditNarrator::valueText(field, pair.at(0), names),
                          AuditNarrator::valueText(field, pair.at(1), names)));
    }
    for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
        // The id, a setting's key (the sentence names them) and the time a step was typed in (the entry's own
        // time says it) are not fields anyone filled in.
        static const QStringList unsaid = {QStringLiteral("id"), QStringLiteral("key"),
                                           QStringLiteral("recorded_at")};
        if (known.contains(it.key()) || unsaid.contains(it.key()) ||
            (it.key() == QLatin1String("household_id") && e.recordType == QLatin1String("households")))
            continue;
        const QJsonArray pair = it.value().toArray();
        const QString before = isEmptyValue(pair.at(0)) ? QStringLiteral("—") : plain(pair.at(0));
        const QString after = isEmptyValue(pair.at(1)) ? QStringLiteral("—") : plain(pair.at(1));
        lines.append(line(it.key(), e.action, it.key(), before, after));
    }
    return lines;
}

QString joined(const QList<Line>& lines, const QStringList& leaveOut = {})
{
    QStringList parts;
    for (const Line& l : lines) {
        if (!leaveOut.contains(l.column))
            parts.append(l.text);
    }
    return parts.join(AuditNarrator::tr("; "));
}

QStringList texts(const QList<Line>& lines)
{
    QStringList all;
    for (const Line& l : lines)
        all.append(l.detail);
    return all;
}

// "head: fields", or the head alone when no field is left to say.
QString withFields(const QString& head, const QString& fields)
{
    return fields.isEmpty() ? head : AuditNarrator::tr("%1: %2").arg(head, fields);
}

QString dateOf(const QJsonValue& v)
{
    return plain(v).left(10);
}

// The sentence of one row (attendance and dues rows are joined into one per meeting or member later).
QString sentence(const AuditEntry& e, const AuditNames& names, const QList<Line>& lines)
{
    const QString who = AuditNarrator::who(e.userName);
    const QString type = e.recordType;
    if (type.isEmpty()) {
        const QString detail = AuditLog::detailText(e.detail);
        const QString head = AuditNarrator::tr("%1 %2").arg(who, AuditLog::actionLabel(e.action));
        return withFields(head, detail);
    }

    if (type == QLatin1String("persons")) {
        const QString household = named(QStringLiteral("households"), e.householdId, names);
        QJsonObject own;
        own.insert(QStringLiteral("name"), current(e, "name"));
        QString person = AuditNames::nameFromValues(type, own);
        if (e.action != Delete || person.isEmpty())
            person = named(type, e.recordId, names, person, false);
        const QString fields =
            joined(lines, e.action == Insert || e.action == Delete
                              ? QStringList{QStringLiteral("name"), QStringLiteral("household_id")}
                              : QStringList{});
        if (e.action == Insert)
            return withFields(AuditNarrator::tr("%1 added member %2 to %3").arg(who, person, household),
                              fields);
        if (e.action == Delete)
            return withFields(AuditNarrator::tr("%1 deleted member %2 of %3").arg(who, person, household),
                              fields);
        return withFields(AuditNarrator::tr("%1 changed member %2 of %3").arg(who, person, household),
                          fields);
    }

    if (type == QLatin1String("party_members") && e.action == Update) {
        const QString member = named(type, e.recordId, names, {}, false);
        if (e.changes.contains(QStringLiteral("stage"))) {
            const AuditField stage{"stage", "", K::DevelopmentStage};
            QString head = AuditNarrator::tr("%1 recorded %2 as %3")
                               .arg(who, member, AuditNarrator::valueText(stage, current(e, "stage"), names));
            if (e.changes.contains(QStringLiteral("stage_date"))) {
                const QJsonArray dates = e.changes.value(QStringLiteral("stage_date")).toArray();
                head = AuditNarrator::tr("%1 (%2 → %3)")
                           .arg(head, isEmptyValue(dates.at(0)) ? QStringLiteral("—") : dateOf(dates.at(0)),
                                dateOf(dates.at(1)));
            }
            return withFields(head, joined(lines, {QStringLiteral("stage"), QStringLiteral("stage_date")}));
        }
        if (e.changes.contains(QStringLiteral("state"))) {
            const AuditField state{"state", "", K::MemberState};
            QString head = AuditNarrator::tr("%1 set the state of %2 to %3")
                               .arg(who, member, AuditNarrator::valueText(state, current(e, "state"), names));
            if (!isEmptyValue(current(e, "state_date")))
                head = AuditNarrator::tr("%1 (from %2)").arg(head, dateOf(current(e, "state_date")));
            return withFields(head, joined(lines, {QStringLiteral("state"), QStringLiteral("state_date")}));
        }
    }

    if (type == QLatin1String("party_stage_steps") && e.action == Insert) {
        const QString member =
            named(QStringLiteral("party_members"), owner(e, "member_id", names), names, {}, false);
        const AuditField event{"event", "", K::StageEvent};
        const QString head =
            AuditNarrator::tr("%1 recorded for %2: %3 (%4)")
                .arg(who, member, AuditNarrator::valueText(event, current(e, "event"), names),
                     dateOf(current(e, "step_date")));
        return withFields(head, joined(lines, {QStringLiteral("member_id"), QStringLiteral("event"),
                                               QStringLiteral("step_date")}));
    }

    if (type == QLatin1String("party_member_states") && e.action == Insert) {
        const QString member =
            named(QStringLiteral("party_members"), owner(e, "member_id", names), names, {}, false);
        const AuditField state{"state", "", K::MemberState};
        const QString head =
            AuditNarrator::tr("%1 recorded the state of %2: %3 (from %4)")
                .arg(who, member, AuditNarrator::valueText(state, current(e, "state"), names),
                     dateOf(current(e, "state_date")));
        return withFields(head, joined(lines, {QStringLiteral("member_id"), QStringLiteral("state"),
                                               QStringLiteral("state_date")}));
    }

    if (type == QLatin1String("user_sites")) {
        const QString user = named(QStringLiteral("users"), owner(e, "user_id", names), names, {}, false);
        const QString site = named(QStringLiteral("sites"), owner(e, "site_id", names), names, {}, false);
        return e.action == Delete ? AuditNarrator::tr("%1 took site %3 from user %2").arg(who, user, site)
                                  : AuditNarrator::tr("%1 gave user %2 the site %3").arg(who, user, site);
    }

    if (type == QLatin1String("settings")) {
        const QString key = plain(current(e, "key"));
        const QString setting = key.isEmpty()
                                    ? AuditFields::recordName(type)
                                    : AuditNarrator::tr("%1 %2").arg(AuditFields::recordName(type), key);
        const QString fields = joined(lines);
        if (e.action == Insert)
            return withFields(AuditNarrator::tr("%1 added %2").arg(who, setting), fields);
        if (e.action == Delete)
            return withFields(AuditNarrator::tr("%1 deleted %2").arg(who, setting), fields);
        return withFields(AuditNarrator::tr("%1 changed %2").arg(who, setting), fields);
    }

    // The rest: "who added/changed/deleted <kind> <name>: fields". Rows that belong to a record (a member's
    // steps, states, dues, transfers …; a grid's coverage, a pairing's contacts, a case's steps) are named by
    // it; a site's cover by organisation and site, a case's household or person by case and record.
    struct Owner
    {
        const char* column;
        const char* table;
    };
    static const QHash<QString, Owner> owners = {
        {QStringLiteral("party_stage_steps"), {"member_id", "party_members"}},
        {QStringLiteral("party_member_states"), {"member_id", "party_members"}},
        {QStringLiteral("party_branch_stays"), {"member_id", "party_members"}},
        {QStringLiteral("party_committee_seats"), {"member_id", "party_members"}},
        {QStringLiteral("party_dues_bases"), {"member_id", "party_members"}},
        {QStringLiteral("party_dues_payments"), {"member_id", "party_members"}},
        {QStringLiteral("party_transfers"), {"member_id", "party_members"}},
        {QStringLiteral("party_meeting_attendance"), {"member_id", "party_members"}},
        {QStringLiteral("party_leavings"), {"member_id", "party_members"}},
        {QStringLiteral("party_group_stays"), {"member_id", "party_members"}},
        {QStringLiteral("grid_coverage"), {"grid_id", "grids"}},
        {QStringLiteral("grid_household_exceptions"), {"household_id", "households"}},
        {QStringLiteral("person_care_categories"), {"person_id", "persons"}},
        {QStringLiteral("household_care_marks"), {"household_id", "households"}},
        {QStringLiteral("pairing_contacts"), {"pairing_id", "pairings"}},
        {QStringLiteral("grid_case_events"), {"case_id", "grid_cases"}},
    };
    static const QHash<QString, std::pair<Owner, Owner>> pairs = {
        {QStringLiteral("party_organisation_sites"),
         {{"organisation_id", "party_organisations"}, {"site_id", "sites"}}},
        {QStringLiteral("grid_case_households"), {{"case_id", "grid_cases"}, {"household_id", "households"}}},
        {QStringLiteral("grid_case_persons"), {{"case_id", "grid_cases"}, {"person_id", "persons"}}},
    };
    const auto ownerName = [&](const Owner& o) {
        return named(QLatin1String(o.table), owner(e, o.column, names), names, {}, false);
    };
    QString subject;
    QStringList leaveOut;
    if (const auto o = owners.constFind(type); o != owners.constEnd()) {
        subject = AuditNarrator::tr("%1 of %2").arg(AuditFields::recordName(type), ownerName(*o));
        leaveOut = {QLatin1String(o->column)};
    } else if (const auto p = pairs.constFind(type); p != pairs.constEnd()) {
        subject = AuditNarrator::tr("%1 %2 – %3")
                      .arg(AuditFields::recordName(type), ownerName(p->first), ownerName(p->second));
        leaveOut = {QLatin1String(p->first.column), QLatin1String(p->second.column)};
    } else {
        subject = subjectOf(e, names);
        // What the subject's name already says is not repeated among the fields.
        static const QHash<QString, QStringList> nameColumns = {
            {QStringLiteral("households"), {QStringLiteral("number")}},
            {QStringLiteral("party_members"), {QStringLiteral("cadre_name")}},
            {QStringLiteral("sites"), {QStringLiteral("name")}},
            {QStringLiteral("buildings"), {QStringLiteral("name")}},
            {QStringLiteral("users"), {QStringLiteral("name")}},
            {QStringLiteral("party_organisations"), {QStringLiteral("name")}},
            {QStringLiteral("party_site_assignments"), {QStringLiteral("name")}},
            // named by its date, type and organisation
            {QStringLiteral("party_meetings"),
             {QStringLiteral("organisation_id"), QStringLiteral("type"), QStringLiteral("meeting_date")}},
            {QStringLiteral("grids"), {QStringLiteral("name")}},
            {QStringLiteral("party_groups"), {QStringLiteral("name")}},
            {QStringLiteral("grid_staff"), {QStringLiteral("cadre_name")}},
            {QStringLiteral("grid_cases"), {QStringLiteral("received_on"), QStringLiteral("title")}},
            {QStringLiteral("visit_tasks"),
             {QStringLiteral("kind"), QStringLiteral("reason"), QStringLiteral("due_from")}},
            {QStringLiteral("visits"), {QStringLiteral("visit_date"), QStringLiteral("kind")}}};
        leaveOut = nameColumns.value(type);
    }
    if (e.action == Update)
        leaveOut.clear(); // a changed key is news
    const QString fields = joined(lines, leaveOut);
    if (e.action == Insert)
        return withFields(AuditNarrator::tr("%1 added %2").arg(who, subject), fields);
    if (e.action == Delete)
        return withFields(AuditNarrator::tr("%1 deleted %2").arg(who, subject), fields);
    return withFields(AuditNarrator::tr("%1 changed %2").arg(who, subject), fields);
}

// Rows of one action that read better as one sentence: the attendance of a meeting, the dues months of
// a member, written together (the same user, within a few seconds, next to each other in the list).
qint64 groupKey(const AuditEntry& e, const AuditNames& names)
{
    if (e.recordType == QLatin1String("party_meeting_attendance"))
        return owner(e, "meeting_id", names);
    if (e.recordType == QLatin1String("party_dues_payments") && e.action == Insert)
        return owner(e, "member_id", names);
    return 0;
}

QString attendanceItem(const AuditEntry& e, const AuditNames& names)
{
    const QString member =
        named(QStringLiteral("party_members"), owner(e, "member_id", names), names, {}, false);
    const QJsonValue present = current(e, "present");
    const QString reason = plain(current(e, "absence_reason"));
    if (e.action == Update && !e.changes.contains(QStringLiteral("present"))) {
        // Only the reason changed: the member was and is absent.
        return reason.isEmpty() ? AuditNarrator::tr("%1 absent").arg(member)
                                : AuditNarrator::tr("%1 absent (%2)").arg(member, reason);
    }
    if (truthy(present))
        return AuditNarrator::tr("%1 present").arg(member);
    return reason.isEmpty() ? AuditNarrator::tr("%1 absent").arg(member)
                            : AuditNarrator::tr("%1 absent (%2)").arg(member, reason);
}

QString duesItem(const AuditEntry& e, const AuditNames& names)
{
    const AuditField money{"amount", "", K::Money};
    return AuditNarrator::tr("%1 %2").arg(plain(current(e, "month")).left(7),
                                          AuditNarrator::valueText(money, current(e, "amount"), names));
}

// One row of a joined sentence, as its details list it: "李四 缺席（外出务工）", "2026-11 20.00 元（交纳日期
// …）".
QString groupItem(const AuditEntry& e, const AuditNames& names)
{
    if (e.recordType == QLatin1String("party_meeting_attendance"))
        return attendanceItem(e, names);
    return AuditNarrator::tr("%1 (paid on %2)").arg(duesItem(e, names), dateOf(current(e, "paid_on")));
}

QString groupSentence(const QList<const AuditEntry*>& rows, const AuditNames& names)
{
    const AuditEntry& first = *rows.constFirst();
    const QString who = AuditNarrator::who(first.userName);
    QStringList items;
    if (first.recordType == QLatin1String("party_meeting_attendance")) {
        for (const AuditEntry* e : rows)
            items.append(attendanceItem(*e, names));
        const QString meeting =
            named(QStringLiteral("party_meetings"), owner(first, "meeting_id", names), names, {}, false);
        const QString list = items.join(AuditNarrator::tr(", "));
        if (first.action == Insert) {
            const auto present = std::count_if(
                rows.begin(), rows.end(), [](const AuditEntry* e) { return truthy(current(*e, "present")); });
            return AuditNarrator::tr("%1 recorded attendance at %2 (%3 present, %4 absent): %5")
                .arg(who, meeting)
                .arg(present)
                .arg(rows.size() - present)
                .arg(list);
        }
        if (first.action == Delete)
            return AuditNarrator::tr("%1 deleted attendance at %2: %3").arg(who, meeting, list);
        return AuditNarrator::tr("%1 changed attendance at %2: %3").arg(who, meeting, list);
    }
    // Dues payments of one member.
    QStringList paidOn;
    for (const AuditEntry* e : rows) {
        items.append(duesItem(*e, names));
        const QString day = dateOf(current(*e, "paid_on"));
        if (!paidOn.contains(day))
            paidOn.append(day);
    }
    const QString member =
        named(QStringLiteral("party_members"), owner(first, "member_id", names), names, {}, false);
    return AuditNarrator::tr("%1 recorded dues of %2: %3 (paid on %4)")
        .arg(who, member, items.join(AuditNarrator::tr(", ")), paidOn.join(AuditNarrator::tr(", ")));
}

} // namespace

QString AuditNarrator::who(const QString& userName)
{
    return userName.isEmpty() ? tr("(the program)") : userName;
}

QString AuditNarrator::fullText(const AuditSentence& sentence)
{
    QStringList lines{sentence.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      sentence.text};
    if (!sentence.details.isEmpty()) {
        lines.append(QString());
        lines += sentence.details;
    }
    return lines.join(QLatin1Char('\n'));
}

QList<AuditSentence> AuditNarrator::narrate(const QList<AuditEntry>& entries, Grouping grouping) const
{
    return narrate(entries, AuditNames::lookUp(m_db, entries), grouping);
}

QList<AuditSentence> AuditNarrator::narrate(const QList<AuditEntry>& entries, const AuditNames& names,
                                            Grouping grouping)
{
    QList<AuditSentence> sentences;
    for (qsizetype i = 0; i < entries.size();) {
        const AuditEntry& e = entries.at(i);
        QList<const AuditEntry*> rows{&e};
        if (const qint64 key = groupKey(e, names); key > 0 && grouping == Grouping::Joined) {
            qsizetype j = i + 1;
            while (j < entries.size()) {
                const AuditEntry& next = entries.at(j);
                if (next.recordType != e.recordType || next.action != e.action ||
                    next.userName != e.userName || groupKey(next, names) != key ||
                    qAbs(next.at.secsTo(e.at)) > 5)
                    break;
                rows.append(&next);
                ++j;
            }
        }
        // Oldest first inside a sentence, whichever way the list runs.
        std::sort(rows.begin(), rows.end(),
                  [](const AuditEntry* a, const AuditEntry* b) { return a->id < b->id; });
        AuditSentence s;
        s.at = e.at;
        s.userName = e.userName;
        s.action = e.action;
        s.recordType = e.recordType;
        s.householdId = e.householdId;
        for (const AuditEntry* row : std::as_const(rows)) {
            s.entryIds.append(row->id);
            if (row->at > s.at)
                s.at = row->at;
            if (groupKey(*row, names) > 0 && grouping == Grouping::Joined)
                s.details.append(groupItem(*row, names));
            else
                s.details = texts(fieldLines(*row, names));
        }
        if (e.recordType.isEmpty() && !e.detail.isEmpty())
            s.details = AuditLog::detailLines(e.detail);
        s.text = rows.size() > 1 || groupKey(e, names) > 0 ? groupSentence(rows, names)
                                                           : sentence(e, names, fieldLines(e, names));
        sentences.append(s);
        i += rows.size();
    }
    return sentences;
}

} // namespace anju

#include "exchange/PartyRosterExporter.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "exchange/PartyRosterLayout.h"
#include "exchange/RosterVocabulary.h"
#include "exchange/TextTableXlsx.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"

#include <QFileInfo>
#include <QJsonObject>

namespace anju::exchange {

namespace {

using F = PartyRosterField;

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The names the importer kept in the note ("培养联系人：甲、乙；入党介绍人：丙"), as the roster wrote them.
QString namesInNote(const QString& note, const QString& label)
{
    for (const QString& part : note.split(QStringLiteral("；")))
        if (part.startsWith(label))
            return part.mid(label.size());
    return {};
}

} // namespace

Result<int> PartyRosterExporter::write(const QString& path)
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadParty); !denied)
        return denied;
    if (Outcome denied = Permissions::require(m_db, Action::ExportRoster); !denied)
        return denied;
    QHash<qint64, QString> branchNames;
    for (const party::Organisation& o : party::OrganisationRepository(m_db).organisations())
        branchNames.insert(o.id, o.name);
    const QList<party::PartyMember> members = party::PartyMemberRepository(m_db).allMembers();
    QHash<qint64, QString> memberNames;
    for (const party::PartyMember& m : members)
        memberNames.insert(m.id, m.name);
    // The linked members' names, then those the roster named that were not linked (kept in the note):
    // a roster with one name linked and one not comes back out with both.
    const auto helpers = [&](qint64 first, qint64 second, const QString& note, const QString& label) {
        QStringList names;
        for (qint64 id : {first, second})
            if (id > 0 && memberNames.contains(id))
                names << memberNames.value(id);
        const QString written = namesInNote(note, label);
        for (const QString& n : written.split(QStringLiteral("、"), Qt::SkipEmptyParts))
            if (!names.contains(n))
                names << n;
        return names.join(QStringLiteral("、"));
    };

    TextTable table;
    table.sheetName = QStringLiteral("党员花名册");
    table.title = QStringLiteral("党员花名册");
    for (const PartyRosterFieldInfo& info : PartyRosterLayout::fields())
        table.headers << info.header;
    for (const party::PartyMember& m : members) {
        if (m.state != party::MemberState::Normal && m.state != party::MemberState::Mobile)
            continue;
        const QString mentors = helpers(m.mentor1Id, m.mentor2Id, m.note, QStringLiteral("培养联系人："));
        const QString sponsors = helpers(m.sponsor1Id, m.sponsor2Id, m.note, QStringLiteral("入党介绍人："));
        const bool mobile = m.state == party::MemberState::Mobile;
        QStringList row;
        for (const PartyRosterFieldInfo& info : PartyRosterLayout::fields()) {
            switch (info.field) {
            case F::Name:
                row << m.name;
                break;
            case F::Sex:
                row << (m.sex == Sex::Unknown ? QString() : RosterVocabulary::word(m.sex));
                break;
            case F::IdNumber:
                row << m.idNumber;
                break;
            case F::Branch:
                row << branchNames.value(m.organisationId);
                break;
            case F::ApplicationDate:
                row << day(m.dateOf(party::StageEvent::Application));
                break;
            case F::ActivistDate:
                row << day(m.dateOf(party::StageEvent::Activist));
                break;
            case F::TargetDate:
                row << day(m.dateOf(party::StageEvent::DevelopmentTarget));
                break;
            case F::AdmissionDate:
                row << day(m.dateOf(party::StageEvent::Admission));
                break;
            case F::ConversionDate:
                row << day(m.dateOf(party::StageEvent::Conversion));
                break;
            case F::Mentors:
                row << mentors;
                break;
            case F::Sponsors:
                row << sponsors;
                break;
            case F::State:
                row << (mobile ? QStringLiteral("流动") : QStringLiteral("正常"));
                break;
            case F::Phone:
                row << m.phone;
                break;
            case F::WorkUnit:
                row << m.workUnit;
                break;
            case F::MobileDestination:
                row << (mobile && !m.stateHistory.isEmpty() ? m.stateHistory.last().reason : QString());
                break;
            }
        }
        table.rows << row;
    }
    // Every export of personal information is on record before the file appears.
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                             {QStringLiteral("party_members"), int(table.rows.size())}};
    if (const SqlOutcome logged = AuditLog(m_db).record(QStringLiteral("export"), detail); !logged)
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("The export could not be recorded in the audit trail, so no file was written: %1")
                .arg(logged.error));
    if (Outcome written = TextTableXlsx::write(path, table); !written)
        return written;
    return int(table.rows.size());
}

} // namespace anju::exchange

#pragma once

#include "domain/Enums.h"
#include "domain/Violation.h"
#include "party/PartyEnums.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// What the household register's 政治面貌 says for a member's stage: 中共党员 for a full member, 中共预备
// 党员 for a probationary one; nullopt before admission (an applicant, activist or development target is
// 群众 or 共青团员, which the party records do not say, but never a party member).
std::optional<PoliticalStatus> politicalStatusFor(DevelopmentStage stage);
// True when the register's status cannot be right for the stage.
bool politicalStatusDisagrees(DevelopmentStage stage, PoliticalStatus registered);

// A resident whose 政治面貌 and party record disagree (issue 16 item 12): a member in a normal or mobile
// state whose person says otherwise, or a person the register marks 中共党员 / 中共预备党员 who has no
// party record at all (memberId 0).
struct PoliticalStatusMismatch
{
    qint64 personId = 0;
    qint64 memberId = 0; // 0: no party record
    qint64 organisationId = 0;
    qint64 siteId = 0;
    QString name;
    PoliticalStatus registered = PoliticalStatus::Masses;
    std::optional<DevelopmentStage> stage; // the member's stage; nullopt without a record
};

// Compares the two records and reconciles one from the other. The register keeps only today's 政治面貌,
// so the comparison is of today's records, whatever month is reviewed.
class PoliticalStatusSync
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::PoliticalStatusSync)

public:
    explicit PoliticalStatusSync(const Database& db) : m_db(db) {}

    // Every disagreement among active persons of the sites the user may see, members first.
    QList<PoliticalStatusMismatch> mismatches() const;
    // Sets the member's person's 政治面貌 from the party record (full → 中共党员, probationary → 中共预备
    // 党员): the secretary's write (WriteParty at the person's site), one transaction, recorded in the
    // audit trail by the persons table's trigger. Refused for an outside cadre, a member not in a normal
    // or mobile state, a stage that does not say (before admission), and when the two already agree.
    Outcome setPersonFromParty(qint64 memberId);
    // The same for a person of the register: their member record's id, refused without one.
    Outcome setPersonFromPartyOf(qint64 personId);
    // The other way, from the register to the party records: what the secretary must record, in words,
    // and nothing written. A register value is one word (中共党员) with no date: it cannot invent the
    // dated steps of the party records (application, activist, admission, the conversion and the end of
    // probation that 党龄 counts from) nor the branch meeting that decided them, and a record built from
    // it would count a member in every month's figures from a day nobody decided. So the secretary enters
    // the steps from the member's file (档案), or records the leaving, through the usual forms, each
    // checked and audited there. Refused when the two agree, for a person not on file or out of the
    // user's sites (ReadParty at the person's site).
    Result<QString> partyRecordsToMatch(qint64 personId) const;

private:
    const Database& m_db;
};

} // namespace anju::party

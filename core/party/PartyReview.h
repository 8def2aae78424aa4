#pragma once

#include "party/PartyTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// The record a review row opens.
enum class ReviewRecord
{
    Member,
    Organisation,
    Site,
    Transfer,
    Person // a resident with no party record (recordId = the person; creating the member reconciles)
};

// One row of the secretary's "本月待办" list.
struct PartyReviewItem
{
    ReviewKind kind = ReviewKind::ConversionDue;
    ReviewUrgency urgency = ReviewUrgency::Due;
    QDate dueDate;                              // when it is or was due (period end for meetings)
    ReviewRecord record = ReviewRecord::Member; // what to open …
    qint64 recordId = 0;                        // … and its id
    qint64 memberId = 0;
    qint64 organisationId = 0;
    qint64 siteId = 0;
    qint64 transferId = 0;
    qint64 personId = 0; // PoliticalStatusMismatch: the resident
    QString memberName;
    QString organisationName;
    QString siteName;
    std::optional<MeetingType> meetingType; // MeetingMissing
    int count = 0;       // unpaid months (arrears), residents (coverage), members (branch size)
    Fen amount = 0;      // arrears in fen
    QString description; // one line in the user's language: what and why
    // A lapse of six months (自行脱党, 党章 第三十八条): the branch general meeting should decide on 除名,
    // which the member's page records (PartyService::leave).
    bool removalCase = false;
};

// The secretary's review of a month: everything that needs acting on, computed from the dated histories
// as they stood at the month's end (a past month reads as it was).
class PartyReview
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::PartyReview)

public:
    explicit PartyReview(const Database& db) : m_db(db) {}

    // Rows for the month containing `month`, ordered overdue first, then by kind and due date.
    // `organisationId` limits member, meeting and branch rows to that subtree (0: everything).
    QList<PartyReviewItem> forMonth(QDate month, qint64 organisationId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::party

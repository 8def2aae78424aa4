#pragma once

#include "party/PartyTypes.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Reads meetings with attendance, dues payments, transfers and site assignments.
class PartyActivityRepository
{
public:
    explicit PartyActivityRepository(const Database& db) : m_db(db) {}

    // Meetings of an organisation (0: all) between two days inclusive, newest first, with attendance
    // (read in one query for all of them).
    QList<Meeting> meetings(qint64 organisationId, QDate from, QDate to) const;
    std::optional<Meeting> meeting(qint64 id) const; // with attendance

    QList<DuesPayment> payments(qint64 memberId) const; // by month
    // Months paid, per member (first days of months), for the review and the dues pages.
    QHash<qint64, QSet<QDate>> paidMonths(QDate from, QDate to) const;

    // Transfers of a member (0: all), newest first; only the pending ones when asked.
    QList<RelationTransfer> transfers(qint64 memberId = 0, bool pendingOnly = false) const;
    std::optional<RelationTransfer> transfer(qint64 id) const;

    // Work teams and first secretaries of a site (0: every site), newest first.
    QList<SiteAssignment> assignments(qint64 siteId = 0) const;
    std::optional<SiteAssignment> assignment(qint64 id) const;

private:
    const Database& m_db;
};

} // namespace anju::party

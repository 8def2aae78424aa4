#pragma once

#include "domain/Violation.h"
#include "grids/GridService.h"
#include "grids/GridTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Who a pairing 结对帮扶 is with: a party member, a grid staff member, or an outside cadre known only by
// name (the name is then their key, as the pairings table keeps it).
struct PairingPartner
{
    PartnerKind kind = PartnerKind::PartyMember;
    qint64 id = 0; // the party member's or the staff member's id; 0 for a cadre
    QString cadreName;
    QString workUnit;
    QString phone;
    QString name;     // read: as the pairing lists show them
    StaffRole role{}; // read: a staff member's role
    int pairings = 0; // read: their open pairings of the grid's households

    static PairingPartner member(qint64 memberId) { return of(PartnerKind::PartyMember, memberId); }
    static PairingPartner staff(qint64 staffId) { return of(PartnerKind::Staff, staffId); }
    static PairingPartner cadre(const QString& name, const QString& workUnit = {}, const QString& phone = {})
    {
        PairingPartner p = of(PartnerKind::Cadre, 0);
        p.cadreName = name;
        p.workUnit = workUnit;
        p.phone = phone;
        return p;
    }
    static PairingPartner of(PartnerKind kind, qint64 id)
    {
        PairingPartner p;
        p.kind = kind;
        p.id = id;
        return p;
    }
    bool sameAs(const PairingPartner& other) const;
};

// One open pairing a handover would move, with the open visit tasks of its household assigned to the
// partner (those move along).
struct PairingToMove
{
    qint64 pairingId = 0;
    qint64 householdId = 0;
    QString householdNumber;
    QString headName;
    QDate validFrom;
    int openTasks = 0;
};

// 结对移交: one partner's pairings handed to another in one action, from a day. The old rows end on that
// day and the successor's start on it (valid_to is the first day a row no longer holds, as every dated row
// of the grids), so the household's pairing history reads without a gap; the open visit tasks of those
// households assigned to the old partner go to the successor (to an outside cadre nobody can be assigned:
// TaskAssignees then names the grid worker, as for a new task). OrganiseGrids on every household's site.
class PairingHandover
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::PairingHandover)

public:
    explicit PairingHandover(const Database& db) : m_db(db) {}

    // Who may hand over or take pairings in the grid on the day: its serving staff, and every party member
    // and cadre with an open pairing of one of its households (what ReadGrids shows, so a clerk who may
    // not read the party roll still sees the members paired with the grid's families). Staff first.
    Result<QList<PairingPartner>> partners(qint64 gridId, QDate day) const;
    // The partner's open pairings, on the sites the session may read, oldest household number first, each
    // with the open tasks a handover on `day` would move.
    Result<QList<PairingToMove>> openPairings(const PairingPartner& from,
                                              QDate day = QDate::currentDate()) const;
    // Hands the chosen open pairings of `from` (empty: all of them) to `to` from `date`.
    Result<Handover> handOver(const PairingPartner& from, const PairingPartner& to, QDate date,
                              const QString& reason, const QList<qint64>& pairingIds = {});

private:
    QString nameOf(const PairingPartner& partner) const;
    Outcome checkSuccessor(const PairingPartner& to, QDate date) const;

    const Database& m_db;
};

} // namespace anju::grids

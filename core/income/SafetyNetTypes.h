#pragma once

#include "income/IncomeSettings.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju::income {

// How an enrolment's amount is paid: every month while it holds, or once, on the day it begins (临时救助).
enum class AmountKind
{
    Monthly,
    OneOff
};

QString amountKindKey(AmountKind kind);
AmountKind amountKindFromKey(const QString& key);

// The end reason written when an amount changes: the old row ends the day before the new one begins
// (valid_to is exclusive, so it is the new row's valid_from), and the pages print it in their words.
inline constexpr char AmountChangedReason[] = "amount_changed";

// One person's enrolment 兜底保障 in one scheme over a dated period (valid_from .. valid_to exclusive, open
// when valid_to is null), as safety_net_enrolments holds it. A one-off payment is a row of no length
// (valid_to = valid_from): paid on its day and never holding, so it does not cover a person for 应兜尽兜.
struct SafetyNetEnrolment
{
    qint64 id = 0;
    qint64 personId = 0;
    QString scheme; // a key of IncomeSettings::schemes
    Fen amount = 0; // fen: per month, or the one payment
    AmountKind amountKind = AmountKind::Monthly;
    QDate validFrom;
    QDate validTo;
    QString endReason;
    QString note;
    int rowVersion = 1;

    bool holdsOn(QDate day) const { return validFrom <= day && (!validTo.isValid() || validTo > day); }
};

// An enrolment as the lists show it: with the person and the household they live in.
struct SafetyNetRow
{
    SafetyNetEnrolment enrolment;
    QString personName;
    QString labourCapacity; // the persons.labour_capacity key
    qint64 householdId = 0;
    QString householdNumber;
    qint64 siteId = 0;
    QString siteName;
};

// Why a person who would be a 应兜尽兜 finding is not enrolled, while the reason holds.
struct SafetyNetExemption
{
    qint64 id = 0;
    qint64 personId = 0;
    QString reason;
    QDate validFrom;
    QDate validTo; // exclusive; null while it holds

    bool holdsOn(QDate day) const { return validFrom <= day && (!validTo.isValid() || validTo > day); }
};

struct SafetyNetExemptionRow
{
    SafetyNetExemption exemption;
    QString personName;
    qint64 householdId = 0;
    QString householdNumber;
    qint64 siteId = 0;
};

// One scheme's figures in a list: the people it lists, the monthly amounts of those enrolled, and the
// one-off payments the list holds.
struct SchemeTotal
{
    QString scheme;
    QString name;
    int people = 0;
    Fen monthly = 0;
    Fen oneOff = 0;
};

// Which enrolments a list holds.
struct SafetyNetFilter
{
    qint64 siteId = 0; // 0: every site the user may see
    QString scheme;    // empty: every scheme
};

// A person's safety-net history: every enrolment and exemption, oldest first.
struct SafetyNetHistory
{
    QList<SafetyNetEnrolment> enrolments;
    QList<SafetyNetExemption> exemptions;
};

} // namespace anju::income

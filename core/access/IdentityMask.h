#pragma once

#include "domain/Session.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace anju {

// What a role that sees ID numbers and phones masked may learn beside the mask: the birth year only,
// and no search by digits. The ID mask hides exactly the birth-date digits, so a full birth date (or a
// search that confirms a typed ID) would rebuild what the mask hides.
class IdentityMask
{
    Q_DECLARE_TR_FUNCTIONS(anju::IdentityMask)

public:
    // 1 July of the year: the middle of the year, so an age computed from it is off by half a year at most.
    static QDate yearOnly(QDate date) { return date.isValid() ? QDate(date.year(), 7, 1) : date; }
    // The birth date the session may see: the full date, or the year only (as yearOnly()).
    static QDate shownBirthDate(const Session* session, QDate birthDate);
    // How to print it: "1980-03-05", or "1980" for a role that sees the year only.
    static QString birthDateText(const Session* session, QDate birthDate);

    // Digits in a search text (full-width digits count too). Four are enough to narrow an ID or phone.
    static int digitCount(const QString& text);
    static bool searchesIdentity(const QString& text) { return digitCount(text) >= MinIdentityDigits; }
    // Why a masked role may not run this search, or success.
    //
    // Refused rather than matched against the visible digits only: the visible digits are the place code
    // and the last four, which the role already sees on every row, so a search by them gains nothing,
    // while matching hidden digits and answering "none" or "one" confirms them. A refusal with its reason
    // also tells the secretary what to do (search by name) instead of an empty list that looks like
    // "nobody". A query shaped like a household number is the exception: it is answered from household
    // numbers alone (SearchCondition), never from IDs or phones, so it confirms nothing hidden.
    static Outcome searchRefusal(const Session* session, const QString& text);
    // A household number as the office writes it (DOMAIN.md: the site code, a hyphen and the household's
    // sequence, 430524001-0001), or a part of one with its hyphen: digits and ASCII letters around at least
    // one hyphen, with a digit. IDs and phones are typed without letters and hyphens, or with hyphens
    // between groups, which is harmless: such a query is matched against household numbers only.
    static bool isHouseholdNumberQuery(const QString& text);
    // Whether a masked role's search by this text goes to household numbers only (the exception above).
    static bool searchesHouseholdNumbersOnly(const Session* session, const QString& text);
    // Whether the session may find persons by ID or phone digits, for the search box's hint.
    static bool findsByIdentityDigits(const Session* session);
    // The query as the audit trail keeps it: an ID-like text masked as an ID, anything else as a phone.
    static QString maskedQuery(const QString& text);

    static constexpr int MinIdentityDigits = 4;
};

} // namespace anju

#pragma once

#include "party/PartyTypes.h"

#include <QMap>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// The configurable party rules of DOMAIN.md, read from the settings table (defaults from migration 5).
// Setting keys:
//   party.dues.employed   "3000:0.5,5000:1,10000:1.5,*:2"  (monthly pay in yuan up to and including :
//   percent) party.dues.retired    "5000:0.5,*:1" party.dues.farmer     "0.2-1"   (yuan per month, the range
//   a farmer's agreed amount must lie in) party.dues.minimal    "0.2"     (students, unemployed, 低保
//   recipients) party.meeting_months.<MeetingType key>  months per period, 0 = not expected
//       general_meeting 3, committee_meeting 1, group_meeting 1, party_lesson 3, theme_party_day 1,
//       organisational_life 12, democratic_review 12
//   party.branch_min_full_members 3, party.branch_max_members 50, party.committee_min_full_members 7,
//   party.committee_min_size 3, party.committee_max_size 7, party.transfer_letter_days 90,
//   party.dues_serious_arrears_months 6
//   rule.own_branch_min_residents 500, rule.own_branch_min_full_members 3 (from migration 2)
struct DuesBracket
{
    Fen upTo = -1;       // inclusive upper edge of monthly income; -1 = no upper edge
    int basisPoints = 0; // 0.5% = 50
};

// The dues rate table 党费交纳标准.
struct DuesRateTable
{
    QList<DuesBracket> employed;
    QList<DuesBracket> retired;
    Fen farmerMin = 20;
    Fen farmerMax = 100;
    Fen minimal = 20;

    static DuesRateTable defaults();
    // Parses the setting texts; returns false (and leaves the table unchanged) on a malformed text.
    bool parse(const QString& employedText, const QString& retiredText, const QString& farmerText,
               const QString& minimalText);
    static QString bracketsText(const QList<DuesBracket>& brackets); // back to "3000:0.5,*:2"
};

// Every configurable number the party rules use.
struct PartySettings
{
    DuesRateTable dues = DuesRateTable::defaults();
    QMap<MeetingType, int> meetingMonths; // period of each meeting type in months; 0 = not expected
    int branchMinFullMembers = 3;
    int branchMaxMembers = 50;
    int committeeMinFullMembers = 7;
    int committeeMinSize = 3;
    int committeeMaxSize = 7;
    int ownBranchMinResidents = 500;
    int ownBranchMinFullMembers = 3;
    int transferLetterDays = 90;  // a pending transfer older than this is overdue (介绍信有效期)
    int seriousArrearsMonths = 6; // 连续6个月不交纳党费

    static PartySettings defaults();
    static PartySettings load(const Database& db);
    // Writes every value back as settings (for the settings page and the tests).
    bool save(Database& db) const;
    // Every value as the setting key and the text save() writes, in that order.
    QList<QPair<QString, QString>> texts() const;
    int monthsFor(MeetingType type) const { return meetingMonths.value(type, 0); }

    static QString meetingSettingKey(MeetingType type); // "party.meeting_months.general_meeting"
};

} // namespace anju::party

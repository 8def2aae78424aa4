#pragma once

#include "work/WorkTypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace anju::work {

// What the project list shows, filtered in SQL.
struct ProjectFilter
{
    qint64 siteId = 0; // 0: every site of the user, and the projects for the whole office
    // 0: every project, its beneficiaries of every year; else the projects holding on some day of the year
    // and their beneficiaries of that year (industry_beneficiaries.year).
    int year = 0;
    std::optional<IndustryLevel> level;
    std::optional<IndustryModel> model;
    QString search; // part of the name, operator or location
};

// One project of the list with its beneficiaries (of the filter's year, or of every year). A household
// counts once (its people: the largest `people` of its rows); for a user limited to some sites, only their
// sites' households are counted.
struct ProjectRow
{
    IndustryProject project;
    QString siteName; // empty: for the whole office
    int households = 0;
    int people = 0;
    int shares = 0; // the shares of the year (with a year); the most any year gave (without)
    Fen amount = 0;
};

// One household's benefit from a project in a year, as a list shows it.
struct BeneficiaryRow
{
    Beneficiary beneficiary;
    QString householdNumber;
    QString headName;
    qint64 siteId = 0;
    QString siteName;
    QString projectName;
    IndustryLevel level = IndustryLevel::VillageCooperative;
};

// One household of a bulk entry of a project's beneficiaries for a year.
struct BeneficiaryEntry
{
    qint64 householdId = 0;
    int shares = 0;
    Fen amount = 0;
    QString benefit;
    QString note;
};

// What a project's beneficiaries already hold, for the rules of a changed project.
struct ProjectUsage
{
    int maxSharesInAYear = 0;
    int firstYear = 0; // 0: no beneficiary yet
    int lastYear = 0;
    QList<qint64> siteIds; // the sites of the beneficiary households
};

} // namespace anju::work

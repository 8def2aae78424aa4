#pragma once

#include "domain/Enums.h"
#include "domain/Site.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju {

// A household member 家庭成员 as the registry holds them. Sex and birth date come from the ID number.
struct Person
{
    qint64 id = 0;
    QString name;
    QString idNumber; // normalized 18 characters
    Sex sex = Sex::Unknown;
    QDate birthDate;
    Relationship relationship = Relationship::Other;
    QString ethnicityCode = QStringLiteral("01");
    Education education = Education::Unknown;
    Health health = Health::Healthy;
    int disabilityGrade = 0; // 0 none, 1..4
    LabourCapacity labourCapacity = LabourCapacity::Ordinary;
    bool inSchool = false;
    PoliticalStatus politicalStatus = PoliticalStatus::Masses;
    QString phone;
    PersonState state = PersonState::Active;
    QDate stateDate; // when they moved away or died
    qint64 householdId = 0;
    int rowVersion = 0;

    bool isActive() const { return state == PersonState::Active; }
    int ageOn(QDate day) const;
};

// A relocated household 搬迁户: one file per household, with its members.
struct Household
{
    qint64 id = 0;
    QString number; // 户编号, unique
    qint64 siteId = 0;
    qint64 dwellingId = 0; // 0 when not yet assigned
    QString originCountyCode;
    QString originTownship;
    QString originVillage;
    QDate relocationDate;
    bool registrationMoved = false; // 户籍是否迁入
    bool residencePermit = false;   // 居住证 issued
    QString phone;
    HouseholdState state = HouseholdState::Active;
    QDate stateDate;
    int rowVersion = 0;
    QList<Person> members; // active members first, then former ones

    const Person* head() const;
    int activeMemberCount() const;
};

// One stay of a person in a household: kept when they move, so their history survives.
struct Membership
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 householdId = 0;
    QString householdNumber;
    Relationship relationship = Relationship::Other;
    QDate startDate;
    QDate endDate; // null while current
    std::optional<MembershipEnd> endReason;
};

} // namespace anju

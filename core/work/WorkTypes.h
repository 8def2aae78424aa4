#pragma once

#include "work/WorkEnums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju::work {

using Fen = qint64; // money in fen, as migration 20 stores it

// Dated rows hold on day D when their start <= D and (their end is null or after D): ends are exclusive.
inline bool holdsOn(QDate from, QDate to, QDate day)
{
    return from.isValid() && from <= day && (!to.isValid() || to > day);
}

// 帮扶车间 (work_workshops).
struct Workshop
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString operatorName; // the company or cooperative running it
    QString trade;
    int capacity = 0;
    QDate openedOn;
    QDate closedOn;
    QString note;
    int rowVersion = 1;
};

// 公益岗位 of one kind at a site (work_posts).
struct PublicPost
{
    qint64 id = 0;
    qint64 siteId = 0;
    PostKind kind = PostKind::CleaningGreening;
    QString name;
    int capacity = 1;
    Fen monthlyPay = 0;
    QDate openedOn;
    QDate closedOn;
    QString note;
    int rowVersion = 1;
};

// 劳务经纪人 (work_brokers). siteId 0: serves the whole office.
struct LabourBroker
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString organisation;
    QString phone;
    QDate validFrom;
    QDate validTo;
    QString note;
    int rowVersion = 1;
};

// One "点对点" transport batch (work_transport_batches). headcount: everyone carried.
struct TransportBatch
{
    qint64 id = 0;
    qint64 siteId = 0;
    QDate departedOn;
    QString destinationProvince;
    QString destinationCity;
    QString transport;
    QString organiser;
    int headcount = 0;
    QString note;
    int rowVersion = 1;
};

// One job of one person (employments).
struct Employment
{
    qint64 id = 0;
    qint64 personId = 0;
    Channel channel = Channel::Flexible;
    QString employer;
    QString place; // the work-relief project, the park or scenic area, or where the work is
    QString destinationProvince;
    QString destinationCity;
    qint64 brokerId = 0;   // labour export only
    qint64 batchId = 0;    // labour export only
    qint64 workshopId = 0; // workshop only
    qint64 postId = 0;     // public post only
    Fen monthlyIncome = 0;
    QDate startedOn;
    QDate endedOn; // exclusive; null while it holds
    QString endReason;
    bool imported = false;
    QString note;
    int rowVersion = 1;

    bool holdsOn(QDate day) const { return work::holdsOn(startedOn, endedOn, day); }
};

// A wish as the pairing cadre collected it (work_wishes).
struct Wish
{
    qint64 id = 0;
    qint64 personId = 0;
    WishKind kind = WishKind::Employment;
    QString place;  // where (就业意愿)
    QString detail; // what work, the trade, the business
    QDate recordedOn;
    QString collectedBy;
    QDate closedOn; // met or withdrawn; null while open
    QString closeReason;
    int rowVersion = 1;

    bool isOpenOn(QDate day) const { return work::holdsOn(recordedOn, closedOn, day); }
};

// Why a member of the labour force has no job (work_absence_reasons).
struct Absence
{
    qint64 id = 0;
    qint64 personId = 0;
    AbsenceReason reason = AbsenceReason::Other;
    QString note;
    QDate validFrom;
    QDate validTo;
    int rowVersion = 1;

    bool holdsOn(QDate day) const { return work::holdsOn(validFrom, validTo, day); }
};

// A course (training_courses). siteId 0: for the whole office.
struct TrainingCourse
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString title;
    QString trade;
    QString organiser;
    QDate startsOn;
    QDate endsOn; // inclusive: the last day of the course
    int hours = 0;
    QString demand; // the market demand it answers
    int capacity = 0;
    QString certificate;
    QString note;
    int rowVersion = 1;
};

// One person on one course (training_attendances). One 人次 unless dropped.
struct Attendance
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 personId = 0;
    QDate enrolledOn;
    AttendanceOutcome outcome = AttendanceOutcome::Enrolled;
    int hoursAttended = 0;
    QString certificateNo;
    bool imported = false;
    QString note;
    int rowVersion = 1;
};

// Money paid to one person for one month (work_support_payments). month: its first day.
struct SupportPayment
{
    qint64 id = 0;
    qint64 personId = 0;
    SupportKind kind = SupportKind::EmploymentAward;
    QDate month;
    Fen amount = 0;
    QDate paidOn;
    qint64 employmentId = 0;
    qint64 attendanceId = 0;
    QString note;
    int rowVersion = 1;
};

// 产业帮扶 project (industry_projects). siteId 0: for the whole office.
struct IndustryProject
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    IndustryLevel level = IndustryLevel::VillageCooperative;
    IndustryModel model = IndustryModel::LabourPay;
    QString operatorName;
    QString location;
    Fen investment = 0;
    int totalShares = 0; // asset shares only
    QDate startedOn;
    QDate endedOn;
    QString note;
    int rowVersion = 1;
};

// What one household received from one project in one year (industry_beneficiaries).
struct Beneficiary
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 householdId = 0;
    int year = 0;
    int people = 0; // the household's members counted when recorded
    int shares = 0;
    Fen amount = 0;
    QString benefit;
    QString note;
    int rowVersion = 1;
};

// The person a list row is about, as every list of the workflow shows them: name, household, site.
// idNumber and phone are already masked for a role that may not see them in full.
struct PersonRef
{
    qint64 personId = 0;
    QString name;
    QString idNumber;
    QString sex; // key
    QDate birthDate;
    QString labourCapacity; // persons.labour_capacity key
    qint64 householdId = 0;
    QString householdNumber;
    qint64 siteId = 0;
    QString siteName;
};

} // namespace anju::work

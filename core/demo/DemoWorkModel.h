#pragma once

#include "demo/DemoRandom.h"
#include "work/WorkTypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace anju::demo {

// The demo's work rows span the income demo's 24 months: the month of the demo's day and the 23 before.
// What was already under way when they begin (jobs, absences, places, projects) started at most this many
// years earlier, when the last relocations were done.
constexpr int WorkMonths = 24;
constexpr int WorkHistoryYears = 4;

// persons.labour_capacity as the work demo needs it: none and lost are outside the labour force.
enum class DemoLabour : quint8
{
    None,
    Weak,
    Ordinary,
    Skilled
};

// A resident as the work demo sees them: on file until `until` (the day they died or moved away; null
// while active), their household's site through `household`.
struct WorkPerson
{
    qint64 id = 0;
    int household = 0; // index into the households
    QDate birth;
    QDate until;
    DemoLabour labour = DemoLabour::None;
    bool female = false;
    bool unwell = false; // health other than healthy
    bool deceased = false;

    bool presentOn(QDate day) const { return birth <= day && (!until.isValid() || until > day); }
};

// The pairing cadre of a household over dated days, by name (who collects the household's wishes).
struct WorkPairing
{
    QDate from;
    QDate to;
    QString name;
};

struct WorkHousehold
{
    qint64 id = 0;
    int site = 0; // index into the sites
    QString number;
    QDate relocated;
    QDate leftOn; // state_date when no longer active
    int firstPerson = 0;
    int persons = 0;
    QList<WorkPairing> pairings;

    bool activeOn(QDate day) const
    {
        return (!relocated.isValid() || relocated <= day) && (!leftOn.isValid() || leftOn > day);
    }
    QString cadreOn(QDate day) const;
};

struct WorkSite
{
    qint64 id = 0;
    QString name;
    QString county; // county code
    QString township;
    QDate moveIn;
    int firstHousehold = 0;
    int households = 0;
};

// A course for the whole office (site_id null) and who of a site attends it, chosen before the sites are
// planned so that their wishes can follow from it.
struct OfficeCourse
{
    qint64 id = 0;
    QString trade;
    QDate startsOn;
    QDate endsOn;
    int hours = 0;
    bool certificate = false;
};

// One site's rows, with positions between them where the writer gives ids (-1: none).
struct PlannedWorkshop
{
    QString name, operatorName, trade, note;
    int capacity = 0;
    QDate openedOn, closedOn;
};

struct PlannedPost
{
    work::PostKind kind = work::PostKind::CleaningGreening;
    QString name, note;
    int capacity = 1;
    work::Fen monthlyPay = 0;
    QDate openedOn;
};

struct PlannedBroker
{
    QString name, organisation, phone;
    QDate validFrom;
};

struct PlannedBatch
{
    QDate departedOn;
    QString province, city, transport, organiser;
    int headcount = 0;
};

struct PlannedJob
{
    int person = 0; // index into the persons
    work::Channel channel = work::Channel::Flexible;
    QString employer, place, province, city, endReason;
    qint64 officeBroker = 0; // an office-wide broker's id
    int siteBroker = -1;
    int batch = -1;
    int workshop = -1;
    int post = -1;
    work::Fen income = 0;
    QDate startedOn;
    QDate endedOn; // null while it holds on the demo's day
    bool imported = false;
    bool needsId = false; // a payment names it
};

struct PlannedWish
{
    int person = 0;
    work::WishKind kind = work::WishKind::Employment;
    QString place, detail, collectedBy, closeReason;
    QDate recordedOn, closedOn;
};

struct PlannedAbsence
{
    int person = 0;
    work::AbsenceReason reason = work::AbsenceReason::Other;
    QString note;
    QDate validFrom, validTo;
};

struct PlannedCourse
{
    QString title, trade, organiser, demand, certificate;
    QDate startsOn, endsOn;
    int hours = 0;
    int capacity = 0;
};

struct PlannedAttendance
{
    int person = 0;
    int course = -1;         // a course of the site
    qint64 officeCourse = 0; // or a course of the whole office
    QDate enrolledOn;
    work::AttendanceOutcome outcome = work::AttendanceOutcome::Enrolled;
    int hoursAttended = 0;
    QString certificateNo;
    bool imported = false;
    bool needsId = false;
};

struct PlannedPayment
{
    int person = 0;
    work::SupportKind kind = work::SupportKind::EmploymentAward;
    QDate month, paidOn;
    work::Fen amount = 0;
    int job = -1;
    int attendance = -1;
    QString note;
};

struct SiteWorkPlan
{
    QList<PlannedWorkshop> workshops;
    QList<PlannedPost> posts;
    QList<PlannedBroker> brokers;
    QList<PlannedBatch> batches;
    QList<PlannedJob> jobs;
    QList<PlannedWish> wishes;
    QList<PlannedAbsence> absences;
    QList<PlannedCourse> courses;
    QList<PlannedAttendance> attendances;
    QList<PlannedPayment> payments;

    void clear();
};

// Everything a site's plan reads: the registry as loaded, the office-wide brokers and the office courses
// that the site's people attend (person index → courses).
struct WorkRegistry
{
    QList<WorkSite> sites;
    QList<WorkHousehold> households;
    QList<WorkPerson> persons;
    QList<qint64> officeBrokers;
    QHash<int, QList<OfficeCourse>> officeAttendance;
};

// Draws one site's work, training and support over the demo's months (DemoWork writes it): workshops and
// public posts, employments by channel for about two thirds of the labour force — labour export leaving
// in the weeks after the spring festival (some on a 点对点 batch, some through a broker) and coming home
// before the next, jobs ending and starting again — wishes collected by the pairing cadre, absence
// reasons, courses with their attendance and subsidies, awards and social insurance for some of the
// employed. The gaps are the checks' findings: training wishes left waiting, a few posts held by ordinary
// labour while weak labour waits, a few people idle with no reason. Deterministic for a given Random.
class DemoWorkModel
{
public:
    explicit DemoWorkModel(QDate today);

    QDate firstMonth() const { return m_first; }
    QDate earliest() const { return m_earliest; }
    QDate today() const { return m_today; }

    void planSite(Random& random, const WorkRegistry& registry, int site, SiteWorkPlan& plan) const;

    // The day `years` after `birth` (1 March for 29 February in a common year, as WorkSettings counts).
    static QDate anniversary(QDate birth, int years);

private:
    class SiteRun;

    QDate m_today;
    QDate m_first;
    QDate m_earliest;
};

} // namespace anju::demo

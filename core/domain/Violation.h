#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace anju {

// Field keys that a form maps to its widgets. A member row's field carries the row in Violation::row.
namespace Field {
inline constexpr char General[] = "general";
inline constexpr char SiteCode[] = "site.code";
inline constexpr char SiteName[] = "site.name";
inline constexpr char SiteCounty[] = "site.countyCode";
inline constexpr char BuildingName[] = "building.name";
inline constexpr char BuildingFloors[] = "building.floors";
inline constexpr char HouseholdNumber[] = "household.number";
inline constexpr char HouseholdSite[] = "household.site";
inline constexpr char HouseholdDwelling[] = "household.dwelling";
inline constexpr char HouseholdOriginCounty[] = "household.originCounty";
inline constexpr char HouseholdRelocationDate[] = "household.relocationDate";
inline constexpr char HouseholdPhone[] = "household.phone";
inline constexpr char HouseholdMembers[] = "household.members";
inline constexpr char HouseholdVersion[] = "household.version";
inline constexpr char PersonName[] = "person.name";
inline constexpr char PersonIdNumber[] = "person.idNumber";
inline constexpr char PersonRelationship[] = "person.relationship";
inline constexpr char PersonPhone[] = "person.phone";
inline constexpr char PersonDate[] = "person.date";
} // namespace Field

// One broken rule, in the user's language, attached to the field (and member row) that broke it.
struct Violation
{
    QString field;
    QString message;
    int row = -1;
};

// The outcome of a rule check or a write: success, or the violations the UI shows next to the fields.
class Outcome
{
public:
    Outcome() = default;
    static Outcome failure(const QString& field, const QString& message, int row = -1)
    {
        Outcome o;
        o.add(field, message, row);
        return o;
    }
    // A failure that belongs to no field: a file, a connection or the database refused (the message
    // names what and why).
    static Outcome error(const QString& message) { return failure(QLatin1String(Field::General), message); }

    bool ok() const { return m_violations.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QList<Violation>& violations() const { return m_violations; }
    void add(const QString& field, const QString& message, int row = -1)
    {
        m_violations.append({field, message, row});
    }
    void add(const Outcome& other) { m_violations.append(other.m_violations); }
    // All messages on one line each, for the CLI and for message boxes.
    QString summary() const;
    // The first violation of a field (and row), or an empty string.
    QString messageFor(const QString& field, int row = -1) const;

private:
    QList<Violation> m_violations;
};

// A value or the violations that prevented it.
template <typename T>
class Result : public Outcome
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Outcome failed) : Outcome(std::move(failed)) {}
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    bool hasValue() const { return m_value.has_value(); }

private:
    std::optional<T> m_value;
};

} // namespace anju

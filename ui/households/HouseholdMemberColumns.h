#pragma once

#include "domain/Household.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace anju {

enum class HouseholdMemberColumn
{
    Name,
    IdNumber,
    Relationship,
    Sex,
    BirthDate,
    Ethnicity,
    Education,
    Health,
    LabourCapacity,
    Phone,
    State,
};
inline constexpr int MemberColumnCount = 11;

// One entry of a coded column: the label shown and the key stored in the edit role.
struct HouseholdMemberChoice
{
    QString label;
    QString key;
};

// What each column of the members table shows of a Person, and how a typed value goes back into it.
class HouseholdMemberColumns
{
    Q_DECLARE_TR_FUNCTIONS(anju::HouseholdMemberColumns)

public:
    static QString title(HouseholdMemberColumn column);
    // The entries of a coded column (relationship, ethnicity, education, health, labour capacity), else none.
    static QList<HouseholdMemberChoice> choices(HouseholdMemberColumn column);
    // Sex and birth date come from the ID number; the state changes through Move out and Mark deceased.
    static bool isEditable(HouseholdMemberColumn column);
    // The column of a Violation's person field, or -1.
    static int ofField(const QString& field);

    static QString text(const Person& person, HouseholdMemberColumn column);
    // The edit value: text, or the stored key of a coded column.
    static QVariant value(const Person& person, HouseholdMemberColumn column);
    // Puts an edit value into the person; an ID number that does not parse is kept as typed.
    static void setValue(Person& person, HouseholdMemberColumn column, const QVariant& value);
};

} // namespace anju

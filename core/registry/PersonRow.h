#pragma once

#include "domain/Household.h"

#include <QSqlQuery>

namespace anju::registry {

// The columns of persons in the order readPerson() expects them, for SELECT lists.
inline constexpr char PersonColumns[] =
    "p.id, p.household_id, p.name, p.id_number, p.sex, p.birth_date, p.relationship, p.ethnicity, p.education,"
    " p.health, p.disability_grade, p.labour_capacity, p.in_school, p.political_status, p.phone, p.state,"
    " p.state_date, p.row_version";

// A Person from a query row whose columns start at `first` in PersonColumns order.
Person readPerson(const QSqlQuery& query, int first = 0);

} // namespace anju::registry

#pragma once

#include "domain/Violation.h"
#include "party/PartyTypes.h"

#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Who is expected at a meeting of an organisation: its own probationary and full members on the
// roll (normal or mobile), not those of the organisations under it, nor applicants, activists or
// development targets, who attend no 三会一课 as members. A new meeting starts with all of them present.
class MeetingAttendance
{
public:
    static Result<QList<Attendance>> expected(const Database& db, qint64 organisationId);
};

} // namespace anju::party

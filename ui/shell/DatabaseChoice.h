#pragma once

#include "database/Database.h"

namespace anju {

// Which database this desk opens when no --db is given: the file in the user's data folder, or the
// shared server chosen in the settings (its password is never stored).
class DatabaseChoice
{
public:
    static DatabaseLocation remembered();
    static void remember(const DatabaseLocation& location);
    static void forget(); // back to the file on this computer
};

} // namespace anju

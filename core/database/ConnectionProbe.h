#pragma once

#include "database/Database.h"

#include <QCoreApplication>
#include <QString>

namespace anju {

// "Test connection": reaches a database without changing it, and says what is there — nothing yet (a
// new, empty database Anju will set up), an Anju database of some schema, or another program's tables.
struct ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(anju::ConnectionProbe)

public:
    enum class Contents
    {
        Unreachable,
        Empty,
        Anju,
        Foreign
    };

    Contents contents = Contents::Unreachable;
    int schemaVersion = 0;
    QString serverVersion;
    QString error; // why it could not be reached (Unreachable)
    bool wantsPassword = false;

    static ConnectionProbe run(const DatabaseLocation& location);
    // One sentence for the clerk, in the user's language.
    QString describe() const;
};

} // namespace anju

#pragma once

#include "backup/DatabaseCheck.h"

#include <QCoreApplication>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::backup {

// What check finds wrong with the server's roles (issue 14, ServerRoles): the database, its schema,
// tables, sequences or functions owned by a role other than the owner role (a login the desks use, which
// could switch the trail off); an owner role that can log in; desk logins that can act as the owner; and
// grants to the desk group (or to everyone) beyond the documented set. Nothing on SQLite.
class ServerRoleCheck
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::ServerRoleCheck)

public:
    explicit ServerRoleCheck(const Database& db) : m_db(db) {}
    Result<QList<CheckFinding>> run() const;

private:
    Outcome owners(QList<CheckFinding>* findings) const;
    Outcome deskGrants(QList<CheckFinding>* findings) const;
    const Database& m_db;
};

} // namespace anju::backup

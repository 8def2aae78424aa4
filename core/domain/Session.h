#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>

namespace anju {

// The user logged in on a connection: every permission check and audit row reads it.
struct Session
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Clerk;
    QList<qint64> siteIds; // the sites the user works on; empty: every site

    bool coversEverySite() const { return siteIds.isEmpty(); }
    bool coversSite(qint64 siteId) const { return siteIds.isEmpty() || siteIds.contains(siteId); }
};

} // namespace anju

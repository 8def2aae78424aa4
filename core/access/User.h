#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace anju {

// A person who logs in to Anju, with their role and the sites they work on.
struct User
{
    qint64 id = 0;
    QString name;        // what they type to log in
    QString displayName; // 姓名
    Role role = Role::Clerk;
    QList<qint64> siteIds; // empty: every site
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; null or past: not locked
    QDateTime lastLoginAt; // UTC
    int rowVersion = 0;

    bool isLocked(const QDateTime& nowUtc) const { return lockedUntil.isValid() && lockedUntil > nowUtc; }
};

} // namespace anju

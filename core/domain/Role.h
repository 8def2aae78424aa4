#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace anju {

// What a user does in the office; decides what they may read and change (see Permissions).
enum class Role
{
    Clerk,     // 录入员: enters and corrects households of their sites
    Secretary, // 党务: party work; reads the registry with ID numbers and phones masked
    Manager,   // 负责人: reads everything, exports, reads the audit trail, edits sites
    Admin,     // 管理员: everything: users, backups and restore, upgrading the database
};

// Stable keys stored in the database and labels in the user's language.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(anju::Roles)

public:
    static QList<Role> all();
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);
    static QString label(Role role);
};

} // namespace anju

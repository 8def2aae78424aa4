#pragma once

#include <QCoreApplication>
#include <QString>

namespace anju {

// Argon2id password hashes (libsodium's crypto_pwhash_str), and the rule that refuses weak passwords.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(anju::PasswordHasher)

public:
    static constexpr int MinimumLength = 8;

    // The encoded hash (algorithm, parameters and salt included); empty when hashing failed (memory).
    static QString hash(const QString& password);
    static bool verify(const QString& encodedHash, const QString& password);
    // Why the password is too weak for `userName`, in the user's language; empty when it is good enough.
    static QString weakness(const QString& password, const QString& userName);
};

} // namespace anju

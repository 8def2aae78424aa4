#include "access/PasswordHasher.h"

#include <sodium.h>

namespace anju {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, 2 passes) take a fraction of a second on an office PC.
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& encodedHash, const QString& password)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString PasswordHasher::weakness(const QString& password, const QString& userName)
{
    if (password.size() < MinimumLength)
        return tr("The password needs at least %1 characters.").arg(MinimumLength);
    int kinds = 0;
    bool letter = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            letter = true;
        else
            other = true;
    }
    kinds = int(letter) + int(digit) + int(other);
    if (kinds < 2)
        return tr("The password needs two kinds of characters: letters, digits or signs.");
    const QString lower = password.toLower();
    if (!userName.trimmed().isEmpty() && lower.contains(userName.trimmed().toLower()))
        return tr("The password must not contain the user name.");
    // The demo databases' password is public, and these are the first any intruder tries.
    static const char* const common[] = {"anju-demo", "password1", "passw0rd", "12345678a", "a12345678",
                                         "abc12345",  "abcd1234",  "1234abcd", "qwer1234",  "admin123",
                                         "admin1234", "p@ssw0rd",  "1qaz2wsx", "qwerty123", "anju1234"};
    for (const char* word : common) {
        if (lower == QLatin1String(word))
            return tr("This password is too well known; choose another.");
    }
    return {};
}

} // namespace anju

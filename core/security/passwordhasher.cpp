#include "passwordhasher.h"

#include "accounterrors.h"
#include "sodiumruntime.h"

#include <QList>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_KC).toUtf8();
}

// libsodium's INTERACTIVE limits (2 passes over 64 MiB; about 0.25 s on one core of the shared
// 2-core test machine) rather than MODERATE (3 passes over 256 MiB) or SENSITIVE (4 over 1 GiB,
// seconds): a sign-in is interactive, and a server answers a whole shift signing in at 8:00, each
// verification holding its memory until it is done. That is libsodium's advice for online
// sign-in. Whoever steals the database still pays 64 MiB and two passes per guess, and the policy
// asks for 10 characters or more. Raising the cost later only needs a new Cost here:
// needsRehash() upgrades each stored hash at its user's next sign-in (Authenticator::signIn).
PasswordHasher::Cost PasswordHasher::Cost::interactive()
{
    return Cost{quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE), quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE)};
}

PasswordHasher::PasswordHasher()
    : m_cost(Cost::interactive())
{}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{}

std::optional<DomainError> PasswordHasher::checkPolicy(const QString &password)
{
    const QString normalized = password.normalized(QString::NormalizationForm_KC);
    if (normalized.toUtf8().size() > MaxPasswordBytes) {
        return DomainError{AccountErrorCode::PasswordTooLong.toString(),
                           u"A password may be at most %1 bytes long"_s.arg(MaxPasswordBytes)};
    }
    if (normalized.toUcs4().size() < MinPasswordCharacters) {
        return DomainError{AccountErrorCode::PasswordTooShort.toString(),
                           u"A password needs at least %1 characters"_s.arg(MinPasswordCharacters)};
    }
    if (normalized.trimmed().isEmpty()) {
        return DomainError{AccountErrorCode::PasswordBlank.toString(), u"A password cannot be only spaces"_s};
    }
    return std::nullopt;
}

StoreResult<QString> PasswordHasher::hash(const QString &password) const
{
    if (auto error = checkPolicy(password))
        return *error;
    if (!SodiumRuntime::ready()) {
        return DomainError{AccountErrorCode::PasswordHashFailed.toString(),
                           u"libsodium could not be initialised"_s};
    }
    const QByteArray bytes = passwordBytes(password);
    char hashed[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hashed, bytes.constData(), quint64(bytes.size()), m_cost.opsLimit,
                              size_t(m_cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return DomainError{
            AccountErrorCode::PasswordHashFailed.toString(),
            u"Argon2id could not hash the password with %1 passes over %2 bytes (out of memory?)"_s
                .arg(m_cost.opsLimit)
                .arg(m_cost.memLimitBytes)};
    }
    return QString::fromLatin1(hashed);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (!SodiumRuntime::ready())
        return false;
    const QByteArray stored = hash.toLatin1(); // NUL-terminated, as libsodium wants it
    if (stored.isEmpty() || stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    const QByteArray bytes = passwordBytes(password);
    // No stored password is longer (the policy refused it), so a longer one is wrong without
    // spending Argon2 on it; the same for every login, so its speed tells nothing.
    if (bytes.size() > MaxPasswordBytes)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    if (!SodiumRuntime::ready())
        return false;
    // crypto_pwhash_str_needs_rehash() compares the cost only within the string's own algorithm:
    // an Argon2i hash of the same cost would pass. Anything but Argon2id needs a new hash.
    if (!hash.startsWith(u"$argon2id$"_s))
        return true;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return true;
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit, size_t(m_cost.memLimitBytes))
           != 0;
}

} // namespace ContactDesk

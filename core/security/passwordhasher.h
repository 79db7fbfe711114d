#pragma once

#include "store/storeresult.h"

#include <QString>

#include <optional>

namespace ContactDesk {

// Passwords as Argon2id hashes (libsodium's crypto_pwhash_str_alg): the stored string holds the
// algorithm, its cost and a random salt, "$argon2id$v=19$m=65536,t=2,p=1$...". A password is
// NFKC-normalized and hashed as UTF-8, so the same password typed with another keyboard layout
// or input method (full-width digits, composed Hangul) is the same password.
class PasswordHasher final
{
public:
    static constexpr int MinPasswordCharacters = 10;
    static constexpr int MaxPasswordBytes = 1024;

    // Argon2id's two knobs: passes over memory, and memory in bytes.
    struct Cost
    {
        quint64 opsLimit = 0;
        quint64 memLimitBytes = 0;

        // What ContactDesk hashes with (see passwordhasher.cpp for why).
        static Cost interactive();
    };

    PasswordHasher();
    explicit PasswordHasher(Cost cost);

    Cost cost() const { return m_cost; }

    // At least MinPasswordCharacters characters (Unicode code points), not only whitespace, at most
    // MaxPasswordBytes bytes of UTF-8: a clear error otherwise, with an AccountErrorCode.
    static std::optional<DomainError> checkPolicy(const QString &password);

    // A new hash with a fresh salt, of a password the policy accepts.
    StoreResult<QString> hash(const QString &password) const;
    // True when `password` is the one `hash` was made from (any Argon2 cost, any salt). False for
    // a wrong password and for a hash that is empty or not an Argon2 string.
    bool verify(const QString &hash, const QString &password) const;
    // True when `hash` was made with another algorithm or cost than this hasher's: hash the
    // password again at the next successful sign-in.
    bool needsRehash(const QString &hash) const;

private:
    Cost m_cost;
};

} // namespace ContactDesk

#pragma once

#include "domain/domainerror.h"
#include "role.h"

#include <QString>

#include <optional>

namespace ContactDesk {

// A person who signs in: their role, the agent record they take contacts as, and their password
// as an Argon2id hash (PasswordHasher). The hash is never shown, logged or sent anywhere.
struct User
{
    static constexpr int MaxLoginLength = 64;
    static constexpr int MaxDisplayNameLength = 200;

    qint64 id = 0;
    QString login; // normalized (normalizeLogin), so unique whatever the case it was typed in
    QString displayName;
    Role role = Role::Agent;
    qint64 agentId = 0; // the agent record this user works as; 0: none (takes no contacts)
    QString passwordHash;
    bool disabled = false;
    qint64 createdMs = 0;
    qint64 passwordChangedMs = 0;

    // Logins compare without case: "Min.Kim", " min.kim " and "MIN.KIM" are one login,
    // stored as "min.kim". NFC first, so that a Korean login typed on any system is the same text.
    static QString normalizeLogin(const QString &login);
    // Letters, digits and . _ - @, at most MaxLoginLength characters, already normalized.
    static std::optional<DomainError> validateLogin(const QString &login);

    // An agent takes contacts, so an agent must be linked to an agent record; the other roles
    // may be (a team lead who also answers calls) or not.
    std::optional<DomainError> validate() const;
};

} // namespace ContactDesk

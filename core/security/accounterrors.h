#pragma once

#include <QStringView>

namespace ContactDesk {

// Stable codes of the errors core/security reports (DomainError::code). Store errors
// (StoreErrorCode) pass through with their own codes.
namespace AccountErrorCode {
// Users
inline constexpr QStringView InvalidLogin = u"invalid-login";
inline constexpr QStringView MissingName = u"missing-name";
inline constexpr QStringView NameTooLong = u"name-too-long";
inline constexpr QStringView MissingPasswordHash = u"missing-password-hash";
inline constexpr QStringView AgentLinkRequired = u"agent-link-required";
inline constexpr QStringView LoginTaken = u"login-taken";
inline constexpr QStringView UnknownAgent = u"unknown-agent";
inline constexpr QStringView AgentAlreadyLinked = u"agent-already-linked";
// Passwords
inline constexpr QStringView PasswordTooShort = u"password-too-short";
inline constexpr QStringView PasswordTooLong = u"password-too-long";
inline constexpr QStringView PasswordBlank = u"password-blank";
inline constexpr QStringView PasswordHashFailed = u"password-hash-failed";
// Sign-in and sessions
inline constexpr QStringView InvalidCredentials = u"invalid-credentials";
inline constexpr QStringView AccountDisabled = u"account-disabled";
inline constexpr QStringView SessionExpired = u"session-expired";
inline constexpr QStringView SessionInvalid = u"session-invalid";
inline constexpr QStringView InvalidSessionLifetime = u"invalid-session-lifetime";
// Permissions
inline constexpr QStringView Forbidden = u"forbidden";
} // namespace AccountErrorCode

} // namespace ContactDesk

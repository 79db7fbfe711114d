#pragma once

#include "domain/domainerror.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

namespace ContactDesk {

// Stable codes of the errors Keychain reports (DomainError::code).
namespace KeychainErrorCode {
inline constexpr QStringView NotFound = u"keychain-not-found";
inline constexpr QStringView Unavailable = u"keychain-unavailable";
} // namespace KeychainErrorCode

// Secrets in the operating system's keychain (Secret Service, KWallet ...) through QtKeychain,
// never in settings files: the desktop's session token, the recording key. QtKeychain only
// works asynchronously, so each call here runs its job in a local QEventLoop and returns when the
// job is done. That loop delivers the thread's other events meanwhile (as a modal dialog does),
// and the call may wait as long as the keychain does, e.g. while it asks the user to unlock it.
// Needs a QCoreApplication and the thread's event dispatcher; without them every call reports
// keychain-unavailable. Entries are never written to an insecure fallback.
class Keychain final
{
public:
    // The service every ContactDesk secret is filed under.
    static constexpr QStringView ServiceName = u"org.contactdesk.ContactDesk";

    // The secret stored under (service, key); keychain-not-found when there is none,
    // keychain-unavailable when the keychain cannot be reached or refuses.
    static std::variant<QByteArray, DomainError> read(const QString &service, const QString &key);
    // Stores (or replaces) the secret under (service, key).
    static std::optional<DomainError> write(const QString &service, const QString &key,
                                            const QByteArray &secret);
    // Removes the entry; removing an entry that does not exist is not an error.
    static std::optional<DomainError> remove(const QString &service, const QString &key);
};

} // namespace ContactDesk

#pragma once

#include "domain/domainerror.h"

#include <QStringView>

#include <optional>
#include <utility>

namespace ContactDesk {

// Stable codes of the errors the store reports (DomainError::code). Validation errors from the
// domain types pass through with their own codes.
namespace StoreErrorCode {
inline constexpr QStringView NotOpen = u"store-not-open";
inline constexpr QStringView InvalidConnection = u"store-invalid-connection";
inline constexpr QStringView ConnectFailed = u"store-connect-failed";
inline constexpr QStringView SchemaTooNew = u"store-schema-too-new";
inline constexpr QStringView MigrationFailed = u"store-migration-failed";
inline constexpr QStringView QueryFailed = u"store-query-failed";
inline constexpr QStringView NotFound = u"store-not-found";
inline constexpr QStringView AlreadyStored = u"store-already-stored";
inline constexpr QStringView InvalidPhone = u"store-invalid-phone";
} // namespace StoreErrorCode

// The error a read returns for a row that is not there: "<what> does not exist".
inline DomainError storeNotFound(const QString &what)
{
    return DomainError{StoreErrorCode::NotFound.toString(), what + QStringLiteral(" does not exist")};
}

// The value a read produced, or why it did not. "Not found" is an error with code
// StoreErrorCode::NotFound so that callers can tell it apart from a broken database.
template <typename T>
class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {}
    StoreResult(DomainError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    bool isNotFound() const { return !ok() && m_error.code == StoreErrorCode::NotFound; }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    // Empty (code and message) when ok().
    const DomainError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DomainError m_error;
};

} // namespace ContactDesk

#pragma once

#include "domainerror.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class ContactKind
{
    Phone,  // E.164, e.g. +821012345678
    Email,  // lower-case, trimmed
    Chat,   // web-chat visitor handle
    Social, // "network:handle", e.g. "kakao:minjun.kim"
};

QString contactKindKey(ContactKind kind);
std::optional<ContactKind> contactKindFromKey(QStringView key);

// One way to reach a customer. `value` is always stored normalised so that lookups compare like
// with like; phone numbers are normalised to E.164 by the phone room before they get here.
struct ContactPoint
{
    qint64 id = 0;
    qint64 customerId = 0;
    ContactKind kind = ContactKind::Phone;
    QString value;
    QString label; // "mobile", "work" ...
    bool primary = false;

    std::optional<DomainError> validate() const;

    static bool isE164(const QString &value);
    static QString normalizeEmail(const QString &email);
    static QString normalizeHandle(const QString &handle);
    // Normalises `raw` for kinds that need no phone library (everything but Phone, which it
    // only trims). Use PhoneNumbers::toE164 for phone numbers.
    static QString normalize(ContactKind kind, const QString &raw);

    bool operator==(const ContactPoint &other) const = default;
};

} // namespace ContactDesk

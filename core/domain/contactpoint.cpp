#include "contactpoint.h"

#include <QRegularExpression>

namespace ContactDesk {

QString contactKindKey(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return QStringLiteral("phone");
    case ContactKind::Email:
        return QStringLiteral("email");
    case ContactKind::Chat:
        return QStringLiteral("chat");
    case ContactKind::Social:
        return QStringLiteral("social");
    }
    Q_UNREACHABLE();
}

std::optional<ContactKind> contactKindFromKey(QStringView key)
{
    for (ContactKind kind :
         {ContactKind::Phone, ContactKind::Email, ContactKind::Chat, ContactKind::Social}) {
        if (key == contactKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

bool ContactPoint::isE164(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(value).hasMatch();
}

QString ContactPoint::normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString ContactPoint::normalizeHandle(const QString &handle)
{
    const QString trimmed = handle.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return trimmed;
    // The network name is case-insensitive; the handle keeps its case (some networks care).
    return trimmed.left(colon).toLower() + trimmed.mid(colon);
}

QString ContactPoint::normalize(ContactKind kind, const QString &raw)
{
    switch (kind) {
    case ContactKind::Phone:
        return raw.trimmed();
    case ContactKind::Email:
        return normalizeEmail(raw);
    case ContactKind::Chat:
    case ContactKind::Social:
        return normalizeHandle(raw);
    }
    Q_UNREACHABLE();
}

std::optional<DomainError> ContactPoint::validate() const
{
    switch (kind) {
    case ContactKind::Phone:
        if (!isE164(value)) {
            return DomainError{QStringLiteral("phone-not-e164"), QStringLiteral("Phone number '%1' is not in E.164 form").arg(value)};
        }
        break;
    case ContactKind::Email: {
        static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (value != normalizeEmail(value) || !pattern.match(value).hasMatch()) {
            return DomainError{QStringLiteral("invalid-email"), QStringLiteral("'%1' is not a normalised e-mail address").arg(value)};
        }
        break;
    }
    case ContactKind::Chat:
    case ContactKind::Social:
        if (value.isEmpty() || value != normalizeHandle(value)) {
            return DomainError{QStringLiteral("invalid-handle"),
                                              QStringLiteral("'%1' is not a normalised handle").arg(value)};
        }
        if (kind == ContactKind::Social && value.indexOf(QLatin1Char(':')) <= 0) {
            return DomainError{QStringLiteral("invalid-handle"), QStringLiteral("Social handle '%1' must be 'network:handle'").arg(value)};
        }
        break;
    }
    return std::nullopt;
}

} // namespace ContactDesk

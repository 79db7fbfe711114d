#include "user.h"

#include "accounterrors.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString User::normalizeLogin(const QString &login)
{
    return login.trimmed().normalized(QString::NormalizationForm_C).toLower();
}

std::optional<DomainError> User::validateLogin(const QString &login)
{
    if (login.isEmpty())
        return DomainError{AccountErrorCode::InvalidLogin.toString(), u"A user needs a login"_s};
    if (login != normalizeLogin(login)) {
        return DomainError{AccountErrorCode::InvalidLogin.toString(),
                           u"Login '%1' is not normalized (lower case, no surrounding spaces)"_s.arg(login)};
    }
    if (login.size() > MaxLoginLength) {
        return DomainError{AccountErrorCode::InvalidLogin.toString(),
                           u"Login '%1' is longer than %2 characters"_s.arg(login).arg(MaxLoginLength)};
    }
    for (const QChar c : login) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-' && c != u'@') {
            return DomainError{
                AccountErrorCode::InvalidLogin.toString(),
                u"Login '%1' may hold only letters, digits and . _ - @ (not '%2')"_s.arg(login, QString(c))};
        }
    }
    return std::nullopt;
}

std::optional<DomainError> User::validate() const
{
    if (auto error = validateLogin(login))
        return error;
    if (displayName.trimmed().isEmpty())
        return DomainError{AccountErrorCode::MissingName.toString(), u"User '%1' needs a name"_s.arg(login)};
    if (displayName.size() > MaxDisplayNameLength) {
        return DomainError{
            AccountErrorCode::NameTooLong.toString(),
            u"The name of user '%1' is longer than %2 characters"_s.arg(login).arg(MaxDisplayNameLength)};
    }
    if (passwordHash.isEmpty()) {
        return DomainError{AccountErrorCode::MissingPasswordHash.toString(),
                           u"User '%1' has no password hash"_s.arg(login)};
    }
    if (role == Role::Agent && agentId == 0) {
        return DomainError{AccountErrorCode::AgentLinkRequired.toString(),
                           u"User '%1' is an agent and must be linked to an agent record"_s.arg(login)};
    }
    return std::nullopt;
}

} // namespace ContactDesk

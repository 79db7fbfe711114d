#include "sessionkeychain.h"

#include "remotebackend.h"
#include "security/keychain.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ContactDesk {

SessionKeychain::SessionKeychain(RemoteBackend &backend, QString serverUrl, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_serverUrl(std::move(serverUrl))
{
    connect(&m_backend, &RemoteBackend::sessionTokenChanged, this, &SessionKeychain::onTokenChanged);
}

QString SessionKeychain::entryKey(const QString &serverUrl)
{
    return QStringLiteral("session:") + serverUrl;
}

std::optional<SessionKeychain::Stored> SessionKeychain::stored(qint64 nowMs) const
{
    m_lastError.clear();
    auto secret = Keychain::read(Keychain::ServiceName.toString(), entryKey(m_serverUrl));
    if (auto *error = std::get_if<DomainError>(&secret)) {
        if (error->code != KeychainErrorCode::NotFound)
            m_lastError = error->message;
        return std::nullopt;
    }
    const QJsonObject entry = QJsonDocument::fromJson(std::get<QByteArray>(secret)).object();
    Stored stored{entry.value(QLatin1String("token")).toString(),
                  entry.value(QLatin1String("login")).toString(),
                  qint64(entry.value(QLatin1String("expiresMs")).toDouble())};
    if (stored.token.isEmpty() || stored.expiresMs <= nowMs)
        return std::nullopt;
    return stored;
}

void SessionKeychain::onTokenChanged(const QString &token, qint64 expiresMs)
{
    const QString key = entryKey(m_serverUrl);
    std::optional<DomainError> error;
    if (token.isEmpty()) {
        error = Keychain::remove(Keychain::ServiceName.toString(), key);
    } else {
        const QString login = m_backend.userLogin();
        const QJsonObject entry{{QLatin1String("token"), token},
                                {QLatin1String("login"), login},
                                {QLatin1String("expiresMs"), expiresMs}};
        error = Keychain::write(Keychain::ServiceName.toString(), key,
                                QJsonDocument(entry).toJson(QJsonDocument::Compact));
    }
    if (error) {
        m_lastError = error->message;
        Q_EMIT failed(error->message);
    }
}

} // namespace ContactDesk

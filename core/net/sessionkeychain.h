#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace ContactDesk {

class RemoteBackend;

// What the desktop remembers of its sign-in to a server: the session token and the login, in
// the operating system's keychain (one entry per server URL), never in QSettings. Kept in step
// with the backend: a new token is stored, a sign-out or an ended session removes the entry.
class SessionKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeychain)

public:
    struct Stored
    {
        QString token;
        QString login;
        qint64 expiresMs = 0;
    };

    SessionKeychain(RemoteBackend &backend, QString serverUrl, QObject *parent = nullptr);

    // The entry for this server; empty when there is none, it has expired, or the keychain
    // cannot be read (then lastError() says why).
    std::optional<Stored> stored(qint64 nowMs) const;
    QString lastError() const { return m_lastError; }
    static QString entryKey(const QString &serverUrl);

Q_SIGNALS:
    // The keychain refused to store or remove the entry: the user should know that the next
    // start asks for the password again (or that a token stayed behind).
    void failed(const QString &reason);

private:
    void onTokenChanged(const QString &token, qint64 expiresMs);

    RemoteBackend &m_backend;
    QString m_serverUrl;
    mutable QString m_lastError;
};

} // namespace ContactDesk

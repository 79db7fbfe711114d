#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWebSocket>

#include <functional>

namespace ContactDesk::NetTest {

// A protocol v1 peer on a real QWebSocket, for the server and CTI gateway tests: sends requests
// with increasing ids and keeps every frame the server sends.
class WsTestClient final
{
public:
    explicit WsTestClient(const QString &url, const QString &origin = QString());

    bool waitConnected();
    // Sends a request and waits (up to 5 s) for the answer with its id; empty on timeout.
    QJsonObject request(const QString &type, const QJsonObject &payload = {});
    QJsonObject answerTo(qint64 id);
    // The payload of the first event `name` matching `match` (waiting up to 5 s); empty on timeout.
    QJsonObject event(const QString &name, const std::function<bool(const QJsonObject &)> &match);
    static QString errorCode(const QJsonObject &frame);

    QWebSocket socket;
    QList<QJsonObject> frames;

private:
    qint64 m_lastId = 0;
};

} // namespace ContactDesk::NetTest

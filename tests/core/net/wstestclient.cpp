#include "wstestclient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

namespace ContactDesk::NetTest {

WsTestClient::WsTestClient(const QString &url, const QString &origin)
{
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QNetworkRequest request{QUrl(url)};
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin.toUtf8());
    socket.open(request);
}

bool WsTestClient::waitConnected()
{
    return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

QJsonObject WsTestClient::request(const QString &type, const QJsonObject &payload)
{
    const qint64 id = ++m_lastId;
    const QJsonObject frame{
        {QLatin1String("type"), type}, {QLatin1String("id"), id}, {QLatin1String("payload"), payload}};
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    return answerTo(id);
}

QJsonObject WsTestClient::answerTo(qint64 id)
{
    QJsonObject found;
    QTest::qWaitFor(
        [&] {
            for (const QJsonObject &frame : std::as_const(frames)) {
                if (frame.value(QLatin1String("type")).toString() != QLatin1String("event")
                    && frame.value(QLatin1String("id")).toInteger(-1) == id) {
                    found = frame;
                    return true;
                }
            }
            return false;
        },
        5000);
    return found;
}

QJsonObject WsTestClient::event(const QString &name, const std::function<bool(const QJsonObject &)> &match)
{
    QJsonObject found;
    QTest::qWaitFor(
        [&] {
            for (const QJsonObject &frame : std::as_const(frames)) {
                if (frame.value(QLatin1String("event")).toString() == name
                    && match(frame.value(QLatin1String("payload")).toObject())) {
                    found = frame.value(QLatin1String("payload")).toObject();
                    return true;
                }
            }
            return false;
        },
        5000);
    return found;
}

QString WsTestClient::errorCode(const QJsonObject &frame)
{
    return frame.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

} // namespace ContactDesk::NetTest

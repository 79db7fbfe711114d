#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>

namespace ContactDesk::Protocol {

// Protocol v1 (docs/PROTOCOL.md): JSON text frames over WebSocket. A client sends requests
//   {"type": "<request>", "id": 7, "payload": {...}}
// and gets exactly one answer per request id, a result or a typed error:
//   {"type": "result", "id": 7, "payload": {...}}
//   {"type": "error", "id": 7, "error": {"code": "wrong-field-type", "message": "...", "field": "..."}}
// The server pushes events with no id: {"type": "event", "event": "<name>", "payload": {...}}.
constexpr int Version = 1;
// Frames above this are refused before they are parsed (the server's limit; PROTOCOL.md).
constexpr qsizetype DefaultMaxFrameBytes = 256 * 1024;
// Strings in a request id; integer ids must be exact in a double (JavaScript clients).
constexpr qsizetype MaxIdLength = 64;
constexpr qint64 MaxSafeInteger = 9'007'199'254'740'991; // 2^53 - 1

// Every way a frame or a request can be wrong; the code is what clients match on.
namespace ErrorCode {
inline constexpr char FrameTooLarge[] = "frame-too-large";
inline constexpr char MalformedJson[] = "malformed-json";
inline constexpr char NotAnObject[] = "not-an-object";
inline constexpr char MissingField[] = "missing-field";
inline constexpr char WrongFieldType[] = "wrong-field-type";
inline constexpr char InvalidValue[] = "invalid-value";
inline constexpr char UnknownType[] = "unknown-type";
inline constexpr char UnsupportedVersion[] = "unsupported-version";
inline constexpr char HandshakeRequired[] = "handshake-required";
inline constexpr char RateLimited[] = "rate-limited";
} // namespace ErrorCode

struct Error
{
    QString code;
    QString message;
    QString field; // the offending field's path ("payload.interactionId"), when one is
    QJsonValue id; // the request's id when it could be read, else null
};

struct Request
{
    QJsonValue id; // an integer or a string, as the client sent it
    QString type;
    QJsonObject payload; // {} when the request has none
};

// One text frame from a client. Never throws, never crashes on any input: what is not a request
// comes back as an Error (with the id when the frame got that far).
std::variant<Request, Error> parseRequest(QByteArrayView frame, qsizetype maxBytes = DefaultMaxFrameBytes);

QByteArray resultFrame(const QJsonValue &id, const QJsonObject &payload = {});
// The same frame as resultFrame() for a payload already encoded as a compact JSON object: one
// encoding shared by many replies (the wallboard every supervisor fetches after a notice).
QByteArray resultFrameWithEncodedPayload(const QJsonValue &id, QByteArrayView payloadJson);
QByteArray errorFrame(const Error &error);
QByteArray eventFrame(const QString &event, const QJsonObject &payload = {});

// Typed reading of an object's fields. The first problem is kept (later reads return defaults),
// so a handler reads everything it needs and then checks error() once.
class Fields final
{
public:
    explicit Fields(const QJsonObject &object, QString path = QStringLiteral("payload"));

    QString string(QStringView key, qsizetype maxLength = 4096);
    std::optional<QString> optionalString(QStringView key, qsizetype maxLength = 4096);
    // Whole numbers only (1.5 and "1" are wrong types), within [minimum, maximum].
    qint64 integer(QStringView key, qint64 minimum = 0, qint64 maximum = MaxSafeInteger);
    std::optional<qint64> optionalInteger(QStringView key, qint64 minimum = 0,
                                          qint64 maximum = MaxSafeInteger);
    bool boolean(QStringView key);
    std::optional<bool> optionalBoolean(QStringView key);
    QJsonObject object(QStringView key);
    QJsonArray array(QStringView key);

    // A value that has the right type but is not allowed (an unknown state name, ...).
    void invalid(QStringView key, const QString &why);

    const std::optional<Error> &error() const { return m_error; }
    // The first problem as the answer to the request `id`; empty when there was none.
    std::optional<Error> errorFor(const QJsonValue &id) const;

private:
    std::optional<QJsonValue> take(QStringView key, bool required);
    void wrongType(QStringView key, const char *expected);
    QString fieldPath(QStringView key) const;

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace ContactDesk::Protocol

// libFuzzer target for protocol v1's envelope: any bytes a client could send go through
// parseRequest, a request's payload through every Fields accessor, and every frame built from
// the outcome must parse back as a JSON object. A broken promise abort()s, so libFuzzer keeps it.
#include "net/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <utility>

using namespace ContactDesk;

namespace {

constexpr qsizetype SmallMaxBytes = 32;

[[noreturn]] void fail(const char *what, const QByteArray &detail = QByteArray())
{
    std::fprintf(stderr, "fuzz_protocol: %s\n%s\n", what, detail.left(2000).constData());
    std::abort();
}

void check(bool ok, const char *what, const QByteArray &detail = QByteArray())
{
    if (!ok)
        fail(what, detail);
}

QJsonObject requireObject(const QByteArray &frame)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    check(parseError.error == QJsonParseError::NoError, "a built frame is not JSON", frame);
    check(document.isObject(), "a built frame is not a JSON object", frame);
    return document.object();
}

bool isValidId(const QJsonValue &id)
{
    if (id.isString())
        return !id.toString().isEmpty() && id.toString().size() <= Protocol::MaxIdLength;
    if (!id.isDouble())
        return false;
    const double number = id.toDouble();
    return number >= 0 && number <= double(Protocol::MaxSafeInteger) && number == double(qint64(number));
}

void checkError(const Protocol::Error &error, bool fromFields)
{
    static const QString codes[] = {
        QString::fromLatin1(Protocol::ErrorCode::FrameTooLarge),
        QString::fromLatin1(Protocol::ErrorCode::MalformedJson),
        QString::fromLatin1(Protocol::ErrorCode::NotAnObject),
        QString::fromLatin1(Protocol::ErrorCode::MissingField),
        QString::fromLatin1(Protocol::ErrorCode::WrongFieldType),
        QString::fromLatin1(Protocol::ErrorCode::InvalidValue),
    };
    check(std::find(std::begin(codes), std::end(codes), error.code) != std::end(codes), "unknown error code",
          error.code.toUtf8());
    check(!error.message.isEmpty(), "an error without a message", error.code.toUtf8());
    check(error.id.isNull() || isValidId(error.id), "an error echoes an id that is not valid");
    if (fromFields)
        check(error.field.startsWith(QLatin1String("payload.")), "a Fields error without its path",
              error.field.toUtf8());

    const QJsonObject frame = requireObject(Protocol::errorFrame(error));
    check(frame.value(QLatin1String("type")).toString() == QLatin1String("error"), "error frame type");
    check(frame.value(QLatin1String("id")) == (error.id.isUndefined() ? QJsonValue() : error.id),
          "error frame id");
    const QJsonObject detail = frame.value(QLatin1String("error")).toObject();
    check(detail.value(QLatin1String("code")).toString() == error.code, "error frame code");
    check(detail.value(QLatin1String("message")).toString() == error.message, "error frame message");
    check(detail.value(QLatin1String("field")).toString() == error.field, "error frame field");
}

// Every accessor on one key, with the default limits and with tight or extreme ones.
void readKey(Protocol::Fields &fields, const QString &key)
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();

    if (const std::optional<QString> text = fields.optionalString(key, 8))
        check(text->size() <= 8, "optionalString beyond its maximum length");
    const QString text = fields.string(key);
    check(text.size() <= 4096, "string beyond its maximum length");
    fields.string(key, 0);

    if (const std::optional<qint64> number = fields.optionalInteger(key, -5, 5))
        check(*number >= -5 && *number <= 5, "optionalInteger out of range");
    const qint64 number = fields.integer(key);
    check(number >= 0 && number <= Protocol::MaxSafeInteger, "integer out of the default range");
    fields.integer(key, lowest, highest);
    fields.optionalInteger(key, lowest, highest);
    fields.integer(key, highest, lowest); // an empty range: never accepted

    fields.optionalBoolean(key);
    fields.boolean(key);
    fields.object(key);
    fields.array(key);
    fields.invalid(key, QStringLiteral("refused"));
}

// One accessor only, so each can succeed on a good value before another one's error stops it.
void readKeyOnce(const QJsonObject &payload, const QString &key, int accessor)
{
    Protocol::Fields fields(payload);
    switch (accessor) {
    case 0:
        fields.string(key);
        break;
    case 1:
        fields.optionalString(key, 3);
        break;
    case 2: {
        const qint64 number =
            fields.integer(key, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        // An accepted value is exactly what was sent.
        const QJsonValue value = payload.value(key);
        if (!fields.error())
            check(value.toInteger(number == 0 ? 1 : 0) == number, "integer read inexactly");
        break;
    }
    case 3:
        fields.optionalInteger(key);
        break;
    case 4:
        fields.boolean(key);
        break;
    case 5:
        fields.optionalBoolean(key);
        break;
    case 6:
        fields.object(key);
        break;
    case 7:
        fields.array(key);
        break;
    }
    if (fields.error())
        checkError(*fields.error(), true);
}

void exerciseFields(const QJsonObject &payload)
{
    QStringList keys{QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("count"), QString()};
    // The keys the input really has, so the fuzzer reaches the typed paths and not only "missing".
    for (auto it = payload.constBegin(); it != payload.constEnd() && keys.size() < 10; ++it)
        keys.append(it.key());

    Protocol::Fields all(payload);
    for (const QString &key : std::as_const(keys)) {
        readKey(all, key);
        for (int accessor = 0; accessor < 8; ++accessor)
            readKeyOnce(payload, key, accessor);
    }
    if (all.error())
        checkError(*all.error(), true);

    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (!it.value().isObject())
            continue;
        Protocol::Fields nested(it.value().toObject(), QStringLiteral("payload.") + it.key());
        for (const QString &key : std::as_const(keys))
            readKey(nested, key);
        if (nested.error())
            checkError(*nested.error(), true);
        break;
    }
}

void checkRequest(const Protocol::Request &request)
{
    check(isValidId(request.id), "a request with an invalid id");
    check(!request.type.isEmpty() && request.type.size() <= 64, "a request with an invalid type");

    // A handler that echoes the payload sends back what it got, and the frame is itself a request.
    const QByteArray result = Protocol::resultFrame(request.id, request.payload);
    const QJsonObject resultObject = requireObject(result);
    check(resultObject.value(QLatin1String("type")).toString() == QLatin1String("result"),
          "result frame type");
    check(resultObject.value(QLatin1String("id")) == request.id, "result frame id", result);
    check(resultObject.value(QLatin1String("payload")).toObject() == request.payload, "result frame payload",
          result);
    const auto reparsed = Protocol::parseRequest(result);
    if (const auto *again = std::get_if<Protocol::Request>(&reparsed)) {
        check(again->id == request.id && again->payload == request.payload,
              "a result frame reads differently", result);
    } else {
        check(std::get<Protocol::Error>(reparsed).code == QLatin1String(Protocol::ErrorCode::FrameTooLarge),
              "a result frame is not a request", result);
    }

    const QJsonObject event = requireObject(Protocol::eventFrame(request.type, request.payload));
    check(event.value(QLatin1String("event")).toString() == request.type, "event frame name");
    requireObject(Protocol::resultFrame(request.id));

    exerciseFields(request.payload);
}

bool sameOutcome(const std::variant<Protocol::Request, Protocol::Error> &a,
                 const std::variant<Protocol::Request, Protocol::Error> &b)
{
    if (a.index() != b.index())
        return false;
    if (const auto *request = std::get_if<Protocol::Request>(&a)) {
        const auto &other = std::get<Protocol::Request>(b);
        return request->id == other.id && request->type == other.type && request->payload == other.payload;
    }
    const auto &error = std::get<Protocol::Error>(a);
    const auto &other = std::get<Protocol::Error>(b);
    return error.code == other.code && error.field == other.field && error.id == other.id;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView frame(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto parsed = Protocol::parseRequest(frame);
    if (const auto *request = std::get_if<Protocol::Request>(&parsed))
        checkRequest(*request);
    else
        checkError(std::get<Protocol::Error>(parsed), false);

    // A small limit refuses what is over it and otherwise changes nothing.
    const auto small = Protocol::parseRequest(frame, SmallMaxBytes);
    if (frame.size() > SmallMaxBytes) {
        check(std::holds_alternative<Protocol::Error>(small)
                  && std::get<Protocol::Error>(small).code
                         == QLatin1String(Protocol::ErrorCode::FrameTooLarge),
              "a frame over the limit was not refused");
        checkError(std::get<Protocol::Error>(small), false);
    } else {
        check(sameOutcome(parsed, small), "the limit changed how a small frame reads", frame.toByteArray());
    }
    return 0;
}

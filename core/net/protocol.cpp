#include "protocol.h"

#include "domain/jsontype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace ContactDesk::Protocol {

namespace {

Error makeError(const char *code, const QString &message, const QJsonValue &id = QJsonValue(),
                const QString &field = QString())
{
    return Error{QString::fromLatin1(code), message, field, id};
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

// A whole number as an exact qint64, or nothing when it does not fit. Comparing doubles would lose
// precision above 2^53 and casting one beyond qint64's range is undefined. toInteger() gives its
// default when the value does not fit, so two different defaults tell that apart from a real value.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    const qint64 number = value.toInteger(0);
    if (number != value.toInteger(1))
        return std::nullopt;
    return number;
}

// Qt's parser takes only an object or an array at the top, but a lone number, string, true, false
// or null is JSON all the same: such a frame is not an object rather than malformed.
bool isJsonScalar(const QByteArray &frame)
{
    const auto first = std::find_if(frame.cbegin(), frame.cend(),
                                    [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
    if (first == frame.cend() || *first == '{' || *first == '[')
        return false;
    QJsonParseError parseError;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + frame + ']', &parseError);
    return parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An undefined value would silently drop its key from the frame; the id is null then instead.
QJsonValue idOrNull(const QJsonValue &id)
{
    return id.isUndefined() ? QJsonValue() : id;
}

} // namespace

std::variant<Request, Error> parseRequest(QByteArrayView frame, qsizetype maxBytes)
{
    if (frame.size() > maxBytes) {
        return makeError(
            ErrorCode::FrameTooLarge,
            QStringLiteral("The frame has %1 bytes; at most %2 are accepted").arg(frame.size()).arg(maxBytes));
    }
    const QByteArray bytes = frame.toByteArray();
    // Qt's parser lets a raw NUL through inside a string; JSON allows it nowhere (\u0000 is the way).
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return makeError(ErrorCode::MalformedJson,
                         QStringLiteral("Not JSON: a NUL character at byte %1").arg(nul));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (isJsonScalar(bytes))
            return makeError(ErrorCode::NotAnObject, QStringLiteral("A request is a JSON object"));
        const QString why = parseError.errorString();
        return makeError(ErrorCode::MalformedJson,
                         QStringLiteral("Not JSON: %1 at byte %2").arg(why).arg(parseError.offset));
    }
    if (!document.isObject())
        return makeError(ErrorCode::NotAnObject, QStringLiteral("A request is a JSON object"));
    const QJsonObject object = document.object();

    Request request;
    // The id first, so every later error can name the request it answers.
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isUndefined())
        return makeError(ErrorCode::MissingField, QStringLiteral("A request needs an id"), {},
                                                                 QStringLiteral("id"));
    if (id.isDouble()) {
        const double number = id.toDouble();
        if (!isWholeNumber(number) || number < 0 || number > double(MaxSafeInteger)) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("An id is a whole number from 0 to 2^53 - 1, or a string"), {},
                                            QStringLiteral("id"));
        }
    } else if (id.isString()) {
        if (id.toString().isEmpty() || id.toString().size() > MaxIdLength) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("A string id has 1 to %1 characters").arg(MaxIdLength), {},
                                            QStringLiteral("id"));
        }
    } else {
        return makeError(ErrorCode::WrongFieldType,
                         QStringLiteral("id is %1; it must be a number or a string").arg(jsonTypeName(id)),
                                        {}, QStringLiteral("id"));
    }
    request.id = id;

    const QJsonValue type = object.value(QLatin1String("type"));
    if (type.isUndefined()) {
        return makeError(ErrorCode::MissingField, QStringLiteral("A request needs a type"), id,
                                                                 QStringLiteral("type"));
    }
    if (!type.isString()) {
        return makeError(ErrorCode::WrongFieldType,
                         QStringLiteral("type is %1; it must be a string").arg(jsonTypeName(type)), id,
                                        QStringLiteral("type"));
    }
    request.type = type.toString();
    if (request.type.isEmpty() || request.type.size() > 64) {
        return makeError(ErrorCode::InvalidValue, QStringLiteral("type has 1 to 64 characters"), id,
                                                                 QStringLiteral("type"));
    }

    const QJsonValue payload = object.value(QLatin1String("payload"));
    if (!payload.isUndefined() && !payload.isNull()) {
        if (!payload.isObject()) {
            return makeError(ErrorCode::WrongFieldType,
                             QStringLiteral("payload is %1; it must be an object").arg(jsonTypeName(payload)),
                                            id, QStringLiteral("payload"));
        }
        request.payload = payload.toObject();
    }
    return request;
}

QByteArray resultFrame(const QJsonValue &id, const QJsonObject &payload)
{
    return compact({{QLatin1String("type"), QLatin1String("result")},
                    {QLatin1String("id"), idOrNull(id)},
                    {QLatin1String("payload"), payload}});
}

QByteArray resultFrameWithEncodedPayload(const QJsonValue &id, QByteArrayView payloadJson)
{
    // The keys in the order QJsonDocument writes them (sorted), so that both forms read alike.
    const QByteArray idJson = QJsonDocument(QJsonArray{idOrNull(id)}).toJson(QJsonDocument::Compact);
    QByteArray frame;
    frame.reserve(payloadJson.size() + idJson.size() + 32);
    frame += "{\"id\":";
    frame += QByteArrayView(idJson).sliced(1, idJson.size() - 2);
    frame += ",\"payload\":";
    frame += payloadJson;
    frame += ",\"type\":\"result\"}";
    return frame;
}

QByteArray errorFrame(const Error &error)
{
    QJsonObject detail{{QLatin1String("code"), error.code}, {QLatin1String("message"), error.message}};
    if (!error.field.isEmpty())
        detail.insert(QLatin1String("field"), error.field);
    return compact({{QLatin1String("type"), QLatin1String("error")},
                    {QLatin1String("id"), idOrNull(error.id)},
                    {QLatin1String("error"), detail}});
}

QByteArray eventFrame(const QString &event, const QJsonObject &payload)
{
    return compact({{QLatin1String("type"), QLatin1String("event")},
                    {QLatin1String("event"), event},
                    {QLatin1String("payload"), payload}});
}

QString Fields::fieldPath(QStringView key) const
{
    return m_path + QLatin1Char('.') + key.toString();
}

Fields::Fields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

std::optional<QJsonValue> Fields::take(QStringView key, bool required)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            const QString field = fieldPath(key);
            m_error =
                makeError(ErrorCode::MissingField, QStringLiteral("%1 is required").arg(field), {}, field);
        }
        return std::nullopt;
    }
    return value;
}

void Fields::wrongType(QStringView key, const char *expected)
{
    const QString field = fieldPath(key);
    m_error =
        makeError(ErrorCode::WrongFieldType,
                  QStringLiteral("%1 is %2; it must be %3") .arg(field, jsonTypeName(m_object.value(key)),
                                                                 QString::fromLatin1(expected)),
                                 {}, field);
}

std::optional<Error> Fields::errorFor(const QJsonValue &id) const
{
    std::optional<Error> error = m_error;
    if (error)
        error->id = id;
    return error;
}

void Fields::invalid(QStringView key, const QString &why)
{
    if (m_error)
        return;
    const QString field = fieldPath(key);
    m_error = makeError(ErrorCode::InvalidValue, QStringLiteral("%1: %2").arg(field, why), {}, field);
}

std::optional<QString> Fields::optionalString(QStringView key, qsizetype maxLength)
{
    const std::optional<QJsonValue> value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        wrongType(key, "a string");
        return std::nullopt;
    }
    QString text = value->toString();
    if (text.size() > maxLength) {
        invalid(key, QStringLiteral("at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return text;
}

QString Fields::string(QStringView key, qsizetype maxLength)
{
    if (!take(key, true))
        return QString();
    return optionalString(key, maxLength).value_or(QString());
}

std::optional<qint64> Fields::optionalInteger(QStringView key, qint64 minimum, qint64 maximum)
{
    const std::optional<QJsonValue> value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isDouble() || !isWholeNumber(value->toDouble())) {
        wrongType(key, "a whole number");
        return std::nullopt;
    }
    const std::optional<qint64> number = exactInteger(*value);
    if (!number || *number < minimum || *number > maximum) {
        invalid(key, QStringLiteral("from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return number;
}

qint64 Fields::integer(QStringView key, qint64 minimum, qint64 maximum)
{
    if (!take(key, true))
        return 0;
    return optionalInteger(key, minimum, maximum).value_or(0);
}

std::optional<bool> Fields::optionalBoolean(QStringView key)
{
    const std::optional<QJsonValue> value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        wrongType(key, "true or false");
        return std::nullopt;
    }
    return value->toBool();
}

bool Fields::boolean(QStringView key)
{
    if (!take(key, true))
        return false;
    return optionalBoolean(key).value_or(false);
}

QJsonObject Fields::object(QStringView key)
{
    const std::optional<QJsonValue> value = take(key, true);
    if (!value)
        return {};
    if (!value->isObject()) {
        wrongType(key, "an object");
        return {};
    }
    return value->toObject();
}

QJsonArray Fields::array(QStringView key)
{
    const std::optional<QJsonValue> value = take(key, true);
    if (!value)
        return {};
    if (!value->isArray()) {
        wrongType(key, "an array");
        return {};
    }
    return value->toArray();
}

} // namespace ContactDesk::Protocol

#pragma once

// Private to the codec's own .cpp files (protocolcodec.cpp, coachingcodec.cpp): the error
// wording, the scalar readers and the object reader every Detail::read overload is made of.
// Not for anyone else: include protocolcodec.h and use decode().

#include "net/protocolcodec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <limits>
#include <optional>

namespace ContactDesk::Protocol::Detail {

// Enum keys are short; a long string cannot be one and is not worth echoing in full.
inline constexpr qsizetype MaxKeyLength = 64;
inline constexpr qint64 MaxInt = std::numeric_limits<int>::max();

// --- errors, worded as Fields words them (protocol.cpp) ---------------------------------------

Error missing(const QString &path);
Error wrongType(const QJsonValue &value, const QString &path, const QString &expected);
Error invalid(const QString &path, const QString &why);

bool isAbsent(const QJsonValue &value);
QString fieldPath(const QString &path, QStringView key); // "payload.customer.id"

// --- scalars -------------------------------------------------------------------------------

std::optional<Error> readString(const QJsonValue &value, const QString &path, qsizetype maxLength,
                                QString &out);
std::optional<Error> readInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum,
                                 qint64 &out);
std::optional<Error> readInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum,
                                 int &out);

template <typename E>
std::optional<Error> readKey(const QJsonValue &value, const QString &path, const char *what,
                             std::optional<E> (*fromKey)(QStringView), E &out)
{
    QString key;
    if (std::optional<Error> error = readString(value, path, MaxKeyLength, key))
        return error;
    const std::optional<E> parsed = fromKey(key);
    if (!parsed)
        return invalid(path, QStringLiteral("unknown %1 '%2'").arg(QLatin1String(what), key));
    out = *parsed;
    return std::nullopt;
}

// --- objects -------------------------------------------------------------------------------

enum class Presence
{
    Optional, // absent: the struct's default stays
    Required,
};

// Reads the fields of one object, keeping the first problem; later reads do nothing, so a
// struct's reader lists its fields and returns error() once.
class ObjectReader final
{
public:
    ObjectReader(const QJsonValue &value, const QString &path)
        : m_path(path)
    {
        if (isAbsent(value))
            m_error = missing(path);
        else if (!value.isObject())
            m_error = wrongType(value, path, QStringLiteral("an object"));
        else
            m_object = value.toObject();
    }

    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    std::optional<Error> error() const { return m_error; }
    void fail(std::optional<Error> error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

    // The type's own rules (Detail::read).
    template <typename T>
    void field(QStringView key, T &out, Presence presence = Presence::Optional)
    {
        if (const std::optional<QJsonValue> value = take(key, presence))
            fail(Detail::read(*value, fieldPath(m_path, key), out));
    }
    template <typename T>
    void required(QStringView key, T &out)
    {
        field(key, out, Presence::Required);
    }

    void name(QStringView key, QString &out, Presence presence = Presence::Optional)
    {
        if (const std::optional<QJsonValue> value = take(key, presence))
            fail(readString(*value, fieldPath(m_path, key), MaxNameLength, out));
    }
    void text(QStringView key, QString &out, Presence presence = Presence::Optional)
    {
        if (const std::optional<QJsonValue> value = take(key, presence))
            fail(readString(*value, fieldPath(m_path, key), MaxTextLength, out));
    }

    template <typename Integer>
    void integer(QStringView key, Integer &out, qint64 minimum, qint64 maximum,
                 Presence presence = Presence::Optional)
    {
        if (const std::optional<QJsonValue> value = take(key, presence))
            fail(readInteger(*value, fieldPath(m_path, key), minimum, maximum, out));
    }
    void integer(QStringView key, std::optional<int> &out, qint64 minimum, qint64 maximum)
    {
        if (const std::optional<QJsonValue> value = take(key, Presence::Optional)) {
            int number = 0;
            fail(readInteger(*value, fieldPath(m_path, key), minimum, maximum, number));
            out = number;
        }
    }
    // Sums of money may be negative (a refund, a loss-making retention offer).
    void money(QStringView key, qint64 &out) { integer(key, out, -MaxSafeInteger, MaxSafeInteger); }

    // The value at `key` for a reader of its own (nullopt: absent, or an earlier problem; a
    // missing required field is then the problem).
    std::optional<QJsonValue> take(QStringView key, Presence presence)
    {
        if (m_error)
            return std::nullopt;
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value)) {
            if (presence == Presence::Required)
                m_error = missing(fieldPath(m_path, key));
            return std::nullopt;
        }
        return value;
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace ContactDesk::Protocol::Detail

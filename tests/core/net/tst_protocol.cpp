#include "net/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QTest>

#include <limits>

using namespace ContactDesk;

namespace {

// Literals with embedded NUL bytes keep them.
template <qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

// A value as JSON text, so a failed comparison shows what came back.
QByteArray json(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

QJsonObject parseObject(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {{QStringLiteral("not an object"), QString::fromUtf8(text)}};
    return document.object();
}

// A valid ping request of exactly `size` bytes, padded inside its payload.
QByteArray paddedFrame(qsizetype size)
{
    const QByteArray head = QByteArrayLiteral(R"({"id":1,"type":"ping","payload":{"pad":")");
    const QByteArray tail = QByteArrayLiteral(R"("}})");
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

QString repeated(qsizetype count, char c = 'a')
{
    return QString(count, QLatin1Char(c));
}

// Runs one Fields accessor by name; the value read is given back as JSON text (optional
// accessors give "absent" for nothing) so one data table can drive all of them.
QByteArray readField(Protocol::Fields &fields, const QString &accessor, QStringView key)
{
    if (accessor == QLatin1String("string"))
        return json(fields.string(key));
    if (accessor == QLatin1String("optionalString")) {
        const std::optional<QString> value = fields.optionalString(key);
        return value ? json(*value) : QByteArrayLiteral("absent");
    }
    if (accessor == QLatin1String("integer"))
        return json(fields.integer(key));
    if (accessor == QLatin1String("optionalInteger")) {
        const std::optional<qint64> value = fields.optionalInteger(key);
        return value ? json(*value) : QByteArrayLiteral("absent");
    }
    if (accessor == QLatin1String("boolean"))
        return json(fields.boolean(key));
    if (accessor == QLatin1String("optionalBoolean")) {
        const std::optional<bool> value = fields.optionalBoolean(key);
        return value ? json(*value) : QByteArrayLiteral("absent");
    }
    if (accessor == QLatin1String("object"))
        return json(fields.object(key));
    if (accessor == QLatin1String("array"))
        return json(fields.array(key));
    qFatal("unknown accessor");
}

const char *const requiredAccessors[] = {"string", "integer", "boolean", "object", "array"};
const char *const optionalAccessors[] = {"optionalString", "optionalInteger", "optionalBoolean"};

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFramesGetTypedErrors_data();
    void badFramesGetTypedErrors();
    void validRequestsAreRead_data();
    void validRequestsAreRead();

    void fieldsReadEveryType();
    void fieldsErrorAnswersTheRequest();
    void missingRequiredFieldNamesItsPath_data();
    void missingRequiredFieldNamesItsPath();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void integersStayInRange_data();
    void integersStayInRange();
    void stringsHaveAMaximumLength_data();
    void stringsHaveAMaximumLength();
    void firstErrorIsKept();
    void invalidNamesTheField();
    void optionalFieldsMayBeAbsentOrNull_data();
    void optionalFieldsMayBeAbsentOrNull();
    void nestedFieldsUseTheirPath();

    void framesAreCompactJson_data();
    void framesAreCompactJson();
};

void TestProtocol::badFramesGetTypedErrors_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("echoedId");

    const qsizetype limit = Protocol::DefaultMaxFrameBytes;
    const QString tooLarge = QString::fromLatin1(Protocol::ErrorCode::FrameTooLarge);
    const QString malformed = QString::fromLatin1(Protocol::ErrorCode::MalformedJson);
    const QString notObject = QString::fromLatin1(Protocol::ErrorCode::NotAnObject);
    const QString missing = QString::fromLatin1(Protocol::ErrorCode::MissingField);
    const QString wrongType = QString::fromLatin1(Protocol::ErrorCode::WrongFieldType);
    const QString invalid = QString::fromLatin1(Protocol::ErrorCode::InvalidValue);
    const QString id = QStringLiteral("id");
    const QString type = QStringLiteral("type");
    const QString payload = QStringLiteral("payload");
    const QByteArray null = QByteArrayLiteral("null");

    QTest::newRow("one byte over the default limit")
        << paddedFrame(limit + 1) << limit << tooLarge << QString() << null;
    QTest::newRow("one byte over a small limit")
        << paddedFrame(65) << qsizetype(64) << tooLarge << QString() << null;
    QTest::newRow("malformed but too large")
        << QByteArray(100, '{') << qsizetype(99) << tooLarge << QString() << null;

    QTest::newRow("truncated object") << QByteArrayLiteral(R"({"id":1,"type":"ping")")
                                                           << limit << malformed << QString() << null;
    QTest::newRow("truncated string") << QByteArrayLiteral(R"({"id":1,"type":"pi)")
                                                           << limit << malformed << QString() << null;
    QTest::newRow("trailing garbage") << QByteArrayLiteral(R"({"id":1,"type":"ping"}x)")
                                                           << limit << malformed << QString() << null;
    QTest::newRow("two objects") << QByteArrayLiteral(R"({"id":1,"type":"ping"}{})")
                                                      << limit << malformed << QString() << null;
    QTest::newRow("invalid UTF-8 byte") << bytes("{\"id\":1,\"type\":\"p\xff"
                                                 "ng\"}")
                                        << limit << malformed << QString() << null;
    QTest::newRow("overlong UTF-8") << bytes("{\"id\":1,\"type\":\"\xc0\xaf\"}") << limit << malformed
                                    << QString() << null;
    QTest::newRow("UTF-8 surrogate") << bytes("{\"id\":1,\"type\":\"\xed\xa0\x80\"}") << limit << malformed
                                     << QString() << null;
    QTest::newRow("empty frame") << QByteArray() << limit << malformed << QString() << null;
    QTest::newRow("only whitespace") << QByteArrayLiteral(" \r\n\t")
                                                          << limit << malformed << QString() << null;
    QTest::newRow("NUL byte in a string")
        << bytes("{\"id\":1,\"type\":\"pi\0ng\"}") << limit << malformed << QString() << null;
    QTest::newRow("NUL byte after the object")
        << bytes("{\"id\":1,\"type\":\"ping\"}\0") << limit << malformed << QString() << null;
    QTest::newRow("NUL byte alone") << bytes("\0") << limit << malformed << QString() << null;
    QTest::newRow("single quotes") << QByteArrayLiteral("{'id':1,'type':'ping'}")
                                                        << limit << malformed << QString() << null;
    QTest::newRow("trailing comma") << QByteArrayLiteral(R"({"id":1,"type":"ping",})")
                                                         << limit << malformed << QString() << null;
    QTest::newRow("number out of double range")
        << QByteArrayLiteral(R"({"id":1e400,"type":"ping"})") << limit << malformed << QString() << null;
    QTest::newRow("two numbers") << QByteArrayLiteral("1 2") << limit << malformed << QString() << null;

    QTest::newRow("array") << QByteArrayLiteral(R"([{"id":1,"type":"ping"}])")
                                                << limit << notObject << QString() << null;
    QTest::newRow("empty array") << QByteArrayLiteral("[]") << limit << notObject << QString() << null;
    QTest::newRow("number") << QByteArrayLiteral("42") << limit << notObject << QString() << null;
    QTest::newRow("number in whitespace") << QByteArrayLiteral(" -1.5e3\n")
                                                               << limit << notObject << QString() << null;
    QTest::newRow("string") << QByteArrayLiteral(R"("ping")") << limit << notObject << QString() << null;
    QTest::newRow("true") << QByteArrayLiteral("true") << limit << notObject << QString() << null;
    QTest::newRow("null") << QByteArrayLiteral("null") << limit << notObject << QString() << null;

    QTest::newRow("id missing") << QByteArrayLiteral(R"({"type":"ping"})") << limit << missing << id << null;
    QTest::newRow("id bool") << QByteArrayLiteral(R"({"id":true,"type":"ping"})")
                                                  << limit << wrongType << id << null;
    QTest::newRow("id object") << QByteArrayLiteral(R"({"id":{"n":1},"type":"ping"})")
                                                    << limit << wrongType << id << null;
    QTest::newRow("id array") << QByteArrayLiteral(R"({"id":[1],"type":"ping"})")
                                                   << limit << wrongType << id << null;
    QTest::newRow("id null") << QByteArrayLiteral(R"({"id":null,"type":"ping"})")
                                                  << limit << wrongType << id << null;
    QTest::newRow("id fractional") << QByteArrayLiteral(R"({"id":1.5,"type":"ping"})")
                                                        << limit << invalid << id << null;
    QTest::newRow("id negative") << QByteArrayLiteral(R"({"id":-1,"type":"ping"})")
                                                      << limit << invalid << id << null;
    QTest::newRow("id 2^53") << QByteArrayLiteral(R"({"id":9007199254740992,"type":"ping"})")
                                                  << limit << invalid << id << null;
    QTest::newRow("id 2^53 + 1") << QByteArrayLiteral(R"({"id":9007199254740993,"type":"ping"})")
                                                      << limit << invalid << id << null;
    QTest::newRow("id huge") << QByteArrayLiteral(R"({"id":1e300,"type":"ping"})")
                                                  << limit << invalid << id << null;
    QTest::newRow("id empty string") << QByteArrayLiteral(R"({"id":"","type":"ping"})")
                                                          << limit << invalid << id << null;
    QTest::newRow("id 65 characters")
        << QByteArray(R"({"id":")" + repeated(65).toLatin1() + R"(","type":"ping"})") << limit << invalid
        << id << null;

    QTest::newRow("type missing") << QByteArrayLiteral(R"({"id":7})")
                                                       << limit << missing << type << QByteArrayLiteral("7");
    QTest::newRow("type missing, string id") << QByteArrayLiteral(R"({"id":"r-1","payload":{}})")
                                                                  << limit << missing << type
                                                                  << QByteArrayLiteral(R"("r-1")");
    QTest::newRow("type number") << QByteArrayLiteral(R"({"id":7,"type":3})")
                                                      << limit << wrongType << type << QByteArrayLiteral("7");
    QTest::newRow("type null") << QByteArrayLiteral(R"({"id":7,"type":null})")
                                                    << limit << wrongType << type << QByteArrayLiteral("7");
    QTest::newRow("type object") << QByteArrayLiteral(R"({"id":7,"type":{}})")
                                                      << limit << wrongType << type << QByteArrayLiteral("7");
    QTest::newRow("type array") << QByteArrayLiteral(R"({"id":"x","type":["ping"]})")
                                                     << limit << wrongType << type
                                                     << QByteArrayLiteral(R"("x")");
    QTest::newRow("type empty") << QByteArrayLiteral(R"({"id":7,"type":""})")
                                                     << limit << invalid << type << QByteArrayLiteral("7");
    QTest::newRow("type 65 characters")
        << QByteArray(R"({"id":7,"type":")" + repeated(65).toLatin1() + R"("})") << limit << invalid << type
        << QByteArrayLiteral("7");

    QTest::newRow("payload array") << QByteArrayLiteral(R"({"id":7,"type":"ping","payload":[]})")
                                                        << limit << wrongType << payload
                                                        << QByteArrayLiteral("7");
    QTest::newRow("payload string") << QByteArrayLiteral(R"({"id":"a","type":"ping","payload":"{}"})")
                                                         << limit << wrongType << payload
                                                         << QByteArrayLiteral(R"("a")");
    QTest::newRow("payload number") << QByteArrayLiteral(R"({"id":0,"type":"ping","payload":1})")
                                                         << limit << wrongType << payload
                                                         << QByteArrayLiteral("0");
    QTest::newRow("payload bool") << QByteArrayLiteral(R"({"id":9007199254740991,"type":"ping","payload":false})")
        << limit << wrongType << payload << QByteArrayLiteral("9007199254740991");
}

void TestProtocol::badFramesGetTypedErrors()
{
    QFETCH(QByteArray, frame);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QByteArray, echoedId);

    const auto parsed = Protocol::parseRequest(frame, maxBytes);
    QVERIFY(std::holds_alternative<Protocol::Error>(parsed));
    const Protocol::Error &error = std::get<Protocol::Error>(parsed);
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QCOMPARE(json(error.id), echoedId);
    QVERIFY(!error.message.isEmpty());

    // The answer a client gets carries the same code, field and id.
    const QJsonObject answer = parseObject(Protocol::errorFrame(error));
    QCOMPARE(answer.value(QLatin1String("type")).toString(), QStringLiteral("error"));
    QCOMPARE(json(answer.value(QLatin1String("id"))), echoedId);
    const QJsonObject detail = answer.value(QLatin1String("error")).toObject();
    QCOMPARE(detail.value(QLatin1String("code")).toString(), code);
    QCOMPARE(detail.value(QLatin1String("message")).toString(), error.message);
    QCOMPARE(detail.contains(QLatin1String("field")), !field.isEmpty());
}

void TestProtocol::validRequestsAreRead_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");

    const qsizetype limit = Protocol::DefaultMaxFrameBytes;
    const QString ping = QStringLiteral("ping");

    QTest::newRow("integer id with payload") << QByteArrayLiteral(R"({"type":"interaction.accept","id":7,"payload":{"interactionId":"i-1"}})")
        << limit
        << QByteArrayLiteral("7") << QStringLiteral("interaction.accept")
                                                    << QByteArrayLiteral(R"({"interactionId":"i-1"})");
    QTest::newRow("integer id without payload")
        << QByteArrayLiteral(R"({"id":0,"type":"ping"})")
                             << limit << QByteArrayLiteral("0") << ping << QByteArrayLiteral("{}");
    QTest::newRow("largest integer id")
        << QByteArrayLiteral(R"({"id":9007199254740991,"type":"ping"})")
                             << limit
                             << QByteArrayLiteral("9007199254740991") << ping << QByteArrayLiteral("{}");
    QTest::newRow("integer id written as 12.0")
        << QByteArrayLiteral(R"({"id":12.0,"type":"ping"})")
                             << limit << QByteArrayLiteral("12") << ping << QByteArrayLiteral("{}");
    QTest::newRow("string id with payload") << QByteArrayLiteral(R"({"id":"req-1","type":"agent.setState","payload":{"state":"ready","pause":false}})")
        << limit
        << QByteArrayLiteral(R"("req-1")")
                             << QStringLiteral("agent.setState")
                                               << QByteArrayLiteral(R"({"pause":false,"state":"ready"})");
    QTest::newRow("string id without payload")
        << QByteArrayLiteral(R"({"id":"a","type":"ping"})")
                             << limit << QByteArrayLiteral(R"("a")") << ping << QByteArrayLiteral("{}");
    QTest::newRow("string id of 64 characters")
        << QByteArray(R"({"id":")" + repeated(64).toLatin1() + R"(","type":"ping"})") << limit
        << QByteArray('"' + repeated(64).toLatin1() + '"') << ping << QByteArrayLiteral("{}");
    QTest::newRow("numeric string id")
        << QByteArrayLiteral(R"({"id":"-1.5","type":"ping"})")
                             << limit << QByteArrayLiteral(R"("-1.5")") << ping << QByteArrayLiteral("{}");
    QTest::newRow("null payload") << QByteArrayLiteral(R"({"id":1,"type":"ping","payload":null})")
                                                       << limit
                                                       << QByteArrayLiteral("1") << ping
                                                                                 << QByteArrayLiteral("{}");
    QTest::newRow("empty payload") << QByteArrayLiteral(R"({"id":1,"type":"ping","payload":{}})")
                                                        << limit
                                                        << QByteArrayLiteral("1") << ping
                                                                                  << QByteArrayLiteral("{}");
    QTest::newRow("type of 64 characters")
        << QByteArray(R"({"id":1,"type":")" + repeated(64, 't').toLatin1() + R"("})") << limit
        << QByteArrayLiteral("1") << repeated(64, 't') << QByteArrayLiteral("{}");
    QTest::newRow("Korean type") << QByteArrayLiteral("{\"id\":1,\"type\":\"\xec\x83\x81\xeb\x8b\xb4\"}")
        << limit << QByteArrayLiteral("1") << QStringLiteral("상담") << QByteArrayLiteral("{}");
    QTest::newRow("unknown fields ignored")
        << QByteArrayLiteral(R"({"id":1,"type":"ping","v":1,"extra":[]})")
                             << limit << QByteArrayLiteral("1") << ping << QByteArrayLiteral("{}");
    QTest::newRow("whitespace around")
        << QByteArrayLiteral(" \n{ \"id\" : 1 ,\t\"type\" : \"ping\" }\r\n ")
                             << limit << QByteArrayLiteral("1") << ping << QByteArrayLiteral("{}");
    QTest::newRow("escaped NUL in a string")
        << QByteArrayLiteral(R"({"id":1,"type":"ping","payload":{"s":"\u0000"}})")
                             << limit
                             << QByteArrayLiteral("1") << ping << QByteArrayLiteral(R"({"s":"\u0000"})");
    QTest::newRow("exactly the default limit")
        << paddedFrame(limit) << limit
        << QByteArrayLiteral("1") << ping
                    << QByteArray(R"({"pad":")" + QByteArray(limit - paddedFrame(0).size(), 'x') + R"("})");
    QTest::newRow("exactly a small limit")
        << paddedFrame(64) << qsizetype(64)
        << QByteArrayLiteral("1") << ping
                    << QByteArray(R"({"pad":")" + QByteArray(64 - paddedFrame(0).size(), 'x') + R"("})");
}

void TestProtocol::validRequestsAreRead()
{
    QFETCH(QByteArray, frame);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QByteArray, id);
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);

    const auto parsed = Protocol::parseRequest(frame, maxBytes);
    if (const auto *error = std::get_if<Protocol::Error>(&parsed))
        QFAIL(qPrintable(error->code + QLatin1String(": ") + error->message));
    const Protocol::Request &request = std::get<Protocol::Request>(parsed);
    QCOMPARE(json(request.id), id);
    QCOMPARE(request.type, type);
    QCOMPARE(json(request.payload), payload);

    // The answer echoes the id exactly as it came.
    const QJsonObject answer = parseObject(Protocol::resultFrame(request.id));
    QCOMPARE(json(answer.value(QLatin1String("id"))), id);
}

void TestProtocol::fieldsReadEveryType()
{
    const QJsonObject payload =
        parseObject(R"({"name":"Kim","note":"","count":42,"limit":-3,"urgent":true,"muted":false,)"
                    R"("filter":{"queue":"sales"},"tags":["a",1]})");
    Protocol::Fields fields(payload);
    QCOMPARE(fields.string(u"name"), QStringLiteral("Kim"));
    QCOMPARE(fields.optionalString(u"note"), std::optional<QString>(QString()));
    QCOMPARE(fields.integer(u"count"), qint64(42));
    QCOMPARE(fields.optionalInteger(u"limit", -10, 10), std::optional<qint64>(-3));
    QCOMPARE(fields.boolean(u"urgent"), true);
    QCOMPARE(fields.optionalBoolean(u"muted"), std::optional<bool>(false));
    QCOMPARE(fields.object(u"filter"), QJsonObject({{QStringLiteral("queue"), QStringLiteral("sales")}}));
    QCOMPARE(fields.array(u"tags"), QJsonArray({QStringLiteral("a"), 1}));
    QVERIFY(!fields.error());
}

void TestProtocol::missingRequiredFieldNamesItsPath_data()
{
    QTest::addColumn<QString>("accessor");
    QTest::addColumn<QByteArray>("payload");
    for (const char *accessor : requiredAccessors) {
        QTest::addRow("%s absent", accessor)
            << QString::fromLatin1(accessor) << QByteArrayLiteral(R"({"y":1})");
        QTest::addRow("%s null", accessor)
            << QString::fromLatin1(accessor) << QByteArrayLiteral(R"({"x":null})");
    }
}

void TestProtocol::missingRequiredFieldNamesItsPath()
{
    QFETCH(QString, accessor);
    QFETCH(QByteArray, payload);

    Protocol::Fields fields(parseObject(payload));
    readField(fields, accessor, u"x");
    QVERIFY(fields.error());
    QCOMPARE(fields.error()->code, QString::fromLatin1(Protocol::ErrorCode::MissingField));
    QCOMPARE(fields.error()->field, QStringLiteral("payload.x"));
    QVERIFY(fields.error()->message.contains(QLatin1String("payload.x")));
    QVERIFY(fields.error()->id.isNull());
}

void TestProtocol::wrongTypesAreRefused_data()
{
    QTest::addColumn<QString>("accessor");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("read");

    const struct
    {
        const char *accessor;
        const char *value;
        const char *read; // what the accessor gives back after refusing
    } rows[] = {
        {"integer", "1.5", "0"},
        {"integer", R"("1")", "0"},
        {"integer", "true", "0"},
        {"integer", "[1]", "0"},
        {"integer", "{}", "0"},
        {"optionalInteger", "0.1", "absent"},
        {"optionalInteger", R"("7")", "absent"},
        {"string", "1", R"("")"},
        {"string", "true", R"("")"},
        {"string", "{}", R"("")"},
        {"string", R"(["a"])", R"("")"},
        {"optionalString", "1", "absent"},
        {"boolean", "1", "false"},
        {"boolean", R"("true")", "false"},
        {"boolean", "0", "false"},
        {"optionalBoolean", R"("false")", "absent"},
        {"object", "[]", "{}"},
        {"object", R"("{}")", "{}"},
        {"object", "1", "{}"},
        {"array", "{}", "[]"},
        {"array", R"("[]")", "[]"},
        {"array", "false", "[]"},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s given %s", row.accessor, row.value)
            << QString::fromLatin1(row.accessor) << QByteArray(row.value) << QByteArray(row.read);
    }
}

void TestProtocol::wrongTypesAreRefused()
{
    QFETCH(QString, accessor);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, read);

    Protocol::Fields fields(parseObject(R"({"x":)" + value + '}'));
    QCOMPARE(readField(fields, accessor, u"x"), read);
    QVERIFY(fields.error());
    QCOMPARE(fields.error()->code, QString::fromLatin1(Protocol::ErrorCode::WrongFieldType));
    QCOMPARE(fields.error()->field, QStringLiteral("payload.x"));
}

void TestProtocol::integersStayInRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("expected");

    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    constexpr qint64 safe = Protocol::MaxSafeInteger;

    QTest::newRow("at the minimum") << QByteArrayLiteral("1") << qint64(1) << qint64(5) << true << qint64(1);
    QTest::newRow("at the maximum") << QByteArrayLiteral("5") << qint64(1) << qint64(5) << true << qint64(5);
    QTest::newRow("below the minimum") << QByteArrayLiteral("0")
                                                            << qint64(1) << qint64(5) << false << qint64(0);
    QTest::newRow("above the maximum") << QByteArrayLiteral("6")
                                                            << qint64(1) << qint64(5) << false << qint64(0);
    QTest::newRow("negative range") << QByteArrayLiteral("-7")
                                                         << qint64(-10) << qint64(-5) << true << qint64(-7);
    QTest::newRow("default range refuses negative")
        << QByteArrayLiteral("-1") << qint64(0) << safe << false << qint64(0);
    QTest::newRow("default range takes 2^53 - 1") << QByteArrayLiteral("9007199254740991")
                                                                       << qint64(0) << safe << true << safe;
    QTest::newRow("default range refuses 2^53")
        << QByteArrayLiteral("9007199254740992") << qint64(0) << safe << false << qint64(0);
    QTest::newRow("written as a double") << QByteArrayLiteral("3e2")
                                                              << qint64(0) << safe << true << qint64(300);
    QTest::newRow("huge double") << QByteArrayLiteral("1e300") << qint64(0) << safe << false << qint64(0);
    QTest::newRow("huge negative double") << QByteArrayLiteral("-1e300")
                                                               << lowest << highest << false << qint64(0);
    // Above 2^53 a double would round; the value is read exactly.
    QTest::newRow("2^53 + 1 exactly") << QByteArrayLiteral("9007199254740993")
                                                           << qint64(0) << highest << true
                                                           << qint64(9'007'199'254'740'993);
    QTest::newRow("2^53 + 1 above a maximum of 2^53")
        << QByteArrayLiteral("9007199254740993")
                             << qint64(0) << qint64(9'007'199'254'740'992) << false << qint64(0);
    QTest::newRow("qint64 maximum") << QByteArrayLiteral("9223372036854775807")
                                                         << lowest << highest << true << highest;
    QTest::newRow("qint64 minimum") << QByteArrayLiteral("-9223372036854775808")
                                                         << lowest << highest << true << lowest;
    QTest::newRow("beyond qint64") << QByteArrayLiteral("9223372036854775808")
                                                        << lowest << highest << false << qint64(0);
    QTest::newRow("below qint64") << QByteArrayLiteral("-1e19") << lowest << highest << false << qint64(0);
}

void TestProtocol::integersStayInRange()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    QFETCH(bool, accepted);
    QFETCH(qint64, expected);

    const QJsonObject payload = parseObject(R"({"n":)" + value + '}');
    Protocol::Fields required(payload);
    QCOMPARE(required.integer(u"n", minimum, maximum), expected);
    Protocol::Fields optional(payload);
    const std::optional<qint64> read = optional.optionalInteger(u"n", minimum, maximum);
    QCOMPARE(read.has_value(), accepted);
    QCOMPARE(read.value_or(0), expected);

    for (const Protocol::Fields *fields : {&required, &optional}) {
        QCOMPARE(fields->error().has_value(), !accepted);
        if (!accepted) {
            QCOMPARE(fields->error()->code, QString::fromLatin1(Protocol::ErrorCode::InvalidValue));
            QCOMPARE(fields->error()->field, QStringLiteral("payload.n"));
        }
    }
}

void TestProtocol::stringsHaveAMaximumLength_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("at a small maximum") << qsizetype(8) << qsizetype(8) << true;
    QTest::newRow("one over a small maximum") << qsizetype(9) << qsizetype(8) << false;
    QTest::newRow("empty with maximum 0") << qsizetype(0) << qsizetype(0) << true;
    QTest::newRow("one with maximum 0") << qsizetype(1) << qsizetype(0) << false;
    QTest::newRow("at the default maximum") << qsizetype(4096) << qsizetype(-1) << true;
    QTest::newRow("one over the default maximum") << qsizetype(4097) << qsizetype(-1) << false;
}

void TestProtocol::stringsHaveAMaximumLength()
{
    QFETCH(qsizetype, length);
    QFETCH(qsizetype, maxLength);
    QFETCH(bool, accepted);

    const QString text = repeated(length, 's');
    const QJsonObject payload{{QStringLiteral("s"), text}};
    Protocol::Fields required(payload);
    const QString read = maxLength < 0 ? required.string(u"s") : required.string(u"s", maxLength);
    QCOMPARE(read, accepted ? text : QString());
    Protocol::Fields optional(payload);
    const std::optional<QString> readOptional =
        maxLength < 0 ? optional.optionalString(u"s") : optional.optionalString(u"s", maxLength);
    QCOMPARE(readOptional.has_value(), accepted);

    for (const Protocol::Fields *fields : {&required, &optional}) {
        QCOMPARE(fields->error().has_value(), !accepted);
        if (!accepted) {
            QCOMPARE(fields->error()->code, QString::fromLatin1(Protocol::ErrorCode::InvalidValue));
            QCOMPARE(fields->error()->field, QStringLiteral("payload.s"));
        }
    }
}

void TestProtocol::firstErrorIsKept()
{
    Protocol::Fields fields(parseObject(R"({"count":"3","name":"Kim","flag":true,"obj":{"a":1}})"));
    QCOMPARE(fields.string(u"name"), QStringLiteral("Kim"));
    QVERIFY(!fields.error());
    QCOMPARE(fields.integer(u"count"), 0);         // the first problem
    QCOMPARE(fields.string(u"absent"), QString()); // a second one
    fields.invalid(u"name", QStringLiteral("a third"));
    // Later reads give defaults even for good fields, and nothing replaces the first error.
    QCOMPARE(fields.string(u"name"), QString());
    QCOMPARE(fields.boolean(u"flag"), false);
    QVERIFY(!fields.optionalBoolean(u"flag"));
    QCOMPARE(fields.object(u"obj"), QJsonObject());
    QVERIFY(fields.error());
    QCOMPARE(fields.error()->code, QString::fromLatin1(Protocol::ErrorCode::WrongFieldType));
    QCOMPARE(fields.error()->field, QStringLiteral("payload.count"));
    QVERIFY(fields.error()->message.contains(QLatin1String("a string")));
}

void TestProtocol::invalidNamesTheField()
{
    Protocol::Fields fields(parseObject(R"({"state":"sleeping"})"));
    QCOMPARE(fields.string(u"state"), QStringLiteral("sleeping"));
    fields.invalid(u"state", QStringLiteral("not an agent state"));
    QVERIFY(fields.error());
    QCOMPARE(fields.error()->code, QString::fromLatin1(Protocol::ErrorCode::InvalidValue));
    QCOMPARE(fields.error()->field, QStringLiteral("payload.state"));
    QVERIFY(fields.error()->message.contains(QLatin1String("not an agent state")));
}

void TestProtocol::optionalFieldsMayBeAbsentOrNull_data()
{
    QTest::addColumn<QString>("accessor");
    QTest::addColumn<QByteArray>("payload");
    for (const char *accessor : optionalAccessors) {
        QTest::addRow("%s absent", accessor) << QString::fromLatin1(accessor) << QByteArrayLiteral("{}");
        QTest::addRow("%s null", accessor)
            << QString::fromLatin1(accessor) << QByteArrayLiteral(R"({"x":null})");
    }
}

void TestProtocol::optionalFieldsMayBeAbsentOrNull()
{
    QFETCH(QString, accessor);
    QFETCH(QByteArray, payload);

    Protocol::Fields fields(parseObject(payload));
    QCOMPARE(readField(fields, accessor, u"x"), QByteArrayLiteral("absent"));
    QVERIFY(!fields.error());
}

void TestProtocol::nestedFieldsUseTheirPath()
{
    Protocol::Fields outer(parseObject(R"({"filter":{"queue":5}})"));
    Protocol::Fields inner(outer.object(u"filter"), QStringLiteral("payload.filter"));
    QCOMPARE(inner.string(u"queue"), QString());
    QVERIFY(!outer.error());
    QVERIFY(inner.error());
    QCOMPARE(inner.error()->field, QStringLiteral("payload.filter.queue"));
}

void TestProtocol::framesAreCompactJson_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("expected");

    const QJsonObject payload{{QStringLiteral("agentId"), QStringLiteral("a-1")},
                               {QStringLiteral("ready"), true}};
    const QString code = QString::fromLatin1(Protocol::ErrorCode::WrongFieldType);
    const QString message = QStringLiteral("payload.x is a string; it must be a whole number");

    QTest::newRow("result with payload")
        << Protocol::resultFrame(7, payload)
        << QByteArrayLiteral(
                                                R"({"type":"result","id":7,"payload":{"agentId":"a-1","ready":true}})");
    QTest::newRow("result with string id and no payload")
        << Protocol::resultFrame(QStringLiteral("req-1"))
                                 << QByteArrayLiteral(R"({"type":"result","id":"req-1","payload":{}})");
    QTest::newRow("result with null id") << Protocol::resultFrame(QJsonValue())
                                         << QByteArrayLiteral(R"({"type":"result","id":null,"payload":{}})");
    QTest::newRow("result with undefined id")
        << Protocol::resultFrame(QJsonValue(QJsonValue::Undefined))
        << QByteArrayLiteral(R"({"type":"result","id":null,"payload":{}})");
    QTest::newRow("error with field")
        << Protocol::errorFrame({code, message, QStringLiteral("payload.x"), 7}) << QByteArrayLiteral(R"({"type":"error","id":7,"error":{"code":"wrong-field-type",)"
                             R"("message":"payload.x is a string; it must be a whole number","field":"payload.x"}})");
    QTest::newRow("error without field") << Protocol::errorFrame(
        {QStringLiteral("unknown-type"), QStringLiteral("No such request"), {}, QStringLiteral("r")})
         << QByteArrayLiteral(
               R"({"type":"error","id":"r","error":{"code":"unknown-type","message":"No such request"}})");
    QTest::newRow("error with null id") << Protocol::errorFrame(
        {QStringLiteral("malformed-json"), QStringLiteral("Not JSON"), {}, QJsonValue()})
        << QByteArrayLiteral(R"({"type":"error","id":null,"error":{"code":"malformed-json","message":"Not JSON"}})");
    QTest::newRow("error with undefined id") << Protocol::errorFrame(
        {QStringLiteral("rate-limited"), QStringLiteral("Slow down"), {}, QJsonValue::Undefined})
        << QByteArrayLiteral(R"({"type":"error","id":null,"error":{"code":"rate-limited","message":"Slow down"}})");
    QTest::newRow("event with payload")
        << Protocol::eventFrame(QStringLiteral("agent.state"), payload) << QByteArrayLiteral(R"({"type":"event","event":"agent.state","payload":{"agentId":"a-1","ready":true}})");
    QTest::newRow("event without payload") << Protocol::eventFrame(
        QStringLiteral("queue.changed"))
        << QByteArrayLiteral(R"({"type":"event","event":"queue.changed","payload":{}})");
    QTest::newRow("Korean text") << Protocol::eventFrame(QStringLiteral("message"), {{QStringLiteral("text"), QStringLiteral("안녕하세요")}})
        << QByteArrayLiteral("{\"type\":\"event\",\"event\":\"message\",\"payload\":{\"text\":"
                                                      "\"\xec\x95\x88\xeb\x85\x95\xed\x95\x98\xec\x84\xb8\xec\x9a\x94\"}}");
}

void TestProtocol::framesAreCompactJson()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, expected);

    const QJsonObject expectedObject = parseObject(expected);
    QVERIFY(!expectedObject.contains(QLatin1String("not an object")));
    QCOMPARE(parseObject(frame), expectedObject);
    // Compact: no indentation or line breaks, key for key what the expected text holds.
    QCOMPARE(frame, QJsonDocument(expectedObject).toJson(QJsonDocument::Compact));
    QVERIFY(!frame.contains('\n'));
}

void TestProtocol::fieldsErrorAnswersTheRequest()
{
    Protocol::Fields fine(QJsonObject{{QStringLiteral("n"), 1}});
    QCOMPARE(fine.integer(u"n"), 1);
    QVERIFY(!fine.errorFor(QJsonValue(7)));

    Protocol::Fields wrong(QJsonObject{{QStringLiteral("n"), QStringLiteral("1")}});
    QCOMPARE(wrong.integer(u"n"), 0);
    const std::optional<Protocol::Error> error = wrong.errorFor(QJsonValue(7));
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("wrong-field-type"));
    QCOMPARE(error->field, QStringLiteral("payload.n"));
    QCOMPARE(error->id, QJsonValue(7));
    QVERIFY(wrong.error()->id.isNull() || wrong.error()->id.isUndefined()); // the kept error is unchanged
}

QTEST_APPLESS_MAIN(TestProtocol)

#include "tst_protocol.moc"

#pragma once

#include <QJsonValue>
#include <QString>

namespace ContactDesk {

// What a JSON value is, for error messages that say what was found where something else was
// expected: "null", "a boolean", "a number", "a string", "an array", "an object" or "nothing".
QString jsonTypeName(const QJsonValue &value);

} // namespace ContactDesk

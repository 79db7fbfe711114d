#pragma once

#include <QString>

namespace ContactDesk {

// Why an operation on a domain value was refused. `code` is stable (logs, protocol errors, tests);
// `message` is an English sentence for developers and logs. The UI maps codes to translated text.
struct DomainError
{
    QString code;
    QString message;
};

// "code: message", for logs and the messages of errors that wrap another.
inline QString describeError(const DomainError &error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

} // namespace ContactDesk

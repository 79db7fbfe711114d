#include "clicommand.h"

namespace ContactDesk::Cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("phone"),
         QStringLiteral("phone normalize NUMBER [--region CC] [--json]   parse, validate and format a phone number"),
         runPhoneCommand},
    };
    return list;
}

void printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace ContactDesk::Cli

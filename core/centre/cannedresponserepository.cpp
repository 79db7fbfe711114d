#include "cannedresponserepository.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

CannedResponseRepository::CannedResponseRepository(Database &database)
    : m_database(database)
{}

StoreResult<QList<CannedResponse>> CannedResponseRepository::list()
{
    auto found = m_database.execute(
        u"SELECT id, language, title, body, channels FROM canned_responses ORDER BY sort_order, id"_s);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<CannedResponse> responses;
    while (query->next()) {
        CannedResponse response;
        response.id = query->value(0).toString();
        response.language = query->value(1).toString();
        response.title = query->value(2).toString();
        response.body = query->value(3).toString();
        const QJsonArray channels = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).array();
        for (const QJsonValue &key : channels) {
            // A channel this build does not know is left out rather than widening the template.
            if (const auto channel = channelFromKey(key.toString()))
                response.channels.append(*channel);
        }
        responses.append(response);
    }
    query->finish();
    return responses;
}

} // namespace ContactDesk

#pragma once

// DeskDispatcher's request in flight, shared by the files that add its handlers
// (deskdispatcher.cpp for the desk, coachingdispatch.cpp for coaching). Private to core/net.

#include "backend/centrehost.h"
#include "backend/embeddedbackend.h"
#include "deskdispatcher.h"
#include "protocolcodec.h"
#include "store/interactionrepository.h"

#include <QJsonDocument>

namespace ContactDesk {

// One request on its way through a handler: typed reading of the payload, the permission
// check, and the reply encoded under a key of the result.
class DeskDispatcher::Call final
{
    Q_DISABLE_COPY_MOVE(Call)

public:
    Call(DeskClient &client, CentreHost &host, const Protocol::Request &request,
         const DeskResponder &responder)
        : client(client)
        , host(host)
        , m_request(request)
        , m_responder(responder)
    {}

    EmbeddedBackend &desk() { return *client.desk; }

    template <typename T>
    T required(QStringView key)
    {
        return read<T>(key, true, T{});
    }

    template <typename T>
    T optional(QStringView key, T fallback = T{})
    {
        return read<T>(key, false, std::move(fallback));
    }

    // A value that decoded but is not allowed here.
    void invalid(QStringView key, const QString &why)
    {
        if (!m_fieldError)
            m_fieldError = Protocol::Error{QString::fromLatin1(Protocol::ErrorCode::InvalidValue), why,
                                           QStringLiteral("payload.") + key, m_request.id};
    }

    // False (and the request answered) when a field was missing or wrong.
    bool fieldsOk()
    {
        if (!m_fieldError)
            return true;
        m_responder.error(*m_fieldError, true);
        return false;
    }

    // False (and the request refused) when the client's role may not.
    bool allow(Action action, const Resource &resource = {})
    {
        if (auto refusal = Permissions::check(client.principal, action, resource)) {
            fail(BackendError{refusal->code, refusal->message});
            return false;
        }
        return true;
    }

    // Whether the client serves the customer now (a contact of theirs is the customer's), or
    // found them by searching: what "own" means for customers.
    Resource customer(qint64 customerId)
    {
        bool serving = false;
        if (client.principal.agentId > 0 && customerId > 0) {
            for (const ContactSummary &contact : host.centre().contactsOf(client.principal.agentId))
                serving = serving || contact.customerId == customerId;
        }
        return Resource::customer(serving, client.foundCustomers.contains(customerId));
    }

    // The customer of an interaction, for the same rule; an interaction on the client's own desk
    // counts as served even before it has a customer.
    Resource ofInteraction(qint64 interactionId)
    {
        if (const auto live = host.centre().contact(interactionId);
            live && live->agentId == client.principal.agentId && client.principal.agentId > 0)
            return Resource::customer(true, false);
        auto interaction = host.interactions().findById(interactionId);
        if (!interaction)
            return Resource::customer(false, false);
        return customer(interaction->customerId);
    }

    // Whose a live contact is: another agent's contact is refused as such ("forbidden"), not
    // with what the centre would say of it. A contact that is no one's, or not live, is left to
    // the centre to refuse in its own words.
    Resource contactOwner(qint64 interactionId)
    {
        const auto live = host.centre().contact(interactionId);
        const bool someoneElses = live && live->agentId > 0 && live->agentId != client.principal.agentId
                                  && live->consultAgentId != client.principal.agentId;
        return Resource::ofAgent(someoneElses ? live->agentId : client.principal.agentId);
    }

    void fail(const BackendError &error)
    {
        m_responder.error(Protocol::Error{error.code, error.message, QString(), m_request.id}, false);
    }

    void succeed(const QJsonObject &payload = {}) { m_responder.result(payload); }

    // The reply of a desk request, answered with what `shape` makes of its value.
    template <typename T>
    DeskBackend::Reply<T> answerWith(std::function<QJsonObject(const T &)> shape)
    {
        return [responder = m_responder, id = m_request.id, shape](const BackendResult<T> &result) {
            if (!result.ok()) {
                responder.error(Protocol::Error{result.error().code, result.error().message, QString(), id},
                                false);
                return;
            }
            responder.result(shape(result.value()));
        };
    }

    // The reply of a desk request, answered as {key: value}.
    template <typename T>
    DeskBackend::Reply<T> answer(const QString &key)
    {
        return answerWith<T>([key](const T &value) { return QJsonObject{{key, Protocol::encode(value)}}; });
    }

    // The reply of a request whose payload is encoded JSON already.
    DeskBackend::Reply<QByteArray> answerEncoded()
    {
        return [responder = m_responder, id = m_request.id](const BackendResult<QByteArray> &result) {
            if (!result.ok()) {
                responder.error(Protocol::Error{result.error().code, result.error().message, QString(), id},
                                false);
                return;
            }
            if (responder.encodedResult)
                responder.encodedResult(result.value());
            else
                responder.result(QJsonDocument::fromJson(result.value()).object());
        };
    }

    // The reply of a command: an empty result.
    DeskBackend::Reply<bool> done()
    {
        return [responder = m_responder, id = m_request.id](const BackendResult<bool> &result) {
            if (!result.ok()) {
                responder.error(Protocol::Error{result.error().code, result.error().message, QString(), id},
                                false);
                return;
            }
            responder.result({});
        };
    }

    DeskClient &client;
    CentreHost &host;

private:
    template <typename T>
    T read(QStringView key, bool isRequired, T fallback)
    {
        if (m_fieldError)
            return fallback;
        const QString path = QStringLiteral("payload.") + key;
        const QJsonValue value = m_request.payload.value(key);
        if (value.isUndefined() || (!isRequired && value.isNull())) {
            if (isRequired)
                m_fieldError =
                    Protocol::Error{QString::fromLatin1(Protocol::ErrorCode::MissingField),
                                    QStringLiteral("%1 is required").arg(path), path, m_request.id};
            return fallback;
        }
        auto decoded = Protocol::decode<T>(value, path);
        if (auto *error = std::get_if<Protocol::Error>(&decoded)) {
            m_fieldError = *error;
            m_fieldError->id = m_request.id;
            return fallback;
        }
        return std::get<T>(std::move(decoded));
    }

    const Protocol::Request &m_request;
    DeskResponder m_responder;
    std::optional<Protocol::Error> m_fieldError;
};

} // namespace ContactDesk

#include "deferredbackend.h"

#include <QMetaObject>

namespace ContactDesk {

DeferredBackend::DeferredBackend(std::unique_ptr<DeskBackend> inner, QObject *parent)
    : DeskBackend(parent)
    , m_inner(std::move(inner))
{}

DeferredBackend::~DeferredBackend() = default;

template <typename T>
DeskBackend::Reply<T> DeferredBackend::later(Reply<T> reply)
{
    ++m_pending;
    return [this, reply = std::move(reply)](const BackendResult<T> &result) {
        QMetaObject::invokeMethod(
            this,
            [this, reply, result] {
                --m_pending;
                reply(result);
            },
            Qt::QueuedConnection);
    };
}

bool DeferredBackend::isEmbedded() const
{
    return false;
}

QString DeferredBackend::location() const
{
    return QStringLiteral("deferred:") + m_inner->location();
}

void DeferredBackend::searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply)
{
    m_inner->searchCustomers(text, limit, later(std::move(reply)));
}

void DeferredBackend::customer(qint64 customerId, Reply<Customer> reply)
{
    m_inner->customer(customerId, later(std::move(reply)));
}

void DeferredBackend::findCustomerByContact(ContactKind kind, const QString &value,
                                            Reply<std::optional<Customer>> reply)
{
    m_inner->findCustomerByContact(kind, value, later(std::move(reply)));
}

void DeferredBackend::timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                               int limit, Reply<TimelineItemPage> reply)
{
    m_inner->timeline(customerId, filter, cursor, limit, later(std::move(reply)));
}

void DeferredBackend::timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply)
{
    m_inner->timelineCount(customerId, filter, later(std::move(reply)));
}

void DeferredBackend::messages(qint64 interactionId, Reply<QList<Message>> reply)
{
    m_inner->messages(interactionId, later(std::move(reply)));
}

void DeferredBackend::openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply)
{
    m_inner->openWorkItems(customerId, later(std::move(reply)));
}

} // namespace ContactDesk

#pragma once

#include "backend/deskbackend.h"

#include <memory>

namespace ContactDesk {

// A DeskBackend whose answers arrive later, on a following turn of the event loop, the way a
// remote backend's do. It forwards every request to a real backend and holds the reply back, so
// that the same UI tests cover both ways an answer can come.
class DeferredBackend final : public DeskBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredBackend)

public:
    explicit DeferredBackend(std::unique_ptr<DeskBackend> inner, QObject *parent = nullptr);
    ~DeferredBackend() override;

    // Replies held back and not yet delivered: a test waits for 0 before it looks.
    int pendingReplies() const { return m_pending; }

    bool isEmbedded() const override;
    QString location() const override;
    void searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply) override;
    void customer(qint64 customerId, Reply<Customer> reply) override;
    void findCustomerByContact(ContactKind kind, const QString &value,
                               Reply<std::optional<Customer>> reply) override;
    void timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor, int limit,
                  Reply<TimelineItemPage> reply) override;
    void timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply) override;
    void messages(qint64 interactionId, Reply<QList<Message>> reply) override;
    void openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply) override;

private:
    template <typename T>
    Reply<T> later(Reply<T> reply);

    std::unique_ptr<DeskBackend> m_inner;
    int m_pending = 0;
};

} // namespace ContactDesk

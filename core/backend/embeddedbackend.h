#pragma once

#include "deskbackend.h"

#include <memory>

namespace ContactDesk {

class Database;
class CustomerRepository;
class InteractionRepository;
class MessageRepository;
class WorkItemRepository;

// The contact centre in this process: DeskBackend straight onto the store. Replies are delivered
// before the request returns (there is nothing to wait for), which the UI handles like any
// other reply.
class EmbeddedBackend final : public DeskBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBackend)

public:
    // Takes ownership of an open database.
    explicit EmbeddedBackend(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    Database &database() { return *m_database; }

    // Region assumed for phone numbers written without a country code (default KR).
    void setDefaultRegion(const QString &region) { m_defaultRegion = region; }
    QString defaultRegion() const { return m_defaultRegion; }

    bool isEmbedded() const override { return true; }
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
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<WorkItemRepository> m_workItems;
    QString m_defaultRegion = QStringLiteral("KR");
};

} // namespace ContactDesk

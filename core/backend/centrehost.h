#pragma once

#include "domain/domainerror.h"

#include <QString>

#include <memory>
#include <optional>

namespace ContactDesk {

class ContactCentre;
class CustomerRepository;
class Database;
class InteractionRepository;
class MessageRepository;
class OfferAdvisor;
class WallboardBuilder;
class WorkItemRepository;

// What every desk of one contact centre shares: the store, its repositories, the live centre,
// the wallboard builder and the offer engine. The embedded desktop has one host and one desk;
// contactdesk-server has one host and a desk (an EmbeddedBackend) per connection, so a request
// means the same on both.
class CentreHost final
{
    Q_DISABLE_COPY_MOVE(CentreHost)

public:
    // The database and the centre stay the caller's and must outlive the host. `centreError`:
    // why the centre is not running (the directory and timelines still work without it).
    CentreHost(Database &database, ContactCentre &centre,
               std::optional<DomainError> centreError = std::nullopt);
    ~CentreHost();

    Database &database() { return m_database; }
    ContactCentre &centre() { return m_centre; }
    const std::optional<DomainError> &centreError() const { return m_centreError; }

    CustomerRepository &customers() { return *m_customers; }
    InteractionRepository &interactions() { return *m_interactions; }
    MessageRepository &messages() { return *m_messages; }
    WorkItemRepository &workItems() { return *m_workItems; }
    // Null while the centre is not running.
    WallboardBuilder *wallboard() { return m_wallboard.get(); }

    // The offer engine, loaded on first use; null with the reason when it cannot load. A load
    // that failed (a busy or broken database) is tried again on the next call.
    OfferAdvisor *offers(DomainError &error);

    // Region assumed for phone numbers written without a country code (default KR).
    void setDefaultRegion(const QString &region);
    QString defaultRegion() const { return m_defaultRegion; }

private:
    Database &m_database;
    ContactCentre &m_centre;
    std::optional<DomainError> m_centreError;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<WorkItemRepository> m_workItems;
    std::unique_ptr<WallboardBuilder> m_wallboard;
    std::unique_ptr<OfferAdvisor> m_offers;
    QString m_defaultRegion = QStringLiteral("KR");
};

} // namespace ContactDesk

#include "centrehost.h"

#include "centre/contactcentre.h"
#include "centre/wallboardbuilder.h"
#include "offers/offeradvisor.h"
#include "store/customerrepository.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/workitemrepository.h"

namespace ContactDesk {

CentreHost::CentreHost(Database &database, ContactCentre &centre, std::optional<DomainError> centreError)
    : m_database(database)
    , m_centre(centre)
    , m_centreError(std::move(centreError))
    , m_customers(std::make_unique<CustomerRepository>(database))
    , m_interactions(std::make_unique<InteractionRepository>(database))
    , m_messages(std::make_unique<MessageRepository>(database))
    , m_workItems(std::make_unique<WorkItemRepository>(database))
{
    if (!m_centreError)
        m_wallboard = std::make_unique<WallboardBuilder>(centre);
}

CentreHost::~CentreHost() = default;

OfferAdvisor *CentreHost::offers(DomainError &error)
{
    if (!m_offers) {
        auto advisor = std::make_unique<OfferAdvisor>(m_database);
        if (auto loadError = advisor->load()) {
            error = *loadError;
            return nullptr;
        }
        m_offers = std::move(advisor);
    }
    return m_offers.get();
}

void CentreHost::setDefaultRegion(const QString &region)
{
    m_defaultRegion = region;
    m_centre.setDefaultRegion(region);
}

} // namespace ContactDesk

#pragma once

#include "../centre/centretestsupport.h"
#include "backend/centrehost.h"
#include "centre/contactcentre.h"
#include "net/protocolserver.h"
#include "routing/virtualclock.h"
#include "security/authenticator.h"
#include "store/database.h"

#include <memory>

namespace ContactDesk::NetTest {

// A live centre on a real SQLite file (CentreTest::Store) with three accounts — "kim" (agent,
// the store's human agent), "lee" (agent, the colleague) and "boss" (supervisor, no agent) —
// served by a ProtocolServer on a loopback port.
struct ServerFixture
{
    static QString password();

    CentreTest::Store store;
    std::unique_ptr<Database> database;
    VirtualClock clock{CentreTest::StartMs};
    std::unique_ptr<ContactCentre> centre;
    std::unique_ptr<CentreHost> host;
    std::unique_ptr<Authenticator> authenticator;
    std::unique_ptr<ProtocolServer> server;
    qint64 wallNowMs = CentreTest::StartMs;

    bool setUp(ProtocolServerOptions options = {});
    // A chat from the store's Korean customer to the sales queue; its interaction id, 0 on error.
    qint64 arriveChat();
};

} // namespace ContactDesk::NetTest

#include "servertestfixture.h"

#include "security/passwordhasher.h"
#include "security/userrepository.h"

#include <QHostAddress>

namespace ContactDesk::NetTest {

using namespace CentreTest;

QString ServerFixture::password()
{
    return QStringLiteral("a throwaway password");
}

bool ServerFixture::setUp(ProtocolServerOptions options)
{
    if (auto error = store.create()) {
        qWarning("%s", qPrintable(error->message));
        return false;
    }
    database = store.open();
    if (!database)
        return false;
    centre = std::make_unique<ContactCentre>(*database, clock);
    if (auto error = centre->start()) {
        qWarning("%s", qPrintable(error->message));
        return false;
    }
    UserRepository users(*database);
    const PasswordHasher hasher;
    const auto hash = hasher.hash(password());
    if (!hash)
        return false;
    for (auto [login, role, agentId] :
         {std::tuple{QStringLiteral("kim"), Role::Agent, store.humanId},
                     std::tuple{QStringLiteral("lee"), Role::Agent, store.colleagueId},
                                std::tuple{QStringLiteral("boss"), Role::Supervisor, qint64(0)}}) {
        User user;
        user.login = login;
        user.displayName = login;
        user.role = role;
        user.agentId = agentId;
        user.passwordHash = *hash;
        if (auto error = users.add(user)) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
    }
    authenticator = std::make_unique<Authenticator>(*database);
    host = std::make_unique<CentreHost>(*database, *centre);
    server = std::make_unique<ProtocolServer>(*host, *authenticator, options);
    server->setNow([this] { return wallNowMs; });
    return !server->listen(QHostAddress::LocalHost, 0);
}

qint64 ServerFixture::arriveChat()
{
    InboundContact contact;
    contact.channel = Channel::Chat;
    contact.queueId = QStringLiteral("sales");
    contact.from = store.koreanEmail;
    const ArrivalResult result = centre->contactArrived(contact);
    return result.error ? 0 : result.interactionId;
}

} // namespace ContactDesk::NetTest

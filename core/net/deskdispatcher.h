#pragma once

#include "protocol.h"
#include "security/permissions.h"
#include "wallboardupdates.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace ContactDesk {

class CentreHost;
class EmbeddedBackend;
class EmbeddedCoachingBackend;

// One client's side of the desk requests: the desk that acts for them, who they are, and the
// customers they found by searching (an agent may read those, and those they serve).
struct DeskClient
{
    EmbeddedBackend *desk = nullptr;
    // The coaching view's backend, working as the signed-in account (coaching requests).
    EmbeddedCoachingBackend *coaching = nullptr;
    Principal principal;
    QSet<qint64> foundCustomers;
    bool wallboardSubscribed = false;
};

// How a request ends: exactly one of the two is called, possibly after dispatch() returns.
// `protocolError`: the request itself was malformed (wrong fields), which counts against the
// connection's allowance; a refusal or a failure of a well-formed request does not.
struct DeskResponder
{
    std::function<void(const QJsonObject &payload)> result;
    // Optional: takes a result payload that is encoded already (compact JSON of an object). Without
    // it, such a payload is decoded and goes to `result`.
    std::function<void(const QByteArray &payloadJson)> encodedResult;
    std::function<void(const Protocol::Error &error, bool protocolError)> error;
};

// Protocol v1's desk requests (docs/PROTOCOL.md, "The desk" to "The wallboard"): each one's
// payload decoded with typed errors, the permission matrix checked for the client's role and
// the resource, then carried out by the client's desk — the same EmbeddedBackend the desktop
// runs in-process — and its answer encoded. Sign-in, resume and the handshake are the
// server's; everything a signed-in desk asks is here.
class DeskDispatcher final
{
    Q_DISABLE_COPY_MOVE(DeskDispatcher)

public:
    explicit DeskDispatcher(CentreHost &host);

    bool handles(const QString &type) const { return m_handlers.contains(type); }
    QStringList requestTypes() const { return m_handlers.keys(); }
    // `client.desk` must be set. Unknown types are the caller's to refuse (see handles()).
    void dispatch(DeskClient &client, const Protocol::Request &request, const DeskResponder &responder);

    // Something the wallboard shows may have changed: the next wallboard request takes a new
    // snapshot. Every desk request other than "wallboard" counts as such a change too.
    void wallboardChanged() { m_wallboard.valid = false; }

    class Call;

    // How long (on the centre's clock) one snapshot answers every supervisor who asks,
    // when nothing changed: the ages and waits in it move on with time alone.
    static constexpr qint64 WallboardReuseMs = 250;

private:
    using Handler = std::function<void(Call &)>;
    void add(const QString &type, Handler handler);
    // Protocol v1's coaching requests (coachingdispatch.cpp); they leave the wallboard cache be.
    void addCoachingRequests();

    CentreHost &m_host;
    QHash<QString, Handler> m_handlers;
    QSet<QString> m_coachingTypes;
    // The last wallboard as a revision: twenty supervisors asking after one notice cost one
    // snapshot, and each gets the rows that changed since the revision they have.
    struct WallboardCache
    {
        WallboardRevisions revisions;
        qint64 centreNowMs = 0;
        bool valid = false;
    } m_wallboard;
};

} // namespace ContactDesk

// A routing engine on a SQLite file, driven by commands on stdin, for tst_routingcrash: the test
// kills it with SIGKILL mid-stream and starts it again on the same file. Every answer is printed
// and flushed only after the engine returned, i.e. after the journal committed: an "accepted"
// line is an acknowledgement.
//
//   routingcrashhelper DATABASE START_MS
//   queue ID | agent ID SKILL | restore | ready AGENT | arrive QUEUE PRIORITY | accept AGENT
//   end CONTACT | advance MS | dump QUEUE | quit
#include "routing/routingengine.h"
#include "routing/sqlroutingjournal.h"
#include "routing/virtualclock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <string>

using namespace ContactDesk;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString joined(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: routingcrashhelper DATABASE START_MS\n", stderr);
        return 2;
    }
    Database database;
    if (const auto error = database.open(arguments.at(1))) {
        say(QStringLiteral("error %1 %2").arg(error->code, error->message));
        return 1;
    }
    VirtualClock clock(arguments.at(2).toLongLong());
    SqlRoutingJournal journal(database);
    RoutingEngine engine(clock, &journal);

    std::string text;
    while (std::getline(std::cin, text)) {
        const QStringList words = QString::fromStdString(text).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString &command = words.first();
        std::optional<DomainError> error;
        if (command == u"queue" && words.size() == 2) {
            RoutingQueueConfig config;
            config.queue.id = words.at(1);
            config.queue.name = words.at(1);
            config.queue.channels = {Channel::Voice};
            config.queue.requiredSkills = {SkillRequirement{words.at(1), 1}};
            error = engine.configureQueue(config);
        } else if (command == u"agent" && words.size() == 3) {
            Agent agent;
            agent.id = words.at(1).toLongLong();
            agent.login = QStringLiteral("agent%1").arg(agent.id);
            agent.displayName = agent.login;
            agent.capacity.maximum = {{Channel::Voice, 1}};
            agent.setSkill(words.at(2), 5);
            error = engine.configureAgent(agent);
        } else if (command == u"restore") {
            error = engine.restore();
            if (!error)
                say(QStringLiteral("restored %1").arg(engine.liveContactCount()));
        } else if (command == u"ready" && words.size() == 2) {
            error = engine.setAgentState(words.at(1).toLongLong(), AgentState::Ready);
        } else if (command == u"arrive" && words.size() == 3) {
            ContactRequest request;
            request.queueId = words.at(1);
            request.priority = words.at(2).toInt();
            const ArrivalResult result = engine.contactArrived(request);
            error = result.error;
            if (!error)
                say(QStringLiteral("accepted %1").arg(result.interactionId));
        } else if (command == u"accept" && words.size() == 2) {
            const qint64 agentId = words.at(1).toLongLong();
            const qint64 offered = engine.pendingOffer(agentId);
            error = engine.acceptOffer(agentId, offered);
            if (!error)
                say(QStringLiteral("connected %1 %2").arg(offered).arg(agentId));
        } else if (command == u"end" && words.size() == 2) {
            error = engine.endContact(words.at(1).toLongLong());
            if (!error)
                say(QStringLiteral("ended %1").arg(words.at(1)));
        } else if (command == u"advance" && words.size() == 2) {
            clock.advanceBy(words.at(1).toLongLong());
        } else if (command == u"dump" && words.size() == 2) {
            say(QStringLiteral("waiting %1").arg(joined(engine.waitingContacts(words.at(1)))));
            say(QStringLiteral("live %1").arg(joined(engine.liveContacts())));
            for (qint64 agentId = 1; agentId <= 10; ++agentId) {
                if (engine.agent(agentId)) {
                    say(QStringLiteral("agent %1 %2 offer %3 with %4")
                                           .arg(agentId)
                                           .arg(agentStateKey(engine.agent(agentId)->state))
                                           .arg(engine.pendingOffer(agentId))
                                           .arg(joined(engine.agentContacts(agentId))));
                }
            }
            const QStringList problems = engine.checkInvariants();
            say(QStringLiteral("invariants %1").arg(problems.isEmpty() ? QStringLiteral("ok")
                                                                       : problems.join(u"; ")));
        } else if (command == u"quit") {
            break;
        } else {
            error = DomainError{QStringLiteral("bad-command"), QString::fromStdString(text)};
        }
        if (error)
            say(QStringLiteral("error %1 %2").arg(error->code, error->message));
    }
    return 0;
}

#include "centre/contactcentre.h"
#include "centre/internalmessagerepository.h"
#include "centretestsupport.h"
#include "metrics/kpiengine.h"
#include "routing/sqlroutingjournal.h"
#include "routing/virtualclock.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/workitemrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;

namespace {

constexpr qint64 OfferTimeoutMs = 20 * SecondMs;

// A started centre on a fresh test store, with the durable routing journal unless told otherwise.
struct Fixture
{
    Store store;
    std::unique_ptr<Database> database;
    VirtualClock clock{StartMs};
    std::unique_ptr<ContactCentre> centre;

    bool setUp(bool durable = true, const CentreOptions &options = {})
    {
        if (auto error = store.create()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        database = store.open();
        if (!database)
            return false;
        return startCentre(durable, options);
    }

    bool startCentre(bool durable = true, const CentreOptions &options = {})
    {
        std::unique_ptr<RoutingJournal> journal;
        if (durable)
            journal = std::make_unique<SqlRoutingJournal>(*database);
        centre = std::make_unique<ContactCentre>(*database, clock, std::move(journal), options);
        if (auto error = centre->start()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        return true;
    }

    Interaction row(qint64 id) const
    {
        InteractionRepository interactions(*database);
        auto found = interactions.findById(id);
        if (!found)
            qWarning("interaction %lld: %s", id, qPrintable(found.error().message));
        return found ? *found : Interaction();
    }

    qint64 rowCount() const
    {
        auto query = database->execute(QStringLiteral("SELECT COUNT(*) FROM interactions"));
        if (!query)
            return -1;
        query.value()->next();
        const qint64 count = query.value()->value(0).toLongLong();
        query.value()->finish();
        return count;
    }

    ArrivalResult arrive(Channel channel, const QString &from,
                         const QString &queue = QStringLiteral("sales"), const QString &firstLine = QString())
    {
        InboundContact contact;
        contact.channel = channel;
        contact.queueId = queue;
        contact.from = from;
        contact.subject = QStringLiteral("Plan change");
        if (!firstLine.isEmpty()) {
            Message message;
            message.sender = SenderRole::Customer;
            message.body = firstLine;
            contact.openingMessages.append(message);
        }
        return centre->contactArrived(contact);
    }

    // Ready, offered a contact and accepted it: the contact in progress.
    qint64 connect(qint64 agentId, Channel channel, const QString &from)
    {
        if (centre->agentStatus(agentId).state != AgentState::Ready
            && centre->setAgentState(agentId, AgentState::Ready))
            return 0;
        const ArrivalResult arrival = arrive(channel, from);
        if (arrival.error || arrival.agentId != agentId
            || centre->acceptOffer(agentId, arrival.interactionId))
            return 0;
        return arrival.interactionId;
    }
};

ContactSummary lastSummary(const QSignalSpy &spy, qint64 interactionId)
{
    for (qsizetype i = spy.size() - 1; i >= 0; --i) {
        const auto summary = spy.at(i).at(0).value<ContactSummary>();
        if (summary.interactionId == interactionId)
            return summary;
    }
    return ContactSummary();
}

} // namespace

class TestContactCentre : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queuesBecomeRoutingPolicy();
    void arrivalIsOfferedToTheReadyAgent();
    void acceptedChatExchangesStoredMessages();
    void wrapUpClosesWithEverythingStored();
    void unknownDispositionIsRefusedAndChangesNothing();
    void rejectedOfferGoesBackInItsPlace();
    void missedOfferMakesTheAgentNotReady();
    void transferToQueueAndToAgent();
    void holdTimeIsAccounted();
    void recordingIsPausedOnlyOnOnesOwnCallInProgress();
    void consultThenTransfer();
    void consultThenConference();
    void consultCancelledAndRefused();
    void unknownCallerIsLinked();
    void internalMessagesReachColleaguesAndGroups();
    void csatAfterClose();
    void badArrivalsLeaveNoTrace();
    void restartResumesQueuedContacts();
    void restartWithoutJournalClosesWhatWasOpen();
};

void TestContactCentre::queuesBecomeRoutingPolicy()
{
    Queue queue;
    queue.id = QStringLiteral("sales");
    queue.name = QStringLiteral("Sales");
    queue.channels = {Channel::Voice};
    queue.requiredSkills = {SkillRequirement{QStringLiteral("sales"), 5}};
    CentreOptions options;
    options.escalationSeconds = 45;
    options.offerTimeoutSeconds = 15;
    const RoutingQueueConfig config = ContactCentre::routingConfigFor(queue, options);
    QCOMPARE(config.steps.size(), 2);
    QVERIFY(config.steps.at(0).requirements.isEmpty()); // the queue's own skills ...
    QCOMPARE(config.steps.at(0).timeoutSeconds, 45);    // ... for 45 s, then anyone
    QCOMPARE(config.steps.at(1).requirements,
             QList<SkillRequirement>({SkillRequirement{ContactCentre::AnyAgentSkill, 1}}));
    QCOMPARE(config.offerTimeoutSeconds, 15);
    QCOMPARE(config.afterCallWorkSeconds, -1);
    QVERIFY(!config.validate());

    options.escalationSeconds = 0;
    QVERIFY(ContactCentre::routingConfigFor(queue, options).steps.isEmpty());
}

void TestContactCentre::arrivalIsOfferedToTheReadyAgent()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    QSignalSpy agents(f.centre.get(), &ContactCentre::agentChanged);
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    QCOMPARE(agents.last().at(0).value<AgentStatus>().state, AgentState::Ready);

    f.clock.advanceBy(5 * SecondMs);
    // Written as the customer typed it: the centre finds her by her stored address.
    const ArrivalResult arrival = f.arrive(
        Channel::Chat, QStringLiteral(" Seoyeon.Park@Example.KR"),
                                      QStringLiteral("sales"), QStringLiteral("요금제를 바꾸고 싶어요."));
    QVERIFY(!arrival.error);
    QCOMPARE(arrival.outcome, ArrivalOutcome::Offered);
    QCOMPARE(arrival.agentId, f.store.humanId);

    const ContactSummary offer = lastSummary(changes, arrival.interactionId);
    QCOMPARE(offer.state, InteractionState::Offered);
    QCOMPARE(offer.agentId, f.store.humanId);
    QCOMPARE(offer.offerExpiresAtMs, StartMs + 5 * SecondMs + OfferTimeoutMs);
    QCOMPARE(offer.customerId, f.store.koreanCustomerId);
    QCOMPARE(offer.customerName, QStringLiteral("박서연"));
    QVERIFY(offer.vip);
    QCOMPARE(offer.from, f.store.koreanEmail);
    QCOMPARE(offer.queueName, QStringLiteral("Sales"));
    QCOMPARE(f.centre->contactsOf(f.store.humanId).size(), 1);

    // The engine routes it under the store's id, and the store already shows the offer.
    const Interaction stored = f.row(arrival.interactionId);
    QCOMPARE(stored.id, arrival.interactionId);
    QCOMPARE(stored.state(), InteractionState::Offered);
    QCOMPARE(stored.customerId, f.store.koreanCustomerId);
    QCOMPARE(stored.agentId, f.store.humanId);
    QCOMPARE(stored.times().createdMs, StartMs + 5 * SecondMs);
    QCOMPARE(stored.requiredSkills, QList<SkillRequirement>({SkillRequirement{QStringLiteral("korean"), 5}}));
    MessageRepository messages(*f.database);
    QCOMPARE(messages.forInteraction(arrival.interactionId)->size(), 1);
}

void TestContactCentre::acceptedChatExchangesStoredMessages()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    const ArrivalResult arrival =
        f.arrive(Channel::Chat, f.store.koreanEmail, QStringLiteral("sales"), QStringLiteral("안녕하세요"));
    QVERIFY(!arrival.error);
    // Nobody writes to a customer before accepting.
    QCOMPARE(
        f.centre->sendMessage(f.store.humanId, arrival.interactionId, {}, QStringLiteral("hi")).error().code,
                              QStringLiteral("not-connected"));

    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    QSignalSpy messages(f.centre.get(), &ContactCentre::messageAdded);
    QVERIFY(!f.centre->acceptOffer(f.store.humanId, arrival.interactionId));
    QCOMPARE(lastSummary(changes, arrival.interactionId).state, InteractionState::Connected);
    QCOMPARE(f.row(arrival.interactionId).state(), InteractionState::Connected);

    f.clock.advanceBy(3 * SecondMs);
    auto fromCustomer = f.centre->customerMessage(arrival.interactionId, {}, QStringLiteral("요금제 문의요"));
    QVERIFY(fromCustomer);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.last().at(0).value<Message>().sender, SenderRole::Customer);
    QCOMPARE(messages.last().at(0).value<Message>().senderName, QStringLiteral("박서연"));

    f.clock.advanceBy(4 * SecondMs);
    auto sent = f.centre->sendMessage(f.store.humanId, arrival.interactionId, {},
                                      QStringLiteral("네, 확인해 드릴게요."));
    QVERIFY(sent);
    QVERIFY(sent->id > fromCustomer->id);
    QCOMPARE(sent->senderName, QStringLiteral("김하늘"));
    QCOMPARE(sent->sentAtMs, StartMs + 7 * SecondMs);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(
        f.centre->sendMessage(f.store.humanId, arrival.interactionId, {}, QStringLiteral("  ")).error().code,
                              QStringLiteral("empty-message"));
    // Only the agent who has the contact writes in it.
    QCOMPARE(f.centre->sendMessage(f.store.colleagueId, arrival.interactionId, {},
                                   QStringLiteral("hi")).error().code,
                                   QStringLiteral("not-your-contact"));

    MessageRepository stored(*f.database);
    const QList<Message> transcript = *stored.forInteraction(arrival.interactionId);
    QCOMPARE(transcript.size(), 3);
    QCOMPARE(transcript.at(2).body, QStringLiteral("네, 확인해 드릴게요."));
    InteractionRepository interactions(*f.database);
    const auto timeline = interactions.timeline(f.store.koreanCustomerId, TimelineQuery());
    QVERIFY(timeline);
    QCOMPARE(timeline->entries.size(), 1);
    QCOMPARE(timeline->entries.first().messageCount, 3);
}

void TestContactCentre::wrapUpClosesWithEverythingStored()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    f.clock.advanceBy(90 * SecondMs);
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    QCOMPARE(lastSummary(changes, id).state, InteractionState::WrapUp);
    QCOMPARE(f.centre->agentStatus(f.store.humanId).state, AgentState::AfterCallWork);
    QCOMPARE(f.row(id).state(), InteractionState::WrapUp);

    // After-call work lasts until the agent finishes it.
    f.clock.advanceBy(600 * SecondMs);
    QCOMPARE(f.centre->contact(id)->state, InteractionState::WrapUp);

    WrapUp wrapUp;
    wrapUp.interactionId = id;
    wrapUp.dispositionCode = QStringLiteral("follow-up");
    wrapUp.notes = QStringLiteral("해지 방어 제안, 내일 다시 연락");
    wrapUp.resolved = false;
    WorkItem followUp;
    followUp.title = QStringLiteral("Call back about the offer");
    followUp.dueAtMs = StartMs + 2 * 86'400'000LL;
    wrapUp.followUp = followUp;
    QVERIFY(!f.centre->finishWrapUp(f.store.humanId, wrapUp));

    QCOMPARE(lastSummary(changes, id).state, InteractionState::Closed);
    QVERIFY(!f.centre->contact(id));
    QCOMPARE(f.centre->agentStatus(f.store.humanId).state, AgentState::Ready);
    const Interaction closed = f.row(id);
    QCOMPARE(closed.state(), InteractionState::Closed);
    QCOMPARE(closed.dispositionCode, QStringLiteral("follow-up"));
    QCOMPARE(closed.notes, wrapUp.notes);
    QCOMPARE(closed.resolved, false);
    QCOMPARE(closed.agentId, f.store.humanId);
    QCOMPARE(closed.talkMs(), 90 * SecondMs);
    QCOMPARE(closed.afterCallWorkMs(), 600 * SecondMs);
    WorkItemRepository workItems(*f.database);
    const QList<WorkItem> open = *workItems.openForCustomer(f.store.koreanCustomerId);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().title, followUp.title);
    QCOMPARE(open.first().sourceInteractionId, id);
    QCOMPARE(open.first().queueId, QStringLiteral("back-office"));
    QCOMPARE(open.first().dueAtMs, followUp.dueAtMs);
    QCOMPARE(open.first().createdAtMs, closed.times().closedMs);

    // A second wrap-up of the same contact is refused: it is over.
    QCOMPARE(f.centre->finishWrapUp(f.store.humanId, wrapUp)->code, QStringLiteral("unknown-contact"));
}

void TestContactCentre::unknownDispositionIsRefusedAndChangesNothing()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    WrapUp wrapUp;
    wrapUp.interactionId = id;
    wrapUp.dispositionCode = QStringLiteral("made-up");
    WorkItem followUp;
    followUp.title = QStringLiteral("Follow up");
    wrapUp.followUp = followUp;
    QCOMPARE(f.centre->finishWrapUp(f.store.humanId, wrapUp)->code, QStringLiteral("unknown-disposition"));
    wrapUp.dispositionCode = QStringLiteral("resolved");
    wrapUp.followUp->title = QStringLiteral("   ");
    QCOMPARE(f.centre->finishWrapUp(f.store.humanId, wrapUp)->code, QStringLiteral("missing-title"));

    QCOMPARE(f.centre->contact(id)->state, InteractionState::WrapUp);
    QCOMPARE(f.row(id).state(), InteractionState::WrapUp);
    QVERIFY(f.row(id).notes.isEmpty());
    WorkItemRepository workItems(*f.database);
    QVERIFY(workItems.openForCustomer(f.store.koreanCustomerId)->isEmpty());
}

void TestContactCentre::rejectedOfferGoesBackInItsPlace()
{
    Fixture f;
    QVERIFY(f.setUp());
    // Two callers wait while nobody is Ready: the first keeps the head of the line.
    const ArrivalResult first = f.arrive(Channel::Voice, f.store.koreanPhone);
    f.clock.advanceBy(2 * SecondMs);
    const ArrivalResult second = f.arrive(Channel::Voice, QStringLiteral("010-5555-0101"));
    QVERIFY(!first.error && !second.error);
    QCOMPARE(first.outcome, ArrivalOutcome::Queued);
    QCOMPARE(f.centre->engine().waitingContacts(QStringLiteral("sales")),
                                                QList<qint64>({first.interactionId, second.interactionId}));

    QSignalSpy withdrawn(f.centre.get(), &ContactCentre::offerWithdrawn);
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    QCOMPARE(f.centre->contact(first.interactionId)->agentId, f.store.humanId);
    QVERIFY(!f.centre->rejectOffer(f.store.humanId, first.interactionId));
    QCOMPARE(withdrawn.size(), 1);
    QCOMPARE(withdrawn.first().at(0).toLongLong(), first.interactionId);
    QCOMPARE(withdrawn.first().at(1).toLongLong(), f.store.humanId);
    QCOMPARE(withdrawn.first().at(2).toString(), QStringLiteral("rejected"));
    const AgentStatus human = f.centre->agentStatus(f.store.humanId);
    QCOMPARE(human.state, AgentState::NotReady);
    QCOMPARE(human.reasonCode, QStringLiteral("rejected"));
    QCOMPARE(f.centre->contact(first.interactionId)->state, InteractionState::Queued);
    QCOMPARE(f.centre->engine().waitingContacts(QStringLiteral("sales")),
                                                QList<qint64>({first.interactionId, second.interactionId}));
    QCOMPARE(f.row(first.interactionId).state(), InteractionState::Queued);

    // The next agent gets the contact that was rejected, not the one behind it.
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    const auto offered = f.centre->contact(first.interactionId);
    QCOMPARE(offered->state, InteractionState::Offered);
    QCOMPARE(offered->agentId, f.store.colleagueId);
    QCOMPARE(f.centre->contact(second.interactionId)->state, InteractionState::Queued);
}

void TestContactCentre::missedOfferMakesTheAgentNotReady()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    const ArrivalResult arrival = f.arrive(Channel::Voice, f.store.koreanPhone);
    QCOMPARE(arrival.agentId, f.store.humanId);
    QSignalSpy withdrawn(f.centre.get(), &ContactCentre::offerWithdrawn);
    f.clock.advanceBy(OfferTimeoutMs - 1);
    QCOMPARE(withdrawn.size(), 0);
    f.clock.advanceBy(1);
    QCOMPARE(withdrawn.size(), 1);
    QCOMPARE(withdrawn.first().at(2).toString(), QStringLiteral("missed"));
    const AgentStatus status = f.centre->agentStatus(f.store.humanId);
    QCOMPARE(status.state, AgentState::NotReady);
    QCOMPARE(status.reasonCode, QStringLiteral("missed"));
    QCOMPARE(status.sinceMs, StartMs + OfferTimeoutMs);
    QCOMPARE(f.centre->contact(arrival.interactionId)->state, InteractionState::Queued);
    QCOMPARE(f.centre->acceptOffer(f.store.humanId, arrival.interactionId)->code,
             QStringLiteral("not-offered"));
}

void TestContactCentre::transferToQueueAndToAgent()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    QCOMPARE(f.centre->transferToQueue(f.store.humanId, id, QStringLiteral("nowhere"))->code,
                                       QStringLiteral("unknown-queue"));
    // Billing has nobody Ready: the customer waits there, and leaves this agent.
    QVERIFY(!f.centre->transferToQueue(f.store.humanId, id, QStringLiteral("billing")));
    const ContactSummary queued = lastSummary(changes, id);
    QCOMPARE(queued.state, InteractionState::Queued);
    QCOMPARE(queued.queueId, QStringLiteral("billing"));
    QCOMPARE(queued.agentId, 0);
    QVERIFY(f.centre->contactsOf(f.store.humanId).isEmpty());
    QCOMPARE(f.row(id).queueId, QStringLiteral("billing"));
    // The colleague with billing skills takes it there.
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    QCOMPARE(f.centre->contact(id)->agentId, f.store.colleagueId);
    QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, id));

    // Straight to a named colleague: offered to them at once.
    const qint64 second = f.connect(f.store.humanId, Channel::Voice, QStringLiteral("010-5555-0102"));
    QVERIFY(second != 0);
    QCOMPARE(f.centre->transferToAgent(f.store.humanId, second, f.store.colleagueId)->code,
             QStringLiteral("agent-unavailable")); // on a call
    QVERIFY(!f.centre->setAgentState(f.store.englishAgentId, AgentState::Ready));
    QVERIFY(!f.centre->transferToAgent(f.store.humanId, second, f.store.englishAgentId));
    const ContactSummary offered = lastSummary(changes, second);
    QCOMPARE(offered.state, InteractionState::Offered);
    QCOMPARE(offered.agentId, f.store.englishAgentId);
    QVERIFY(f.centre->contactsOf(f.store.humanId).isEmpty());
    QVERIFY(!f.centre->acceptOffer(f.store.englishAgentId, second));
    QCOMPARE(f.row(second).agentId, f.store.englishAgentId);
    QCOMPARE(f.row(second).state(), InteractionState::Connected);
}

void TestContactCentre::holdTimeIsAccounted()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(!f.centre->hold(f.store.humanId, id));
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Held);
    QCOMPARE(f.row(id).times().heldSinceMs, StartMs + 5 * SecondMs);
    f.clock.advanceBy(30 * SecondMs);
    QVERIFY(!f.centre->resume(f.store.humanId, id));
    QCOMPARE(f.centre->resume(f.store.humanId, id)->code, QStringLiteral("not-held"));
    f.clock.advanceBy(10 * SecondMs);
    QVERIFY(!f.centre->setMuted(f.store.humanId, id, true));
    QVERIFY(f.centre->contact(id)->muted);
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    const Interaction row = f.row(id);
    QCOMPARE(row.times().totalHoldMs, 30 * SecondMs);
    QCOMPARE(row.times().heldSinceMs, 0);
    QCOMPARE(row.talkMs(), 15 * SecondMs);
    QCOMPARE(f.centre->setMuted(f.store.humanId, id, false)->code, QStringLiteral("not-a-call"));
}

void TestContactCentre::recordingIsPausedOnlyOnOnesOwnCallInProgress()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    const qint64 call = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(call != 0);
    // Nothing records in this centre yet: the agent is not told otherwise, and there is no pause.
    QCOMPARE(f.centre->contact(call)->recording, RecordingState::None);
    QCOMPARE(f.centre->setRecordingPaused(f.store.humanId, call, true)->code, QStringLiteral("not-recorded"));

    f.centre->setRecordingEnabled(true);
    QCOMPARE(lastSummary(changes, call).recording, RecordingState::On);
    QCOMPARE(f.centre->setRecordingPaused(f.store.colleagueId, call, true)->code,
             QStringLiteral("not-your-contact"));
    QCOMPARE(f.centre->contact(call)->recording, RecordingState::On);

    const qint64 answered = f.clock.nowMs();
    f.clock.advanceBy(10 * SecondMs);
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, call, true));
    QCOMPARE(lastSummary(changes, call).recording, RecordingState::Paused);
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, call, true)); // already: nothing changes
    // A hold does not end the pause: the card is still being keyed in.
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(!f.centre->hold(f.store.humanId, call));
    QCOMPARE(f.centre->contact(call)->recording, RecordingState::Paused);
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, call, false));
    QCOMPARE(lastSummary(changes, call).recording, RecordingState::On);
    QCOMPARE(f.centre->recordingPauses(call),
             QList<ClockSpan>({ClockSpan{answered + 10 * SecondMs, answered + 20 * SecondMs}}));
    QVERIFY(!f.centre->resume(f.store.humanId, call));

    // A pause still going on at the end of the call ends with it.
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, call, true));
    f.clock.advanceBy(3 * SecondMs);
    QVERIFY(!f.centre->endContact(f.store.humanId, call));
    QCOMPARE(lastSummary(changes, call).state, InteractionState::WrapUp);
    QCOMPARE(lastSummary(changes, call).recording, RecordingState::On);
    QCOMPARE(f.centre->recordingPauses(call),
             QList<ClockSpan>({ClockSpan{answered + 10 * SecondMs, answered + 20 * SecondMs},
                               ClockSpan{answered + 25 * SecondMs, answered + 28 * SecondMs}}));
    QCOMPARE(f.centre->setRecordingPaused(f.store.humanId, call, true)->code,
             QStringLiteral("not-connected"));
    WrapUp wrapUp;
    wrapUp.interactionId = call;
    wrapUp.dispositionCode = QStringLiteral("resolved");
    QVERIFY(!f.centre->finishWrapUp(f.store.humanId, wrapUp));
    QVERIFY(f.centre->recordingPauses(call).isEmpty()); // not live any more

    // A written conversation is recorded as its transcript, which has nothing to pause.
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::NotReady, QStringLiteral("break")));
    const qint64 chat = f.connect(f.store.colleagueId, Channel::Chat, f.store.koreanEmail);
    QVERIFY(chat != 0);
    QCOMPARE(f.centre->contact(chat)->recording, RecordingState::On);
    QCOMPARE(f.centre->setRecordingPaused(f.store.colleagueId, chat, true)->code,
             QStringLiteral("not-a-call"));

    // An offered call is not in progress yet.
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::NotReady, QStringLiteral("break")));
    QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
    const ArrivalResult offered = f.arrive(Channel::Voice, QStringLiteral("010-5555-0107"));
    QVERIFY(!offered.error);
    QCOMPARE(offered.agentId, f.store.humanId);
    QCOMPARE(f.centre->setRecordingPaused(f.store.humanId, offered.interactionId, true)->code,
             QStringLiteral("not-connected"));

    // Without a recorder again, every contact says so at once.
    f.centre->setRecordingEnabled(false);
    QCOMPARE(lastSummary(changes, chat).recording, RecordingState::None);
    QCOMPARE(lastSummary(changes, offered.interactionId).recording, RecordingState::None);
}

void TestContactCentre::consultThenTransfer()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    const qint64 queuedBefore = f.centre->kpi().overall(f.clock.nowMs()).counters.offered;

    QVERIFY(!f.centre->startConsult(f.store.humanId, id, f.store.colleagueId));
    ContactSummary customer = *f.centre->contact(id);
    QCOMPARE(customer.state, InteractionState::Held);
    QCOMPARE(customer.consult, ConsultStage::Ringing);
    QCOMPARE(customer.consultAgentId, f.store.colleagueId);
    QCOMPARE(customer.consultAgentName, QStringLiteral("이도윤"));
    const qint64 consultId = customer.consultInteractionId;
    const ContactSummary call = *f.centre->contact(consultId);
    QCOMPARE(call.direction, Direction::Internal);
    QCOMPARE(call.state, InteractionState::Offered);
    QCOMPARE(call.agentId, f.store.colleagueId);
    QCOMPARE(call.consultForInteractionId, id);
    QCOMPARE(call.customerId, f.store.koreanCustomerId);
    QCOMPARE(call.from, QStringLiteral("김하늘"));
    QCOMPARE(f.centre->completeConsultTransfer(f.store.humanId, id)->code,
             QStringLiteral("consult-not-answered"));
    QCOMPARE(f.centre->resume(f.store.humanId, id)->code, QStringLiteral("consult-in-progress"));

    f.clock.advanceBy(3 * SecondMs);
    QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, consultId));
    QCOMPARE(lastSummary(changes, id).consult, ConsultStage::Talking);

    f.clock.advanceBy(20 * SecondMs);
    QVERIFY(!f.centre->completeConsultTransfer(f.store.humanId, id));
    customer = *f.centre->contact(id);
    QCOMPARE(customer.state, InteractionState::Connected);
    QCOMPARE(customer.agentId, f.store.colleagueId);
    QCOMPARE(customer.consult, ConsultStage::None);
    QVERIFY(f.centre->contactsOf(f.store.humanId).isEmpty());
    QCOMPARE(f.centre->contactsOf(f.store.colleagueId).size(), 1);
    const Interaction consultRow = f.row(consultId);
    QCOMPARE(consultRow.state(), InteractionState::Closed);
    QCOMPARE(consultRow.direction, Direction::Internal);
    QCOMPARE(consultRow.talkMs(), 20 * SecondMs);
    const Interaction customerRow = f.row(id);
    QCOMPARE(customerRow.agentId, f.store.colleagueId);
    QCOMPARE(customerRow.times().totalHoldMs, 23 * SecondMs);
    // The colleague has all their skills back, and the consult was no customer contact.
    QCOMPARE(f.centre->kpi().overall(f.clock.nowMs()).counters.offered, queuedBefore);
    QVERIFY(f.centre->engine().checkInvariants().isEmpty());
    QCOMPARE(f.centre->kpi().rejectedEvents(), 0);
}

void TestContactCentre::consultThenConference()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    QVERIFY(!f.centre->startConsult(f.store.humanId, id, f.store.colleagueId));
    const qint64 consultId = f.centre->contact(id)->consultInteractionId;
    QCOMPARE(f.centre->conference(f.store.humanId, id)->code, QStringLiteral("consult-not-answered"));
    QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, consultId));
    QVERIFY(!f.centre->conference(f.store.humanId, id));
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Connected);
    QCOMPARE(f.centre->contact(id)->consult, ConsultStage::Conference);
    QCOMPARE(f.centre->contact(consultId)->state, InteractionState::Connected);

    // The agent who called leaves the conference: the customer stays with the colleague.
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    QCOMPARE(f.centre->contact(id)->agentId, f.store.colleagueId);
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Connected);
    QVERIFY(!f.centre->contact(consultId));
    QVERIFY(f.centre->contactsOf(f.store.humanId).isEmpty());

    // A second conference where the colleague hangs up first: the customer stays with the agent.
    QVERIFY(!f.centre->endContact(f.store.colleagueId, id));
    WrapUp done;
    done.interactionId = id;
    QVERIFY(!f.centre->finishWrapUp(f.store.colleagueId, done));
    const qint64 second = f.connect(f.store.humanId, Channel::Voice, QStringLiteral("010-5555-0103"));
    QVERIFY(second != 0);
    QVERIFY(!f.centre->startConsult(f.store.humanId, second, f.store.colleagueId));
    const qint64 secondConsult = f.centre->contact(second)->consultInteractionId;
    QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, secondConsult));
    QVERIFY(!f.centre->conference(f.store.humanId, second));
    QVERIFY(!f.centre->endContact(f.store.colleagueId, secondConsult));
    const ContactSummary after = *f.centre->contact(second);
    QCOMPARE(after.agentId, f.store.humanId);
    QCOMPARE(after.state, InteractionState::Connected);
    QCOMPARE(after.consult, ConsultStage::None);
    QVERIFY(f.centre->engine().checkInvariants().isEmpty());
}

void TestContactCentre::consultCancelledAndRefused()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    // A colleague who is not Ready cannot be consulted, and the customer is not put on hold.
    QCOMPARE(f.centre->startConsult(f.store.humanId, id, f.store.colleagueId)->code,
             QStringLiteral("agent-unavailable"));
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Connected);
    QCOMPARE(f.centre->startConsult(f.store.humanId, id, f.store.humanId)->code,
             QStringLiteral("same-agent"));

    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    QVERIFY(!f.centre->startConsult(f.store.humanId, id, f.store.colleagueId));
    const qint64 ringing = f.centre->contact(id)->consultInteractionId;
    QVERIFY(!f.centre->cancelConsult(f.store.humanId, id));
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Connected);
    QCOMPARE(f.centre->contact(id)->consult, ConsultStage::None);
    QCOMPARE(f.row(ringing).state(), InteractionState::Abandoned);
    QCOMPARE(f.centre->agentStatus(f.store.colleagueId).state, AgentState::Ready);

    // The colleague lets it ring out: the consult ends, the customer stays on hold with the agent.
    QVERIFY(!f.centre->startConsult(f.store.humanId, id, f.store.colleagueId));
    const qint64 missed = f.centre->contact(id)->consultInteractionId;
    f.clock.advanceBy(OfferTimeoutMs);
    QCOMPARE(f.row(missed).state(), InteractionState::Abandoned);
    QCOMPARE(f.centre->contact(id)->consult, ConsultStage::None);
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Held);
    QCOMPARE(f.centre->agentStatus(f.store.colleagueId).reasonCode, QStringLiteral("missed"));
    QVERIFY(!f.centre->resume(f.store.humanId, id));

    // Talking, then cancelled: the consult call closes and the customer is back.
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    QVERIFY(!f.centre->startConsult(f.store.humanId, id, f.store.colleagueId));
    const qint64 talking = f.centre->contact(id)->consultInteractionId;
    QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, talking));
    QVERIFY(!f.centre->cancelConsult(f.store.humanId, id));
    QCOMPARE(f.row(talking).state(), InteractionState::Closed);
    QCOMPARE(f.centre->contact(id)->state, InteractionState::Connected);
    QCOMPARE(f.centre->cancelConsult(f.store.humanId, id)->code, QStringLiteral("no-consult"));

    // Chats are consulted in the internal chat, not by putting the customer on hold.
    const ArrivalResult chat = f.arrive(Channel::Chat, f.store.koreanEmail);
    QVERIFY(!chat.error);
    QVERIFY(f.centre->engine().checkInvariants().isEmpty());
}

void TestContactCentre::unknownCallerIsLinked()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, QStringLiteral("010 9999 0000"));
    QVERIFY(id != 0);
    ContactSummary contact = *f.centre->contact(id);
    QCOMPARE(contact.customerId, 0);
    QCOMPARE(contact.from, QStringLiteral("+821099990000")); // stored E.164, ready to search
    QCOMPARE(f.row(id).customerId, 0);

    QCOMPARE(f.centre->linkCustomer(f.store.humanId, id, 999'999)->code, QStringLiteral("unknown-customer"));
    QVERIFY(!f.centre->linkCustomer(f.store.humanId, id, f.store.englishCustomerId));
    contact = lastSummary(changes, id);
    QCOMPARE(contact.customerId, f.store.englishCustomerId);
    QCOMPARE(contact.customerName, QStringLiteral("John Carter"));
    QCOMPARE(f.row(id).customerId, f.store.englishCustomerId);

    // Every later write keeps the link: the engine was told another customer (none).
    QVERIFY(!f.centre->hold(f.store.humanId, id));
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    WrapUp wrapUp;
    wrapUp.interactionId = id;
    wrapUp.dispositionCode = QStringLiteral("information");
    QVERIFY(!f.centre->finishWrapUp(f.store.humanId, wrapUp));
    QCOMPARE(f.row(id).customerId, f.store.englishCustomerId);
    QCOMPARE(f.row(id).state(), InteractionState::Closed);
}

void TestContactCentre::internalMessagesReachColleaguesAndGroups()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy added(f.centre.get(), &ContactCentre::internalMessageAdded);
    InternalMessage message;
    message.fromAgentId = f.store.humanId;
    message.toAgentId = f.store.colleagueId;
    message.body = QStringLiteral("  이 요금제 할인 가능할까요?  ");
    auto sent = f.centre->sendInternalMessage(message);
    QVERIFY(sent);
    QVERIFY(sent->id > 0);
    QCOMPARE(sent->body, QStringLiteral("이 요금제 할인 가능할까요?"));
    QCOMPARE(sent->fromName, QStringLiteral("김하늘"));
    QCOMPARE(sent->sentAtMs, StartMs);
    QCOMPARE(added.size(), 1);

    InternalMessage toGroup;
    toGroup.fromAgentId = f.store.humanId;
    toGroup.toGroup = QStringLiteral("billing");
    toGroup.body = QStringLiteral("Anyone free for a billing question?");
    QVERIFY(f.centre->sendInternalMessage(toGroup));
    toGroup.toGroup = QStringLiteral("astrology");
    QCOMPARE(f.centre->sendInternalMessage(toGroup).error().code, QStringLiteral("unknown-group"));
    toGroup.toGroup = QStringLiteral("billing");
    toGroup.toAgentId = f.store.colleagueId;
    QCOMPARE(f.centre->sendInternalMessage(toGroup).error().code, QStringLiteral("invalid-argument"));
    message.body = QStringLiteral("   ");
    QCOMPARE(f.centre->sendInternalMessage(message).error().code, QStringLiteral("empty-message"));
    message.body = QStringLiteral("about a contact");
    message.aboutInteractionId = 4242;
    QCOMPARE(f.centre->sendInternalMessage(message).error().code, QStringLiteral("unknown-contact"));
    QCOMPARE(added.size(), 2);

    InternalMessageRepository stored(*f.database);
    const auto forColleague = stored.recentFor(f.store.colleagueId, {QStringLiteral("billing")});
    QVERIFY(forColleague);
    QCOMPARE(forColleague->size(), 2);
    const auto forEnglish = stored.recentFor(f.store.englishAgentId, {QStringLiteral("english")});
    QVERIFY(forEnglish->isEmpty());
}

void TestContactCentre::csatAfterClose()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QCOMPARE(f.centre->recordCsat(id, 5)->code, QStringLiteral("not-closed"));
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    WrapUp wrapUp;
    wrapUp.interactionId = id;
    wrapUp.resolved = true;
    wrapUp.dispositionCode = QStringLiteral("resolved");
    QVERIFY(!f.centre->finishWrapUp(f.store.humanId, wrapUp));
    QCOMPARE(f.centre->recordCsat(id, 9)->code, QStringLiteral("invalid-csat"));
    QVERIFY(!f.centre->recordCsat(id, 4));
    QCOMPARE(f.row(id).csat(), std::optional<int>(4));
    QCOMPARE(f.row(id).resolved, true);
    QCOMPARE(f.centre->kpi().queue(QStringLiteral("sales"), f.clock.nowMs()).counters.csatResponses, 1);
}

void TestContactCentre::badArrivalsLeaveNoTrace()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 before = f.rowCount();
    QCOMPARE(f.arrive(Channel::Voice, f.store.koreanPhone, QStringLiteral("nowhere")).error->code,
                      QStringLiteral("unknown-queue"));
    QCOMPARE(f.arrive(Channel::Voice, f.store.koreanPhone, QStringLiteral("back-office")).error->code,
                      QStringLiteral("channel-not-served"));
    QCOMPARE(f.arrive(Channel::WorkItem, QString(), QStringLiteral("back-office")).error->code,
                      QStringLiteral("channel-not-served"));
    QCOMPARE(f.arrive(Channel::Voice, f.store.koreanPhone, ContactCentre::ConsultQueueId).error->code,
             QStringLiteral("unknown-queue"));
    InboundContact nobody;
    nobody.queueId = QStringLiteral("sales");
    nobody.customerId = 123'456;
    QCOMPARE(f.centre->contactArrived(nobody).error->code, QStringLiteral("unknown-customer"));
    InboundContact urgent;
    urgent.queueId = QStringLiteral("sales");
    urgent.priority = 101;
    QCOMPARE(f.centre->contactArrived(urgent).error->code, QStringLiteral("invalid-priority"));
    QCOMPARE(f.rowCount(), before);
    QVERIFY(f.centre->liveContactIds().isEmpty());

    // A good one after the bad ones is accepted as usual, and a message to it with no text is not.
    const ArrivalResult good = f.arrive(Channel::Sms, f.store.koreanPhone);
    QVERIFY(!good.error);
    QCOMPARE(f.rowCount(), before + 1);
    QCOMPARE(f.centre->customerMessage(good.interactionId, {}, QStringLiteral(" ")).error().code,
                                       QStringLiteral("empty-message"));
    QCOMPARE(f.centre->customerMessage(999'999, {}, QStringLiteral("hello")).error().code,
                                       QStringLiteral("unknown-contact"));
    QCOMPARE(f.centre->acceptOffer(424'242, good.interactionId)->code, QStringLiteral("unknown-agent"));
}

void TestContactCentre::restartResumesQueuedContacts()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 call = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(call != 0);
    f.clock.advanceBy(SecondMs);
    const ArrivalResult first =
        f.arrive(Channel::Chat, f.store.koreanEmail, QStringLiteral("sales"), QStringLiteral("첫 번째"));
    f.clock.advanceBy(SecondMs);
    const ArrivalResult second = f.arrive(Channel::Sms, QStringLiteral("010-5555-0199"));
    QVERIFY(!first.error && !second.error);
    QCOMPARE(first.outcome, ArrivalOutcome::Queued); // the agent is on a call
    QCOMPARE(second.outcome, ArrivalOutcome::Queued);
    QVERIFY(!f.centre->linkCustomer(f.store.humanId, call, f.store.koreanCustomerId));

    // The process ends; the same file is opened again a minute later.
    f.centre.reset();
    f.database.reset();
    f.clock.advanceBy(60 * SecondMs);
    f.database = f.store.open();
    QVERIFY(f.database);
    QVERIFY(f.startCentre());

    QCOMPARE(f.centre->engine().waitingContacts(QStringLiteral("sales")),
                                                QList<qint64>({first.interactionId, second.interactionId}));
    const auto resumed = f.centre->contact(first.interactionId);
    QVERIFY(resumed);
    QCOMPARE(resumed->customerId, f.store.koreanCustomerId);
    QCOMPARE(resumed->customerName, QStringLiteral("박서연"));
    QCOMPARE(resumed->from, f.store.koreanEmail);
    QCOMPARE(f.centre->contact(second.interactionId)->from, QStringLiteral("+821055550199"));
    const auto ongoing = f.centre->contact(call);
    QVERIFY(ongoing);
    QCOMPARE(ongoing->state, InteractionState::Connected);
    QCOMPARE(ongoing->agentId, f.store.humanId);
    QCOMPARE(ongoing->customerId, f.store.koreanCustomerId);
    QCOMPARE(f.centre->agentStatus(f.store.humanId).state, AgentState::Ready);

    // The call ends; the waiting chat is offered, first in line as before.
    QVERIFY(!f.centre->endContact(f.store.humanId, call));
    WrapUp wrapUp;
    wrapUp.interactionId = call;
    QVERIFY(!f.centre->finishWrapUp(f.store.humanId, wrapUp));
    QCOMPARE(f.centre->contact(first.interactionId)->state, InteractionState::Offered);
    QCOMPARE(f.centre->contact(first.interactionId)->agentId, f.store.humanId);
    QCOMPARE(f.row(call).customerId, f.store.koreanCustomerId);
    QVERIFY(f.centre->engine().checkInvariants().isEmpty());
}

void TestContactCentre::restartWithoutJournalClosesWhatWasOpen()
{
    Fixture f;
    QVERIFY(f.setUp(false));
    const qint64 call = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(call != 0);
    f.clock.advanceBy(10 * SecondMs);
    const ArrivalResult waiting = f.arrive(Channel::Chat, f.store.koreanEmail);
    QVERIFY(!waiting.error);

    f.centre.reset();
    f.clock.advanceBy(60 * SecondMs);
    QVERIFY(f.startCentre(false));
    // Nothing is live any more, and the store does not pretend otherwise.
    QVERIFY(f.centre->liveContactIds().isEmpty());
    const Interaction ended = f.row(call);
    QCOMPARE(ended.state(), InteractionState::Closed);
    QCOMPARE(ended.times().closedMs, StartMs + 70 * SecondMs);
    QCOMPARE(ended.times().wrapUpMs, StartMs + 70 * SecondMs);
    const Interaction left = f.row(waiting.interactionId);
    QCOMPARE(left.state(), InteractionState::Abandoned);
    QCOMPARE(left.times().abandonedMs, StartMs + 70 * SecondMs);
    InteractionRepository interactions(*f.database);
    QVERIFY(interactions.unfinished()->isEmpty());
    QCOMPARE(f.centre->agentStatus(f.store.humanId).state, AgentState::LoggedOut);
}

QTEST_GUILESS_MAIN(TestContactCentre)
#include "tst_contactcentre.moc"

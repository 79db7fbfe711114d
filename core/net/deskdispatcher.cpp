#include "deskdispatcher.h"

#include "deskdispatchercall.h"

namespace ContactDesk {

using Protocol::Request;

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

void DeskDispatcher::dispatch(DeskClient &client, const Request &request, const DeskResponder &responder)
{
    const auto handler = m_handlers.constFind(request.type);
    Q_ASSERT(handler != m_handlers.cend() && client.desk);
    if (request.type != u"wallboard" && !m_coachingTypes.contains(request.type))
        wallboardChanged();
    Call call(client, m_host, request, responder);
    (*handler)(call);
}

void DeskDispatcher::add(const QString &type, Handler handler)
{
    Q_ASSERT(!m_handlers.contains(type));
    m_handlers.insert(type, std::move(handler));
}

DeskDispatcher::DeskDispatcher(CentreHost &host)
    : m_host(host)
{
    // --- the customer directory ---------------------------------------------------------------
    add(key("search-customers"), [](Call &call) {
        const QString text = call.required<QString>(u"text");
        const int limit = call.optional<int>(u"limit", 50);
        if (!call.fieldsOk() || !call.allow(Action::SearchCustomers))
            return;
        auto reply = call.answer<QList<Customer>>(QStringLiteral("customers"));
        DeskClient *client = &call.client;
        call.desk().searchCustomers(text, limit,
                                    [client, reply](const BackendResult<QList<Customer>> &found) {
                                        if (found.ok()) {
                                            for (const Customer &customer : found.value())
                                                client->foundCustomers.insert(customer.id);
                                        }
                                        reply(found);
                                    });
    });
    add(key("find-customer-by-contact"), [](Call &call) {
        const ContactKind kind = call.required<ContactKind>(u"kind");
        const QString value = call.required<QString>(u"value");
        if (!call.fieldsOk() || !call.allow(Action::SearchCustomers))
            return;
        auto reply = call.answer<std::optional<Customer>>(QStringLiteral("customer"));
        DeskClient *client = &call.client;
        call.desk().findCustomerByContact(
            kind, value, [client, reply](const BackendResult<std::optional<Customer>> &found) {
                if (found.ok() && found.value())
                    client->foundCustomers.insert(found.value()->id);
                reply(found);
            });
    });
    add(key("customer"), [](Call &call) {
        const qint64 customerId = call.required<qint64>(u"customerId");
        if (!call.fieldsOk() || !call.allow(Action::ReadCustomer, call.customer(customerId)))
            return;
        call.desk().customer(customerId, call.answer<Customer>(QStringLiteral("customer")));
    });
    add(key("timeline"), [](Call &call) {
        const qint64 customerId = call.required<qint64>(u"customerId");
        const auto filter = call.optional<TimelineFilter>(u"filter");
        const auto cursor = call.optional<TimelineCursor>(u"cursor");
        const int limit = call.optional<int>(u"limit", 50);
        if (!call.fieldsOk() || !call.allow(Action::ReadCustomer, call.customer(customerId)))
            return;
        call.desk().timeline(customerId, filter, cursor, limit,
                             call.answer<TimelineItemPage>(QStringLiteral("page")));
    });
    add(key("timeline-count"), [](Call &call) {
        const qint64 customerId = call.required<qint64>(u"customerId");
        const auto filter = call.optional<TimelineFilter>(u"filter");
        if (!call.fieldsOk() || !call.allow(Action::ReadCustomer, call.customer(customerId)))
            return;
        call.desk().timelineCount(customerId, filter, call.answer<int>(QStringLiteral("count")));
    });
    add(key("messages"), [](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        if (!call.fieldsOk() || !call.allow(Action::ReadCustomer, call.ofInteraction(interactionId)))
            return;
        call.desk().messages(interactionId, call.answer<QList<Message>>(QStringLiteral("messages")));
    });
    add(key("open-work-items"), [](Call &call) {
        const qint64 customerId = call.required<qint64>(u"customerId");
        if (!call.fieldsOk() || !call.allow(Action::ReadCustomer, call.customer(customerId)))
            return;
        call.desk().openWorkItems(customerId, call.answer<QList<WorkItem>>(QStringLiteral("workItems")));
    });
    add(key("create-customer"), [](Call &call) {
        const Customer customer = call.required<Customer>(u"customer");
        if (!call.fieldsOk() || !call.allow(Action::CreateCustomer))
            return;
        auto reply = call.answer<Customer>(QStringLiteral("customer"));
        DeskClient *client = &call.client;
        call.desk().createCustomer(customer, [client, reply](const BackendResult<Customer> &created) {
            if (created.ok())
                client->foundCustomers.insert(created.value().id);
            reply(created);
        });
    });

    // --- the agent's own desk -----------------------------------------------------------------
    const auto own = [](Call &call, Action action) {
        return call.allow(action, Resource::ofAgent(call.client.principal.agentId));
    };
    add(key("set-state"), [own](Call &call) {
        const AgentState state = call.required<AgentState>(u"state");
        const QString reason = call.optional<QString>(u"reasonCode");
        if (!call.fieldsOk() || !own(call, Action::SetOwnState))
            return;
        // The answer carries the state as it is now, as the first published protocol did.
        CentreHost *host = &call.host;
        const qint64 agentId = call.client.principal.agentId;
        call.desk().setState(state, reason, call.answerWith<bool>([host, agentId](const bool &) {
            return QJsonObject{
                {QLatin1String("status"), Protocol::encode(host->centre().agentStatus(agentId))}};
        }));
    });
    add(key("my-contacts"), [own](Call &call) {
        if (!own(call, Action::ReadOwnContacts))
            return;
        call.desk().myContacts(call.answer<QList<ContactSummary>>(QStringLiteral("contacts")));
    });

    // Requests on one of the agent's contacts. The centre refuses a contact that is not theirs
    // ("forbidden"); the matrix decides whether the role may do this at all.
    using ContactCommand = void (EmbeddedBackend::*)(qint64, DeskBackend::Reply<bool>);
    const auto onContact = [this](const char *type, Action action, ContactCommand command) {
        add(key(type), [action, command](Call &call) {
            const qint64 interactionId = call.required<qint64>(u"interactionId");
            if (!call.fieldsOk() || !call.allow(action, call.contactOwner(interactionId)))
                return;
            (call.desk().*command)(interactionId, call.done());
        });
    };
    onContact("accept-offer", Action::AnswerOffer, &EmbeddedBackend::acceptOffer);
    onContact("reject-offer", Action::AnswerOffer, &EmbeddedBackend::rejectOffer);
    onContact("hold-contact", Action::ControlContact, &EmbeddedBackend::hold);
    onContact("resume-contact", Action::ControlContact, &EmbeddedBackend::resume);
    onContact("complete-consult-transfer", Action::TransferContact,
              &EmbeddedBackend::completeConsultTransfer);
    onContact("conference", Action::TransferContact, &EmbeddedBackend::conference);
    onContact("cancel-consult", Action::TransferContact, &EmbeddedBackend::cancelConsult);
    onContact("end-contact", Action::EndContact, &EmbeddedBackend::endContact);

    add(key("set-muted"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const bool muted = call.required<bool>(u"muted");
        if (!call.fieldsOk() || !call.allow(Action::ControlContact, call.contactOwner(interactionId)))
            return;
        call.desk().setMuted(interactionId, muted, call.done());
    });
    add(key("set-recording-paused"), [](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const bool paused = call.required<bool>(u"paused");
        if (!call.fieldsOk() || !call.allow(Action::ControlContact, call.contactOwner(interactionId)))
            return;
        call.desk().setRecordingPaused(interactionId, paused, call.done());
    });
    add(key("transfer-to-agent"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const qint64 agentId = call.required<qint64>(u"agentId");
        if (!call.fieldsOk() || !call.allow(Action::TransferContact, call.contactOwner(interactionId)))
            return;
        call.desk().transferToAgent(interactionId, agentId, call.done());
    });
    add(key("transfer-to-queue"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const QString queueId = call.required<QString>(u"queueId");
        if (!call.fieldsOk() || !call.allow(Action::TransferContact, call.contactOwner(interactionId)))
            return;
        call.desk().transferToQueue(interactionId, queueId, call.done());
    });
    add(key("start-consult"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const qint64 agentId = call.required<qint64>(u"agentId");
        if (!call.fieldsOk() || !call.allow(Action::TransferContact, call.contactOwner(interactionId)))
            return;
        call.desk().startConsult(interactionId, agentId, call.done());
    });
    add(key("finish-wrap-up"), [own](Call &call) {
        const WrapUp wrapUp = call.required<WrapUp>(u"wrapUp");
        if (!call.fieldsOk() || !call.allow(Action::WrapUpContact, call.contactOwner(wrapUp.interactionId)))
            return;
        call.desk().finishWrapUp(wrapUp, call.done());
    });
    add(key("send-message"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const QString subject = call.optional<QString>(u"subject");
        const QString body = call.required<QString>(u"body");
        if (!call.fieldsOk() || !call.allow(Action::SendContactMessage, call.contactOwner(interactionId)))
            return;
        call.desk().sendMessage(interactionId, subject, body,
                                call.answer<Message>(QStringLiteral("message")));
    });
    add(key("link-customer"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const qint64 customerId = call.required<qint64>(u"customerId");
        // Linking shows the agent the customer: only one they may read (found or served).
        if (!call.fieldsOk() || !call.allow(Action::LinkContactCustomer, call.contactOwner(interactionId))
            || !call.allow(Action::ReadCustomer, call.customer(customerId)))
            return;
        call.desk().linkCustomer(interactionId, customerId, call.done());
    });
    add(key("next-offers"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const QString language = call.optional<QString>(u"language", QStringLiteral("en"));
        const int limit = call.optional<int>(u"limit", 3);
        if (!call.fieldsOk() || !call.allow(Action::ReadNextOffers, call.contactOwner(interactionId)))
            return;
        call.desk().nextOffers(interactionId, language, limit,
                               call.answer<QList<NextOffer>>(QStringLiteral("offers")));
    });
    add(key("record-offer-outcome"), [own](Call &call) {
        const qint64 interactionId = call.required<qint64>(u"interactionId");
        const QString offerId = call.required<QString>(u"offerId");
        const QString outcome = call.required<QString>(u"outcome");
        if (!call.fieldsOk() || !call.allow(Action::RecordOfferOutcome, call.contactOwner(interactionId)))
            return;
        call.desk().recordOfferOutcome(interactionId, offerId, outcome, call.done());
    });
    add(key("send-internal-message"), [](Call &call) {
        const InternalMessage message = call.required<InternalMessage>(u"message");
        if (!call.fieldsOk() || !call.allow(Action::SendInternalMessage))
            return;
        call.desk().sendInternalMessage(message, call.answer<InternalMessage>(QStringLiteral("message")));
    });

    // --- reference lists ----------------------------------------------------------------------
    add(key("disposition-options"), [](Call &call) {
        if (call.allow(Action::ReadReferenceData))
            call.desk().dispositionOptions(call.answer<QList<DispositionOption>>(QStringLiteral("options")));
    });
    add(key("canned-responses"), [](Call &call) {
        if (call.allow(Action::ReadReferenceData))
            call.desk().cannedResponses(call.answer<QList<CannedResponse>>(QStringLiteral("responses")));
    });
    add(key("transfer-targets"), [](Call &call) {
        if (call.allow(Action::ReadReferenceData))
            call.desk().transferTargets(call.answer<QList<TransferTarget>>(QStringLiteral("targets")));
    });
    add(key("skill-catalogue"), [](Call &call) {
        if (call.allow(Action::ReadReferenceData))
            call.desk().skillCatalogue(call.answer<QList<Skill>>(QStringLiteral("skills")));
    });

    // --- the offer catalogue ------------------------------------------------------------------
    add(key("offer-catalogue"), [](Call &call) {
        if (call.allow(Action::ReadOfferCatalogue))
            call.desk().offerCatalogue(call.answer<QList<Offer>>(QStringLiteral("offers")));
    });
    add(key("offer-products"), [](Call &call) {
        if (call.allow(Action::ReadOfferCatalogue))
            call.desk().offerProducts(call.answer<QList<OfferProduct>>(QStringLiteral("products")));
    });
    add(key("save-offer"), [](Call &call) {
        const Offer offer = call.required<Offer>(u"offer");
        if (!call.fieldsOk() || !call.allow(Action::EditOfferCatalogue))
            return;
        call.desk().saveOffer(offer, call.done());
    });
    add(key("import-offer-catalogue"), [](Call &call) {
        const QByteArray json = call.required<QByteArray>(u"catalogue");
        if (!call.fieldsOk() || !call.allow(Action::EditOfferCatalogue))
            return;
        call.desk().importOfferCatalogue(json, call.answer<OfferImportSummary>(QStringLiteral("summary")));
    });
    add(key("offer-report"), [](Call &call) {
        const QString grouping = call.required<QString>(u"grouping");
        const qint64 fromMs = call.required<qint64>(u"fromMs");
        const qint64 toMs = call.required<qint64>(u"toMs");
        if (!call.fieldsOk() || !call.allow(Action::ReadOfferReports))
            return;
        call.desk().offerReport(grouping, fromMs, toMs,
                                call.answer<QList<OfferReportRow>>(QStringLiteral("rows")));
    });

    // --- the wallboard ------------------------------------------------------------------------
    add(key("wallboard"), [this](Call &call) {
        const QString since = call.optional<QString>(u"since", QString());
        if (!call.fieldsOk() || !call.allow(Action::ReadWallboard))
            return;
        const DeskBackend::Reply<QByteArray> reply = call.answerEncoded();
        const qint64 nowMs = m_host.centre().clock().nowMs();
        if (m_wallboard.valid && nowMs >= m_wallboard.centreNowMs
            && nowMs - m_wallboard.centreNowMs < WallboardReuseMs) {
            reply(m_wallboard.revisions.answer(since));
            return;
        }
        call.desk().wallboard([this, nowMs, since, reply](const BackendResult<WallboardSnapshot> &snapshot) {
            if (!snapshot.ok()) {
                reply(snapshot.error());
                return;
            }
            m_wallboard.revisions.update(snapshot.value());
            m_wallboard.centreNowMs = nowMs;
            m_wallboard.valid = true;
            reply(m_wallboard.revisions.answer(since));
        });
    });
    add(key("subscribe-wallboard"), [](Call &call) {
        const bool on = call.optional<bool>(u"on", true);
        if (!call.fieldsOk() || (on && !call.allow(Action::SubscribeWallboard)))
            return;
        call.client.wallboardSubscribed = on;
        call.succeed();
    });
    add(key("wallboard-intraday"), [](Call &call) {
        const QStringList queueIds = call.optional<QStringList>(u"queueIds");
        if (!call.fieldsOk() || !call.allow(Action::ReadWallboard))
            return;
        call.desk().wallboardIntraday(queueIds, call.answer<WallboardIntraday>(QStringLiteral("intraday")));
    });
    add(key("wallboard-trend"), [](Call &call) {
        const QStringList queueIds = call.optional<QStringList>(u"queueIds");
        const int days = call.required<int>(u"days");
        if (!call.fieldsOk() || !call.allow(Action::ReadWallboard))
            return;
        call.desk().wallboardTrend(queueIds, days,
                                   call.answer<QList<WallboardDayTotal>>(QStringLiteral("days")));
    });
    add(key("wallboard-drill-down"), [](Call &call) {
        const WallboardDrillDown request = call.required<WallboardDrillDown>(u"request");
        if (!call.fieldsOk() || !call.allow(Action::ReadWallboard))
            return;
        call.desk().wallboardDrillDown(request,
                                       call.answer<QList<WallboardContact>>(QStringLiteral("contacts")));
    });
    add(key("wallboard-layout"), [](Call &call) {
        if (call.allow(Action::ReadWallboard))
            call.desk().wallboardLayout(call.answer<QByteArray>(QStringLiteral("layout")));
    });
    add(key("save-wallboard-layout"), [](Call &call) {
        const QByteArray layout = call.required<QByteArray>(u"layout");
        if (!call.fieldsOk() || !call.allow(Action::EditWallboardLayout))
            return;
        call.desk().saveWallboardLayout(layout, call.done());
    });

    // --- supervisor actions on an agent -------------------------------------------------------
    add(key("set-agent-state"), [](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        const AgentState state = call.required<AgentState>(u"state");
        const QString reason = call.optional<QString>(u"reasonCode");
        if (!call.fieldsOk() || !call.allow(Action::SetAgentState))
            return;
        call.desk().setAgentStateFor(agentId, state, reason, call.done());
    });
    add(key("set-agent-skill"), [](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        const QString skillId = call.required<QString>(u"skillId");
        const int level = call.required<int>(u"level");
        if (!call.fieldsOk() || !call.allow(Action::ChangeAgentSkills))
            return;
        call.desk().setAgentSkill(agentId, skillId, level, call.done());
    });
    add(key("message-agent"), [](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        const QString body = call.required<QString>(u"body");
        if (!call.fieldsOk() || !call.allow(Action::MessageAgent))
            return;
        call.desk().messageAgent(agentId, body, call.done());
    });
    add(key("supervise-call"), [](Call &call) {
        const qint64 agentId = call.required<qint64>(u"agentId");
        const SupervisionMode mode = call.required<SupervisionMode>(u"mode");
        if (!call.fieldsOk())
            return;
        const Action action = mode == SupervisionMode::Whisper ? Action::WhisperCall
                              : mode == SupervisionMode::Barge ? Action::BargeCall
                                                               : Action::MonitorCall;
        if (call.allow(action))
            call.desk().superviseCall(agentId, mode, call.done());
    });

    addCoachingRequests();
}

} // namespace ContactDesk

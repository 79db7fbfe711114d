#include "routingjournalcodec.h"

#include <QJsonArray>

#include <cmath>

namespace ContactDesk {

namespace {

// Reads fields from one record and remembers the first problem.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const char *what)
        : m_object(object)
        , m_what(QString::fromLatin1(what))
    {}

    qint64 integer(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number)) {
            fail(key, QStringLiteral("a whole number"));
            return 0;
        }
        return qint64(number);
    }
    bool boolean(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isBool())
            fail(key, QStringLiteral("true or false"));
        return value.toBool();
    }
    QString string(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isString())
            fail(key, QStringLiteral("text"));
        return value.toString();
    }
    template <typename T>
    T key(const char *field, std::optional<T> (*parse)(QStringView))
    {
        const QString text = string(field);
        const std::optional<T> parsed = parse(text);
        if (!parsed) {
            fail(field, QStringLiteral("a known key, not '%1'").arg(text));
            return T{};
        }
        return *parsed;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray())
            fail(key, QStringLiteral("a list"));
        return value.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject())
            fail(key, QStringLiteral("an object"));
        return value.toObject();
    }
    QJsonValue raw(const char *key) const { return m_object.value(QLatin1String(key)); }

    void fail(const char *key, const QString &expected)
    {
        if (!m_error) {
            m_error = DomainError{QStringLiteral("journal-damaged"),
                QStringLiteral("A routing journal %1 record has no valid '%2' (expected %3)") .arg(
                    m_what, QString::fromLatin1(key), expected)};
        }
    }
    const std::optional<DomainError> &error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_what;
    std::optional<DomainError> m_error;
};

} // namespace

QJsonObject RoutingJournalCodec::toJson(const RoutedContact &contact)
{
    const Interaction &interaction = contact.interaction;
    const InteractionTimes &times = interaction.times();
    QJsonArray skills;
    for (const SkillRequirement &requirement : interaction.requiredSkills) {
        skills.append(QJsonObject{{QStringLiteral("skill"), requirement.skill},
                                   {QStringLiteral("level"), requirement.minimumLevel}});
    }
    return QJsonObject{
        {QStringLiteral("id"), interaction.id},
         {QStringLiteral("channel"), channelKey(interaction.channel)},
          {QStringLiteral("direction"), directionKey(interaction.direction)},
           {QStringLiteral("customer"), interaction.customerId},
            {QStringLiteral("queue"), interaction.queueId},
             {QStringLiteral("skills"), skills},
              {QStringLiteral("priority"), interaction.priority},
               {QStringLiteral("agent"), interaction.agentId},
                {QStringLiteral("subject"), interaction.subject},
                 {QStringLiteral("external_ref"), interaction.externalRef},
                  {QStringLiteral("disposition"), interaction.dispositionCode},
                   {QStringLiteral("notes"), interaction.notes},
                    {QStringLiteral("resolved"), interaction.resolved},
                     {QStringLiteral("state"), interactionStateKey(interaction.state())},
                      {QStringLiteral("csat"),
                                      interaction.csat() ? QJsonValue(*interaction.csat()) : QJsonValue()},
                       {QStringLiteral("times"),
                           QJsonObject{
                               {QStringLiteral("created"), times.createdMs},
                                {QStringLiteral("queued"), times.queuedMs},
                                 {QStringLiteral("offered"), times.offeredMs},
                                  {QStringLiteral("connected"), times.connectedMs},
                                   {QStringLiteral("wrap_up"), times.wrapUpMs},
                                    {QStringLiteral("closed"), times.closedMs},
                                     {QStringLiteral("abandoned"), times.abandonedMs},
                                      {QStringLiteral("callback_requested"), times.callbackRequestedMs},
                                       {QStringLiteral("held_since"), times.heldSinceMs},
                                        {QStringLiteral("total_hold"), times.totalHoldMs}}},
                                     {QStringLiteral("routing_priority"), contact.routingPriority},
                                      {QStringLiteral("vip"), contact.vip},
                                       {QStringLiteral("callback"), contact.callback},
                                        {QStringLiteral("reported_waiting"), contact.reportedWaiting},
                                         {QStringLiteral("place_ms"), contact.placeMs},
                                          {QStringLiteral("place_sequence"), contact.placeSequence},
                                           {QStringLiteral("step"), contact.step},
                                            {QStringLiteral("step_since_ms"), contact.stepSinceMs},
                                             {QStringLiteral("affinity_agent"), contact.affinityAgentId},
                                              {QStringLiteral("affinity_until_ms"), contact.affinityUntilMs},
                                               {QStringLiteral("offered_agent"), contact.offeredAgentId},
                                                {QStringLiteral("offer_expires_ms"), contact.offerExpiresMs},
                                                 {QStringLiteral("work_item"), contact.workItemId},
                                                  {QStringLiteral("due_ms"), contact.dueAtMs},
                                                   {QStringLiteral("campaign"), contact.campaignId},
                                                    {QStringLiteral("segment_start_ms"),
                                                                    contact.segmentStartMs},
                                                     {QStringLiteral("segment_hold_ms"),
                                                                     contact.segmentHoldMs},
                                                      {QStringLiteral("prior_talk_ms"), contact.priorTalkMs},
                                                       {QStringLiteral("prior_hold_ms"), contact.priorHoldMs},
                                                      };
}

std::variant<RoutedContact, DomainError> RoutingJournalCodec::contactFromJson(const QJsonObject &object)
{
    FieldReader read(object, "contact");
    RoutedContact contact;
    Interaction &interaction = contact.interaction;
    interaction.id = read.integer("id");
    interaction.channel = read.key<Channel>("channel", &channelFromKey);
    interaction.direction = read.key<Direction>("direction", &directionFromKey);
    interaction.customerId = read.integer("customer");
    interaction.queueId = read.string("queue");
    for (const QJsonValue &entry : read.array("skills")) {
        FieldReader skill(entry.toObject(), "required skill");
        interaction.requiredSkills.append(
            SkillRequirement{skill.string("skill"), int(skill.integer("level"))});
        if (skill.error())
            return *skill.error();
    }
    interaction.priority = int(read.integer("priority"));
    interaction.agentId = read.integer("agent");
    interaction.subject = read.string("subject");
    interaction.externalRef = read.string("external_ref");
    interaction.dispositionCode = read.string("disposition");
    interaction.notes = read.string("notes");
    interaction.resolved = read.boolean("resolved");
    const InteractionState state = read.key<InteractionState>("state", &interactionStateFromKey);
    std::optional<int> csat;
    if (!read.raw("csat").isNull())
        csat = int(read.integer("csat"));
    FieldReader time(read.object("times"), "contact times");
    InteractionTimes times;
    times.createdMs = time.integer("created");
    times.queuedMs = time.integer("queued");
    times.offeredMs = time.integer("offered");
    times.connectedMs = time.integer("connected");
    times.wrapUpMs = time.integer("wrap_up");
    times.closedMs = time.integer("closed");
    times.abandonedMs = time.integer("abandoned");
    times.callbackRequestedMs = time.integer("callback_requested");
    times.heldSinceMs = time.integer("held_since");
    times.totalHoldMs = time.integer("total_hold");
    interaction.restore(state, times, csat);

    contact.routingPriority = int(read.integer("routing_priority"));
    contact.vip = read.boolean("vip");
    contact.callback = read.boolean("callback");
    contact.reportedWaiting = read.boolean("reported_waiting");
    contact.placeMs = read.integer("place_ms");
    contact.placeSequence = read.integer("place_sequence");
    contact.step = int(read.integer("step"));
    contact.stepSinceMs = read.integer("step_since_ms");
    contact.affinityAgentId = read.integer("affinity_agent");
    contact.affinityUntilMs = read.integer("affinity_until_ms");
    contact.offeredAgentId = read.integer("offered_agent");
    contact.offerExpiresMs = read.integer("offer_expires_ms");
    contact.workItemId = read.integer("work_item");
    contact.dueAtMs = read.integer("due_ms");
    contact.campaignId = read.string("campaign");
    contact.segmentStartMs = read.integer("segment_start_ms");
    contact.segmentHoldMs = read.integer("segment_hold_ms");
    contact.priorTalkMs = read.integer("prior_talk_ms");
    contact.priorHoldMs = read.integer("prior_hold_ms");
    if (read.error())
        return *read.error();
    if (time.error())
        return *time.error();
    if (interaction.id <= 0 || contact.step < 0)
        return DomainError{
            QStringLiteral("journal-damaged"),
                           QStringLiteral("A routing journal contact record has an impossible id or step")};
    return contact;
}

QJsonObject RoutingJournalCodec::toJson(const RoutedAgent &agent)
{
    return QJsonObject{
        {QStringLiteral("agent"), agent.agentId},
         {QStringLiteral("state"), agentStateKey(agent.state)},
          {QStringLiteral("reason"), agent.reasonCode},
           {QStringLiteral("since_ms"), agent.stateSinceMs},
            {QStringLiteral("idle_since_ms"), agent.idleSinceMs},
             {QStringLiteral("day_start_ms"), agent.dayStartMs},
              {QStringLiteral("contacts_today"), agent.contactsToday},
               {QStringLiteral("busy_ms"), agent.busyMsToday},
                {QStringLiteral("staffed_ms"), agent.staffedMsToday},
                 {QStringLiteral("accounted_until_ms"), agent.accountedUntilMs},
                };
}

std::variant<RoutedAgent, DomainError> RoutingJournalCodec::agentFromJson(const QJsonObject &object)
{
    FieldReader read(object, "agent");
    RoutedAgent agent;
    agent.agentId = read.integer("agent");
    agent.state = read.key<AgentState>("state", &agentStateFromKey);
    agent.reasonCode = read.string("reason");
    agent.stateSinceMs = read.integer("since_ms");
    agent.idleSinceMs = read.integer("idle_since_ms");
    agent.dayStartMs = read.integer("day_start_ms");
    agent.contactsToday = int(read.integer("contacts_today"));
    agent.busyMsToday = read.integer("busy_ms");
    agent.staffedMsToday = read.integer("staffed_ms");
    agent.accountedUntilMs = read.integer("accounted_until_ms");
    if (read.error())
        return *read.error();
    return agent;
}

QJsonObject RoutingJournalCodec::toJson(const OutboundCampaign &campaign)
{
    QJsonArray customers;
    for (qint64 customer : campaign.customerIds)
        customers.append(customer);
    return QJsonObject{
        {QStringLiteral("id"), campaign.id}, {QStringLiteral("queue"), campaign.queueId},
                                              {QStringLiteral("channel"), channelKey(campaign.channel)},
                                               {QStringLiteral("priority"), campaign.priority},
                                                {QStringLiteral("customers"), customers},
                                                 {QStringLiteral("next"), campaign.nextIndex},
                                                };
}

std::variant<OutboundCampaign, DomainError> RoutingJournalCodec::campaignFromJson(const QJsonObject &object)
{
    FieldReader read(object, "campaign");
    OutboundCampaign campaign;
    campaign.id = read.string("id");
    campaign.queueId = read.string("queue");
    campaign.channel = read.key<Channel>("channel", &channelFromKey);
    campaign.priority = int(read.integer("priority"));
    for (const QJsonValue &customer : read.array("customers")) {
        if (!customer.isDouble())
            read.fail("customers", QStringLiteral("a list of customer ids"));
        campaign.customerIds.append(qint64(customer.toDouble()));
    }
    campaign.nextIndex = read.integer("next");
    if (read.error())
        return *read.error();
    if (campaign.nextIndex < 0 || campaign.nextIndex > campaign.customerIds.size())
        return DomainError{QStringLiteral("journal-damaged"),
            QStringLiteral("Campaign '%1' in the routing journal is past its list").arg(campaign.id)};
    return campaign;
}

} // namespace ContactDesk

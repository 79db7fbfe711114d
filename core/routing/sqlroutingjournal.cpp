#include "sqlroutingjournal.h"

#include "routingjournalcodec.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ContactDesk {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Runs one statement whose rows nobody reads.
std::optional<DomainError> run(Database &database, const QString &sql, const QVariantList &bindings)
{
    StoreResult<QSqlQuery *> query = database.execute(sql, bindings);
    if (!query)
        return query.error();
    query.value()->finish();
    return std::nullopt;
}

std::optional<QJsonObject> parseRecord(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

DomainError damaged(const QString &what)
{
    return DomainError{QStringLiteral("journal-damaged"),
                                      QStringLiteral("The routing journal has %1").arg(what)};
}

} // namespace

SqlRoutingJournal::SqlRoutingJournal(Database &database)
    : m_database(database)
{}

std::optional<DomainError> SqlRoutingJournal::write(const JournalBatch &batch)
{
    return m_database.transaction([&]() -> std::optional<DomainError> {
        for (const RoutedContact *contact : batch.contacts) {
            std::optional<DomainError> error;
            if (contact->interaction.isTerminal()) {
                error = run(m_database, QStringLiteral("DELETE FROM routing_contacts WHERE id = ?"),
                                                       {contact->interaction.id});
            } else {
                error =
                    run(m_database,
                        QStringLiteral("INSERT INTO routing_contacts (id, queue_id, state, record) VALUES (?, ?, ?, ?)"
                                           " ON CONFLICT (id) DO UPDATE SET queue_id = excluded.queue_id,"
                                           " state = excluded.state, record = excluded.record"),
                            {contact->interaction.id, contact->interaction.queueId,
                             interactionStateKey(contact->interaction.state()),
                             compact(RoutingJournalCodec::toJson(*contact))});
            }
            if (error)
                return error;
        }
        for (const RoutedAgent *agent : batch.agents) {
            if (auto error =
                    run(m_database,
                        QStringLiteral("INSERT INTO routing_agents (agent_id, record) VALUES (?, ?)"
                                                " ON CONFLICT (agent_id) DO UPDATE SET record = excluded.record"),
                                       {agent->agentId, compact(RoutingJournalCodec::toJson(*agent))}))
                return error;
        }
        for (const AffinityEntry &entry : batch.affinity) {
            if (auto error =
                    run(m_database,
                        QStringLiteral("INSERT INTO routing_affinity (customer_id, agent_id, served_ms)"
                                                " VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET"
                                                " agent_id = excluded.agent_id, served_ms = excluded.served_ms"),
                                       {entry.customerId, entry.agentId, entry.servedMs}))
                return error;
        }
        for (const OutboundCampaign *campaign : batch.campaigns) {
            if (auto error =
                    run(m_database,
                        QStringLiteral("INSERT INTO routing_campaigns (id, record) VALUES (?, ?)"
                                                " ON CONFLICT (id) DO UPDATE SET record = excluded.record"),
                                       {campaign->id, compact(RoutingJournalCodec::toJson(*campaign))}))
                return error;
        }
        const QString counter = QStringLiteral("INSERT INTO routing_counters (name, value) VALUES (?, ?)"
                                               " ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        if (auto error =
                run(m_database, counter, {QStringLiteral("next_interaction_id"), batch.nextInteractionId}))
            return error;
        return run(m_database, counter, {QStringLiteral("next_place_sequence"), batch.nextPlaceSequence});
    });
}

std::variant<JournalState, DomainError> SqlRoutingJournal::load()
{
    JournalState state;

    StoreResult<QSqlQuery *> contacts =
        m_database.execute(QStringLiteral("SELECT id, record FROM routing_contacts ORDER BY id"));
    if (!contacts)
        return contacts.error();
    while (contacts.value()->next()) {
        const qint64 id = contacts.value()->value(0).toLongLong();
        const std::optional<QJsonObject> record = parseRecord(contacts.value()->value(1).toString());
        if (!record) {
            contacts.value()->finish();
            return damaged(QStringLiteral("an unreadable record for contact %1").arg(id));
        }
        std::variant<RoutedContact, DomainError> contact = RoutingJournalCodec::contactFromJson(*record);
        if (const DomainError *error = std::get_if<DomainError>(&contact)) {
            contacts.value()->finish();
            return DomainError{error->code, error->message + QStringLiteral(" (contact %1)").arg(id)};
        }
        state.contacts.append(std::get<RoutedContact>(std::move(contact)));
    }
    contacts.value()->finish();

    StoreResult<QSqlQuery *> agents =
        m_database.execute(QStringLiteral("SELECT agent_id, record FROM routing_agents ORDER BY agent_id"));
    if (!agents)
        return agents.error();
    while (agents.value()->next()) {
        const std::optional<QJsonObject> record = parseRecord(agents.value()->value(1).toString());
        std::variant<RoutedAgent, DomainError> agent =
            record ? RoutingJournalCodec::agentFromJson(*record)
                   : std::variant<RoutedAgent, DomainError>(damaged(QStringLiteral("an unreadable record for agent %1") .arg(agents.value()->value(0).toLongLong())));
        if (const DomainError *error = std::get_if<DomainError>(&agent)) {
            agents.value()->finish();
            return *error;
        }
        state.agents.append(std::get<RoutedAgent>(std::move(agent)));
    }
    agents.value()->finish();

    StoreResult<QSqlQuery *> affinity = m_database.execute(
        QStringLiteral("SELECT customer_id, agent_id, served_ms FROM routing_affinity ORDER BY customer_id"));
    if (!affinity)
        return affinity.error();
    while (affinity.value()->next()) {
        state.affinity.append(AffinityEntry{affinity.value()->value(0).toLongLong(),
                                            affinity.value()->value(1).toLongLong(),
                                            affinity.value()->value(2).toLongLong()});
    }
    affinity.value()->finish();

    StoreResult<QSqlQuery *> campaigns =
        m_database.execute(QStringLiteral("SELECT id, record FROM routing_campaigns ORDER BY id"));
    if (!campaigns)
        return campaigns.error();
    while (campaigns.value()->next()) {
        const std::optional<QJsonObject> record = parseRecord(campaigns.value()->value(1).toString());
        std::variant<OutboundCampaign, DomainError> campaign =
            record ? RoutingJournalCodec::campaignFromJson(*record)
                   : std::variant<OutboundCampaign, DomainError>(damaged(QStringLiteral("an unreadable record for campaign %1").arg(campaigns.value()->value(0).toString())));
        if (const DomainError *error = std::get_if<DomainError>(&campaign)) {
            campaigns.value()->finish();
            return *error;
        }
        state.campaigns.append(std::get<OutboundCampaign>(std::move(campaign)));
    }
    campaigns.value()->finish();

    StoreResult<QSqlQuery *> counters =
        m_database.execute(QStringLiteral("SELECT name, value FROM routing_counters"));
    if (!counters)
        return counters.error();
    while (counters.value()->next()) {
        const QString name = counters.value()->value(0).toString();
        const qint64 value = counters.value()->value(1).toLongLong();
        if (name == u"next_interaction_id")
            state.nextInteractionId = value;
        else if (name == u"next_place_sequence")
            state.nextPlaceSequence = value;
    }
    counters.value()->finish();
    return state;
}

} // namespace ContactDesk

#include "scenario.h"

#include "domain/jsontype.h"
#include "skillexpression.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ContactDesk {

namespace {

// Thrown inside the parser only, and turned into a DomainError by Scenario::fromJson.
struct ScenarioProblem
{
    QString path;
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw ScenarioProblem{path, message};
}

QString member(const QString &path, const QString &key)
{
    return path + u'.' + key;
}

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// An object whose keys are all known: a misspelt key is an error, not a silent default.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, QString path, const QStringList &known)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            fail(m_path, QStringLiteral("expected an object, found %1").arg(jsonTypeName(value)));
        m_object = value.toObject();
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                fail(member(m_path, it.key()),
                     QStringLiteral("unknown field (known here: %1)").arg(known.join(QLatin1String(", "))));
            }
        }
    }

    const QString &path() const { return m_path; }
    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    QString pathOf(const QString &key) const { return member(m_path, key); }

    QJsonValue required(const QString &key) const
    {
        if (!m_object.contains(key))
            fail(pathOf(key), QStringLiteral("is required"));
        return m_object.value(key);
    }

    double number(const QString &key, double fallback, double minimum, double maximum) const
    {
        if (!m_object.contains(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble())
            fail(pathOf(key), QStringLiteral("expected a number, found %1").arg(jsonTypeName(value)));
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < minimum || number > maximum)
            fail(pathOf(key), QStringLiteral("%1 is outside %2 to %3").arg(number).arg(minimum).arg(maximum));
        return number;
    }

    qint64 integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum) const
    {
        if (!m_object.contains(key))
            return fallback;
        const double number = this->number(key, double(fallback), double(minimum), double(maximum));
        if (number != std::floor(number))
            fail(pathOf(key), QStringLiteral("%1 is not a whole number").arg(number));
        return qint64(number);
    }

    QString string(const QString &key, const QString &fallback) const
    {
        if (!m_object.contains(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            fail(pathOf(key), QStringLiteral("expected a string, found %1").arg(jsonTypeName(value)));
        return value.toString();
    }

    bool boolean(const QString &key, bool fallback) const
    {
        if (!m_object.contains(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            fail(pathOf(key), QStringLiteral("expected true or false, found %1").arg(jsonTypeName(value)));
        return value.toBool();
    }

    QJsonArray list(const QString &key) const
    {
        const QJsonValue value = required(key);
        if (!value.isArray())
            fail(pathOf(key), QStringLiteral("expected a list, found %1").arg(jsonTypeName(value)));
        return value.toArray();
    }

private:
    QString m_path;
    QJsonObject m_object;
};

Channel parseChannel(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        fail(path, QStringLiteral("expected a channel name, found %1").arg(jsonTypeName(value)));
    const std::optional<Channel> channel = channelFromKey(value.toString());
    if (!channel) {
        QStringList names;
        for (Channel known : allChannels())
            names.append(channelKey(known));
        fail(path, QStringLiteral("unknown channel '%1' (one of %2)") .arg(value.toString(),
                                                                           names.join(QLatin1String(", "))));
    }
    return *channel;
}

// {"sales": 5, "ko": 3} or "sales>=5 & ko>=3".
QList<SkillRequirement> parseRequirements(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        const auto parsed = SkillExpression::parse(value.toString());
        if (const auto *error = std::get_if<DomainError>(&parsed))
            fail(path, error->message);
        return std::get<QList<SkillRequirement>>(parsed);
    }
    if (!value.isObject())
        fail(path, QStringLiteral("expected skills as an object or an expression, found %1").arg(
                       jsonTypeName(value)));
    QList<SkillRequirement> requirements;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString at = member(path, it.key());
        if (!isValidSkillId(it.key()))
            fail(at, QStringLiteral("'%1' is not a valid skill id").arg(it.key()));
        const double level = it.value().toDouble(-1);
        if (!it.value().isDouble() || level != std::floor(level) || !isValidSkillLevel(int(level)))
            fail(at, QStringLiteral("the level must be a whole number from 1 to 10"));
        requirements.append(SkillRequirement{it.key(), int(level)});
    }
    return requirements;
}

SimulationDistribution parseDistribution(const QJsonValue &value, const QString &path)
{
    const ObjectReader reader(
        value, path,
        {QStringLiteral("distribution"), QStringLiteral("mean_seconds"), QStringLiteral("sd_seconds")});
    SimulationDistribution distribution;
    const QString kind = reader.string(QStringLiteral("distribution"), QStringLiteral("exponential"));
    if (kind == u"exponential")
        distribution.kind = SimulationDistribution::Kind::Exponential;
    else if (kind == u"lognormal")
        distribution.kind = SimulationDistribution::Kind::Lognormal;
    else if (kind == u"constant")
        distribution.kind = SimulationDistribution::Kind::Constant;
    else
        fail(reader.pathOf(
            QStringLiteral("distribution")),
            QStringLiteral("unknown distribution '%1' (exponential, lognormal or constant)").arg(kind));
    reader.required(QStringLiteral("mean_seconds"));
    distribution.meanSeconds = reader.number(QStringLiteral("mean_seconds"), 0, 0.001, 30 * 86400.0);
    if (distribution.kind == SimulationDistribution::Kind::Lognormal) {
        reader.required(QStringLiteral("sd_seconds"));
        distribution.sdSeconds = reader.number(QStringLiteral("sd_seconds"), 0, 0, 30 * 86400.0);
    } else if (reader.has(QStringLiteral("sd_seconds"))) {
        fail(reader.pathOf(QStringLiteral("sd_seconds")),
                           QStringLiteral("only a lognormal distribution has one"));
    }
    return distribution;
}

RoutingQueueConfig parseQueue(const QJsonValue &value, const QString &path, const Scenario &scenario)
{
    const ObjectReader reader(
        value, path,
        {QStringLiteral("id"),
            QStringLiteral("name"),
                QStringLiteral("skills"),
                    QStringLiteral("strategy"),
                        QStringLiteral("channels"),
                            QStringLiteral("priority"),
                                QStringLiteral("max_length"),
                                    QStringLiteral("callback_threshold_seconds"),
                                        QStringLiteral("offer_timeout_seconds"),
                                            QStringLiteral("after_call_work_seconds"),
                                                QStringLiteral("aging_points_per_minute"),
                                                    QStringLiteral("vip_priority_boost"),
                                                        QStringLiteral("vip_minimum_level"),
                                                            QStringLiteral("affinity_days"),
                                                                QStringLiteral("affinity_wait_seconds"),
                                                                    QStringLiteral("expected_handle_seconds"),
                                                                        QStringLiteral("steps"),
                                                                            QStringLiteral("overflow"),
                                                                                QStringLiteral("service_level_seconds"),
                                                                                    QStringLiteral("short_abandon_seconds")});
    RoutingQueueConfig config;
    Queue &queue = config.queue;
    const QJsonValue id = reader.required(QStringLiteral("id"));
    queue.id = reader.string(QStringLiteral("id"), QString());
    if (!isValidSkillId(queue.id))
        fail(reader.pathOf(QStringLiteral("id")),
                           QStringLiteral("'%1' is not a valid queue id (lower-case letters, "
                                                                 "digits, '.', '_', '-')")
                                              .arg(queue.id));
    queue.name = reader.string(QStringLiteral("name"), queue.id);
    if (reader.has(QStringLiteral("skills")))
        queue.requiredSkills = parseRequirements(reader.value(QStringLiteral("skills")),
                                                              reader.pathOf(QStringLiteral("skills")));
    const QString strategy = reader.string(QStringLiteral("strategy"), QStringLiteral("longest-idle"));
    const std::optional<SelectionStrategy> parsedStrategy = selectionStrategyFromKey(strategy);
    if (!parsedStrategy) {
        fail(reader.pathOf(
            QStringLiteral("strategy")),
            QStringLiteral("unknown strategy '%1' (longest-idle, most-skilled, least-occupied, round-robin or "
                            "fewest-contacts-today)")
                    .arg(strategy));
    }
    queue.strategy = *parsedStrategy;
    if (reader.has(QStringLiteral("channels"))) {
        const QJsonArray channels = reader.list(QStringLiteral("channels"));
        for (qsizetype i = 0; i < channels.size(); ++i) {
            const Channel channel =
                parseChannel(channels.at(i), element(reader.pathOf(QStringLiteral("channels")), i));
            if (!queue.channels.contains(channel))
                queue.channels.append(channel);
        }
        if (queue.channels.isEmpty())
            fail(reader.pathOf(QStringLiteral("channels")),
                               QStringLiteral("a queue needs at least one channel"));
    }
    queue.defaultPriority = int(reader.integer(QStringLiteral("priority"), 50, 0, 100));
    queue.maxLength = int(reader.integer(QStringLiteral("max_length"), 0, 0, 1'000'000));
    queue.callbackThresholdSeconds =
        int(reader.integer(QStringLiteral("callback_threshold_seconds"), 0, 0, 86400));
    queue.serviceLevelSeconds =
        int(reader.integer(QStringLiteral("service_level_seconds"), scenario.serviceLevelSeconds, 1, 86400));
    queue.shortAbandonSeconds =
        int(reader.integer(QStringLiteral("short_abandon_seconds"), scenario.shortAbandonSeconds, 0, 86400));
    config.offerTimeoutSeconds = int(reader.integer(QStringLiteral("offer_timeout_seconds"), 20, 1, 3600));
    config.afterCallWorkSeconds = int(
        reader.integer(QStringLiteral("after_call_work_seconds"), scenario.afterCallWorkSeconds, 0, 86400));
    config.agingPointsPerMinute = int(reader.integer(QStringLiteral("aging_points_per_minute"), 0, 0, 1000));
    config.vipPriorityBoost = int(reader.integer(QStringLiteral("vip_priority_boost"), 20, 0, 100));
    config.vipMinimumLevel = int(reader.integer(QStringLiteral("vip_minimum_level"), 0, 0, MaxSkillLevel));
    config.affinityDays = int(reader.integer(QStringLiteral("affinity_days"), 0, 0, 3650));
    config.affinityWaitSeconds = int(reader.integer(QStringLiteral("affinity_wait_seconds"), 0, 0, 86400));
    config.expectedHandleSeconds = int(reader.integer(QStringLiteral("expected_handle_seconds"), std::max<qint64>(1, qint64(scenario.handleTime.meanSeconds)), 1, 86400));
    if (reader.has(QStringLiteral("steps"))) {
        const QJsonArray steps = reader.list(QStringLiteral("steps"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const ObjectReader step(steps.at(i),
                                    element(reader.pathOf(QStringLiteral("steps")), i),
                                            {QStringLiteral("skills"), QStringLiteral("timeout_seconds")});
            EscalationStep escalation;
            escalation.requirements = parseRequirements(step.required(QStringLiteral("skills")),
                                                                      step.pathOf(QStringLiteral("skills")));
            escalation.timeoutSeconds = int(step.integer(QStringLiteral("timeout_seconds"), 0, 0, 86400));
            config.steps.append(escalation);
        }
    }
    config.overflowQueueId = reader.string(QStringLiteral("overflow"), QString());
    Q_UNUSED(id)
    return config;
}

ScenarioAgentGroup parseAgentGroup(const QJsonValue &value, const QString &path)
{
    const ObjectReader reader(
        value, path,
        {QStringLiteral("name"),
            QStringLiteral("count"),
                QStringLiteral("skills"),
                    QStringLiteral("capacity"),
                                   QStringLiteral("voice_blocks_other_channels"),
                                                  QStringLiteral("shift_start_seconds"),
                                                                 QStringLiteral("shift_end_seconds")});
    ScenarioAgentGroup group;
    reader.required(QStringLiteral("count"));
    group.count = int(reader.integer(QStringLiteral("count"), 0, 0, 1'000'000));
    const QList<SkillRequirement> skills =
        parseRequirements(reader.required(QStringLiteral("skills")), reader.pathOf(QStringLiteral("skills")));
    for (const SkillRequirement &skill : skills)
        group.skills.insert(skill.skill, skill.minimumLevel);
    group.capacity = ChannelCapacity::standard();
    if (reader.has(QStringLiteral("capacity"))) {
        group.capacity.maximum.clear();
        const QString capacityPath = reader.pathOf(QStringLiteral("capacity"));
        const QJsonValue capacity = reader.value(QStringLiteral("capacity"));
        if (!capacity.isObject())
            fail(capacityPath, QStringLiteral("expected an object such as {\"voice\": 1}, found %1").arg(
                                   jsonTypeName(capacity)));
        const QJsonObject object = capacity.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString at = member(capacityPath, it.key());
            const Channel channel = parseChannel(QJsonValue(it.key()), at);
            const double limit = it.value().toDouble(-1);
            if (!it.value().isDouble() || limit != std::floor(limit) || limit < 0 || limit > 50)
                fail(at, QStringLiteral("the capacity must be a whole number from 0 to 50"));
            group.capacity.maximum.insert(channel, int(limit));
        }
    }
    group.capacity.voiceBlocksOtherChannels =
        reader.boolean(QStringLiteral("voice_blocks_other_channels"), true);
    if (const auto error = group.capacity.validate())
        fail(reader.pathOf(QStringLiteral("capacity")), error->message);
    group.shiftStartSeconds = reader.integer(QStringLiteral("shift_start_seconds"), 0, 0, 366 * 86400LL);
    group.shiftEndSeconds = reader.integer(QStringLiteral("shift_end_seconds"), -1, -1, 366 * 86400LL);
    if (group.shiftEndSeconds >= 0 && group.shiftEndSeconds <= group.shiftStartSeconds)
        fail(reader.pathOf(QStringLiteral("shift_end_seconds")),
                           QStringLiteral("the shift must end after it starts"));
    return group;
}

ScenarioArrival parseArrival(const QJsonValue &value, const QString &path)
{
    const ObjectReader reader(
        value, path,
        {QStringLiteral("queue"),
            QStringLiteral("channel"),
                QStringLiteral("per_hour"),
                    QStringLiteral("per_interval"),
                        QStringLiteral("vip_share"),
                            QStringLiteral("customers"),
                                QStringLiteral("priority"),
                                               QStringLiteral("skills"),
                                                              QStringLiteral("handle_time"),
                                                                             QStringLiteral("patience")});
    ScenarioArrival arrival;
    reader.required(QStringLiteral("queue"));
    arrival.queueId = reader.string(QStringLiteral("queue"), QString());
    if (reader.has(QStringLiteral("channel")))
        arrival.channel =
            parseChannel(reader.value(QStringLiteral("channel")), reader.pathOf(QStringLiteral("channel")));
    const bool hourly = reader.has(QStringLiteral("per_hour"));
    const bool intervals = reader.has(QStringLiteral("per_interval"));
    if (hourly == intervals)
        fail(path, QStringLiteral("give exactly one of per_hour and per_interval"));
    if (hourly) {
        arrival.perHour = reader.number(QStringLiteral("per_hour"), 0, 0, 1e7);
    } else {
        const QJsonArray rates = reader.list(QStringLiteral("per_interval"));
        const QString ratesPath = reader.pathOf(QStringLiteral("per_interval"));
        if (rates.size() != 96)
            fail(ratesPath, QStringLiteral("expected 96 rates (one per 15 minutes of a day), found %1").arg(
                                rates.size()));
        for (qsizetype i = 0; i < rates.size(); ++i) {
            const QJsonValue rate = rates.at(i);
            if (!rate.isDouble() || !std::isfinite(rate.toDouble()) || rate.toDouble() < 0)
                fail(element(ratesPath, i),
                     QStringLiteral("expected a number of contacts >= 0, found %1") .arg(
                         rate.isDouble() ? QString::number(rate.toDouble()) : jsonTypeName(rate)));
            arrival.perInterval.append(rate.toDouble());
        }
    }
    arrival.vipShare = reader.number(QStringLiteral("vip_share"), 0, 0, 1);
    arrival.customers = int(reader.integer(QStringLiteral("customers"), 0, 0, 100'000'000));
    if (reader.has(QStringLiteral("priority")))
        arrival.priority = int(reader.integer(QStringLiteral("priority"), 50, 0, 100));
    if (reader.has(QStringLiteral("skills")))
        arrival.skills = parseRequirements(reader.value(QStringLiteral("skills")),
                                                        reader.pathOf(QStringLiteral("skills")));
    if (reader.has(QStringLiteral("handle_time")))
        arrival.handleTime = parseDistribution(reader.value(QStringLiteral("handle_time")),
                                                            reader.pathOf(QStringLiteral("handle_time")));
    if (reader.has(QStringLiteral("patience"))) {
        arrival.overridesPatience = true;
        if (!reader.isNull(QStringLiteral("patience")))
            arrival.patience = parseDistribution(reader.value(QStringLiteral("patience")),
                                                              reader.pathOf(QStringLiteral("patience")));
    }
    return arrival;
}

Scenario parseScenario(const QJsonValue &root)
{
    const ObjectReader reader(
        root,
        QStringLiteral("$"),
            {QStringLiteral("name"),
                QStringLiteral("description"),
                    QStringLiteral("seed"),
                        QStringLiteral("start"),
                            QStringLiteral("duration_seconds"),
                                QStringLiteral("service_level_seconds"),
                                    QStringLiteral("short_abandon_seconds"),
                                        QStringLiteral("queues"),
                                            QStringLiteral("agents"),
                                                QStringLiteral("arrivals"),
                                                    QStringLiteral("handle_time"),
                                                        QStringLiteral("patience"),
                                                            QStringLiteral("after_call_work_seconds"),
                                                                QStringLiteral("callback_accept_share")});
    Scenario scenario;
    const double seed = reader.number(QStringLiteral("seed"), 1, 0, 9007199254740991.0);
    if (seed != std::floor(seed))
        fail(reader.pathOf(QStringLiteral("seed")), QStringLiteral("the seed must be a whole number"));
    scenario.seed = quint64(seed);
    const QString start = reader.string(QStringLiteral("start"), QStringLiteral("2024-01-01T00:00:00Z"));
    const QDateTime startTime = QDateTime::fromString(start, Qt::ISODate);
    if (!startTime.isValid() || start.length() < 20)
        fail(reader.pathOf(
            QStringLiteral("start")),
            QStringLiteral("'%1' is not an ISO 8601 time with a zone, e.g. 2024-01-01T00:00:00Z").arg(start));
    scenario.startMs = startTime.toMSecsSinceEpoch();
    scenario.durationSeconds = reader.integer(QStringLiteral("duration_seconds"), 86400, 1, 366 * 86400LL);
    scenario.serviceLevelSeconds = int(reader.integer(QStringLiteral("service_level_seconds"), 20, 1, 86400));
    scenario.shortAbandonSeconds = int(reader.integer(QStringLiteral("short_abandon_seconds"), 5, 0, 86400));
    scenario.afterCallWorkSeconds =
        int(reader.integer(QStringLiteral("after_call_work_seconds"), 0, 0, 86400));
    scenario.callbackAcceptShare = reader.number(QStringLiteral("callback_accept_share"), 0, 0, 1);
    scenario.handleTime = parseDistribution(reader.required(QStringLiteral("handle_time")),
                                                            reader.pathOf(QStringLiteral("handle_time")));
    if (reader.has(QStringLiteral("patience")) && !reader.isNull(QStringLiteral("patience")))
        scenario.patience = parseDistribution(reader.value(QStringLiteral("patience")),
                                                           reader.pathOf(QStringLiteral("patience")));

    const QString queuesPath = reader.pathOf(QStringLiteral("queues"));
    const QJsonArray queues = reader.list(QStringLiteral("queues"));
    if (queues.isEmpty())
        fail(queuesPath, QStringLiteral("a scenario needs at least one queue"));
    QList<RoutingQueueConfig> parsedQueues;
    QHash<QString, qsizetype> queueIndex;
    for (qsizetype i = 0; i < queues.size(); ++i) {
        RoutingQueueConfig config = parseQueue(queues.at(i), element(queuesPath, i), scenario);
        if (queueIndex.contains(config.queue.id))
            fail(member(element(queuesPath, i), QStringLiteral("id")),
                        QStringLiteral("queue '%1' is defined twice").arg(config.queue.id));
        queueIndex.insert(config.queue.id, i);
        parsedQueues.append(config);
    }

    const QString arrivalsPath = reader.pathOf(QStringLiteral("arrivals"));
    const QJsonArray arrivals = reader.list(QStringLiteral("arrivals"));
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        const QString at = element(arrivalsPath, i);
        ScenarioArrival arrival = parseArrival(arrivals.at(i), at);
        const auto target = queueIndex.constFind(arrival.queueId);
        if (target == queueIndex.constEnd())
            fail(member(at, QStringLiteral("queue")),
                        QStringLiteral("no queue '%1' in $.queues").arg(arrival.queueId));
        Queue &queue = parsedQueues[target.value()].queue;
        const bool explicitChannels =
            queues.at(target.value()).toObject().contains(QStringLiteral("channels"));
        if (explicitChannels && !queue.channels.contains(arrival.channel)) {
            fail(member(at, QStringLiteral("channel")),
                        QStringLiteral("queue '%1' does not take %2 contacts") .arg(
                            arrival.queueId, channelKey(arrival.channel)));
        }
        if (!explicitChannels && !queue.channels.contains(arrival.channel))
            queue.channels.append(arrival.channel);
        scenario.arrivals.append(arrival);
    }

    // Overflow targets must exist, and be configured before the queues that name them.
    QSet<QString> placed;
    while (scenario.queues.size() < parsedQueues.size()) {
        bool progressed = false;
        for (qsizetype i = 0; i < parsedQueues.size(); ++i) {
            RoutingQueueConfig &config = parsedQueues[i];
            if (placed.contains(config.queue.id))
                continue;
            const QString at = element(queuesPath, i);
            if (config.queue.channels.isEmpty())
                config.queue.channels = {Channel::Voice};
            if (!config.overflowQueueId.isEmpty() && !queueIndex.contains(config.overflowQueueId))
                fail(member(at, QStringLiteral("overflow")),
                            QStringLiteral("no queue '%1' in $.queues").arg(config.overflowQueueId));
            if (!config.overflowQueueId.isEmpty() && !placed.contains(config.overflowQueueId))
                continue;
            if (const auto error = config.validate())
                fail(at, error->message);
            scenario.queues.append(config);
            placed.insert(config.queue.id);
            progressed = true;
        }
        if (!progressed) {
            for (qsizetype i = 0; i < parsedQueues.size(); ++i) {
                if (!placed.contains(parsedQueues[i].queue.id))
                    fail(member(element(queuesPath, i), QStringLiteral("overflow")),
                                QStringLiteral("queues overflow into each other in a loop"));
            }
        }
    }

    const QString agentsPath = reader.pathOf(QStringLiteral("agents"));
    const QJsonArray agents = reader.list(QStringLiteral("agents"));
    qint64 total = 0;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        ScenarioAgentGroup group = parseAgentGroup(agents.at(i), element(agentsPath, i));
        total += group.count;
        if (total > 1'000'000)
            fail(agentsPath, QStringLiteral("more than 1,000,000 agents"));
        scenario.agents.append(group);
    }
    return scenario;
}

} // namespace

std::variant<Scenario, DomainError> Scenario::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return DomainError{QStringLiteral("invalid-scenario"),
            QStringLiteral("not valid JSON at line %1, column %2: %3") .arg(line).arg(column).arg(
                parseError.errorString())};
    }
    try {
        return parseScenario(document.isObject() ? QJsonValue(document.object())
                                                 : QJsonValue(document.array()));
    } catch (const ScenarioProblem &problem) {
        return DomainError{QStringLiteral("invalid-scenario"), problem.path + u": " + problem.message};
    }
}

} // namespace ContactDesk

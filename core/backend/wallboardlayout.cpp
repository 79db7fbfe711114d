#include "wallboardlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

struct KpiInfo
{
    WallboardKpi kpi;
    const char16_t *key;
    const char16_t *unit;
    bool higherIsBetter;
    double target;
    double alarm;
};

// The usual targets: an 80/20 service level, ASA 20 s, abandons under 5 %, and so on.
constexpr KpiInfo Kpis[] = {
    {WallboardKpi::ServiceLevel, u"service-level", u"percent", true, 80, 70},
    {WallboardKpi::Asa, u"asa", u"seconds", false, 20, 40},
    {WallboardKpi::Waiting, u"waiting", u"count", false, 5, 15},
    {WallboardKpi::LongestWait, u"longest-wait", u"seconds", false, 60, 180},
    {WallboardKpi::AbandonRate, u"abandon-rate", u"percent", false, 5, 10},
    {WallboardKpi::Aht, u"aht", u"seconds", false, 300, 420},
    {WallboardKpi::Acw, u"acw", u"seconds", false, 30, 60},
    {WallboardKpi::Occupancy, u"occupancy", u"percent", true, 75, 60},
    {WallboardKpi::Fcr, u"fcr", u"percent", true, 75, 60},
    {WallboardKpi::Csat, u"csat", u"percent", true, 85, 70},
    {WallboardKpi::Blocked, u"blocked", u"count", false, 0, 5},
    {WallboardKpi::CallbacksWaiting, u"callbacks-waiting", u"count", false, 5, 15},
    {WallboardKpi::Offered, u"offered", u"count", false, 100000, 200000},
    {WallboardKpi::Answered, u"answered", u"count", true, 0, 0},
    {WallboardKpi::Abandoned, u"abandoned", u"count", false, 20, 50},
    {WallboardKpi::EstimatedWait, u"estimated-wait", u"seconds", false, 30, 90},
    {WallboardKpi::AgentsReady, u"agents-ready", u"count", true, 3, 1},
};

const KpiInfo &info(WallboardKpi kpi)
{
    return Kpis[std::size_t(kpi)];
}

std::optional<double> percent(std::optional<double> share)
{
    if (!share)
        return std::nullopt;
    return *share * 100.0;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &each : list)
        array.append(each);
    return array;
}

bool readStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isUndefined() || value.isNull()) {
        out.clear();
        return true;
    }
    if (!value.isArray())
        return false;
    out.clear();
    for (const QJsonValue &each : value.toArray()) {
        if (!each.isString())
            return false;
        out.append(each.toString());
    }
    return true;
}

// The agent-state thresholds as the layout JSON names them, in seconds.
struct ThresholdKey
{
    const char16_t *key;
    qint64 AgentStateThresholds::*member;
};

constexpr ThresholdKey ThresholdKeys[] = {
    {u"notReadySeconds", &AgentStateThresholds::notReadyMs},
    {u"afterCallWorkSeconds", &AgentStateThresholds::afterCallWorkMs},
    {u"busySeconds", &AgentStateThresholds::busyMs},
};

template <typename T>
std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QList<WallboardKpi> allWallboardKpis()
{
    QList<WallboardKpi> list;
    for (const KpiInfo &each : Kpis)
        list.append(each.kpi);
    return list;
}

QString wallboardKpiKey(WallboardKpi kpi)
{
    return QString::fromUtf16(info(kpi).key);
}

std::optional<WallboardKpi> wallboardKpiFromKey(QStringView key)
{
    for (const KpiInfo &each : Kpis) {
        if (key == QStringView(each.key))
            return each.kpi;
    }
    return std::nullopt;
}

bool wallboardKpiHigherIsBetter(WallboardKpi kpi)
{
    return info(kpi).higherIsBetter;
}

QString wallboardKpiUnit(WallboardKpi kpi)
{
    return QString::fromUtf16(info(kpi).unit);
}

std::optional<double> wallboardKpiValue(WallboardKpi kpi, const WallboardSnapshot &snapshot,
                                        const QStringList &queueIds)
{
    const QSet<QString> group(queueIds.cbegin(), queueIds.cend());
    const auto inGroup = [&](const QString &queueId) { return group.isEmpty() || group.contains(queueId); };

    KpiCounters counters;
    qint64 waiting = 0;
    qint64 longestWaitMs = 0;
    qint64 estimatedWaitMs = 0;
    qint64 callbacks = 0;
    for (const WallboardQueue &queue : snapshot.queues) {
        if (!inGroup(queue.queueId))
            continue;
        counters.add(queue.today);
        waiting += queue.waiting;
        longestWaitMs = std::max(longestWaitMs, queue.longestWaitMs);
        estimatedWaitMs = std::max(estimatedWaitMs, queue.estimatedWaitMs);
        callbacks += queue.callbacksWaiting;
    }

    switch (kpi) {
    case WallboardKpi::ServiceLevel:
        return percent(counters.serviceLevel());
    case WallboardKpi::Asa:
        return counters.asaSeconds();
    case WallboardKpi::Waiting:
        return double(waiting);
    case WallboardKpi::LongestWait:
        return double(longestWaitMs) / 1000.0;
    case WallboardKpi::AbandonRate:
        return percent(counters.abandonRate());
    case WallboardKpi::Aht:
        return counters.ahtSeconds();
    case WallboardKpi::Acw:
        return counters.acwSeconds();
    case WallboardKpi::Occupancy: {
        const qint64 worked = snapshot.handlingMs + snapshot.readyIdleMs;
        if (worked <= 0)
            return std::nullopt;
        return 100.0 * double(snapshot.handlingMs) / double(worked);
    }
    case WallboardKpi::Fcr:
        return percent(counters.fcrProvisional());
    case WallboardKpi::Csat:
        return percent(counters.csatSatisfiedShare());
    case WallboardKpi::Blocked:
        return double(counters.blocked);
    case WallboardKpi::CallbacksWaiting:
        return double(callbacks);
    case WallboardKpi::Offered:
        return double(counters.offered);
    case WallboardKpi::Answered:
        return double(counters.answered);
    case WallboardKpi::Abandoned:
        return double(counters.abandoned);
    case WallboardKpi::EstimatedWait:
        return double(estimatedWaitMs) / 1000.0;
    case WallboardKpi::AgentsReady: {
        int ready = 0;
        for (const WallboardAgent &agent : snapshot.agents) {
            if (agent.activity != WallboardActivity::Ready)
                continue;
            if (group.isEmpty() || std::any_of(agent.queueIds.cbegin(), agent.queueIds.cend(), inGroup))
                ++ready;
        }
        return double(ready);
    }
    }
    return std::nullopt;
}

QString tileStatusKey(TileStatus status)
{
    switch (status) {
    case TileStatus::NoData:
        return u"no-data"_s;
    case TileStatus::Good:
        return u"good"_s;
    case TileStatus::Warning:
        return u"warning"_s;
    case TileStatus::Alarm:
        return u"alarm"_s;
    }
    Q_UNREACHABLE();
}

TileStatus WallboardTile::status(std::optional<double> value) const
{
    if (!value || !std::isfinite(*value))
        return TileStatus::NoData;
    if (wallboardKpiHigherIsBetter(kpi)) {
        if (*value >= target)
            return TileStatus::Good;
        return *value < alarm ? TileStatus::Alarm : TileStatus::Warning;
    }
    if (*value <= target)
        return TileStatus::Good;
    return *value > alarm ? TileStatus::Alarm : TileStatus::Warning;
}

int AgentStateThresholds::level(WallboardActivity activity, qint64 inStateMs) const
{
    qint64 threshold = 0;
    switch (activity) {
    case WallboardActivity::NotReady:
        threshold = notReadyMs;
        break;
    case WallboardActivity::AfterCallWork:
        threshold = afterCallWorkMs;
        break;
    case WallboardActivity::Busy:
        threshold = busyMs;
        break;
    case WallboardActivity::Ready:
    case WallboardActivity::LoggedOut:
        return 0;
    }
    if (threshold <= 0 || inStateMs <= threshold)
        return 0;
    return inStateMs > 2 * threshold ? 2 : 1;
}

WallboardTile WallboardLayout::defaultTile(WallboardKpi kpi)
{
    WallboardTile tile;
    tile.kpi = kpi;
    tile.target = info(kpi).target;
    tile.alarm = info(kpi).alarm;
    return tile;
}

WallboardLayout WallboardLayout::defaults()
{
    WallboardLayout layout;
    const WallboardKpi standard[] = {
        WallboardKpi::ServiceLevel,
        WallboardKpi::Asa,
        WallboardKpi::Waiting,
        WallboardKpi::LongestWait,
        WallboardKpi::AbandonRate,
        WallboardKpi::Aht,
        WallboardKpi::Occupancy,
        WallboardKpi::Fcr,
        WallboardKpi::Csat,
        WallboardKpi::Blocked,
        WallboardKpi::CallbacksWaiting,
    };
    for (WallboardKpi kpi : standard) {
        WallboardTile tile = defaultTile(kpi);
        tile.id = wallboardKpiKey(kpi);
        layout.tiles.append(tile);
    }
    return layout;
}

QString WallboardLayout::newTileId() const
{
    QSet<QString> used;
    for (const WallboardTile &tile : tiles)
        used.insert(tile.id);
    for (int n = 1;; ++n) {
        const QString id = u"tile-%1"_s.arg(n);
        if (!used.contains(id))
            return id;
    }
}

QByteArray WallboardLayout::toJson() const
{
    QJsonArray tileArray;
    for (const WallboardTile &tile : tiles) {
        QJsonObject object{
            {u"id"_s, tile.id},
            {u"kpi"_s, wallboardKpiKey(tile.kpi)},
            {u"target"_s, tile.target},
            {u"alarm"_s, tile.alarm},
        };
        if (!tile.title.isEmpty())
            object.insert(u"title"_s, tile.title);
        if (!tile.queueIds.isEmpty())
            object.insert(u"queues"_s, toArray(tile.queueIds));
        tileArray.append(object);
    }
    const QJsonObject tvObject{
        {u"tiles"_s, toArray(tv.tileIds)},  {u"queues"_s, toArray(tv.queueIds)},
        {u"queuePage"_s, tv.showQueuePage}, {u"agentPage"_s, tv.showAgentPage},
        {u"pageSeconds"_s, tv.pageSeconds},
    };
    QJsonObject root{
        {u"version"_s, 1},
        {u"tiles"_s, tileArray},
        {u"tv"_s, tvObject},
        {u"chartQueues"_s, toArray(chartQueueIds)},
    };
    QJsonObject thresholdObject;
    for (const ThresholdKey &each : ThresholdKeys)
        thresholdObject.insert(QString::fromUtf16(each.key), double(agentThresholds.*each.member) / 1000.0);
    root.insert(u"agentThresholds"_s, thresholdObject);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<WallboardLayout> WallboardLayout::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail<WallboardLayout>(error, u"The layout is not JSON: %1"_s.arg(parseError.errorString()));
    if (!document.isObject())
        return fail<WallboardLayout>(error, u"The layout must be a JSON object"_s);
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != 1)
        return fail<WallboardLayout>(error, u"Unknown layout version (expected 1)"_s);

    WallboardLayout layout;
    QSet<QString> ids;
    const QJsonArray tileArray = root.value(u"tiles"_s).toArray();
    for (qsizetype i = 0; i < tileArray.size(); ++i) {
        const QJsonObject object = tileArray.at(i).toObject();
        WallboardTile tile;
        tile.id = object.value(u"id"_s).toString();
        if (tile.id.isEmpty() || ids.contains(tile.id))
            return fail<WallboardLayout>(error, u"Tile %1 needs an id of its own"_s.arg(i + 1));
        ids.insert(tile.id);
        const auto kpi = wallboardKpiFromKey(object.value(u"kpi"_s).toString());
        if (!kpi) {
            return fail<WallboardLayout>(error, u"Tile '%1' has an unknown KPI '%2'"_s.arg(
                                                    tile.id, object.value(u"kpi"_s).toString()));
        }
        tile.kpi = *kpi;
        tile.title = object.value(u"title"_s).toString();
        const QJsonValue target = object.value(u"target"_s);
        const QJsonValue alarm = object.value(u"alarm"_s);
        if (!target.isDouble() || !alarm.isDouble())
            return fail<WallboardLayout>(error, u"Tile '%1' needs a numeric target and alarm"_s.arg(tile.id));
        tile.target = target.toDouble();
        tile.alarm = alarm.toDouble();
        if (!readStrings(object.value(u"queues"_s), tile.queueIds))
            return fail<WallboardLayout>(error, u"Tile '%1': queues must be a list of ids"_s.arg(tile.id));
        layout.tiles.append(tile);
    }

    const QJsonObject tvObject = root.value(u"tv"_s).toObject();
    if (!readStrings(tvObject.value(u"tiles"_s), layout.tv.tileIds)
        || !readStrings(tvObject.value(u"queues"_s), layout.tv.queueIds)) {
        return fail<WallboardLayout>(error, u"The TV layout's tiles and queues must be lists of ids"_s);
    }
    layout.tv.showQueuePage = tvObject.value(u"queuePage"_s).toBool(true);
    layout.tv.showAgentPage = tvObject.value(u"agentPage"_s).toBool(true);
    layout.tv.pageSeconds = tvObject.value(u"pageSeconds"_s).toInt(15);
    if (layout.tv.pageSeconds < 3 || layout.tv.pageSeconds > 600)
        return fail<WallboardLayout>(error, u"A TV page shows for 3 to 600 seconds"_s);
    if (!readStrings(root.value(u"chartQueues"_s), layout.chartQueueIds))
        return fail<WallboardLayout>(error, u"chartQueues must be a list of queue ids"_s);

    // Layouts saved before the thresholds were editable have none: they keep the defaults.
    const QJsonValue thresholdValue = root.value(u"agentThresholds"_s);
    if (!thresholdValue.isUndefined()) {
        if (!thresholdValue.isObject())
            return fail<WallboardLayout>(error, u"agentThresholds must be an object of seconds per state"_s);
        const QJsonObject thresholdObject = thresholdValue.toObject();
        for (const ThresholdKey &each : ThresholdKeys) {
            const QString key = QString::fromUtf16(each.key);
            const QJsonValue value = thresholdObject.value(key);
            if (value.isUndefined())
                continue;
            // Checked in seconds first: a huge number must not overflow the milliseconds.
            const double seconds = value.isDouble() ? value.toDouble() : 0.0;
            const qint64 ms = seconds > 0 && seconds * 1000.0 <= double(AgentStateThresholds::MaxMs)
                                  ? qint64(std::llround(seconds * 1000.0))
                                  : 0;
            if (ms <= 0) {
                return fail<WallboardLayout>(
                    error,
                    u"agentThresholds: %1 must be a number of seconds above 0 and at most 86400 (24 hours)"_s
                        .arg(key));
            }
            layout.agentThresholds.*each.member = ms;
        }
    }
    return layout;
}

} // namespace ContactDesk

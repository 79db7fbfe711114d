#include "wallboardtext.h"

#include "agent/displaytext.h"

#include <QLocale>

#include <cmath>

namespace ContactDesk {

QString WallboardText::kpiName(WallboardKpi kpi)
{
    switch (kpi) {
    case WallboardKpi::ServiceLevel:
        return tr("Service level");
    case WallboardKpi::Asa:
        return tr("Average speed of answer");
    case WallboardKpi::Waiting:
        return tr("Waiting");
    case WallboardKpi::LongestWait:
        return tr("Longest wait");
    case WallboardKpi::AbandonRate:
        return tr("Abandon rate");
    case WallboardKpi::Aht:
        return tr("Average handling time");
    case WallboardKpi::Acw:
        return tr("After-call work");
    case WallboardKpi::Occupancy:
        return tr("Occupancy");
    case WallboardKpi::Fcr:
        return tr("First-contact resolution");
    case WallboardKpi::Csat:
        return tr("Satisfied customers");
    case WallboardKpi::Blocked:
        return tr("Blocked");
    case WallboardKpi::CallbacksWaiting:
        return tr("Callbacks waiting");
    case WallboardKpi::Offered:
        return tr("Offered");
    case WallboardKpi::Answered:
        return tr("Answered");
    case WallboardKpi::Abandoned:
        return tr("Abandoned");
    case WallboardKpi::EstimatedWait:
        return tr("Estimated wait");
    case WallboardKpi::AgentsReady:
        return tr("Agents ready");
    }
    Q_UNREACHABLE();
}

QString WallboardText::noValue()
{
    return QStringLiteral("\u2014");
}

QString WallboardText::duration(qint64 ms)
{
    if (ms < 0)
        return noValue();
    const qint64 totalSeconds = ms / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

QString WallboardText::percent(std::optional<double> share)
{
    if (!share || !std::isfinite(*share))
        return noValue();
    return tr("%1%").arg(QLocale().toString(qRound(*share * 100.0)));
}

QString WallboardText::kpiValue(WallboardKpi kpi, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return noValue();
    const QString unit = wallboardKpiUnit(kpi);
    if (unit == u"percent")
        return tr("%1%").arg(QLocale().toString(qRound(*value)));
    if (unit == u"seconds")
        return duration(qint64(std::llround(*value)) * 1000);
    return QLocale().toString(qint64(std::llround(*value)));
}

QString WallboardText::kpiTarget(WallboardKpi kpi, double value)
{
    return kpiValue(kpi, value);
}

QString WallboardText::tileTitle(const WallboardTile &tile)
{
    const QString title = tile.title.trimmed();
    return title.isEmpty() ? kpiName(tile.kpi) : title;
}

QString WallboardText::statusName(TileStatus status)
{
    switch (status) {
    case TileStatus::NoData:
        return tr("No data yet");
    case TileStatus::Good:
        return tr("On target");
    case TileStatus::Warning:
        return tr("Below target");
    case TileStatus::Alarm:
        return tr("Alarm");
    }
    Q_UNREACHABLE();
}

QString WallboardText::activityName(WallboardActivity activity)
{
    switch (activity) {
    case WallboardActivity::LoggedOut:
        return tr("Signed out");
    case WallboardActivity::Ready:
        return tr("Ready");
    case WallboardActivity::NotReady:
        return tr("Not Ready");
    case WallboardActivity::AfterCallWork:
        return tr("After-Call Work");
    case WallboardActivity::Busy:
        return tr("Busy");
    }
    Q_UNREACHABLE();
}

QString WallboardText::agentStateText(const WallboardAgent &agent)
{
    const QString name = activityName(agent.activity);
    if (agent.activity == WallboardActivity::NotReady && !agent.reasonCode.isEmpty())
        return tr("%1 — %2").arg(name, DisplayText::notReadyReasonName(agent.reasonCode));
    return name;
}

QString WallboardText::supervisionName(SupervisionMode mode)
{
    switch (mode) {
    case SupervisionMode::None:
        return QString();
    case SupervisionMode::Monitor:
        return tr("Monitoring");
    case SupervisionMode::Whisper:
        return tr("Whispering");
    case SupervisionMode::Barge:
        return tr("Barged in");
    }
    Q_UNREACHABLE();
}

QString WallboardText::figureName(WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
        return tr("Waiting");
    case WallboardFigure::Offered:
        return tr("Offered");
    case WallboardFigure::Answered:
        return tr("Answered");
    case WallboardFigure::AnsweredLate:
        return tr("Answered late");
    case WallboardFigure::Abandoned:
        return tr("Abandoned");
    case WallboardFigure::Blocked:
        return tr("Blocked");
    case WallboardFigure::Callbacks:
        return tr("Callbacks");
    case WallboardFigure::Completed:
        return tr("Completed");
    case WallboardFigure::CallbacksWaiting:
        return tr("Callbacks waiting");
    }
    Q_UNREACHABLE();
}

QString WallboardText::figureDescription(WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
        return tr("The contacts waiting now");
    case WallboardFigure::Offered:
        return tr("Every contact offered to the queue today");
    case WallboardFigure::Answered:
        return tr("The contacts answered today");
    case WallboardFigure::AnsweredLate:
        return tr("The contacts answered after the service-level time today");
    case WallboardFigure::Abandoned:
        return tr("The contacts abandoned today");
    case WallboardFigure::Blocked:
        return tr("The contacts refused today because the queue was full");
    case WallboardFigure::Callbacks:
        return tr("The contacts that asked for a callback today");
    case WallboardFigure::Completed:
        return tr("The contacts completed today");
    case WallboardFigure::CallbacksWaiting:
        return tr("The callbacks waiting now to be connected");
    }
    Q_UNREACHABLE();
}

QString WallboardText::queueGroupName(const QStringList &queueIds, const WallboardSnapshot &snapshot)
{
    if (queueIds.isEmpty())
        return tr("All queues");
    QStringList names;
    for (const QString &id : queueIds) {
        QString name = id;
        for (const WallboardQueue &queue : snapshot.queues) {
            if (queue.queueId == id)
                name = queue.name;
        }
        names << name;
    }
    return names.join(tr(", "));
}

QString WallboardText::errorText(const QString &code, const QString &message)
{
    if (code == u"forbidden")
        return tr("You are not allowed to do this as a supervisor here.");
    if (code == u"disconnected")
        return tr("The connection to the contact centre is lost.");
    if (code == u"not-signed-in")
        return tr("Sign in first: the message is sent in your name.");
    if (code == u"unavailable")
        return tr("The contact centre is not running: %1").arg(message);
    return message.isEmpty() ? code : message;
}

QColor WallboardText::statusColor(TileStatus status)
{
    switch (status) {
    case TileStatus::NoData:
        return QColor(0x8a, 0x8f, 0x98);
    case TileStatus::Good:
        return QColor(0x2e, 0xa0, 0x43);
    case TileStatus::Warning:
        return QColor(0xe0, 0x9b, 0x16);
    case TileStatus::Alarm:
        return QColor(0xd9, 0x3a, 0x32);
    }
    Q_UNREACHABLE();
}

QColor WallboardText::thresholdColor(int level)
{
    if (level >= 2)
        return statusColor(TileStatus::Alarm);
    if (level == 1)
        return statusColor(TileStatus::Warning);
    return QColor();
}

} // namespace ContactDesk

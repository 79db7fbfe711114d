#include "wallboard.h"

#include <algorithm>

namespace ContactDesk {

QString wallboardActivityKey(WallboardActivity activity)
{
    switch (activity) {
    case WallboardActivity::LoggedOut:
        return QStringLiteral("logged-out");
    case WallboardActivity::Ready:
        return QStringLiteral("ready");
    case WallboardActivity::NotReady:
        return QStringLiteral("not-ready");
    case WallboardActivity::AfterCallWork:
        return QStringLiteral("after-call-work");
    case WallboardActivity::Busy:
        return QStringLiteral("busy");
    }
    Q_UNREACHABLE();
}

AgentTime wallboardAgentTime(const WallboardAgent &agent, qint64 nowMs)
{
    AgentTime time = agent.timeToday;
    const qint64 open = std::max<qint64>(0, nowMs - agent.timeAsOfMs);
    switch (agent.activity) {
    case WallboardActivity::LoggedOut:
        break;
    case WallboardActivity::Busy:
    case WallboardActivity::AfterCallWork:
        time.handlingMs += open;
        break;
    case WallboardActivity::Ready:
        time.readyIdleMs += open;
        break;
    case WallboardActivity::NotReady:
        time.notReadyIdleMs += open;
        break;
    }
    return time;
}

QString wallboardFigureKey(WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
        return QStringLiteral("waiting");
    case WallboardFigure::Offered:
        return QStringLiteral("offered");
    case WallboardFigure::Answered:
        return QStringLiteral("answered");
    case WallboardFigure::AnsweredLate:
        return QStringLiteral("answered-late");
    case WallboardFigure::Abandoned:
        return QStringLiteral("abandoned");
    case WallboardFigure::Blocked:
        return QStringLiteral("blocked");
    case WallboardFigure::Callbacks:
        return QStringLiteral("callbacks");
    case WallboardFigure::Completed:
        return QStringLiteral("completed");
    case WallboardFigure::CallbacksWaiting:
        return QStringLiteral("callbacks-waiting");
    }
    Q_UNREACHABLE();
}

std::optional<WallboardFigure> wallboardFigureFromKey(QStringView key)
{
    for (WallboardFigure figure :
         {WallboardFigure::Waiting, WallboardFigure::Offered, WallboardFigure::Answered,
          WallboardFigure::AnsweredLate, WallboardFigure::Abandoned, WallboardFigure::Blocked,
          WallboardFigure::Callbacks, WallboardFigure::Completed, WallboardFigure::CallbacksWaiting}) {
        if (key == wallboardFigureKey(figure))
            return figure;
    }
    return std::nullopt;
}

} // namespace ContactDesk

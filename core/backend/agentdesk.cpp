#include "agentdesk.h"

namespace ContactDesk {

QString userRoleKey(UserRole role)
{
    return roleKey(role);
}

std::optional<UserRole> userRoleFromKey(QStringView key)
{
    return roleFromKey(key);
}

bool isWithAgent(InteractionState state)
{
    return state == InteractionState::Offered || state == InteractionState::Connected
           || state == InteractionState::Held || state == InteractionState::WrapUp;
}

QString consultStageKey(ConsultStage stage)
{
    switch (stage) {
    case ConsultStage::None:
        return QStringLiteral("none");
    case ConsultStage::Ringing:
        return QStringLiteral("ringing");
    case ConsultStage::Talking:
        return QStringLiteral("talking");
    case ConsultStage::Conference:
        return QStringLiteral("conference");
    }
    Q_UNREACHABLE();
}

std::optional<ConsultStage> consultStageFromKey(QStringView key)
{
    for (ConsultStage stage :
         {ConsultStage::None, ConsultStage::Ringing, ConsultStage::Talking, ConsultStage::Conference}) {
        if (key == consultStageKey(stage))
            return stage;
    }
    return std::nullopt;
}

QString supervisionModeKey(SupervisionMode mode)
{
    switch (mode) {
    case SupervisionMode::None:
        return QStringLiteral("none");
    case SupervisionMode::Monitor:
        return QStringLiteral("monitor");
    case SupervisionMode::Whisper:
        return QStringLiteral("whisper");
    case SupervisionMode::Barge:
        return QStringLiteral("barge");
    }
    Q_UNREACHABLE();
}

std::optional<SupervisionMode> supervisionModeFromKey(QStringView key)
{
    for (SupervisionMode mode : {SupervisionMode::None, SupervisionMode::Monitor, SupervisionMode::Whisper,
                                 SupervisionMode::Barge}) {
        if (key == supervisionModeKey(mode))
            return mode;
    }
    return std::nullopt;
}

QString recordingStateKey(RecordingState state)
{
    switch (state) {
    case RecordingState::None:
        return QStringLiteral("none");
    case RecordingState::On:
        return QStringLiteral("on");
    case RecordingState::Paused:
        return QStringLiteral("paused");
    case RecordingState::NotRecorded:
        return QStringLiteral("not-recorded");
    }
    Q_UNREACHABLE();
}

std::optional<RecordingState> recordingStateFromKey(QStringView key)
{
    for (RecordingState state :
         {RecordingState::None, RecordingState::On, RecordingState::Paused, RecordingState::NotRecorded}) {
        if (key == recordingStateKey(state))
            return state;
    }
    return std::nullopt;
}

} // namespace ContactDesk

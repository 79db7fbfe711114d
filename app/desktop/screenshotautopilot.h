#pragma once

#include <QObject>

namespace ContactDesk {

class AgentDeskController;

// Works the desk while a screenshot is being prepared, so that the picture shows an agent at
// work rather than an empty inbox: goes Ready once signed in and accepts each offer after it has
// been ringing for a few seconds (long enough for a picture to catch an offer with its countdown).
class ScreenshotAutopilot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotAutopilot)

public:
    static constexpr int AcceptAfterMs = 6000;

    explicit ScreenshotAutopilot(AgentDeskController &desk, QObject *parent = nullptr);

private:
    AgentDeskController &m_desk;
};

} // namespace ContactDesk

#pragma once

#include "backend/wallboardlayout.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTimeEdit;

namespace ContactDesk {

// How long an agent may stay Not Ready, in after-call work or busy before the wallboard colours
// the time in state: amber past the threshold, red past twice it. Works on a copy; thresholds()
// is what OK gives back.
class AgentThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentThresholdsDialog)

public:
    // What the editors allow: ten seconds to four hours.
    static constexpr qint64 MinimumMs = 10 * 1000;
    static constexpr qint64 MaximumMs = 4 * 60 * 60 * 1000;

    explicit AgentThresholdsDialog(const AgentStateThresholds &thresholds, QWidget *parent = nullptr);

    // The thresholds as the editors show them.
    AgentStateThresholds thresholds() const;
    void setThresholds(const AgentStateThresholds &thresholds);
    void restoreDefaults();

    QTimeEdit *notReadyEdit() const { return m_notReady; }
    QTimeEdit *afterCallWorkEdit() const { return m_afterCallWork; }
    QTimeEdit *busyEdit() const { return m_busy; }
    QPushButton *restoreDefaultsButton() const { return m_restore; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHints();

    QLabel *m_intro = nullptr;
    QLabel *m_notReadyLabel = nullptr;
    QTimeEdit *m_notReady = nullptr;
    QLabel *m_notReadyHint = nullptr;
    QLabel *m_afterCallWorkLabel = nullptr;
    QTimeEdit *m_afterCallWork = nullptr;
    QLabel *m_afterCallWorkHint = nullptr;
    QLabel *m_busyLabel = nullptr;
    QTimeEdit *m_busy = nullptr;
    QLabel *m_busyHint = nullptr;
    QLabel *m_formatHint = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace ContactDesk

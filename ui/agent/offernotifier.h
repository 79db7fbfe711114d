#pragma once

#include "backend/agentdesk.h"

#include <QObject>
#include <QPointer>

class QSoundEffect;
class QSystemTrayIcon;
class QWidget;

namespace ContactDesk {

// Tells an agent who is looking at another window that a contact is being offered: a desktop
// notification through the system tray, the taskbar entry asking for attention, and a short
// chime (the system beep when no audio output is available). Nothing happens while the window
// is active: the agent sees the offer in the inbox.
class OfferNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferNotifier)

public:
    explicit OfferNotifier(QWidget *window, QObject *parent = nullptr);
    ~OfferNotifier() override;

    // Settings → "Play a sound for new offers".
    static bool soundEnabled();
    static void setSoundEnabled(bool enabled);

    // Announces `contact` (called for every new offer); `title` and `text` are what the
    // notification says. Returns whether anything was announced (false while the window is active).
    bool notify(const ContactSummary &contact, const QString &title, const QString &text);
    int notificationCount() const { return m_count; }

Q_SIGNALS:
    // The agent clicked the notification: bring the window forward.
    void activated();

private:
    void playSound();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QSoundEffect *m_sound = nullptr;
    int m_count = 0;
};

} // namespace ContactDesk

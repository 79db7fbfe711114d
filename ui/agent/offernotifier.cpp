#include "offernotifier.h"

#include <QApplication>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSettings>
#include <QSoundEffect>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>

namespace ContactDesk {

namespace {

const QString soundKey = QStringLiteral("notifications/offerSound");

} // namespace

OfferNotifier::OfferNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

OfferNotifier::~OfferNotifier() = default;

bool OfferNotifier::soundEnabled()
{
    return QSettings().value(soundKey, true).toBool();
}

void OfferNotifier::setSoundEnabled(bool enabled)
{
    QSettings().setValue(soundKey, enabled);
}

bool OfferNotifier::notify(const ContactSummary &contact, const QString &title, const QString &text)
{
    Q_UNUSED(contact)
    if (!m_window || m_window->isActiveWindow())
        return false;
    ++m_count;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &OfferNotifier::activated);
            connect(m_tray, &QSystemTrayIcon::activated, this, &OfferNotifier::activated);
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    }
    QApplication::alert(m_window);
    if (soundEnabled())
        playSound();
    return true;
}

void OfferNotifier::playSound()
{
    // Without an output device the effect would stay silent: beep instead.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        QApplication::beep();
        return;
    }
    if (!m_sound) {
        m_sound = new QSoundEffect(this);
        m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/offer.wav")));
        m_sound->setVolume(0.8f);
    }
    if (m_sound->status() == QSoundEffect::Error) {
        QApplication::beep();
        return;
    }
    m_sound->play();
}

} // namespace ContactDesk

#include "screenshotcapture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace ContactDesk {

ScreenshotCapture::ScreenshotCapture(QWidget *window, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_filePath(filePath)
{}

void ScreenshotCapture::captureAfter(int ms)
{
    QTimer::singleShot(ms, this, &ScreenshotCapture::capture);
}

void ScreenshotCapture::capture()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_window) {
        std::fprintf(stderr, "contactdesk: cannot take the screenshot: the window is gone\n");
        Q_EMIT finished(1);
        return;
    }
    // Let layouts and pending repaints settle so that the picture is what a user would see.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QPixmap picture = m_window->grab();
    QImageWriter writer(m_filePath);
    if (picture.isNull() || !writer.write(picture.toImage())) {
        const QString reason =
            picture.isNull() ? QStringLiteral("the window could not be grabbed") : writer.errorString();
        std::fprintf(stderr, "contactdesk: cannot save the screenshot to %s: %s\n",
                     qUtf8Printable(QFileInfo(m_filePath).absoluteFilePath()), qUtf8Printable(reason));
        Q_EMIT finished(1);
        return;
    }
    std::fprintf(stderr, "contactdesk: screenshot saved to %s (%dx%d)\n",
                 qUtf8Printable(QFileInfo(m_filePath).absoluteFilePath()), picture.width(), picture.height());
    Q_EMIT finished(0);
}

} // namespace ContactDesk

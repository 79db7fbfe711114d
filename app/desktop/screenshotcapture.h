#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace ContactDesk {

// Saves a picture of a window once it shows what it should (--screenshot): for the README, for
// reviews of the layout in both languages, and for checking a build on a machine without a
// display (QT_QPA_PLATFORM=offscreen).
class ScreenshotCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotCapture)

public:
    ScreenshotCapture(QWidget *window, const QString &filePath, QObject *parent = nullptr);

    // Grabs and saves the window now, once; emits finished() with the process exit code.
    void capture();
    // Captures after `ms`, however far the window has got.
    void captureAfter(int ms);

Q_SIGNALS:
    void finished(int exitCode);

private:
    QPointer<QWidget> m_window;
    QString m_filePath;
    bool m_done = false;
};

} // namespace ContactDesk

#pragma once

#include "coaching/recording.h"
#include "coaching/waveform.h"
#include "coaching/wavfile.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace ContactDesk {

// The recording as a picture: the waveform (Waveform::peaks of the decoded audio, recomputed for
// the width), bands for holds, a line for transfers, a red cut where recording was paused and
// nothing was recorded, coaching comments as ticks along the top, a selection and the playhead.
// A click seeks; dragging selects a stretch (for a coaching clip); Left / Right step five seconds.
class WaveformWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaveformWidget)

public:
    static constexpr qint64 KeyStepMs = 5000;

    struct Tick
    {
        qint64 atMs = 0;
        QString text; // the tooltip: who said what
    };
    struct Range
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    explicit WaveformWidget(QWidget *parent = nullptr);

    void setAudio(const WavData &audio);
    void clear();
    bool hasAudio() const { return m_durationMs > 0; }
    qint64 durationMs() const { return m_durationMs; }

    void setMarkers(const QList<RecordingMarker> &markers);
    const QList<RecordingMarker> &markers() const { return m_markers; }
    void setTicks(const QList<Tick> &ticks);
    const QList<Tick> &ticks() const { return m_ticks; }

    void setPosition(qint64 ms);
    qint64 position() const { return m_positionMs; }

    std::optional<Range> selection() const { return m_selection; }
    void setSelection(qint64 startMs, qint64 endMs);
    void clearSelection();

    // Where a time is drawn and which time a column shows: for the painting, the mouse and tests.
    QRect waveArea() const;
    int xForMs(qint64 ms) const;
    qint64 msAtX(int x) const;
    // The peaks drawn now (one per column of waveArea()).
    const QList<WaveformPeak> &peaks() const { return m_peaks; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void selectionChanged();
    // A comment tick was clicked (after seekRequested for its time).
    void tickClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updatePeaks();
    int tickAt(const QPoint &point) const;
    QString toolTipAt(const QPoint &point) const;
    void requestSeek(qint64 ms);

    WavData m_audio;
    qint64 m_durationMs = 0;
    QList<WaveformPeak> m_peaks;
    QList<RecordingMarker> m_markers;
    QList<Tick> m_ticks;
    qint64 m_positionMs = 0;
    std::optional<Range> m_selection;
    std::optional<int> m_pressX;
    bool m_dragging = false;
};

} // namespace ContactDesk

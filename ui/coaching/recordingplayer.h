#pragma once

#include "coaching/recording.h"
#include "coaching/wavfile.h"
#include "waveformwidget.h"

#include <QWidget>

#include <optional>

class QAudioOutput;
class QBuffer;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QToolButton;

namespace ContactDesk {

// Plays a call recording from memory: the decrypted WAV goes to QMediaPlayer through a QBuffer,
// so no plaintext audio is ever written to disk, and the buffer is wiped when the recording
// closes. Play / pause, a position, a speed from 0.5× to 2×, the waveform with its markers and
// comment ticks (click to seek, drag to select a clip), and a legend of what the marks mean.
class RecordingPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingPlayer)

public:
    static constexpr double MinimumRate = 0.5;
    static constexpr double MaximumRate = 2.0;

    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    // Decodes and loads the WAV file; on a file that is not one, nothing is loaded and the reason
    // comes back.
    std::optional<QString> open(const QByteArray &wav, const QList<RecordingMarker> &markers);
    // Stops and forgets the audio (and wipes the buffer it played from).
    void close();
    bool isOpen() const { return m_waveform->hasAudio(); }

    void play();
    void pause();
    void togglePlayback();
    bool isPlaying() const;
    // Moves the playhead at once; the media follows when it can (also before it has loaded).
    void seek(qint64 ms);
    qint64 position() const { return m_positionMs; }
    qint64 duration() const { return m_waveform->durationMs(); }
    // Clamped to 0.5–2×.
    void setPlaybackRate(double rate);
    double playbackRate() const;

    void setCommentTicks(const QList<WaveformWidget::Tick> &ticks);
    std::optional<WaveformWidget::Range> selection() const { return m_waveform->selection(); }

    WaveformWidget *waveform() const { return m_waveform; }
    QToolButton *playButton() const { return m_playButton; }
    QComboBox *speedBox() const { return m_speed; }
    QLabel *positionLabel() const { return m_position; }
    QMediaPlayer *mediaPlayer() const { return m_player; }

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
    void selectionChanged();
    void tickClicked(int index);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePosition();
    void updatePlayButton();
    void updateSelectionLabel();
    void setPositionFromMedia(qint64 ms);
    void wipeBuffer();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QBuffer *m_buffer = nullptr;
    bool m_loaded = false;
    qint64 m_positionMs = 0;

    QToolButton *m_playButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QToolButton *m_clearSelection = nullptr;
    WaveformWidget *m_waveform = nullptr;
    QList<QLabel *> m_legend;
};

} // namespace ContactDesk

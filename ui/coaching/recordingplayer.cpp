#include "recordingplayer.h"

#include "coachingtext.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ContactDesk {

namespace {

constexpr double Rates[] = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
constexpr qint64 StepMs = 5000;
// Within this of the end, Play starts over.
constexpr qint64 EndSlackMs = 100;

QString swatch(const QColor &color, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(color.name(),
                                                                                 text.toHtmlEscaped());
}

} // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coachingPlayer"));

    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &RecordingPlayer::setPositionFromMedia);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        updatePlayButton();
        Q_EMIT playingChanged(isPlaying());
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia && !m_loaded) {
            m_loaded = true;
            if (m_positionMs > 0)
                m_player->setPosition(m_positionMs);
        } else if (status == QMediaPlayer::EndOfMedia) {
            m_positionMs = duration();
            updatePosition();
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                Q_EMIT errorOccurred(tr("The recording cannot be played: %1").arg(message));
            });

    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("coachingPlayPause"));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    connect(m_playButton, &QToolButton::clicked, this, &RecordingPlayer::togglePlayback);
    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("coachingBack"));
    connect(m_backButton, &QToolButton::clicked, this, [this] { seek(m_positionMs - StepMs); });
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(QStringLiteral("coachingForward"));
    connect(m_forwardButton, &QToolButton::clicked, this, [this] { seek(m_positionMs + StepMs); });

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("coachingPosition"));
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));

    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("coachingSpeed"));
    for (double rate : Rates)
        m_speed->addItem(QString(), rate);
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    m_speedLabel->setBuddy(m_speed);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { setPlaybackRate(m_speed->itemData(index).toDouble()); });

    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("coachingSelection"));
    m_clearSelection = new QToolButton(this);
    m_clearSelection->setObjectName(QStringLiteral("coachingClearSelection"));
    m_clearSelection->setAutoRaise(true);

    m_waveform = new WaveformWidget(this);
    connect(m_waveform, &WaveformWidget::seekRequested, this, &RecordingPlayer::seek);
    connect(m_waveform, &WaveformWidget::tickClicked, this, &RecordingPlayer::tickClicked);
    connect(m_waveform, &WaveformWidget::selectionChanged, this, [this] {
        updateSelectionLabel();
        Q_EMIT selectionChanged();
    });
    connect(m_clearSelection, &QToolButton::clicked, m_waveform, &WaveformWidget::clearSelection);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_playButton);
    controls->addWidget(m_backButton);
    controls->addWidget(m_forwardButton);
    controls->addSpacing(6);
    controls->addWidget(m_position);
    controls->addSpacing(12);
    controls->addWidget(m_speedLabel);
    controls->addWidget(m_speed);
    controls->addStretch(1);
    controls->addWidget(m_selectionLabel);
    controls->addWidget(m_clearSelection);

    auto *legend = new QHBoxLayout;
    legend->setContentsMargins(0, 0, 0, 0);
    legend->setSpacing(14);
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        legend->addWidget(label);
        m_legend << label;
    }
    m_legend.at(2)->setObjectName(QStringLiteral("coachingPauseLegend"));
    legend->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_waveform, 1);
    layout->addLayout(legend);

    retranslate();
    updateSelectionLabel();
}

RecordingPlayer::~RecordingPlayer()
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    wipeBuffer();
}

std::optional<QString> RecordingPlayer::open(const QByteArray &wav, const QList<RecordingMarker> &markers)
{
    close();
    StoreResult<WavData> audio = WavFile::decode(wav);
    if (!audio)
        return audio.error().message;
    m_waveform->setAudio(audio.value());
    m_waveform->setMarkers(markers);
    m_buffer = new QBuffer(this);
    m_buffer->setData(wav);
    m_buffer->open(QIODevice::ReadOnly);
    m_loaded = false;
    m_positionMs = 0;
    // The URL only names the format for the media backend; nothing is read from it.
    m_player->setSourceDevice(m_buffer, QUrl(QStringLiteral("recording.wav")));
    m_player->setPlaybackRate(playbackRate());
    updatePosition();
    updatePlayButton();
    return std::nullopt;
}

void RecordingPlayer::close()
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    wipeBuffer();
    m_loaded = false;
    m_positionMs = 0;
    m_waveform->clear();
    updatePosition();
    updatePlayButton();
    updateSelectionLabel();
}

void RecordingPlayer::wipeBuffer()
{
    if (!m_buffer)
        return;
    m_buffer->close();
    // The decrypted call should not outlive the player in memory either.
    QByteArray &bytes = m_buffer->buffer();
    bytes.fill('\0');
    bytes.clear();
    delete m_buffer;
    m_buffer = nullptr;
}

void RecordingPlayer::play()
{
    if (!isOpen())
        return;
    if (m_positionMs >= duration() - EndSlackMs)
        seek(0);
    m_player->play();
}

void RecordingPlayer::pause()
{
    m_player->pause();
}

void RecordingPlayer::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

bool RecordingPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

void RecordingPlayer::seek(qint64 ms)
{
    if (!isOpen())
        return;
    m_positionMs = std::clamp<qint64>(ms, 0, duration());
    if (m_loaded)
        m_player->setPosition(m_positionMs);
    updatePosition();
}

void RecordingPlayer::setPositionFromMedia(qint64 ms)
{
    // Only while playing: a seek has already put the playhead where it belongs, and the media's
    // echo of an older position must not pull it back.
    if (!isPlaying() || !isOpen())
        return;
    m_positionMs = std::clamp<qint64>(ms, 0, duration());
    updatePosition();
}

void RecordingPlayer::setPlaybackRate(double rate)
{
    const double clamped = std::clamp(rate, MinimumRate, MaximumRate);
    int best = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - clamped)
            < std::abs(m_speed->itemData(best).toDouble() - clamped))
            best = i;
    }
    m_speed->setCurrentIndex(best);
    m_player->setPlaybackRate(m_speed->itemData(best).toDouble());
}

double RecordingPlayer::playbackRate() const
{
    return m_speed->currentData().toDouble();
}

void RecordingPlayer::setCommentTicks(const QList<WaveformWidget::Tick> &ticks)
{
    m_waveform->setTicks(ticks);
}

void RecordingPlayer::updatePosition()
{
    m_waveform->setPosition(m_positionMs);
    m_position->setText(
        tr("%1 / %2").arg(CoachingText::position(m_positionMs), CoachingText::position(duration())));
    Q_EMIT positionChanged(m_positionMs);
}

void RecordingPlayer::updatePlayButton()
{
    const bool playing = isPlaying();
    m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(
        tr("%1 (%2)").arg(m_playButton->text(), m_playButton->shortcut().toString(QKeySequence::NativeText)));
    for (QWidget *control : {static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(m_backButton),
                             static_cast<QWidget *>(m_forwardButton), static_cast<QWidget *>(m_speed)})
        control->setEnabled(isOpen());
}

void RecordingPlayer::updateSelectionLabel()
{
    const std::optional<WaveformWidget::Range> range = m_waveform->selection();
    m_selectionLabel->setText(
        range ? tr("Selected %1–%2")
                    .arg(CoachingText::position(range->startMs), CoachingText::position(range->endMs))
              : tr("Drag on the waveform to select a clip"));
    m_selectionLabel->setEnabled(range.has_value());
    m_clearSelection->setVisible(range.has_value());
}

void RecordingPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordingPlayer::retranslate()
{
    m_backButton->setText(tr("−5 s"));
    m_backButton->setToolTip(tr("Back five seconds"));
    m_forwardButton->setText(tr("+5 s"));
    m_forwardButton->setToolTip(tr("Forward five seconds"));
    m_speedLabel->setText(tr("&Speed"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(m_speed->itemData(i).toDouble())));
    m_speed->setToolTip(tr("Playback speed"));
    m_clearSelection->setText(tr("Clear"));
    m_clearSelection->setToolTip(tr("Clear the selection (Esc on the waveform)"));
    m_waveform->setAccessibleName(tr("Waveform of the recording"));
    m_waveform->setToolTip(QString());
    m_legend.at(0)->setText(swatch(CoachingText::markerColor(RecordingMarkerKind::Hold),
                                   CoachingText::markerName(RecordingMarkerKind::Hold)));
    m_legend.at(1)->setText(swatch(CoachingText::markerColor(RecordingMarkerKind::Transfer),
                                   CoachingText::markerName(RecordingMarkerKind::Transfer)));
    m_legend.at(2)->setText(swatch(CoachingText::markerColor(RecordingMarkerKind::Pause),
                                   CoachingText::markerName(RecordingMarkerKind::Pause)));
    m_legend.at(3)->setText(swatch(QColor(0x12, 0x8a, 0x8a), tr("Coaching comment")));
    updatePosition();
    updatePlayButton();
    updateSelectionLabel();
}

} // namespace ContactDesk

#include "waveformwidget.h"

#include "coachingtext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ContactDesk {

namespace {

constexpr int TickStripHeight = 18;
constexpr int SideMargin = 6;
constexpr int DragThreshold = 4;
constexpr int TickHitRadius = 6;
constexpr int MarkerHitRadius = 4;
constexpr int MinLabelSpacing = 70;

const QColor WaveColor(0x2f, 0x7d, 0xe1);
const QColor TickColor(0x12, 0x8a, 0x8a);

// A round step for the time labels (1 s, 5 s, 10 s, 30 s, 1 min …) that keeps them apart.
qint64 labelStepMs(qint64 durationMs, int width)
{
    static constexpr qint64 Steps[] = {1000,   2000,    5000,    10'000,  15'000,    30'000,
                                       60'000, 120'000, 300'000, 600'000, 1'800'000, 3'600'000};
    for (qint64 step : Steps) {
        if (durationMs <= 0 || double(width) * double(step) / double(durationMs) >= MinLabelSpacing)
            return step;
    }
    return 3'600'000;
}

} // namespace

WaveformWidget::WaveformWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coachingWaveform"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
}

void WaveformWidget::setAudio(const WavData &audio)
{
    m_audio = audio;
    m_durationMs = audio.durationMs();
    m_positionMs = 0;
    m_selection.reset();
    updatePeaks();
    update();
}

void WaveformWidget::clear()
{
    m_audio = WavData();
    m_durationMs = 0;
    m_peaks.clear();
    m_markers.clear();
    m_ticks.clear();
    m_positionMs = 0;
    m_selection.reset();
    update();
}

void WaveformWidget::setMarkers(const QList<RecordingMarker> &markers)
{
    m_markers = markers;
    update();
}

void WaveformWidget::setTicks(const QList<Tick> &ticks)
{
    m_ticks = ticks;
    update();
}

void WaveformWidget::setPosition(qint64 ms)
{
    const qint64 clamped = std::clamp<qint64>(ms, 0, m_durationMs);
    if (clamped == m_positionMs)
        return;
    m_positionMs = clamped;
    update();
}

void WaveformWidget::setSelection(qint64 startMs, qint64 endMs)
{
    const qint64 from = std::clamp<qint64>(std::min(startMs, endMs), 0, m_durationMs);
    const qint64 to = std::clamp<qint64>(std::max(startMs, endMs), 0, m_durationMs);
    if (to <= from) {
        clearSelection();
        return;
    }
    m_selection = Range{from, to};
    update();
    Q_EMIT selectionChanged();
}

void WaveformWidget::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    update();
    Q_EMIT selectionChanged();
}

QRect WaveformWidget::waveArea() const
{
    const int labels = fontMetrics().height() + 4;
    return rect().adjusted(SideMargin, TickStripHeight, -SideMargin, -labels);
}

int WaveformWidget::xForMs(qint64 ms) const
{
    const QRect area = waveArea();
    if (m_durationMs <= 0)
        return area.left();
    return area.left() + int(std::llround(double(ms) * double(area.width() - 1) / double(m_durationMs)));
}

qint64 WaveformWidget::msAtX(int x) const
{
    const QRect area = waveArea();
    if (m_durationMs <= 0 || area.width() <= 1)
        return 0;
    const double fraction = std::clamp(double(x - area.left()) / double(area.width() - 1), 0.0, 1.0);
    return qint64(std::llround(fraction * double(m_durationMs)));
}

QSize WaveformWidget::sizeHint() const
{
    return QSize(640, 150);
}

QSize WaveformWidget::minimumSizeHint() const
{
    return QSize(240, 96);
}

void WaveformWidget::updatePeaks()
{
    const int columns = std::max(0, waveArea().width());
    m_peaks = m_durationMs > 0 ? Waveform::peaks(m_audio, columns) : QList<WaveformPeak>();
}

void WaveformWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePeaks();
}

void WaveformWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updatePeaks();
        update();
    }
    QWidget::changeEvent(event);
}

void WaveformWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = waveArea();
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(area.adjusted(0, 0, -1, -1));

    if (!hasAudio()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No audio open"));
        return;
    }

    // Holds: a band over the time the customer waited.
    for (const RecordingMarker &marker : std::as_const(m_markers)) {
        if (marker.kind != RecordingMarkerKind::Hold)
            continue;
        const int left = xForMs(marker.atMs);
        const int right = std::max(left + 2, xForMs(marker.atMs + marker.durationMs));
        QColor band = CoachingText::markerColor(marker.kind);
        band.setAlphaF(0.18f);
        painter.fillRect(QRect(QPoint(left, area.top()), QPoint(right, area.bottom())), band);
    }
    if (m_selection) {
        QColor selected = pal.color(QPalette::Highlight);
        selected.setAlphaF(0.25f);
        painter.fillRect(QRect(QPoint(xForMs(m_selection->startMs), area.top()),
                               QPoint(xForMs(m_selection->endMs), area.bottom())),
                         selected);
    }

    // The waveform: one vertical line per column, min to max.
    const int middle = area.center().y();
    const double half = (area.height() - 4) / 2.0;
    painter.setPen(pal.color(QPalette::Midlight));
    painter.drawLine(area.left(), middle, area.right(), middle);
    const int playedX = xForMs(m_positionMs);
    for (int column = 0; column < m_peaks.size(); ++column) {
        const WaveformPeak &peak = m_peaks.at(column);
        const int x = area.left() + column;
        QColor color = WaveColor;
        if (x > playedX)
            color.setAlphaF(0.55f);
        painter.setPen(color);
        const int top = middle - int(std::lround(std::max(0.0f, peak.max) * half));
        const int bottom = middle - int(std::lround(std::min(0.0f, peak.min) * half));
        painter.drawLine(x, top, x, std::max(top, bottom));
    }

    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics metrics = fontMetrics();
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    const QFontMetrics smallMetrics(small);

    // Labels of holds and transfers along the top of the wave area.
    painter.setFont(small);
    for (const RecordingMarker &marker : std::as_const(m_markers)) {
        const QColor color = CoachingText::markerColor(marker.kind);
        const int x = xForMs(marker.atMs);
        if (marker.kind == RecordingMarkerKind::Transfer) {
            painter.setPen(QPen(color, 2));
            painter.drawLine(x, area.top(), x, area.bottom());
        }
        if (marker.kind == RecordingMarkerKind::Pause)
            continue;
        const QString label = CoachingText::markerName(marker.kind);
        const int width = smallMetrics.horizontalAdvance(label) + 6;
        const int room = marker.kind == RecordingMarkerKind::Hold
                             ? xForMs(marker.atMs + marker.durationMs) - x
                             : area.right() - x;
        if (room < width && marker.kind == RecordingMarkerKind::Hold)
            continue;
        painter.setPen(color.darker(130));
        painter.drawText(QRect(x + 3, area.top() + 2, width, smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // Recording pauses: a red cut with a label in words, since nothing of that time exists.
    for (const RecordingMarker &marker : std::as_const(m_markers)) {
        if (marker.kind != RecordingMarkerKind::Pause)
            continue;
        const QColor color = CoachingText::markerColor(marker.kind);
        const int x = xForMs(marker.atMs);
        QBrush hatch(color, Qt::BDiagPattern);
        painter.fillRect(QRect(x - 4, area.top(), 9, area.height()), hatch);
        painter.setPen(QPen(color, 2));
        painter.drawLine(x, area.top(), x, area.bottom());
        const QString label = tr("%1 (%2)").arg(CoachingText::markerName(marker.kind),
                                                CoachingText::position(marker.durationMs));
        const int width = smallMetrics.horizontalAdvance(label) + 10;
        const int height = smallMetrics.height() + 4;
        int left = x + 7;
        if (left + width > area.right())
            left = std::max(area.left() + 1, x - 7 - width);
        const QRect box(left, area.bottom() - height - 3, width, height);
        painter.setPen(color);
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(color.darker(120));
        painter.drawText(box, Qt::AlignCenter, label);
        painter.setBrush(Qt::NoBrush);
    }
    painter.setFont(font());

    // Comment ticks: small flags above the wave area.
    painter.setPen(Qt::NoPen);
    painter.setBrush(TickColor);
    for (const Tick &tick : std::as_const(m_ticks)) {
        const int x = xForMs(tick.atMs);
        QPainterPath flag;
        flag.moveTo(x - 5, 3);
        flag.lineTo(x + 5, 3);
        flag.lineTo(x, TickStripHeight - 2);
        flag.closeSubpath();
        painter.drawPath(flag);
    }
    painter.setBrush(Qt::NoBrush);

    // The playhead.
    const QColor head = pal.color(QPalette::WindowText);
    painter.setPen(QPen(head, 2));
    painter.drawLine(playedX, area.top() - 2, playedX, area.bottom());

    // Time labels below.
    painter.setPen(pal.color(QPalette::WindowText));
    const qint64 step = labelStepMs(m_durationMs, area.width());
    for (qint64 at = 0; at <= m_durationMs; at += step) {
        const int x = xForMs(at);
        painter.drawLine(x, area.bottom(), x, area.bottom() + 3);
        const QString text = CoachingText::position(at);
        const int width = metrics.horizontalAdvance(text);
        const int left = std::clamp(x - width / 2, 0, width > this->width() ? 0 : this->width() - width);
        painter.drawText(QRect(left, area.bottom() + 3, width + 2, metrics.height()), Qt::AlignLeft, text);
    }

    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

int WaveformWidget::tickAt(const QPoint &point) const
{
    if (point.y() > TickStripHeight + 2)
        return -1;
    int best = -1;
    int bestDistance = TickHitRadius + 1;
    for (int i = 0; i < m_ticks.size(); ++i) {
        const int distance = std::abs(xForMs(m_ticks.at(i).atMs) - point.x());
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString WaveformWidget::toolTipAt(const QPoint &point) const
{
    if (const int tick = tickAt(point); tick >= 0)
        return m_ticks.at(tick).text;
    const qint64 at = msAtX(point.x());
    QStringList lines;
    for (const RecordingMarker &marker : m_markers) {
        const int left = xForMs(marker.atMs);
        const int right =
            xForMs(marker.atMs + (marker.kind == RecordingMarkerKind::Hold ? marker.durationMs : 0));
        if (point.x() >= left - MarkerHitRadius && point.x() <= right + MarkerHitRadius)
            lines << CoachingText::markerDescription(marker);
    }
    if (lines.isEmpty())
        lines << tr("Click to play from %1; drag to select a stretch").arg(CoachingText::position(at));
    return lines.join(QLatin1Char('\n'));
}

bool WaveformWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && hasAudio()) {
        auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(event);
}

void WaveformWidget::requestSeek(qint64 ms)
{
    const qint64 clamped = std::clamp<qint64>(ms, 0, m_durationMs);
    setPosition(clamped);
    Q_EMIT seekRequested(clamped);
}

void WaveformWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !hasAudio()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressX = event->position().toPoint().x();
    m_dragging = false;
}

void WaveformWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressX || !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const int x = event->position().toPoint().x();
    if (!m_dragging && std::abs(x - *m_pressX) < DragThreshold)
        return;
    m_dragging = true;
    const qint64 from = msAtX(*m_pressX);
    const qint64 to = msAtX(x);
    m_selection = Range{std::min(from, to), std::max(from, to)};
    update();
}

void WaveformWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressX) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint();
    const int pressX = *m_pressX;
    m_pressX.reset();
    if (m_dragging) {
        m_dragging = false;
        const qint64 from = msAtX(pressX);
        const qint64 to = msAtX(point.x());
        if (from == to)
            clearSelection();
        else
            setSelection(from, to);
        requestSeek(std::min(from, to));
        return;
    }
    if (const int tick = tickAt(point); tick >= 0) {
        requestSeek(m_ticks.at(tick).atMs);
        Q_EMIT tickClicked(tick);
        return;
    }
    requestSeek(msAtX(point.x()));
}

void WaveformWidget::keyPressEvent(QKeyEvent *event)
{
    if (!hasAudio()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        requestSeek(m_positionMs - KeyStepMs);
        return;
    case Qt::Key_Right:
        requestSeek(m_positionMs + KeyStepMs);
        return;
    case Qt::Key_Home:
        requestSeek(0);
        return;
    case Qt::Key_End:
        requestSeek(m_durationMs);
        return;
    case Qt::Key_Escape:
        if (m_selection) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ContactDesk

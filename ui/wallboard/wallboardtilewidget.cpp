#include "wallboardtilewidget.h"

#include "wallboardtext.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ContactDesk {

namespace {

constexpr int EdgeWidth = 6;
constexpr int Padding = 10;
constexpr qreal Radius = 6;

} // namespace

WallboardTileWidget::WallboardTileWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    refreshTexts();
}

void WallboardTileWidget::setTile(const WallboardTile &tile)
{
    if (!tile.id.isEmpty())
        setObjectName(QStringLiteral("tile-") + tile.id);
    m_tile = tile;
    refreshTexts();
}

void WallboardTileWidget::setValue(std::optional<double> value)
{
    m_value = value;
    refreshTexts();
}

void WallboardTileWidget::setScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

QColor WallboardTileWidget::statusColor() const
{
    return WallboardText::statusColor(m_status);
}

void WallboardTileWidget::refreshTexts()
{
    const TileStatus status = m_tile.status(m_value);
    const QString title = WallboardText::tileTitle(m_tile);
    const QString valueText = WallboardText::kpiValue(m_tile.kpi, m_value);
    const QString targetText = tr("Target %1").arg(WallboardText::kpiTarget(m_tile.kpi, m_tile.target));
    if (status == m_status && title == m_title && valueText == m_valueText && targetText == m_targetText)
        return;
    m_status = status;
    m_title = title;
    m_valueText = valueText;
    m_targetText = targetText;
    setAccessibleName(m_title);
    setAccessibleDescription(
        tr("%1, %2, %3").arg(m_valueText, m_targetText, WallboardText::statusName(m_status)));
    setToolTip(tr("%1\n%2 · alarm past %3\n%4")
                   .arg(m_title, m_targetText, WallboardText::kpiTarget(m_tile.kpi, m_tile.alarm),
                        WallboardText::statusName(m_status)));
    update();
}

QSize WallboardTileWidget::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int height = int(m_scale * (metrics.height() * 2 + metrics.height() * 2.2)) + 2 * Padding;
    return QSize(int(m_scale * 170), height);
}

QSize WallboardTileWidget::minimumSizeHint() const
{
    return QSize(int(m_scale * 120), sizeHint().height());
}

void WallboardTileWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refreshTexts();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void WallboardTileWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT editRequested(m_tile.id);
    QWidget::mouseDoubleClickEvent(event);
}

void WallboardTileWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor edge = statusColor();

    // The card: the palette's base with a wash of the status colour, so that text in the
    // palette's own colour reads in light and dark themes alike.
    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(card, Radius, Radius);
    QColor wash = edge;
    wash.setAlphaF(m_status == TileStatus::NoData ? 0.10f : 0.22f);
    painter.fillPath(path, pal.color(QPalette::Base));
    painter.fillPath(path, wash);
    painter.setPen(QPen(edge, 1.5));
    painter.drawPath(path);
    painter.save();
    painter.setClipPath(path);
    painter.fillRect(QRectF(card.left(), card.top(), EdgeWidth * m_scale, card.height()), edge);
    painter.restore();

    const QRect content = rect().adjusted(int(EdgeWidth * m_scale) + Padding, Padding, -Padding, -Padding);
    QFont titleFont = font();
    // Titles grow less than the figure, so that long ones still fit on a TV.
    titleFont.setPointSizeF(titleFont.pointSizeF() * (1.0 + (m_scale - 1.0) * 0.6));
    titleFont.setBold(true);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0 * m_scale);
    valueFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9 * m_scale);

    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics valueMetrics(valueFont);
    const QFontMetrics smallMetrics(smallFont);
    const QColor text = pal.color(QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.75f);

    painter.setFont(titleFont);
    painter.setPen(text);
    const QRect titleRect(content.left(), content.top(), content.width(), titleMetrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(m_title, Qt::ElideRight, titleRect.width()));

    const QRect targetRect(content.left(), content.bottom() - smallMetrics.height() + 1, content.width(),
                           smallMetrics.height());
    const QRect valueRect(content.left(), titleRect.bottom() + 1, content.width(),
                          targetRect.top() - titleRect.bottom() - 1);
    painter.setFont(valueFont);
    painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                     valueMetrics.elidedText(m_valueText, Qt::ElideRight, valueRect.width()));

    painter.setFont(smallFont);
    painter.setPen(quiet);
    const QString status = WallboardText::statusName(m_status);
    const int statusWidth = smallMetrics.horizontalAdvance(status);
    const bool statusFits =
        statusWidth + smallMetrics.horizontalAdvance(m_targetText) + 12 < targetRect.width();
    painter.drawText(targetRect, Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(m_targetText, Qt::ElideRight, targetRect.width()));
    if (statusFits) {
        painter.setPen(text);
        painter.drawText(targetRect, Qt::AlignRight | Qt::AlignVCenter, status);
    }
}

} // namespace ContactDesk

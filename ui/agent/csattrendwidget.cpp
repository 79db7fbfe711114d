#include "csattrendwidget.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <numeric>

namespace ContactDesk {

namespace {

constexpr int MinScore = 1;
constexpr int MaxScore = 5;
// Tall enough that one point of difference is plainly visible.
constexpr int ChartHeight = 64;

} // namespace

CsatTrendWidget::CsatTrendWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("csatTrend"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

void CsatTrendWidget::setScores(const QList<int> &scores)
{
    m_scores.clear();
    for (int score : scores)
        m_scores.append(std::clamp(score, MinScore, MaxScore));
    updateAccessibleText();
    update();
}

double CsatTrendWidget::average() const
{
    if (m_scores.isEmpty())
        return 0.0;
    return double(std::accumulate(m_scores.cbegin(), m_scores.cend(), 0)) / double(m_scores.size());
}

QString CsatTrendWidget::summaryText() const
{
    if (m_scores.isEmpty())
        return tr("No ratings yet");
    return tr("Average %1 over the last %Ln rating(s)", nullptr, int(m_scores.size()))
        .arg(QLocale().toString(average(), 'f', 1));
}

QSize CsatTrendWidget::sizeHint() const
{
    return QSize(240, fontMetrics().height() + 6 + ChartHeight);
}

QSize CsatTrendWidget::minimumSizeHint() const
{
    return QSize(120, sizeHint().height());
}

void CsatTrendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateAccessibleText();
    QWidget::changeEvent(event);
}

void CsatTrendWidget::updateAccessibleText()
{
    setAccessibleName(tr("Satisfaction trend"));
    QStringList values;
    for (int score : std::as_const(m_scores))
        values << QLocale().toString(score);
    setAccessibleDescription(m_scores.isEmpty()
                                 ? summaryText()
                                 : summaryText() + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
    setToolTip(accessibleDescription());
}

void CsatTrendWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();

    const QString caption = summaryText();
    const QRect textRect = rect().adjusted(0, 0, 0, -(height() - metrics.height()));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(caption, Qt::ElideRight, textRect.width()));
    if (m_scores.isEmpty())
        return;

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    painter.setFont(small);
    QColor quiet = pal.color(QPalette::WindowText);
    quiet.setAlphaF(0.6f);

    // Room on the left for the scale and above for the score written over each point.
    const int scaleWidth = smallMetrics.horizontalAdvance(QLocale().toString(MaxScore)) + 6;
    const QRectF chart =
        QRectF(rect()).adjusted(scaleWidth + 4, metrics.height() + 6 + smallMetrics.height(), -8, -4);
    auto yOf = [&](int score) {
        return chart.bottom() - (score - MinScore) * chart.height() / (MaxScore - MinScore);
    };

    QColor grid = quiet;
    grid.setAlphaF(0.25f);
    for (int score = MinScore; score <= MaxScore; score += 2) {
        const qreal y = yOf(score);
        painter.setPen(QPen(grid, 1, Qt::DotLine));
        painter.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y));
        painter.setPen(quiet);
        painter.drawText(QRectF(0, y - smallMetrics.height() / 2.0, scaleWidth, smallMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(score));
    }

    const qsizetype count = m_scores.size();
    auto pointAt = [&](qsizetype i) {
        const qreal x = count == 1 ? chart.center().x() : chart.left() + i * chart.width() / qreal(count - 1);
        return QPointF(x, yOf(m_scores.at(i)));
    };
    QPainterPath path(pointAt(0));
    for (qsizetype i = 1; i < count; ++i)
        path.lineTo(pointAt(i));
    const QColor line = pal.color(QPalette::Highlight);
    painter.setPen(QPen(line, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF point = pointAt(i);
        painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
        painter.setBrush(line);
        painter.drawEllipse(point, 3.5, 3.5);
        painter.setPen(pal.color(QPalette::WindowText));
        const QString label = QLocale().toString(m_scores.at(i));
        const qreal width = smallMetrics.horizontalAdvance(label);
        painter.drawText(QPointF(point.x() - width / 2, point.y() - 6), label);
    }
}

} // namespace ContactDesk

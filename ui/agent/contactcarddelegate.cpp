#include "contactcarddelegate.h"

#include "cardmetrics.h"
#include "contactinboxmodel.h"

#include <QApplication>
#include <QPainter>

namespace ContactDesk {

namespace {

constexpr int BarHeight = 3;

} // namespace

ContactCardDelegate::ContactCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_vipIcon(QStringLiteral(":/icons/vip.svg"))
{}

void ContactCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool offer = index.data(ContactInboxModel::IsOfferRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (offer && !selected) {
        QColor tint = opt.palette.color(group, QPalette::Highlight);
        tint.setAlphaF(0.14f);
        painter->fillRect(opt.rect, tint);
    }
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    // A thin line between cards: the rows are tall and otherwise run together.
    QColor rule = opt.palette.color(group, QPalette::Mid);
    rule.setAlphaF(0.5f);
    painter->setPen(rule);
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());

    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColor = textColor;
    quietColor.setAlphaF(0.7f);
    const QColor accent = selected ? textColor : opt.palette.color(group, QPalette::Highlight);

    QRect content = opt.rect.adjusted(CardMetrics::Margin, CardMetrics::Margin / 2 + 1, -CardMetrics::Margin,
                                      -(CardMetrics::Margin / 2 + 1 + BarHeight));
    const QRect iconRect(content.left(), content.top() + (content.height() - CardMetrics::IconSize) / 2,
                         CardMetrics::IconSize, CardMetrics::IconSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(group, QPalette::Base));
    painter->drawEllipse(iconRect.adjusted(-4, -4, 4, 4));
    opt.icon.paint(painter, iconRect.adjusted(2, 2, -2, -2), Qt::AlignCenter, QIcon::Normal);
    content.setLeft(iconRect.right() + 1 + CardMetrics::Margin);

    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);
    const QRect titleLine(content.left(), content.top(), content.width(), titleMetrics.height());
    const QRect secondLine(content.left(), titleLine.bottom() + 1 + CardMetrics::LineGap, content.width(),
                           metrics.height());

    const QString timer = index.data(ContactInboxModel::TimerTextRole).toString();
    int timerWidth = 0;
    if (!timer.isEmpty()) {
        painter->setFont(offer ? titleFont : opt.font);
        timerWidth = (offer ? titleMetrics : metrics).horizontalAdvance(timer);
        painter->setPen(offer ? accent : quietColor);
        painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, timer);
    }
    const bool vip = index.data(ContactInboxModel::VipRole).toBool();
    const int vipWidth = vip ? titleMetrics.height() + 4 : 0;
    const int titleWidth =
        std::max(0, titleLine.width() - vipWidth - (timerWidth ? timerWidth + CardMetrics::Margin : 0));
    const QString title = titleMetrics.elidedText(opt.text, Qt::ElideRight, titleWidth);
    painter->setFont(titleFont);
    painter->setPen(textColor);
    painter->drawText(QRect(titleLine.topLeft(), QSize(titleWidth, titleLine.height())),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    if (vip) {
        const int size = titleMetrics.height() - 2;
        const QRect star(titleLine.left() + titleMetrics.horizontalAdvance(title) + 4,
                         titleLine.top() + (titleLine.height() - size) / 2, size, size);
        m_vipIcon.paint(painter, star);
    }

    painter->setFont(opt.font);
    const int unread = index.data(ContactInboxModel::UnreadRole).toInt();
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = QString::number(unread);
        badgeWidth = std::max(metrics.height(), metrics.horizontalAdvance(count) + 10);
        const QRect badge(secondLine.right() - badgeWidth + 1, secondLine.top(), badgeWidth,
                          metrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? opt.palette.color(group, QPalette::Base) : accent);
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(selected ? opt.palette.color(group, QPalette::Text)
                                 : opt.palette.color(group, QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    const QString subtitle = index.data(ContactInboxModel::SubtitleRole).toString();
    const int subtitleWidth =
        std::max(0, secondLine.width() - (badgeWidth ? badgeWidth + CardMetrics::Margin : 0));
    painter->setPen(quietColor);
    painter->drawText(QRect(secondLine.topLeft(), QSize(subtitleWidth, secondLine.height())),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(subtitle, Qt::ElideRight, subtitleWidth));

    const QVariant fraction = index.data(ContactInboxModel::CountdownFractionRole);
    if (fraction.isValid()) {
        const QRect track(opt.rect.left() + CardMetrics::Margin, opt.rect.bottom() - BarHeight - 2,
                          opt.rect.width() - 2 * CardMetrics::Margin, BarHeight);
        QColor trackColor = accent;
        trackColor.setAlphaF(0.2f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, 1.5, 1.5);
        QRect left = track;
        left.setWidth(int(track.width() * std::clamp(fraction.toDouble(), 0.0, 1.0)));
        painter->setBrush(accent);
        painter->drawRoundedRect(left, 1.5, 1.5);
    }
    painter->restore();
}

QSize ContactCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + CardMetrics::LineGap
                       + QFontMetrics(option.font).height() + CardMetrics::Margin + BarHeight + 4;
    return QSize(CardMetrics::IconSize + 16 * CardMetrics::Margin,
                 std::max(height, CardMetrics::IconSize + CardMetrics::Margin));
}

} // namespace ContactDesk

#include "carddelegate.h"

#include "cardmetrics.h"

#include <QApplication>
#include <QPainter>

namespace ContactDesk {

namespace {

QString roleText(const QModelIndex &index, int role)
{
    return role < 0 ? QString() : index.data(role).toString();
}

} // namespace

CardDelegate::CardDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
{}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColor = textColor;
    quietColor.setAlphaF(0.68f);

    QRect content = opt.rect.adjusted(CardMetrics::Margin, CardMetrics::Margin / 2 + 1, -CardMetrics::Margin,
                                      -(CardMetrics::Margin / 2 + 1));
    if (!opt.icon.isNull() || m_roles.reserveIconSpace) {
        const QRect iconRect(content.left(), content.top() + (content.height() - CardMetrics::IconSize) / 2,
                             CardMetrics::IconSize, CardMetrics::IconSize);
        if (!opt.icon.isNull()) {
            // A disc of the base colour keeps the coloured channel icons visible on the
            // selection highlight too.
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(group, QPalette::Base));
            painter->drawEllipse(iconRect.adjusted(-4, -4, 4, 4));
            opt.icon.paint(painter, iconRect.adjusted(2, 2, -2, -2), Qt::AlignCenter, QIcon::Normal);
        }
        content.setLeft(iconRect.right() + 1 + CardMetrics::Margin);
    }

    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);
    const QRect titleLine(content.left(), content.top(), content.width(), titleMetrics.height());
    const QRect secondLine(content.left(), titleLine.bottom() + 1 + CardMetrics::LineGap, content.width(),
                           metrics.height());

    const QString trailing = roleText(index, m_roles.trailing);
    int trailingWidth = 0;
    if (!trailing.isEmpty()) {
        trailingWidth = metrics.horizontalAdvance(trailing);
        painter->setFont(opt.font);
        painter->setPen(quietColor);
        painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, trailing);
    }
    painter->setFont(titleFont);
    painter->setPen(textColor);
    const int titleWidth =
        std::max(0, titleLine.width() - (trailingWidth ? trailingWidth + CardMetrics::Margin : 0));
    painter->drawText(QRect(titleLine.topLeft(), QSize(titleWidth, titleLine.height())),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(opt.text, Qt::ElideRight, titleWidth));

    painter->setFont(opt.font);
    const QString badge = roleText(index, m_roles.badge);
    int badgeWidth = 0;
    if (!badge.isEmpty()) {
        badgeWidth = metrics.horizontalAdvance(badge);
        painter->setPen(textColor);
        painter->drawText(secondLine, Qt::AlignRight | Qt::AlignVCenter, badge);
    }
    const QString subtitle = roleText(index, m_roles.subtitle);
    if (!subtitle.isEmpty()) {
        const int width =
            std::max(0, secondLine.width() - (badgeWidth ? badgeWidth + CardMetrics::Margin : 0));
        painter->setPen(quietColor);
        painter->drawText(QRect(secondLine.topLeft(), QSize(width, secondLine.height())),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(subtitle, Qt::ElideRight, width));
    }
    painter->restore();
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + CardMetrics::LineGap
                       + QFontMetrics(option.font).height() + CardMetrics::Margin + 2;
    return QSize(CardMetrics::IconSize + 12 * CardMetrics::Margin,
                 std::max(height, CardMetrics::IconSize + CardMetrics::Margin));
}

} // namespace ContactDesk

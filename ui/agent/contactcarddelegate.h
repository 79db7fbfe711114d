#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace ContactDesk {

// Draws an inbox row (ContactInboxModel) as a card: the channel icon, the customer with a VIP
// star, the timer on the right (an offer's countdown in the accent colour), a quieter second line
// (queue, wait, state) with an unread-message badge, and under an offer a bar that shrinks as
// the offer runs out. Offers are tinted so that they stand out from the contacts being worked.
// Colours come from the palette, so the cards follow the light or dark system theme.
class ContactCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactCardDelegate)

public:
    explicit ContactCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QIcon m_vipIcon;
};

} // namespace ContactDesk

#pragma once

#include <QStyledItemDelegate>

namespace ContactDesk {

// Draws a list row as a small card: the decoration icon, the display text in bold with a trailing
// note on its right (a time), and a second line in a quieter colour with a badge on its right (a
// score). The model says which of its roles fill the optional parts. Colours come from the
// palette, so the rows follow the light or dark system theme.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDelegate)

public:
    struct Roles
    {
        int subtitle = -1;
        int trailing = -1;
        int badge = -1;
        // Keep the icon's column empty on rows without one, so that the texts line up.
        bool reserveIconSpace = false;
    };

    explicit CardDelegate(Roles roles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Roles m_roles;
};

} // namespace ContactDesk

#include "shortcutoverlay.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ContactDesk {

ShortcutEntry ShortcutEntry::fromAction(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // "파일(&F)"
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return ShortcutEntry{keys.join(QStringLiteral(" / ")), text.trimmed()};
}

ShortcutOverlay::ShortcutOverlay(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();

    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("shortcutPanel"));
    m_panel->setAutoFillBackground(true);
    m_title = new QLabel(m_panel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_hint = new QLabel(m_panel);
    m_content = new QLabel(m_panel);
    m_content->setObjectName(QStringLiteral("shortcutList"));
    m_content->setTextFormat(Qt::RichText);
    m_content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_content->setWordWrap(true);
    m_scroll = new QScrollArea(m_panel);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_scroll, 1);

    window->installEventFilter(this);
    changeEvent(nullptr);
}

void ShortcutOverlay::setGroups(const QList<ShortcutGroup> &groups)
{
    m_groups = groups;
    render();
}

QString ShortcutOverlay::plainText() const
{
    QStringList lines;
    for (const ShortcutGroup &group : m_groups) {
        lines << group.title;
        for (const ShortcutEntry &entry : group.entries)
            lines << QStringLiteral("%1: %2").arg(entry.keys, entry.description);
    }
    return lines.join(QLatin1Char('\n'));
}

void ShortcutOverlay::render()
{
    // Groups in columns of a table, so that the list fits a 1366×768 window without scrolling.
    const int columns = 3;
    QStringList cells;
    for (const ShortcutGroup &group : std::as_const(m_groups)) {
        QString cell = QStringLiteral("<p style=\"margin-bottom:4px\"><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\">")
                .arg(group.title.toHtmlEscaped());
        for (const ShortcutEntry &entry : group.entries) {
            cell +=
                QStringLiteral("<tr><td style=\"padding-right:10px\" nowrap><tt>%1</tt></td><td>%2</td></tr>")
                                   .arg(entry.keys.toHtmlEscaped(), entry.description.toHtmlEscaped());
        }
        cell += QStringLiteral("</table>");
        cells << cell;
    }
    QString html = QStringLiteral("<table cellspacing=\"12\" width=\"100%\">");
    for (int i = 0; i < cells.size(); i += columns) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c) {
            html += QStringLiteral("<td valign=\"top\" width=\"33%\">%1</td>") .arg(
                i + c < cells.size() ? cells.at(i + c) : QString());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_content->setText(html);
    m_content->setAccessibleDescription(plainText());
}

void ShortcutOverlay::open()
{
    QWidget *window = parentWidget();
    setGeometry(window->rect());
    m_previousFocus = window->focusWidget();
    raise();
    show();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutOverlay::dismiss()
{
    if (!isVisible())
        return;
    hide();
    if (m_previousFocus && m_previousFocus->isVisible())
        m_previousFocus->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        dismiss();
        return;
    }
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown || event->key() == Qt::Key_Up
        || event->key() == Qt::Key_PageUp) {
        QApplication::sendEvent(m_scroll->verticalScrollBar(), event);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    dismiss();
}

void ShortcutOverlay::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 110));
}

void ShortcutOverlay::resizeEvent(QResizeEvent *event)
{
    Q_UNUSED(event)
    // The panel keeps a margin to the window whatever its size.
    const int margin = std::max(16, std::min(width(), height()) / 20);
    m_panel->setGeometry(rect().adjusted(margin, margin, -margin, -margin));
}

void ShortcutOverlay::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("Keyboard shortcuts"));
        m_hint->setText(tr("Press Escape or F1 to close."));
        setAccessibleName(tr("Keyboard shortcuts"));
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace ContactDesk

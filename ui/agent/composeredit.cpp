#include "composeredit.h"

#include <QKeyEvent>

namespace ContactDesk {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

QSize ComposerEdit::sizeHint() const
{
    // Four lines: room for a reply without pushing the transcript away.
    const int lines = 4;
    return QSize(QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines
                                                         + int(document()->documentMargin() * 2)
                                                         + frameWidth() * 2);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_enterSends
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
        event->accept();
        Q_EMIT sendRequested();
        return;
    }
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        // Shift+Enter would insert a line separator (U+2028), which the customer's side may not
        // show as a new line.
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace ContactDesk

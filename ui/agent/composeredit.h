#pragma once

#include <QPlainTextEdit>

namespace ContactDesk {

// Where the agent writes a reply. In a chat, Enter sends and Shift+Enter starts a new line; an
// e-mail is written with Enter as a new line and sent with the Send button (Alt+S).
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    void setEnterSends(bool enterSends) { m_enterSends = enterSends; }
    bool enterSends() const { return m_enterSends; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_enterSends = true;
};

} // namespace ContactDesk

#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;

namespace ContactDesk {

struct ShortcutEntry
{
    QString keys;
    QString description;

    // The action's shortcuts ("Ctrl+Return / Ctrl+Enter") and its text without the mnemonic.
    static ShortcutEntry fromAction(const QAction *action);
};

struct ShortcutGroup
{
    QString title;
    QList<ShortcutEntry> entries;
};

// The F1 help overlay: every keyboard shortcut of the window, in groups, over a dimmed window.
// Escape, F1 or a click closes it. It is a child of the window, so it moves and resizes with it
// and a screen reader finds it in the window's tree.
class ShortcutOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutOverlay)

public:
    explicit ShortcutOverlay(QWidget *window);

    void setGroups(const QList<ShortcutGroup> &groups);
    const QList<ShortcutGroup> &groups() const { return m_groups; }
    // Everything listed as plain text, one "keys: description" a line.
    QString plainText() const;

    // Covers the window and takes the keyboard focus.
    void open();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void dismiss();

    QList<ShortcutGroup> m_groups;
    QWidget *m_panel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_content = nullptr;
    QWidget *m_previousFocus = nullptr;
};

} // namespace ContactDesk

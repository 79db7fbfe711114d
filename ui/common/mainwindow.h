#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ContactDesk {

class AgentWorkspace;
class CoachingBackend;
class CoachingView;
class CustomerDirectory;
class DeskBackend;
class LanguageManager;
class ShortcutOverlay;
class WallboardView;

// The desktop's main window: views (the agent workspace, the customer directory, the supervisor's
// wallboard, coaching) behind a rail
// on the left and the View menu, the menus, and the backend it is connected to in the status
// bar. A view is a widget registered with addView(); it gets a rail button, a View-menu entry
// with Ctrl+<n>, and a place in the F1 shortcut overlay. Every text follows the UI language live.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DeskBackend &backend, LanguageManager &languages, QWidget *parent = nullptr);

    // The views in the order of the rail: "agent", "customers", for supervisors "wallboard", and
    // "coaching".
    QStringList viewIds() const;
    // Shows the view; false for an id that is not one, or not now: the wallboard asked for before
    // the person signed in as a supervisor opens when they have.
    bool showView(const QString &id);
    QString currentView() const;
    QAction *viewAction(const QString &id) const;

    AgentWorkspace *agentWorkspace() const { return m_agent; }
    CustomerDirectory *directory() const { return m_directory; }
    // Always there; on the rail and in the View menu while the backend lets this person supervise
    // (isSupervising), and only then connected to the backend.
    WallboardView *wallboard() const { return m_wallboard; }
    bool isSupervising() const { return m_supervising; }
    // The coaching view is always there; it works once it has a backend (the embedded centre's
    // coaching) and says that coaching is not available here while it has none.
    void setCoachingBackend(CoachingBackend *backend);
    CoachingView *coaching() const { return m_coaching; }
    ShortcutOverlay *shortcutOverlay() const { return m_overlay; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *findAction() const { return m_findAction; }

    // Opens the settings dialog (modal); applying it changes language and phone region live.
    void showSettings();
    // The F1 overlay with every shortcut of the window.
    void showShortcuts();
    void showAbout();
    // The phone region from Settings; re-formats every visible number.
    void applyPhoneRegion(const QString &region);

Q_SIGNALS:
    // The agent picked another region for phone numbers written without a country code.
    void phoneRegionChanged(const QString &region);
    void viewChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct View
    {
        QString id;
        QWidget *widget = nullptr;
        QAction *action = nullptr;
    };
    void addView(const QString &id, QWidget *widget, const QString &icon);
    bool isAvailable(const View &view) const;
    void updateSupervision();
    void applySupervision(bool supervising);
    QString viewTitle(const QString &id) const;
    void retranslate();
    void updateStatus();
    void showError(const QString &message);

    DeskBackend &m_backend;
    LanguageManager &m_languages;
    QStackedWidget *m_views = nullptr;
    QList<View> m_viewList;
    QActionGroup *m_viewGroup = nullptr;
    QToolBar *m_viewRail = nullptr;
    AgentWorkspace *m_agent = nullptr;
    CustomerDirectory *m_directory = nullptr;
    WallboardView *m_wallboard = nullptr;
    QAction *m_wallboardSeparator = nullptr;
    bool m_supervising = false;
    QString m_wantedView; // asked for while not available
    CoachingView *m_coaching = nullptr;
    ShortcutOverlay *m_overlay = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_backendStatus = nullptr;
    QString m_lastError;
};

} // namespace ContactDesk

#include "mainwindow.h"

#include "agent/agentworkspace.h"
#include "agent/customerdirectory.h"
#include "backend/deskbackend.h"
#include "coaching/coachingview.h"
#include "languagemanager.h"
#include "settingsdialog.h"
#include "shortcutoverlay.h"
#include "wallboard/wallboardview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace ContactDesk {

namespace {

constexpr int StatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(DeskBackend &backend, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.contactdesk.ContactDesk.svg")));

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    setCentralWidget(m_views);
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    m_viewRail = new QToolBar(this);
    m_viewRail->setObjectName(QStringLiteral("viewRail"));
    m_viewRail->setMovable(false);
    m_viewRail->setFloatable(false);
    m_viewRail->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_viewRail->setIconSize(QSize(24, 24));
    m_viewRail->toggleViewAction()->setVisible(false);
    addToolBar(Qt::LeftToolBarArea, m_viewRail);

    m_agent = new AgentWorkspace(this);
    m_directory = new CustomerDirectory(this);
    addView(QStringLiteral("agent"), m_agent, QStringLiteral("view-agent"));
    addView(QStringLiteral("customers"), m_directory, QStringLiteral("view-customers"));
    // Always in its place (Ctrl+3), shown only while the backend lets this person supervise: on a
    // server that is known once they have signed in (updateSupervision).
    m_wallboard = new WallboardView(this);
    addView(QStringLiteral("wallboard"), m_wallboard, QStringLiteral("view-wallboard"));
    m_coaching = new CoachingView(this);
    addView(QStringLiteral("coaching"), m_coaching, QStringLiteral("view-coaching"));

    m_settingsAction = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(QIcon(QStringLiteral(":/icons/search.svg")), QString(), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showView(QStringLiteral("customers"));
        m_directory->focusSearch();
    });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_agent->signInAction());
    m_fileMenu->addAction(m_agent->signOutAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_agent->offerCatalogueAction());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (const View &view : std::as_const(m_viewList))
        m_viewMenu->addAction(view.action);
    m_wallboardSeparator = m_viewMenu->addSeparator();
    for (QAction *action : m_wallboard->viewActions())
        m_viewMenu->addAction(action);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    // State changes and offers work from every view: an agent browsing customers can still
    // take the call that comes in.
    addActions(m_agent->windowActions());

    m_backendStatus = new QLabel(this);
    m_backendStatus->setObjectName(QStringLiteral("backendStatus"));
    m_backendStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_backendStatus);
    connect(m_directory, &CustomerDirectory::errorOccurred, this, &MainWindow::showError);
    connect(m_agent, &AgentWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_agent, &AgentWorkspace::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_agent, &AgentWorkspace::attentionWanted, this, [this] { showView(QStringLiteral("agent")); });

    m_overlay = new ShortcutOverlay(this);

    const QString region = SettingsDialog::phoneRegion();
    m_directory->setPhoneRegion(region);
    m_agent->setPhoneRegion(region);
    m_directory->setBackend(&m_backend);
    m_agent->setBackend(&m_backend);
    connect(m_wallboard, &WallboardView::errorOccurred, this, &MainWindow::showError);
    connect(
        m_wallboard, &WallboardView::customerRequested, this, [this](qint64 customerId, const QString &name) {
            showView(QStringLiteral("customers"));
            connect(
                m_directory, &CustomerDirectory::searchFinished, this,
                [this, customerId] { m_directory->selectCustomer(customerId); }, Qt::SingleShotConnection);
            m_directory->search(name);
        });
    connect(&m_backend, &DeskBackend::accessChanged, this, &MainWindow::updateSupervision);
    applySupervision(m_backend.canSupervise());
    connect(m_coaching, &CoachingView::errorOccurred, this, &MainWindow::showError);
    m_coaching->setDeskBackend(&m_backend);
    showView(QStringLiteral("agent"));
    retranslate();
}

void MainWindow::addView(const QString &id, QWidget *widget, const QString &icon)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), QString(), this);
    action->setObjectName(QStringLiteral("view-") + id);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(m_viewList.size()))));
    m_viewGroup->addAction(action);
    m_viewRail->addAction(action);
    connect(action, &QAction::triggered, this, [this, id] { showView(id); });
    m_views->addWidget(widget);
    m_viewList.append(View{id, widget, action});
}

void MainWindow::setCoachingBackend(CoachingBackend *backend)
{
    m_coaching->setBackend(backend);
}

void MainWindow::updateSupervision()
{
    if (m_backend.canSupervise() != m_supervising)
        applySupervision(!m_supervising);
}

void MainWindow::applySupervision(bool supervising)
{
    m_supervising = supervising;
    if (QAction *action = viewAction(QStringLiteral("wallboard")))
        action->setVisible(supervising);
    m_wallboardSeparator->setVisible(supervising);
    for (QAction *action : m_wallboard->viewActions())
        action->setVisible(supervising);
    if (supervising) {
        m_wallboard->setBackend(&m_backend);
        if (m_wantedView == u"wallboard")
            showView(m_wantedView);
        return;
    }
    m_wallboard->closeTv();
    m_wallboard->setBackend(nullptr);
    if (currentView() == u"wallboard")
        showView(QStringLiteral("agent"));
}

bool MainWindow::isAvailable(const View &view) const
{
    return view.widget != m_wallboard || m_supervising;
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const View &view : m_viewList) {
        if (isAvailable(view))
            ids << view.id;
    }
    return ids;
}

bool MainWindow::showView(const QString &id)
{
    for (const View &view : std::as_const(m_viewList)) {
        if (view.id != id)
            continue;
        if (!isAvailable(view)) {
            // Asked for before the person's role is known (--view wallboard, then a sign-in).
            m_wantedView = id;
            return false;
        }
        m_wantedView.clear();
        view.action->setChecked(true);
        if (m_views->currentWidget() != view.widget) {
            m_views->setCurrentWidget(view.widget);
            Q_EMIT viewChanged(id);
        }
        return true;
    }
    return false;
}

QString MainWindow::currentView() const
{
    for (const View &view : m_viewList) {
        if (view.widget == m_views->currentWidget())
            return view.id;
    }
    return QString();
}

QAction *MainWindow::viewAction(const QString &id) const
{
    for (const View &view : m_viewList) {
        if (view.id == id)
            return view.action;
    }
    return nullptr;
}

QString MainWindow::viewTitle(const QString &id) const
{
    if (id == u"agent")
        return tr("Agent");
    if (id == u"customers")
        return tr("Customers");
    if (id == u"wallboard")
        return tr("Wallboard");
    if (id == u"coaching")
        return tr("Coaching");
    return id;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_languages, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPhoneRegion(SettingsDialog::phoneRegion());
}

void MainWindow::applyPhoneRegion(const QString &region)
{
    m_directory->setPhoneRegion(region);
    m_agent->setPhoneRegion(region);
    Q_EMIT phoneRegionChanged(region);
}

void MainWindow::showShortcuts()
{
    QList<ShortcutGroup> groups;
    ShortcutGroup window{tr("Window"), {}};
    for (const View &view : std::as_const(m_viewList)) {
        if (isAvailable(view))
            window.entries << ShortcutEntry::fromAction(view.action);
    }
    window.entries << ShortcutEntry::fromAction(m_findAction) << ShortcutEntry::fromAction(m_settingsAction)
                   << ShortcutEntry::fromAction(m_shortcutsAction) << ShortcutEntry::fromAction(m_quitAction);
    groups << window;
    groups << m_agent->shortcutGroups();
    ShortcutGroup customers{tr("Customers view"), {}};
    customers.entries << ShortcutEntry{tr("Down"), tr("From the search field to the results")}
                      << ShortcutEntry{tr("Enter"), tr("Search at once without waiting")}
                      << ShortcutEntry{tr("Space"), tr("Switch the focused channel filter on or off")};
    groups << customers;
    if (m_supervising) {
        ShortcutGroup wallboard{tr("Wallboard view"), {}};
        wallboard.entries << ShortcutEntry::fromAction(m_wallboard->tvAction())
                          << ShortcutEntry::fromAction(m_wallboard->refreshAction())
                          << ShortcutEntry{tr("Enter"),
                                           tr("On a figure of the queue table: the contacts behind it")}
                          << ShortcutEntry{tr("Esc"), tr("Close the TV window")};
        groups << wallboard;
    }
    ShortcutGroup coaching{tr("Coaching view"), {}};
    coaching.entries
        << ShortcutEntry{QKeySequence(Qt::CTRL | Qt::Key_Space).toString(QKeySequence::NativeText),
                         tr("Play or pause the recording")}
        << ShortcutEntry{tr("Left / Right"), tr("On the waveform: five seconds back or forward")}
        << ShortcutEntry{tr("Home / End"), tr("On the waveform: to the start or the end")}
        << ShortcutEntry{tr("Drag"), tr("On the waveform: select a clip for a coaching session")}
        << ShortcutEntry{tr("Esc"), tr("On the waveform: clear the selection")}
        << ShortcutEntry{QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                         tr("Save the evaluation as a draft")};
    groups << coaching;
    m_overlay->setGroups(groups);
    m_overlay->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ContactDesk"),
                       tr("<h3>ContactDesk %1</h3>"
                          "<p>Calls, chats, e-mails, text and social messages in one window, with the "
                          "customer's whole history beside them.</p>")
                           .arg(QStringLiteral(CONTACTDESK_VERSION)));
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(tr("Error: %1").arg(message), StatusMessageMs * 2);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ContactDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find Customer"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About ContactDesk"));
    m_viewRail->setWindowTitle(tr("Views"));
    m_viewRail->setAccessibleName(tr("Views"));
    for (const View &view : std::as_const(m_viewList)) {
        view.action->setText(viewTitle(view.id));
        view.action->setToolTip(tr("%1 (%2)").arg(
            viewTitle(view.id), view.action->shortcut().toString(QKeySequence::NativeText)));
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_backendStatus->setText(m_backend.isEmbedded() ? tr("Local database: %1").arg(m_backend.location())
                                                    : tr("Server: %1").arg(m_backend.location()));
    m_backendStatus->setAccessibleName(tr("Where the data comes from"));
}

} // namespace ContactDesk

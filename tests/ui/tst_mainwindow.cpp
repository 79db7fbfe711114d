#include "agent/agentworkspace.h"
#include "agent/customerdirectory.h"
#include "agent/customerprofilewidget.h"
#include "agent/timelinewidget.h"
#include "backend/embeddedbackend.h"
#include "centre/contactcentre.h"
#include "coaching/coachingview.h"
#include "common/languagemanager.h"
#include "common/mainwindow.h"
#include "common/settingsdialog.h"
#include "common/shortcutoverlay.h"
#include "uitestmain.h"
#include "wallboard/wallboardview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace ContactDesk;

// The main window as a whole: menus and shortcuts, the status bar, and Settings changing the
// language and the phone region of everything on screen without a restart.
class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    TestMainWindow(const UiTestWorkspace &workspace, BackendMode mode)
        : m_workspace(workspace)
        , m_mode(mode)
    {}

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setSessionLanguage(QStringLiteral("en")));
        m_backend = m_workspace.openBackend(m_mode);
        QVERIFY(m_backend);
        m_window = std::make_unique<MainWindow>(*m_backend, *m_languages);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->directory()->isSettled());
    }

    void cleanup()
    {
        m_window.reset();
        m_backend.reset();
        m_languages.reset();
        QSettings().clear();
    }

    void statusBarSaysWhereTheDataIs()
    {
        auto *status = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("backendStatus"));
        QVERIFY(status);
        // The database's path on the desktop's own centre; the server's URL on a remote one.
        const QString where =
            m_mode == BackendMode::Remote ? m_backend->location() : m_workspace.databasePath();
        QVERIFY(m_mode != BackendMode::Remote || where.startsWith(QStringLiteral("ws://127.0.0.1:")));
        QVERIFY2(status->text().contains(where), qPrintable(status->text()));
        QVERIFY(status->text().startsWith(m_mode == BackendMode::Immediate
                                          ? QStringLiteral("Local database: ")
                                          : QStringLiteral("Server: ")));
    }

    void menusHoldTheirActions()
    {
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QCOMPARE(menus.size(), 4);
        QCOMPARE(menus.at(0)->text(), QStringLiteral("&File"));
        QVERIFY(menus.at(0)->menu()->actions().contains(m_window->settingsAction()));
        QVERIFY(menus.at(0)->menu()->actions().contains(m_window->quitAction()));
        QVERIFY(menus.at(0)->menu()->actions().contains(m_window->agentWorkspace()->signInAction()));
        QCOMPARE(menus.at(2)->text(), QStringLiteral("&View"));
        const QList<QAction *> viewMenu = menus.at(2)->menu()->actions();
        for (const QString &id : m_window->viewIds())
            QVERIFY2(viewMenu.contains(m_window->viewAction(id)), qPrintable(id));
        // A supervisor (the embedded centre's user is one) also finds the wallboard's commands there.
        QVERIFY(m_window->wallboard());
        for (QAction *action : m_window->wallboard()->viewActions())
            QVERIFY2(viewMenu.contains(action), qPrintable(action->objectName()));
        QCOMPARE(menus.at(3)->text(), QStringLiteral("&Help"));
        QVERIFY(menus.at(3)->menu()->actions().contains(m_window->shortcutsAction()));
        QVERIFY(menus.at(3)->menu()->actions().contains(m_window->aboutAction()));
    }

    void opensOnTheAgentWorkspaceAndSwitchesViews()
    {
        QCOMPARE(m_window->viewIds(),
                 (QStringList{QStringLiteral("agent"),
                     QStringLiteral("customers"), QStringLiteral("wallboard"), QStringLiteral("coaching")}));
        QCOMPARE(m_window->currentView(), QStringLiteral("agent"));
        QVERIFY(m_window->agentWorkspace()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), QStringLiteral("customers"));
        QVERIFY(m_window->directory()->isVisible());
        QVERIFY(!m_window->agentWorkspace()->isVisible());
        QVERIFY(m_window->viewAction(QStringLiteral("customers"))->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), QStringLiteral("agent"));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), QStringLiteral("wallboard"));
        QVERIFY(m_window->wallboard()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), QStringLiteral("agent"));
        // Coaching is there for everyone; without a coaching backend (none is given here) it says so.
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), QStringLiteral("coaching"));
        QVERIFY(m_window->coaching()->isVisible());
        QVERIFY(m_window->coaching()->unavailableLabel()->isVisible());
        QCOMPARE(m_window->coaching()->unavailableLabel()->text(),
                 QStringLiteral("Coaching is not available here."));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), QStringLiteral("agent"));
        QVERIFY(!m_window->showView(QStringLiteral("reports")));
        QCOMPARE(m_window->currentView(), QStringLiteral("agent"));
    }

    // On a server the role is known only once someone has signed in: the wallboard comes and goes
    // with it, and a wallboard asked for before (contactdesk --view wallboard) opens then.
    void theWallboardFollowsWhoIsSignedIn()
    {
        if (m_mode != BackendMode::Remote)
            QSKIP("the embedded centre's desk is always a supervisor's");
        const auto wait = [](const std::function<void(DeskBackend::Reply<bool>)> &ask) {
            std::optional<bool> done;
            ask([&done](const BackendResult<bool> &result) { done = result.ok(); });
            return QTest::qWaitFor([&] { return done.has_value(); }, 10'000) && *done;
        };
        const auto signIn = [&](const QString &login) {
            return wait([&](DeskBackend::Reply<bool> done) {
                m_backend->signIn(
                    login, UiTestWorkspace::password(), [done](const BackendResult<AgentSession> &result) {
                        done(result.ok() ? BackendResult<bool>(true) : BackendResult<bool>(result.error()));
                    });
            });
        };
        QAction *rail = m_window->viewAction(QStringLiteral("wallboard"));
        QVERIFY(m_window->isSupervising());
        QVERIFY(rail->isVisible());
        QVERIFY(m_window->showView(QStringLiteral("wallboard")));
        QTRY_VERIFY(m_window->wallboard()->isSettled());

        // Signed out: no wallboard, and the window goes back to the agent workspace.
        QVERIFY(wait([&](DeskBackend::Reply<bool> done) { m_backend->signOut(done); }));
        QTRY_VERIFY(!m_window->isSupervising());
        QVERIFY(!rail->isVisible());
        for (QAction *action : m_window->wallboard()->viewActions())
            QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        QCOMPARE(m_window->currentView(), QStringLiteral("agent"));
        QVERIFY(!m_window->viewIds().contains(QStringLiteral("wallboard")));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), QStringLiteral("agent"));
        QVERIFY(!m_window->showView(QStringLiteral("wallboard")));
        // The directory searched again and was refused; that is no error for the status bar.
        QTRY_VERIFY(m_window->directory()->isSettled());
        QCOMPARE(m_window->directory()->currentCustomerId(), qint64(0));
        QVERIFY2(!m_window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Error")), qPrintable(m_window->statusBar()->currentMessage()));

        // An agent: still none.
        ContactCentre &centre = UiTestWorkspace::embedded(*m_backend).centre();
        const QString agentLogin = centre.agentRecord(centre.agentIds().at(1))->login;
        QVERIFY(signIn(agentLogin));
        QVERIFY(!m_window->isSupervising());
        QVERIFY(!rail->isVisible());
        QVERIFY(wait([&](DeskBackend::Reply<bool> done) { m_backend->signOut(done); }));

        // The supervisor again: the wallboard is back, and open, as it was asked for meanwhile.
        QVERIFY(signIn(UiTestWorkspace::readerLogin()));
        QTRY_VERIFY(m_window->isSupervising());
        QVERIFY(rail->isVisible());
        QCOMPARE(m_window->currentView(), QStringLiteral("wallboard"));
        QTRY_VERIFY(m_window->wallboard()->isSettled());
        QVERIFY(m_window->viewIds().contains(QStringLiteral("wallboard")));
        // And the directory has searched for them.
        QTRY_VERIFY(m_window->directory()->isSettled() && m_window->directory()->currentCustomerId() != 0);
    }

    void ctrlFFocusesTheSearchField()
    {
        QCOMPARE(m_window->currentView(), QStringLiteral("agent"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->directory()->searchField()->hasFocus());
        QCOMPARE(m_window->currentView(), QStringLiteral("customers"));
    }

    void f1ListsTheShortcuts()
    {
        ShortcutOverlay *overlay = m_window->shortcutOverlay();
        QVERIFY(!overlay->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_VERIFY(overlay->isVisible());
        const QString listed = overlay->plainText();
        for (const QString &keys : {QStringLiteral("Ctrl+F"),
                 QStringLiteral("Ctrl+,"),
                     QStringLiteral("Ctrl+1"),
                         QStringLiteral("Ctrl+Return"),
                             QStringLiteral("Ctrl+Shift+R"),
                                 QStringLiteral("Ctrl+Shift+H"),
                                     QStringLiteral("Ctrl+Shift+E"),
                                                    QStringLiteral("Ctrl+Alt+R"),
                                                                   QStringLiteral("Ctrl+/"),
                                                                                  QStringLiteral("F6")})
            QVERIFY2(listed.contains(keys), qPrintable(keys + QStringLiteral(" not in:\n") + listed));
        // Every action of the workspace with a shortcut is listed.
        for (const QAction *action : m_window->agentWorkspace()->actions()) {
            if (action->shortcut().isEmpty()
                || action->objectName().startsWith(QLatin1String("selectContact")))
                continue;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keys), qPrintable(action->objectName() + QStringLiteral(": ") + keys));
        }
        QTest::keyClick(overlay, Qt::Key_Escape);
        QTRY_VERIFY(!overlay->isVisible());
    }

    void settingsSwitchesTheLanguageLive()
    {
        m_window->showView(QStringLiteral("customers"));
        CustomerDirectory *directory = m_window->directory();
        QLabel *heading = directory->timeline()->findChild<QLabel *>(QStringLiteral("timelineHeading"));
        QLabel *detailsHeading =
            directory->profile()->findChild<QLabel *>(QStringLiteral("profileDetailsHeading"));
        QVERIFY(heading && detailsHeading);
        QCOMPARE(heading->text(), QStringLiteral("Interactions"));
        const QString countInEnglish = directory->timeline()->countLabel()->text();
        QVERIFY2(countInEnglish.contains(QStringLiteral("interaction")), qPrintable(countInEnglish));

        QVERIFY(chooseInSettings(QStringLiteral("ko"), QString()));
        QTRY_COMPARE(m_window->menuBar()->actions().at(0)->text(), QStringLiteral("파일(&F)"));
        QCOMPARE(m_window->menuBar()->actions().at(2)->text(), QStringLiteral("보기(&V)"));
        QCOMPARE(m_window->menuBar()->actions().at(3)->text(), QStringLiteral("도움말(&H)"));
        QCOMPARE(m_window->agentWorkspace()->acceptAction()->text(), QStringLiteral("수락(&A)"));
        QCOMPARE(m_window->settingsAction()->text(), QStringLiteral("설정(&S)…"));
        QCOMPARE(heading->text(), QStringLiteral("상담 이력"));
        QCOMPARE(detailsHeading->text(), QStringLiteral("고객 정보"));
        QCOMPARE(directory->searchField()->placeholderText(),
                 QStringLiteral("이름, 전화번호, 이메일 또는 회사"));
        QCOMPARE(directory->timeline()->allChannelsButton()->text(), QStringLiteral("전체"));
        QCOMPARE(directory->timeline()->channelButton(Channel::Voice)->text(), QStringLiteral("전화"));
        QVERIFY2(directory->timeline()->countLabel()->text().endsWith(
            QStringLiteral("건")), qPrintable(directory->timeline()->countLabel()->text()));
        QCOMPARE(m_languages->effectiveLanguage(), QStringLiteral("ko"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));

        QVERIFY(chooseInSettings(QStringLiteral("en"), QString()));
        QTRY_COMPARE(m_window->menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
        QCOMPARE(heading->text(), QStringLiteral("Interactions"));
        QCOMPARE(detailsHeading->text(), QStringLiteral("Details"));
        QCOMPARE(directory->timeline()->allChannelsButton()->text(), QStringLiteral("All"));
        QCOMPARE(directory->timeline()->countLabel()->text(), countInEnglish);
    }

    void settingsChangesThePhoneRegionLive()
    {
        CustomerDirectory *directory = m_window->directory();
        directory->search(QStringLiteral("010-9876-0001"));
        QTRY_VERIFY(directory->isSettled());
        QCOMPARE(directory->currentCustomerId(), m_workspace.knownCustomerId);
        QCOMPARE(firstContactValue(), QStringLiteral("010-9876-0001 (primary)"));

        QVERIFY(chooseInSettings(QString(), QStringLiteral("US")));
        QTRY_COMPARE(firstContactValue(), QStringLiteral("+82 10-9876-0001 (primary)"));
        QCOMPARE(SettingsDialog::phoneRegion(), QStringLiteral("US"));
        // The language given for this run is still in effect: only the region changed.
        QCOMPARE(m_window->menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
    }

private:
    // Runs `handle` on the next modal window to open (a dialog's exec() blocks the test).
    void whenModal(std::function<void(QWidget *)> handle)
    {
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, timer, [timer, handle] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                handle(modal);
            }
        });
        timer->start();
    }

    // Opens Settings with its shortcut, picks a language and/or region, and presses OK.
    [[nodiscard]] bool chooseInSettings(const QString &language, const QString &region)
    {
        bool done = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SettingsDialog *>(modal);
            if (!dialog)
                return;
            auto *languages = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            auto *regions = dialog->findChild<QComboBox *>(QStringLiteral("regionCombo"));
            if (!language.isEmpty())
                languages->setCurrentIndex(languages->findData(language));
            if (!region.isEmpty())
                regions->setCurrentIndex(regions->findData(region));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            done = true;
        });
        // A closed dialog leaves no window active on the offscreen platform; shortcuts need one.
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        return QTest::qWaitFor([&done] { return done; });
    }

    QString firstContactValue() const
    {
        const auto values =
            m_window->directory()->profile()->findChildren<QLabel *>(QStringLiteral("contactPointValue"));
        return values.isEmpty() ? QString() : values.first()->text();
    }

    const UiTestWorkspace &m_workspace;
    BackendMode m_mode;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<DeskBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

CONTACTDESK_UI_TEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"

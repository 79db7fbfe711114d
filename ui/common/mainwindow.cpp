#include "mainwindow.h"

#include "agent/customerdirectory.h"
#include "backend/deskbackend.h"
#include "languagemanager.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ContactDesk {

MainWindow::MainWindow(DeskBackend &backend, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.contactdesk.ContactDesk.svg")));

    m_directory = new CustomerDirectory(this);
    setCentralWidget(m_directory);

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
    connect(m_findAction, &QAction::triggered, m_directory, &CustomerDirectory::focusSearch);

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
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_findAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);

    m_backendStatus = new QLabel(this);
    m_backendStatus->setObjectName(QStringLiteral("backendStatus"));
    m_backendStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_backendStatus);
    connect(m_directory, &CustomerDirectory::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        statusBar()->showMessage(tr("Error: %1").arg(message));
    });

    m_directory->setPhoneRegion(SettingsDialog::phoneRegion());
    m_directory->setBackend(&m_backend);
    retranslate();
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
    Q_EMIT phoneRegionChanged(region);
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> shortcuts = {
        {m_findAction->shortcut().toString(QKeySequence::NativeText), tr("Search customers")},
        {tr("Down"), tr("From the search field to the results")},
        {tr("Tab / Shift+Tab"), tr("Move between the results, the profile, the filters and the timeline")},
        {tr("Space"), tr("Switch the focused channel filter on or off")},
        {tr("Enter"), tr("Search at once without waiting")},
        {m_settingsAction->shortcut().toString(QKeySequence::NativeText), tr("Settings")},
        {m_shortcutsAction->shortcut().toString(QKeySequence::NativeText), tr("This list")},
        {m_quitAction->shortcut().toString(QKeySequence::NativeText), tr("Quit")},
    };
    QString rows;
    for (const auto &[keys, action] : shortcuts)
        rows += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>") .arg(
            keys.toHtmlEscaped(), action.toHtmlEscaped());
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table>%1</table>").arg(rows));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ContactDesk"),
                       tr("<h3>ContactDesk %1</h3>"
                          "<p>Calls, chats, e-mails, text and social messages in one window, with the "
                          "customer's whole history beside them.</p>")
                           .arg(QStringLiteral(CONTACTDESK_VERSION)));
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
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find Customer"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About ContactDesk"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_backendStatus->setText(m_backend.isEmbedded() ? tr("Local database: %1").arg(m_backend.location())
                                                    : tr("Server: %1").arg(m_backend.location()));
    m_backendStatus->setAccessibleName(tr("Where the data comes from"));
}

} // namespace ContactDesk

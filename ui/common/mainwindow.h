#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;

namespace ContactDesk {

class CustomerDirectory;
class DeskBackend;
class LanguageManager;

// The desktop's main window: menus, the customer directory in the middle, and the backend it is
// connected to in the status bar. Every text follows the UI language live.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DeskBackend &backend, LanguageManager &languages, QWidget *parent = nullptr);

    CustomerDirectory *directory() const { return m_directory; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *findAction() const { return m_findAction; }

    // Opens the settings dialog (modal); applying it changes language and phone region live.
    void showSettings();
    void showShortcuts();
    void showAbout();
    // The phone region from Settings; re-formats every visible number.
    void applyPhoneRegion(const QString &region);

Q_SIGNALS:
    // The agent picked another region for phone numbers written without a country code.
    void phoneRegionChanged(const QString &region);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    DeskBackend &m_backend;
    LanguageManager &m_languages;
    CustomerDirectory *m_directory = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
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

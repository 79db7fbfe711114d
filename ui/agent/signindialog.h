#pragma once

#include "backend/agentdesk.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ContactDesk {

// "Sign in as…": on the embedded contact centre a list of the demo agents to pick from (no
// password); against a server, a login and a password.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // `candidates` empty: ask for a login and a password. `currentLogin` is preselected.
    SignInDialog(const QList<AgentSession> &candidates, const QString &currentLogin,
                 QWidget *parent = nullptr);

    QString login() const;
    QString password() const;

    QListWidget *candidateList() const { return m_list; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    QList<AgentSession> m_candidates;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ContactDesk

#include "signindialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

constexpr int LoginRole = Qt::UserRole;

} // namespace

SignInDialog::SignInDialog(const QList<AgentSession> &candidates, const QString &currentLogin,
                           QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
{
    setObjectName(QStringLiteral("signInDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("signInCandidates"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &SignInDialog::updateOk);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateOk);

    for (const AgentSession &candidate : candidates) {
        QString text = candidate.displayName;
        if (!candidate.team.isEmpty())
            text += QStringLiteral(" · ") + candidate.team;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(LoginRole, candidate.login);
        item->setToolTip(candidate.login);
        if (candidate.login == currentLogin)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    const bool chooser = !candidates.isEmpty();
    m_list->setVisible(chooser);
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    for (QWidget *widget : {static_cast<QWidget *>(m_loginLabel), static_cast<QWidget *>(m_login),
                            static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password)})
        widget->setVisible(!chooser);
    if (!chooser)
        m_login->setText(currentLogin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(380, chooser ? 420 : 180);
    retranslate();
    updateOk();
    if (chooser)
        m_list->setFocus();
    else
        m_login->setFocus();
}

QString SignInDialog::login() const
{
    if (!m_candidates.isEmpty())
        return m_list->currentItem() ? m_list->currentItem()->data(LoginRole).toString() : QString();
    return m_login->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_candidates.isEmpty() ? m_password->text() : QString();
}

void SignInDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!login().isEmpty());
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in"));
    m_intro->setText(m_candidates.isEmpty()
                         ? tr("Sign in to the contact centre.")
                         : tr("Work as one of the demo agents of this desktop's contact centre."));
    m_list->setAccessibleName(tr("Agents"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
}

} // namespace ContactDesk

#include "internalchatwidget.h"

#include "agentdeskcontroller.h"
#include "displaytext.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

// Items of the target box carry "agent:<id>" or "group:<skill>".
QString agentKey(qint64 agentId)
{
    return QStringLiteral("agent:") + QString::number(agentId);
}

QString groupKey(const QString &skill)
{
    return QStringLiteral("group:") + skill;
}

QString skillName(const QString &skill)
{
    static const char *const names[][2] = {
        {"sales", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "Sales experts")},
        {"billing", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "Billing experts")},
        {"tech-support", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "Technical support experts")},
        {"retention", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "Retention experts")},
        {"back-office", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "Back office")},
        {"korean", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "Korean speakers")},
        {"english", QT_TRANSLATE_NOOP("ContactDesk::InternalChatWidget", "English speakers")},
    };
    for (const auto &name : names) {
        if (skill == QLatin1String(name[0]))
            return InternalChatWidget::tr(name[1]);
    }
    return InternalChatWidget::tr("Group: %1").arg(skill);
}

} // namespace

InternalChatWidget::InternalChatWidget(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("internalChat"));
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("internalChatTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(12);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("internalChatRefresh"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &InternalChatWidget::refreshTargets);
    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("internalChatTranscript"));
    m_transcript->setMinimumHeight(60);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("internalChatInput"));
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::returnPressed, this, &InternalChatWidget::send);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_heading);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(targetRow);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_input);

    connect(&desk, &AgentDeskController::sessionChanged, this, [this] {
        m_colleagues.clear();
        fillTargets();
        render();
        if (m_desk.isSignedIn())
            refreshTargets();
    });
    connect(&desk, &AgentDeskController::internalMessageReceived, this,
            [this](const InternalMessage &message) {
                const bool mine = m_desk.session() && message.fromAgentId == m_desk.session()->agentId;
                if (!mine && !m_input->hasFocus())
                    setUnread(m_unread + 1);
                render();
            });
    retranslate();
}

void InternalChatWidget::refreshTargets()
{
    if (!m_desk.backend() || !m_desk.isSignedIn())
        return;
    QPointer<InternalChatWidget> self(this);
    m_desk.backend()->transferTargets([self](const BackendResult<QList<TransferTarget>> &result) {
        if (!self || !result.ok())
            return;
        self->m_colleagues.clear();
        const qint64 me = self->m_desk.session() ? self->m_desk.session()->agentId : 0;
        for (const TransferTarget &target : result.value()) {
            if (target.kind == TransferTarget::Kind::Agent && target.agentId != me)
                self->m_colleagues.append(target);
        }
        self->fillTargets();
    });
}

void InternalChatWidget::fillTargets()
{
    const QString current = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    if (const auto &session = m_desk.session()) {
        for (auto it = session->skills.cbegin(); it != session->skills.cend(); ++it)
            m_target->addItem(QIcon(QStringLiteral(":/icons/group.svg")), skillName(it.key()),
                                    groupKey(it.key()));
    }
    for (const TransferTarget &colleague : std::as_const(m_colleagues)) {
        m_target->addItem(
            QStringLiteral("%1 (%2)").arg(colleague.name, DisplayText::presenceName(colleague.agentState)),
                           agentKey(colleague.agentId));
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(current)));
    m_input->setEnabled(m_target->count() > 0);
}

void InternalChatWidget::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
    setUnread(0);
}

bool InternalChatWidget::send()
{
    const QString text = m_input->text().trimmed();
    const QString target = m_target->currentData().toString();
    if (text.isEmpty() || target.isEmpty() || !m_desk.isSignedIn() || m_sending)
        return false;
    InternalMessage message;
    message.fromAgentId = m_desk.session()->agentId;
    message.fromName = m_desk.session()->displayName;
    if (target.startsWith(QLatin1String("agent:")))
        message.toAgentId = target.mid(6).toLongLong();
    else
        message.toGroup = target.mid(6);
    message.aboutInteractionId = m_about;
    message.body = text;
    message.sentAtMs = m_desk.nowMs();
    m_sending = true;
    QPointer<InternalChatWidget> self(this);
    m_desk.sendInternalMessage(message, [self, text](bool sent) {
        if (!self)
            return;
        self->m_sending = false;
        if (sent && self->m_input->text().trimmed() == text)
            self->m_input->clear();
    });
    return true;
}

void InternalChatWidget::render()
{
    const qint64 me = m_desk.session() ? m_desk.session()->agentId : 0;
    QString html;
    for (const InternalMessage &message : m_desk.internalMessages()) {
        QString to;
        if (!message.toGroup.isEmpty())
            to = skillName(message.toGroup);
        else if (message.toAgentId == me)
            to = tr("you");
        else {
            to = tr("colleague");
            for (const TransferTarget &colleague : std::as_const(m_colleagues)) {
                if (colleague.agentId == message.toAgentId)
                    to = colleague.name;
            }
        }
        const QString from = message.fromAgentId == me ? tr("You") : message.fromName;
        const QString time = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(message.sentAtMs).toLocalTime().time(), QLocale::ShortFormat);
        html += QStringLiteral("<p style=\"margin:2px\"><b>%1 → %2</b> <small>%3</small><br>%4</p>") .arg(
            from.toHtmlEscaped(), to.toHtmlEscaped(), time, message.body.toHtmlEscaped());
    }
    if (html.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("Ask a colleague or an expert group; the customer "
                                                         "does not see this.")
                                                          .toHtmlEscaped());
    m_transcript->setHtml(html);
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

void InternalChatWidget::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    retranslate();
    Q_EMIT unreadChanged(count);
}

bool InternalChatWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::FocusIn)
        setUnread(0);
    return QWidget::eventFilter(watched, event);
}

void InternalChatWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InternalChatWidget::retranslate()
{
    m_heading->setText(m_unread > 0 ? tr("Help (%n new)", nullptr, m_unread) : tr("Help"));
    m_target->setAccessibleName(tr("Ask whom"));
    m_target->setToolTip(tr("A colleague or an expert group"));
    m_refresh->setToolTip(tr("Refresh the list of colleagues"));
    m_refresh->setAccessibleName(tr("Refresh the list of colleagues"));
    m_transcript->setAccessibleName(tr("Internal help messages"));
    m_input->setPlaceholderText(tr("Ask for help…"));
    m_input->setAccessibleName(tr("Message to colleagues"));
    fillTargets();
    render();
}

} // namespace ContactDesk

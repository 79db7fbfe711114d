#include "inboxwidget.h"

#include "agentdeskcontroller.h"
#include "contactcarddelegate.h"
#include "contactinboxmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

InboxWidget::InboxWidget(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("inbox"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("inboxHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("inboxCounts"));

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("inboxList"));
    m_view->setModel(desk.inbox());
    m_view->setItemDelegate(new ContactCardDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxWidget::onCurrentChanged);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_acceptButton = new QToolButton(this);
    m_acceptButton->setObjectName(QStringLiteral("inboxAcceptButton"));
    m_rejectButton = new QToolButton(this);
    m_rejectButton->setObjectName(QStringLiteral("inboxRejectButton"));
    for (QToolButton *button : {m_acceptButton, m_rejectButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setVisible(false);
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_counts);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_rejectButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    ContactInboxModel *model = desk.inbox();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int) {
        updateHeader();
        // The first contact to arrive is the one to look at.
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_desk.inbox()->index(first));
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InboxWidget::updateHeader);
    connect(model, &QAbstractItemModel::modelReset, this, &InboxWidget::updateHeader);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InboxWidget::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &InboxWidget::onCurrentChanged);
    connect(&desk, &AgentDeskController::statusChanged, this, &InboxWidget::updateHeader);
    connect(&desk, &AgentDeskController::sessionChanged, this, &InboxWidget::updateHeader);

    retranslate();
}

void InboxWidget::setOfferActions(QAction *accept, QAction *reject)
{
    m_acceptButton->setDefaultAction(accept);
    m_rejectButton->setDefaultAction(reject);
    m_acceptButton->setVisible(true);
    m_rejectButton->setVisible(true);
}

qint64 InboxWidget::currentInteractionId() const
{
    return m_current;
}

bool InboxWidget::selectInteraction(qint64 interactionId)
{
    const int row = m_desk.inbox()->rowOf(interactionId);
    return row >= 0 && selectRow(row);
}

bool InboxWidget::selectRow(int row)
{
    if (row < 0 || row >= m_desk.inbox()->rowCount())
        return false;
    m_view->setCurrentIndex(m_desk.inbox()->index(row));
    return true;
}

void InboxWidget::onCurrentChanged()
{
    const ContactSummary *contact = m_desk.inbox()->contactAt(m_view->currentIndex().row());
    const qint64 id = contact ? contact->interactionId : 0;
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentContactChanged(id);
}

void InboxWidget::updateHeader()
{
    const ContactInboxModel *model = m_desk.inbox();
    const int offers = model->offerCount();
    const int active = model->activeCount();
    QStringList parts;
    if (offers > 0)
        parts << tr("%n offer(s)", nullptr, offers);
    if (active > 0)
        parts << tr("%n active", "contacts being handled", active);
    m_counts->setText(parts.join(QStringLiteral(" · ")));

    if (model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_desk.isSignedIn())
        m_empty->setText(m_desk.isSigningIn() ? tr("Signing in…") : tr("Sign in to receive contacts."));
    else if (!m_desk.takesContacts())
        m_empty->setText(
            tr("Your account has no agent desk: you supervise and coach, and receive no contacts."));
    else if (m_desk.status().state == AgentState::Ready)
        m_empty->setText(tr("You are Ready. New calls, chats and messages appear here."));
    else
        m_empty->setText(tr("No contacts. Go Ready to receive calls, chats and messages."));
    m_stack->setCurrentWidget(m_empty);
}

void InboxWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxWidget::retranslate()
{
    m_heading->setText(tr("Inbox"));
    m_view->setAccessibleName(tr("Offered and active contacts"));
    m_desk.inbox()->retranslate();
    updateHeader();
}

} // namespace ContactDesk

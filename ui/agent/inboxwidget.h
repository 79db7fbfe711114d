#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace ContactDesk {

class AgentDeskController;

// The agent's inbox: every contact offered to or handled by the agent, on any channel, as cards
// (ContactCardDelegate) with Accept and Reject under them for the selected offer. Selecting a card
// makes it the contact the rest of the workspace shows.
class InboxWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWidget)

public:
    InboxWidget(AgentDeskController &desk, QWidget *parent = nullptr);

    // The workspace's Accept and Reject actions, shown as buttons under the list.
    void setOfferActions(QAction *accept, QAction *reject);

    qint64 currentInteractionId() const;
    // Selects the contact; false when it is not in the inbox.
    bool selectInteraction(qint64 interactionId);
    // Selects the n-th card (0-based); false when there are fewer.
    bool selectRow(int row);
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void currentContactChanged(qint64 interactionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void onCurrentChanged();

    AgentDeskController &m_desk;
    QLabel *m_heading = nullptr;
    QLabel *m_counts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QToolButton *m_acceptButton = nullptr;
    QToolButton *m_rejectButton = nullptr;
    qint64 m_current = 0;
};

} // namespace ContactDesk

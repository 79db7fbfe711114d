#pragma once

#include "backend/agentdesk.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ContactDesk {

// What the placeholders of a canned response stand for in one conversation.
struct PlaceholderValues
{
    QString customerFirstName;
    QString customerName;
    QString agentName;
    QString interactionSubject;
};

// The canned responses as a popup under the composer: a search field over a list, the
// customer's language first, only the responses meant for the contact's channel. Enter or a
// click picks one; Escape closes.
class CannedResponsePopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedResponsePopup)

public:
    explicit CannedResponsePopup(QWidget *parent = nullptr);

    // The responses to offer for `channel`, those in `language` first.
    void setResponses(const QList<CannedResponse> &responses, Channel channel, const QString &language);
    // Opens below (or above, when there is no room) `anchor`, with the search field focused.
    void popup(QWidget *anchor);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    // The responses the search leaves, in the order shown.
    QList<CannedResponse> visibleResponses() const;

    // Replaces {customer.firstName}, {customer.name}, {agent.name} and {interaction.subject};
    // other braces stay as written.
    static QString fill(const QString &body, const PlaceholderValues &values);

Q_SIGNALS:
    void responseChosen(const ContactDesk::CannedResponse &response);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refilter();
    void chooseCurrent();

    QList<CannedResponse> m_responses;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ContactDesk

#pragma once

#include "backend/agentdesk.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace ContactDesk {

class DeskBackend;

// The suggested next offer for the customer of the selected contact: the offer, why this
// customer, how likely they are to take it, and three answers (accepted, declined, not now) that
// the agent records on the interaction. The engine learns from each answer at once, and the next
// suggestion comes up. Shown while the agent is talking to an identified customer.
class NextOfferPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextOfferPanel)

public:
    static constexpr int SuggestionLimit = 3;

    explicit NextOfferPanel(QWidget *parent = nullptr);

    void setBackend(DeskBackend *backend);
    // 0: no contact (the panel is hidden). Names and reasons come in the UI's language.
    void setContact(qint64 interactionId);
    void reload();

    qint64 interactionId() const { return m_interactionId; }
    bool isLoaded() const { return m_loaded; }
    // The offer shown now (no outcome recorded for it yet), if any.
    std::optional<NextOffer> current() const;
    // The suggestions loaded, each with the outcome recorded for it on this interaction, if any.
    const QList<NextOffer> &offers() const { return m_offers; }

    QPushButton *acceptedButton() const { return m_accepted; }
    QPushButton *declinedButton() const { return m_declined; }
    QPushButton *notNowButton() const { return m_notNow; }
    QList<QAction *> actions() const { return {m_acceptedAction, m_declinedAction, m_notNowAction}; }

Q_SIGNALS:
    void loaded(qint64 interactionId);
    void outcomeRecorded(qint64 interactionId, const QString &offerId, const QString &outcome);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void record(const QString &outcome);
    void present(const QList<NextOffer> &offers);
    void retranslate();
    static QString outcomeName(const QString &outcome);

    QPointer<DeskBackend> m_backend;
    qint64 m_interactionId = 0;
    QString m_language; // what the shown offers were loaded in
    QList<NextOffer> m_offers;
    bool m_loaded = false;
    bool m_recording = false;
    quint64 m_generation = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_odds = nullptr;
    QLabel *m_recorded = nullptr;
    QPushButton *m_accepted = nullptr;
    QPushButton *m_declined = nullptr;
    QPushButton *m_notNow = nullptr;
    QAction *m_acceptedAction = nullptr;
    QAction *m_declinedAction = nullptr;
    QAction *m_notNowAction = nullptr;
};

} // namespace ContactDesk

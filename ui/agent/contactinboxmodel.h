#pragma once

#include "backend/agentdesk.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <array>
#include <functional>

namespace ContactDesk {

// The contacts an agent is offered and handling, on every channel at once: offers first (the one
// expiring soonest on top), then the active contacts in the order they were taken. Rows carry
// what an inbox card shows, including the texts that move with the clock (countdown, time in
// state); tick() refreshes those.
class ContactInboxModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactInboxModel)

public:
    enum Role
    {
        InteractionIdRole = Qt::UserRole,
        ChannelRole,           // int(Channel)
        StateRole,             // int(InteractionState)
        IsOfferRole,           // bool
        CustomerNameRole,      // the customer, or where the contact came from when unknown
        VipRole,               // bool
        QueueNameRole,         //
        SubtitleRole,          // "Waiting 0:35 · Billing" / "On hold 1:02"
        TimerTextRole,         // countdown of an offer ("12 s"), else time in the current state
        CountdownFractionRole, // offers: share of the offer time left, 1 → 0; else invalid
        UnreadRole,            // customer messages not yet seen
        MutedRole,             // bool
    };
    Q_ENUM(Role)

    explicit ContactInboxModel(QObject *parent = nullptr);

    void setClock(std::function<qint64()> nowMs);
    // Region phone numbers are written for when a contact has no customer yet.
    void setPhoneRegion(const QString &region);

    // Adds or updates the contact; true when it was not there before.
    bool upsert(const ContactSummary &contact);
    bool remove(qint64 interactionId);
    void clear();

    const ContactSummary *contactAt(int row) const;
    const ContactSummary *contactById(qint64 interactionId) const;
    int rowOf(qint64 interactionId) const;
    QList<qint64> interactionIds() const;
    int offerCount() const;
    int activeCount() const { return int(m_rows.size()) - offerCount(); }

    void noteUnread(qint64 interactionId);
    void clearUnread(qint64 interactionId);
    int unread(qint64 interactionId) const { return m_unread.value(interactionId); }

    // The clock moved: countdowns and timers change text.
    void tick();
    // The words follow the UI language: call after it changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What a contact is called on screen: the customer's name, else the caller's number
    // formatted for `region`, the e-mail address or the handle; "Unknown" when nothing is known.
    static QString contactName(const ContactSummary &contact, const QString &region);
    // When the contact entered its current state, for "time in state".
    static qint64 stateSinceMs(const ContactSummary &contact);

private:
    struct Row
    {
        ContactSummary contact;
        qint64 order = 0; // among the active contacts: when it was taken
    };
    static bool isOffer(const ContactSummary &contact);
    bool lessThan(const Row &a, const Row &b) const;
    int insertionRow(const Row &row) const;
    QString subtitle(const ContactSummary &contact) const;
    QString timerText(const ContactSummary &contact) const;

    QList<Row> m_rows;
    QHash<qint64, int> m_unread;
    std::function<qint64()> m_now;
    QString m_phoneRegion = QStringLiteral("KR");
    qint64 m_nextOrder = 1;
    std::array<QIcon, ChannelCount> m_channelIcons;
};

} // namespace ContactDesk

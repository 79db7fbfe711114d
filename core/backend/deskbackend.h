#pragma once

#include "domain/channel.h"
#include "domain/contactpoint.h"
#include "domain/customer.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "domain/workitem.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace ContactDesk {

// Why a backend request failed. `code` is stable ("not-found", "invalid-argument", "storage",
// "disconnected", "forbidden" ...); `message` is a sentence for logs and, failing a better one,
// for people.
struct BackendError
{
    QString code;
    QString message;
};

// A request's answer: a value or an error.
template <typename T>
class BackendResult
{
public:
    BackendResult(T value)
        : m_value(std::move(value))
    {}
    BackendResult(BackendError error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    const BackendError &error() const { return std::get<BackendError>(m_value); }

private:
    std::variant<T, BackendError> m_value;
};

struct TimelineFilter
{
    QList<Channel> channels; // empty: every channel
    QString text;            // matched against subject, notes and message bodies; empty: no text filter

    bool operator==(const TimelineFilter &other) const = default;
};

// Keyset position in a timeline: the page after (older than) the given entry. Default: the start.
struct TimelineCursor
{
    qint64 beforeCreatedMs = 0;
    qint64 beforeId = 0;

    bool isStart() const { return beforeCreatedMs == 0 && beforeId == 0; }
};

struct TimelineItem
{
    Interaction interaction;
    int messageCount = 0;
    QString agentName;
};

struct TimelineItemPage
{
    QList<TimelineItem> items; // newest first
    bool hasMore = false;
    TimelineCursor next; // pass back for the following page
};

// What the UI may ask of a contact centre. Two implementations: EmbeddedBackend (the core in
// this process, on SQLite) and a remote one speaking the WebSocket protocol to
// contactdesk-server. Every request answers through its callback, possibly later (remote) or
// before the call returns (embedded); callers must handle both. Callbacks run on the thread
// that owns the backend.
class DeskBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskBackend)

public:
    template <typename T>
    using Reply = std::function<void(const BackendResult<T> &)>;

    using QObject::QObject;
    ~DeskBackend() override = default;

    // Where the data lives, for the status bar: true for the core in this process; location()
    // is the database (embedded, password hidden) or the server's URL (remote). The UI words it.
    virtual bool isEmbedded() const = 0;
    virtual QString location() const = 0;

    virtual void searchCustomers(const QString &text, int limit, Reply<QList<Customer>> reply) = 0;
    virtual void customer(qint64 customerId, Reply<Customer> reply) = 0;
    // The customer reachable at a phone number / e-mail / handle written in any common form;
    // an empty optional when nobody is.
    virtual void findCustomerByContact(ContactKind kind, const QString &value,
                                       Reply<std::optional<Customer>> reply) = 0;
    virtual void timeline(qint64 customerId, const TimelineFilter &filter, const TimelineCursor &cursor,
                          int limit, Reply<TimelineItemPage> reply) = 0;
    virtual void timelineCount(qint64 customerId, const TimelineFilter &filter, Reply<int> reply) = 0;
    virtual void messages(qint64 interactionId, Reply<QList<Message>> reply) = 0;
    virtual void openWorkItems(qint64 customerId, Reply<QList<WorkItem>> reply) = 0;
};

} // namespace ContactDesk

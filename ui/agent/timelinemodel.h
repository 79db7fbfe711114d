#pragma once

#include "backend/deskbackend.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QPointer>

#include <array>

namespace ContactDesk {

// One customer's contacts on every channel, newest first, as a thin adapter over
// DeskBackend::timeline. Only the first page is asked for when the customer or the filter
// changes; views pull the following pages through canFetchMore()/fetchMore() as they scroll, each
// page continuing from the keyset cursor of the previous one. Answers that arrive after the
// customer or filter has changed again are dropped.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Role
    {
        InteractionIdRole = Qt::UserRole,
        ChannelRole,      // int(Channel)
        ChannelKeyRole,   // "voice", "chat" ...
        DirectionRole,    // int(Direction)
        StateRole,        // int(InteractionState)
        CreatedAtRole,    // qint64 ms since the epoch
        AgentNameRole,    // empty when no agent handled it
        DispositionRole,  // the stored code
        SubjectRole,      // as stored, may be empty
        SummaryRole,      // subject or a fallback such as "Inbound call"
        DetailLineRole,   // "Inbound · Kim Jiho · Resolved · 4:05"
        TimeTextRole,     // creation time in the locale's short format
        CsatRole,         // int 1..5, or an invalid QVariant when the customer gave none
        CsatTextRole,     // "★ 4" or empty
        MessageCountRole, // int
        NotesRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 50;

    explicit TimelineModel(QObject *parent = nullptr);

    void setBackend(DeskBackend *backend);
    DeskBackend *backend() const { return m_backend; }

    // Shows `customerId`'s timeline from the start; 0 empties the model.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }

    // Rows asked for per request. Takes effect at the next reload.
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // Interactions matching the filter in all (also not yet loaded) pages; -1 until known.
    int totalCount() const { return m_totalCount; }
    bool isLoading() const { return m_loading; }
    // True once the first page of the current customer and filter has arrived.
    bool isFirstPageLoaded() const { return m_firstPageLoaded; }
    QString lastError() const { return m_lastError; }

    const TimelineItem *entryAt(int row) const;
    int rowOfInteraction(qint64 interactionId) const;

    // Drops what is loaded and asks for the first page again.
    void reload();
    // A live interaction of this customer moved on (offered, connected, wrap-up …): its row, if
    // loaded, shows where it is now without reloading the pages.
    void updateLiveState(qint64 interactionId, InteractionState state, const InteractionTimes &times);
    // The rows' words and date formats follow the UI language: call after it changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);
    void loadingChanged(bool loading);
    void firstPageLoaded();
    void errorOccurred(const QString &message);

private:
    void requestPage();
    void appendPage(const TimelineItemPage &page);
    void setLoading(bool loading);
    void fail(const BackendError &error);

    QPointer<DeskBackend> m_backend;
    // Loaded once: a QIcon keeps the pixmaps it rendered, so a new one per row would redraw the SVG.
    std::array<QIcon, ChannelCount> m_channelIcons;
    qint64 m_customerId = 0;
    TimelineFilter m_filter;
    int m_pageSize = DefaultPageSize;

    QList<TimelineItem> m_entries;
    TimelineCursor m_next;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_firstPageLoaded = false;
    int m_totalCount = -1;
    QString m_lastError;
    // Bumped on every reload; answers carrying an older value belong to a view no longer shown.
    quint64 m_generation = 0;
};

} // namespace ContactDesk

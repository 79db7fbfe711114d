#pragma once

#include "backend/deskbackend.h"

#include <QWidget>

#include <array>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace ContactDesk {

class TimelineModel;
class TranscriptView;

// A customer's all-channel history: a filter bar (one toggle per channel and a full-text search),
// the number of matching contacts, the list itself (newest first, more pages loaded on scroll),
// and under it the transcript or notes of the selected contact.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setBackend(DeskBackend *backend);
    void setCustomer(qint64 customerId);
    qint64 customerId() const;
    bool isFirstPageShown() const;

    // Only these channels (empty: all), as if the matching toggles had been pressed.
    void setChannels(const QList<Channel> &channels);
    QList<Channel> channels() const;
    // Applies a full-text filter at once, as if typed and confirmed with Enter.
    void setSearchText(const QString &text);

    TimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    TranscriptView *transcript() const { return m_transcript; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QToolButton *allChannelsButton() const { return m_allButton; }
    QToolButton *channelButton(Channel channel) const { return m_channelButtons.at(std::size_t(channel)); }

Q_SIGNALS:
    // The first page of the current customer and filter is on screen.
    void firstPageShown(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void channelToggled(Channel channel, bool checked);
    void allToggled();
    void updateCount();
    void updateEmptyState();
    void onFirstPageLoaded();
    void onCurrentChanged();

    TimelineModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_allButton = nullptr;
    std::array<QToolButton *, ChannelCount> m_channelButtons{};
    QStackedWidget *m_listStack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    TranscriptView *m_transcript = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace ContactDesk

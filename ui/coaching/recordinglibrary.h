#pragma once

#include "backend/coachingbackend.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ContactDesk {

class RecordingLibraryModel;

// The recordings library: filters (agent, team, queue, channel, dates, disposition, CSAT,
// duration, evaluated or not) that search as they change, a page of recordings newest first with
// Previous / Next (keyset pages, RecordingQuery::next), and words instead of an empty table: no
// recordings yet, none matching, recordings unavailable here and why, or the error.
class RecordingLibrary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingLibrary)

public:
    static constexpr int PageSize = 50;
    static constexpr int SearchDelayMs = 250;

    explicit RecordingLibrary(QWidget *parent = nullptr);

    void setBackend(CoachingBackend *backend);
    // Who searches: an agent has no agent or team filter (the core narrows to their own anyway).
    void setUser(const std::optional<CoachingUser> &user);
    void setAgents(const QList<CoachableAgent> &agents);
    // The interactions that have an evaluation, for the Evaluation column and filter.
    void setEvaluatedInteractions(const QSet<qint64> &interactionIds);
    // Queue names by id, for the Queue column and filter (ids where a name is missing).
    void setQueueNames(const QHash<QString, QString> &names);

    // The filters as they stand, for the first page.
    RecordingQuery query() const;
    // Searches from the first page with the filters as they stand.
    void search();
    void nextPage();
    void previousPage();
    void resetFilters();
    int pageNumber() const { return int(m_pages.size()); }
    bool hasMore() const { return m_hasMore; }
    bool isSettled() const;
    // The recordings seen so far, by interaction: how an evaluation or a clip finds its recording.
    std::optional<Recording> knownRecording(qint64 interactionId) const;
    // A recording changed elsewhere (its legal hold): its row and what is known of it.
    void updateRecording(const Recording &recording);
    // A recording was deleted: forgotten, and the first page searched again without it.
    void removeRecording(qint64 recordingId);

    const Recording *currentRecording() const;
    bool selectRecording(qint64 recordingId);

    RecordingLibraryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *agentFilter() const { return m_agent; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *queueFilter() const { return m_queue; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *dispositionFilter() const { return m_disposition; }
    QComboBox *evaluationFilter() const { return m_evaluation; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *untilFilter() const { return m_until; }
    QSpinBox *minCsatFilter() const { return m_minCsat; }
    QSpinBox *maxCsatFilter() const { return m_maxCsat; }
    QSpinBox *minDurationFilter() const { return m_minMinutes; }
    QSpinBox *maxDurationFilter() const { return m_maxMinutes; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *pageLabel() const { return m_pageLabel; }

Q_SIGNALS:
    void recordingActivated(const ContactDesk::Recording &recording);
    void searchFinished();
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleSearch();
    void runPage(const RecordingQuery &query);
    void showPage(const RecordingPage &page);
    void showEmpty(const QString &text);
    void learnFacets(const QList<Recording> &recordings);
    void fillFacetBoxes();
    void requestFacets();
    void updateButtons();
    void activateCurrent();
    bool hasFilters() const;

    QPointer<CoachingBackend> m_backend;
    std::optional<CoachingUser> m_user;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_facetsPending = false;
    QList<RecordingQuery> m_pages; // the query of every page up to the one shown
    bool m_hasMore = false;
    RecordingQuery m_nextQuery;
    QSet<qint64> m_evaluated;
    QHash<qint64, Recording> m_known;
    QSet<QString> m_teams;
    QSet<QString> m_queues;
    QHash<QString, QString> m_queueNames;
    QSet<QString> m_dispositions;
    bool m_filling = false;

    QTimer *m_searchTimer = nullptr;
    RecordingLibraryModel *m_model = nullptr;
    QLabel *m_agentLabel = nullptr;
    QComboBox *m_agent = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_queueLabel = nullptr;
    QComboBox *m_queue = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_dispositionLabel = nullptr;
    QComboBox *m_disposition = nullptr;
    QLabel *m_evaluationLabel = nullptr;
    QComboBox *m_evaluation = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_untilLabel = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_csatLabel = nullptr;
    QSpinBox *m_minCsat = nullptr;
    QSpinBox *m_maxCsat = nullptr;
    QLabel *m_durationLabel = nullptr;
    QSpinBox *m_minMinutes = nullptr;
    QSpinBox *m_maxMinutes = nullptr;
    QPushButton *m_reset = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace ContactDesk

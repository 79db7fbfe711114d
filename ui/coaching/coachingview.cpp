#include "coachingview.h"

#include "agent/displaytext.h"
#include "auditlogpanel.h"
#include "coachingsessionpanel.h"
#include "coachingtext.h"
#include "evaluationpanel.h"
#include "interactionreview.h"
#include "recordinglibrary.h"
#include "scorecardcache.h"
#include "scoretrendpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

// RecordingQuery's largest page: how a clip or an evaluation looks for its recording.
constexpr int FindLimit = 500;

} // namespace

CoachingView::CoachingView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coachingView"));
    m_scorecards = new ScorecardCache(this);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &CoachingView::refreshAll);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(StatusShownMs);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("coachingUser"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("coachingStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);

    m_library = new RecordingLibrary(this);
    m_review = new InteractionReview(this);
    m_sessions = new CoachingSessionPanel(this);
    m_trend = new ScoreTrendPanel(this);
    m_audit = new AuditLogPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("coachingTabs"));
    m_tabs->addTab(m_library, QString());
    m_tabs->addTab(m_review, QString());
    m_tabs->addTab(m_sessions, QString());
    m_tabs->addTab(m_trend, QString());
    m_tabs->addTab(m_audit, QString());
    m_tabs->setTabVisible(AuditTab, false);
    // The log is read when it is looked at, so that it lists what was just done.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == AuditTab)
            m_audit->reload();
    });

    connect(m_library, &RecordingLibrary::recordingActivated, this, &CoachingView::openRecording);
    connect(m_library, &RecordingLibrary::searchFinished, this, &CoachingView::settledChanged);
    connect(m_library, &RecordingLibrary::errorOccurred, this,
            [this](const QString &m) { showStatus(m, true); });
    connect(m_review, &InteractionReview::settledChanged, this, &CoachingView::settledChanged);
    connect(m_review, &InteractionReview::statusMessage, this,
            [this](const QString &m) { showStatus(m, false); });
    connect(m_review, &InteractionReview::errorOccurred, this,
            [this](const QString &m) { showStatus(m, true); });
    connect(m_review, &InteractionReview::clipSelectionChanged, this, &CoachingView::updateClip);
    connect(m_review, &InteractionReview::opened, this, [this](const Recording &recording) {
        updateClip();
        Q_EMIT settledChanged();
        if (m_pendingStretch && m_pendingStretch->first == recording.interactionId
            && m_review->hasContent()) {
            const auto [start, end] = m_pendingStretch->second;
            m_pendingStretch.reset();
            m_review->showStretch(start, end);
        }
    });
    connect(m_review, &InteractionReview::evaluationsChanged, this, [this] { m_refresh->start(); });
    connect(m_review, &InteractionReview::recordingChanged, m_library, &RecordingLibrary::updateRecording);
    connect(m_review, &InteractionReview::queueNamesChanged, m_library, &RecordingLibrary::setQueueNames);
    connect(m_review, &InteractionReview::recordingDeleted, this, [this](qint64 recordingId) {
        m_library->removeRecording(recordingId);
        showTab(LibraryTab);
    });
    connect(m_audit, &AuditLogPanel::settledChanged, this, &CoachingView::settledChanged);
    connect(m_audit, &AuditLogPanel::errorOccurred, this, [this](const QString &m) { showStatus(m, true); });
    connect(m_sessions, &CoachingSessionPanel::settledChanged, this, &CoachingView::settledChanged);
    connect(m_sessions, &CoachingSessionPanel::statusMessage, this,
            [this](const QString &m) { showStatus(m, false); });
    connect(m_sessions, &CoachingSessionPanel::errorOccurred, this,
            [this](const QString &m) { showStatus(m, true); });
    connect(m_sessions, &CoachingSessionPanel::clipRequested, this,
            [this](const CoachingClip &clip, qint64 agentId) {
                openInteraction(clip.interactionId, agentId, std::pair{clip.startMs, clip.endMs});
            });
    connect(m_trend, &ScoreTrendPanel::settledChanged, this, &CoachingView::settledChanged);
    connect(m_trend, &ScoreTrendPanel::statusMessage, this,
            [this](const QString &m) { showStatus(m, false); });
    connect(m_trend, &ScoreTrendPanel::errorOccurred, this,
            [this](const QString &m) { showStatus(m, true); });
    connect(m_trend, &ScoreTrendPanel::openInteractionRequested, this,
            [this](qint64 interactionId, qint64 agentId) { openInteraction(interactionId, agentId); });

    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("coachingUnavailable"));
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_unavailable->setMargin(32);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_unavailable);
    m_stack->addWidget(m_tabs);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_userLabel);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    retranslate();
    setBackend(nullptr);
}

CoachingView::~CoachingView() = default;

void CoachingView::setBackend(CoachingBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    ++m_generation;
    m_requests = 0;
    m_backend = backend;
    m_user.reset();
    m_scorecards->setBackend(backend);
    m_review->setBackend(backend, m_scorecards);
    m_sessions->setBackend(backend);
    m_trend->setBackend(backend, m_scorecards);
    m_audit->setBackend(backend);
    if (backend) {
        connect(backend, &CoachingBackend::userChanged, this, &CoachingView::applyUser);
        connect(backend, &CoachingBackend::coachingChanged, m_refresh, qOverload<>(&QTimer::start));
        connect(backend, &CoachingBackend::recordingAdded, this, [this] {
            // A new recording tops the list: worth showing when the first page is on screen.
            if (m_library->pageNumber() <= 1 && m_library->isSettled())
                m_library->search();
        });
        connect(backend, &QObject::destroyed, this, [this] { setBackend(nullptr); });
    }
    applyUser();
}

void CoachingView::setDeskBackend(DeskBackend *desk)
{
    m_desk = desk;
    m_review->setDeskBackend(desk);
}

bool CoachingView::isAvailable() const
{
    return m_backend && m_user;
}

bool CoachingView::isSettled() const
{
    return m_requests == 0 && !m_refresh->isActive() && m_library->isSettled() && m_review->isSettled()
           && m_sessions->isSettled() && m_trend->isSettled() && m_audit->isSettled();
}

void CoachingView::begin()
{
    ++m_requests;
}

void CoachingView::end()
{
    m_requests = std::max(0, m_requests - 1);
    Q_EMIT settledChanged();
}

void CoachingView::showUnavailable(const QString &text)
{
    m_unavailable->setText(text);
    m_stack->setCurrentWidget(m_unavailable);
    m_userLabel->clear();
    Q_EMIT settledChanged();
}

void CoachingView::applyUser()
{
    ++m_generation;
    m_requests = 0;
    m_user = m_backend ? m_backend->user() : std::nullopt;
    m_library->setUser(m_user);
    m_review->setUser(m_user);
    m_sessions->setUser(m_user);
    m_trend->setUser(m_user);
    m_audit->setUser(m_user);
    if (m_tabs->currentIndex() == AuditTab && !AuditLogPanel::mayRead(m_user))
        showTab(LibraryTab);
    m_tabs->setTabVisible(AuditTab, AuditLogPanel::mayRead(m_user));
    m_scorecards->setBackend(m_backend);
    if (!m_backend) {
        m_library->setBackend(nullptr);
        showUnavailable(tr("Coaching is not available here."));
        return;
    }
    if (!m_user) {
        m_library->setBackend(nullptr);
        showUnavailable(tr("Sign in to coach: recordings and evaluations are opened in your name."));
        // The backend says why nobody is signed in for coaching (no account for the agent …).
        begin();
        const quint64 generation = m_generation;
        QPointer<CoachingView> self(this);
        m_backend->coachableAgents([self, generation](const BackendResult<QList<CoachableAgent>> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (!result.ok())
                self->m_unavailable->setText(tr("Coaching is not available until someone is signed in: %1")
                                                 .arg(CoachingText::errorText(result.error())));
            self->end();
        });
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    m_library->setBackend(m_backend);
    retranslate();
    loadAgents();
    refreshEvaluated();
    m_sessions->reload();
    m_trend->reload();
    if (currentTab() == AuditTab)
        m_audit->reload();
    Q_EMIT settledChanged();
}

void CoachingView::loadAgents()
{
    if (!m_backend)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<CoachingView> self(this);
    m_backend->coachableAgents([self, generation](const BackendResult<QList<CoachableAgent>> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (result.ok()) {
            self->m_agents = result.value();
            self->m_library->setAgents(self->m_agents);
            self->m_sessions->setAgents(self->m_agents);
            self->m_trend->setAgents(self->m_agents);
        } else {
            self->showStatus(CoachingText::failure(tr("The agents could not be loaded"), result.error()),
                             true);
        }
        self->end();
    });
}

void CoachingView::refreshEvaluated()
{
    if (!m_backend || !m_user || m_backend->recordingsUnavailable())
        return;
    RecordingQuery evaluated;
    evaluated.evaluation = RecordingQuery::Evaluation::Evaluated;
    evaluated.limit = FindLimit;
    begin();
    const quint64 generation = m_generation;
    QPointer<CoachingView> self(this);
    m_backend->searchRecordings(evaluated, [self, generation](const BackendResult<RecordingPage> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (result.ok()) {
            QSet<qint64> ids;
            for (const Recording &recording : result.value().recordings)
                ids.insert(recording.interactionId);
            self->m_library->setEvaluatedInteractions(ids);
        }
        self->end();
    });
}

void CoachingView::refreshAll()
{
    if (!isAvailable())
        return;
    m_review->reload();
    m_sessions->reload();
    m_trend->reload();
    refreshEvaluated();
}

void CoachingView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

CoachingView::Tab CoachingView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void CoachingView::openRecording(const Recording &recording)
{
    m_review->open(recording);
    showTab(ReviewTab);
    updateClip();
}

void CoachingView::openInteraction(qint64 interactionId, qint64 agentId,
                                   std::optional<std::pair<qint64, qint64>> stretch)
{
    if (stretch)
        m_pendingStretch = std::pair{interactionId, *stretch};
    else
        m_pendingStretch.reset();
    if (m_review->recording() && m_review->recording()->interactionId == interactionId
        && m_review->hasContent()) {
        showTab(ReviewTab);
        if (stretch) {
            m_pendingStretch.reset();
            m_review->showStretch(stretch->first, stretch->second);
        }
        return;
    }
    if (const std::optional<Recording> known = m_library->knownRecording(interactionId)) {
        openRecording(*known);
        return;
    }
    RecordingQuery query;
    query.agentId = agentId;
    query.limit = FindLimit;
    findAndOpen(interactionId, agentId, query);
}

void CoachingView::findAndOpen(qint64 interactionId, qint64 agentId, const RecordingQuery &query)
{
    if (!m_backend)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<CoachingView> self(this);
    m_backend->searchRecordings(query, [self, generation, interactionId,
                                        agentId](const BackendResult<RecordingPage> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->showStatus(CoachingText::failure(tr("The recording could not be found"), result.error()),
                             true);
            self->end();
            return;
        }
        for (const Recording &recording : result.value().recordings) {
            if (recording.interactionId == interactionId) {
                self->openRecording(recording);
                self->end();
                return;
            }
        }
        if (result.value().hasMore)
            self->findAndOpen(interactionId, agentId, result.value().next);
        else
            self->showStatus(tr("Contact %1 has no recording.").arg(interactionId), true);
        self->end();
    });
}

void CoachingView::updateClip()
{
    const std::optional<CoachingClip> clip = m_review->selectedClip();
    QString text;
    if (clip && m_review->recording())
        text = tr("%1 of %2, %3–%4")
                   .arg(DisplayText::channelName(m_review->recording()->channel),
                        DisplayText::dateTime(m_review->recording()->startedMs),
                        CoachingText::position(clip->startMs), CoachingText::position(clip->endMs));
    m_sessions->setAvailableClip(clip, text);
}

void CoachingView::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setToolTip(message);
    m_status->setStyleSheet(error ? QStringLiteral("color:#d93a32") : QString());
    m_statusTimer->start();
    if (error)
        Q_EMIT errorOccurred(message);
}

void CoachingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoachingView::retranslate()
{
    const bool lead = m_user && Permissions::grant(m_user->role, Action::WriteEvaluation) != Grant::No;
    m_tabs->setTabText(LibraryTab, tr("&Library"));
    m_tabs->setTabText(ReviewTab, tr("&Review"));
    m_tabs->setTabText(SessionsTab, tr("Coaching &Sessions"));
    m_tabs->setTabText(EvaluationsTab, lead ? tr("E&valuations && Trend") : tr("&My Evaluations"));
    m_tabs->setTabText(AuditTab, tr("Aud&it Log"));
    if (m_user)
        m_userLabel->setText(
            tr("Coaching as <b>%1</b> (%2)")
                .arg(m_user->displayName.toHtmlEscaped(), CoachingText::roleName(m_user->role)));
    else
        m_userLabel->clear();
    if (!m_backend)
        m_unavailable->setText(tr("Coaching is not available here."));
}

} // namespace ContactDesk

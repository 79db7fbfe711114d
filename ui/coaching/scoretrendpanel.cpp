#include "scoretrendpanel.h"

#include "agent/displaytext.h"
#include "coachingtext.h"
#include "domain/timeunits.h"
#include "evaluationpanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ContactDesk {

namespace {

const QColor ScoreColor(0x2f, 0x7d, 0xe1);
const QColor CriticalColor(0xd9, 0x3a, 0x32);

} // namespace

ScoreTrendPanel::ScoreTrendPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreTrendPanel"));
    m_agentLabel = new QLabel(this);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("trendAgent"));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agentLabel->setBuddy(m_agent);
    connect(m_agent, &QComboBox::activated, this, &ScoreTrendPanel::reload);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("trendSummary"));
    m_summary->setWordWrap(true);

    m_evaluations = new EvaluationPanel(this);
    m_evaluations->setObjectName(QStringLiteral("agentEvaluationPanel"));
    m_evaluations->setOpenRecordingVisible(true);
    connect(m_evaluations, &EvaluationPanel::openInteractionRequested, this,
            &ScoreTrendPanel::openInteractionRequested);
    connect(m_evaluations, &EvaluationPanel::statusMessage, this, &ScoreTrendPanel::statusMessage);
    connect(m_evaluations, &EvaluationPanel::errorOccurred, this, &ScoreTrendPanel::errorOccurred);
    connect(m_evaluations, &EvaluationPanel::evaluationChanged, this, &ScoreTrendPanel::evaluationChanged);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(QStringLiteral("MM-dd"));
    m_timeAxis->setTickCount(5);
    m_scoreAxis = new QValueAxis(m_chart);
    m_scoreAxis->setRange(0, 100);
    m_scoreAxis->setTickCount(6);
    m_scoreAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_scoreAxis, Qt::AlignLeft);
    m_series = new QLineSeries(m_chart);
    m_series->setPen(QPen(ScoreColor, 2.5));
    m_series->setPointsVisible(true);
    m_critical = new QScatterSeries(m_chart);
    m_critical->setColor(CriticalColor);
    m_critical->setBorderColor(CriticalColor);
    m_critical->setMarkerSize(11);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_series), static_cast<QXYSeries *>(m_critical)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_scoreAxis);
    }
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("trendChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chartEmpty = new QLabel(this);
    m_chartEmpty->setObjectName(QStringLiteral("trendEmpty"));
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setMargin(16);
    m_chartStack = new QStackedWidget(this);
    m_chartStack->addWidget(m_chartView);
    m_chartStack->addWidget(m_chartEmpty);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_chartStack, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("trendSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_evaluations);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 520});

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_agentLabel);
    top->addWidget(m_agent);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    retranslate();
    showPoints({});
}

void ScoreTrendPanel::setBackend(CoachingBackend *backend, ScorecardCache *scorecards)
{
    ++m_generation;
    m_backend = backend;
    m_requests = 0;
    m_evaluations->setBackend(backend, scorecards);
}

void ScoreTrendPanel::setUser(const std::optional<CoachingUser> &user)
{
    m_user = user;
    m_evaluations->setUser(user);
    const bool lead = user && Permissions::grant(user->role, Action::ReadEvaluation) == Grant::Any;
    m_agentLabel->setVisible(lead);
    m_agent->setVisible(lead);
    if (!lead) {
        m_agent->clear();
        if (user && user->agentId > 0)
            m_agent->addItem(user->displayName, user->agentId);
    }
}

void ScoreTrendPanel::setAgents(const QList<CoachableAgent> &agents)
{
    // An agent's list is themselves alone (setUser).
    if (!m_user || Permissions::grant(m_user->role, Action::ReadEvaluation) != Grant::Any)
        return;
    QList<CoachableAgent> sorted = agents;
    std::sort(sorted.begin(), sorted.end(), [](const CoachableAgent &a, const CoachableAgent &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    const QVariant current = m_agent->currentData();
    m_agent->clear();
    for (const CoachableAgent &agent : std::as_const(sorted))
        m_agent->addItem(agent.team.isEmpty() ? agent.displayName
                                              : tr("%1 (%2)").arg(agent.displayName, agent.team),
                         agent.agentId);
    const int index = m_agent->findData(current);
    m_agent->setCurrentIndex(std::max(0, index));
    if (index < 0)
        reload();
}

qint64 ScoreTrendPanel::agentId() const
{
    return m_agent->currentData().toLongLong();
}

bool ScoreTrendPanel::selectAgent(qint64 agentId)
{
    const int index = m_agent->findData(agentId);
    if (index < 0)
        return false;
    if (index != m_agent->currentIndex()) {
        m_agent->setCurrentIndex(index);
        reload();
    }
    return true;
}

bool ScoreTrendPanel::isSettled() const
{
    return m_requests == 0 && m_evaluations->isSettled();
}

void ScoreTrendPanel::begin()
{
    ++m_requests;
}

void ScoreTrendPanel::end()
{
    m_requests = std::max(0, m_requests - 1);
    Q_EMIT settledChanged();
}

void ScoreTrendPanel::reload()
{
    const qint64 agent = agentId();
    const quint64 generation = ++m_generation;
    m_requests = 0;
    if (!m_backend || agent <= 0) {
        m_evaluations->setEvaluations({}, m_user ? tr("There is no agent to show.") : QString());
        showPoints({});
        return;
    }
    QPointer<ScoreTrendPanel> self(this);
    begin();
    m_backend->evaluationsForAgent(agent, [self, generation](const BackendResult<QList<Evaluation>> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (result.ok()) {
            QList<Evaluation> submitted;
            for (const Evaluation &evaluation : result.value()) {
                if (evaluation.status != EvaluationStatus::Draft)
                    submitted.append(evaluation);
            }
            self->m_evaluations->setEvaluations(submitted, tr("No evaluation has been submitted yet."));
        } else {
            self->m_evaluations->showMessage(
                CoachingText::failure(tr("The evaluations could not be loaded"), result.error()));
        }
        self->end();
    });
    begin();
    m_backend->scoreTrend(
        agent, 0, 0, [self, generation](const BackendResult<QList<ScoreTrendPoint>> &result) {
            if (!self || self->m_generation != generation)
                return;
            self->m_error = result.ok() ? QString()
                                        : CoachingText::failure(tr("The score trend could not be loaded"),
                                                                result.error());
            self->showPoints(result.ok() ? result.value() : QList<ScoreTrendPoint>());
            self->end();
        });
}

void ScoreTrendPanel::showPoints(const QList<ScoreTrendPoint> &points)
{
    m_points = points;
    QList<QPointF> line;
    QList<QPointF> critical;
    for (const ScoreTrendPoint &point : points) {
        line.append(QPointF(qreal(point.submittedMs), point.percent));
        if (point.criticalFailed)
            critical.append(QPointF(qreal(point.submittedMs), point.percent));
    }
    m_series->replace(line);
    m_critical->replace(critical);
    if (!points.isEmpty()) {
        qint64 first = points.first().submittedMs;
        qint64 last = points.last().submittedMs;
        for (const ScoreTrendPoint &point : points) {
            first = std::min(first, point.submittedMs);
            last = std::max(last, point.submittedMs);
        }
        // A day either side, so that one point or a single day's points do not sit on the edge.
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - MsPerDay),
                             QDateTime::fromMSecsSinceEpoch(last + MsPerDay));
        m_timeAxis->setFormat(last - first > 300 * MsPerDay ? QStringLiteral("yyyy-MM")
                                                            : QStringLiteral("MM-dd"));
    }
    m_chartEmpty->setText(
        !m_error.isEmpty() ? m_error : tr("No submitted evaluation yet: the trend starts with the first."));
    m_chartStack->setCurrentWidget(points.isEmpty() ? static_cast<QWidget *>(m_chartEmpty) : m_chartView);
    showSummary();
}

void ScoreTrendPanel::showSummary()
{
    if (m_points.isEmpty()) {
        m_summary->clear();
        return;
    }
    double sum = 0;
    int failed = 0;
    for (const ScoreTrendPoint &point : std::as_const(m_points)) {
        sum += point.percent;
        failed += point.criticalFailed ? 1 : 0;
    }
    QString text = tr("%n submitted evaluation(s): average %1, latest %2.", nullptr, int(m_points.size()))
                       .arg(CoachingText::percent(sum / double(m_points.size())),
                            CoachingText::percent(m_points.last().percent));
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n failed a critical question (red).", nullptr, failed);
    m_summary->setText(text);
}

void ScoreTrendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScoreTrendPanel::retranslate()
{
    m_agentLabel->setText(tr("A&gent"));
    m_chart->setTitle(tr("Evaluation score over time"));
    m_series->setName(tr("Score"));
    m_critical->setName(tr("Critical question failed"));
    m_timeAxis->setTitleText(tr("Submitted"));
    m_chartView->setAccessibleName(tr("Evaluation score over time"));
    showSummary();
    if (m_points.isEmpty())
        showPoints({});
}

} // namespace ContactDesk

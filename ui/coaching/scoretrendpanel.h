#pragma once

#include "backend/coachingbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

class QComboBox;
class QLabel;
class QStackedWidget;

namespace ContactDesk {

class EvaluationPanel;
class ScorecardCache;

// An agent's evaluations and how their score went over time: the list (read-only; the agent
// acknowledges or disputes each one here) beside a line chart of every submitted score, failed
// critical questions marked in red. Agents see their own; team leads pick the agent.
class ScoreTrendPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTrendPanel)

public:
    explicit ScoreTrendPanel(QWidget *parent = nullptr);

    void setBackend(CoachingBackend *backend, ScorecardCache *scorecards);
    void setUser(const std::optional<CoachingUser> &user);
    void setAgents(const QList<CoachableAgent> &agents);
    // The agent shown (their own for an agent).
    qint64 agentId() const;
    bool selectAgent(qint64 agentId);
    void reload();
    bool isSettled() const;

    const QList<ScoreTrendPoint> &points() const { return m_points; }
    EvaluationPanel *evaluations() const { return m_evaluations; }
    QComboBox *agentBox() const { return m_agent; }
    QChartView *chartView() const { return m_chartView; }
    QLineSeries *scoreSeries() const { return m_series; }
    QScatterSeries *criticalSeries() const { return m_critical; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void openInteractionRequested(qint64 interactionId, qint64 agentId);
    void evaluationChanged(const ContactDesk::Evaluation &evaluation);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    void settledChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPoints(const QList<ScoreTrendPoint> &points);
    void showSummary();
    void begin();
    void end();

    QPointer<CoachingBackend> m_backend;
    std::optional<CoachingUser> m_user;
    QList<ScoreTrendPoint> m_points;
    int m_requests = 0;
    quint64 m_generation = 0;
    QString m_error;

    QLabel *m_agentLabel = nullptr;
    QComboBox *m_agent = nullptr;
    QLabel *m_summary = nullptr;
    EvaluationPanel *m_evaluations = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    QLabel *m_chartEmpty = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_scoreAxis = nullptr;
    QLineSeries *m_series = nullptr;
    QScatterSeries *m_critical = nullptr;
};

} // namespace ContactDesk

#pragma once

#include "backend/wallboard.h"

#include <QList>
#include <QPointF>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace ContactDesk {

// Today in 15-minute intervals for the chart group, and the last days: (1) offered against the
// forecast, (2) service level against its target, (3) abandon rate, (4) agents staffed against
// the agents Erlang C and Erlang A require, and (5) offered and service level per day. The charts
// and series are made once; a refresh moves the points (no flicker, no lost zoom or hover).
class WallboardCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallboardCharts)

public:
    explicit WallboardCharts(QWidget *parent = nullptr);

    void setIntraday(const WallboardIntraday &day);
    void setTrend(const QList<WallboardDayTotal> &days, int serviceLevelPercent);

    // For tests and the TV: the series by what they show.
    QLineSeries *offeredSeries() const { return m_offered; }
    QLineSeries *forecastSeries() const { return m_forecast; }
    QLineSeries *serviceLevelSeries() const { return m_serviceLevel; }
    QLineSeries *serviceLevelTargetSeries() const { return m_serviceLevelTarget; }
    QLineSeries *abandonSeries() const { return m_abandon; }
    QLineSeries *staffedSeries() const { return m_staffed; }
    QLineSeries *erlangCSeries() const { return m_erlangC; }
    QLineSeries *erlangASeries() const { return m_erlangA; }
    QLineSeries *trendOfferedSeries() const { return m_trendOffered; }
    QLineSeries *trendServiceLevelSeries() const { return m_trendServiceLevel; }
    QList<QChartView *> chartViews() const { return m_views; }

    // Moves the points of `series` to `points`: in place when there are as many, else at once.
    static void updatePoints(QXYSeries *series, const QList<QPointF> &points);

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *makeChart(QChartView *&view, const QString &objectName);
    QDateTimeAxis *timeAxis(QChart *chart);
    QValueAxis *valueAxis(QChart *chart, Qt::Alignment alignment);
    QLineSeries *addSeries(QChart *chart, QDateTimeAxis *x, QValueAxis *y, const QColor &color,
                           bool dashed = false);
    void retranslate();
    void applyPalette();
    void setDayRange(qint64 dayStartMs);
    void updateTargetNames();

    QList<QChartView *> m_views;
    QList<QChart *> m_charts;
    QList<QDateTimeAxis *> m_dayAxes;

    QChart *m_offeredChart = nullptr;
    QValueAxis *m_offeredAxis = nullptr;
    QLineSeries *m_offered = nullptr;
    QLineSeries *m_forecast = nullptr;

    QChart *m_serviceLevelChart = nullptr;
    QLineSeries *m_serviceLevel = nullptr;
    QLineSeries *m_serviceLevelTarget = nullptr;

    QChart *m_abandonChart = nullptr;
    QValueAxis *m_abandonAxis = nullptr;
    QLineSeries *m_abandon = nullptr;

    QChart *m_staffingChart = nullptr;
    QValueAxis *m_staffingAxis = nullptr;
    QLineSeries *m_staffed = nullptr;
    QLineSeries *m_erlangC = nullptr;
    QLineSeries *m_erlangA = nullptr;

    QChart *m_trendChart = nullptr;
    QDateTimeAxis *m_trendAxis = nullptr;
    QValueAxis *m_trendOfferedAxis = nullptr;
    QValueAxis *m_trendLevelAxis = nullptr;
    QLineSeries *m_trendOffered = nullptr;
    QLineSeries *m_trendServiceLevel = nullptr;
    QLineSeries *m_trendTarget = nullptr;

    qint64 m_dayStartMs = 0;
    int m_serviceLevelPercent = 80;
    int m_trendPercent = 80;
};

} // namespace ContactDesk

#include "wallboardcharts.h"

#include "domain/timeunits.h"
#include "metrics/kpiengine.h"
#include "wallboardtext.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ContactDesk {

namespace {

const QColor ActualColor(0x2f, 0x7d, 0xe1);
const QColor ForecastColor(0x8e, 0x6c, 0xd8);
const QColor TargetColor(0x2e, 0xa0, 0x43);
const QColor AbandonColor(0xd9, 0x3a, 0x32);
const QColor ErlangAColor(0xe0, 0x9b, 0x16);

// The middle of the interval, so that a point sits over the quarter-hour it stands for.
qreal midpoint(qint64 startMs)
{
    return qreal(startMs + KpiEngine::IntervalMs / 2);
}

// A whole step (1, 2, 5, 10, 20, 50 …) that divides the range into at most five parts.
double niceStep(double maximum)
{
    const double rough = std::max(1.0, maximum / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

// Whole-number ticks from 0: counts of contacts and agents have no fractions.
void setMaximum(QValueAxis *axis, double maximum)
{
    const double step = niceStep(maximum);
    const double top = std::max(step, std::ceil(maximum * 1.05 / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, top);
}

} // namespace

WallboardCharts::WallboardCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wallboardCharts"));
    QChartView *offeredView = nullptr;
    QChartView *levelView = nullptr;
    QChartView *abandonView = nullptr;
    QChartView *staffingView = nullptr;
    QChartView *trendView = nullptr;

    m_offeredChart = makeChart(offeredView, QStringLiteral("offeredChart"));
    QDateTimeAxis *x = timeAxis(m_offeredChart);
    m_offeredAxis = valueAxis(m_offeredChart, Qt::AlignLeft);
    m_offered = addSeries(m_offeredChart, x, m_offeredAxis, ActualColor);
    m_offered->setPointsVisible(true);
    m_forecast = addSeries(m_offeredChart, x, m_offeredAxis, ForecastColor, true);

    m_serviceLevelChart = makeChart(levelView, QStringLiteral("serviceLevelChart"));
    x = timeAxis(m_serviceLevelChart);
    QValueAxis *levelAxis = valueAxis(m_serviceLevelChart, Qt::AlignLeft);
    levelAxis->setRange(0, 100);
    levelAxis->setTickCount(6);
    levelAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_serviceLevel = addSeries(m_serviceLevelChart, x, levelAxis, ActualColor);
    m_serviceLevel->setPointsVisible(true);
    m_serviceLevelTarget = addSeries(m_serviceLevelChart, x, levelAxis, TargetColor, true);

    m_abandonChart = makeChart(abandonView, QStringLiteral("abandonChart"));
    x = timeAxis(m_abandonChart);
    m_abandonAxis = valueAxis(m_abandonChart, Qt::AlignLeft);
    m_abandonAxis->setRange(0, 10);
    m_abandonAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_abandon = addSeries(m_abandonChart, x, m_abandonAxis, AbandonColor);
    m_abandon->setPointsVisible(true);

    m_staffingChart = makeChart(staffingView, QStringLiteral("staffingChart"));
    x = timeAxis(m_staffingChart);
    m_staffingAxis = valueAxis(m_staffingChart, Qt::AlignLeft);
    m_staffed = addSeries(m_staffingChart, x, m_staffingAxis, ActualColor);
    m_staffed->setPointsVisible(true);
    m_erlangC = addSeries(m_staffingChart, x, m_staffingAxis, ForecastColor, true);
    m_erlangA = addSeries(m_staffingChart, x, m_staffingAxis, ErlangAColor, true);

    m_trendChart = makeChart(trendView, QStringLiteral("trendChart"));
    m_trendAxis = new QDateTimeAxis(m_trendChart);
    m_trendAxis->setFormat(QStringLiteral("MM-dd"));
    m_trendChart->addAxis(m_trendAxis, Qt::AlignBottom);
    m_trendOfferedAxis = valueAxis(m_trendChart, Qt::AlignLeft);
    m_trendLevelAxis = valueAxis(m_trendChart, Qt::AlignRight);
    m_trendLevelAxis->setRange(0, 100);
    m_trendLevelAxis->setTickCount(6);
    m_trendLevelAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_trendOffered = new QLineSeries(m_trendChart);
    m_trendServiceLevel = new QLineSeries(m_trendChart);
    m_trendTarget = new QLineSeries(m_trendChart);
    for (auto [series, axis, color, dashed] :
         {std::tuple{m_trendOffered, m_trendOfferedAxis, ActualColor, false},
          std::tuple{m_trendServiceLevel, m_trendLevelAxis, TargetColor, false},
          std::tuple{m_trendTarget, m_trendLevelAxis, TargetColor, true}}) {
        m_trendChart->addSeries(series);
        series->attachAxis(m_trendAxis);
        series->attachAxis(axis);
        QPen pen(color, dashed ? 1.5 : 2.5);
        if (dashed)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(!dashed);
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(offeredView, 0, 0);
    grid->addWidget(levelView, 0, 1);
    grid->addWidget(abandonView, 0, 2);
    grid->addWidget(staffingView, 1, 0);
    grid->addWidget(trendView, 1, 1, 1, 2);

    setDayRange(QDate::currentDate().startOfDay().toMSecsSinceEpoch());
    applyPalette();
    retranslate();
}

QChart *WallboardCharts::makeChart(QChartView *&view, const QString &objectName)
{
    auto *chart = new QChart;
    chart->setObjectName(objectName);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    view = new QChartView(chart, this);
    view->setObjectName(objectName + QStringLiteral("View"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 190);
    m_views.append(view);
    m_charts.append(chart);
    return chart;
}

QDateTimeAxis *WallboardCharts::timeAxis(QChart *chart)
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setFormat(QStringLiteral("HH:mm"));
    axis->setTickCount(7); // every four hours
    chart->addAxis(axis, Qt::AlignBottom);
    m_dayAxes.append(axis);
    return axis;
}

QValueAxis *WallboardCharts::valueAxis(QChart *chart, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis(chart);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMin(0);
    chart->addAxis(axis, alignment);
    return axis;
}

QLineSeries *WallboardCharts::addSeries(QChart *chart, QDateTimeAxis *x, QValueAxis *y, const QColor &color,
                                        bool dashed)
{
    auto *series = new QLineSeries(chart);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    QPen pen(color, dashed ? 1.5 : 2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

void WallboardCharts::updatePoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->count() != points.size()) {
        series->replace(points);
        return;
    }
    for (int i = 0; i < points.size(); ++i) {
        if (series->at(i) != points.at(i))
            series->replace(i, points.at(i));
    }
}

void WallboardCharts::setDayRange(qint64 dayStartMs)
{
    if (dayStartMs == m_dayStartMs)
        return;
    m_dayStartMs = dayStartMs;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(dayStartMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(dayStartMs + MsPerDay);
    for (QDateTimeAxis *axis : std::as_const(m_dayAxes))
        axis->setRange(from, to);
}

void WallboardCharts::setIntraday(const WallboardIntraday &day)
{
    qint64 dayEnd = day.dayStartMs + MsPerDay;
    if (!day.intervals.isEmpty())
        dayEnd = day.intervals.last().startMs + KpiEngine::IntervalMs;
    setDayRange(day.dayStartMs);
    m_serviceLevelPercent = day.serviceLevelPercent;

    QList<QPointF> offered, forecast, level, abandon, staffed, erlangC, erlangA;
    double offeredMax = 0;
    double abandonMax = 0;
    double staffingMax = 0;
    bool haveErlangA = false;
    for (const WallboardInterval &interval : day.intervals) {
        const qreal x = midpoint(interval.startMs);
        const bool begun = interval.past || interval.current;
        forecast.append(QPointF(x, interval.forecastOffered));
        offeredMax = std::max(offeredMax, interval.forecastOffered);
        erlangC.append(QPointF(x, interval.requiredErlangC));
        staffingMax = std::max(staffingMax, double(interval.requiredErlangC));
        if (interval.requiredErlangA) {
            haveErlangA = true;
            erlangA.append(QPointF(x, *interval.requiredErlangA));
            staffingMax = std::max(staffingMax, double(*interval.requiredErlangA));
        }
        if (!begun)
            continue;
        offered.append(QPointF(x, double(interval.counters.offered)));
        offeredMax = std::max(offeredMax, double(interval.counters.offered));
        staffed.append(QPointF(x, interval.staffedAgents));
        staffingMax = std::max(staffingMax, interval.staffedAgents);
        if (const auto sl = interval.counters.serviceLevel())
            level.append(QPointF(x, *sl * 100.0));
        if (const auto rate = interval.counters.abandonRate()) {
            abandon.append(QPointF(x, *rate * 100.0));
            abandonMax = std::max(abandonMax, *rate * 100.0);
        }
    }
    updatePoints(m_offered, offered);
    updatePoints(m_forecast, forecast);
    updatePoints(m_serviceLevel, level);
    updatePoints(m_serviceLevelTarget, {QPointF(qreal(day.dayStartMs), day.serviceLevelPercent),
                                        QPointF(qreal(dayEnd), day.serviceLevelPercent)});
    updatePoints(m_abandon, abandon);
    updatePoints(m_staffed, staffed);
    updatePoints(m_erlangC, erlangC);
    updatePoints(m_erlangA, erlangA);
    m_erlangA->setVisible(haveErlangA);
    setMaximum(m_offeredAxis, offeredMax);
    setMaximum(m_abandonAxis, std::max(10.0, abandonMax));
    setMaximum(m_staffingAxis, staffingMax);
    updateTargetNames();
}

void WallboardCharts::setTrend(const QList<WallboardDayTotal> &days, int serviceLevelPercent)
{
    QList<QPointF> offered, level;
    double offeredMax = 0;
    for (const WallboardDayTotal &day : days) {
        // Noon, so that the point sits in the middle of its day on the axis.
        const qreal x = qreal(day.dayStartMs + MsPerDay / 2);
        offered.append(QPointF(x, double(day.counters.offered)));
        offeredMax = std::max(offeredMax, double(day.counters.offered));
        if (const auto sl = day.counters.serviceLevel())
            level.append(QPointF(x, *sl * 100.0));
    }
    updatePoints(m_trendOffered, offered);
    updatePoints(m_trendServiceLevel, level);
    if (!days.isEmpty()) {
        const qint64 from = days.first().dayStartMs;
        const qint64 to = days.last().dayStartMs + MsPerDay;
        m_trendAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
        m_trendAxis->setTickCount(int(std::clamp<qsizetype>(days.size() + 1, 2, 15)));
        updatePoints(m_trendTarget,
                     {QPointF(qreal(from), serviceLevelPercent), QPointF(qreal(to), serviceLevelPercent)});
    }
    setMaximum(m_trendOfferedAxis, offeredMax);
    m_trendPercent = serviceLevelPercent;
    updateTargetNames();
}

void WallboardCharts::updateTargetNames()
{
    const QString today = tr("Target %1%").arg(m_serviceLevelPercent);
    if (m_serviceLevelTarget->name() != today)
        m_serviceLevelTarget->setName(today);
    const QString trend = tr("Target %1%").arg(m_trendPercent);
    if (m_trendTarget->name() != trend)
        m_trendTarget->setName(trend);
}

void WallboardCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void WallboardCharts::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    for (QChart *chart : std::as_const(m_charts)) {
        chart->setBackgroundBrush(pal.brush(QPalette::Base));
        chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(pal.color(QPalette::Mid));
        }
    }
    for (QChartView *view : std::as_const(m_views))
        view->setBackgroundBrush(pal.brush(QPalette::Window));
}

void WallboardCharts::retranslate()
{
    m_offeredChart->setTitle(tr("Offered per 15 minutes"));
    m_offered->setName(tr("Offered"));
    m_forecast->setName(tr("Forecast"));
    m_serviceLevelChart->setTitle(tr("Service level"));
    m_serviceLevel->setName(tr("Service level"));
    m_abandonChart->setTitle(tr("Abandon rate"));
    m_abandon->setName(tr("Abandoned"));
    m_staffingChart->setTitle(tr("Agents staffed and required"));
    m_staffed->setName(tr("Staffed"));
    m_erlangC->setName(tr("Required (Erlang C)"));
    m_erlangA->setName(tr("Required (Erlang A)"));
    m_trendChart->setTitle(tr("Last days"));
    m_trendOffered->setName(tr("Offered per day"));
    m_trendServiceLevel->setName(tr("Service level"));
    m_trendTarget->setName(QString());
    m_serviceLevelTarget->setName(QString());
    updateTargetNames();
}

} // namespace ContactDesk

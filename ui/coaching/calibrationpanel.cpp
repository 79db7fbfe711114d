#include "calibrationpanel.h"

#include "calibrationmodels.h"
#include "coachingtext.h"
#include "common/tableviews.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

QLabel *figure(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString points(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("\u2014");
    return CalibrationPanel::tr("%1 points").arg(QLocale().toString(*value, 'f', 1));
}

} // namespace

CalibrationPanel::CalibrationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calibrationPanel"));
    m_scoreModel = new CalibrationScoreModel(this);
    m_disagreementModel = new CalibrationDisagreementModel(this);

    auto *page = new QWidget(this);
    m_count = figure(page, QStringLiteral("calibrationCount"));
    m_mean = figure(page, QStringLiteral("calibrationMean"));
    m_spread = figure(page, QStringLiteral("calibrationSpread"));
    m_deviation = figure(page, QStringLiteral("calibrationDeviation"));
    QFont bold = m_mean->font();
    bold.setBold(true);
    for (QLabel *label : {m_count, m_mean, m_spread, m_deviation})
        label->setFont(bold);
    m_scoresTitle = new QLabel(page);
    m_disagreementsTitle = new QLabel(page);
    m_disagreementsTitle->setWordWrap(true);
    m_scores = makeReadOnlyTable(page, QStringLiteral("calibrationScores"));
    m_scores->setModel(m_scoreModel);
    m_scores->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scores->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_disagreements = makeReadOnlyTable(page, QStringLiteral("calibrationDisagreements"));
    m_disagreements->setModel(m_disagreementModel);
    m_disagreements->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Questions are sentences: they wrap rather than end in "…".
    m_disagreements->setWordWrap(true);
    m_disagreements->horizontalHeader()->setStretchLastSection(false);
    m_disagreements->setTextElideMode(Qt::ElideNone);
    m_disagreements->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *figures = new QVBoxLayout;
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(2);
    for (QLabel *label : {m_count, m_mean, m_spread, m_deviation})
        figures->addWidget(label);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(figures);
    pageLayout->addWidget(m_scoresTitle);
    pageLayout->addWidget(m_scores);
    pageLayout->addWidget(m_disagreementsTitle);
    pageLayout->addWidget(m_disagreements, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
    showMessage(QString());
}

void CalibrationPanel::setReport(const CalibrationReport &report, const Scorecard &form)
{
    m_report = report;
    m_hasReport = true;
    m_scoreModel->setReport(report);
    m_disagreementModel->setReport(report, form);
    m_disagreements->horizontalHeader()->setSectionResizeMode(CalibrationDisagreementModel::QuestionColumn,
                                                              QHeaderView::Stretch);
    for (int column = CalibrationDisagreementModel::SpreadColumn; column < m_disagreementModel->columnCount();
         ++column)
        m_disagreements->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // As tall as its rows: the room below goes to the disagreements.
    m_scores->setFixedHeight(m_scores->horizontalHeader()->sizeHint().height()
                             + m_scores->verticalHeader()->defaultSectionSize() * int(report.scores.size())
                             + 2 * m_scores->frameWidth() + 2);
    m_stack->setCurrentIndex(0);
    showFigures();
}

void CalibrationPanel::showMessage(const QString &text)
{
    m_hasReport = false;
    m_report = CalibrationReport();
    m_scoreModel->setReport(m_report);
    m_disagreementModel->setReport(m_report, Scorecard());
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void CalibrationPanel::showFigures()
{
    m_count->setText(tr("%n evaluator(s), %1 with a score", nullptr, int(m_report.scores.size()))
                         .arg(m_report.scoredCount));
    m_mean->setText(tr("Mean %1").arg(CoachingText::percent(m_report.mean)));
    m_spread->setText(m_report.spread
                          ? tr("Spread %1 (%2 to %3)")
                                .arg(points(m_report.spread), CoachingText::percent(m_report.minimum),
                                     CoachingText::percent(m_report.maximum))
                          : tr("Spread %1").arg(points(m_report.spread)));
    m_deviation->setText(tr("Std. dev. %1").arg(points(m_report.standardDeviation)));
    m_deviation->setToolTip(tr("Population standard deviation of the evaluators' scores"));
    m_disagreementsTitle->setText(
        m_report.disagreements.isEmpty()
            ? tr("The evaluators answered every question alike.")
            : tr("%n question(s) answered differently:", nullptr, int(m_report.disagreements.size())));
}

void CalibrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalibrationPanel::retranslate()
{
    m_scoresTitle->setText(tr("Scores by evaluator:"));
    m_scores->setAccessibleName(tr("Scores by evaluator"));
    m_disagreements->setAccessibleName(tr("Questions the evaluators disagree on"));
    m_scoreModel->retranslate();
    m_disagreementModel->retranslate();
    if (m_hasReport)
        showFigures();
}

} // namespace ContactDesk

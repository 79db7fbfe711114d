#pragma once

#include "coaching/calibration.h"
#include "coaching/scorecard.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace ContactDesk {

class CalibrationDisagreementModel;
class CalibrationScoreModel;

// How far apart several evaluators came out on one interaction: each one's score, their mean,
// spread (highest − lowest) and standard deviation, and the questions they answered differently.
class CalibrationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationPanel)

public:
    explicit CalibrationPanel(QWidget *parent = nullptr);

    void setReport(const CalibrationReport &report, const Scorecard &form);
    // Instead of figures: why there are none.
    void showMessage(const QString &text);
    bool hasReport() const { return m_hasReport; }

    QLabel *countLabel() const { return m_count; }
    QLabel *meanLabel() const { return m_mean; }
    QLabel *spreadLabel() const { return m_spread; }
    QLabel *deviationLabel() const { return m_deviation; }
    QLabel *messageLabel() const { return m_message; }
    QTableView *scoreTable() const { return m_scores; }
    QTableView *disagreementTable() const { return m_disagreements; }
    CalibrationScoreModel *scoreModel() const { return m_scoreModel; }
    CalibrationDisagreementModel *disagreementModel() const { return m_disagreementModel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFigures();

    CalibrationReport m_report;
    bool m_hasReport = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_mean = nullptr;
    QLabel *m_spread = nullptr;
    QLabel *m_deviation = nullptr;
    QLabel *m_scoresTitle = nullptr;
    QLabel *m_disagreementsTitle = nullptr;
    QTableView *m_scores = nullptr;
    QTableView *m_disagreements = nullptr;
    CalibrationScoreModel *m_scoreModel = nullptr;
    CalibrationDisagreementModel *m_disagreementModel = nullptr;
};

} // namespace ContactDesk

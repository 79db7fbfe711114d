#pragma once

#include <QList>
#include <QWidget>

namespace ContactDesk {

// The customer's recent satisfaction scores (1-5) as a small line chart, oldest on the left, with
// the average beside it. Drawn with palette colours so that it reads in light and dark themes.
class CsatTrendWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsatTrendWidget)

public:
    explicit CsatTrendWidget(QWidget *parent = nullptr);

    // Oldest first.
    void setScores(const QList<int> &scores);
    const QList<int> &scores() const { return m_scores; }
    // The average of scores(), 0 without scores.
    double average() const;
    // What the chart says, in words: "Average 4.2 over the last 8 ratings" or "No ratings yet".
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();

    QList<int> m_scores;
};

} // namespace ContactDesk

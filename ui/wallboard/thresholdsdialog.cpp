#include "thresholdsdialog.h"

#include "wallboardtext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk {

namespace {

QTimeEdit *makeDurationEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    // A duration, not a time of day: the same digits in every language.
    edit->setDisplayFormat(QStringLiteral("H:mm:ss"));
    edit->setMinimumTime(QTime(0, 0).addMSecs(int(AgentThresholdsDialog::MinimumMs)));
    edit->setMaximumTime(QTime(0, 0).addMSecs(int(AgentThresholdsDialog::MaximumMs)));
    // The arrows step minutes, what a supervisor usually changes.
    edit->setCurrentSection(QDateTimeEdit::MinuteSection);
    return edit;
}

void showDuration(QTimeEdit *edit, qint64 ms)
{
    const qint64 clamped = std::clamp(ms, AgentThresholdsDialog::MinimumMs, AgentThresholdsDialog::MaximumMs);
    edit->setTime(QTime(0, 0).addMSecs(int(clamped)));
}

qint64 durationOf(const QTimeEdit *edit)
{
    return QTime(0, 0).msecsTo(edit->time());
}

} // namespace

AgentThresholdsDialog::AgentThresholdsDialog(const AgentStateThresholds &thresholds, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("agentThresholdsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_notReady = makeDurationEdit(this, QStringLiteral("thresholdNotReady"));
    m_afterCallWork = makeDurationEdit(this, QStringLiteral("thresholdAfterCallWork"));
    m_busy = makeDurationEdit(this, QStringLiteral("thresholdBusy"));
    m_notReadyLabel = new QLabel(this);
    m_afterCallWorkLabel = new QLabel(this);
    m_busyLabel = new QLabel(this);
    m_notReadyLabel->setBuddy(m_notReady);
    m_afterCallWorkLabel->setBuddy(m_afterCallWork);
    m_busyLabel->setBuddy(m_busy);
    m_notReadyHint = new QLabel(this);
    m_notReadyHint->setObjectName(QStringLiteral("thresholdNotReadyHint"));
    m_afterCallWorkHint = new QLabel(this);
    m_afterCallWorkHint->setObjectName(QStringLiteral("thresholdAfterCallWorkHint"));
    m_busyHint = new QLabel(this);
    m_busyHint->setObjectName(QStringLiteral("thresholdBusyHint"));
    for (QTimeEdit *edit : {m_notReady, m_afterCallWork, m_busy})
        connect(edit, &QTimeEdit::timeChanged, this, &AgentThresholdsDialog::updateHints);
    m_formatHint = new QLabel(this);
    m_formatHint->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->addWidget(m_notReadyLabel, 0, 0);
    grid->addWidget(m_notReady, 0, 1);
    grid->addWidget(m_notReadyHint, 0, 2);
    grid->addWidget(m_afterCallWorkLabel, 1, 0);
    grid->addWidget(m_afterCallWork, 1, 1);
    grid->addWidget(m_afterCallWorkHint, 1, 2);
    grid->addWidget(m_busyLabel, 2, 0);
    grid->addWidget(m_busy, 2, 1);
    grid->addWidget(m_busyHint, 2, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Not the standard Restore Defaults button: the button box would put its own text back on a
    // language change, over the one with our mnemonic.
    m_restore = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_restore->setObjectName(QStringLiteral("restoreThresholds"));
    connect(m_restore, &QPushButton::clicked, this, &AgentThresholdsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addWidget(m_intro);
    layoutBox->addLayout(grid);
    layoutBox->addWidget(m_formatHint);
    layoutBox->addStretch(1);
    layoutBox->addWidget(buttons);

    setThresholds(thresholds);
    retranslate();
    resize(520, sizeHint().height());
}

AgentStateThresholds AgentThresholdsDialog::thresholds() const
{
    AgentStateThresholds thresholds;
    thresholds.notReadyMs = durationOf(m_notReady);
    thresholds.afterCallWorkMs = durationOf(m_afterCallWork);
    thresholds.busyMs = durationOf(m_busy);
    return thresholds;
}

void AgentThresholdsDialog::setThresholds(const AgentStateThresholds &thresholds)
{
    showDuration(m_notReady, thresholds.notReadyMs);
    showDuration(m_afterCallWork, thresholds.afterCallWorkMs);
    showDuration(m_busy, thresholds.busyMs);
    updateHints();
}

void AgentThresholdsDialog::restoreDefaults()
{
    setThresholds(AgentStateThresholds());
}

void AgentThresholdsDialog::updateHints()
{
    const auto redAfter = [](const QTimeEdit *edit) {
        return tr("red after %1").arg(WallboardText::duration(2 * durationOf(edit)));
    };
    m_notReadyHint->setText(redAfter(m_notReady));
    m_afterCallWorkHint->setText(redAfter(m_afterCallWork));
    m_busyHint->setText(redAfter(m_busy));
}

void AgentThresholdsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AgentThresholdsDialog::retranslate()
{
    setWindowTitle(tr("Agent State Thresholds"));
    m_intro->setText(
        tr("The agent grid and the TV colour the time an agent has been in a state: amber once it "
           "is over the threshold, red once it is over twice the threshold. Ready agents are "
           "never coloured. The thresholds are saved with your wallboard layout."));
    m_notReadyLabel->setText(tr("&Not Ready:"));
    m_afterCallWorkLabel->setText(tr("&After-Call Work:"));
    m_busyLabel->setText(tr("&Busy:"));
    m_formatHint->setText(tr("Hours:minutes:seconds, from 0:00:10 to 4:00:00."));
    const QString tip = tr("Amber over this time, red over twice it");
    for (QTimeEdit *edit : {m_notReady, m_afterCallWork, m_busy})
        edit->setToolTip(tip);
    m_restore->setText(tr("&Restore Defaults"));
    updateHints();
}

} // namespace ContactDesk

#include "wrapuppanel.h"

#include "agentdeskcontroller.h"
#include "contactinboxmodel.h"
#include "displaytext.h"
#include "domain/timeunits.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {} // namespace

WrapUpPanel::WrapUpPanel(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("wrapUpPanel"));
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("afterCallWorkTime"));
    m_timer->setFont(headingFont);

    m_disposition = new QComboBox(this);
    m_disposition->setObjectName(QStringLiteral("dispositionBox"));
    m_disposition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dispositionLabel = new QLabel(this);
    m_dispositionLabel->setBuddy(m_disposition);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("wrapUpNotes"));
    m_notes->setTabChangesFocus(true);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setBuddy(m_notes);
    m_resolved = new QCheckBox(this);
    m_resolved->setObjectName(QStringLiteral("resolvedCheck"));

    m_followUp = new QGroupBox(this);
    m_followUp->setObjectName(QStringLiteral("followUpBox"));
    m_followUp->setCheckable(true);
    m_followUp->setChecked(false);
    m_followUpTitle = new QLineEdit(m_followUp);
    m_followUpTitle->setObjectName(QStringLiteral("followUpTitle"));
    m_followUpTitleLabel = new QLabel(m_followUp);
    m_followUpTitleLabel->setBuddy(m_followUpTitle);
    m_followUpDue = new QDateTimeEdit(m_followUp);
    m_followUpDue->setObjectName(QStringLiteral("followUpDue"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpDueLabel = new QLabel(m_followUp);
    m_followUpDueLabel->setBuddy(m_followUpDue);
    m_followUpNote = new QLabel(m_followUp);
    m_followUpNote->setWordWrap(true);
    auto *followUpForm = new QFormLayout(m_followUp);
    followUpForm->addRow(m_followUpTitleLabel, m_followUpTitle);
    followUpForm->addRow(m_followUpDueLabel, m_followUpDue);
    followUpForm->addRow(m_followUpNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("wrapUpError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_finishButton = new QToolButton(this);
    m_finishButton->setObjectName(QStringLiteral("finishWrapUpButton"));
    m_finishButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_finishButton->setVisible(false);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addStretch(1);
    headingRow->addWidget(m_timer);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_dispositionLabel, m_disposition);
    form->addRow(m_notesLabel, m_notes);
    form->addRow(QString(), m_resolved);
    auto *finishRow = new QHBoxLayout;
    finishRow->addWidget(m_error, 1);
    finishRow->addWidget(m_finishButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addLayout(form, 1);
    layout->addWidget(m_followUp);
    layout->addLayout(finishRow);

    connect(&desk, &AgentDeskController::tick, this, &WrapUpPanel::updateTimer);
    connect(&desk, &AgentDeskController::listsLoaded, this, &WrapUpPanel::fillDispositions);
    connect(&desk, &AgentDeskController::contactUpdated, this, [this](qint64 id) {
        if (id == m_contactId)
            updateForContact();
    });
    connect(&desk, &AgentDeskController::contactRemoved, this, [this](qint64 id) {
        m_drafts.remove(id);
        if (id == m_contactId)
            m_contactId = 0;
    });
    connect(m_disposition, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    retranslate();
}

void WrapUpPanel::setFinishAction(QAction *finish)
{
    m_finishButton->setDefaultAction(finish);
    m_finishButton->setVisible(true);
}

void WrapUpPanel::setContact(qint64 interactionId)
{
    if (interactionId == m_contactId)
        return;
    saveDraft();
    m_contactId = interactionId;
    m_error->hide();
    restoreDraft();
}

void WrapUpPanel::suggestNotes(qint64 interactionId, const QString &notes)
{
    Draft &draft = m_drafts[interactionId];
    if (draft.notes.trimmed().isEmpty())
        draft.notes = notes;
    if (interactionId == m_contactId && m_notes->toPlainText().trimmed().isEmpty())
        m_notes->setPlainText(notes);
}

void WrapUpPanel::saveDraft()
{
    if (m_contactId == 0)
        return;
    Draft draft;
    draft.dispositionCode = m_disposition->currentData().toString();
    draft.notes = m_notes->toPlainText();
    draft.resolved = m_resolved->isChecked();
    draft.followUp = m_followUp->isChecked();
    draft.followUpTitle = m_followUpTitle->text();
    draft.followUpDueMs = m_followUpDue->dateTime().toMSecsSinceEpoch();
    m_drafts.insert(m_contactId, draft);
}

void WrapUpPanel::restoreDraft()
{
    const Draft draft = m_drafts.value(m_contactId);
    fillDispositions();
    m_disposition->setCurrentIndex(std::max(0, m_disposition->findData(draft.dispositionCode)));
    m_notes->setPlainText(draft.notes);
    m_resolved->setChecked(draft.resolved);
    m_followUp->setChecked(draft.followUp);
    m_followUpTitle->setText(draft.followUpTitle);
    const qint64 due = draft.followUpDueMs > 0 ? draft.followUpDueMs : m_desk.nowMs() + MsPerDay;
    m_followUpDue->setDateTime(QDateTime::fromMSecsSinceEpoch(due).toLocalTime());
    updateForContact();
}

void WrapUpPanel::updateForContact()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    // A follow-up belongs to a customer: without one linked there is nobody to follow up with.
    const bool hasCustomer = contact && contact->customerId != 0;
    m_followUp->setEnabled(hasCustomer);
    if (!hasCustomer)
        m_followUp->setChecked(false);
    m_followUpNote->setText(hasCustomer
                                ? tr("The work item goes to the customer's open work and to the queue.")
                                : tr("Link or create the customer first to add a follow-up."));
    updateTimer();
}

void WrapUpPanel::fillDispositions()
{
    const QString current = m_disposition->currentData().toString();
    const QSignalBlocker blocker(m_disposition);
    m_disposition->clear();
    m_disposition->addItem(tr("Choose a disposition…"), QString());
    for (const DispositionOption &option : m_desk.dispositionOptions())
        m_disposition->addItem(DisplayText::dispositionLabel(option), option.code);
    m_disposition->setCurrentIndex(std::max(0, m_disposition->findData(current)));
}

std::optional<WrapUp> WrapUpPanel::wrapUp() const
{
    if (!validationError().isEmpty())
        return std::nullopt;
    WrapUp wrapUp;
    wrapUp.interactionId = m_contactId;
    wrapUp.dispositionCode = m_disposition->currentData().toString();
    wrapUp.notes = m_notes->toPlainText().trimmed();
    wrapUp.resolved = m_resolved->isChecked();
    if (m_followUp->isEnabled() && m_followUp->isChecked()) {
        const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
        WorkItem item;
        item.customerId = contact ? contact->customerId : 0;
        item.sourceInteractionId = m_contactId;
        item.queueId = contact ? contact->queueId : QString();
        item.title = m_followUpTitle->text().trimmed();
        item.createdAtMs = m_desk.nowMs();
        item.dueAtMs = m_followUpDue->dateTime().toMSecsSinceEpoch();
        wrapUp.followUp = item;
    }
    return wrapUp;
}

QString WrapUpPanel::validationError() const
{
    if (m_contactId == 0)
        return tr("There is no contact to wrap up.");
    if (!m_desk.dispositionOptions().isEmpty() && m_disposition->currentData().toString().isEmpty())
        return tr("Choose a disposition first.");
    if (m_followUp->isEnabled() && m_followUp->isChecked()) {
        if (m_followUpTitle->text().trimmed().isEmpty())
            return tr("Give the follow-up a title, or untick it.");
        if (m_followUpDue->dateTime().toMSecsSinceEpoch() < m_desk.nowMs())
            return tr("The follow-up cannot be due in the past.");
    }
    return QString();
}

bool WrapUpPanel::finish()
{
    const std::optional<WrapUp> result = wrapUp();
    if (!result) {
        m_error->setText(
            QStringLiteral("<span style=\"color:#d9483b\">%1</span>").arg(validationError().toHtmlEscaped()));
        m_error->show();
        if (m_disposition->currentData().toString().isEmpty())
            m_disposition->setFocus(Qt::OtherFocusReason);
        else
            m_followUpTitle->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hide();
    saveDraft();
    m_desk.finishWrapUp(*result);
    return true;
}

void WrapUpPanel::updateTimer()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    if (!contact || contact->times.wrapUpMs <= 0) {
        m_timer->clear();
        return;
    }
    const QString time = DisplayText::duration(std::max<qint64>(0, m_desk.nowMs() - contact->times.wrapUpMs));
    m_timer->setText(tr("After-call work %1").arg(time));
    m_timer->setAccessibleName(m_timer->text());
}

void WrapUpPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WrapUpPanel::retranslate()
{
    m_heading->setText(tr("Wrap-up"));
    m_dispositionLabel->setText(tr("&Disposition:"));
    m_disposition->setAccessibleName(tr("Disposition"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setAccessibleName(tr("Wrap-up notes"));
    m_notes->setPlaceholderText(tr("What was it about, what was agreed?"));
    m_resolved->setText(tr("&Resolved on first contact"));
    m_followUp->setTitle(tr("Create a follow-&up work item"));
    m_followUpTitleLabel->setText(tr("Title:"));
    m_followUpTitle->setAccessibleName(tr("Follow-up title"));
    m_followUpDueLabel->setText(tr("Due:"));
    m_followUpDue->setAccessibleName(tr("Follow-up due"));
    fillDispositions();
    updateForContact();
}

} // namespace ContactDesk

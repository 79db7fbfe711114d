#pragma once

#include "backend/agentdesk.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace ContactDesk {

class AgentDeskController;

// After the conversation: what it was about (a disposition from the contact centre's list, in
// the UI language), notes, whether it was resolved on first contact, and optionally a follow-up
// work item for the customer. The After-Call Work time counts until Finish. What the agent
// entered is kept per contact while they switch between contacts.
class WrapUpPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapUpPanel)

public:
    WrapUpPanel(AgentDeskController &desk, QWidget *parent = nullptr);

    void setContact(qint64 interactionId);
    qint64 contactId() const { return m_contactId; }
    // The workspace's Finish action, as the panel's main button.
    void setFinishAction(QAction *finish);
    // Notes taken during the contact, put in the notes field when it is still empty.
    void suggestNotes(qint64 interactionId, const QString &notes);

    // The wrap-up as entered, or nothing with validationError() saying what is missing.
    std::optional<WrapUp> wrapUp() const;
    QString validationError() const;
    // Validates and sends the wrap-up; false (with the reason on screen) when something is missing.
    bool finish();

    QComboBox *dispositionBox() const { return m_disposition; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QCheckBox *resolvedCheck() const { return m_resolved; }
    QGroupBox *followUpBox() const { return m_followUp; }
    QLineEdit *followUpTitle() const { return m_followUpTitle; }
    QDateTimeEdit *followUpDue() const { return m_followUpDue; }
    QLabel *timerLabel() const { return m_timer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        QString dispositionCode;
        QString notes;
        bool resolved = false;
        bool followUp = false;
        QString followUpTitle;
        qint64 followUpDueMs = 0;
    };
    void retranslate();
    void fillDispositions();
    void updateTimer();
    void saveDraft();
    void restoreDraft();
    void updateForContact();

    AgentDeskController &m_desk;
    qint64 m_contactId = 0;
    QHash<qint64, Draft> m_drafts;

    QLabel *m_heading = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_dispositionLabel = nullptr;
    QComboBox *m_disposition = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_resolved = nullptr;
    QGroupBox *m_followUp = nullptr;
    QLabel *m_followUpTitleLabel = nullptr;
    QLineEdit *m_followUpTitle = nullptr;
    QLabel *m_followUpDueLabel = nullptr;
    QDateTimeEdit *m_followUpDue = nullptr;
    QLabel *m_followUpNote = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_finishButton = nullptr;
};

} // namespace ContactDesk

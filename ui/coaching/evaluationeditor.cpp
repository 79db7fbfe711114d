#include "evaluationeditor.h"

#include "agent/displaytext.h"
#include "coachingtext.h"
#include "scorecardcache.h"
#include "scorecardform.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ContactDesk {

EvaluationEditor::EvaluationEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationEditor"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evaluationEditorMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *page = new QWidget(this);
    m_scorecardLabel = new QLabel(page);
    m_scorecardBox = new QComboBox(page);
    m_scorecardBox->setObjectName(QStringLiteral("evaluationScorecard"));
    m_scorecardBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scorecardBox->setMinimumContentsLength(16);
    m_scorecardLabel->setBuddy(m_scorecardBox);
    connect(m_scorecardBox, &QComboBox::activated, this,
            [this](int index) { chooseScorecard(m_scorecardBox->itemData(index).toString()); });

    m_form = new ScorecardForm(page);
    connect(m_form, &ScorecardForm::edited, this, [this] {
        m_dirty = true;
        updateState();
        updateButtons();
    });
    connect(m_form, &ScorecardForm::scoreChanged, this, &EvaluationEditor::updateButtons);

    m_overallLabel = new QLabel(page);
    m_overall = new QPlainTextEdit(page);
    m_overall->setObjectName(QStringLiteral("evaluationOverall"));
    m_overall->setTabChangesFocus(true);
    m_overall->setFixedHeight(m_overall->fontMetrics().lineSpacing() * 3 + 12);
    m_overallLabel->setBuddy(m_overall);
    connect(m_overall, &QPlainTextEdit::textChanged, this, [this] {
        if (m_overall->isReadOnly() || !m_overall->document()->isModified())
            return;
        m_dirty = true;
        updateState();
    });

    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("evaluationState"));
    m_save = new QPushButton(page);
    m_save->setObjectName(QStringLiteral("evaluationSaveDraft"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &EvaluationEditor::saveDraft);
    m_submit = new QPushButton(page);
    m_submit->setObjectName(QStringLiteral("evaluationSubmit"));
    connect(m_submit, &QPushButton::clicked, this, &EvaluationEditor::submit);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scorecardLabel);
    top->addWidget(m_scorecardBox, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(top);
    pageLayout->addWidget(m_form, 1);
    pageLayout->addWidget(m_overallLabel);
    pageLayout->addWidget(m_overall);
    pageLayout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
    clearInteraction();
}

void EvaluationEditor::setBackend(CoachingBackend *backend, ScorecardCache *scorecards)
{
    ++m_generation;
    m_backend = backend;
    m_scorecards = scorecards;
    m_latest.clear();
    m_latestLoaded = false;
    m_requests = 0;
    clearInteraction();
}

void EvaluationEditor::setUser(const std::optional<CoachingUser> &user)
{
    if (user == m_user)
        return;
    m_user = user;
    m_latest.clear();
    m_latestLoaded = false;
    clearInteraction();
}

bool EvaluationEditor::canEvaluate() const
{
    return m_user && Permissions::grant(m_user->role, Action::WriteEvaluation) != Grant::No;
}

void EvaluationEditor::clearInteraction()
{
    ++m_generation;
    m_recording.reset();
    m_evaluation = Evaluation();
    m_dirty = false;
    m_form->clear();
    showMessage(canEvaluate() || !m_user ? tr("Open a recording in the library to evaluate it.")
                                         : tr("Team leads evaluate contacts. Your own evaluations are under "
                                              "My Evaluations."));
}

void EvaluationEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateButtons();
}

void EvaluationEditor::setInteraction(const Recording &recording, const QList<Evaluation> &evaluations)
{
    const bool same = m_recording && m_recording->interactionId == recording.interactionId;
    if (!same && m_dirty && m_recording && !m_form->answers().isEmpty()
        && m_evaluation.status == EvaluationStatus::Draft)
        store(false); // the answers given so far are kept as a draft of the interaction left
    if (!same) {
        ++m_generation;
        m_dirty = false;
        m_evaluation = Evaluation();
        m_form->clear();
    }
    m_recording = recording;
    if (!canEvaluate()) {
        showMessage(tr("Team leads evaluate contacts. Your own evaluations are under My Evaluations."));
        return;
    }
    if (m_user->agentId > 0 && recording.agentId == m_user->agentId) {
        showMessage(tr("This is your own contact: someone else evaluates it."));
        return;
    }
    const Evaluation *draft = nullptr;
    const Evaluation *submitted = nullptr;
    for (const Evaluation &evaluation : evaluations) {
        if (evaluation.evaluatorUserId != m_user->userId)
            continue;
        if (evaluation.status == EvaluationStatus::Draft)
            draft = &evaluation;
        else if (!submitted)
            submitted = &evaluation;
    }
    const Evaluation *mine = draft ? draft : submitted;
    if (same && m_dirty) {
        // Keep what is being typed; only learn the id the draft got.
        if (mine && m_evaluation.id == 0 && mine->status == EvaluationStatus::Draft)
            m_evaluation.id = mine->id;
        return;
    }
    if (!mine) {
        if (same && m_evaluation.id == 0 && m_form->hasScorecard()) {
            updateButtons();
            return;
        }
        m_evaluation = Evaluation();
        m_evaluation.interactionId = recording.interactionId;
        m_evaluation.agentId = recording.agentId;
        m_stack->setCurrentIndex(0);
        loadScorecards();
        if (m_latestLoaded && !m_latest.isEmpty())
            chooseScorecard(m_latest.first().id);
        updateState();
        return;
    }
    m_evaluation = *mine;
    m_stack->setCurrentIndex(0);
    loadScorecards();
    if (!m_scorecards)
        return;
    ++m_requests;
    const quint64 generation = m_generation;
    const Evaluation shown = *mine;
    QPointer<EvaluationEditor> self(this);
    m_scorecards->fetch(shown.scorecardId, shown.scorecardVersion, this,
                        [self, generation, shown](const BackendResult<Scorecard> &result) {
                            if (!self)
                                return;
                            if (self->m_generation == generation) {
                                if (result.ok())
                                    self->showForm(result.value(), shown.answers);
                                else
                                    self->showMessage(CoachingText::failure(
                                        tr("The scorecard could not be loaded"), result.error()));
                            }
                            self->finished();
                        });
}

void EvaluationEditor::loadScorecards()
{
    if (m_latestLoaded || !m_backend)
        return;
    m_latestLoaded = true;
    ++m_requests;
    QPointer<EvaluationEditor> self(this);
    QPointer<CoachingBackend> backend = m_backend;
    m_backend->scorecards([self, backend](const BackendResult<QList<Scorecard>> &result) {
        if (!self || self->m_backend != backend)
            return;
        if (result.ok()) {
            self->m_latest = result.value();
            for (const Scorecard &form : std::as_const(self->m_latest)) {
                if (self->m_scorecards)
                    self->m_scorecards->remember(form);
            }
            self->fillScorecardBox();
            // A new evaluation waiting for its form gets the first one.
            if (self->m_recording && self->m_evaluation.id == 0 && !self->m_form->hasScorecard()
                && self->m_stack->currentIndex() == 0) {
                if (self->m_latest.isEmpty())
                    self->showMessage(tr("There is no scorecard to evaluate with yet."));
                else
                    self->chooseScorecard(self->m_latest.first().id);
            }
        } else {
            self->m_latestLoaded = false;
            Q_EMIT self->errorOccurred(
                CoachingText::failure(tr("The scorecards could not be loaded"), result.error()));
        }
        self->finished();
    });
}

void EvaluationEditor::fillScorecardBox()
{
    const QString language = DisplayText::uiLanguage();
    const QString current = m_form->hasScorecard() ? m_form->scorecard().id : QString();
    m_scorecardBox->clear();
    for (const Scorecard &form : std::as_const(m_latest))
        m_scorecardBox->addItem(form.name(language), form.id);
    // A draft's own version may be older than the latest: it is named as it is.
    if (m_form->hasScorecard() && m_scorecardBox->findData(current) < 0)
        m_scorecardBox->addItem(m_form->scorecard().name(language), current);
    m_scorecardBox->setCurrentIndex(std::max(0, m_scorecardBox->findData(current)));
}

void EvaluationEditor::chooseScorecard(const QString &scorecardId)
{
    if (m_evaluation.id != 0 || m_evaluation.status != EvaluationStatus::Draft)
        return; // a stored draft keeps its form
    for (const Scorecard &form : std::as_const(m_latest)) {
        if (form.id != scorecardId)
            continue;
        if (m_form->hasScorecard() && m_form->scorecard() == form)
            return;
        showForm(form, {});
        m_dirty = false;
        updateState();
        return;
    }
}

void EvaluationEditor::showForm(const Scorecard &form, const QList<ScorecardAnswer> &answers)
{
    m_stack->setCurrentIndex(0);
    if (m_form->scorecard() != form)
        m_form->setScorecard(form);
    m_form->setAnswers(answers);
    const bool editable = m_evaluation.status == EvaluationStatus::Draft;
    m_form->setReadOnly(!editable);
    m_overall->setReadOnly(!editable);
    m_overall->setPlaceholderText(editable ? tr("What went well, what to work on") : QString());
    m_overall->setPlainText(m_evaluation.overallComment);
    m_overall->document()->setModified(false);
    fillScorecardBox();
    updateState();
    updateButtons();
}

Evaluation EvaluationEditor::draftFromForm() const
{
    Evaluation draft = m_evaluation;
    draft.scorecardId = m_form->scorecard().id;
    draft.scorecardVersion = m_form->scorecard().version;
    draft.answers = m_form->answers();
    draft.overallComment = m_overall->toPlainText().trimmed();
    return draft;
}

void EvaluationEditor::saveDraft()
{
    store(false);
}

void EvaluationEditor::submit()
{
    store(true);
}

void EvaluationEditor::store(bool thenSubmit)
{
    if (!m_backend || !m_form->hasScorecard() || m_evaluation.status != EvaluationStatus::Draft
        || !m_recording)
        return;
    const Evaluation draft = draftFromForm();
    const quint64 generation = m_generation;
    ++m_requests;
    updateButtons();
    QPointer<EvaluationEditor> self(this);
    m_backend->saveEvaluationDraft(draft, [self, generation,
                                           thenSubmit](const BackendResult<Evaluation> &result) {
        if (!self)
            return;
        const bool current = self->m_generation == generation;
        if (!result.ok()) {
            Q_EMIT self->errorOccurred(
                CoachingText::failure(tr("The draft could not be saved"), result.error()));
            self->finished();
            return;
        }
        if (current) {
            // Changes typed while the save was on its way stay unsaved.
            const QList<ScorecardAnswer> now = self->m_form->answers();
            self->m_dirty = now != result.value().answers
                            || self->m_overall->toPlainText().trimmed() != result.value().overallComment;
            self->m_evaluation = result.value();
            self->m_savedAtMs = result.value().updatedMs;
        }
        Q_EMIT self->evaluationSaved(result.value());
        if (!thenSubmit) {
            if (current)
                Q_EMIT self->statusMessage(tr("Draft saved."));
            self->finished();
            return;
        }
        ++self->m_requests;
        self->m_backend->submitEvaluation(result.value().id, [self, generation](
                                                                 const BackendResult<Evaluation> &submitted) {
            if (!self)
                return;
            if (!submitted.ok()) {
                Q_EMIT self->errorOccurred(
                    CoachingText::failure(tr("The evaluation could not be submitted"), submitted.error()));
            } else {
                if (self->m_generation == generation) {
                    self->m_evaluation = submitted.value();
                    self->m_dirty = false;
                    self->m_form->setReadOnly(true);
                    self->m_overall->setReadOnly(true);
                    self->m_overall->setPlaceholderText(QString());
                }
                Q_EMIT self->statusMessage(
                    tr("Evaluation submitted: %1.").arg(CoachingText::scoreSummary(submitted.value().score)));
                Q_EMIT self->evaluationSubmitted(submitted.value());
            }
            self->finished();
        });
        self->finished();
    });
}

void EvaluationEditor::finished()
{
    m_requests = std::max(0, m_requests - 1);
    updateState();
    updateButtons();
    Q_EMIT settledChanged();
}

void EvaluationEditor::updateState()
{
    QString text;
    if (m_requests > 0)
        text = tr("Saving…");
    else if (m_evaluation.status != EvaluationStatus::Draft)
        text = tr("%1 on %2: %3")
                   .arg(CoachingText::evaluationStatusName(m_evaluation.status),
                        DisplayText::dateTime(m_evaluation.submittedMs),
                        CoachingText::scoreSummary(m_evaluation.score));
    else if (m_dirty)
        text = tr("Unsaved changes");
    else if (m_evaluation.id != 0)
        text = tr("Draft saved %1").arg(DisplayText::dateTime(m_evaluation.updatedMs));
    else
        text = tr("Not saved yet");
    m_state->setText(text);
}

void EvaluationEditor::updateButtons()
{
    const bool editing = m_stack->currentIndex() == 0 && m_form->hasScorecard()
                         && m_evaluation.status == EvaluationStatus::Draft;
    const std::optional<ScorecardScore> &score = m_form->score();
    const bool complete = score && score->outcome != ScoreOutcome::Incomplete;
    m_save->setVisible(editing);
    m_submit->setVisible(editing);
    m_save->setEnabled(editing && m_requests == 0);
    m_submit->setEnabled(editing && complete && m_requests == 0);
    if (!score)
        m_submit->setToolTip(m_form->scoreError());
    else if (!complete)
        m_submit->setToolTip(
            tr("Answer every question first: %n left", nullptr, int(score->unansweredQuestions.size())));
    else
        m_submit->setToolTip(tr("Submit the evaluation to the agent; it cannot be changed afterwards"));
    m_scorecardBox->setEnabled(editing && m_evaluation.id == 0 && m_scorecardBox->count() > 1);
}

void EvaluationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluationEditor::retranslate()
{
    m_scorecardLabel->setText(tr("Score&card"));
    m_overallLabel->setText(tr("O&verall comment"));
    if (!m_overall->isReadOnly())
        m_overall->setPlaceholderText(tr("What went well, what to work on"));
    m_save->setText(tr("Save &Draft"));
    m_submit->setText(tr("S&ubmit"));
    fillScorecardBox();
    updateState();
    updateButtons();
}

} // namespace ContactDesk

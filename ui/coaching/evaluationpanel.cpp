#include "evaluationpanel.h"

#include "agent/displaytext.h"
#include "coachingtext.h"
#include "evaluationlistmodel.h"
#include "scorecardcache.h"
#include "scorecardform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ContactDesk {

EvaluationPanel::EvaluationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationPanel"));
    m_model = new EvaluationListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvaluationPanel::showCurrent);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("evaluationHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form = new ScorecardForm(this);
    m_form->setObjectName(QStringLiteral("evaluationDetailForm"));
    m_form->setReadOnly(true);
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("evaluationOverallComment"));
    m_overall->setWordWrap(true);
    m_overall->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agentComment = new QLabel(this);
    m_agentComment->setObjectName(QStringLiteral("evaluationAgentComment"));
    m_agentComment->setWordWrap(true);
    m_agentComment->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_responseRow = new QWidget(this);
    m_response = new QLineEdit(m_responseRow);
    m_response->setObjectName(QStringLiteral("evaluationResponse"));
    m_response->setMaxLength(Evaluation::MaxCommentLength);
    m_acknowledge = new QPushButton(m_responseRow);
    m_acknowledge->setObjectName(QStringLiteral("evaluationAcknowledge"));
    connect(m_acknowledge, &QPushButton::clicked, this, &EvaluationPanel::acknowledge);
    m_dispute = new QPushButton(m_responseRow);
    m_dispute->setObjectName(QStringLiteral("evaluationDispute"));
    connect(m_dispute, &QPushButton::clicked, this, &EvaluationPanel::dispute);
    connect(m_response, &QLineEdit::textChanged, this, &EvaluationPanel::updateResponse);
    auto *response = new QHBoxLayout(m_responseRow);
    response->setContentsMargins(0, 0, 0, 0);
    response->addWidget(m_response, 1);
    response->addWidget(m_acknowledge);
    response->addWidget(m_dispute);

    m_openRecording = new QPushButton(this);
    m_openRecording->setObjectName(QStringLiteral("evaluationOpenRecording"));
    m_openRecording->setVisible(false);
    connect(m_openRecording, &QPushButton::clicked, this, [this] {
        if (const Evaluation *evaluation = currentEvaluation())
            Q_EMIT openInteractionRequested(evaluation->interactionId, evaluation->agentId);
    });

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_openRecording, 0, Qt::AlignTop);
    detailLayout->addLayout(headerRow);
    detailLayout->addWidget(m_form, 1);
    detailLayout->addWidget(m_overall);
    detailLayout->addWidget(m_agentComment);
    detailLayout->addWidget(m_responseRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("evaluationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_table->verticalHeader()->defaultSectionSize() * 4 + 30, 500});

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("evaluationEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
    showMessage(QString());
}

void EvaluationPanel::setBackend(CoachingBackend *backend, ScorecardCache *scorecards)
{
    m_backend = backend;
    m_scorecards = scorecards;
    m_pending = false;
}

void EvaluationPanel::setUser(const std::optional<CoachingUser> &user)
{
    m_user = user;
    updateResponse();
}

void EvaluationPanel::setEvaluations(const QList<Evaluation> &evaluations, const QString &emptyText)
{
    const qint64 selected = currentEvaluation() ? currentEvaluation()->id : 0;
    m_model->setEvaluations(evaluations);
    if (evaluations.isEmpty()) {
        showMessage(emptyText);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (!selectEvaluation(selected))
        m_table->selectRow(0);
}

void EvaluationPanel::showMessage(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    ++m_shown;
    m_loadingForm = false;
}

void EvaluationPanel::setOpenRecordingVisible(bool visible)
{
    m_openRecording->setVisible(visible);
}

bool EvaluationPanel::selectEvaluation(qint64 evaluationId)
{
    const int row = m_model->rowOfEvaluation(evaluationId);
    if (row < 0)
        return false;
    m_stack->setCurrentIndex(0);
    m_table->selectRow(row);
    showCurrent();
    return true;
}

const Evaluation *EvaluationPanel::currentEvaluation() const
{
    return m_model->evaluationAt(m_table->currentIndex().row());
}

void EvaluationPanel::showCurrent()
{
    const Evaluation *evaluation = currentEvaluation();
    const quint64 shown = ++m_shown;
    if (!evaluation) {
        m_form->clear();
        m_header->clear();
        m_overall->clear();
        m_agentComment->clear();
        updateResponse();
        return;
    }
    QStringList header;
    header << tr("Evaluated by %1").arg(evaluation->evaluatorName.toHtmlEscaped());
    if (evaluation->submittedMs > 0)
        header << tr("submitted %1").arg(DisplayText::dateTime(evaluation->submittedMs));
    else
        header << tr("draft, last saved %1").arg(DisplayText::dateTime(evaluation->updatedMs));
    header << QStringLiteral("<b>%1</b>").arg(CoachingText::evaluationStatusName(evaluation->status));
    if (evaluation->score)
        header << QStringLiteral("<b>%1</b>").arg(CoachingText::scoreSummary(evaluation->score));
    m_header->setText(header.join(QStringLiteral(" · ")));
    m_overall->setText(evaluation->overallComment.isEmpty()
                           ? QString()
                           : tr("<b>Overall:</b> %1").arg(evaluation->overallComment.toHtmlEscaped()));
    m_overall->setVisible(!evaluation->overallComment.isEmpty());
    if (evaluation->status == EvaluationStatus::Acknowledged
        || evaluation->status == EvaluationStatus::Disputed) {
        const QString verb = evaluation->status == EvaluationStatus::Acknowledged
                                 ? tr("Acknowledged by the agent")
                                 : tr("Disputed by the agent");
        m_agentComment->setText(
            evaluation->agentComment.isEmpty()
                ? tr("<b>%1</b> on %2.").arg(verb, DisplayText::dateTime(evaluation->respondedMs))
                : tr("<b>%1</b> on %2: %3")
                      .arg(verb, DisplayText::dateTime(evaluation->respondedMs),
                           evaluation->agentComment.toHtmlEscaped()));
        m_agentComment->setVisible(true);
    } else {
        m_agentComment->clear();
        m_agentComment->setVisible(false);
    }
    updateResponse();

    const QList<ScorecardAnswer> answers = evaluation->answers;
    if (!m_scorecards) {
        m_form->clear();
        return;
    }
    m_loadingForm = true;
    QPointer<EvaluationPanel> self(this);
    m_scorecards->fetch(evaluation->scorecardId, evaluation->scorecardVersion, this,
                        [self, shown, answers](const BackendResult<Scorecard> &result) {
                            if (!self || self->m_shown != shown)
                                return;
                            self->m_loadingForm = false;
                            if (!result.ok()) {
                                self->m_form->clear();
                                Q_EMIT self->errorOccurred(CoachingText::failure(
                                    tr("The scorecard could not be loaded"), result.error()));
                                return;
                            }
                            if (self->m_form->scorecard() != result.value())
                                self->m_form->setScorecard(result.value());
                            self->m_form->setAnswers(answers);
                        });
}

void EvaluationPanel::updateResponse()
{
    const Evaluation *evaluation = currentEvaluation();
    // Only the agent evaluated answers, once, to a submitted evaluation.
    const bool mine = evaluation && m_user && m_user->agentId > 0 && evaluation->agentId == m_user->agentId;
    const bool open = mine && evaluation->status == EvaluationStatus::Submitted;
    m_responseRow->setVisible(open);
    m_acknowledge->setEnabled(open && !m_pending);
    m_dispute->setEnabled(open && !m_pending && !m_response->text().trimmed().isEmpty());
    m_dispute->setToolTip(m_response->text().trimmed().isEmpty() ? tr("Say why you disagree first")
                                                                 : QString());
    m_openRecording->setEnabled(evaluation != nullptr);
}

void EvaluationPanel::acknowledge()
{
    respond(true);
}

void EvaluationPanel::dispute()
{
    respond(false);
}

void EvaluationPanel::respond(bool acknowledge)
{
    const Evaluation *evaluation = currentEvaluation();
    if (!evaluation || !m_backend || m_pending)
        return;
    const QString comment = m_response->text().trimmed();
    if (!acknowledge && comment.isEmpty())
        return;
    m_pending = true;
    updateResponse();
    QPointer<EvaluationPanel> self(this);
    auto done = [self, acknowledge](const BackendResult<Evaluation> &result) {
        if (!self)
            return;
        self->m_pending = false;
        if (!result.ok()) {
            self->updateResponse();
            Q_EMIT self->errorOccurred(
                CoachingText::failure(acknowledge ? tr("The evaluation could not be acknowledged")
                                                  : tr("The evaluation could not be disputed"),
                                      result.error()));
            return;
        }
        self->m_response->clear();
        self->m_model->updateEvaluation(result.value());
        self->showCurrent();
        Q_EMIT self->statusMessage(acknowledge ? tr("You acknowledged the evaluation.")
                                               : tr("You disputed the evaluation; your team lead sees why."));
        Q_EMIT self->evaluationChanged(result.value());
    };
    if (acknowledge)
        m_backend->acknowledgeEvaluation(evaluation->id, comment, done);
    else
        m_backend->disputeEvaluation(evaluation->id, comment, done);
}

void EvaluationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluationPanel::retranslate()
{
    m_response->setPlaceholderText(tr("Your comment (needed to dispute)"));
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("You have read the evaluation and accept it"));
    m_dispute->setText(tr("&Dispute"));
    m_openRecording->setText(tr("Open &Recording"));
    m_table->setAccessibleName(tr("Evaluations"));
    m_model->retranslate();
    if (currentEvaluation())
        showCurrent();
}

} // namespace ContactDesk

#include "coachingsessionpanel.h"

#include "agent/displaytext.h"
#include "coachingsessionmodel.h"
#include "coachingtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk {

namespace {

QString clipText(const CoachingClip &clip)
{
    QString text = CoachingSessionPanel::tr("Contact %1, %2–%3")
                       .arg(QString::number(clip.interactionId), CoachingText::position(clip.startMs),
                            CoachingText::position(clip.endMs));
    if (!clip.note.isEmpty())
        text = CoachingSessionPanel::tr("%1: %2").arg(text, clip.note);
    return text;
}

} // namespace

CoachingSessionPanel::CoachingSessionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coachingSessionPanel"));
    m_model = new CoachingSessionModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionTable"));
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
    m_table->horizontalHeader()->setSectionResizeMode(CoachingSessionModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoachingSessionPanel::showCurrent);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("sessionEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("sessionNew"));
    connect(m_new, &QPushButton::clicked, this, &CoachingSessionPanel::newSession);

    m_editor = new QWidget(this);
    m_agentLabel = new QLabel(m_editor);
    m_agent = new QComboBox(m_editor);
    m_agent->setObjectName(QStringLiteral("sessionAgent"));
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        // Evaluations belong to the agent: another agent, another list.
        m_session.evaluationIds.clear();
        loadAgentEvaluations(m_agent->currentData().toLongLong());
        updateControls();
    });
    m_titleLabel = new QLabel(m_editor);
    m_title = new QLineEdit(m_editor);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setMaxLength(CoachingSession::MaxTitleLength);
    connect(m_title, &QLineEdit::textChanged, this, &CoachingSessionPanel::updateControls);
    m_dueLabel = new QLabel(m_editor);
    m_due = new QDateEdit(m_editor);
    m_due->setObjectName(QStringLiteral("sessionDue"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(CoachingText::noDate());
    m_statusLabel = new QLabel(m_editor);
    m_status = new QComboBox(m_editor);
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    m_status->addItem(QString(), int(CoachingSessionStatus::Open));
    m_status->addItem(QString(), int(CoachingSessionStatus::Done));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_notesLabel = new QLabel(m_editor);
    m_notes = new QPlainTextEdit(m_editor);
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6 + 12);
    m_evaluationsLabel = new QLabel(m_editor);
    m_evaluations = new QListWidget(m_editor);
    m_evaluations->setObjectName(QStringLiteral("sessionEvaluations"));
    m_clipsLabel = new QLabel(m_editor);
    m_clips = new QListWidget(m_editor);
    m_clips->setObjectName(QStringLiteral("sessionClips"));
    connect(m_clips, &QListWidget::currentRowChanged, this, &CoachingSessionPanel::updateControls);
    connect(m_clips, &QListWidget::itemActivated, this, [this] { m_playClip->click(); });
    m_availableLabel = new QLabel(m_editor);
    m_availableLabel->setObjectName(QStringLiteral("sessionAvailableClip"));
    m_availableLabel->setWordWrap(true);
    m_clipNote = new QLineEdit(m_editor);
    m_clipNote->setObjectName(QStringLiteral("sessionClipNote"));
    m_addClip = new QPushButton(m_editor);
    m_addClip->setObjectName(QStringLiteral("sessionAddClip"));
    connect(m_addClip, &QPushButton::clicked, this, &CoachingSessionPanel::addAvailableClip);
    m_removeClip = new QPushButton(m_editor);
    m_removeClip->setObjectName(QStringLiteral("sessionRemoveClip"));
    connect(m_removeClip, &QPushButton::clicked, this, [this] {
        const int row = m_clips->currentRow();
        if (row < 0 || row >= m_session.clips.size())
            return;
        m_session.clips.removeAt(row);
        showClips();
    });
    m_playClip = new QPushButton(m_editor);
    m_playClip->setObjectName(QStringLiteral("sessionPlayClip"));
    connect(m_playClip, &QPushButton::clicked, this, [this] {
        const int row = m_clips->currentRow();
        if (row >= 0 && row < m_session.clips.size())
            Q_EMIT clipRequested(m_session.clips.at(row),
                                 m_session.agentId ? m_session.agentId : m_agent->currentData().toLongLong());
    });
    m_save = new QPushButton(m_editor);
    m_save->setObjectName(QStringLiteral("sessionSave"));
    connect(m_save, &QPushButton::clicked, this, &CoachingSessionPanel::save);

    m_agentLabel->setBuddy(m_agent);
    m_titleLabel->setBuddy(m_title);
    m_dueLabel->setBuddy(m_due);
    m_statusLabel->setBuddy(m_status);
    m_notesLabel->setBuddy(m_notes);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_agentLabel, m_agent);
    form->addRow(m_titleLabel, m_title);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addSpacing(12);
    dueRow->addWidget(m_statusLabel);
    dueRow->addWidget(m_status);
    dueRow->addStretch(1);
    form->addRow(m_dueLabel, dueRow);
    form->addRow(m_notesLabel, m_notes);
    auto *lists = new QHBoxLayout;
    auto *evaluationColumn = new QVBoxLayout;
    evaluationColumn->addWidget(m_evaluationsLabel);
    evaluationColumn->addWidget(m_evaluations, 1);
    auto *clipColumn = new QVBoxLayout;
    clipColumn->addWidget(m_clipsLabel);
    clipColumn->addWidget(m_clips, 1);
    auto *clipButtons = new QHBoxLayout;
    clipButtons->addWidget(m_playClip);
    clipButtons->addWidget(m_removeClip);
    clipButtons->addStretch(1);
    clipColumn->addLayout(clipButtons);
    clipColumn->addWidget(m_availableLabel);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_clipNote, 1);
    addRow->addWidget(m_addClip);
    clipColumn->addLayout(addRow);
    lists->addLayout(evaluationColumn, 1);
    lists->addLayout(clipColumn, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addLayout(lists, 1);
    editorLayout->addLayout(saveRow);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listStack, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_new);
    newRow->addStretch(1);
    leftLayout->addLayout(newRow);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sessionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
    showSession(CoachingSession());
}

void CoachingSessionPanel::setBackend(CoachingBackend *backend)
{
    ++m_generation;
    m_backend = backend;
    m_requests = 0;
    m_model->setSessions({});
    showSession(CoachingSession());
}

void CoachingSessionPanel::setUser(const std::optional<CoachingUser> &user)
{
    if (user == m_user)
        return;
    m_user = user;
    ++m_generation;
    m_requests = 0;
    m_model->setSessions({});
    showSession(CoachingSession());
    m_table->setColumnHidden(CoachingSessionModel::AgentColumn, !canLead());
}

bool CoachingSessionPanel::canLead() const
{
    return m_user && Permissions::grant(m_user->role, Action::WriteEvaluation) != Grant::No;
}

void CoachingSessionPanel::setAgents(const QList<CoachableAgent> &agents)
{
    m_agentList = agents;
    std::sort(m_agentList.begin(), m_agentList.end(), [](const CoachableAgent &a, const CoachableAgent &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    QHash<qint64, QString> names;
    m_loading = true;
    const QVariant current = m_agent->currentData();
    m_agent->clear();
    for (const CoachableAgent &agent : std::as_const(m_agentList)) {
        names.insert(agent.agentId, agent.displayName);
        // Nobody coaches themselves.
        if (!m_user || agent.agentId != m_user->agentId || !canLead())
            m_agent->addItem(agent.team.isEmpty() ? agent.displayName
                                                  : tr("%1 (%2)").arg(agent.displayName, agent.team),
                             agent.agentId);
    }
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(current)));
    m_loading = false;
    m_model->setAgentNames(names);
    if (m_session.id == 0 && canLead())
        loadAgentEvaluations(m_agent->currentData().toLongLong());
}

void CoachingSessionPanel::setAvailableClip(const std::optional<CoachingClip> &clip,
                                            const QString &description)
{
    m_available = clip;
    m_availableText = description;
    updateControls();
}

void CoachingSessionPanel::begin()
{
    ++m_requests;
}

void CoachingSessionPanel::end()
{
    m_requests = std::max(0, m_requests - 1);
    updateControls();
    Q_EMIT settledChanged();
}

void CoachingSessionPanel::reload()
{
    if (!m_backend || !m_user)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<CoachingSessionPanel> self(this);
    auto shown = [self, generation](const BackendResult<QList<CoachingSession>> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->m_model->setSessions({});
            self->m_empty->setText(
                CoachingText::failure(tr("The coaching sessions could not be loaded"), result.error()));
            self->m_listStack->setCurrentWidget(self->m_empty);
            self->end();
            return;
        }
        const qint64 selected = self->m_session.id;
        self->m_model->setSessions(result.value());
        if (result.value().isEmpty()) {
            self->m_empty->setText(self->canLead()
                                       ? tr("You have not assigned a coaching session yet. Choose an "
                                            "agent, give it a title and save it.")
                                       : tr("No coaching session has been assigned to you yet."));
            self->m_listStack->setCurrentWidget(self->m_empty);
        } else {
            self->m_listStack->setCurrentWidget(self->m_table);
            if (selected > 0)
                self->selectSession(selected);
            else if (!self->canLead())
                self->m_table->selectRow(0);
        }
        self->end();
    };
    if (canLead())
        m_backend->coachingSessionsLedByMe(shown);
    else
        m_backend->coachingSessionsForAgent(m_user->agentId, shown);
}

void CoachingSessionPanel::newSession()
{
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    CoachingSession session;
    session.agentId = m_agent->currentData().toLongLong();
    showSession(session);
    m_title->setFocus();
}

bool CoachingSessionPanel::selectSession(qint64 sessionId)
{
    const int row = m_model->rowOfSession(sessionId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    showCurrent();
    return true;
}

void CoachingSessionPanel::showCurrent()
{
    if (const CoachingSession *session = m_model->sessionAt(m_table->currentIndex().row()))
        showSession(*session);
}

void CoachingSessionPanel::showSession(const CoachingSession &session)
{
    m_loading = true;
    m_session = session;
    if (session.agentId > 0) {
        int index = m_agent->findData(session.agentId);
        if (index < 0) {
            m_agent->addItem(tr("Agent %1").arg(session.agentId), session.agentId);
            index = m_agent->count() - 1;
        }
        m_agent->setCurrentIndex(index);
    }
    m_title->setText(session.title);
    m_notes->setPlainText(session.notes);
    m_due->setDate(session.dueMs > 0 ? QDateTime::fromMSecsSinceEpoch(session.dueMs).date()
                                     : CoachingText::noDate());
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(session.status))));
    m_loading = false;
    showClips();
    loadAgentEvaluations(session.agentId > 0 ? session.agentId : m_agent->currentData().toLongLong());
    updateControls();
}

void CoachingSessionPanel::showClips()
{
    m_clips->clear();
    for (const CoachingClip &clip : std::as_const(m_session.clips))
        m_clips->addItem(clipText(clip));
    updateControls();
}

void CoachingSessionPanel::loadAgentEvaluations(qint64 agentId)
{
    m_evaluations->clear();
    m_agentEvaluations.clear();
    m_evaluationsAgent = agentId;
    if (!m_backend || agentId <= 0)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<CoachingSessionPanel> self(this);
    m_backend->evaluationsForAgent(agentId, [self, generation,
                                             agentId](const BackendResult<QList<Evaluation>> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (self->m_evaluationsAgent != agentId) {
            // Another agent was chosen while this answer was on its way (a remote backend).
            self->end();
            return;
        }
        if (!result.ok()) {
            auto *item = new QListWidgetItem(CoachingText::errorText(result.error()), self->m_evaluations);
            item->setFlags(Qt::NoItemFlags);
            self->end();
            return;
        }
        const bool lead = self->canLead();
        for (const Evaluation &evaluation : result.value()) {
            if (evaluation.status == EvaluationStatus::Draft)
                continue;
            const bool linked = self->m_session.evaluationIds.contains(evaluation.id);
            if (!lead && !linked)
                continue;
            self->m_agentEvaluations.append(evaluation);
            auto *item = new QListWidgetItem(tr("%1 · %2 · %3")
                                                 .arg(DisplayText::date(evaluation.submittedMs),
                                                      CoachingText::scoreSummary(evaluation.score),
                                                      evaluation.evaluatorName),
                                             self->m_evaluations);
            item->setData(Qt::UserRole, evaluation.id);
            if (lead) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
            }
        }
        if (self->m_evaluations->count() == 0) {
            auto *item = new QListWidgetItem(lead ? tr("This agent has no submitted evaluation yet.")
                                                  : tr("No evaluation is linked to this session."),
                                             self->m_evaluations);
            item->setFlags(Qt::NoItemFlags);
        }
        self->end();
    });
}

CoachingSession CoachingSessionPanel::sessionFromEditor() const
{
    CoachingSession session = m_session;
    session.agentId = m_agent->currentData().toLongLong();
    session.title = m_title->text().trimmed();
    session.notes = m_notes->toPlainText().trimmed();
    session.dueMs =
        m_due->date() > CoachingText::noDate() ? m_due->date().startOfDay().toMSecsSinceEpoch() : 0;
    session.status = CoachingSessionStatus(m_status->currentData().toInt());
    QList<qint64> linked;
    for (int row = 0; row < m_evaluations->count(); ++row) {
        const QListWidgetItem *item = m_evaluations->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            linked << item->data(Qt::UserRole).toLongLong();
    }
    session.evaluationIds = linked;
    return session;
}

void CoachingSessionPanel::addAvailableClip()
{
    if (!m_available || !canLead())
        return;
    CoachingClip clip = *m_available;
    clip.note = m_clipNote->text().trimmed();
    m_session.clips.append(clip);
    m_clipNote->clear();
    showClips();
    m_clips->setCurrentRow(int(m_session.clips.size()) - 1);
}

void CoachingSessionPanel::save()
{
    if (!m_backend || !canLead())
        return;
    const CoachingSession session = sessionFromEditor();
    if (session.title.isEmpty() || session.agentId <= 0)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<CoachingSessionPanel> self(this);
    m_backend->saveCoachingSession(session, [self, generation](const BackendResult<CoachingSession> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            Q_EMIT self->errorOccurred(
                CoachingText::failure(tr("The session could not be saved"), result.error()));
            self->end();
            return;
        }
        self->m_session = result.value();
        Q_EMIT self->statusMessage(tr("Coaching session \u201c%1\u201d saved.").arg(result.value().title));
        self->end();
        self->reload();
    });
}

void CoachingSessionPanel::updateControls()
{
    const bool lead = canLead();
    const bool busy = m_requests > 0;
    m_new->setVisible(lead);
    m_agent->setEnabled(lead && m_session.id == 0);
    for (QLineEdit *edit : {m_title, m_clipNote})
        edit->setReadOnly(!lead);
    m_notes->setReadOnly(!lead);
    m_due->setReadOnly(!lead);
    m_status->setEnabled(lead);
    m_save->setVisible(lead);
    m_addClip->setVisible(lead);
    m_clipNote->setVisible(lead);
    m_removeClip->setVisible(lead);
    m_availableLabel->setVisible(lead);
    m_save->setEnabled(!busy && !m_title->text().trimmed().isEmpty()
                       && m_agent->currentData().toLongLong() > 0);
    m_save->setToolTip(m_title->text().trimmed().isEmpty() ? tr("Give the session a title first")
                                                           : QString());
    m_addClip->setEnabled(m_available.has_value());
    m_availableLabel->setText(m_available
                                  ? tr("Selected in the player: %1").arg(m_availableText)
                                  : tr("Select a stretch of a call on the waveform to add it as a clip."));
    const bool clip = m_clips->currentRow() >= 0 && m_clips->currentRow() < m_session.clips.size();
    m_removeClip->setEnabled(clip);
    m_playClip->setEnabled(clip);
    m_editor->setEnabled(lead || m_session.id > 0);
}

void CoachingSessionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoachingSessionPanel::retranslate()
{
    m_new->setText(tr("&New Session"));
    m_agentLabel->setText(tr("A&gent"));
    m_titleLabel->setText(tr("&Title"));
    m_title->setPlaceholderText(tr("What the session is about"));
    m_dueLabel->setText(tr("D&ue"));
    m_due->setSpecialValueText(tr("No date"));
    m_statusLabel->setText(tr("&Status"));
    m_status->setItemText(0, CoachingText::sessionStatusName(CoachingSessionStatus::Open));
    m_status->setItemText(1, CoachingText::sessionStatusName(CoachingSessionStatus::Done));
    m_notesLabel->setText(tr("N&otes"));
    m_notes->setPlaceholderText(tr("What to practise, what went well"));
    m_evaluationsLabel->setText(tr("Evaluations to go through"));
    m_clipsLabel->setText(tr("Clips to play together"));
    m_clipNote->setPlaceholderText(tr("Note for the clip (optional)"));
    m_addClip->setText(tr("Add the Player's &Selection"));
    m_removeClip->setText(tr("&Remove Clip"));
    m_playClip->setText(tr("&Play Clip"));
    m_save->setText(tr("Sa&ve Session"));
    m_table->setAccessibleName(tr("Coaching sessions"));
    m_model->retranslate();
    showClips();
}

} // namespace ContactDesk

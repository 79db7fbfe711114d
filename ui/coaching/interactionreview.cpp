#include "interactionreview.h"

#include "agent/displaytext.h"
#include "calibrationpanel.h"
#include "coaching/transcript.h"
#include "coachingtext.h"
#include "commentlistmodel.h"
#include "evaluationeditor.h"
#include "evaluationpanel.h"
#include "recordingplayer.h"
#include "scorecardcache.h"
#include "transcriptpanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

// Where the last export went, so that the next one starts there.
QString reviewExportFolderKey()
{
    return QStringLiteral("coaching/exportFolder");
}
constexpr int ReviewDeleteReasonMaxLength = 500;

QToolButton *makeReviewActionButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// The save dialog of an export; empty when cancelled.
QString askReviewExportPath(QWidget *parent, const Recording &recording)
{
    QString folder = QSettings().value(reviewExportFolderKey()).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const bool audio = recording.kind == RecordingKind::Audio;
    QFileDialog dialog(parent, InteractionReview::tr("Export Recording"),
                       QDir(folder).filePath(InteractionReview::suggestedExportName(recording)),
                       audio ? InteractionReview::tr("WAV audio (*.wav)")
                             : InteractionReview::tr("Transcript JSON (*.json)"));
    dialog.setObjectName(QStringLiteral("reviewExportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(audio ? QStringLiteral("wav") : QStringLiteral("json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(reviewExportFolderKey(), QFileInfo(path).absolutePath());
    return path;
}

// The reason and the confirmation of a deletion in one dialog: the Delete button needs a reason.
std::optional<QString> askReviewDeletionReason(QWidget *parent, const Recording &recording)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("reviewDeleteDialog"));
    dialog.setWindowTitle(InteractionReview::tr("Delete Recording"));
    auto *question = new QLabel(
        InteractionReview::tr(
            "Delete the recording of contact %1 (%2, %3)? Its file is destroyed and cannot be "
            "restored; the deletion and its reason are written to the audit log.")
            .arg(recording.interactionId)
            .arg(DisplayText::channelName(recording.channel), DisplayText::dateTime(recording.startedMs)),
        &dialog);
    question->setWordWrap(true);
    question->setMinimumWidth(420);
    auto *reasonLabel = new QLabel(InteractionReview::tr("&Reason (required):"), &dialog);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reviewDeleteReason"));
    reason->setMaxLength(ReviewDeleteReasonMaxLength);
    reason->setPlaceholderText(InteractionReview::tr("Why this recording is deleted"));
    reasonLabel->setBuddy(reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm =
        buttons->addButton(InteractionReview::tr("&Delete Recording"), QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("reviewDeleteConfirm"));
    confirm->setEnabled(false);
    // Enter cancels: deleting takes a deliberate click.
    confirm->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    QObject::connect(reason, &QLineEdit::textChanged, confirm,
                     [confirm](const QString &text) { confirm->setEnabled(!text.trimmed().isEmpty()); });
    QObject::connect(confirm, &QPushButton::clicked, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(question);
    if (recording.legalHold) {
        auto *hold =
            new QLabel(InteractionReview::tr("This recording is under legal hold: it cannot be deleted "
                                             "until the hold is lifted."),
                       &dialog);
        hold->setObjectName(QStringLiteral("reviewDeleteHoldNote"));
        hold->setWordWrap(true);
        hold->setMinimumWidth(420);
        hold->setStyleSheet(QStringLiteral("color:#d93a32"));
        layout->addWidget(hold);
    }
    layout->addWidget(reasonLabel);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || reason->text().trimmed().isEmpty())
        return std::nullopt;
    return reason->text().trimmed();
}

} // namespace

InteractionReview::InteractionReview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("interactionReview"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("reviewHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerRow = new QWidget(this);
    m_header->setParent(m_headerRow);
    m_export = makeReviewActionButton(m_headerRow, QStringLiteral("reviewExport"));
    connect(m_export, &QToolButton::clicked, this, &InteractionReview::exportRecording);
    m_legalHold = makeReviewActionButton(m_headerRow, QStringLiteral("reviewLegalHold"));
    m_legalHold->setCheckable(true);
    connect(m_legalHold, &QToolButton::clicked, this, &InteractionReview::setLegalHold);
    m_delete = makeReviewActionButton(m_headerRow, QStringLiteral("reviewDelete"));
    connect(m_delete, &QToolButton::clicked, this, &InteractionReview::deleteRecording);
    auto *headerRow = new QHBoxLayout(m_headerRow);
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_export, 0, Qt::AlignTop);
    headerRow->addWidget(m_legalHold, 0, Qt::AlignTop);
    headerRow->addWidget(m_delete, 0, Qt::AlignTop);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_player = new RecordingPlayer(this);
    connect(m_player, &RecordingPlayer::positionChanged, this, &InteractionReview::updateCommentControls);
    connect(m_player, &RecordingPlayer::errorOccurred, this, &InteractionReview::errorOccurred);
    connect(m_player, &RecordingPlayer::selectionChanged, this, &InteractionReview::clipSelectionChanged);
    connect(m_player, &RecordingPlayer::tickClicked, this, [this](int index) {
        // The ticks are the position comments in list order.
        int seen = -1;
        for (int row = 0; row < m_commentModel->rowCount(); ++row) {
            if (m_commentModel->commentAt(row)->anchor.kind == CommentAnchorKind::RecordingPosition
                && ++seen == index) {
                m_commentList->setCurrentIndex(m_commentModel->index(row));
                return;
            }
        }
    });
    m_transcript = new TranscriptPanel(this);
    connect(m_transcript, &TranscriptPanel::selectionChanged, this,
            &InteractionReview::updateCommentControls);

    m_commentsTitle = new QLabel(this);
    m_commentModel = new CommentListModel(this);
    m_commentList = new QListView(this);
    m_commentList->setObjectName(QStringLiteral("reviewComments"));
    m_commentList->setModel(m_commentModel);
    m_commentList->setWordWrap(true);
    m_commentList->setUniformItemSizes(false);
    m_commentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_commentList, &QListView::clicked, this,
            [this](const QModelIndex &index) { activateComment(index.row()); });
    connect(m_commentList, &QListView::activated, this,
            [this](const QModelIndex &index) { activateComment(index.row()); });
    connect(m_commentList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InteractionReview::updateCommentControls);

    m_commentRow = new QWidget(this);
    m_commentEdit = new QLineEdit(m_commentRow);
    m_commentEdit->setObjectName(QStringLiteral("reviewCommentText"));
    m_commentEdit->setMaxLength(CoachingComment::MaxBodyLength);
    m_commentEdit->setClearButtonEnabled(true);
    m_addComment = new QPushButton(m_commentRow);
    m_addComment->setObjectName(QStringLiteral("reviewAddComment"));
    m_removeComment = new QPushButton(m_commentRow);
    m_removeComment->setObjectName(QStringLiteral("reviewRemoveComment"));
    connect(m_commentEdit, &QLineEdit::textChanged, this, &InteractionReview::updateCommentControls);
    connect(m_commentEdit, &QLineEdit::returnPressed, this, [this] { addComment(m_commentEdit->text()); });
    connect(m_addComment, &QPushButton::clicked, this, [this] { addComment(m_commentEdit->text()); });
    connect(m_removeComment, &QPushButton::clicked, this, &InteractionReview::removeSelectedComment);
    auto *commentRow = new QHBoxLayout(m_commentRow);
    commentRow->setContentsMargins(0, 0, 0, 0);
    commentRow->addWidget(m_commentEdit, 1);
    commentRow->addWidget(m_addComment);
    commentRow->addWidget(m_removeComment);

    auto *media = new QWidget(this);
    auto *mediaLayout = new QVBoxLayout(media);
    mediaLayout->setContentsMargins(0, 0, 0, 0);
    mediaLayout->addWidget(m_player, 1);
    mediaLayout->addWidget(m_transcript, 1);
    auto *comments = new QWidget(this);
    auto *commentsLayout = new QVBoxLayout(comments);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    commentsLayout->addWidget(m_commentsTitle);
    commentsLayout->addWidget(m_commentList, 1);
    commentsLayout->addWidget(m_commentRow);
    m_mediaSplitter = new QSplitter(Qt::Vertical, this);
    m_mediaSplitter->setObjectName(QStringLiteral("reviewMediaSplitter"));
    m_mediaSplitter->setChildrenCollapsible(false);
    m_mediaSplitter->addWidget(media);
    m_mediaSplitter->addWidget(comments);
    m_mediaSplitter->setStretchFactor(0, 3);
    m_mediaSplitter->setStretchFactor(1, 2);

    m_editor = new EvaluationEditor(this);
    connect(m_editor, &EvaluationEditor::statusMessage, this, &InteractionReview::statusMessage);
    connect(m_editor, &EvaluationEditor::errorOccurred, this, &InteractionReview::errorOccurred);
    connect(m_editor, &EvaluationEditor::settledChanged, this, &InteractionReview::settledChanged);
    connect(m_editor, &EvaluationEditor::evaluationSaved, this, &InteractionReview::evaluationsChanged);
    connect(m_editor, &EvaluationEditor::evaluationSubmitted, this, [this] {
        Q_EMIT evaluationsChanged();
        loadEvaluations();
    });
    m_evaluations = new EvaluationPanel(this);
    connect(m_evaluations, &EvaluationPanel::statusMessage, this, &InteractionReview::statusMessage);
    connect(m_evaluations, &EvaluationPanel::errorOccurred, this, &InteractionReview::errorOccurred);
    connect(m_evaluations, &EvaluationPanel::evaluationChanged, this, &InteractionReview::evaluationsChanged);
    m_calibration = new CalibrationPanel(this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("reviewSideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_editor, QString());
    m_sideTabs->addTab(m_evaluations, QString());
    m_sideTabs->addTab(m_calibration, QString());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_mediaSplitter);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // The scorecard needs about as much width as the player: about half each at 1366×768.
    m_splitter->setSizes({560, 460});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headerRow);
    layout->addWidget(m_stack, 1);
    retranslate();
    close();
}

InteractionReview::~InteractionReview() = default;

void InteractionReview::setBackend(CoachingBackend *backend, ScorecardCache *scorecards)
{
    m_backend = backend;
    m_scorecards = scorecards;
    m_editor->setBackend(backend, scorecards);
    m_evaluations->setBackend(backend, scorecards);
    close();
}

void InteractionReview::setDeskBackend(DeskBackend *desk)
{
    m_desk = desk;
    loadQueueNames();
}

void InteractionReview::setUser(const std::optional<CoachingUser> &user)
{
    const bool changed = user != m_user;
    m_user = user;
    m_editor->setUser(user);
    m_evaluations->setUser(user);
    if (changed) {
        close();
        loadQueueNames();
    }
    updateSideTabs();
}

bool InteractionReview::canExport() const
{
    return m_user && Permissions::grant(m_user->role, Action::ExportRecording) != Grant::No;
}

bool InteractionReview::canDeleteOrHold() const
{
    // The legal hold is switched under the deletion permission (RecordingRetention::setLegalHold).
    return m_user && Permissions::grant(m_user->role, Action::DeleteRecording) != Grant::No;
}

bool InteractionReview::canComment() const
{
    return m_user && Permissions::grant(m_user->role, Action::WriteEvaluation) != Grant::No;
}

bool InteractionReview::canEvaluate() const
{
    return canComment();
}

bool InteractionReview::isSettled() const
{
    return m_requests == 0 && !m_queueNamesPending && m_editor->isSettled() && m_evaluations->isSettled()
           && (!m_scorecards || m_scorecards->isSettled());
}

void InteractionReview::begin()
{
    ++m_requests;
}

void InteractionReview::end()
{
    m_requests = std::max(0, m_requests - 1);
    Q_EMIT settledChanged();
}

void InteractionReview::close()
{
    ++m_generation;
    m_requests = 0;
    m_recording.reset();
    m_hasContent = false;
    m_interactionEvaluations.clear();
    m_player->close();
    m_transcript->clear();
    m_commentModel->setComments({});
    m_editor->clearInteraction();
    m_evaluations->setEvaluations({}, QString());
    m_calibration->showMessage(QString());
    showMessage(tr("Open a recording from the library to play it, comment on it and evaluate it."));
    m_header->clear();
    m_actionPending = false;
    showHeader();
    updateCommentControls();
    updateSideTabs();
}

void InteractionReview::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void InteractionReview::open(const Recording &recording)
{
    if (m_recording && m_recording->id == recording.id && m_hasContent) {
        reload();
        return;
    }
    const quint64 generation = ++m_generation;
    m_requests = 0;
    m_recording = recording;
    m_hasContent = false;
    m_player->close();
    m_transcript->clear();
    m_commentModel->setComments({});
    showHeader();
    if (!recording.consent) {
        showMessage(tr("Not recorded: the customer did not consent to recording, so there is nothing to play "
                       "or read."));
        Q_EMIT opened(recording);
        return;
    }
    if (recording.isDeleted()) {
        showMessage(tr("This recording was deleted on %1; only its details are left.")
                        .arg(DisplayText::dateTime(*recording.deletedMs)));
        Q_EMIT opened(recording);
        return;
    }
    if (!m_backend)
        return;
    showMessage(tr("Opening the recording…"));
    begin();
    QPointer<InteractionReview> self(this);
    m_backend->openRecording(recording.id, [self, generation](const BackendResult<OpenedRecording> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->showMessage(CoachingText::failure(tr("The recording could not be opened"), result.error()));
            Q_EMIT self->errorOccurred(CoachingText::errorText(result.error()));
            self->end();
            return;
        }
        self->showContent(result.value());
        self->end();
    });
}

void InteractionReview::showContent(const OpenedRecording &content)
{
    m_recording = content.recording;
    showHeader();
    const bool audio = content.recording.kind == RecordingKind::Audio;
    m_player->setVisible(audio);
    m_transcript->setVisible(!audio);
    if (audio) {
        if (const std::optional<QString> error = m_player->open(content.content, content.recording.markers)) {
            showMessage(tr("The recording could not be played: %1").arg(*error));
            return;
        }
    } else {
        StoreResult<QList<Message>> messages = Transcript::decode(content.content);
        if (!messages) {
            showMessage(tr("The transcript could not be read: %1").arg(messages.error().message));
            return;
        }
        m_transcript->setMessages(messages.value());
        resolveMessageIds(content.recording.interactionId, messages.value());
    }
    m_hasContent = true;
    updateRecordingActions();
    m_stack->setCurrentWidget(m_splitter);
    // A call needs the waveform's height, a conversation the room to read it; the comments the rest.
    m_mediaSplitter->setSizes(audio ? QList<int>{380, 200} : QList<int>{400, 180});
    updateSideTabs();
    updateCommentControls();
    loadComments();
    loadEvaluations();
    Q_EMIT opened(content.recording);
}

void InteractionReview::resolveMessageIds(qint64 interactionId, QList<Message> messages)
{
    // The stored transcript is the conversation as it was; comments name messages of the message
    // store, which are the same messages in the same order.
    if (!m_desk)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_desk->messages(interactionId, [self, generation,
                                     messages](const BackendResult<QList<Message>> &result) mutable {
        if (!self || self->m_generation != generation)
            return;
        if (result.ok() && result.value().size() == messages.size()) {
            const QList<Message> &stored = result.value();
            for (int i = 0; i < messages.size(); ++i) {
                if (stored.at(i).body == messages.at(i).body && stored.at(i).sender == messages.at(i).sender)
                    messages[i].id = stored.at(i).id;
            }
            self->m_transcript->setMessages(messages);
            self->m_commentModel->setMessageNames(self->m_transcript->messageNames());
            self->showComments(self->m_commentModel->comments());
        }
        self->updateCommentControls();
        self->end();
    });
}

void InteractionReview::showHeader()
{
    updateRecordingActions();
    if (!m_recording) {
        m_headerRow->hide();
        return;
    }
    const Recording &r = *m_recording;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(DisplayText::channelName(r.channel).toHtmlEscaped());
    parts << DisplayText::dateTime(r.startedMs);
    parts << tr("%1 long").arg(DisplayText::duration(r.durationMs));
    if (!r.queueId.isEmpty())
        parts << tr("queue %1").arg(queueName(r.queueId).toHtmlEscaped());
    if (!r.team.isEmpty())
        parts << tr("team %1").arg(r.team.toHtmlEscaped());
    if (!r.dispositionCode.isEmpty())
        parts << DisplayText::dispositionName(r.dispositionCode).toHtmlEscaped();
    if (r.csat)
        parts << tr("CSAT %1").arg(*r.csat);
    parts << CoachingText::recordingStatus(r).toHtmlEscaped();
    int pauses = 0;
    for (const RecordingMarker &marker : r.markers)
        pauses += marker.kind == RecordingMarkerKind::Pause ? 1 : 0;
    if (pauses > 0)
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>") .arg(
            CoachingText::markerColor(RecordingMarkerKind::Pause).name(),
            tr("recording paused %n time(s)", nullptr, pauses).toHtmlEscaped());
    m_header->setText(parts.join(QStringLiteral(" · ")));
    m_headerRow->show();
}

QString InteractionReview::queueName(const QString &queueId) const
{
    // The id when the desk did not say (no desk backend, or a queue removed since).
    const QString name = m_queueNames.value(queueId);
    return name.isEmpty() ? queueId : name;
}

void InteractionReview::loadQueueNames()
{
    const quint64 generation = ++m_queueGeneration;
    m_queueNamesPending = false;
    if (!m_desk || !m_user)
        return;
    m_queueNamesPending = true;
    QPointer<InteractionReview> self(this);
    m_desk->transferTargets([self, generation](const BackendResult<QList<TransferTarget>> &result) {
        if (!self || self->m_queueGeneration != generation)
            return;
        self->m_queueNamesPending = false;
        if (result.ok()) {
            QHash<QString, QString> names;
            for (const TransferTarget &target : result.value()) {
                if (target.kind == TransferTarget::Kind::Queue && !target.name.isEmpty())
                    names.insert(target.queueId, target.name);
            }
            self->m_queueNames = names;
            self->showHeader();
            Q_EMIT self->queueNamesChanged(names);
        }
        Q_EMIT self->settledChanged();
    });
}

QString InteractionReview::suggestedExportName(const Recording &recording)
{
    // The vault exports the plaintext as it was stored: the call's WAV file or the transcript's JSON.
    return QStringLiteral("recording-%1.%2")
                              .arg(recording.interactionId)
                              .arg(recording.kind == RecordingKind::Audio ? QStringLiteral("wav")
                                                                          : QStringLiteral("json"));
}

void InteractionReview::exportRecording()
{
    if (!m_recording || !m_hasContent || !canExport() || m_actionPending)
        return;
    const QString path = askReviewExportPath(this, *m_recording);
    if (!path.isEmpty())
        exportRecordingTo(path);
}

void InteractionReview::exportRecordingTo(const QString &path)
{
    if (!m_backend || !m_recording || !m_hasContent || !canExport() || m_actionPending || path.isEmpty())
        return;
    m_actionPending = true;
    updateRecordingActions();
    begin();
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_backend->exportRecording(
        m_recording->id, path, [self, generation, path](const BackendResult<bool> &result) {
            if (!self || self->m_generation != generation)
                return;
            self->m_actionPending = false;
            if (result.ok())
                Q_EMIT self->statusMessage(
                    tr("Recording exported to %1").arg(QDir::toNativeSeparators(path)));
            else
                Q_EMIT self->errorOccurred(
                    CoachingText::failure(tr("The recording could not be exported"), result.error()));
            self->updateRecordingActions();
            self->end();
        });
}

void InteractionReview::deleteRecording()
{
    if (!m_recording || m_recording->isDeleted() || !canDeleteOrHold() || m_actionPending)
        return;
    if (const std::optional<QString> reason = askReviewDeletionReason(this, *m_recording))
        deleteRecordingFor(*reason);
}

void InteractionReview::deleteRecordingFor(const QString &reason)
{
    if (!m_backend || !m_recording || m_recording->isDeleted() || !canDeleteOrHold() || m_actionPending)
        return;
    m_actionPending = true;
    updateRecordingActions();
    begin();
    const quint64 generation = m_generation;
    const qint64 recordingId = m_recording->id;
    const qint64 interactionId = m_recording->interactionId;
    QPointer<InteractionReview> self(this);
    m_backend->deleteRecording(
        recordingId, reason,
        [self, generation, recordingId, interactionId](const BackendResult<bool> &result) {
            if (!self || self->m_generation != generation)
                return;
            self->m_actionPending = false;
            if (!result.ok()) {
                Q_EMIT self->errorOccurred(
                    CoachingText::failure(tr("The recording could not be deleted"), result.error()));
                self->updateRecordingActions();
                self->end();
                return;
            }
            self->end();
            self->close();
            Q_EMIT self->statusMessage(tr("The recording of contact %1 is deleted.").arg(interactionId));
            Q_EMIT self->recordingDeleted(recordingId);
        });
}

void InteractionReview::setLegalHold(bool hold)
{
    if (!m_backend || !m_recording || m_recording->isDeleted() || !canDeleteOrHold() || m_actionPending
        || m_recording->legalHold == hold) {
        updateRecordingActions();
        return;
    }
    m_actionPending = true;
    updateRecordingActions();
    // Shows the state asked for until the backend answers; updateRecordingActions() puts back the
    // stored one on failure.
    {
        const QSignalBlocker blocker(m_legalHold);
        m_legalHold->setChecked(hold);
    }
    begin();
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_backend->setLegalHold(m_recording->id, hold,
                            [self, generation, hold](const BackendResult<bool> &result) {
                                if (!self || self->m_generation != generation)
                                    return;
                                self->m_actionPending = false;
                                if (result.ok() && self->m_recording) {
                                    self->m_recording->legalHold = hold;
                                    self->showHeader();
                                    Q_EMIT self->statusMessage(
                                        hold ? tr("The recording is under legal hold: nobody can delete it.")
                                             : tr("The legal hold is lifted."));
                                    Q_EMIT self->recordingChanged(*self->m_recording);
                                } else if (!result.ok()) {
                                    Q_EMIT self->errorOccurred(
                                        CoachingText::failure(hold ? tr("The legal hold could not be placed")
                                                                   : tr("The legal hold could not be lifted"),
                                                              result.error()));
                                }
                                self->updateRecordingActions();
                                self->end();
                            });
}

void InteractionReview::updateRecordingActions()
{
    const bool open = m_recording.has_value();
    m_export->setVisible(open && canExport());
    m_legalHold->setVisible(open && canDeleteOrHold());
    m_delete->setVisible(open && canDeleteOrHold());
    m_export->setEnabled(open && m_hasContent && !m_actionPending);
    const bool live = open && !m_recording->isDeleted();
    m_legalHold->setEnabled(live && !m_actionPending);
    m_delete->setEnabled(live && !m_actionPending);
    if (!m_actionPending) {
        const QSignalBlocker blocker(m_legalHold);
        m_legalHold->setChecked(open && m_recording->legalHold);
    }
    m_export->setToolTip(
        tr("Save a copy of the recording as a file; the export is written to the audit log"));
    m_legalHold->setToolTip(
        open && m_recording->legalHold
            ? tr("Under legal hold: neither retention nor anyone else deletes this recording. "
                 "Click to lift the hold.")
            : tr("Keep this recording from being deleted, by retention or by anyone"));
    m_delete->setToolTip(open && m_recording->legalHold
                             ? tr("Under legal hold: lift the hold before deleting the recording")
                             : tr("Delete the recording for good, with a reason for the audit log"));
}

void InteractionReview::reload()
{
    if (!m_recording || !m_hasContent)
        return;
    loadComments();
    loadEvaluations();
}

void InteractionReview::loadComments()
{
    if (!m_backend || !m_recording)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_backend->comments(
        m_recording->interactionId, [self, generation](const BackendResult<QList<CoachingComment>> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (result.ok())
                self->showComments(result.value());
            else
                Q_EMIT self->errorOccurred(
                    CoachingText::failure(tr("The comments could not be loaded"), result.error()));
            self->end();
        });
}

void InteractionReview::showComments(const QList<CoachingComment> &comments)
{
    const qint64 selected = m_commentList->currentIndex().data(CommentListModel::CommentIdRole).toLongLong();
    m_commentModel->setMessageNames(m_transcript->messageNames());
    m_commentModel->setComments(comments);
    if (const int row = m_commentModel->rowOfComment(selected); row >= 0)
        m_commentList->setCurrentIndex(m_commentModel->index(row));
    QList<WaveformWidget::Tick> ticks;
    QHash<qint64, int> perMessage;
    for (const CoachingComment &comment : comments) {
        if (comment.anchor.kind == CommentAnchorKind::RecordingPosition)
            ticks.append({comment.anchor.positionMs,
                          tr("%1 at %2: %3")
                              .arg(comment.authorName, CoachingText::position(comment.anchor.positionMs),
                                   comment.body)});
        else
            ++perMessage[comment.anchor.messageId];
    }
    m_player->setCommentTicks(ticks);
    m_transcript->setCommentCounts(perMessage);
    m_commentsTitle->setText(tr("Coaching comments (%1)").arg(comments.size()));
    updateCommentControls();
}

void InteractionReview::loadEvaluations()
{
    if (!m_backend || !m_recording)
        return;
    begin();
    const quint64 generation = m_generation;
    const Recording recording = *m_recording;
    QPointer<InteractionReview> self(this);
    m_backend->evaluationsForInteraction(
        recording.interactionId,
        [self, generation, recording](const BackendResult<QList<Evaluation>> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (!result.ok()) {
                self->m_evaluations->showMessage(
                    CoachingText::failure(tr("The evaluations could not be loaded"), result.error()));
                self->m_calibration->showMessage(CoachingText::errorText(result.error()));
                self->end();
                return;
            }
            self->m_interactionEvaluations = result.value();
            if (self->canEvaluate())
                self->m_editor->setInteraction(recording, result.value());
            self->m_evaluations->setEvaluations(result.value(),
                                                tr("Nobody has evaluated this interaction yet."));
            self->loadCalibration();
            self->updateSideTabs();
            self->end();
        });
}

void InteractionReview::loadCalibration()
{
    int submitted = 0;
    for (const Evaluation &evaluation : std::as_const(m_interactionEvaluations))
        submitted += evaluation.status == EvaluationStatus::Draft ? 0 : 1;
    if (submitted < 2) {
        m_calibration->showMessage(tr("Calibration compares the scores of two or more evaluators of this "
                                      "interaction. %n evaluation(s) submitted so far.",
                                      nullptr, submitted));
        return;
    }
    if (!m_backend || !m_recording)
        return;
    begin();
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_backend->calibration(
        m_recording->interactionId, [self, generation](const BackendResult<CalibrationReport> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (!result.ok()) {
                self->m_calibration->showMessage(CoachingText::failure(tr("No calibration"), result.error()));
                self->end();
                return;
            }
            const CalibrationReport report = result.value();
            if (!self->m_scorecards) {
                self->m_calibration->setReport(report, Scorecard());
                self->end();
                return;
            }
            self->m_scorecards->fetch(report.scorecardId, report.scorecardVersion, self,
                                      [self, generation, report](const BackendResult<Scorecard> &form) {
                                          if (!self || self->m_generation != generation)
                                              return;
                                          self->m_calibration->setReport(report, form.ok() ? form.value()
                                                                                           : Scorecard());
                                          self->updateSideTabs();
                                          self->end();
                                      });
        });
}

void InteractionReview::activateComment(int row)
{
    const CoachingComment *comment = m_commentModel->commentAt(row);
    if (!comment)
        return;
    m_commentList->setCurrentIndex(m_commentModel->index(row));
    if (comment->anchor.kind == CommentAnchorKind::RecordingPosition)
        m_player->seek(comment->anchor.positionMs);
    else
        m_transcript->showMessageId(comment->anchor.messageId);
}

void InteractionReview::addComment(const QString &body)
{
    const QString text = body.trimmed();
    if (!m_backend || !m_recording || !m_hasContent || text.isEmpty() || !canComment())
        return;
    CoachingComment comment;
    comment.interactionId = m_recording->interactionId;
    comment.body = text;
    if (m_recording->kind == RecordingKind::Audio) {
        comment.anchor = CommentAnchor::atPosition(m_player->position());
    } else {
        const Message *message = m_transcript->selectedMessage();
        if (!message || message->id <= 0)
            return;
        comment.anchor = CommentAnchor::atMessage(message->id);
    }
    begin();
    m_addComment->setEnabled(false);
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_backend->addComment(comment, [self, generation](const BackendResult<CoachingComment> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            Q_EMIT self->errorOccurred(
                CoachingText::failure(tr("The comment could not be added"), result.error()));
        } else {
            self->m_commentEdit->clear();
            QList<CoachingComment> comments = self->m_commentModel->comments();
            comments.append(result.value());
            // The backend's order: on the recording by position, then on messages.
            std::stable_sort(comments.begin(), comments.end(),
                             [](const CoachingComment &a, const CoachingComment &b) {
                                 const bool aMessage = a.anchor.kind == CommentAnchorKind::TranscriptMessage;
                                 const bool bMessage = b.anchor.kind == CommentAnchorKind::TranscriptMessage;
                                 if (aMessage != bMessage)
                                     return !aMessage;
                                 return !aMessage && a.anchor.positionMs < b.anchor.positionMs;
                             });
            self->showComments(comments);
            if (const int row = self->m_commentModel->rowOfComment(result.value().id); row >= 0)
                self->m_commentList->setCurrentIndex(self->m_commentModel->index(row));
        }
        self->updateCommentControls();
        self->end();
    });
}

void InteractionReview::removeSelectedComment()
{
    const CoachingComment *comment = m_commentModel->commentAt(m_commentList->currentIndex().row());
    if (!m_backend || !comment || !m_user || comment->authorUserId != m_user->userId)
        return;
    const qint64 id = comment->id;
    begin();
    const quint64 generation = m_generation;
    QPointer<InteractionReview> self(this);
    m_backend->removeComment(id, [self, generation, id](const BackendResult<bool> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            Q_EMIT self->errorOccurred(
                CoachingText::failure(tr("The comment could not be deleted"), result.error()));
        } else {
            QList<CoachingComment> comments = self->m_commentModel->comments();
            comments.removeIf([id](const CoachingComment &c) { return c.id == id; });
            self->showComments(comments);
        }
        self->end();
    });
}

void InteractionReview::showStretch(qint64 startMs, qint64 endMs)
{
    if (!m_player->isOpen())
        return;
    m_player->waveform()->setSelection(startMs, endMs);
    m_player->seek(startMs);
}

std::optional<CoachingClip> InteractionReview::selectedClip() const
{
    if (!m_recording || !m_player->isOpen())
        return std::nullopt;
    const std::optional<WaveformWidget::Range> range = m_player->selection();
    if (!range || range->endMs <= range->startMs)
        return std::nullopt;
    CoachingClip clip;
    clip.interactionId = m_recording->interactionId;
    clip.startMs = range->startMs;
    clip.endMs = range->endMs;
    return clip;
}

void InteractionReview::updateCommentControls()
{
    const bool allowed = canComment() && m_hasContent;
    m_commentRow->setVisible(canComment());
    const bool audio = m_recording && m_recording->kind == RecordingKind::Audio;
    const Message *message = audio ? nullptr : m_transcript->selectedMessage();
    const bool target = audio ? m_player->isOpen() : (message && message->id > 0);
    const bool hasText = !m_commentEdit->text().trimmed().isEmpty();
    m_addComment->setEnabled(allowed && target && hasText);
    if (audio)
        m_addComment->setText(tr("&Add at %1").arg(CoachingText::position(m_player->position())));
    else if (message)
        m_addComment->setText(tr("&Add to Message %1").arg(m_transcript->selectedIndex() + 1));
    else
        m_addComment->setText(tr("&Add Comment"));
    m_addComment->setToolTip(!audio && !target ? tr("Select the message the comment is about first")
                                               : QString());
    m_commentEdit->setEnabled(allowed);
    const CoachingComment *comment = m_commentModel->commentAt(m_commentList->currentIndex().row());
    m_removeComment->setEnabled(comment && m_user && comment->authorUserId == m_user->userId);
    m_removeComment->setToolTip(comment && m_user && comment->authorUserId != m_user->userId
                                    ? tr("Only its author deletes a comment")
                                    : QString());
}

void InteractionReview::updateSideTabs()
{
    const bool evaluate = canEvaluate();
    m_sideTabs->setTabVisible(EvaluateTab, evaluate);
    m_sideTabs->setTabVisible(CalibrationTab, evaluate);
    int submitted = 0;
    for (const Evaluation &evaluation : std::as_const(m_interactionEvaluations))
        submitted += evaluation.status == EvaluationStatus::Draft ? 0 : 1;
    m_sideTabs->setTabText(EvaluateTab, tr("&Evaluate"));
    m_sideTabs->setTabText(EvaluationsTab, tr("E&valuations (%1)").arg(m_interactionEvaluations.size()));
    m_sideTabs->setTabText(CalibrationTab,
                           submitted >= 2 ? tr("Ca&libration (%1)").arg(submitted) : tr("Ca&libration"));
    if (!evaluate)
        m_sideTabs->setCurrentIndex(EvaluationsTab);
}

void InteractionReview::showSideTab(SideTab tab)
{
    m_sideTabs->setCurrentIndex(tab);
}

void InteractionReview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InteractionReview::retranslate()
{
    m_commentEdit->setPlaceholderText(tr("A coaching comment on this moment"));
    m_removeComment->setText(tr("De&lete"));
    m_commentsTitle->setText(tr("Coaching comments (%1)").arg(m_commentModel->rowCount()));
    m_commentList->setAccessibleName(tr("Coaching comments"));
    m_commentModel->retranslate();
    m_export->setText(tr("E&xport…"));
    m_legalHold->setText(tr("Legal &Hold"));
    m_delete->setText(tr("Delete Re&cording…"));
    showHeader();
    updateSideTabs();
    updateCommentControls();
}

} // namespace ContactDesk

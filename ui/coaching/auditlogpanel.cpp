#include "auditlogpanel.h"

#include "auditlogmodel.h"
#include "coachingtext.h"
#include "common/tableviews.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

// RecordingQuery's largest page: how the log learns which contact each recording was.
constexpr int AuditContactLookupLimit = 500;
constexpr int AuditAnyOutcome = -1;

} // namespace

AuditLogPanel::AuditLogPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditLogPanel"));
    m_model = new AuditLogModel(this);

    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actionLabel->setBuddy(m_action);
    m_outcomeLabel = new QLabel(this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeFilter"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_outcomeLabel->setBuddy(m_outcome);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_older = new QPushButton(this);
    m_older->setObjectName(QStringLiteral("auditOlder"));
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogPanel::reload);
    connect(m_older, &QPushButton::clicked, this, &AuditLogPanel::loadOlder);

    m_table = makeReadOnlyTable(this, QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailColumn, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(12);
    filters->addWidget(m_outcomeLabel);
    filters->addWidget(m_outcome);
    filters->addStretch(1);
    filters->addWidget(m_older);
    filters->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    retranslate();
    // After the first fill, so that filling does not ask the backend.
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogPanel::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogPanel::reload);
}

bool AuditLogPanel::mayRead(const std::optional<CoachingUser> &user)
{
    return user && Permissions::grant(user->role, Action::ExportRecording) != Grant::No;
}

void AuditLogPanel::setBackend(CoachingBackend *backend)
{
    m_backend = backend;
    setUser(std::nullopt);
}

void AuditLogPanel::setUser(const std::optional<CoachingUser> &user)
{
    ++m_generation;
    m_requests = 0;
    m_user = user;
    m_hasMore = false;
    m_error.clear();
    m_model->setEntries({});
    m_model->setRecordingContacts({});
    updateSummary();
    Q_EMIT settledChanged();
}

AuditFilter AuditLogPanel::filter() const
{
    AuditFilter filter;
    filter.action = m_action->currentData().toString();
    if (const int outcome = m_outcome->currentData().toInt(); outcome != AuditAnyOutcome)
        filter.outcome = AuditOutcome(outcome);
    return filter;
}

void AuditLogPanel::reload()
{
    if (!m_backend || !mayRead(m_user))
        return;
    ++m_generation;
    m_requests = 0;
    load(filter(), false);
    loadRecordingContacts();
}

void AuditLogPanel::loadOlder()
{
    const QList<AuditEntry> &shown = m_model->entries();
    if (!m_backend || !mayRead(m_user) || !m_hasMore || shown.isEmpty() || !isSettled())
        return;
    AuditFilter older = filter();
    older.beforeId = shown.last().id;
    load(older, true);
}

void AuditLogPanel::load(const AuditFilter &filter, bool append)
{
    begin();
    m_older->setEnabled(false);
    const quint64 generation = m_generation;
    QPointer<AuditLogPanel> self(this);
    m_backend->auditEntries(
        filter, PageLimit, [self, generation, append](const BackendResult<QList<AuditEntry>> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (result.ok()) {
                self->m_error.clear();
                self->m_hasMore = result.value().size() >= PageLimit;
                if (append)
                    self->m_model->appendEntries(result.value());
                else
                    self->m_model->setEntries(result.value());
            } else {
                self->m_hasMore = false;
                if (!append)
                    self->m_model->setEntries({});
                self->m_error = CoachingText::failure(tr("The audit log could not be read"), result.error());
                Q_EMIT self->errorOccurred(self->m_error);
            }
            self->updateSummary();
            self->end();
        });
}

void AuditLogPanel::loadRecordingContacts()
{
    // Only to name the contact beside the recording: without it the column names the recording.
    RecordingQuery query;
    query.includeDeleted = true;
    query.limit = AuditContactLookupLimit;
    begin();
    const quint64 generation = m_generation;
    QPointer<AuditLogPanel> self(this);
    m_backend->searchRecordings(query, [self, generation](const BackendResult<RecordingPage> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (result.ok()) {
            QHash<qint64, qint64> contacts;
            for (const Recording &recording : result.value().recordings)
                contacts.insert(recording.id, recording.interactionId);
            self->m_model->setRecordingContacts(contacts);
        }
        self->end();
    });
}

void AuditLogPanel::updateSummary()
{
    m_older->setEnabled(m_hasMore && isSettled());
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        m_summary->setStyleSheet(QStringLiteral("color:#d93a32"));
        return;
    }
    m_summary->setStyleSheet(QString());
    const int shown = m_model->rowCount();
    const QString count = shown == 0 ? tr("No audit entries match these filters.")
                                     : tr("%n entry(ies) shown, newest first.", nullptr, shown);
    m_summary->setText(tr("%1 The audit log is read-only: entries are never changed or removed.").arg(count));
}

void AuditLogPanel::begin()
{
    ++m_requests;
}

void AuditLogPanel::end()
{
    m_requests = std::max(0, m_requests - 1);
    updateSummary();
    Q_EMIT settledChanged();
}

void AuditLogPanel::fillFilters()
{
    const QString action = m_action->currentData().toString();
    const int outcome = m_outcome->count() > 0 ? m_outcome->currentData().toInt() : AuditAnyOutcome;
    const QSignalBlocker actionBlocker(m_action);
    const QSignalBlocker outcomeBlocker(m_outcome);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    m_action->addItem(tr("Playback"), Permissions::actionKey(Action::PlayRecording));
    m_action->addItem(tr("Export"), Permissions::actionKey(Action::ExportRecording));
    m_action->addItem(tr("Deletion and legal hold"), Permissions::actionKey(Action::DeleteRecording));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_outcome->clear();
    m_outcome->addItem(tr("Any outcome"), AuditAnyOutcome);
    m_outcome->addItem(AuditLogModel::outcomeName(auditOutcomeKey(AuditOutcome::Done)),
                       int(AuditOutcome::Done));
    m_outcome->addItem(AuditLogModel::outcomeName(auditOutcomeKey(AuditOutcome::Denied)),
                       int(AuditOutcome::Denied));
    m_outcome->addItem(AuditLogModel::outcomeName(auditOutcomeKey(AuditOutcome::Failed)),
                       int(AuditOutcome::Failed));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(outcome)));
}

void AuditLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditLogPanel::retranslate()
{
    m_actionLabel->setText(tr("Ac&tion"));
    m_outcomeLabel->setText(tr("O&utcome"));
    m_refresh->setText(tr("Re&fresh"));
    m_older->setText(tr("Ol&der Entries"));
    m_table->setAccessibleName(tr("Audit log"));
    fillFilters();
    m_model->retranslate();
    updateSummary();
}

} // namespace ContactDesk

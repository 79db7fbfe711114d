#include "recordinglibrary.h"

#include "agent/displaytext.h"
#include "coachingtext.h"
#include "domain/timeunits.h"
#include "recordinglibrarymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk {

namespace {

// The largest page RecordingQuery allows: enough to learn which teams, queues and dispositions
// there are.
constexpr int FacetLimit = 500;

QComboBox *makeCombo(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(8);
    return box;
}

QDateEdit *makeDate(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(CoachingText::noDate());
    edit->setDate(CoachingText::noDate());
    return edit;
}

QSpinBox *makeSpin(QWidget *parent, const QString &objectName, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setAccelerated(true);
    return spin;
}

// Sets the items of a filter box (data: the value, text: its name), keeping what was chosen.
void refill(QComboBox *box, const QString &anyText, const QList<std::pair<QVariant, QString>> &items)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(anyText, QVariant());
    for (const auto &[value, text] : items)
        box->addItem(text, value);
    const int index = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(std::max(0, index));
}

} // namespace

RecordingLibrary::RecordingLibrary(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recordingLibrary"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RecordingLibrary::search);

    m_agentLabel = new QLabel(this);
    m_agent = makeCombo(this, QStringLiteral("libraryAgent"));
    m_teamLabel = new QLabel(this);
    m_team = makeCombo(this, QStringLiteral("libraryTeam"));
    m_queueLabel = new QLabel(this);
    m_queue = makeCombo(this, QStringLiteral("libraryQueue"));
    m_channelLabel = new QLabel(this);
    m_channel = makeCombo(this, QStringLiteral("libraryChannel"));
    m_dispositionLabel = new QLabel(this);
    m_disposition = makeCombo(this, QStringLiteral("libraryDisposition"));
    m_evaluationLabel = new QLabel(this);
    m_evaluation = makeCombo(this, QStringLiteral("libraryEvaluation"));
    for (auto value : {RecordingQuery::Evaluation::Any, RecordingQuery::Evaluation::Evaluated,
                       RecordingQuery::Evaluation::NotEvaluated})
        m_evaluation->addItem(QString(), int(value));
    m_fromLabel = new QLabel(this);
    m_from = makeDate(this, QStringLiteral("libraryFrom"));
    m_untilLabel = new QLabel(this);
    m_until = makeDate(this, QStringLiteral("libraryUntil"));
    m_csatLabel = new QLabel(this);
    m_minCsat = makeSpin(this, QStringLiteral("libraryMinCsat"), 5);
    m_maxCsat = makeSpin(this, QStringLiteral("libraryMaxCsat"), 5);
    m_durationLabel = new QLabel(this);
    m_minMinutes = makeSpin(this, QStringLiteral("libraryMinDuration"), 600);
    m_maxMinutes = makeSpin(this, QStringLiteral("libraryMaxDuration"), 600);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("libraryReset"));
    connect(m_reset, &QPushButton::clicked, this, &RecordingLibrary::resetFilters);

    for (QComboBox *box : {m_agent, m_team, m_queue, m_channel, m_disposition, m_evaluation})
        connect(box, &QComboBox::currentIndexChanged, this, &RecordingLibrary::scheduleSearch);
    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &RecordingLibrary::scheduleSearch);
    for (QSpinBox *spin : {m_minCsat, m_maxCsat, m_minMinutes, m_maxMinutes})
        connect(spin, &QSpinBox::valueChanged, this, &RecordingLibrary::scheduleSearch);
    m_agentLabel->setBuddy(m_agent);
    m_teamLabel->setBuddy(m_team);
    m_queueLabel->setBuddy(m_queue);
    m_channelLabel->setBuddy(m_channel);
    m_dispositionLabel->setBuddy(m_disposition);
    m_evaluationLabel->setBuddy(m_evaluation);
    m_fromLabel->setBuddy(m_from);
    m_untilLabel->setBuddy(m_until);
    m_csatLabel->setBuddy(m_minCsat);
    m_durationLabel->setBuddy(m_minMinutes);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    auto pair = [filters](int row, int column, QLabel *label, QWidget *field) {
        filters->addWidget(label, row, column, Qt::AlignRight);
        filters->addWidget(field, row, column + 1);
    };
    pair(0, 0, m_agentLabel, m_agent);
    pair(0, 2, m_teamLabel, m_team);
    pair(0, 4, m_queueLabel, m_queue);
    pair(0, 6, m_channelLabel, m_channel);
    pair(0, 8, m_dispositionLabel, m_disposition);
    pair(1, 0, m_fromLabel, m_from);
    pair(1, 2, m_untilLabel, m_until);
    auto range = [this](QSpinBox *low, QSpinBox *high) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(3);
        row->addWidget(low);
        row->addWidget(new QLabel(QStringLiteral("\u2013"), box));
        row->addWidget(high);
        return box;
    };
    pair(1, 4, m_csatLabel, range(m_minCsat, m_maxCsat));
    pair(1, 6, m_durationLabel, range(m_minMinutes, m_maxMinutes));
    pair(1, 8, m_evaluationLabel, m_evaluation);
    filters->addWidget(m_reset, 1, 10);
    filters->setColumnStretch(11, 1);

    m_model = new RecordingLibraryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this] { activateCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordingLibrary::updateButtons);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("libraryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("libraryPage"));
    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("libraryPrevious"));
    connect(m_previous, &QPushButton::clicked, this, &RecordingLibrary::previousPage);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("libraryNext"));
    connect(m_next, &QPushButton::clicked, this, &RecordingLibrary::nextPage);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("libraryOpen"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &RecordingLibrary::activateCurrent);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_pageLabel, 1);
    bottom->addWidget(m_previous);
    bottom->addWidget(m_next);
    bottom->addSpacing(12);
    bottom->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    retranslate();
    updateButtons();
}

void RecordingLibrary::setBackend(CoachingBackend *backend)
{
    ++m_generation;
    m_backend = backend;
    m_pending = false;
    m_facetsPending = false;
    m_pages.clear();
    m_known.clear();
    m_model->setRecordings({});
    if (!backend) {
        showEmpty(QString());
        return;
    }
    requestFacets();
    search();
}

void RecordingLibrary::setUser(const std::optional<CoachingUser> &user)
{
    m_user = user;
    // An agent finds only their own recordings: choosing another agent or team means nothing.
    const bool everyone = !user || Permissions::grant(user->role, Action::PlayRecording) == Grant::Any;
    for (QWidget *widget : {static_cast<QWidget *>(m_agentLabel), static_cast<QWidget *>(m_agent),
                            static_cast<QWidget *>(m_teamLabel), static_cast<QWidget *>(m_team)})
        widget->setVisible(everyone);
    m_table->setColumnHidden(RecordingLibraryModel::AgentColumn, !everyone);
    m_table->setColumnHidden(RecordingLibraryModel::TeamColumn, !everyone);
    if (!everyone) {
        m_filling = true;
        m_agent->setCurrentIndex(0);
        m_team->setCurrentIndex(0);
        m_filling = false;
    }
}

void RecordingLibrary::setAgents(const QList<CoachableAgent> &agents)
{
    QList<CoachableAgent> sorted = agents;
    std::sort(sorted.begin(), sorted.end(), [](const CoachableAgent &a, const CoachableAgent &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    QList<std::pair<QVariant, QString>> items;
    QHash<qint64, QString> names;
    for (const CoachableAgent &agent : std::as_const(sorted)) {
        items.append({agent.agentId, agent.displayName});
        names.insert(agent.agentId, agent.displayName);
        if (!agent.team.isEmpty())
            m_teams.insert(agent.team);
    }
    if (m_user && m_user->agentId > 0 && !names.contains(m_user->agentId))
        names.insert(m_user->agentId, m_user->displayName);
    m_filling = true;
    refill(m_agent, tr("All agents"), items);
    m_filling = false;
    m_model->setAgentNames(names);
    fillFacetBoxes();
}

void RecordingLibrary::setEvaluatedInteractions(const QSet<qint64> &interactionIds)
{
    const bool changed = interactionIds != m_evaluated;
    m_evaluated = interactionIds;
    m_model->setEvaluatedInteractions(interactionIds);
    if (changed && m_evaluation->currentData().toInt() != int(RecordingQuery::Evaluation::Any))
        scheduleSearch();
}

RecordingQuery RecordingLibrary::query() const
{
    RecordingQuery query;
    query.limit = PageSize;
    query.agentId = m_agent->currentData().toLongLong();
    query.team = m_team->currentData().toString();
    query.queueId = m_queue->currentData().toString();
    if (const QVariant channel = m_channel->currentData(); channel.isValid())
        query.channels = {Channel(channel.toInt())};
    if (const QString code = m_disposition->currentData().toString(); !code.isEmpty())
        query.dispositionCodes = {code};
    if (m_from->date() > CoachingText::noDate())
        query.startedFromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_until->date() > CoachingText::noDate())
        query.startedBeforeMs = m_until->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    if (m_minCsat->value() > 0)
        query.minCsat = m_minCsat->value();
    if (m_maxCsat->value() > 0)
        query.maxCsat = m_maxCsat->value();
    if (m_minMinutes->value() > 0)
        query.minDurationMs = m_minMinutes->value() * MsPerMinute;
    if (m_maxMinutes->value() > 0)
        query.maxDurationMs = m_maxMinutes->value() * MsPerMinute;
    query.evaluation = RecordingQuery::Evaluation(m_evaluation->currentData().toInt());
    if (query.evaluation != RecordingQuery::Evaluation::Any)
        query.evaluatedInteractionIds = m_evaluated;
    return query;
}

bool RecordingLibrary::hasFilters() const
{
    const RecordingQuery q = query();
    return q.agentId || !q.team.isEmpty() || !q.queueId.isEmpty() || !q.channels.isEmpty()
           || !q.dispositionCodes.isEmpty() || q.startedFromMs || q.startedBeforeMs || q.minCsat || q.maxCsat
           || q.minDurationMs || q.maxDurationMs || q.evaluation != RecordingQuery::Evaluation::Any;
}

bool RecordingLibrary::isSettled() const
{
    return !m_pending && !m_facetsPending && !m_searchTimer->isActive();
}

void RecordingLibrary::scheduleSearch()
{
    if (m_filling)
        return;
    m_searchTimer->start();
}

void RecordingLibrary::search()
{
    m_searchTimer->stop();
    m_pages.clear();
    runPage(query());
}

void RecordingLibrary::nextPage()
{
    if (!m_hasMore || m_pending || m_pages.isEmpty())
        return;
    runPage(m_nextQuery);
}

void RecordingLibrary::previousPage()
{
    if (m_pages.size() < 2 || m_pending)
        return;
    m_pages.removeLast();
    const RecordingQuery query = m_pages.takeLast();
    runPage(query);
}

void RecordingLibrary::resetFilters()
{
    m_filling = true;
    for (QComboBox *box : {m_agent, m_team, m_queue, m_channel, m_disposition, m_evaluation})
        box->setCurrentIndex(0);
    m_from->setDate(CoachingText::noDate());
    m_until->setDate(CoachingText::noDate());
    for (QSpinBox *spin : {m_minCsat, m_maxCsat, m_minMinutes, m_maxMinutes})
        spin->setValue(0);
    m_filling = false;
    search();
}

void RecordingLibrary::runPage(const RecordingQuery &query)
{
    if (!m_backend)
        return;
    if (const std::optional<BackendError> why = m_backend->recordingsUnavailable()) {
        m_model->setRecordings({});
        showEmpty(tr("Recordings are not available here: %1").arg(CoachingText::errorText(*why)));
        Q_EMIT searchFinished();
        return;
    }
    m_pending = true;
    updateButtons();
    const quint64 generation = ++m_generation;
    QPointer<RecordingLibrary> self(this);
    m_backend->searchRecordings(query, [self, generation, query](const BackendResult<RecordingPage> &result) {
        if (!self || self->m_generation != generation)
            return;
        self->m_pending = false;
        if (!result.ok()) {
            self->m_model->setRecordings({});
            self->showEmpty(
                CoachingText::failure(tr("The recordings could not be searched"), result.error()));
            self->updateButtons();
            Q_EMIT self->errorOccurred(CoachingText::errorText(result.error()));
            Q_EMIT self->searchFinished();
            return;
        }
        self->m_pages.append(query);
        self->showPage(result.value());
        Q_EMIT self->searchFinished();
    });
}

void RecordingLibrary::requestFacets()
{
    if (!m_backend || m_backend->recordingsUnavailable())
        return;
    RecordingQuery all;
    all.limit = FacetLimit;
    m_facetsPending = true;
    QPointer<CoachingBackend> backend = m_backend;
    QPointer<RecordingLibrary> self(this);
    m_backend->searchRecordings(all, [self, backend](const BackendResult<RecordingPage> &result) {
        if (!self || self->m_backend != backend)
            return;
        self->m_facetsPending = false;
        if (result.ok())
            self->learnFacets(result.value().recordings);
    });
}

void RecordingLibrary::showPage(const RecordingPage &page)
{
    m_hasMore = page.hasMore;
    m_nextQuery = page.next;
    learnFacets(page.recordings);
    // The same search again (a new recording came in) keeps the row someone had chosen.
    const Recording *current = currentRecording();
    const qint64 selected = current ? current->id : 0;
    m_model->setRecordings(page.recordings);
    if (page.recordings.isEmpty()) {
        showEmpty(hasFilters() ? tr("No recordings match these filters.")
                               : tr("No recordings yet. Calls, chats and e-mails are recorded when they "
                                    "close, if the customer consented."));
    } else {
        m_stack->setCurrentWidget(m_table);
        const int row = m_model->rowOfRecording(selected);
        m_table->selectRow(row >= 0 ? row : 0);
    }
    updateButtons();
}

void RecordingLibrary::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_hasMore = false;
    updateButtons();
}

void RecordingLibrary::learnFacets(const QList<Recording> &recordings)
{
    bool grew = false;
    for (const Recording &recording : recordings) {
        m_known.insert(recording.interactionId, recording);
        for (auto [set, value] :
             {std::pair{&m_teams, recording.team}, std::pair{&m_queues, recording.queueId},
              std::pair{&m_dispositions, recording.dispositionCode}}) {
            if (!value.isEmpty() && !set->contains(value)) {
                set->insert(value);
                grew = true;
            }
        }
    }
    if (grew)
        fillFacetBoxes();
}

void RecordingLibrary::setQueueNames(const QHash<QString, QString> &names)
{
    m_queueNames = names;
    m_model->setQueueNames(names);
    fillFacetBoxes();
}

void RecordingLibrary::fillFacetBoxes()
{
    auto sorted = [](const QSet<QString> &values, auto name) {
        QList<std::pair<QVariant, QString>> items;
        for (const QString &value : values)
            items.append({value, name(value)});
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.second, b.second) < 0;
        });
        return items;
    };
    auto same = [](const QString &value) { return value; };
    m_filling = true;
    refill(m_team, tr("All teams"), sorted(m_teams, same));
    refill(m_queue, tr("All queues"), sorted(m_queues, [this](const QString &queueId) {
               const QString name = m_queueNames.value(queueId);
               return name.isEmpty() ? queueId : name;
           }));
    refill(m_disposition, tr("All dispositions"), sorted(m_dispositions, &DisplayText::dispositionName));
    m_filling = false;
}

std::optional<Recording> RecordingLibrary::knownRecording(qint64 interactionId) const
{
    const auto found = m_known.constFind(interactionId);
    if (found == m_known.cend())
        return std::nullopt;
    return *found;
}

void RecordingLibrary::updateRecording(const Recording &recording)
{
    if (m_known.contains(recording.interactionId))
        m_known.insert(recording.interactionId, recording);
    m_model->updateRecording(recording);
}

void RecordingLibrary::removeRecording(qint64 recordingId)
{
    m_known.removeIf(
        [recordingId](QHash<qint64, Recording>::iterator known) { return known.value().id == recordingId; });
    search();
}

const Recording *RecordingLibrary::currentRecording() const
{
    if (m_stack->currentWidget() != m_table)
        return nullptr;
    return m_model->recordingAt(m_table->currentIndex().row());
}

bool RecordingLibrary::selectRecording(qint64 recordingId)
{
    const int row = m_model->rowOfRecording(recordingId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void RecordingLibrary::activateCurrent()
{
    const Recording *recording = currentRecording();
    if (!recording)
        return;
    Q_EMIT recordingActivated(*recording);
}

void RecordingLibrary::updateButtons()
{
    const Recording *recording = currentRecording();
    m_open->setEnabled(recording != nullptr);
    m_open->setToolTip(recording && !recording->hasContent() ? CoachingText::recordingStatus(*recording)
                                                             : QString());
    m_previous->setEnabled(!m_pending && m_pages.size() > 1);
    m_next->setEnabled(!m_pending && m_hasMore);
    const int shown = m_stack->currentWidget() == m_table ? m_model->rowCount() : 0;
    if (m_pending)
        m_pageLabel->setText(tr("Searching…"));
    else if (m_pages.isEmpty())
        m_pageLabel->clear();
    else
        m_pageLabel->setText(tr("Page %1 · %n recording(s) shown", nullptr, shown).arg(m_pages.size()));
}

void RecordingLibrary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordingLibrary::retranslate()
{
    m_agentLabel->setText(tr("A&gent"));
    m_teamLabel->setText(tr("&Team"));
    m_queueLabel->setText(tr("&Queue"));
    m_channelLabel->setText(tr("C&hannel"));
    m_dispositionLabel->setText(tr("&Disposition"));
    m_evaluationLabel->setText(tr("E&valuation"));
    m_fromLabel->setText(tr("&From"));
    m_untilLabel->setText(tr("&Until"));
    m_csatLabel->setText(tr("CS&AT"));
    m_durationLabel->setText(tr("Du&ration"));
    m_from->setSpecialValueText(tr("Any date"));
    m_until->setSpecialValueText(tr("Any date"));
    for (QSpinBox *spin : {m_minCsat, m_maxCsat})
        spin->setSpecialValueText(tr("Any"));
    for (QSpinBox *spin : {m_minMinutes, m_maxMinutes}) {
        spin->setSpecialValueText(tr("Any"));
        spin->setSuffix(tr(" min"));
    }
    m_minCsat->setToolTip(tr("Lowest CSAT (1–5); recordings without a survey answer are left out"));
    m_maxCsat->setToolTip(tr("Highest CSAT (1–5); recordings without a survey answer are left out"));
    m_minMinutes->setToolTip(tr("Shortest duration in minutes"));
    m_maxMinutes->setToolTip(tr("Longest duration in minutes"));
    m_evaluation->setItemText(0, tr("Evaluated or not"));
    m_evaluation->setItemText(1, tr("Evaluated"));
    m_evaluation->setItemText(2, tr("Not evaluated"));
    m_filling = true;
    const QVariant chosen = m_channel->currentData();
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QVariant());
    for (Channel channel : allChannels()) {
        if (channel != Channel::WorkItem)
            m_channel->addItem(DisplayText::channelIcon(channel), DisplayText::channelName(channel),
                               int(channel));
    }
    m_channel->setCurrentIndex(std::max(0, chosen.isValid() ? m_channel->findData(chosen) : 0));
    m_filling = false;
    if (m_agent->count() > 0)
        m_agent->setItemText(0, tr("All agents"));
    fillFacetBoxes();
    m_reset->setText(tr("&Reset Filters"));
    m_previous->setText(tr("&Previous"));
    m_next->setText(tr("&Next"));
    m_open->setText(tr("&Open"));
    m_table->setAccessibleName(tr("Recordings"));
    m_model->retranslate();
    updateButtons();
}

} // namespace ContactDesk

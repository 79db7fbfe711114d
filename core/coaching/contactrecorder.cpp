#include "contactrecorder.h"

#include "callaudioerrors.h"
#include "recordingarchive.h"
#include "recordingerrors.h"
#include "recordingrepository.h"
#include "routing/clock.h"
#include "routing/simulationrandom.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "transcript.h"
#include "wavfile.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRecorder, "contactdesk.recorder")

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

// The recorder's own stream of random numbers ("record"), apart from the simulator's and the
// assembler's: the pauses between the lines of a call.
constexpr quint64 RecorderScriptPurpose = 0x7265636f7264;

bool overlaps(const ClockSpan &a, const ClockSpan &b)
{
    return a.startMs < b.endMs && b.startMs < a.endMs;
}

// Where on a call's timeline a line can still be said: inside the call, clear of the stretches
// where nobody talks with the customer (hold, between agents, a recording pause) and of the
// lines already placed.
class LinePlacement final
{
public:
    LinePlacement(qint64 durationMs, QList<ClockSpan> blocked)
        : m_durationMs(durationMs)
        , m_blocked(std::move(blocked))
    {}

    void block(const ClockSpan &span) { m_blocked.append(span); }

    bool fits(qint64 atMs, qint64 lengthMs) const
    {
        if (atMs < 0 || atMs + lengthMs > m_durationMs)
            return false;
        const ClockSpan line{atMs, atMs + lengthMs};
        const auto clash = [&line](const ClockSpan &other) { return overlaps(line, other); };
        return std::none_of(m_blocked.cbegin(), m_blocked.cend(), clash)
               && std::none_of(m_placed.cbegin(), m_placed.cend(), clash);
    }

    // The earliest start in [fromMs, untilMs - lengthMs] where the line fits, a `gapMs` after
    // whatever it has to wait for.
    std::optional<qint64> earliest(qint64 fromMs, qint64 untilMs, qint64 lengthMs, qint64 gapMs) const
    {
        QList<qint64> candidates{fromMs};
        for (const QList<ClockSpan> *spans : {&m_blocked, &m_placed}) {
            for (const ClockSpan &span : *spans) {
                if (span.endMs + gapMs >= fromMs)
                    candidates.append(span.endMs + gapMs);
            }
        }
        std::sort(candidates.begin(), candidates.end());
        for (qint64 at : std::as_const(candidates)) {
            if (at + lengthMs > untilMs)
                break;
            if (fits(at, lengthMs))
                return at;
        }
        return std::nullopt;
    }

    // The latest start at or after `fromMs` where the line fits and ends by `untilMs`, a `gapMs`
    // before whatever comes after it.
    std::optional<qint64> latest(qint64 fromMs, qint64 untilMs, qint64 lengthMs, qint64 gapMs) const
    {
        QList<qint64> candidates{untilMs - lengthMs};
        for (const QList<ClockSpan> *spans : {&m_blocked, &m_placed}) {
            for (const ClockSpan &span : *spans) {
                if (span.startMs - gapMs - lengthMs <= untilMs - lengthMs)
                    candidates.append(span.startMs - gapMs - lengthMs);
            }
        }
        std::sort(candidates.begin(), candidates.end(), std::greater<>());
        for (qint64 at : std::as_const(candidates)) {
            if (at < fromMs)
                break;
            if (fits(at, lengthMs))
                return at;
        }
        return std::nullopt;
    }

    void place(qint64 atMs, qint64 lengthMs) { m_placed.append(ClockSpan{atMs, atMs + lengthMs}); }

private:
    qint64 m_durationMs = 0;
    QList<ClockSpan> m_blocked;
    QList<ClockSpan> m_placed;
};

// Spans of the centre's clock as spans of the call (from the answer), cut to the call; the ones
// that are left empty are dropped.
QList<ClockSpan> onCall(const QList<ClockSpan> &spans, qint64 answeredMs, qint64 durationMs)
{
    QList<ClockSpan> result;
    for (const ClockSpan &span : spans) {
        const qint64 start = std::clamp<qint64>(span.startMs - answeredMs, 0, durationMs);
        const qint64 end = std::clamp<qint64>(span.endMs - answeredMs, 0, durationMs);
        if (end > start)
            result.append(ClockSpan{start, end});
    }
    std::sort(result.begin(), result.end(),
              [](const ClockSpan &a, const ClockSpan &b) { return a.startMs < b.startMs; });
    return result;
}

} // namespace

ContactRecorder::ContactRecorder(ContactCentre &centre, RecordingArchive &archive, VoiceClipLibrary clips,
                                 QObject *parent)
    : QObject(parent)
    , m_centre(centre)
    , m_archive(archive)
    , m_clips(std::move(clips))
    , m_assembler(m_clips)
{
    connect(&centre, &ContactCentre::contactChanged, this, &ContactRecorder::onContactChanged);
    connect(&centre, &ContactCentre::csatRecorded, this, &ContactRecorder::onCsatRecorded);
    // Calls under way now are followed from here on.
    for (qint64 interactionId : centre.liveContactIds()) {
        if (const auto contact = centre.contact(interactionId))
            follow(*contact);
    }
    centre.setRecordingEnabled(true);
}

ContactRecorder::~ContactRecorder()
{
    m_centre.setRecordingEnabled(false);
}

void ContactRecorder::onContactChanged(const ContactSummary &contact)
{
    if (contact.direction == Direction::Internal || contact.consultForInteractionId != 0
        || contact.channel == Channel::WorkItem)
        return;
    follow(contact);
    if (contact.state == InteractionState::Closed)
        record(contact);
    if (Interaction::isTerminal(contact.state)) {
        const auto followed = m_calls.constFind(contact.interactionId);
        if (followed != m_calls.cend() && m_audioFromSwitch.contains(contact.interactionId)
            && !RecordingRepository(m_centre.database()).findByInteraction(contact.interactionId)) {
            // The switch's file may come after the close: keep the call's holds and transfers.
            m_switchTimelines.insert(contact.interactionId, followed->timeline);
            m_switchTimelineOrder.append(contact.interactionId);
            while (m_switchTimelineOrder.size() > MaxSwitchTimelines)
                m_switchTimelines.remove(m_switchTimelineOrder.takeFirst());
        }
        m_calls.remove(contact.interactionId);
        m_audioFromSwitch.remove(contact.interactionId);
    }
}

void ContactRecorder::setAudioFromSwitch(qint64 interactionId)
{
    const auto contact = m_centre.contact(interactionId);
    if (contact && !Interaction::isTerminal(contact->state))
        m_audioFromSwitch.insert(interactionId);
}

void ContactRecorder::follow(const ContactSummary &contact)
{
    if (contact.channel != Channel::Voice)
        return;
    auto it = m_calls.find(contact.interactionId);
    if (it == m_calls.end()) {
        if (contact.times.connectedMs == 0)
            return; // not answered yet: nothing to record so far
        it = m_calls.insert(contact.interactionId, Followed());
        it->timeline.answeredMs = contact.times.connectedMs;
    }
    Followed &call = *it;
    const qint64 now = m_centre.clock().nowMs();
    const auto endHold = [&call](qint64 atMs) {
        if (call.heldSinceMs && atMs > *call.heldSinceMs)
            call.timeline.holds.append(ClockSpan{*call.heldSinceMs, atMs});
        call.heldSinceMs.reset();
    };
    const auto endAway = [&call](qint64 atMs) {
        if (call.awaySinceMs && atMs > *call.awaySinceMs)
            call.timeline.betweenAgents.append(ClockSpan{*call.awaySinceMs, atMs});
        call.awaySinceMs.reset();
    };
    switch (contact.state) {
    case InteractionState::Connected:
        endHold(now);
        endAway(now);
        break;
    case InteractionState::Held:
        endAway(now);
        if (!call.heldSinceMs)
            call.heldSinceMs = contact.times.heldSinceMs > 0 ? contact.times.heldSinceMs : now;
        break;
    case InteractionState::Transferred:
    case InteractionState::Queued:
    case InteractionState::Offered:
    case InteractionState::CallbackRequested:
        // Answered before, so it left its agent: a transfer (blind, to a queue, or the end of a
        // consult that handed the customer over).
        endHold(now);
        if (!call.awaySinceMs) {
            call.timeline.transfers.append(now);
            call.awaySinceMs = now;
        }
        break;
    case InteractionState::WrapUp:
    case InteractionState::Closed: {
        const qint64 ended = contact.times.wrapUpMs > 0 ? contact.times.wrapUpMs : now;
        endHold(ended);
        endAway(ended);
        if (call.timeline.endedMs == 0) {
            call.timeline.endedMs = ended;
            call.timeline.pauses = m_centre.recordingPauses(contact.interactionId);
        }
        break;
    }
    case InteractionState::Created:
    case InteractionState::Abandoned:
    case InteractionState::Blocked:
        break;
    }
}

QString ContactRecorder::languageOf(qint64 customerId) const
{
    QString preferred;
    if (customerId != 0) {
        auto customer = CustomerRepository(m_centre.database()).findById(customerId);
        if (customer)
            preferred = customer->preferredLanguage;
    }
    // The clips speak Korean and English; a customer who prefers neither hears the centre's
    // first language, Korean.
    const QString language = preferred.startsWith(u"en"_s) ? u"en"_s : u"ko"_s;
    const QStringList available = m_clips.languages();
    if (available.contains(language) || available.isEmpty())
        return language;
    return available.constFirst();
}

StoreResult<CallScript> ContactRecorder::scriptFor(const CallTimeline &call, const QString &language,
                                                   quint64 seed) const
{
    const qint64 durationMs =
        std::clamp<qint64>(call.endedMs - call.answeredMs, 0, CallAudioAssembler::MaximumCallMs);
    const QList<ClockSpan> holds = onCall(call.holds, call.answeredMs, durationMs);
    const QList<ClockSpan> away = onCall(call.betweenAgents, call.answeredMs, durationMs);
    const QList<ClockSpan> pauses = onCall(call.pauses, call.answeredMs, durationMs);
    if (!m_clips.languages().contains(language)) {
        return DomainError{CallAudioErrorCode::UnknownLanguage.toString(),
                           u"There are no voice clips in '%1'"_s.arg(language)};
    }

    CallScript script;
    script.language = language;
    script.durationMs = durationMs;
    for (const ClockSpan &hold : holds)
        script.holdStart(hold.startMs).holdEnd(hold.endMs);
    for (const ClockSpan &pause : pauses)
        script.pauseRecording(pause.startMs).resumeRecording(pause.endMs);
    for (qint64 transfer : call.transfers)
        script.transfer(std::clamp<qint64>(transfer - call.answeredMs, 0, durationMs));

    SimulationRandom random = SimulationRandom::stream(seed, RecorderScriptPurpose);
    const auto gap = [&random] { return 300 + qint64(random.below(601)); };
    const int rate = m_clips.sampleRate();
    const auto lengthOf = [rate](const VoiceClip *clip) {
        // Rounded up, as the assembler does: the clip's last sample is heard within it.
        return (clip->audio.frameCount() * 1000 + rate - 1) / rate;
    };
    const auto line = [&](QStringView purpose, CallSpeaker speaker) {
        return m_clips.find(language, purpose, speaker);
    };
    QList<ClockSpan> silent = holds;
    silent.append(away);
    LinePlacement placement(durationMs, silent);
    const auto say = [&](const VoiceClip *clip, qint64 atMs) {
        placement.place(atMs, lengthOf(clip));
        script.clip(atMs, clip->id);
    };

    // The card number is read out inside the pause, so that the cut takes it; the agent asks for
    // it just before. Then the pauses are as silent as the holds for everything else.
    const VoiceClip *cardRequest = line(u"card-request", CallSpeaker::Agent);
    const VoiceClip *cardNumber = line(u"card-number", CallSpeaker::Customer);
    for (const ClockSpan &pause : pauses) {
        if (cardNumber) {
            const qint64 at = pause.startMs + gap();
            if (at + lengthOf(cardNumber) <= pause.endMs && placement.fits(at, lengthOf(cardNumber)))
                say(cardNumber, at);
        }
    }
    for (const ClockSpan &pause : pauses)
        placement.block(pause);
    for (const ClockSpan &pause : pauses) {
        if (!cardRequest)
            break;
        if (const auto at = placement.latest(0, pause.startMs - gap(), lengthOf(cardRequest), 0))
            say(cardRequest, *at);
    }
    // Before each hold the agent says so.
    if (const VoiceClip *holdLine = line(u"hold", CallSpeaker::Agent)) {
        for (const ClockSpan &hold : holds) {
            if (const auto at = placement.latest(0, hold.startMs - gap(), lengthOf(holdLine), 0))
                say(holdLine, *at);
        }
    }

    // The conversation grows from both ends: greeting and the customer's problem from the
    // answer on, goodbye and thanks back from the hang-up, so that a short call still opens and
    // closes as a call does; lines that no longer fit between are left out.
    struct Line
    {
        QStringView purpose;
        CallSpeaker speaker;
        bool fromStart;
    };
    const Line conversation[] = {
        {u"greeting", CallSpeaker::Agent, true},    {u"goodbye", CallSpeaker::Agent, false},
        {u"problem", CallSpeaker::Customer, true},  {u"thanks", CallSpeaker::Customer, false},
        {u"identity", CallSpeaker::Agent, true},    {u"identity", CallSpeaker::Customer, true},
        {u"resolution", CallSpeaker::Agent, false},
    };
    qint64 openedUntil = 0;
    qint64 closingFrom = durationMs - gap();
    for (const Line &next : conversation) {
        const VoiceClip *clip = line(next.purpose, next.speaker);
        if (!clip)
            continue;
        const qint64 length = lengthOf(clip);
        const qint64 spacing = gap();
        if (next.fromStart) {
            if (const auto at = placement.earliest(openedUntil + spacing, closingFrom, length, spacing)) {
                say(clip, *at);
                openedUntil = *at + length;
            }
        } else if (const auto at = placement.latest(openedUntil + spacing, closingFrom, length, spacing)) {
            say(clip, *at);
            closingFrom = *at - spacing;
        }
    }
    return script;
}

void ContactRecorder::record(const ContactSummary &contact)
{
    if (contact.recording == RecordingState::None)
        return;
    if (m_audioFromSwitch.contains(contact.interactionId)) {
        recordSwitchCall(contact);
        return;
    }
    qint64 recordingId = 0;
    if (auto error = store(contact, recordingId)) {
        qCWarning(lcRecorder) << "interaction" << contact.interactionId << "was not recorded:" << error->code
                              << error->message;
        Q_EMIT failed(contact.interactionId, error->message);
        return;
    }
    Q_EMIT recorded(recordingId, contact.interactionId);
}

std::optional<DomainError> ContactRecorder::store(const ContactSummary &contact, qint64 &recordingId)
{
    // The closed row: the disposition, the final agent and queue, a CSAT restored with it.
    auto row = InteractionRepository(m_centre.database()).findById(contact.interactionId);
    if (!row)
        return row.error();
    const Interaction &interaction = row.value();
    Recording recording = linkedRecording(interaction);
    const InteractionTimes &times = interaction.times();
    const bool voice = interaction.channel == Channel::Voice;

    const auto followed = m_calls.constFind(interaction.id);
    CallTimeline call;
    if (voice && followed != m_calls.constEnd())
        call = followed->timeline;
    if (call.answeredMs == 0)
        call.answeredMs = times.connectedMs > 0 ? times.connectedMs : times.createdMs;
    if (call.endedMs == 0)
        call.endedMs = times.wrapUpMs > 0 ? times.wrapUpMs : times.closedMs;
    recording.startedMs = call.answeredMs;
    recording.durationMs = std::max<qint64>(0, call.endedMs - call.answeredMs);

    if (contact.recording == RecordingState::NotRecorded) {
        if (auto error = m_archive.storeWithoutConsent(recording))
            return error;
        recordingId = recording.id;
        return std::nullopt;
    }

    QByteArray content;
    if (voice) {
        auto script = scriptFor(call, languageOf(interaction.customerId), quint64(interaction.id));
        if (!script)
            return script.error();
        auto audio = m_assembler.assemble(*script);
        if (!audio)
            return audio.error();
        recording.durationMs = audio->durationMs;
        recording.pauses = audio->pauses;
        recording.markers = audio->markers;
        content = std::move(audio->wav);
    } else {
        auto messages = MessageRepository(m_centre.database()).forInteraction(interaction.id);
        if (!messages)
            return messages.error();
        content = Transcript::encode(interaction.id, *messages);
    }
    if (auto error = m_archive.store(recording, content))
        return error;
    recordingId = recording.id;
    return std::nullopt;
}

Recording ContactRecorder::linkedRecording(const Interaction &interaction) const
{
    Recording recording;
    recording.interactionId = interaction.id;
    recording.agentId = interaction.agentId;
    if (const Agent *agent = m_centre.agentRecord(interaction.agentId))
        recording.team = agent->team;
    recording.queueId = interaction.queueId;
    recording.customerId = interaction.customerId;
    recording.channel = interaction.channel;
    recording.dispositionCode = interaction.dispositionCode;
    recording.csat = interaction.csat();
    recording.kind = interaction.channel == Channel::Voice ? RecordingKind::Audio : RecordingKind::Transcript;
    return recording;
}

void ContactRecorder::recordSwitchCall(const ContactSummary &contact)
{
    RecordingRepository recordings(m_centre.database());
    auto existing = recordings.findByInteraction(contact.interactionId);
    std::optional<DomainError> error;
    if (existing) {
        // Stored while the agent wrapped up: the disposition is known only now.
        auto row = InteractionRepository(m_centre.database()).findById(contact.interactionId);
        error = row ? recordings.setDisposition(contact.interactionId, row->dispositionCode) : row.error();
    } else if (existing.error().code != StoreErrorCode::NotFound) {
        error = existing.error();
    } else if (contact.recording == RecordingState::NotRecorded) {
        qint64 recordingId = 0;
        error = store(contact, recordingId); // the row that says nothing was recorded
        if (!error)
            Q_EMIT recorded(recordingId, contact.interactionId);
    }
    // Otherwise the switch's audio is still to come (storeSwitchAudio).
    if (error) {
        qCWarning(lcRecorder) << "the recording of switch call" << contact.interactionId
                              << "is not complete:" << error->code << error->message;
        Q_EMIT failed(contact.interactionId, error->message);
    }
}

StoreResult<SwitchAudioStored> ContactRecorder::storeSwitchAudio(qint64 interactionId, const QByteArray &wav,
                                                                 const QList<RecordingPause> &pauses)
{
    auto row = InteractionRepository(m_centre.database()).findById(interactionId);
    if (!row)
        return row.error();
    const Interaction &interaction = row.value();
    if (interaction.channel != Channel::Voice) {
        return DomainError{RecordingErrorCode::InvalidRecording.toString(),
                           u"Interaction %1 is not a call, so it has no audio"_s.arg(interactionId)};
    }
    RecordingRepository recordings(m_centre.database());
    auto existing = recordings.findByInteraction(interactionId);
    if (existing) {
        if (!existing->consent) // the row that says so was written at the close
            return SwitchAudioStored{existing->id, false};
        return DomainError{
            StoreErrorCode::AlreadyStored.toString(),
            u"Interaction %1 already has its recording (%2)"_s.arg(interactionId).arg(existing->id)};
    }
    if (existing.error().code != StoreErrorCode::NotFound)
        return existing.error();

    // Consent as the agent was shown it while the call is live (in wrap-up); after the close the
    // customer's. Only an ended call has its whole recording.
    bool consent = true;
    InteractionTimes times = interaction.times();
    if (const auto live = m_centre.contact(interactionId)) {
        times = live->times; // the live contact's are the newest
        if (live->state != InteractionState::WrapUp && live->state != InteractionState::Closed) {
            return DomainError{u"call-in-progress"_s,
                               u"The call of interaction %1 has not ended yet"_s.arg(interactionId)};
        }
        if (live->recording == RecordingState::None) {
            return DomainError{u"not-recorded"_s,
                               u"Interaction %1 is not recorded in this contact centre"_s.arg(interactionId)};
        }
        consent = live->recording != RecordingState::NotRecorded;
    } else if (interaction.state() != InteractionState::Closed
               && interaction.state() != InteractionState::WrapUp) {
        return DomainError{u"call-not-answered"_s,
                           u"The call of interaction %1 was never answered by an agent"_s.arg(interactionId)};
    } else if (interaction.customerId != 0) {
        auto customer = CustomerRepository(m_centre.database()).findById(interaction.customerId);
        if (!customer)
            return customer.error();
        consent = customer->recordingConsent;
    }
    if (times.connectedMs == 0 || interaction.agentId <= 0) {
        return DomainError{u"call-not-answered"_s,
                           u"The call of interaction %1 was never answered by an agent"_s.arg(interactionId)};
    }

    Recording recording = linkedRecording(interaction);
    recording.startedMs = times.connectedMs;
    if (!consent) {
        const qint64 endedMs = times.wrapUpMs > 0 ? times.wrapUpMs : times.closedMs;
        recording.durationMs = std::max<qint64>(0, endedMs - times.connectedMs);
        if (auto error = m_archive.storeWithoutConsent(recording))
            return *error;
        Q_EMIT recorded(recording.id, interactionId);
        return SwitchAudioStored{recording.id, false};
    }

    auto audio = WavFile::decode(wav);
    if (!audio)
        return audio.error();
    recording.durationMs = audio->durationMs();
    recording.pauses = pauses;
    // Where each pause was cut out of the audio: its start less the pauses before it.
    qint64 cutBefore = 0;
    for (const RecordingPause &pause : pauses) {
        const qint64 atMs = pause.startMs - cutBefore;
        if (pause.startMs < 0 || pause.endMs <= pause.startMs || atMs < 0 || atMs > recording.durationMs) {
            return DomainError{RecordingErrorCode::InvalidRecording.toString(),
                               u"The pause from %1 to %2 ms is not on the recording of interaction %3, "
                               "which holds %4 ms of audio"_s.arg(pause.startMs)
                                   .arg(pause.endMs)
                                   .arg(interactionId)
                                   .arg(recording.durationMs)};
        }
        recording.markers.append(
            RecordingMarker{RecordingMarkerKind::Pause, atMs, pause.endMs - pause.startMs});
        cutBefore += pause.endMs - pause.startMs;
    }
    // The holds and transfers the centre saw on the call, where they are in the switch's audio
    // (its pauses cut out). Not known for a call that ended before this process started.
    std::optional<CallTimeline> timeline;
    if (const auto followed = m_calls.constFind(interactionId); followed != m_calls.cend())
        timeline = followed->timeline;
    else if (m_switchTimelines.contains(interactionId))
        timeline = m_switchTimelines.value(interactionId);
    if (timeline && timeline->answeredMs > 0) {
        const auto at = [&](qint64 clockMs) {
            return std::clamp<qint64>(recordedPositionMs(clockMs - timeline->answeredMs, pauses), 0,
                                      recording.durationMs);
        };
        for (const ClockSpan &hold : timeline->holds) {
            const qint64 start = at(hold.startMs);
            if (at(hold.endMs) > start)
                recording.markers.append(
                    RecordingMarker{RecordingMarkerKind::Hold, start, at(hold.endMs) - start});
        }
        for (qint64 transfer : timeline->transfers)
            recording.markers.append(RecordingMarker{RecordingMarkerKind::Transfer, at(transfer), 0});
        std::stable_sort(recording.markers.begin(), recording.markers.end(),
                         [](const RecordingMarker &a, const RecordingMarker &b) { return a.atMs < b.atMs; });
    }
    if (auto error = recording.validate())
        return *error;
    if (auto error = m_archive.store(recording, wav))
        return *error;
    m_switchTimelines.remove(interactionId);
    m_switchTimelineOrder.removeOne(interactionId);
    Q_EMIT recorded(recording.id, interactionId);
    return SwitchAudioStored{recording.id, true};
}

void ContactRecorder::onCsatRecorded(qint64 interactionId, int score)
{
    auto error = RecordingRepository(m_centre.database()).setCsat(interactionId, score);
    // Contacts that are not recorded (work items, a centre that recorded nothing then) have none.
    if (error && error->code != StoreErrorCode::NotFound) {
        qCWarning(lcRecorder) << "the CSAT of interaction" << interactionId
                              << "is not on its recording:" << error->message;
    }
}

} // namespace ContactDesk

#pragma once

#include "callaudioassembler.h"
#include "callscript.h"
#include "centre/contactcentre.h"
#include "recording.h"
#include "store/storeresult.h"
#include "voicecliplibrary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace ContactDesk {

class RecordingArchive;

// What happened on a call, on the centre's clock, as ContactRecorder followed it: the answer,
// the wrap-up, and in between the holds, the transfers (the call left one agent for another or
// a queue) and the stretches between agents, and the recording pauses the agent set.
struct CallTimeline
{
    qint64 answeredMs = 0; // the first connect
    qint64 endedMs = 0;    // the wrap-up: the conversation is over
    QList<ClockSpan> holds;
    QList<ClockSpan> betweenAgents;
    QList<qint64> transfers;
    QList<ClockSpan> pauses;
};

// What ContactRecorder::storeSwitchAudio() did with the switch's recording of a call.
struct SwitchAudioStored
{
    qint64 recordingId = 0;
    // false: the customer did not consent, so the audio was not stored; recordingId is the row
    // that says nothing was recorded.
    bool consent = true;
};

// Records every customer contact the live centre closes (issue #6): when the wrap-up has given
// it its disposition, the contact is stored through RecordingArchive with its interaction,
// agent and team, queue, customer, channel, disposition, CSAT (also when the survey answer
// comes later), duration and checksum.
//
// A call's audio is assembled (CallAudioAssembler) from the shipped voice clips in the
// customer's language (Korean unless they prefer English) on the call's real timeline: it lasts
// from the answer to the wrap-up, holds are heard where they happened, a transfer is a marker,
// and what the agent paused (card details) is cut out and marked. The clips are a stand-in for
// the telephony's audio, which no connector delivers yet; the timeline is the call's own. A
// chat, SMS, social or e-mail contact is stored as its messages (Transcript). A customer without
// recording consent gets the archive's row that says nothing was recorded.
//
// While it exists the recorder turns recording on in the centre (ContactCentre::
// setRecordingEnabled), so that agents are told what is recorded only when something records.
// A call the telephony switch records itself (one the CTI gateway carries, setAudioFromSwitch())
// gets no assembled audio: the switch's own recording is stored with storeSwitchAudio(), with the
// same links as any call's, and a customer without consent still gets the row that says so.
// It follows calls from their signals; a call that was already under way when the process
// started is recorded from its answer on, with the holds seen since.
class ContactRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactRecorder)

public:
    // The centre and the archive must outlive the recorder.
    ContactRecorder(ContactCentre &centre, RecordingArchive &archive, VoiceClipLibrary clips,
                    QObject *parent = nullptr);
    ~ContactRecorder() override;

    // The call's script for the assembler: the voice clips of `language` placed where nobody is
    // on hold, between agents or paused (the card number itself inside a pause, so that it is
    // cut out with it), and the holds, transfers and pauses as events, all on the call's own
    // timeline (milliseconds since the answer). The same timeline and seed give the same script.
    StoreResult<CallScript> scriptFor(const CallTimeline &call, const QString &language, quint64 seed) const;

    // The call's audio comes from the telephony switch (a call the CTI gateway reported): no
    // audio is assembled for it when it closes. Ignored for a contact that is not live.
    void setAudioFromSwitch(qint64 interactionId);
    bool isAudioFromSwitch(qint64 interactionId) const { return m_audioFromSwitch.contains(interactionId); }

    // Stores the switch's recording of a call that has ended (in wrap-up or closed): `wav` as the
    // call's audio (a 16-bit PCM WAV file, checked with WavFile), `pauses` the stretches the
    // switch left out (PCI pauses, in ms from the answer, in order), linked to the interaction,
    // agent and team, queue, customer, disposition and CSAT as the recordings made here. A
    // recording stored during the wrap-up gets its disposition when the wrap-up finishes. A
    // customer without consent: the audio is not stored, and the answer is the row that says
    // nothing was recorded (written now when there is none yet). Errors: call-in-progress (not
    // ended yet), call-not-answered, store-already-stored (the call has its recording), the
    // WavFile codes, recording-invalid (a pause outside the audio), and what the archive says.
    // Nothing is half stored on an error.
    StoreResult<SwitchAudioStored> storeSwitchAudio(qint64 interactionId, const QByteArray &wav,
                                                    const QList<RecordingPause> &pauses);

Q_SIGNALS:
    void recorded(qint64 recordingId, qint64 interactionId);
    // Storing failed (the vault's disk, the database); also logged. The contact stays closed.
    void failed(qint64 interactionId, const QString &reason);

private:
    struct Followed
    {
        CallTimeline timeline;
        std::optional<qint64> heldSinceMs;
        std::optional<qint64> awaySinceMs;
    };

    void onContactChanged(const ContactSummary &contact);
    void onCsatRecorded(qint64 interactionId, int score);
    void follow(const ContactSummary &contact);
    void record(const ContactSummary &contact);
    std::optional<DomainError> store(const ContactSummary &contact, qint64 &recordingId);
    // A switch-recorded call closed: its recording (stored before) gets the disposition, or a
    // customer without consent gets the row that says nothing was recorded.
    void recordSwitchCall(const ContactSummary &contact);
    // The links every recording of `interaction` has: agent and team, queue, customer, channel,
    // disposition, CSAT, and the kind for its channel.
    Recording linkedRecording(const Interaction &interaction) const;
    QString languageOf(qint64 customerId) const;

    ContactCentre &m_centre;
    RecordingArchive &m_archive;
    VoiceClipLibrary m_clips;
    CallAudioAssembler m_assembler;
    QHash<qint64, Followed> m_calls;
    QSet<qint64> m_audioFromSwitch; // live calls the switch records
    // Switch-recorded calls that closed before their recording was reported: what happened on
    // them, for the recording's hold and transfer markers (the latest MaxSwitchTimelines).
    QHash<qint64, CallTimeline> m_switchTimelines;
    QList<qint64> m_switchTimelineOrder;
    static constexpr qsizetype MaxSwitchTimelines = 10'000;
};

} // namespace ContactDesk

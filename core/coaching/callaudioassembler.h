#pragma once

#include "callscript.h"
#include "recording.h"
#include "store/storeresult.h"
#include "voicecliplibrary.h"
#include "wavfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ContactDesk {

// What the recording holds while the customer is on hold.
enum class HoldAudio
{
    // A soft, generated two-note tone (about -24 dBFS): the hold is audible and visible in the
    // player, and there is no music with a licence of its own to ship.
    SoftTone,
    Silence,
};

struct CallAudioOptions
{
    HoldAudio holdAudio = HoldAudio::SoftTone;
};

// A call's recording as it is stored: the audio without the paused stretches, and where what
// happened on the call sits in it.
struct CallAudio
{
    WavData audio;                  // mono, at the clip library's rate
    QByteArray wav;                 // `audio` as a WAV file
    qint64 durationMs = 0;          // of the stored audio: callDurationMs less every pause
    qint64 callDurationMs = 0;      // answer to hang-up
    QList<RecordingPause> pauses;   // on the call's timeline, in order
    QList<RecordingMarker> markers; // in the stored audio, in order of atMs
};

// Builds the recording of a call from a CallScript and a library of voice clips: every clip is
// mixed in at its time (overlapping speech is summed, clipped to 16 bits), hold adds hold audio,
// and nothing at all is written while recording is paused, so that card details said then exist
// nowhere in the stored file.
//
// Markers are in the stored audio's milliseconds: a pause marker sits at the cut, its duration is
// the call time cut out; a hold marker lasts as long as the hold is heard in the stored audio; a
// transfer lasts 0. The audio has the library's one sample rate (VoiceClipLibrary refuses clips
// of another rate, so nothing is resampled), a whole number of kHz, which makes every millisecond
// of the call a whole number of samples and every duration here exact.
//
// A script is refused with CallAudioErrorCode::InvalidScript (or UnknownClip) for: a negative
// time, a clip the library lacks, a Silence that is not positive or that a clip overlaps, a hold
// or pause that starts while one is going on or ends when none is, an empty pause, anything past
// the script's durationMs, a call longer than four hours. A hold or pause still going on at the
// hang-up ends there.
class CallAudioAssembler final
{
public:
    static constexpr qint64 MaximumCallMs = 4 * 3600 * 1000LL;

    explicit CallAudioAssembler(const VoiceClipLibrary &clips, const CallAudioOptions &options = {});
    Q_DISABLE_COPY_MOVE(CallAudioAssembler)

    StoreResult<CallAudio> assemble(const CallScript &script) const;

    // A plausible call in `language` of about `talkMs` (answer to hang-up): greeting, the
    // customer's problem, an identity check, a hold while the agent looks into it, the resolution,
    // thanks and goodbye, with pauses between turns drawn from `seed` (same seed, same script).
    // With `withPayment` the agent then asks for the card number and pauses recording around the
    // customer reading it and the agent keying it in. What is left of `talkMs` after the lines goes
    // to the agent looking things up and to the hold, so the call lasts exactly `talkMs` unless
    // that is shorter than the lines themselves (then it lasts as long as they take, without hold).
    // Refused for a language that lacks a line of the conversation.
    StoreResult<CallScript> scriptFor(const QString &language, quint64 seed, qint64 talkMs,
                                      bool withPayment) const;

    const VoiceClipLibrary &clips() const { return m_clips; }

private:
    const VoiceClipLibrary &m_clips;
    CallAudioOptions m_options;
};

} // namespace ContactDesk

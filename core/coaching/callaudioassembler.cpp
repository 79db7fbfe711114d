#include "callaudioassembler.h"

#include "callaudioerrors.h"
#include "routing/simulationrandom.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

// The hold tone: two soft notes (A4, C#5) taking turns, each faded in and out so that nothing
// clicks. About -24 dBFS, well under the clips' speech (peaks at 70 % of full scale).
constexpr double HoldToneAmplitude = 0.063 * 32767;
constexpr double HoldToneNotes[] = {440.0, 554.37};
constexpr qint64 HoldToneNoteMs = 600;
constexpr qint64 HoldToneFadeMs = 30;

// scriptFor(): a hold shorter than this is not worth putting a customer on hold for.
constexpr qint64 MinimumHoldMs = 4000;
// scriptFor()'s own stream of random numbers ("coach"), apart from the simulator's.
constexpr quint64 AssemblerScriptPurpose = 0x636f616368;

DomainError scriptError(const QString &message)
{
    return DomainError{CallAudioErrorCode::InvalidScript.toString(), message};
}

QString eventName(CallEventKind kind)
{
    switch (kind) {
    case CallEventKind::Clip:
        return u"clip"_s;
    case CallEventKind::Silence:
        return u"silence"_s;
    case CallEventKind::HoldStart:
        return u"hold start"_s;
    case CallEventKind::HoldEnd:
        return u"hold end"_s;
    case CallEventKind::Transfer:
        return u"transfer"_s;
    case CallEventKind::RecordingPaused:
        return u"recording pause"_s;
    case CallEventKind::RecordingResumed:
        return u"recording resume"_s;
    }
    return {};
}

struct Span
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

struct PlacedClip
{
    const VoiceClip *clip = nullptr;
    qint64 startSample = 0;
};

qint16 saturate(qint32 value)
{
    return qint16(
        std::clamp<qint32>(value, std::numeric_limits<qint16>::min(), std::numeric_limits<qint16>::max()));
}

} // namespace

CallAudioAssembler::CallAudioAssembler(const VoiceClipLibrary &clips, const CallAudioOptions &options)
    : m_clips(clips)
    , m_options(options)
{}

StoreResult<CallAudio> CallAudioAssembler::assemble(const CallScript &script) const
{
    const int rate = m_clips.sampleRate() > 0 ? m_clips.sampleRate() : 8000;
    const qint64 samplesPerMs = rate / 1000;

    std::vector<qsizetype> order(size_t(script.events.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return script.events.at(a).atMs < script.events.at(b).atMs;
    });

    QList<PlacedClip> placed;
    QList<Span> silences;
    QList<Span> holds;
    QList<qint64> transfers;
    QList<RecordingPause> pauses;
    std::optional<qint64> holdSince;
    std::optional<qint64> pausedSince;
    qint64 lastMs = 0;
    for (qsizetype index : order) {
        const CallEvent &event = script.events.at(index);
        const QString what = u"The %1 at %2 ms"_s.arg(eventName(event.kind)).arg(event.atMs);
        if (event.atMs < 0)
            return scriptError(what + u" is before the call was answered"_s);
        if (event.atMs > MaximumCallMs)
            return scriptError(what + u" is past the longest call a recording may hold (4 hours)"_s);
        qint64 endMs = event.atMs;
        switch (event.kind) {
        case CallEventKind::Clip: {
            const VoiceClip *clip = m_clips.find(event.clipId);
            if (!clip) {
                return DomainError{
                    CallAudioErrorCode::UnknownClip.toString(),
                    u"The script plays '%1' at %2 ms, which is not a voice clip"_s.arg(event.clipId)
                        .arg(event.atMs)};
            }
            placed.append(PlacedClip{clip, event.atMs * samplesPerMs});
            endMs = event.atMs + (clip->audio.frameCount() + samplesPerMs - 1) / samplesPerMs;
            break;
        }
        case CallEventKind::Silence:
            if (event.durationMs <= 0)
                return scriptError(what + u" lasts %1 ms; a silence lasts a while"_s.arg(event.durationMs));
            endMs = event.atMs + event.durationMs;
            silences.append(Span{event.atMs, endMs});
            break;
        case CallEventKind::HoldStart:
            if (holdSince)
                return scriptError(what + u" comes while the customer is already on hold"_s);
            holdSince = event.atMs;
            break;
        case CallEventKind::HoldEnd:
            if (!holdSince)
                return scriptError(what + u" comes while the customer is not on hold"_s);
            holds.append(Span{*holdSince, event.atMs});
            holdSince.reset();
            break;
        case CallEventKind::Transfer:
            transfers.append(event.atMs);
            break;
        case CallEventKind::RecordingPaused:
            if (pausedSince)
                return scriptError(what + u" comes while recording is already paused"_s);
            pausedSince = event.atMs;
            break;
        case CallEventKind::RecordingResumed:
            if (!pausedSince)
                return scriptError(what + u" comes while recording is not paused"_s);
            if (event.atMs == *pausedSince)
                return scriptError(what + u" ends a pause that lasted no time"_s);
            pauses.append(RecordingPause{*pausedSince, event.atMs});
            pausedSince.reset();
            break;
        }
        lastMs = std::max(lastMs, endMs);
    }

    qint64 callMs = lastMs;
    if (script.durationMs > 0) {
        if (lastMs > script.durationMs) {
            return scriptError(u"The script runs until %1 ms, past the hang-up at %2 ms"_s.arg(lastMs).arg(
                script.durationMs));
        }
        callMs = script.durationMs;
    } else if (script.durationMs < 0) {
        return scriptError(u"A call cannot last %1 ms"_s.arg(script.durationMs));
    }
    if (callMs > MaximumCallMs)
        return scriptError(u"The call lasts %1 ms, longer than a recording may (4 hours)"_s.arg(callMs));
    if (holdSince)
        holds.append(Span{*holdSince, callMs});
    if (pausedSince) {
        if (*pausedSince == callMs)
            return scriptError(
                u"Recording is paused at the hang-up (%1 ms), which pauses nothing"_s.arg(callMs));
        pauses.append(RecordingPause{*pausedSince, callMs});
    }

    for (const Span &silence : silences) {
        for (const PlacedClip &clip : placed) {
            const qint64 clipEnd = clip.startSample + clip.clip->audio.frameCount();
            if (clip.startSample < silence.endMs * samplesPerMs && silence.startMs * samplesPerMs < clipEnd) {
                return scriptError(
                    u"'%1' at %2 ms is heard during the silence from %3 to %4 ms"_s.arg(clip.clip->id)
                        .arg(clip.startSample / samplesPerMs)
                        .arg(silence.startMs)
                        .arg(silence.endMs));
            }
        }
    }

    const qint64 pausedMs =
        std::accumulate(pauses.begin(), pauses.end(), qint64(0), [](qint64 sum, const RecordingPause &pause) {
            return sum + pause.endMs - pause.startMs;
        });
    CallAudio result;
    result.callDurationMs = callMs;
    result.durationMs = callMs - pausedMs;
    result.audio.sampleRate = rate;
    result.audio.channels = 1;
    result.audio.samples.fill(0, result.durationMs * samplesPerMs);
    qint16 *stored = result.audio.samples.data();

    // The stretches of the call that are recorded, and where each starts in the stored audio.
    struct Kept
    {
        qint64 begin = 0; // call samples [begin, end)
        qint64 end = 0;
        qint64 storedAt = 0;
    };
    QList<Kept> kept;
    qint64 keptFrom = 0;
    for (const RecordingPause &pause : pauses) {
        if (pause.startMs > keptFrom)
            kept.append(Kept{keptFrom * samplesPerMs, pause.startMs * samplesPerMs,
                             recordedPositionMs(keptFrom, pauses) * samplesPerMs});
        keptFrom = pause.endMs;
    }
    if (callMs > keptFrom)
        kept.append(Kept{keptFrom * samplesPerMs, callMs * samplesPerMs,
                         recordedPositionMs(keptFrom, pauses) * samplesPerMs});

    // Adds call samples [begin, end) to the stored audio where recording was on: a paused sample
    // is never written anywhere, not even to a buffer that is cut later. `source(n)` gives the
    // n-th sample of the source, counted from `begin`.
    const auto mixIn = [&](qint64 begin, qint64 end, const auto &source) {
        for (const Kept &stretch : kept) {
            const qint64 from = std::max(begin, stretch.begin);
            const qint64 to = std::min(end, stretch.end);
            for (qint64 sample = from; sample < to; ++sample) {
                qint16 &out = stored[stretch.storedAt + sample - stretch.begin];
                out = saturate(qint32(out) + source(sample - begin));
            }
        }
    };

    for (const PlacedClip &clip : placed) {
        const qint16 *audio = clip.clip->audio.samples.constData();
        mixIn(clip.startSample, clip.startSample + clip.clip->audio.frameCount(),
              [audio](qint64 n) { return qint32(audio[n]); });
    }
    if (m_options.holdAudio == HoldAudio::SoftTone) {
        const qint64 noteSamples = HoldToneNoteMs * samplesPerMs;
        const qint64 fadeSamples = HoldToneFadeMs * samplesPerMs;
        for (const Span &hold : holds) {
            mixIn(hold.startMs * samplesPerMs, hold.endMs * samplesPerMs, [&](qint64 n) {
                const qint64 inNote = n % noteSamples;
                const double frequency = HoldToneNotes[(n / noteSamples) % 2];
                const double envelope = std::min({1.0, double(inNote) / double(fadeSamples),
                                                  double(noteSamples - inNote) / double(fadeSamples)});
                return qint32(std::lround(HoldToneAmplitude * envelope
                                          * std::sin(2 * std::numbers::pi * frequency * double(n) / rate)));
            });
        }
    }

    result.pauses = pauses;
    for (const RecordingPause &pause : pauses) {
        result.markers.append(RecordingMarker{RecordingMarkerKind::Pause,
                                              recordedPositionMs(pause.startMs, pauses),
                                              pause.endMs - pause.startMs});
    }
    for (const Span &hold : holds) {
        const qint64 at = recordedPositionMs(hold.startMs, pauses);
        result.markers.append(
            RecordingMarker{RecordingMarkerKind::Hold, at, recordedPositionMs(hold.endMs, pauses) - at});
    }
    for (qint64 transfer : transfers)
        result.markers.append(
            RecordingMarker{RecordingMarkerKind::Transfer, recordedPositionMs(transfer, pauses), 0});
    std::stable_sort(result.markers.begin(), result.markers.end(),
                     [](const RecordingMarker &a, const RecordingMarker &b) { return a.atMs < b.atMs; });

    auto wav = WavFile::encode(result.audio);
    if (!wav)
        return wav.error();
    result.wav = std::move(*wav);
    return result;
}

StoreResult<CallScript> CallAudioAssembler::scriptFor(const QString &language, quint64 seed, qint64 talkMs,
                                                      bool withPayment) const
{
    if (talkMs < 0 || talkMs > MaximumCallMs)
        return scriptError(u"A call cannot last %1 ms"_s.arg(talkMs));
    if (!m_clips.languages().contains(language)) {
        return DomainError{CallAudioErrorCode::UnknownLanguage.toString(),
                           u"There are no voice clips in '%1'"_s.arg(language)};
    }
    struct Line
    {
        QStringView purpose;
        CallSpeaker speaker;
        const VoiceClip *clip = nullptr;
    };
    Line lines[] = {
        {u"greeting", CallSpeaker::Agent},     {u"problem", CallSpeaker::Customer},
        {u"identity", CallSpeaker::Agent},     {u"identity", CallSpeaker::Customer},
        {u"hold", CallSpeaker::Agent},         {u"resolution", CallSpeaker::Agent},
        {u"card-request", CallSpeaker::Agent}, {u"card-number", CallSpeaker::Customer},
        {u"thanks", CallSpeaker::Customer},    {u"goodbye", CallSpeaker::Agent},
    };
    for (Line &line : lines) {
        line.clip = m_clips.find(language, line.purpose, line.speaker);
        const bool needed =
            withPayment || (line.purpose != u"card-request" && line.purpose != u"card-number");
        if (!line.clip && needed) {
            return DomainError{CallAudioErrorCode::UnknownLanguage.toString(),
                               u"The voice clips in '%1' have no %2 line of the %3"_s.arg(
                                   language, line.purpose.toString(), callSpeakerKey(line.speaker))};
        }
    }
    const VoiceClip *greeting = lines[0].clip;
    const VoiceClip *problem = lines[1].clip;
    const VoiceClip *identity = lines[2].clip;
    const VoiceClip *identityAnswer = lines[3].clip;
    const VoiceClip *hold = lines[4].clip;
    const VoiceClip *resolution = lines[5].clip;
    const VoiceClip *cardRequest = lines[6].clip;
    const VoiceClip *cardNumber = lines[7].clip;
    const VoiceClip *thanks = lines[8].clip;
    const VoiceClip *goodbye = lines[9].clip;

    // Every figure is drawn up front, in one order, so that the same seed gives the same call
    // whatever is left out.
    SimulationRandom random = SimulationRandom::stream(seed, AssemblerScriptPurpose);
    const auto draw = [&](qint64 low, qint64 high) {
        return low + qint64(random.below(quint64(high - low + 1)));
    };
    const qint64 answerGap = draw(300, 900);
    QList<qint64> turnGaps;
    for (int i = 0; i < 6; ++i)
        turnGaps.append(draw(400, 1200));
    const qint64 beforeHold = draw(300, 700);
    const qint64 afterHold = draw(400, 900);
    const qint64 beforePause = draw(400, 900);
    const qint64 beforeCardNumber = draw(300, 700);
    const qint64 keyingIn = draw(1500, 3000);
    const qint64 afterResume = draw(300, 800);
    const qint64 hangUp = draw(300, 800);
    // Of the time left over, the share the agent spends looking things up with the customer on
    // the line; the rest is hold.
    const double lookupShare = 0.1 + 0.3 * random.uniform();

    qint64 withoutHold = answerGap + greeting->durationMs + problem->durationMs + identity->durationMs
                         + identityAnswer->durationMs + resolution->durationMs + thanks->durationMs
                         + goodbye->durationMs + hangUp;
    for (qint64 gap : turnGaps)
        withoutHold += gap;
    if (withPayment) {
        withoutHold += cardRequest->durationMs + beforePause + beforeCardNumber + cardNumber->durationMs
                       + keyingIn + afterResume;
    }
    const qint64 holdOverhead = hold->durationMs + beforeHold + afterHold;
    const qint64 extra = talkMs - withoutHold;
    const bool withHold = extra >= holdOverhead + MinimumHoldMs;
    qint64 lookupMs = std::max<qint64>(0, extra);
    qint64 holdMs = 0;
    if (withHold) {
        lookupMs = qint64(double(extra - holdOverhead) * lookupShare);
        holdMs = extra - holdOverhead - lookupMs;
    }

    CallScript script;
    script.language = language;
    qint64 at = 0;
    const auto quiet = [&](qint64 ms) {
        if (ms > 0)
            script.silence(at, ms);
        at += ms;
    };
    const auto say = [&](const VoiceClip *clip) {
        script.clip(at, clip->id);
        at += clip->durationMs;
    };
    quiet(answerGap);
    say(greeting);
    quiet(turnGaps.at(0));
    say(problem);
    quiet(turnGaps.at(1));
    say(identity);
    quiet(turnGaps.at(2));
    say(identityAnswer);
    // The agent looks the customer up, then (when there is time for it) puts them on hold.
    quiet(turnGaps.at(3) + lookupMs);
    if (withHold) {
        say(hold);
        quiet(beforeHold);
        script.holdStart(at);
        at += holdMs;
        script.holdEnd(at);
        quiet(afterHold);
    }
    say(resolution);
    quiet(turnGaps.at(4));
    if (withPayment) {
        say(cardRequest);
        quiet(beforePause);
        script.pauseRecording(at);
        quiet(beforeCardNumber);
        say(cardNumber);
        quiet(keyingIn);
        script.resumeRecording(at);
        quiet(afterResume);
    }
    say(thanks);
    quiet(turnGaps.at(5));
    say(goodbye);
    quiet(hangUp);
    script.durationMs = at;
    return script;
}

} // namespace ContactDesk

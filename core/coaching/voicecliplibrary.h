#pragma once

#include "store/storeresult.h"
#include "wavfile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class CallSpeaker
{
    Agent,
    Customer,
};

QString callSpeakerKey(CallSpeaker speaker); // "agent", "customer"
std::optional<CallSpeaker> callSpeakerFromKey(QStringView key);

// One line said on a call, with its audio.
struct VoiceClip
{
    QString id; // "en-agent-greeting"
    QString language;
    CallSpeaker speaker = CallSpeaker::Agent;
    // What the line does in a conversation: greeting, problem, identity, hold, resolution,
    // card-request, card-number, thanks, goodbye (what CallAudioAssembler::scriptFor() uses).
    QString purpose;
    QString text;
    QString file; // in the manifest's folder
    qint64 durationMs = 0;
    WavData audio; // mono
};

// The voice clips calls are assembled from: by default the shipped sample clips at :/recordings
// (resources/recordings, made by scripts/make-voice-clips.sh), whose clips.json lists every clip
// with its language, speaker, purpose, text, file and duration.
//
// All clips share one sample rate (the first clip's, or the manifest's) and are mono, so that a
// call is assembled by copying samples, never resampling; the rate must be a whole number of kHz,
// so that every millisecond of a call's timeline is a whole number of samples.
class VoiceClipLibrary final
{
public:
    static QString defaultManifestPath() { return QStringLiteral(":/recordings/clips.json"); }

    // Reads the manifest strictly (unknown or missing keys, a wrong type, a duplicate id or a
    // file outside the manifest's folder refuse it) and decodes every clip, whose audio must have
    // the manifest's rate, one channel and the duration the manifest gives (a stale manifest is
    // refused). Errors start with the manifest's or the clip file's path.
    static StoreResult<VoiceClipLibrary> load(const QString &manifestPath = defaultManifestPath());

    // A clip made elsewhere (tests, a future recorder): durationMs is taken from the audio.
    std::optional<DomainError> add(VoiceClip clip);

    const QList<VoiceClip> &clips() const { return m_clips; }
    const VoiceClip *find(const QString &id) const;
    // The first clip of `language` that `speaker` says for `purpose`, or nullptr.
    const VoiceClip *find(const QString &language, QStringView purpose, CallSpeaker speaker) const;
    QStringList languages() const;                  // in the order they first appear
    int sampleRate() const { return m_sampleRate; } // 0 while empty

private:
    QList<VoiceClip> m_clips;
    int m_sampleRate = 0;
};

} // namespace ContactDesk

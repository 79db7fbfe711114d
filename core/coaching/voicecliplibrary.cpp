#include "voicecliplibrary.h"

#include "callaudioerrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

DomainError manifestError(const QString &path, const QString &message)
{
    return DomainError{CallAudioErrorCode::InvalidManifest.toString(), path + u": "_s + message};
}

// The keys an object may and must have: a typo in the manifest is an error, not a silent default.
std::optional<QString> checkKeys(const QJsonObject &object, const QStringList &keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return u"unknown key '%1'"_s.arg(it.key());
    }
    for (const QString &key : keys) {
        if (!object.contains(key))
            return u"'%1' is missing"_s.arg(key);
    }
    return std::nullopt;
}

std::optional<QString> text(const QJsonObject &object, const QString &key, QString &value)
{
    const QJsonValue field = object.value(key);
    if (!field.isString() || field.toString().trimmed().isEmpty())
        return u"'%1' is not a non-empty string"_s.arg(key);
    value = field.toString();
    return std::nullopt;
}

std::optional<QString> integer(const QJsonObject &object, const QString &key, qint64 &value)
{
    const QJsonValue field = object.value(key);
    const double number = field.toDouble(-1);
    if (!field.isDouble() || number < 0 || number != double(qint64(number)))
        return u"'%1' is not a whole number of at least 0"_s.arg(key);
    value = qint64(number);
    return std::nullopt;
}

} // namespace

QString callSpeakerKey(CallSpeaker speaker)
{
    return speaker == CallSpeaker::Agent ? u"agent"_s : u"customer"_s;
}

std::optional<CallSpeaker> callSpeakerFromKey(QStringView key)
{
    if (key == u"agent")
        return CallSpeaker::Agent;
    if (key == u"customer")
        return CallSpeaker::Customer;
    return std::nullopt;
}

StoreResult<VoiceClipLibrary> VoiceClipLibrary::load(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return manifestError(manifestPath, u"cannot be opened: %1"_s.arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return manifestError(
            manifestPath,
            u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return manifestError(manifestPath, u"not a JSON object"_s);
    const QJsonObject root = document.object();
    if (auto problem = checkKeys(root, {u"sampleRate"_s, u"channels"_s, u"generator"_s, u"clips"_s}))
        return manifestError(manifestPath, *problem);
    qint64 sampleRate = 0;
    qint64 channels = 0;
    QString generator;
    if (auto problem = integer(root, u"sampleRate"_s, sampleRate))
        return manifestError(manifestPath, *problem);
    if (auto problem = integer(root, u"channels"_s, channels))
        return manifestError(manifestPath, *problem);
    if (auto problem = text(root, u"generator"_s, generator))
        return manifestError(manifestPath, *problem);
    if (sampleRate <= 0 || sampleRate % 1000 != 0 || sampleRate > 192'000)
        return manifestError(manifestPath,
                             u"a sample rate of %1 Hz is not a whole number of kHz"_s.arg(sampleRate));
    if (channels != 1)
        return manifestError(manifestPath, u"clips have %1 channels; voice clips are mono"_s.arg(channels));
    if (!root.value(u"clips"_s).isArray())
        return manifestError(manifestPath, u"'clips' is not an array"_s);

    const QDir folder = QFileInfo(manifestPath).dir();
    VoiceClipLibrary library;
    library.m_sampleRate = int(sampleRate);
    const QJsonArray clips = root.value(u"clips"_s).toArray();
    for (qsizetype index = 0; index < clips.size(); ++index) {
        const QString where = u"clips[%1]: "_s.arg(index);
        if (!clips.at(index).isObject())
            return manifestError(manifestPath, where + u"not an object"_s);
        const QJsonObject entry = clips.at(index).toObject();
        if (auto problem = checkKeys(entry, {u"id"_s, u"language"_s, u"speaker"_s, u"purpose"_s, u"text"_s,
                                             u"file"_s, u"durationMs"_s})) {
            return manifestError(manifestPath, where + *problem);
        }
        VoiceClip clip;
        QString speaker;
        for (auto [key, value] : {std::pair{u"id"_s, &clip.id}, std::pair{u"language"_s, &clip.language},
                                  std::pair{u"speaker"_s, &speaker}, std::pair{u"purpose"_s, &clip.purpose},
                                  std::pair{u"text"_s, &clip.text}, std::pair{u"file"_s, &clip.file}}) {
            if (auto problem = text(entry, key, *value))
                return manifestError(manifestPath, where + *problem);
        }
        if (auto problem = integer(entry, u"durationMs"_s, clip.durationMs))
            return manifestError(manifestPath, where + *problem);
        const auto parsedSpeaker = callSpeakerFromKey(speaker);
        if (!parsedSpeaker)
            return manifestError(manifestPath,
                                 where + u"speaker '%1' is neither agent nor customer"_s.arg(speaker));
        clip.speaker = *parsedSpeaker;
        // Only a plain file name beside the manifest: a manifest cannot point the app at any
        // other file on the disk.
        if (clip.file.contains(u'/') || clip.file.contains(u'\\') || clip.file.startsWith(u'.'))
            return manifestError(
                manifestPath, where + u"'%1' is not a file name in the manifest's folder"_s.arg(clip.file));

        const QString clipPath = folder.filePath(clip.file);
        auto audio = WavFile::read(clipPath);
        if (!audio)
            return audio.error();
        if (audio->channels != 1 || audio->sampleRate != sampleRate) {
            return DomainError{CallAudioErrorCode::ClipRateMismatch.toString(),
                               u"%1: %2 Hz with %3 channels; the manifest says %4 Hz mono"_s.arg(clipPath)
                                   .arg(audio->sampleRate)
                                   .arg(audio->channels)
                                   .arg(sampleRate)};
        }
        if (audio->frameCount() * 1000 != clip.durationMs * sampleRate) {
            return manifestError(manifestPath,
                                 where
                                     + u"'%1' lasts %2 ms, the manifest says %3 ms"_s.arg(clip.file)
                                           .arg(double(audio->frameCount()) * 1000 / sampleRate)
                                           .arg(clip.durationMs));
        }
        clip.audio = std::move(*audio);
        if (auto problem = library.add(std::move(clip)))
            return manifestError(manifestPath, where + problem->message);
    }
    return library;
}

std::optional<DomainError> VoiceClipLibrary::add(VoiceClip clip)
{
    if (clip.id.isEmpty() || clip.language.isEmpty() || clip.purpose.isEmpty()) {
        return DomainError{CallAudioErrorCode::InvalidClip.toString(),
                           u"A voice clip needs an id, a language and a purpose"_s};
    }
    if (find(clip.id)) {
        return DomainError{CallAudioErrorCode::DuplicateClip.toString(),
                           u"There is already a voice clip '%1'"_s.arg(clip.id)};
    }
    const int rate = clip.audio.sampleRate;
    if (clip.audio.channels != 1 || rate <= 0 || rate % 1000 != 0) {
        return DomainError{
            CallAudioErrorCode::ClipRateMismatch.toString(),
            u"Voice clip '%1' is %2 Hz with %3 channels; clips are mono at a whole number of kHz"_s
                .arg(clip.id)
                .arg(rate)
                .arg(clip.audio.channels)};
    }
    if (m_sampleRate != 0 && rate != m_sampleRate) {
        return DomainError{
            CallAudioErrorCode::ClipRateMismatch.toString(),
            u"Voice clip '%1' is %2 Hz; the other clips are %3 Hz"_s.arg(clip.id).arg(rate).arg(
                m_sampleRate)};
    }
    m_sampleRate = rate;
    clip.durationMs = clip.audio.durationMs();
    m_clips.append(std::move(clip));
    return std::nullopt;
}

const VoiceClip *VoiceClipLibrary::find(const QString &id) const
{
    for (const VoiceClip &clip : m_clips) {
        if (clip.id == id)
            return &clip;
    }
    return nullptr;
}

const VoiceClip *VoiceClipLibrary::find(const QString &language, QStringView purpose,
                                        CallSpeaker speaker) const
{
    for (const VoiceClip &clip : m_clips) {
        if (clip.language == language && clip.purpose == purpose && clip.speaker == speaker)
            return &clip;
    }
    return nullptr;
}

QStringList VoiceClipLibrary::languages() const
{
    QStringList result;
    for (const VoiceClip &clip : m_clips) {
        if (!result.contains(clip.language))
            result.append(clip.language);
    }
    return result;
}

} // namespace ContactDesk

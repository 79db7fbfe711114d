// A call's recording: the shipped voice clips load and decode, calls are assembled from a script
// with every sample where it belongs, a paused stretch (card details) is absent from the stored
// audio and marked at the cut, hold is kept and marked, broken scripts are refused, and generated
// calls last as long as asked and keep the card number out of the recording.
#include "coaching/callaudioassembler.h"
#include "coaching/callaudioerrors.h"
#include "coaching/voicecliplibrary.h"
#include "coaching/waveform.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int Rate = 8000;
constexpr int PerMs = Rate / 1000;

// Content no other source in these calls produces: every sample of the "secret" clip is an odd
// value between 25001 and 26999, far above the test clips (below 3000) and the hold tone (about
// 2100), so a single one of them surviving in the output would show.
QList<qint16> secretPattern(qint64 ms)
{
    QList<qint16> samples;
    quint32 state = 12345;
    for (qint64 n = 0; n < ms * PerMs; ++n) {
        state = state * 1103515245u + 12345u;
        samples.append(qint16(25001 + 2 * ((state >> 16) % 1000)));
    }
    return samples;
}

// A ramp that says where in the clip a sample came from: sample n is (n % 2000) + 1.
QList<qint16> rampPattern(qint64 ms)
{
    QList<qint16> samples;
    for (qint64 n = 0; n < ms * PerMs; ++n)
        samples.append(qint16(n % 2000 + 1));
    return samples;
}

VoiceClip clip(const QString &id, CallSpeaker speaker, QList<qint16> samples)
{
    VoiceClip made;
    made.id = id;
    made.language = u"test"_s;
    made.speaker = speaker;
    made.purpose = id;
    made.text = id;
    made.audio.sampleRate = Rate;
    made.audio.channels = 1;
    made.audio.samples = std::move(samples);
    return made;
}

VoiceClipLibrary testClips()
{
    VoiceClipLibrary library;
    for (VoiceClip made : {clip(u"before"_s, CallSpeaker::Agent, rampPattern(1000)),
                           clip(u"secret"_s, CallSpeaker::Customer, secretPattern(700)),
                           clip(u"after"_s, CallSpeaker::Agent, QList<qint16>(500 * PerMs, -777)),
                           clip(u"long"_s, CallSpeaker::Customer, rampPattern(2000))}) {
        if (const auto refused = library.add(std::move(made)))
            qFatal("test clip refused: %s", qPrintable(refused->message));
    }
    return library;
}

bool contains(const QList<qint16> &haystack, const QList<qint16> &needle)
{
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

QList<qint16> slice(const QList<qint16> &samples, qint64 fromMs, qint64 toMs)
{
    return samples.mid(fromMs * PerMs, (toMs - fromMs) * PerMs);
}

bool allZero(const QList<qint16> &samples)
{
    return std::all_of(samples.begin(), samples.end(), [](qint16 sample) { return sample == 0; });
}

// 256 samples around the loudest one of a clip, where it certainly speaks (its middle may fall on
// a pause between words, silence found anywhere): a fingerprint to look for.
QList<qint16> fingerprint(const VoiceClip &voice)
{
    const QList<qint16> &samples = voice.audio.samples;
    const auto loudest = std::max_element(samples.begin(), samples.end(),
                                          [](qint16 a, qint16 b) { return std::abs(a) < std::abs(b); });
    const qsizetype at = std::clamp<qsizetype>(loudest - samples.begin() - 128, 0, samples.size() - 256);
    return samples.mid(at, 256);
}

} // namespace

Q_DECLARE_METATYPE(ContactDesk::CallScript)

class TestCallAudio : public QObject
{
    Q_OBJECT

private slots:
    void shippedClipsLoadAndDecode();
    void manifestIsStrict_data();
    void manifestIsStrict();
    void libraryKeepsOneRate();
    void clipsLandAtTheirTimes();
    void pausedStretchIsAbsentAndMarked();
    void pauseCutsAClipInTwo();
    void pauseUntilHangUp();
    void holdIsKeptAndMarked();
    void holdCanBeSilent();
    void overlappingSpeechIsMixed();
    void refusesBrokenScripts_data();
    void refusesBrokenScripts();
    void generatedCallLastsAsAsked_data();
    void generatedCallLastsAsAsked();
    void generatedPaymentKeepsTheCardNumberOut_data();
    void generatedPaymentKeepsTheCardNumberOut();
    void generatedCallsDependOnTheSeed();
    void shortCallHasNoHold();
    void unknownLanguageIsRefused();
};

void TestCallAudio::shippedClipsLoadAndDecode()
{
    const auto library = VoiceClipLibrary::load();
    QVERIFY2(library.ok(), qPrintable(library.error().message));
    QCOMPARE(library->sampleRate(), Rate);
    QCOMPARE(library->languages(), (QStringList{u"en"_s, u"ko"_s}));
    QVERIFY(library->clips().size() >= 12 && library->clips().size() <= 20);

    // Every file the manifest names decodes on its own too, and holds speech, not silence.
    QFile manifestFile(VoiceClipLibrary::defaultManifestPath());
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(manifestFile.readAll()).object().value(u"clips"_s).toArray();
    QCOMPARE(entries.size(), library->clips().size());
    for (const QJsonValue &entry : entries) {
        const QString id = entry.toObject().value(u"id"_s).toString();
        const VoiceClip *voice = library->find(id);
        QVERIFY2(voice, qPrintable(id));
        const auto audio = WavFile::read(u":/recordings/"_s + entry.toObject().value(u"file"_s).toString());
        QVERIFY2(audio.ok(), qPrintable(audio.error().message));
        QCOMPARE(audio->channels, 1);
        QCOMPARE(audio->sampleRate, Rate);
        QCOMPARE(audio->durationMs(), qint64(entry.toObject().value(u"durationMs"_s).toInteger()));
        QCOMPARE(voice->durationMs, audio->durationMs());
        QVERIFY2(voice->durationMs > 1000 && voice->durationMs < 10000, qPrintable(id));
        const auto peak = Waveform::peaks(*audio, 1).at(0);
        QVERIFY2(peak.max > 0.5f && peak.min < -0.3f, qPrintable(id));
        QVERIFY(!voice->text.isEmpty());
    }

    // Both languages have every line of a conversation, by the right speaker.
    for (const QString &language : {u"en"_s, u"ko"_s}) {
        for (auto [purpose, speaker] :
             {std::pair{u"greeting", CallSpeaker::Agent}, std::pair{u"problem", CallSpeaker::Customer},
              std::pair{u"identity", CallSpeaker::Agent}, std::pair{u"identity", CallSpeaker::Customer},
              std::pair{u"hold", CallSpeaker::Agent}, std::pair{u"resolution", CallSpeaker::Agent},
              std::pair{u"card-request", CallSpeaker::Agent},
              std::pair{u"card-number", CallSpeaker::Customer}, std::pair{u"thanks", CallSpeaker::Customer},
              std::pair{u"goodbye", CallSpeaker::Agent}}) {
            QVERIFY2(library->find(language, purpose, speaker),
                     qPrintable(language + u" "_s + QString::fromUtf16(purpose)));
        }
    }
    QVERIFY(library->find(u"ko"_s, u"card-request", CallSpeaker::Agent)->text.contains(u"카드 번호"_s));
}

void TestCallAudio::manifestIsStrict_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("saying");
    const auto entry = [](const QString &extra = {}, const QString &file = u"a.wav"_s, int duration = 250) {
        return u"{\"id\":\"a\",\"language\":\"en\",\"speaker\":\"agent\",\"purpose\":\"greeting\",\"text\":"
               u"\"Hi\","
               "\"file\":\"%1\",\"durationMs\":%2%3}"_s.arg(file)
                   .arg(duration)
                   .arg(extra);
    };
    const auto manifest = [](const QString &clips, int rate = 8000) {
        return u"{\"sampleRate\":%1,\"channels\":1,\"generator\":\"test\",\"clips\":[%2]}"_s.arg(rate)
            .arg(clips)
            .toUtf8();
    };
    const QString invalid = CallAudioErrorCode::InvalidManifest.toString();
    QTest::newRow("valid") << manifest(entry()) << QString() << QString();
    QTest::newRow("not JSON") << "{\"sampleRate\":"_ba << invalid << u"not JSON"_s;
    QTest::newRow("unknown key") << manifest(entry(u",\"volume\":3"_s)) << invalid
                                 << u"clips[0]: unknown key 'volume'"_s;
    QTest::newRow("missing key") << manifest(u"{\"id\":\"a\"}"_s) << invalid
                                 << u"clips[0]: 'language' is missing"_s;
    QTest::newRow("bad speaker") << manifest(entry().replace(u"agent"_s, u"robot"_s)) << invalid
                                 << u"speaker 'robot'"_s;
    QTest::newRow("file outside") << manifest(entry({}, u"../a.wav"_s)) << invalid << u"not a file name"_s;
    QTest::newRow("stale duration") << manifest(entry({}, u"a.wav"_s, 300)) << invalid
                                    << u"'a.wav' lasts 250 ms, the manifest says 300 ms"_s;
    QTest::newRow("rate not kHz") << manifest(entry(), 22050) << invalid << u"22050 Hz"_s;
    QTest::newRow("rate of the clip")
        << manifest(entry(), 16000) << CallAudioErrorCode::ClipRateMismatch.toString() << u"8000 Hz"_s;
    QTest::newRow("duplicate id") << manifest(entry() + u","_s + entry()) << invalid
                                  << u"already a voice clip 'a'"_s;
    QTest::newRow("missing file") << manifest(entry({}, u"b.wav"_s))
                                  << CallAudioErrorCode::WavFileError.toString()
                                  << u"b.wav: cannot be opened"_s;
    QTest::newRow("broken file") << manifest(entry({}, u"broken.wav"_s))
                                 << CallAudioErrorCode::WavTruncated.toString() << u"broken.wav: The file"_s;
}

void TestCallAudio::manifestIsStrict()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, code);
    QFETCH(QString, saying);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    WavData audio;
    audio.samples.fill(100, 250 * PerMs);
    QVERIFY(!WavFile::write(folder.filePath(u"a.wav"_s), audio));
    QFile broken(folder.filePath(u"broken.wav"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(WavFile::encode(audio)->left(100));
    broken.close();
    QFile file(folder.filePath(u"clips.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(manifest);
    file.close();

    const auto library = VoiceClipLibrary::load(file.fileName());
    if (code.isEmpty()) {
        QVERIFY2(library.ok(), qPrintable(library.error().message));
        QCOMPARE(library->clips().size(), 1);
        QCOMPARE(library->clips().at(0).audio, audio);
        return;
    }
    QVERIFY(!library.ok());
    QCOMPARE(library.error().code, code);
    QVERIFY2(library.error().message.contains(saying), qPrintable(library.error().message));
}

void TestCallAudio::libraryKeepsOneRate()
{
    VoiceClipLibrary library = testClips();
    VoiceClip wideband = clip(u"wide"_s, CallSpeaker::Agent, QList<qint16>(1600, 1));
    wideband.audio.sampleRate = 16000;
    const auto refused = library.add(wideband);
    QVERIFY(refused);
    QCOMPARE(refused->code, CallAudioErrorCode::ClipRateMismatch.toString());

    VoiceClip stereo = clip(u"stereo"_s, CallSpeaker::Agent, QList<qint16>(1600, 1));
    stereo.audio.channels = 2;
    QVERIFY(library.add(stereo));
    QCOMPARE(library.add(clip(u"before"_s, CallSpeaker::Agent, {1}))->code,
             CallAudioErrorCode::DuplicateClip.toString());
    QCOMPARE(library.clips().size(), 4);
}

void TestCallAudio::clipsLandAtTheirTimes()
{
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library);
    CallScript script;
    script.clip(250, u"before"_s).silence(1250, 500).clip(1750, u"after"_s);
    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QCOMPARE(call->callDurationMs, 2250);
    QCOMPARE(call->durationMs, 2250);
    QCOMPARE(call->audio.samples.size(), 2250 * PerMs);
    QVERIFY(allZero(slice(call->audio.samples, 0, 250)));
    QCOMPARE(slice(call->audio.samples, 250, 1250), library.find(u"before"_s)->audio.samples);
    QVERIFY(allZero(slice(call->audio.samples, 1250, 1750)));
    QCOMPARE(slice(call->audio.samples, 1750, 2250), library.find(u"after"_s)->audio.samples);
    QVERIFY(call->pauses.isEmpty());
    QVERIFY(call->markers.isEmpty());

    // The WAV bytes are the audio.
    const auto decoded = WavFile::decode(call->wav);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, call->audio);

    // A hang-up later than the last sound adds silence at the end.
    script.durationMs = 3000;
    const auto longer = assembler.assemble(script);
    QVERIFY(longer.ok());
    QCOMPARE(longer->durationMs, 3000);
    QVERIFY(allZero(slice(longer->audio.samples, 2250, 3000)));
}

void TestCallAudio::pausedStretchIsAbsentAndMarked()
{
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library);
    const QList<qint16> &secret = library.find(u"secret"_s)->audio.samples;

    // The customer reads the card number (the secret clip) only while recording is paused.
    CallScript script;
    script.durationMs = 4000;
    script.clip(0, u"before"_s)
        .pauseRecording(1500)
        .clip(1600, u"secret"_s)
        .resumeRecording(2500)
        .clip(3000, u"after"_s);

    // Without the pause the secret is in the recording: the check below can tell.
    CallScript unpaused = script;
    unpaused.events.removeIf([](const CallEvent &event) {
        return event.kind == CallEventKind::RecordingPaused || event.kind == CallEventKind::RecordingResumed;
    });
    const auto open = assembler.assemble(unpaused);
    QVERIFY(open.ok());
    QVERIFY(contains(open->audio.samples, secret.mid(0, 64)));

    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    const QList<qint16> &stored = call->audio.samples;
    // Not a window of it, not a single sample of it.
    QVERIFY(!contains(stored, secret.mid(0, 64)));
    QVERIFY(!contains(stored, secret.mid(secret.size() - 16, 16)));
    QVERIFY(std::none_of(stored.begin(), stored.end(), [](qint16 sample) { return sample > 20000; }));
    const auto decoded = WavFile::decode(call->wav);
    QVERIFY(decoded.ok());
    QVERIFY(
        std::none_of(decoded->samples.begin(), decoded->samples.end(), [](qint16 s) { return s > 20000; }));

    // Shorter by exactly the paused second, in the figures, the samples and the file.
    QCOMPARE(call->callDurationMs, 4000);
    QCOMPARE(call->durationMs, 3000);
    QCOMPARE(stored.size(), 3000 * PerMs);
    QCOMPARE(call->wav.size(), 44 + 3000 * PerMs * 2);
    QCOMPARE(decoded->durationMs(), 3000);

    // What was recorded is all there, where it was, with the second after 1500 ms cut out.
    QCOMPARE(slice(stored, 0, 1000), library.find(u"before"_s)->audio.samples);
    QVERIFY(allZero(slice(stored, 1000, 2000)));
    QCOMPARE(slice(stored, 2000, 2500), library.find(u"after"_s)->audio.samples);

    QCOMPARE(call->pauses, (QList<RecordingPause>{{1500, 2500}}));
    QCOMPARE(call->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Pause, 1500, 1000}}));
}

void TestCallAudio::pauseCutsAClipInTwo()
{
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library);
    const QList<qint16> &ramp = library.find(u"long"_s)->audio.samples;

    // Two pauses in one two-second clip that starts at 100 ms: 600–1100 and 1500–1800.
    CallScript script;
    script.clip(100, u"long"_s)
        .pauseRecording(600)
        .resumeRecording(1100)
        .pauseRecording(1500)
        .resumeRecording(1800);
    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QCOMPARE(call->callDurationMs, 2100);
    QCOMPARE(call->durationMs, 2100 - 500 - 300);
    const QList<qint16> expected = QList<qint16>(100 * PerMs, 0) + ramp.mid(0, 500 * PerMs)
                                   + ramp.mid(1000 * PerMs, 400 * PerMs) + ramp.mid(1700 * PerMs);
    QCOMPARE(call->audio.samples, expected);
    QCOMPARE(call->pauses, (QList<RecordingPause>{{600, 1100}, {1500, 1800}}));
    // The second cut is at 1500 ms of the call, 1000 ms into the stored audio.
    QCOMPARE(call->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Pause, 600, 500},
                                                    {RecordingMarkerKind::Pause, 1000, 300}}));
}

void TestCallAudio::pauseUntilHangUp()
{
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library);
    CallScript script;
    script.durationMs = 3000;
    script.clip(0, u"before"_s).pauseRecording(1200).clip(1300, u"secret"_s);
    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QCOMPARE(call->durationMs, 1200);
    QCOMPARE(call->pauses, (QList<RecordingPause>{{1200, 3000}}));
    QCOMPARE(call->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Pause, 1200, 1800}}));
    QVERIFY(std::none_of(call->audio.samples.begin(), call->audio.samples.end(),
                         [](qint16 sample) { return sample > 20000; }));
}

void TestCallAudio::holdIsKeptAndMarked()
{
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library);
    // Hold 1000–3000 with a pause 2000–2500 inside it, a transfer at 3500 and a second hold to
    // the hang-up.
    CallScript script;
    script.durationMs = 5000;
    script.clip(0, u"after"_s)
        .holdStart(1000)
        .pauseRecording(2000)
        .resumeRecording(2500)
        .holdEnd(3000)
        .transfer(3500)
        .holdStart(4200);
    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QCOMPARE(call->callDurationMs, 5000);
    QCOMPARE(call->durationMs, 4500); // hold is kept; only the pause is cut
    QCOMPARE(call->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Hold, 1000, 1500},
                                                    {RecordingMarkerKind::Pause, 2000, 500},
                                                    {RecordingMarkerKind::Transfer, 3000, 0},
                                                    {RecordingMarkerKind::Hold, 3700, 800}}));

    // The hold tone is heard during hold, softly, and nowhere else.
    const QList<qint16> &stored = call->audio.samples;
    const auto held = Waveform::peaks(WavData{Rate, 1, slice(stored, 1000, 2500)}, 15);
    for (const WaveformPeak &peak : held) {
        QVERIFY2(peak.max > 0.03f && peak.max < 0.07f, qPrintable(QString::number(peak.max)));
        QVERIFY(peak.min < -0.03f && peak.min > -0.07f);
    }
    QVERIFY(allZero(slice(stored, 500, 1000)));
    QVERIFY(allZero(slice(stored, 2500, 3700)));
    QVERIFY(!allZero(slice(stored, 3700, 4500)));
}

void TestCallAudio::holdCanBeSilent()
{
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library, CallAudioOptions{HoldAudio::Silence});
    CallScript script;
    script.clip(0, u"after"_s).holdStart(500).holdEnd(2500).clip(2500, u"after"_s);
    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QCOMPARE(call->durationMs, 3000);
    QVERIFY(allZero(slice(call->audio.samples, 500, 2500)));
    QCOMPARE(call->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Hold, 500, 2000}}));
}

void TestCallAudio::overlappingSpeechIsMixed()
{
    VoiceClipLibrary library;
    QVERIFY(!library.add(clip(u"loud"_s, CallSpeaker::Agent, QList<qint16>(800, 32000))));
    QVERIFY(!library.add(clip(u"quiet"_s, CallSpeaker::Customer, QList<qint16>(800, 1000))));
    const CallAudioAssembler assembler(library);
    CallScript script;
    script.clip(0, u"quiet"_s).clip(50, u"quiet"_s).clip(100, u"loud"_s);
    const auto call = assembler.assemble(script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    const QList<qint16> &stored = call->audio.samples;
    QCOMPARE(stored.at(10 * PerMs), 1000);
    QCOMPARE(stored.at(60 * PerMs), 2000);
    QCOMPARE(stored.at(120 * PerMs), 32767); // 33000: clipped, not wrapped round to negative
    QCOMPARE(stored.at(160 * PerMs), 32000);
}

void TestCallAudio::refusesBrokenScripts_data()
{
    QTest::addColumn<CallScript>("script");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("saying");
    const QString invalid = CallAudioErrorCode::InvalidScript.toString();
    const auto row = [](const char *name) { return &QTest::newRow(name); };
    *row("unknown clip") << CallScript().clip(0, u"nobody"_s) << CallAudioErrorCode::UnknownClip.toString()
                         << u"'nobody' at 0 ms"_s;
    *row("negative time") << CallScript().clip(-5, u"after"_s) << invalid
                          << u"before the call was answered"_s;
    *row("resume without pause") << CallScript().resumeRecording(100) << invalid
                                 << u"recording is not paused"_s;
    *row("pause twice") << CallScript().pauseRecording(100).pauseRecording(200).resumeRecording(300)
                        << invalid << u"already paused"_s;
    *row("empty pause") << CallScript().clip(0, u"after"_s).pauseRecording(100).resumeRecording(100)
                        << invalid << u"lasted no time"_s;
    *row("pause at the hang-up") << CallScript{{}, 500, {}}.clip(0, u"after"_s).pauseRecording(500) << invalid
                                 << u"paused at the hang-up"_s;
    *row("hold end without hold") << CallScript().holdEnd(100) << invalid << u"not on hold"_s;
    *row("hold twice") << CallScript().holdStart(100).holdStart(200) << invalid << u"already on hold"_s;
    *row("empty silence") << CallScript().silence(100, 0) << invalid << u"lasts 0 ms"_s;
    *row("speech in a silence") << CallScript().silence(0, 1000).clip(600, u"after"_s) << invalid
                                << u"'after' at 600 ms is heard during the silence from 0 to 1000 ms"_s;
    *row("past the hang-up") << CallScript{{}, 1000, {}}.clip(800, u"after"_s) << invalid
                             << u"runs until 1300 ms, past the hang-up at 1000 ms"_s;
    *row("too long") << CallScript().transfer(CallAudioAssembler::MaximumCallMs + 1) << invalid
                     << u"4 hours"_s;
    *row("negative length") << CallScript{{}, -1, {}} << invalid << u"-1 ms"_s;
}

void TestCallAudio::refusesBrokenScripts()
{
    QFETCH(CallScript, script);
    QFETCH(QString, code);
    QFETCH(QString, saying);
    const VoiceClipLibrary library = testClips();
    const CallAudioAssembler assembler(library);
    const auto call = assembler.assemble(script);
    QVERIFY(!call.ok());
    QCOMPARE(call.error().code, code);
    QVERIFY2(call.error().message.contains(saying), qPrintable(call.error().message));
}

void TestCallAudio::generatedCallLastsAsAsked_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("payment");
    QTest::addColumn<qint64>("talkMs");
    QTest::newRow("en, 2 min") << u"en"_s << false << qint64(120'000);
    QTest::newRow("ko, 2 min") << u"ko"_s << false << qint64(120'000);
    QTest::newRow("en, payment, 4 min") << u"en"_s << true << qint64(240'000);
    QTest::newRow("ko, payment, 75 s") << u"ko"_s << true << qint64(75'000);
}

void TestCallAudio::generatedCallLastsAsAsked()
{
    QFETCH(QString, language);
    QFETCH(bool, payment);
    QFETCH(qint64, talkMs);
    const auto library = VoiceClipLibrary::load();
    QVERIFY2(library.ok(), qPrintable(library.error().message));
    const CallAudioAssembler assembler(*library);
    const auto script = assembler.scriptFor(language, 7, talkMs, payment);
    QVERIFY2(script.ok(), qPrintable(script.error().message));
    QCOMPARE(script->language, language);
    QCOMPARE(script->durationMs, talkMs);

    // A conversation in that language: greeting first, goodbye last, turns taking turns.
    QStringList said;
    for (const CallEvent &event : script->events) {
        if (event.kind == CallEventKind::Clip) {
            QVERIFY(event.clipId.startsWith(language + u"-"_s));
            said << library->find(event.clipId)->purpose;
        }
    }
    QCOMPARE(said.first(), u"greeting"_s);
    QCOMPARE(said.last(), u"goodbye"_s);
    QCOMPARE(said.contains(u"card-number"_s), payment);

    const auto call = assembler.assemble(*script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QCOMPARE(call->callDurationMs, talkMs);
    qint64 paused = 0;
    for (const RecordingPause &pause : call->pauses)
        paused += pause.endMs - pause.startMs;
    QCOMPARE(call->pauses.size(), payment ? 1 : 0);
    QCOMPARE(call->durationMs, talkMs - paused);
    QCOMPARE(call->audio.durationMs(), talkMs - paused);
    const auto holds =
        std::count_if(call->markers.begin(), call->markers.end(),
                      [](const RecordingMarker &marker) { return marker.kind == RecordingMarkerKind::Hold; });
    QCOMPARE(holds, 1);
}

void TestCallAudio::generatedPaymentKeepsTheCardNumberOut_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestCallAudio::generatedPaymentKeepsTheCardNumberOut()
{
    QFETCH(QString, language);
    const auto library = VoiceClipLibrary::load();
    QVERIFY(library.ok());
    const CallAudioAssembler assembler(*library);
    const auto script = assembler.scriptFor(language, 42, 150'000, true);
    QVERIFY2(script.ok(), qPrintable(script.error().message));
    const VoiceClip *cardNumber = library->find(language, u"card-number", CallSpeaker::Customer);
    const VoiceClip *cardRequest = library->find(language, u"card-request", CallSpeaker::Agent);
    QVERIFY(cardNumber && cardRequest);

    // The card number is said on the call, inside the pause; the request before it is recorded.
    qint64 pauseAt = -1;
    qint64 resumeAt = -1;
    qint64 cardAt = -1;
    for (const CallEvent &event : script->events) {
        if (event.kind == CallEventKind::RecordingPaused)
            pauseAt = event.atMs;
        if (event.kind == CallEventKind::RecordingResumed)
            resumeAt = event.atMs;
        if (event.kind == CallEventKind::Clip && event.clipId == cardNumber->id)
            cardAt = event.atMs;
    }
    QVERIFY(pauseAt >= 0 && pauseAt < cardAt && cardAt + cardNumber->durationMs <= resumeAt);

    CallScript unpaused = *script;
    unpaused.events.removeIf([](const CallEvent &event) {
        return event.kind == CallEventKind::RecordingPaused || event.kind == CallEventKind::RecordingResumed;
    });
    const auto open = assembler.assemble(unpaused);
    QVERIFY(open.ok());
    QVERIFY(contains(open->audio.samples, fingerprint(*cardNumber)));

    const auto call = assembler.assemble(*script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QVERIFY(!contains(call->audio.samples, fingerprint(*cardNumber)));
    QVERIFY(contains(call->audio.samples, fingerprint(*cardRequest)));
    QCOMPARE(call->pauses, (QList<RecordingPause>{{pauseAt, resumeAt}}));
    QCOMPARE(call->durationMs, 150'000 - (resumeAt - pauseAt));
    // The pause marker sits at the cut: the call time of the pause less nothing (no earlier pause).
    const auto marker =
        std::find_if(call->markers.begin(), call->markers.end(),
                     [](const RecordingMarker &m) { return m.kind == RecordingMarkerKind::Pause; });
    QVERIFY(marker != call->markers.end());
    QCOMPARE(marker->atMs, pauseAt);
    QCOMPARE(marker->durationMs, resumeAt - pauseAt);
    // And the recording goes on right at the cut with what followed the resume: silence, then
    // the customer's thanks.
    const VoiceClip *thanks = library->find(language, u"thanks", CallSpeaker::Customer);
    const auto thanksEvent =
        std::find_if(script->events.begin(), script->events.end(), [&](const CallEvent &event) {
            return event.kind == CallEventKind::Clip && event.clipId == thanks->id;
        });
    QVERIFY(thanksEvent != script->events.end());
    const qint64 thanksStored = thanksEvent->atMs - (resumeAt - pauseAt);
    QCOMPARE(slice(call->audio.samples, thanksStored, thanksStored + thanks->durationMs),
             thanks->audio.samples);
}

void TestCallAudio::generatedCallsDependOnTheSeed()
{
    const auto library = VoiceClipLibrary::load();
    QVERIFY(library.ok());
    const CallAudioAssembler assembler(*library);
    const auto first = assembler.scriptFor(u"en"_s, 1, 100'000, true);
    const auto again = assembler.scriptFor(u"en"_s, 1, 100'000, true);
    const auto other = assembler.scriptFor(u"en"_s, 2, 100'000, true);
    QVERIFY(first.ok() && again.ok() && other.ok());
    QCOMPARE(*again, *first);
    QVERIFY(*other != *first);
    QCOMPARE(other->durationMs, first->durationMs);
    const auto firstAudio = assembler.assemble(*first);
    const auto againAudio = assembler.assemble(*again);
    QVERIFY(firstAudio.ok() && againAudio.ok());
    QCOMPARE(againAudio->wav, firstAudio->wav);
}

void TestCallAudio::shortCallHasNoHold()
{
    const auto library = VoiceClipLibrary::load();
    QVERIFY(library.ok());
    const CallAudioAssembler assembler(*library);
    // Shorter than its lines: the call takes as long as they do, without putting anyone on hold.
    const auto script = assembler.scriptFor(u"ko"_s, 3, 10'000, false);
    QVERIFY2(script.ok(), qPrintable(script.error().message));
    QVERIFY(script->durationMs > 10'000);
    for (const CallEvent &event : script->events) {
        QVERIFY(event.kind != CallEventKind::HoldStart);
        if (event.kind == CallEventKind::Clip)
            QVERIFY(library->find(event.clipId)->purpose != u"hold");
    }
    const auto call = assembler.assemble(*script);
    QVERIFY2(call.ok(), qPrintable(call.error().message));
    QVERIFY(call->markers.isEmpty());
    QCOMPARE(call->durationMs, script->durationMs);
}

void TestCallAudio::unknownLanguageIsRefused()
{
    const auto library = VoiceClipLibrary::load();
    QVERIFY(library.ok());
    const CallAudioAssembler assembler(*library);
    const auto script = assembler.scriptFor(u"fr"_s, 1, 60'000, false);
    QVERIFY(!script.ok());
    QCOMPARE(script.error().code, CallAudioErrorCode::UnknownLanguage.toString());
    QVERIFY(script.error().message.contains(u"'fr'"_s));

    // A language with clips but without every line of a conversation is refused too.
    const VoiceClipLibrary partial = testClips();
    const CallAudioAssembler partialAssembler(partial);
    const auto missing = partialAssembler.scriptFor(u"test"_s, 1, 60'000, false);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, CallAudioErrorCode::UnknownLanguage.toString());
    QVERIFY2(missing.error().message.contains(u"no greeting line of the agent"_s),
             qPrintable(missing.error().message));
}

QTEST_APPLESS_MAIN(TestCallAudio)
#include "tst_callaudio.moc"

#include "centre/contactcentre.h"
#include "centretestsupport.h"
#include "coaching/callaudioassembler.h"
#include "coaching/contactrecorder.h"
#include "coaching/recordingarchive.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingrepository.h"
#include "coaching/recordingvault.h"
#include "coaching/transcript.h"
#include "coaching/voicecliplibrary.h"
#include "coaching/wavfile.h"
#include "routing/virtualclock.h"
#include "store/customerrepository.h"
#include "store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int Rate = 8000;
constexpr qint64 SamplesPerMs = Rate / 1000;

// The live centre on the test store with the recorder writing into a vault of its own.
struct Fixture
{
    Store store;
    std::unique_ptr<Database> database;
    VirtualClock clock{StartMs};
    std::unique_ptr<ContactCentre> centre;
    QTemporaryDir folder;
    std::unique_ptr<RecordingVault> vault;
    std::unique_ptr<RecordingArchive> archive;
    std::unique_ptr<ContactRecorder> recorder;

    bool setUp(const std::function<void(Database &)> &beforeStart = {})
    {
        if (auto error = store.create()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        database = store.open();
        if (!database || !folder.isValid())
            return false;
        if (beforeStart)
            beforeStart(*database);
        centre = std::make_unique<ContactCentre>(*database, clock);
        if (auto error = centre->start()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        auto keyring = RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k'));
        auto clips = VoiceClipLibrary::load();
        if (!keyring || !clips) {
            qWarning("no key or no voice clips: %s%s", qPrintable(keyring.error().message),
                     qPrintable(clips.error().message));
            return false;
        }
        vault = std::make_unique<RecordingVault>(folder.filePath(u"vault"_s), keyring.value());
        archive = std::make_unique<RecordingArchive>(*database, *vault);
        recorder = std::make_unique<ContactRecorder>(*centre, *archive, std::move(clips).value());
        return true;
    }

    // The agent goes Ready and accepts what the customer starts: the contact in progress.
    qint64 connect(qint64 agentId, Channel channel, const QString &from, const QString &firstLine = {})
    {
        if (centre->agentStatus(agentId).state != AgentState::Ready
            && centre->setAgentState(agentId, AgentState::Ready))
            return 0;
        InboundContact contact;
        contact.channel = channel;
        contact.queueId = u"sales"_s;
        contact.from = from;
        if (!firstLine.isEmpty()) {
            Message message;
            message.sender = SenderRole::Customer;
            message.body = firstLine;
            contact.openingMessages.append(message);
        }
        const ArrivalResult arrival = centre->contactArrived(contact);
        if (arrival.error || arrival.agentId != agentId
            || centre->acceptOffer(agentId, arrival.interactionId))
            return 0;
        return arrival.interactionId;
    }

    bool finish(qint64 agentId, qint64 interactionId, const QString &disposition)
    {
        WrapUp wrapUp;
        wrapUp.interactionId = interactionId;
        wrapUp.dispositionCode = disposition;
        const auto error = centre->finishWrapUp(agentId, wrapUp);
        if (error)
            qWarning("wrap-up refused: %s", qPrintable(error->message));
        return !error;
    }

    Recording recordingOf(qint64 interactionId) const
    {
        auto found = RecordingRepository(*database).findByInteraction(interactionId);
        if (!found)
            qWarning("no recording of %lld: %s", interactionId, qPrintable(found.error().message));
        return found ? found.value() : Recording();
    }
};

// Where `needle` starts in `haystack`, or -1.
qsizetype indexOfSamples(const QList<qint16> &haystack, const QList<qint16> &needle)
{
    const auto found = std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend());
    return found == haystack.cend() ? -1 : qsizetype(found - haystack.cbegin());
}

// 100 ms from the middle of a clip: speech, so it cannot match silence by chance.
QList<qint16> middleOf(const VoiceClip &clip)
{
    const qsizetype length = 100 * SamplesPerMs;
    return clip.audio.samples.mid(clip.audio.samples.size() / 2 - length / 2, length);
}

ContactSummary lastSummary(const QSignalSpy &spy, qint64 interactionId)
{
    for (qsizetype i = spy.size() - 1; i >= 0; --i) {
        const auto summary = spy.at(i).at(0).value<ContactSummary>();
        if (summary.interactionId == interactionId)
            return summary;
    }
    return ContactSummary();
}

} // namespace

class TestContactRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closedCallIsRecordedOnItsRealTimeline();
    void transferIsMarkedAndTheLastAgentHasTheRecording();
    void chatIsRecordedAsItsTranscript();
    void customerWithoutConsentIsNotRecorded();
};

void TestContactRecorder::closedCallIsRecordedOnItsRealTimeline()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy recorded(f.recorder.get(), &ContactRecorder::recorded);
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    QCOMPARE(f.centre->contact(id)->recording, RecordingState::On);
    const qint64 answered = f.clock.nowMs();

    // 20 s talk, 15 s hold, 10 s talk, 8 s paused for the card, 12 s talk, then wrap-up.
    f.clock.advanceBy(20 * SecondMs);
    QVERIFY(!f.centre->hold(f.store.humanId, id));
    f.clock.advanceBy(15 * SecondMs);
    QVERIFY(!f.centre->resume(f.store.humanId, id));
    f.clock.advanceBy(10 * SecondMs);
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, id, true));
    QCOMPARE(f.centre->contact(id)->recording, RecordingState::Paused);
    f.clock.advanceBy(8 * SecondMs);
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, id, false));
    f.clock.advanceBy(12 * SecondMs);
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    QCOMPARE(recorded.size(), 0); // not before the wrap-up has the disposition
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(f.finish(f.store.humanId, id, u"resolved"_s));

    QCOMPARE(recorded.size(), 1);
    const Recording recording = f.recordingOf(id);
    QCOMPARE(recorded.at(0).at(0).toLongLong(), recording.id);
    QCOMPARE(recorded.at(0).at(1).toLongLong(), id);
    QCOMPARE(recording.kind, RecordingKind::Audio);
    QVERIFY(recording.consent);
    QCOMPARE(recording.agentId, f.store.humanId);
    QCOMPARE(recording.team, u"Team 1"_s);
    QCOMPARE(recording.queueId, u"sales"_s);
    QCOMPARE(recording.customerId, f.store.koreanCustomerId);
    QCOMPARE(recording.channel, Channel::Voice);
    QCOMPARE(recording.dispositionCode, u"resolved"_s);
    QVERIFY(!recording.csat);
    QCOMPARE(recording.startedMs, answered);
    // Answer to wrap-up is 65 s; the 8 s paused are not in the audio.
    QCOMPARE(recording.durationMs, 57 * SecondMs);
    QCOMPARE(recording.pauses, QList<RecordingPause>({RecordingPause{45 * SecondMs, 53 * SecondMs}}));
    QCOMPARE(
        recording.markers,
        QList<RecordingMarker>({RecordingMarker{RecordingMarkerKind::Hold, 20 * SecondMs, 15 * SecondMs},
                                RecordingMarker{RecordingMarkerKind::Pause, 45 * SecondMs, 8 * SecondMs}}));

    // Encrypted at rest; decrypted, the WAV of exactly that length with the checksum stored.
    QFile file(f.vault->pathOf(recording.id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray atRest = file.readAll();
    QVERIFY(!atRest.contains("RIFF") && !atRest.contains("WAVE"));
    auto content = f.vault->read(recording);
    QVERIFY2(content, qPrintable(content.error().message));
    QCOMPARE(recording.checksum, RecordingVault::checksumOf(*content));
    QCOMPARE(recording.sizeBytes, content->size());
    auto wav = WavFile::decode(*content);
    QVERIFY2(wav, qPrintable(wav.error().message));
    QCOMPARE(wav->channels, 1);
    QCOMPARE(wav->sampleRate, Rate);
    QCOMPARE(wav->frameCount(), 57 * SecondMs * SamplesPerMs);
    // The hold is heard (the hold tone) where the marker says.
    const QList<qint16> hold = wav->samples.mid(21 * SecondMs * SamplesPerMs, SecondMs * SamplesPerMs);
    QVERIFY(std::any_of(hold.cbegin(), hold.cend(), [](qint16 sample) { return sample != 0; }));

    // The customer, Korean, is heard in Korean; the card number read out in the pause is nowhere
    // in the stored audio, while the greeting before it is.
    auto clips = VoiceClipLibrary::load();
    QVERIFY(clips);
    CallTimeline timeline;
    timeline.answeredMs = answered;
    timeline.endedMs = answered + 65 * SecondMs;
    timeline.holds = {ClockSpan{answered + 20 * SecondMs, answered + 35 * SecondMs}};
    timeline.pauses = {ClockSpan{answered + 45 * SecondMs, answered + 53 * SecondMs}};
    auto script = f.recorder->scriptFor(timeline, u"ko"_s, quint64(id));
    QVERIFY(script);
    const auto cardNumber =
        std::find_if(script->events.cbegin(), script->events.cend(),
                     [](const CallEvent &event) { return event.clipId == u"ko-customer-card-number"; });
    QVERIFY(cardNumber != script->events.cend());
    QVERIFY(cardNumber->atMs >= 45 * SecondMs && cardNumber->atMs < 53 * SecondMs);
    QCOMPARE(indexOfSamples(wav->samples, middleOf(*clips->find(u"ko-customer-card-number"_s))), -1);
    const CallEvent *greeting = nullptr;
    for (const CallEvent &event : std::as_const(script->events)) {
        if (event.clipId == u"ko-agent-greeting")
            greeting = &event;
    }
    QVERIFY(greeting);
    const VoiceClip *greetingClip = clips->find(u"ko-agent-greeting"_s);
    QCOMPARE(indexOfSamples(wav->samples, middleOf(*greetingClip)),
             greeting->atMs * SamplesPerMs + greetingClip->audio.samples.size() / 2 - 50 * SamplesPerMs);

    // The survey answer that comes later reaches the recording too.
    QVERIFY(!f.centre->recordCsat(id, 4));
    QCOMPARE(f.recordingOf(id).csat, std::optional<int>(4));
}

void TestContactRecorder::transferIsMarkedAndTheLastAgentHasTheRecording()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id = f.connect(f.store.humanId, Channel::Voice, f.store.koreanPhone);
    QVERIFY(id != 0);
    f.clock.advanceBy(25 * SecondMs);
    // Paused when the call is handed on: the pause ends there, the colleague is recorded.
    QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, id, true));
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
    QVERIFY(!f.centre->transferToAgent(f.store.humanId, id, f.store.colleagueId));
    QCOMPARE(f.centre->contact(id)->recording, RecordingState::On);
    f.clock.advanceBy(4 * SecondMs); // the colleague's phone rings
    QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, id));
    f.clock.advanceBy(10 * SecondMs);
    QVERIFY(!f.centre->hold(f.store.colleagueId, id));
    f.clock.advanceBy(6 * SecondMs);
    QVERIFY(!f.centre->resume(f.store.colleagueId, id));
    f.clock.advanceBy(10 * SecondMs);
    QVERIFY(!f.centre->endContact(f.store.colleagueId, id));
    QVERIFY(f.finish(f.store.colleagueId, id, u"information"_s));

    const Recording recording = f.recordingOf(id);
    QCOMPARE(recording.agentId, f.store.colleagueId);
    QCOMPARE(recording.dispositionCode, u"information"_s);
    QCOMPARE(recording.durationMs, 55 * SecondMs);
    QCOMPARE(recording.pauses, QList<RecordingPause>({RecordingPause{25 * SecondMs, 30 * SecondMs}}));
    // In the stored audio, which lacks the 5 paused seconds.
    QCOMPARE(
        recording.markers,
        QList<RecordingMarker>({RecordingMarker{RecordingMarkerKind::Pause, 25 * SecondMs, 5 * SecondMs},
                                RecordingMarker{RecordingMarkerKind::Transfer, 25 * SecondMs, 0},
                                RecordingMarker{RecordingMarkerKind::Hold, 39 * SecondMs, 6 * SecondMs}}));
    auto content = f.vault->read(recording);
    QVERIFY(content);
    QCOMPARE(WavFile::decode(*content)->frameCount(), 55 * SecondMs * SamplesPerMs);
}

void TestContactRecorder::chatIsRecordedAsItsTranscript()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 id =
        f.connect(f.store.humanId, Channel::Chat, f.store.koreanEmail, u"요금제를 바꾸고 싶어요."_s);
    QVERIFY(id != 0);
    QCOMPARE(f.centre->contact(id)->recording, RecordingState::On);
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(f.centre->sendMessage(f.store.humanId, id, QString(), u"어떤 요금제를 원하세요?"_s));
    f.clock.advanceBy(5 * SecondMs);
    QVERIFY(f.centre->customerMessage(id, QString(), u"5G 요금제요."_s));
    f.clock.advanceBy(3 * SecondMs);
    QVERIFY(!f.centre->endContact(f.store.humanId, id));
    QVERIFY(f.finish(f.store.humanId, id, u"information"_s));

    const Recording recording = f.recordingOf(id);
    QCOMPARE(recording.kind, RecordingKind::Transcript);
    QCOMPARE(recording.channel, Channel::Chat);
    QCOMPARE(recording.agentId, f.store.humanId);
    QCOMPARE(recording.customerId, f.store.koreanCustomerId);
    QCOMPARE(recording.durationMs, 13 * SecondMs);
    QVERIFY(recording.markers.isEmpty());
    auto content = f.vault->read(recording);
    QVERIFY2(content, qPrintable(content.error().message));
    auto messages = Transcript::decode(*content);
    QVERIFY2(messages, qPrintable(messages.error().message));
    QCOMPARE(messages->size(), 3);
    QCOMPARE(messages->at(0).sender, SenderRole::Customer);
    QCOMPARE(messages->at(0).body, u"요금제를 바꾸고 싶어요."_s);
    QCOMPARE(messages->at(1).sender, SenderRole::Agent);
    QCOMPARE(messages->at(1).body, u"어떤 요금제를 원하세요?"_s);
    QCOMPARE(messages->at(2).body, u"5G 요금제요."_s);
    QCOMPARE(messages->at(2).sentAtMs, recording.startedMs + 10 * SecondMs);
}

void TestContactRecorder::customerWithoutConsentIsNotRecorded()
{
    Fixture f;
    qint64 englishCustomer = 0;
    QVERIFY(f.setUp([&](Database &database) {
        CustomerRepository customers(database);
        auto customer = customers.findById(f.store.englishCustomerId);
        QVERIFY(customer);
        customer->recordingConsent = false;
        QVERIFY(!customers.update(*customer));
        englishCustomer = customer->id;
    }));
    QSignalSpy changes(f.centre.get(), &ContactCentre::contactChanged);
    QSignalSpy recorded(f.recorder.get(), &ContactRecorder::recorded);
    const qint64 id = f.connect(f.store.englishAgentId, Channel::Voice, f.store.englishPhone);
    QVERIFY(id != 0);
    QCOMPARE(lastSummary(changes, id).customerId, englishCustomer);
    // The agent sees it, and there is nothing to pause.
    QCOMPARE(lastSummary(changes, id).recording, RecordingState::NotRecorded);
    QCOMPARE(f.centre->setRecordingPaused(f.store.englishAgentId, id, true)->code, u"not-recorded"_s);
    f.clock.advanceBy(40 * SecondMs);
    QVERIFY(!f.centre->endContact(f.store.englishAgentId, id));
    QVERIFY(f.finish(f.store.englishAgentId, id, u"resolved"_s));

    QCOMPARE(recorded.size(), 1);
    const Recording recording = f.recordingOf(id);
    QCOMPARE(recorded.at(0).at(0).toLongLong(), recording.id);
    QVERIFY(!recording.consent);
    QVERIFY(!recording.hasContent());
    QCOMPARE(recording.kind, RecordingKind::Audio);
    QCOMPARE(recording.agentId, f.store.englishAgentId);
    QCOMPARE(recording.durationMs, 40 * SecondMs);
    QVERIFY(recording.fileName.isEmpty());
    QVERIFY(recording.checksum.isEmpty());
    QCOMPARE(recording.sizeBytes, 0);
    QVERIFY(!f.vault->contains(recording.id));
    QVERIFY(!f.vault->read(recording));
}

QTEST_GUILESS_MAIN(TestContactRecorder)

#include "tst_contactrecorder.moc"

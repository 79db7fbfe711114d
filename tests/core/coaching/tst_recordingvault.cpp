// The recording vault's encryption at rest, its file format and its key file, and the transcript
// format: no database, no keychain (tst_keychain covers the keychain).
#include "coaching/recording.h"
#include "coaching/recordingerrors.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingvault.h"
#include "coaching/transcript.h"
#include "recordingtestcontent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static constexpr qsizetype PrefixBytes = 40;
static constexpr qsizetype HeaderBytes = 24;
static constexpr qsizetype ChunkOverhead = 17;

static QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

static std::shared_ptr<const RecordingKeyring> newKeyring()
{
    auto keyring = RecordingKeyring::fromBytes(randomBytes(RecordingKeyring::KeyBytes));
    return keyring ? keyring.value() : nullptr;
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

static bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The permission bits that say who may do what (Qt's "User" bits repeat the owner's for us).
static int ownerOnly(const QString &path)
{
    const QFileDevice::Permissions user =
        QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    return int(QFileInfo(path).permissions() & ~user);
}

static QByteArray describe(const DomainError &error)
{
    return (error.code + u": "_s + error.message).toUtf8();
}

class TestRecordingVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void encryptedFileHoldsNoPlaintext();
    void contentComesBackExactly_data();
    void contentComesBackExactly();
    void changedByteIsAnError_data();
    void changedByteIsAnError();
    void cutOrExtendedFileIsAnError_data();
    void cutOrExtendedFileIsAnError();
    void swappedChunksAreAnError();
    void fileOfAnotherRecordingIsRefused();
    void otherKeyIsNamedAsSuch();
    void checksumIsVerified();
    void recordingWithoutContentIsNotRead();
    void exportIsPrivateAndAllOrNothing();
    void removeDeletesTheFile();

    void keyFileIsCreatedOnceAndPrivate();
    void keyFileRefusals();
    void keyBytesMustBe32();

    void transcriptRoundTrip();
    void malformedTranscriptIsRefused();
    void pausesAndMarkersRoundTrip();

private:
    // Writes `content` as recording `id` and returns its metadata as the row would hold it.
    Recording store(qint64 id, RecordingKind kind, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<RecordingVault> m_vault;
};

void TestRecordingVault::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    auto keyring = newKeyring();
    QVERIFY(keyring);
    m_vault = std::make_unique<RecordingVault>(m_folder->filePath(u"vault"_s), keyring);
}

void TestRecordingVault::cleanup()
{
    m_vault.reset();
    m_folder.reset();
}

Recording TestRecordingVault::store(qint64 id, RecordingKind kind, const QByteArray &content)
{
    Recording recording;
    recording.id = id;
    recording.interactionId = id + 100;
    recording.agentId = 1;
    recording.startedMs = 1767225600000;
    recording.kind = kind;
    auto entry = m_vault->write(id, kind, content);
    if (!entry) {
        qWarning() << "cannot write recording" << id << describe(entry.error());
        return recording;
    }
    recording.fileName = entry->fileName;
    recording.checksum = entry->checksum;
    recording.sizeBytes = entry->sizeBytes;
    return recording;
}

void TestRecordingVault::encryptedFileHoldsNoPlaintext()
{
    const QByteArray transcript = RecordingTestContent::transcript(501);
    const QByteArray wav = RecordingTestContent::wav(200'000); // four chunks
    const Recording written = store(1, RecordingKind::Transcript, transcript);
    const Recording audio = store(2, RecordingKind::Audio, wav);

    // Named by id only.
    QCOMPARE(written.fileName, u"1.cdrec"_s);
    QCOMPARE(QDir(m_vault->folder()).entryList(QDir::Files, QDir::Name),
             (QStringList{u"1.cdrec"_s, u"2.cdrec"_s}));

    const QByteArray transcriptFile = readAll(m_vault->pathOf(1));
    const QByteArray audioFile = readAll(m_vault->pathOf(2));
    QCOMPARE(transcriptFile.size(), PrefixBytes + HeaderBytes + transcript.size() + ChunkOverhead);
    QCOMPARE(audioFile.size(), PrefixBytes + HeaderBytes + wav.size() + 4 * ChunkOverhead);

    for (const QString &sentence : RecordingTestContent::transcriptSentences()) {
        const QByteArray utf8 = sentence.toUtf8();
        QVERIFY2(!transcriptFile.contains(utf8), utf8.constData());
        // Every word of three or more bytes (a Korean syllable is three), not only whole sentences.
        for (const QString &word : sentence.split(u' ', Qt::SkipEmptyParts)) {
            const QByteArray bytes = word.toUtf8();
            if (bytes.size() >= 6)
                QVERIFY2(!transcriptFile.contains(bytes), bytes.constData());
        }
    }
    QVERIFY(!transcriptFile.contains("김민지"_ba));
    QVERIFY(!transcriptFile.contains("Anthony Adams"_ba));
    QVERIFY(!transcriptFile.contains("contactdesk-transcript"_ba));

    QVERIFY(!audioFile.contains(RecordingTestContent::wavPattern()));
    QVERIFY(!audioFile.contains(wav.left(44))); // the RIFF/WAVE header
    QVERIFY(!audioFile.contains(wav.mid(1000, 64)));

    auto transcriptBack = m_vault->read(written);
    QVERIFY2(transcriptBack.ok(), describe(transcriptBack.error()).constData());
    QCOMPARE(transcriptBack.value(), transcript);
    auto audioBack = m_vault->read(audio);
    QVERIFY2(audioBack.ok(), describe(audioBack.error()).constData());
    QCOMPARE(audioBack.value(), wav);
    QCOMPARE(audio.checksum, RecordingVault::checksumOf(wav));
    QCOMPARE(audio.checksum.size(), 64);
}

void TestRecordingVault::contentComesBackExactly_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("one chunk less one") << qsizetype(RecordingVault::ChunkBytes - 1);
    QTest::newRow("exactly one chunk") << qsizetype(RecordingVault::ChunkBytes);
    QTest::newRow("one chunk and one byte") << qsizetype(RecordingVault::ChunkBytes + 1);
    QTest::newRow("exactly three chunks") << qsizetype(3 * RecordingVault::ChunkBytes);
    QTest::newRow("about 1 MB") << qsizetype(1'000'003);
}

void TestRecordingVault::contentComesBackExactly()
{
    QFETCH(qsizetype, size);
    const QByteArray content = randomBytes(size);
    const Recording recording = store(9, RecordingKind::Audio, content);
    QCOMPARE(recording.sizeBytes, qint64(size));
    const qint64 chunks =
        size == 0 ? 1 : (size + RecordingVault::ChunkBytes - 1) / RecordingVault::ChunkBytes;
    QCOMPARE(QFileInfo(m_vault->pathOf(9)).size(), PrefixBytes + HeaderBytes + size + chunks * ChunkOverhead);
    auto back = m_vault->read(recording);
    QVERIFY2(back.ok(), describe(back.error()).constData());
    QCOMPARE(back.value(), content);
}

void TestRecordingVault::changedByteIsAnError_data()
{
    QTest::addColumn<qsizetype>("offset"); // negative: from the end
    QTest::addColumn<QString>("code");
    QTest::newRow("magic") << qsizetype(0) << RecordingErrorCode::NotAVaultFile.toString();
    QTest::newRow("format version") << qsizetype(8) << RecordingErrorCode::UnsupportedVersion.toString();
    QTest::newRow("kind") << qsizetype(9) << RecordingErrorCode::WrongFile.toString();
    QTest::newRow("reserved") << qsizetype(10) << RecordingErrorCode::Tampered.toString();
    QTest::newRow("chunk size") << qsizetype(15) << RecordingErrorCode::Tampered.toString();
    QTest::newRow("recording id") << qsizetype(23) << RecordingErrorCode::WrongFile.toString();
    QTest::newRow("plaintext size") << qsizetype(31) << RecordingErrorCode::Tampered.toString();
    QTest::newRow("key id") << qsizetype(32) << RecordingErrorCode::WrongKey.toString();
    QTest::newRow("stream header") << qsizetype(PrefixBytes + 3) << RecordingErrorCode::Tampered.toString();
    QTest::newRow("first chunk") << qsizetype(PrefixBytes + HeaderBytes + 1000)
                                 << RecordingErrorCode::Tampered.toString();
    QTest::newRow("second chunk's tag")
        << qsizetype(PrefixBytes + HeaderBytes + RecordingVault::ChunkBytes + ChunkOverhead)
        << RecordingErrorCode::Tampered.toString();
    QTest::newRow("last byte") << qsizetype(-1) << RecordingErrorCode::Tampered.toString();
}

void TestRecordingVault::changedByteIsAnError()
{
    QFETCH(qsizetype, offset);
    QFETCH(QString, code);
    const QByteArray wav = RecordingTestContent::wav(150'000);
    const Recording recording = store(3, RecordingKind::Audio, wav);
    QByteArray file = readAll(m_vault->pathOf(3));
    const qsizetype at = offset < 0 ? file.size() + offset : offset;
    file[at] = char(file.at(at) ^ 0x01);
    QVERIFY(writeAll(m_vault->pathOf(3), file));

    auto read = m_vault->read(recording);
    QVERIFY2(!read.ok(), "a changed byte was read as content");
    QCOMPARE(read.error().code, code);
    QVERIFY2(read.error().message.contains(u"Recording 3"_s), describe(read.error()).constData());

    // An export of it leaves nothing behind.
    const QString exported = m_folder->filePath(u"exported.wav"_s);
    QVERIFY(m_vault->exportTo(recording, exported).has_value());
    QVERIFY(!QFile::exists(exported));
}

void TestRecordingVault::cutOrExtendedFileIsAnError_data()
{
    QTest::addColumn<qsizetype>("newSize"); // negative: bytes less than the whole
    QTest::addColumn<QString>("code");
    const qsizetype firstChunkEnd = PrefixBytes + HeaderBytes + RecordingVault::ChunkBytes + ChunkOverhead;
    QTest::newRow("empty") << qsizetype(0) << RecordingErrorCode::Truncated.toString();
    QTest::newRow("inside the magic") << qsizetype(5) << RecordingErrorCode::Truncated.toString();
    QTest::newRow("inside the prefix") << qsizetype(20) << RecordingErrorCode::Truncated.toString();
    QTest::newRow("inside the stream header")
        << qsizetype(PrefixBytes + 10) << RecordingErrorCode::Truncated.toString();
    QTest::newRow("inside the first chunk")
        << qsizetype(PrefixBytes + HeaderBytes + 500) << RecordingErrorCode::Truncated.toString();
    QTest::newRow("after the first chunk") << firstChunkEnd << RecordingErrorCode::Truncated.toString();
    QTest::newRow("one byte short") << qsizetype(-1) << RecordingErrorCode::Truncated.toString();
}

void TestRecordingVault::cutOrExtendedFileIsAnError()
{
    QFETCH(qsizetype, newSize);
    QFETCH(QString, code);
    const Recording recording = store(4, RecordingKind::Audio, RecordingTestContent::wav(150'000));
    QByteArray file = readAll(m_vault->pathOf(4));
    file.resize(newSize < 0 ? file.size() + newSize : newSize);
    QVERIFY(writeAll(m_vault->pathOf(4), file));
    auto read = m_vault->read(recording);
    QVERIFY2(!read.ok(), "a cut file was read as content");
    QCOMPARE(read.error().code, code);
    QVERIFY2(read.error().message.contains(u"cut short"_s), describe(read.error()).constData());
}

void TestRecordingVault::swappedChunksAreAnError()
{
    const Recording recording = store(5, RecordingKind::Audio, RecordingTestContent::wav(200'000));
    const QByteArray file = readAll(m_vault->pathOf(5));
    const qsizetype start = PrefixBytes + HeaderBytes;
    const qsizetype chunk = RecordingVault::ChunkBytes + ChunkOverhead;
    const QByteArray swapped = file.left(start) + file.mid(start + chunk, chunk) + file.mid(start, chunk)
                               + file.mid(start + 2 * chunk);
    QCOMPARE(swapped.size(), file.size());
    QVERIFY(writeAll(m_vault->pathOf(5), swapped));
    auto read = m_vault->read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::Tampered.toString());

    // Appended bytes are refused too.
    QVERIFY(writeAll(m_vault->pathOf(5), file + "x"_ba));
    read = m_vault->read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::Tampered.toString());

    QVERIFY(writeAll(m_vault->pathOf(5), file));
    QVERIFY(m_vault->read(recording).ok());
}

void TestRecordingVault::fileOfAnotherRecordingIsRefused()
{
    const Recording first = store(6, RecordingKind::Audio, RecordingTestContent::wav(1000));
    const Recording second = store(7, RecordingKind::Audio, RecordingTestContent::wav(1000));
    QVERIFY(QFile::remove(m_vault->pathOf(7)));
    QVERIFY(QFile::copy(m_vault->pathOf(6), m_vault->pathOf(7)));
    auto read = m_vault->read(second);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::WrongFile.toString());

    // A row naming a file other than its own (a path, another id) is refused before any reading.
    Recording elsewhere = first;
    elsewhere.fileName = u"../6.cdrec"_s;
    read = m_vault->read(elsewhere);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::WrongFile.toString());

    QVERIFY(QFile::remove(m_vault->pathOf(6)));
    read = m_vault->read(first);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::FileMissing.toString());
}

void TestRecordingVault::otherKeyIsNamedAsSuch()
{
    const Recording recording = store(8, RecordingKind::Transcript, RecordingTestContent::transcript(8));
    auto otherKey = newKeyring();
    QVERIFY(otherKey);
    QVERIFY(otherKey->keyId() != u""_s);
    RecordingVault other(m_vault->folder(), otherKey);
    auto read = other.read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::WrongKey.toString());
    QVERIFY(read.error().message.contains(otherKey->keyId()));
}

void TestRecordingVault::checksumIsVerified()
{
    Recording recording = store(10, RecordingKind::Audio, RecordingTestContent::wav(5000));
    recording.checksum = RecordingVault::checksumOf("something else"_ba);
    auto read = m_vault->read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::ChecksumMismatch.toString());
    // A row whose size disagrees with the file's header.
    recording = store(11, RecordingKind::Audio, RecordingTestContent::wav(5000));
    recording.sizeBytes += 1;
    read = m_vault->read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::Tampered.toString());
}

void TestRecordingVault::recordingWithoutContentIsNotRead()
{
    Recording recording = store(12, RecordingKind::Audio, RecordingTestContent::wav(100));
    recording.deletedMs = 1767225600000;
    auto read = m_vault->read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::Deleted.toString());
    recording.deletedMs.reset();
    recording.consent = false;
    read = m_vault->read(recording);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, RecordingErrorCode::NoContent.toString());
}

void TestRecordingVault::exportIsPrivateAndAllOrNothing()
{
    const QByteArray wav = RecordingTestContent::wav(70'000);
    const Recording recording = store(13, RecordingKind::Audio, wav);
    const QString path = m_folder->filePath(u"export/13.wav"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    auto failed = m_vault->exportTo(recording, path);
    QVERIFY2(!failed, failed ? describe(*failed).constData() : "");
    QCOMPARE(readAll(path), wav);
    QCOMPARE(ownerOnly(path), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // The vault's own files and folder are private too.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(int(QFileInfo(m_vault->pathOf(13)).permissions() & others), 0);
    QCOMPARE(int(QFileInfo(m_vault->folder()).permissions() & others), 0);
}

void TestRecordingVault::removeDeletesTheFile()
{
    store(14, RecordingKind::Audio, RecordingTestContent::wav(100));
    QVERIFY(m_vault->contains(14));
    QVERIFY(!m_vault->remove(14));
    QVERIFY(!m_vault->contains(14));
    QVERIFY(!QFile::exists(m_vault->pathOf(14)));
    QVERIFY(!m_vault->remove(14)); // already gone is done
    QCOMPARE(QDir(m_vault->folder()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestRecordingVault::keyFileIsCreatedOnceAndPrivate()
{
    const QString path = m_folder->filePath(u"keys/recording.key"_s);
    auto created = RecordingKeyring::fromKeyFile(path);
    QVERIFY2(created.ok(), describe(created.error()).constData());
    QVERIFY(created.value()->wasCreated());
    QCOMPARE(QFileInfo(path).size(), qint64(RecordingKeyring::KeyBytes));
    QCOMPARE(ownerOnly(path), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(ownerOnly(QFileInfo(path).absolutePath()),
             int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // No temporary file stays beside it.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"recording.key"_s});
    const QByteArray keyBytes = readAll(path);

    auto loaded = RecordingKeyring::fromKeyFile(path);
    QVERIFY2(loaded.ok(), describe(loaded.error()).constData());
    QVERIFY(!loaded.value()->wasCreated());
    QCOMPARE(loaded.value()->keyId(), created.value()->keyId());
    QCOMPARE(readAll(path), keyBytes);

    // What one wrote, the other reads.
    RecordingVault writer(m_folder->filePath(u"keyed"_s), created.value());
    RecordingVault reader(m_folder->filePath(u"keyed"_s), loaded.value());
    const QByteArray content = RecordingTestContent::transcript(77);
    auto entry = writer.write(77, RecordingKind::Transcript, content);
    QVERIFY(entry.ok());
    Recording recording;
    recording.id = 77;
    recording.kind = RecordingKind::Transcript;
    recording.fileName = entry->fileName;
    recording.checksum = entry->checksum;
    recording.sizeBytes = entry->sizeBytes;
    auto back = reader.read(recording);
    QVERIFY2(back.ok(), describe(back.error()).constData());
    QCOMPARE(back.value(), content);

    // Another key file is another key.
    auto other = RecordingKeyring::fromKeyFile(m_folder->filePath(u"keys/other.key"_s));
    QVERIFY(other.ok());
    QVERIFY(other.value()->keyId() != created.value()->keyId());
}

void TestRecordingVault::keyFileRefusals()
{
    const QString path = m_folder->filePath(u"refused.key"_s);
    QVERIFY(RecordingKeyring::fromKeyFile(path).ok());
    const QByteArray key = readAll(path);

    // Readable by others: refused, and left alone.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto loaded = RecordingKeyring::fromKeyFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, RecordingErrorCode::KeyFileInsecure.toString());
    QCOMPARE(readAll(path), key);

    // Not a key: refused and never replaced by a new one (that would lose every recording).
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(writeAll(path, key.left(31)));
    loaded = RecordingKeyring::fromKeyFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, RecordingErrorCode::KeyInvalid.toString());
    QCOMPARE(readAll(path), key.left(31));
    QVERIFY(writeAll(path, key + key));
    loaded = RecordingKeyring::fromKeyFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, RecordingErrorCode::KeyInvalid.toString());
    QVERIFY(loaded.error().message.contains(u"64 bytes"_s));

    // A folder is not a key file.
    QVERIFY(QDir().mkpath(m_folder->filePath(u"folder.key"_s)));
    loaded = RecordingKeyring::fromKeyFile(m_folder->filePath(u"folder.key"_s));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, RecordingErrorCode::KeyFileError.toString());
}

void TestRecordingVault::keyBytesMustBe32()
{
    QVERIFY(RecordingKeyring::fromBytes(randomBytes(32)).ok());
    for (qsizetype size : {0, 16, 31, 33, 64}) {
        auto keyring = RecordingKeyring::fromBytes(randomBytes(size));
        QVERIFY(!keyring.ok());
        QCOMPARE(keyring.error().code, RecordingErrorCode::KeyInvalid.toString());
    }
    // The same key has the same id, and the id is not the key.
    const QByteArray key = randomBytes(32);
    auto one = RecordingKeyring::fromBytes(key);
    auto two = RecordingKeyring::fromBytes(key);
    QCOMPARE(one.value()->keyId(), two.value()->keyId());
    QCOMPARE(one.value()->keyId().size(), 16);
    QVERIFY(!key.toHex().contains(one.value()->keyId().toLatin1()));
}

void TestRecordingVault::transcriptRoundTrip()
{
    const QByteArray json = RecordingTestContent::transcript(42);
    auto messages = Transcript::decode(json);
    QVERIFY2(messages.ok(), describe(messages.error()).constData());
    const QList<QString> sentences = RecordingTestContent::transcriptSentences();
    QCOMPARE(messages->size(), sentences.size());
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const Message &message = messages->at(i);
        QCOMPARE(message.body, sentences.at(i));
        QCOMPARE(message.interactionId, qint64(42));
        QCOMPARE(message.sender, i % 2 == 0 ? SenderRole::Customer : SenderRole::Agent);
        QCOMPARE(message.sentAtMs, 1767225600000 + i * 30000);
    }
    QCOMPARE(messages->constFirst().senderName, u"김민지"_s);

    Message withAttachment = messages->constFirst();
    withAttachment.subject = u"요금 문의"_s;
    withAttachment.attachments = {Attachment{u"청구서.pdf"_s, u"application/pdf"_s, 48213}};
    auto again = Transcript::decode(Transcript::encode(43, {withAttachment}));
    QVERIFY(again.ok());
    QCOMPARE(again->constFirst().subject, u"요금 문의"_s);
    QCOMPARE(again->constFirst().attachments, withAttachment.attachments);
}

void TestRecordingVault::malformedTranscriptIsRefused()
{
    for (const QByteArray &bad :
         {"not json"_ba, "[]"_ba, R"({"format":"other","version":1,"messages":[]})"_ba,
          R"({"format":"contactdesk-transcript","version":2,"messages":[]})"_ba,
          R"({"format":"contactdesk-transcript","version":1,"messages":[{"sender":"x"}]})"_ba}) {
        auto decoded = Transcript::decode(bad);
        QVERIFY2(!decoded.ok(), bad.constData());
        QCOMPARE(decoded.error().code, RecordingErrorCode::InvalidTranscript.toString());
    }
}

void TestRecordingVault::pausesAndMarkersRoundTrip()
{
    const QList<RecordingPause> pauses{{12'000, 47'500}, {60'000, 61'000}};
    const QList<RecordingMarker> markers{{RecordingMarkerKind::Hold, 5000, 20'000},
                                         {RecordingMarkerKind::Pause, 12'000, 35'500},
                                         {RecordingMarkerKind::Transfer, 30'000, 0}};
    const QString pausesJson = Recording::pausesToJson(pauses);
    QCOMPARE(pausesJson, uR"([{"endMs":47500,"startMs":12000},{"endMs":61000,"startMs":60000}])"_s);
    QCOMPARE(Recording::pausesFromJson(pausesJson).value(), pauses);
    QCOMPARE(Recording::markersFromJson(Recording::markersToJson(markers)).value(), markers);
    QVERIFY(!Recording::markersFromJson(uR"([{"kind":"coffee","atMs":1,"durationMs":0}])"_s).ok());
    QVERIFY(!Recording::pausesFromJson(u"{}"_s).ok());

    Recording recording;
    recording.interactionId = 1;
    recording.agentId = 1;
    recording.startedMs = 1;
    recording.pauses = pauses;
    QVERIFY(!recording.validate());
    recording.pauses = {{10, 5}};
    QVERIFY(recording.validate());
    recording.pauses = {{10, 50}, {40, 60}}; // overlapping
    QVERIFY(recording.validate());
    recording.pauses.clear();
    recording.csat = 6;
    QVERIFY(recording.validate());
    recording.csat = 5;
    recording.consent = false;
    recording.fileName = u"1.cdrec"_s;
    QVERIFY(recording.validate()); // no consent, no file
}

QTEST_APPLESS_MAIN(TestRecordingVault)
#include "tst_recordingvault.moc"

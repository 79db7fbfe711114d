// WAV files: what is written reads back sample for sample, the usual variations of real files
// (extra chunks, pad bytes, WAVE_FORMAT_EXTENSIBLE) read, and every kind of broken file is refused
// with its own error code and a sentence that says what is wrong, never a crash or a misread.
#include "coaching/callaudioerrors.h"
#include "coaching/wavfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char *id, const QByteArray &body, bool pad = true)
{
    QByteArray bytes = QByteArray(id, 4) + le32(quint32(body.size())) + body;
    if (pad && body.size() % 2 == 1)
        bytes += '\0';
    return bytes;
}

QByteArray fmtBody(quint16 format, quint16 channels, quint32 rate, quint16 bits, int blockAlign = -1,
                   qint64 byteRate = -1)
{
    const quint16 align = blockAlign >= 0 ? quint16(blockAlign) : quint16(channels * bits / 8);
    const quint32 perSecond = byteRate >= 0 ? quint32(byteRate) : rate * align;
    return le16(format) + le16(channels) + le32(rate) + le32(perSecond) + le16(align) + le16(bits);
}

QByteArray riff(const QByteArray &chunks)
{
    return "RIFF" + le32(quint32(chunks.size() + 4)) + "WAVE" + chunks;
}

// Four mono samples at 8 kHz.
QByteArray pcmData()
{
    return le16(0) + le16(1000) + le16(quint16(-1000)) + le16(32767);
}

QByteArray validFile()
{
    return riff(chunk("fmt ", fmtBody(1, 1, 8000, 16)) + chunk("data", pcmData()));
}

// An extensible 'fmt ' body (40 bytes) with the given sub-format GUID's first two bytes.
QByteArray extensibleBody(quint16 subFormat)
{
    static const char guidTail[] = "\x00\x00\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x71";
    return fmtBody(0xFFFE, 1, 8000, 16) + le16(22) + le16(16) + le32(4) + le16(subFormat)
           + QByteArray(guidTail, 14);
}

WavData sampleAudio(int channels, int rate, int frames)
{
    WavData audio;
    audio.channels = channels;
    audio.sampleRate = rate;
    for (int i = 0; i < frames * channels; ++i)
        audio.samples.append(qint16((i * 7919) % 65536 - 32768));
    return audio;
}

} // namespace

class TestWavFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void writesCanonicalHeader();
    void writesAndReadsFiles();
    void readsExtraChunksAndPadBytes();
    void readsExtensiblePcm();
    void readsEmptyData();
    void refusesMalformed_data();
    void refusesMalformed();
    void refusesEveryTruncation();
    void survivesCorruptedHeaders();
    void refusesUnwritableAudio_data();
    void refusesUnwritableAudio();
    void readErrorsNameThePath();
};

void TestWavFile::roundTrip_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("frames");
    QTest::newRow("mono 8 kHz") << 1 << 8000 << 8000;
    QTest::newRow("stereo 16 kHz") << 2 << 16000 << 4001;
    QTest::newRow("mono 44.1 kHz, one frame") << 1 << 44100 << 1;
    QTest::newRow("no samples") << 1 << 8000 << 0;
}

void TestWavFile::roundTrip()
{
    QFETCH(int, channels);
    QFETCH(int, rate);
    QFETCH(int, frames);
    const WavData audio = sampleAudio(channels, rate, frames);
    const auto bytes = WavFile::encode(audio);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error().message));
    QCOMPARE(bytes->size(), 44 + frames * channels * 2);
    const auto decoded = WavFile::decode(*bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->sampleRate, rate);
    QCOMPARE(decoded->channels, channels);
    QCOMPARE(decoded->frameCount(), frames);
    QCOMPARE(decoded->samples, audio.samples);
}

void TestWavFile::writesCanonicalHeader()
{
    WavData audio;
    audio.sampleRate = 16000;
    audio.channels = 2;
    audio.samples = {1, -1, 256, -256};
    const auto bytes = WavFile::encode(audio);
    QVERIFY(bytes.ok());
    const QByteArray expected =
        riff(chunk("fmt ", fmtBody(1, 2, 16000, 16))
             + chunk("data", le16(1) + le16(0xFFFF) + le16(256) + le16(quint16(-256))));
    QCOMPARE(*bytes, expected);
}

void TestWavFile::writesAndReadsFiles()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"call.wav"_s);
    const WavData audio = sampleAudio(1, 8000, 800);
    const auto written = WavFile::write(path, audio);
    QVERIFY2(!written, written ? qPrintable(written->message) : "");
    const auto read = WavFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(*read, audio);
    QCOMPARE(read->durationMs(), 100);
}

void TestWavFile::readsExtraChunksAndPadBytes()
{
    // A LIST chunk before 'fmt ', an odd-sized chunk with its pad byte between 'fmt ' and 'data',
    // and a trailing chunk: what editors and recorders write.
    const QByteArray file =
        riff(chunk("LIST", "INFOISFT\x05\0\0\0abcd\0"_ba) + chunk("fmt ", fmtBody(1, 1, 8000, 16))
             + chunk("fact", "xyz"_ba) + chunk("data", pcmData()) + chunk("cue ", "1234"_ba));
    const auto decoded = WavFile::decode(file);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->samples, (QList<qint16>{0, 1000, -1000, 32767}));

    // The last chunk without the pad byte it should have: forgiven.
    const QByteArray unpadded = riff(chunk("fmt ", fmtBody(1, 1, 8000, 16)) + chunk("data", pcmData())
                                     + chunk("note", "abc"_ba, false));
    QVERIFY(WavFile::decode(unpadded).ok());
}

void TestWavFile::readsExtensiblePcm()
{
    const auto decoded = WavFile::decode(riff(chunk("fmt ", extensibleBody(1)) + chunk("data", pcmData())));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->samples.size(), 4);
}

void TestWavFile::readsEmptyData()
{
    const auto decoded = WavFile::decode(riff(chunk("fmt ", fmtBody(1, 2, 8000, 16)) + chunk("data", {})));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded->frameCount(), 0);
    QCOMPARE(decoded->durationMs(), 0);
}

void TestWavFile::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("saying");

    const QByteArray fmt = chunk("fmt ", fmtBody(1, 1, 8000, 16));
    const QByteArray data = chunk("data", pcmData());
    const QByteArray valid = validFile();
    const auto code = [](QStringView c) { return c.toString(); };
    using namespace CallAudioErrorCode;

    QTest::newRow("empty") << QByteArray() << code(WavTruncated) << u"ends inside the 12-byte RIFF header"_s;
    QTest::newRow("RIFF only") << "RIFF\x10\0\0\0"_ba << code(WavTruncated) << u"8 bytes"_s;
    QTest::newRow("not RIFF") << "This is a text file, not audio."_ba << code(WavNotRiff)
                              << u"not a RIFF WAVE"_s;
    QTest::newRow("RIFF but AVI") << QByteArray("RIFF" + le32(4) + "AVI ") << code(WavNotRiff) << u"'AVI '"_s;
    QTest::newRow("short, not RIFF") << "OggS"_ba << code(WavNotRiff) << u"not a RIFF WAVE"_s;
    QTest::newRow("file cut in the data")
        << valid.left(valid.size() - 3) << code(WavTruncated) << u"promises 52 bytes, the file has 49"_s;
    QTest::newRow("file cut after the header")
        << valid.left(12) << code(WavTruncated) << u"promises 52 bytes"_s;
    QTest::newRow("RIFF size below 4")
        << QByteArray("RIFF" + le32(2) + "WAVE") << code(WavBadChunkSize) << u"claims 2 bytes"_s;
    QTest::newRow("data chunk larger than the RIFF")
        << QByteArray("RIFF" + le32(4 + quint32(fmt.size()) + 8 + 8) + "WAVE" + fmt + "data" + le32(100)
                      + pcmData())
        << code(WavBadChunkSize) << u"'data' chunk at offset 36 claims 100 bytes; only 8 are left"_s;
    QTest::newRow("chunk size near 4 GiB")
        << QByteArray("RIFF" + le32(4 + quint32(fmt.size()) + 8 + 8) + "WAVE" + fmt + "data"
                      + le32(0xFFFFFFF0u) + pcmData())
        << code(WavBadChunkSize) << u"claims 4294967280 bytes"_s;
    QTest::newRow("fmt chunk larger than the RIFF")
        << QByteArray("RIFF" + le32(4 + 8 + 16) + "WAVE" + "fmt " + le32(40) + fmtBody(1, 1, 8000, 16))
        << code(WavBadChunkSize) << u"'fmt ' chunk at offset 12 claims 40 bytes"_s;
    QTest::newRow("RIFF ends inside a chunk header")
        << QByteArray("RIFF" + le32(4 + quint32(fmt.size()) + 4) + "WAVE" + fmt + "data")
        << code(WavBadChunkSize) << u"into a chunk header at offset 36"_s;
    QTest::newRow("fmt chunk too short") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16).left(14)) + data)
                                         << code(WavBadFormat) << u"has 14 bytes"_s;
    QTest::newRow("IEEE float") << riff(chunk("fmt ", fmtBody(3, 1, 8000, 32)) + data) << code(WavNotPcm)
                                << u"IEEE float, not PCM"_s;
    QTest::newRow("A-law") << riff(chunk("fmt ", fmtBody(6, 1, 8000, 8)) + data) << code(WavNotPcm)
                           << u"A-law"_s;
    QTest::newRow("mu-law") << riff(chunk("fmt ", fmtBody(7, 1, 8000, 8)) + data) << code(WavNotPcm)
                            << u"µ-law"_s;
    QTest::newRow("MP3") << riff(chunk("fmt ", fmtBody(0x55, 1, 8000, 0)) + data) << code(WavNotPcm)
                         << u"MP3"_s;
    QTest::newRow("unknown format") << riff(chunk("fmt ", fmtBody(0x1234, 1, 8000, 16)) + data)
                                    << code(WavNotPcm) << u"format 0x1234"_s;
    QTest::newRow("extensible float")
        << riff(chunk("fmt ", extensibleBody(3)) + data) << code(WavNotPcm) << u"extensible IEEE float"_s;
    QTest::newRow("extensible too short")
        << riff(chunk("fmt ", extensibleBody(1).left(24)) + data) << code(WavBadFormat) << u"not 40"_s;
    QTest::newRow("8-bit") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 8)) + data)
                           << code(WavUnsupportedSampleSize) << u"8-bit samples"_s;
    QTest::newRow("24-bit") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 24)) + chunk("data", pcmData().left(6)))
                            << code(WavUnsupportedSampleSize) << u"24-bit"_s;
    QTest::newRow("no channels") << riff(chunk("fmt ", fmtBody(1, 0, 8000, 16)) + data)
                                 << code(WavUnsupportedChannels) << u"0 channels"_s;
    QTest::newRow("six channels") << riff(chunk("fmt ", fmtBody(1, 6, 8000, 16)) + data)
                                  << code(WavUnsupportedChannels) << u"6 channels"_s;
    QTest::newRow("rate 0") << riff(chunk("fmt ", fmtBody(1, 1, 0, 16)) + data) << code(WavBadFormat)
                            << u"sample rate of 0 Hz"_s;
    QTest::newRow("wrong block align") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16, 4)) + data)
                                       << code(WavBadFormat) << u"block align of 4 bytes"_s;
    QTest::newRow("wrong byte rate") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16, 2, 8000)) + data)
                                     << code(WavBadFormat) << u"8000 bytes per second"_s;
    QTest::newRow("odd data length") << riff(fmt + chunk("data", pcmData().left(7))) << code(WavOddDataLength)
                                     << u"7 bytes, not a whole number of 2-byte"_s;
    QTest::newRow("stereo half frame")
        << riff(chunk("fmt ", fmtBody(1, 2, 8000, 16)) + chunk("data", pcmData().left(6)))
        << code(WavOddDataLength) << u"6 bytes, not a whole number of 4-byte"_s;
    QTest::newRow("no data") << riff(fmt) << code(WavMissingChunk) << u"no 'data' chunk"_s;
    QTest::newRow("no fmt") << riff(data) << code(WavMissingChunk) << u"no 'fmt ' chunk"_s;
    QTest::newRow("no chunks") << riff({}) << code(WavMissingChunk) << u"no 'fmt ' chunk"_s;
    QTest::newRow("two fmt") << riff(fmt + fmt + data) << code(WavDuplicateChunk) << u"second 'fmt '"_s;
    QTest::newRow("two data") << riff(fmt + data + data) << code(WavDuplicateChunk) << u"second 'data'"_s;
}

void TestWavFile::refusesMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, saying);
    const auto decoded = WavFile::decode(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, code);
    QVERIFY2(decoded.error().message.contains(saying), qPrintable(decoded.error().message));
}

void TestWavFile::refusesEveryTruncation()
{
    // A file cut anywhere (a download or a copy that stopped) is refused, never half-read.
    const QByteArray file = riff(chunk("LIST", "INFOabc"_ba) + chunk("fmt ", fmtBody(1, 2, 8000, 16))
                                 + chunk("data", pcmData() + pcmData()));
    QVERIFY(WavFile::decode(file).ok());
    for (qsizetype length = 0; length < file.size(); ++length) {
        const auto decoded = WavFile::decode(file.left(length));
        QVERIFY2(!decoded.ok(), qPrintable(u"%1 of %2 bytes were accepted"_s.arg(length).arg(file.size())));
        QCOMPARE(decoded.error().code, CallAudioErrorCode::WavTruncated.toString());
    }
}

void TestWavFile::survivesCorruptedHeaders()
{
    // Every single byte of the headers set to each of a few telling values: whatever the result,
    // the decoder returns (the ASan build checks it never reads outside the bytes), and what it
    // accepts is whole sample frames within the file.
    const QByteArray file = validFile();
    const quint8 values[] = {0x00, 0x01, 0x02, 0x03, 0x7F, 0x80, 0xFE, 0xFF};
    int refused = 0;
    for (qsizetype at = 0; at < 44; ++at) {
        for (quint8 value : values) {
            QByteArray corrupted = file;
            corrupted[at] = char(value);
            const auto decoded = WavFile::decode(corrupted);
            if (!decoded.ok()) {
                ++refused;
                QVERIFY(!decoded.error().code.isEmpty());
                QVERIFY(!decoded.error().message.isEmpty());
                continue;
            }
            QVERIFY(decoded->channels == 1 || decoded->channels == 2);
            QCOMPARE(decoded->samples.size() % decoded->channels, 0);
            QVERIFY(decoded->samples.size() * 2 <= corrupted.size() - 44);
        }
    }
    QVERIFY(refused > 0);
}

void TestWavFile::refusesUnwritableAudio_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QString>("saying");
    QTest::newRow("no channels") << 0 << 8000 << 4 << u"0 channels"_s;
    QTest::newRow("three channels") << 3 << 8000 << 6 << u"3 channels"_s;
    QTest::newRow("rate 0") << 1 << 0 << 4 << u"0 Hz"_s;
    QTest::newRow("half a stereo frame") << 2 << 8000 << 5 << u"5 samples are not whole frames of 2"_s;
}

void TestWavFile::refusesUnwritableAudio()
{
    QFETCH(int, channels);
    QFETCH(int, rate);
    QFETCH(int, samples);
    QFETCH(QString, saying);
    WavData audio;
    audio.channels = channels;
    audio.sampleRate = rate;
    audio.samples.fill(1, samples);
    const auto bytes = WavFile::encode(audio);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, CallAudioErrorCode::WavInvalidAudio.toString());
    QVERIFY2(bytes.error().message.contains(saying), qPrintable(bytes.error().message));

    QTemporaryDir folder;
    const QString path = folder.filePath(u"refused.wav"_s);
    QVERIFY(WavFile::write(path, audio).has_value());
    QVERIFY(!QFile::exists(path));
}

void TestWavFile::readErrorsNameThePath()
{
    QTemporaryDir folder;
    const QString missing = folder.filePath(u"missing.wav"_s);
    const auto notThere = WavFile::read(missing);
    QVERIFY(!notThere.ok());
    QCOMPARE(notThere.error().code, CallAudioErrorCode::WavFileError.toString());
    QVERIFY(notThere.error().message.startsWith(missing));

    const QString broken = folder.filePath(u"broken.wav"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(validFile().left(30));
    file.close();
    const auto cut = WavFile::read(broken);
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().code, CallAudioErrorCode::WavTruncated.toString());
    QVERIFY2(cut.error().message.startsWith(broken + u": The file is truncated"_s),
             qPrintable(cut.error().message));
}

QTEST_APPLESS_MAIN(TestWavFile)
#include "tst_wavfile.moc"

#include "wavfile.h"

#include "callaudioerrors.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

constexpr quint16 FormatPcm = 1;
constexpr quint16 FormatExtensible = 0xFFFE;
constexpr qsizetype CanonicalHeaderSize = 44;
// KSDATAFORMAT_SUBTYPE_PCM after its first two bytes (which repeat the format code, 1).
constexpr unsigned char PcmSubFormatTail[14] = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80,
                                                0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};
// Far above any real rate, low enough that rate × block align cannot overflow 32 bits.
constexpr quint32 MaximumSampleRate = 1'000'000;

DomainError wavError(QStringView code, const QString &message)
{
    return DomainError{code.toString(), message};
}

quint16 u16(const char *at)
{
    return qFromLittleEndian<quint16>(at);
}

quint32 u32(const char *at)
{
    return qFromLittleEndian<quint32>(at);
}

QString chunkName(const char *at)
{
    QString name;
    for (int i = 0; i < 4; ++i) {
        const auto c = static_cast<unsigned char>(at[i]);
        name += (c >= 0x20 && c < 0x7F) ? QChar(char16_t(c)) : QChar(u'?');
    }
    return name;
}

QString formatName(quint16 format)
{
    switch (format) {
    case 2:
        return u"Microsoft ADPCM"_s;
    case 3:
        return u"IEEE float"_s;
    case 6:
        return u"A-law"_s;
    case 7:
        return u"µ-law"_s;
    case 0x11:
        return u"IMA ADPCM"_s;
    case 0x55:
        return u"MP3"_s;
    default:
        return u"format 0x%1"_s.arg(format, 4, 16, QChar(u'0'));
    }
}

struct Format
{
    quint16 channels = 0;
    quint32 sampleRate = 0;
};

StoreResult<Format> parseFormat(const char *chunk, quint32 size, qsizetype offset)
{
    if (size < 16) {
        return wavError(
            CallAudioErrorCode::WavBadFormat,
            u"The 'fmt ' chunk at offset %1 has %2 bytes; PCM needs at least 16"_s.arg(offset).arg(size));
    }
    const quint16 format = u16(chunk);
    const quint16 channels = u16(chunk + 2);
    const quint32 sampleRate = u32(chunk + 4);
    const quint32 byteRate = u32(chunk + 8);
    const quint16 blockAlign = u16(chunk + 12);
    const quint16 bits = u16(chunk + 14);

    if (format == FormatExtensible) {
        if (size < 40) {
            return wavError(
                CallAudioErrorCode::WavBadFormat,
                u"The extensible 'fmt ' chunk at offset %1 has %2 bytes, not 40"_s.arg(offset).arg(size));
        }
        const quint16 subFormat = u16(chunk + 24);
        if (subFormat != FormatPcm
            || std::memcmp(chunk + 26, PcmSubFormatTail, sizeof PcmSubFormatTail) != 0) {
            return wavError(CallAudioErrorCode::WavNotPcm,
                            u"The audio is extensible %1, not PCM; only 16-bit PCM is supported"_s.arg(
                                formatName(subFormat)));
        }
    } else if (format != FormatPcm) {
        return wavError(CallAudioErrorCode::WavNotPcm,
                        u"The audio is %1, not PCM; only 16-bit PCM is supported"_s.arg(formatName(format)));
    }
    if (bits != 16) {
        return wavError(CallAudioErrorCode::WavUnsupportedSampleSize,
                        u"The audio has %1-bit samples; only 16-bit PCM is supported"_s.arg(bits));
    }
    if (channels != 1 && channels != 2) {
        return wavError(CallAudioErrorCode::WavUnsupportedChannels,
                        u"The audio has %1 channels; only mono and stereo are supported"_s.arg(channels));
    }
    if (sampleRate == 0 || sampleRate > MaximumSampleRate) {
        return wavError(CallAudioErrorCode::WavBadFormat,
                        u"The 'fmt ' chunk gives a sample rate of %1 Hz"_s.arg(sampleRate));
    }
    if (blockAlign != channels * 2) {
        return wavError(CallAudioErrorCode::WavBadFormat,
                        u"The 'fmt ' chunk gives a block align of %1 bytes; %2 channels of 16 bits take %3"_s
                            .arg(blockAlign)
                            .arg(channels)
                            .arg(channels * 2));
    }
    if (byteRate != sampleRate * blockAlign) {
        return wavError(
            CallAudioErrorCode::WavBadFormat,
            u"The 'fmt ' chunk gives %1 bytes per second; %2 Hz × %3 bytes make %4"_s.arg(byteRate)
                .arg(sampleRate)
                .arg(blockAlign)
                .arg(quint64(sampleRate) * blockAlign));
    }
    return Format{channels, sampleRate};
}

} // namespace

qint64 WavData::frameCount() const
{
    return channels > 0 ? samples.size() / channels : 0;
}

qint64 WavData::durationMs() const
{
    return sampleRate > 0 ? frameCount() * 1000 / sampleRate : 0;
}

StoreResult<WavData> WavFile::decode(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    const char *data = bytes.constData();
    if (size < 12) {
        if (size >= 4 && std::memcmp(data, "RIFF", 4) != 0)
            return wavError(CallAudioErrorCode::WavNotRiff, u"This is not a RIFF WAVE file"_s);
        return wavError(CallAudioErrorCode::WavTruncated,
                        u"The file has %1 bytes and ends inside the 12-byte RIFF header"_s.arg(size));
    }
    if (std::memcmp(data, "RIFF", 4) != 0 || std::memcmp(data + 8, "WAVE", 4) != 0) {
        return wavError(CallAudioErrorCode::WavNotRiff,
                        u"This is not a RIFF WAVE file (it starts with '%1' … '%2')"_s.arg(
                            chunkName(data), chunkName(data + 8)));
    }
    const quint32 riffSize = u32(data + 4);
    if (riffSize < 4) {
        return wavError(CallAudioErrorCode::WavBadChunkSize,
                        u"The RIFF chunk claims %1 bytes, too few for the WAVE form type"_s.arg(riffSize));
    }
    if (qint64(riffSize) > qint64(size) - 8) {
        return wavError(CallAudioErrorCode::WavTruncated,
                        u"The file is truncated: its RIFF header promises %1 bytes, the file has %2"_s
                            .arg(qint64(riffSize) + 8)
                            .arg(size));
    }

    // Sizes are compared as 64-bit figures against what is left, so that no size field, however
    // large, makes the parser read or allocate past the bytes it was given.
    const qint64 end = qint64(riffSize) + 8;
    qint64 position = 12;
    std::optional<Format> format;
    qint64 dataOffset = -1;
    quint32 dataSize = 0;
    while (position < end) {
        if (end - position < 8) {
            return wavError(
                CallAudioErrorCode::WavBadChunkSize,
                u"The RIFF chunk ends %1 bytes into a chunk header at offset %2: its size is wrong"_s
                    .arg(end - position)
                    .arg(position));
        }
        const char *header = data + position;
        const quint32 chunkSize = u32(header + 4);
        const qint64 available = end - position - 8;
        if (qint64(chunkSize) > available) {
            return wavError(
                CallAudioErrorCode::WavBadChunkSize,
                u"The '%1' chunk at offset %2 claims %3 bytes; only %4 are left in the RIFF chunk"_s
                    .arg(chunkName(header))
                    .arg(position)
                    .arg(chunkSize)
                    .arg(available));
        }
        if (std::memcmp(header, "fmt ", 4) == 0) {
            if (format) {
                return wavError(CallAudioErrorCode::WavDuplicateChunk,
                                u"A second 'fmt ' chunk at offset %1"_s.arg(position));
            }
            auto parsed = parseFormat(header + 8, chunkSize, position);
            if (!parsed)
                return parsed.error();
            format = *parsed;
        } else if (std::memcmp(header, "data", 4) == 0) {
            if (dataOffset >= 0) {
                return wavError(CallAudioErrorCode::WavDuplicateChunk,
                                u"A second 'data' chunk at offset %1"_s.arg(position));
            }
            dataOffset = position + 8;
            dataSize = chunkSize;
        }
        // Chunks are padded to an even length; a writer that left out the last pad byte is
        // forgiven (the loop simply ends).
        position += 8 + qint64(chunkSize) + (chunkSize & 1);
    }
    if (!format)
        return wavError(CallAudioErrorCode::WavMissingChunk, u"The file has no 'fmt ' chunk"_s);
    if (dataOffset < 0)
        return wavError(CallAudioErrorCode::WavMissingChunk, u"The file has no 'data' chunk"_s);
    const int frameBytes = format->channels * 2;
    if (dataSize % frameBytes != 0) {
        return wavError(
            CallAudioErrorCode::WavOddDataLength,
            u"The 'data' chunk has %1 bytes, not a whole number of %2-byte sample frames"_s.arg(dataSize).arg(
                frameBytes));
    }

    WavData audio;
    audio.sampleRate = int(format->sampleRate);
    audio.channels = format->channels;
    audio.samples.resize(qsizetype(dataSize / 2));
    qFromLittleEndian<qint16>(data + dataOffset, audio.samples.size(), audio.samples.data());
    return audio;
}

StoreResult<WavData> WavFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return wavError(CallAudioErrorCode::WavFileError,
                        u"%1: cannot be opened: %2"_s.arg(path, file.errorString()));
    }
    auto audio = decode(file.readAll());
    if (!audio)
        return DomainError{audio.error().code, path + u": "_s + audio.error().message};
    return audio;
}

StoreResult<QByteArray> WavFile::encode(const WavData &audio)
{
    if (audio.channels != 1 && audio.channels != 2) {
        return wavError(
            CallAudioErrorCode::WavInvalidAudio,
            u"Audio with %1 channels cannot be written; only mono and stereo"_s.arg(audio.channels));
    }
    if (audio.sampleRate <= 0 || quint32(audio.sampleRate) > MaximumSampleRate) {
        return wavError(CallAudioErrorCode::WavInvalidAudio,
                        u"Audio at %1 Hz cannot be written"_s.arg(audio.sampleRate));
    }
    if (audio.samples.size() % audio.channels != 0) {
        return wavError(CallAudioErrorCode::WavInvalidAudio,
                        u"%1 samples are not whole frames of %2 channels"_s.arg(audio.samples.size())
                            .arg(audio.channels));
    }
    const qint64 dataSize = qint64(audio.samples.size()) * 2;
    if (dataSize + CanonicalHeaderSize - 8 > qint64(std::numeric_limits<quint32>::max())) {
        return wavError(CallAudioErrorCode::WavInvalidAudio,
                        u"%1 bytes of audio do not fit in one WAV file (4 GiB)"_s.arg(dataSize));
    }

    const quint16 blockAlign = quint16(audio.channels * 2);
    QByteArray bytes(CanonicalHeaderSize + dataSize, Qt::Uninitialized);
    char *out = bytes.data();
    std::memcpy(out, "RIFF", 4);
    qToLittleEndian<quint32>(quint32(dataSize + CanonicalHeaderSize - 8), out + 4);
    std::memcpy(out + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, out + 16);
    qToLittleEndian<quint16>(FormatPcm, out + 20);
    qToLittleEndian<quint16>(quint16(audio.channels), out + 22);
    qToLittleEndian<quint32>(quint32(audio.sampleRate), out + 24);
    qToLittleEndian<quint32>(quint32(audio.sampleRate) * blockAlign, out + 28);
    qToLittleEndian<quint16>(blockAlign, out + 32);
    qToLittleEndian<quint16>(16, out + 34);
    std::memcpy(out + 36, "data", 4);
    qToLittleEndian<quint32>(quint32(dataSize), out + 40);
    qToLittleEndian<qint16>(audio.samples.constData(), audio.samples.size(), out + CanonicalHeaderSize);
    return bytes;
}

std::optional<DomainError> WavFile::write(const QString &path, const WavData &audio)
{
    auto bytes = encode(audio);
    if (!bytes)
        return bytes.error();
    // All or nothing: a crash half-way leaves the previous file, never half a WAV.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return wavError(CallAudioErrorCode::WavFileError,
                        u"%1: cannot be written: %2"_s.arg(path, file.errorString()));
    }
    return std::nullopt;
}

} // namespace ContactDesk

#pragma once

#include "domain/domainerror.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// Uncompressed 16-bit PCM audio in memory: what recordings and voice clips are made of.
struct WavData
{
    int sampleRate = 8000;
    int channels = 1;      // 1 or 2
    QList<qint16> samples; // interleaved when stereo (left, right, left, ...)

    qint64 frameCount() const; // samples per channel
    qint64 durationMs() const; // rounded down to whole milliseconds

    bool operator==(const WavData &other) const = default;
};

// RIFF WAVE files of 16-bit PCM, mono or stereo: the format recordings are stored and played in.
// Reading is strict and never trusts a size field: a file that ends early, a chunk that claims
// more bytes than its parent holds, a format other than PCM (plain or WAVE_FORMAT_EXTENSIBLE),
// another sample size or channel count, contradictory format fields or a data chunk that is not
// a whole number of sample frames are refused with a CallAudioErrorCode and a sentence naming
// the offset and the figures. Unknown chunks (LIST, fact, cue ...) are skipped.
namespace WavFile {

StoreResult<WavData> decode(const QByteArray &bytes);
// decode() of a file (also a Qt resource); errors start with the path.
StoreResult<WavData> read(const QString &path);

// A canonical 44-byte header and the samples. Refuses audio no WAV file can hold (no channels,
// samples not a multiple of the channels, a rate of 0, more than 4 GiB of data).
StoreResult<QByteArray> encode(const WavData &audio);
std::optional<DomainError> write(const QString &path, const WavData &audio);

} // namespace WavFile

} // namespace ContactDesk

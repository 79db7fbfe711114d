#include "waveform.h"

#include <algorithm>
#include <limits>

namespace ContactDesk {

QList<WaveformPeak> Waveform::peaks(const WavData &audio, int buckets)
{
    if (buckets <= 0)
        return {};
    QList<WaveformPeak> result(buckets);
    const int channels = std::max(audio.channels, 1);
    const qint64 frames = audio.samples.size() / channels;
    if (frames == 0)
        return result;

    constexpr float Scale = 1.0f / 32768.0f;
    const qint16 *sample = audio.samples.constData();
    // Bucket b holds the frames [b·frames/buckets, (b+1)·frames/buckets): every frame is read
    // once, and the divisions are per bucket, not per frame.
    for (int bucket = 0; bucket < buckets; ++bucket) {
        const qint64 first = qint64(bucket) * frames / buckets;
        qint64 last = (qint64(bucket) + 1) * frames / buckets;
        // Fewer frames than buckets: an empty slice shows the frame it falls on.
        const qint64 begin = std::min(first, frames - 1);
        if (last <= begin)
            last = begin + 1;
        qint16 low = std::numeric_limits<qint16>::max();
        qint16 high = std::numeric_limits<qint16>::min();
        for (qint64 frame = begin; frame < last; ++frame) {
            const qint16 *at = sample + frame * channels;
            for (int channel = 0; channel < channels; ++channel) {
                low = std::min(low, at[channel]);
                high = std::max(high, at[channel]);
            }
        }
        result[bucket] = WaveformPeak{float(low) * Scale, float(high) * Scale};
    }
    return result;
}

} // namespace ContactDesk

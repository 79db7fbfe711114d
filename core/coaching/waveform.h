#pragma once

#include "wavfile.h"

#include <QList>

namespace ContactDesk {

// The lowest and highest sample of one slice of audio, as a fraction of full scale: what a
// waveform display draws as one vertical line.
struct WaveformPeak
{
    float min = 0; // -1 ... 0 for audio that crosses zero
    float max = 0; // 0 ... 1

    bool operator==(const WaveformPeak &other) const = default;
};

namespace Waveform {

// `buckets` slices of equal length over the whole audio, each the min and max of its samples
// (of both channels when stereo) divided by 32768, so -32768 is -1 and 32767 just under 1.
// One pass over the samples, nothing allocated but the result: cheap enough to redraw an hour
// of 8 kHz audio for every resize. Audio shorter than `buckets` frames repeats each frame over
// the slices it covers rather than leaving gaps; no audio gives flat (0, 0) slices, and
// buckets <= 0 gives none.
QList<WaveformPeak> peaks(const WavData &audio, int buckets);

} // namespace Waveform

} // namespace ContactDesk

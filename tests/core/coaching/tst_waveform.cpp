// Waveform peaks for the player: a known signal gives the slices a listener would expect (a sine
// fills every slice to its amplitude, silence stays flat, a click shows in its own slice only),
// in full-scale fractions, for mono and stereo, long and very short audio.
#include "coaching/waveform.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace ContactDesk;

namespace {

WavData mono(QList<qint16> samples, int rate = 8000)
{
    WavData audio;
    audio.sampleRate = rate;
    audio.channels = 1;
    audio.samples = std::move(samples);
    return audio;
}

} // namespace

class TestWaveform : public QObject
{
    Q_OBJECT

private slots:
    void sineFillsEverySlice();
    void silenceIsFlat();
    void fullScaleIsMinusOneToJustUnderOne();
    void clickShowsInItsSliceOnly();
    void stepKeepsItsHalves();
    void stereoTakesBothChannels();
    void shortAudioRepeatsFrames();
    void emptyInputs();
};

void TestWaveform::sineFillsEverySlice()
{
    // 400 Hz at 8 kHz: 20 samples a period, the crests exactly on samples 5 and 15; 100 slices of
    // 80 samples hold four whole periods each.
    QList<qint16> samples;
    for (int n = 0; n < 8000; ++n)
        samples.append(qint16(std::lround(16384 * std::sin(2 * std::numbers::pi * 400 * n / 8000.0))));
    const auto peaks = Waveform::peaks(mono(samples), 100);
    QCOMPARE(peaks.size(), 100);
    for (const WaveformPeak &peak : peaks) {
        QCOMPARE(peak.max, 0.5f);
        QCOMPARE(peak.min, -0.5f);
    }

    // Half the amplitude, half the peaks.
    for (qint16 &sample : samples)
        sample = qint16(sample / 2);
    for (const WaveformPeak &peak : Waveform::peaks(mono(samples), 7)) {
        QCOMPARE(peak.max, 0.25f);
        QCOMPARE(peak.min, -0.25f);
    }
}

void TestWaveform::silenceIsFlat()
{
    QList<qint16> samples(16000, 0);
    const auto peaks = Waveform::peaks(mono(samples), 640);
    QCOMPARE(peaks.size(), 640);
    for (const WaveformPeak &peak : peaks)
        QCOMPARE(peak, (WaveformPeak{0, 0}));
}

void TestWaveform::fullScaleIsMinusOneToJustUnderOne()
{
    const auto peaks = Waveform::peaks(mono({-32768, 32767, 0, 0}), 1);
    QCOMPARE(peaks.size(), 1);
    QCOMPARE(peaks.at(0).min, -1.0f);
    QCOMPARE(peaks.at(0).max, 32767.0f / 32768.0f);
    QVERIFY(peaks.at(0).max < 1.0f);
}

void TestWaveform::clickShowsInItsSliceOnly()
{
    // 1000 frames, 10 slices of 100: a click at frame 437 belongs to slice 4.
    QList<qint16> samples(1000, 0);
    samples[437] = 8192;
    const auto peaks = Waveform::peaks(mono(samples), 10);
    for (int slice = 0; slice < 10; ++slice) {
        QCOMPARE(peaks.at(slice).min, 0.0f);
        QCOMPARE(peaks.at(slice).max, slice == 4 ? 0.25f : 0.0f);
    }
    // On a slice boundary: frame 400 is the first of slice 4, frame 399 the last of slice 3.
    samples[437] = 0;
    samples[399] = -8192;
    samples[400] = 16384;
    const auto edges = Waveform::peaks(mono(samples), 10);
    QCOMPARE(edges.at(3), (WaveformPeak{-0.25f, 0.0f}));
    QCOMPARE(edges.at(4), (WaveformPeak{0.0f, 0.5f}));
}

void TestWaveform::stepKeepsItsHalves()
{
    // 999 frames in 4 slices do not divide evenly: slices end at 249, 499, 749 and 999.
    QList<qint16> samples;
    for (int n = 0; n < 999; ++n)
        samples.append(n < 499 ? qint16(4096) : qint16(-4096));
    const auto peaks = Waveform::peaks(mono(samples), 4);
    QCOMPARE(peaks.at(0), (WaveformPeak{0.125f, 0.125f}));
    QCOMPARE(peaks.at(1), (WaveformPeak{0.125f, 0.125f}));
    QCOMPARE(peaks.at(2), (WaveformPeak{-0.125f, -0.125f}));
    QCOMPARE(peaks.at(3), (WaveformPeak{-0.125f, -0.125f}));
}

void TestWaveform::stereoTakesBothChannels()
{
    WavData audio;
    audio.channels = 2;
    for (int frame = 0; frame < 400; ++frame)
        audio.samples << qint16(8192) << qint16(-16384); // left, right
    const auto peaks = Waveform::peaks(audio, 4);
    QCOMPARE(peaks.size(), 4);
    for (const WaveformPeak &peak : peaks)
        QCOMPARE(peak, (WaveformPeak{-0.5f, 0.25f}));
}

void TestWaveform::shortAudioRepeatsFrames()
{
    // Three frames over six slices: each frame covers two slices, no slice is left empty.
    const auto peaks = Waveform::peaks(mono({8192, -8192, 16384}), 6);
    const QList<WaveformPeak> expected{{0.25f, 0.25f},   {0.25f, 0.25f}, {-0.25f, -0.25f},
                                       {-0.25f, -0.25f}, {0.5f, 0.5f},   {0.5f, 0.5f}};
    QCOMPARE(peaks, expected);
}

void TestWaveform::emptyInputs()
{
    QVERIFY(Waveform::peaks(mono({1, 2, 3}), 0).isEmpty());
    QVERIFY(Waveform::peaks(mono({1, 2, 3}), -5).isEmpty());
    const auto none = Waveform::peaks(mono({}), 5);
    QCOMPARE(none, QList<WaveformPeak>(5));
}

QTEST_APPLESS_MAIN(TestWaveform)
#include "tst_waveform.moc"

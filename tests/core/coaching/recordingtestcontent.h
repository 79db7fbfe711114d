#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ContactDesk {

// Recognisable content for the recording tests: a WAV file whose samples repeat a byte pattern
// found nowhere else, and a transcript with Korean and English sentences.
class RecordingTestContent final
{
public:
    // Six bytes repeated through the samples.
    static QByteArray wavPattern();
    // A mono 16-bit 8 kHz WAV with `sampleBytes` bytes of samples (the pattern, repeated).
    static QByteArray wav(qsizetype sampleBytes);
    static QList<QString> transcriptSentences();
    static QByteArray transcript(qint64 interactionId);
};

} // namespace ContactDesk

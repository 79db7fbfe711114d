#pragma once

#include <QStringView>

namespace ContactDesk {

// Stable codes of the errors the call-audio part of coaching reports (DomainError::code): reading
// and writing WAV files, the voice clip library and assembling a call's audio from a script.
namespace CallAudioErrorCode {
// WAV files (WavFile)
inline constexpr QStringView WavTruncated = u"wav-truncated";         // ends before what it promises
inline constexpr QStringView WavNotRiff = u"wav-not-riff";            // not a RIFF WAVE file at all
inline constexpr QStringView WavBadChunkSize = u"wav-bad-chunk-size"; // a chunk runs past its parent
inline constexpr QStringView WavMissingChunk = u"wav-missing-chunk";  // no 'fmt ' or no 'data'
inline constexpr QStringView WavDuplicateChunk = u"wav-duplicate-chunk";
inline constexpr QStringView WavNotPcm = u"wav-not-pcm"; // float, A-law, µ-law, ADPCM ...
inline constexpr QStringView WavUnsupportedSampleSize = u"wav-unsupported-sample-size"; // not 16-bit
inline constexpr QStringView WavUnsupportedChannels = u"wav-unsupported-channels";      // not mono/stereo
inline constexpr QStringView WavBadFormat = u"wav-bad-format"; // the 'fmt ' fields contradict each other
inline constexpr QStringView WavOddDataLength = u"wav-odd-data-length"; // not whole sample frames
inline constexpr QStringView WavInvalidAudio = u"wav-invalid-audio";    // nothing sensible to write
inline constexpr QStringView WavFileError = u"wav-file-error";          // the disk said no
// Voice clips (VoiceClipLibrary)
inline constexpr QStringView InvalidManifest = u"voice-clips-invalid-manifest";
inline constexpr QStringView InvalidClip = u"voice-clip-invalid";
inline constexpr QStringView DuplicateClip = u"voice-clip-duplicate";
inline constexpr QStringView ClipRateMismatch = u"voice-clip-rate-mismatch";
// Call scripts (CallAudioAssembler)
inline constexpr QStringView UnknownClip = u"call-script-unknown-clip";
inline constexpr QStringView InvalidScript = u"call-script-invalid";
inline constexpr QStringView UnknownLanguage = u"call-script-unknown-language";
} // namespace CallAudioErrorCode

} // namespace ContactDesk

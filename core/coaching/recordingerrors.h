#pragma once

#include <QStringView>

namespace ContactDesk {

// Stable codes of the errors recordings, the recording vault, its key and retention report
// (DomainError::code). A refusal by the permission matrix is AccountErrorCode::Forbidden; store
// errors (StoreErrorCode) and keychain errors (KeychainErrorCode) pass through with their codes.
namespace RecordingErrorCode {
// The metadata
inline constexpr QStringView InvalidRecording = u"recording-invalid";
inline constexpr QStringView NoContent = u"recording-no-content";             // not recorded: no consent
inline constexpr QStringView Deleted = u"recording-deleted";                  // a tombstone
inline constexpr QStringView LegalHold = u"recording-legal-hold";             // may not be deleted now
inline constexpr QStringView UnderEvaluation = u"recording-under-evaluation"; // nor while evaluated
inline constexpr QStringView ReasonRequired = u"recording-reason-required";
inline constexpr QStringView InvalidContent = u"recording-invalid-content"; // not a WAV, not a transcript
inline constexpr QStringView InvalidRetention = u"recording-invalid-retention";
// The encrypted file
inline constexpr QStringView FileMissing = u"recording-file-missing";
inline constexpr QStringView NotAVaultFile = u"recording-not-a-vault-file";
inline constexpr QStringView UnsupportedVersion = u"recording-unsupported-version";
inline constexpr QStringView WrongFile = u"recording-wrong-file"; // another recording's file
inline constexpr QStringView WrongKey = u"recording-wrong-key";
inline constexpr QStringView Truncated = u"recording-truncated";
inline constexpr QStringView Tampered = u"recording-tampered"; // authentication failed
inline constexpr QStringView ChecksumMismatch = u"recording-checksum-mismatch";
inline constexpr QStringView EncryptionFailed = u"recording-encryption-failed";
inline constexpr QStringView FileError = u"recording-file-error"; // the disk said no
// The key
inline constexpr QStringView KeyInvalid = u"recording-key-invalid";
inline constexpr QStringView KeyFileInsecure = u"recording-key-file-insecure";
inline constexpr QStringView KeyFileError = u"recording-key-file-error";
// Transcripts
inline constexpr QStringView InvalidTranscript = u"recording-invalid-transcript";
} // namespace RecordingErrorCode

} // namespace ContactDesk

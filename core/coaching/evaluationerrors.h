#pragma once

#include <QStringView>

namespace ContactDesk {

// Stable codes of the errors scorecards, evaluations, coaching comments and coaching sessions
// report (DomainError::code). A refusal by the permission matrix is AccountErrorCode::Forbidden;
// store errors (StoreErrorCode) pass through with their own codes.
namespace EvaluationErrorCode {
// Forms
inline constexpr QStringView InvalidScorecard = u"scorecard-invalid";
// Answers and scores
inline constexpr QStringView InvalidAnswer = u"evaluation-invalid-answer";
inline constexpr QStringView NotApplicableRefused = u"evaluation-not-applicable-refused";
inline constexpr QStringView Incomplete = u"evaluation-incomplete";
// Evaluations
inline constexpr QStringView InvalidEvaluation = u"evaluation-invalid";
inline constexpr QStringView WrongStatus = u"evaluation-wrong-status";
// Calibration
inline constexpr QStringView InvalidCalibration = u"calibration-invalid";
// Timestamped comments and coaching sessions
inline constexpr QStringView InvalidComment = u"coaching-comment-invalid";
inline constexpr QStringView InvalidSession = u"coaching-session-invalid";
} // namespace EvaluationErrorCode

} // namespace ContactDesk

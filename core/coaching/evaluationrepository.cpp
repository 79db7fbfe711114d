#include "evaluationrepository.h"

#include "evaluationerrors.h"
#include "scorecardrepository.h"
#include "security/accounterrors.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QString EvaluationColumns =
    u"id, interaction_id, agent_id, evaluator_user_id, evaluator_name, scorecard_id, scorecard_version, "
    u"answers,"
    " overall_comment, status, agent_comment, created_ms, updated_ms, submitted_ms, responded_ms, score"_s;

static DomainError forbidden(const QString &why)
{
    return DomainError{AccountErrorCode::Forbidden.toString(), why};
}

static DomainError wrongStatus(const Evaluation &evaluation, const QString &wanted)
{
    return DomainError{EvaluationErrorCode::WrongStatus.toString(),
                       u"Evaluation %1 is %2; this needs it %3"_s.arg(
                           QString::number(evaluation.id), evaluationStatusKey(evaluation.status), wanted)};
}

static DomainError damaged(qint64 id, const QString &what)
{
    return DomainError{StoreErrorCode::QueryFailed.toString(),
                       u"stored evaluation %1 is damaged: %2"_s.arg(QString::number(id), what)};
}

static QString compact(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

static QString answersToJson(const QList<ScorecardAnswer> &answers)
{
    QJsonArray array;
    for (const ScorecardAnswer &answer : answers) {
        QJsonObject object{{u"question"_s, answer.questionId},
                           {u"notApplicable"_s, answer.notApplicable},
                           {u"comment"_s, answer.comment}};
        if (answer.value)
            object.insert(u"value"_s, *answer.value);
        array.append(object);
    }
    return compact(array);
}

static QList<ScorecardAnswer> answersFromJson(const QString &json)
{
    QList<ScorecardAnswer> answers;
    for (const QJsonValue &item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = item.toObject();
        ScorecardAnswer answer;
        answer.questionId = object.value(u"question"_s).toString();
        if (const QJsonValue value = object.value(u"value"_s); value.isDouble())
            answer.value = value.toInt();
        answer.notApplicable = object.value(u"notApplicable"_s).toBool();
        answer.comment = object.value(u"comment"_s).toString();
        answers.append(answer);
    }
    return answers;
}

static StoreResult<Evaluation> evaluationFromRow(const QSqlQuery &query)
{
    Evaluation evaluation;
    evaluation.id = query.value(0).toLongLong();
    evaluation.interactionId = query.value(1).toLongLong();
    evaluation.agentId = query.value(2).toLongLong();
    evaluation.evaluatorUserId = query.value(3).toLongLong();
    evaluation.evaluatorName = query.value(4).toString();
    evaluation.scorecardId = query.value(5).toString();
    evaluation.scorecardVersion = query.value(6).toInt();
    evaluation.answers = answersFromJson(query.value(7).toString());
    evaluation.overallComment = query.value(8).toString();
    const auto status = evaluationStatusFromKey(query.value(9).toString());
    if (!status)
        return damaged(evaluation.id, u"unknown status '%1'"_s.arg(query.value(9).toString()));
    evaluation.status = *status;
    evaluation.agentComment = query.value(10).toString();
    evaluation.createdMs = query.value(11).toLongLong();
    evaluation.updatedMs = query.value(12).toLongLong();
    evaluation.submittedMs = query.value(13).toLongLong();
    evaluation.respondedMs = query.value(14).toLongLong();
    const QString score = query.value(15).toString();
    if (!score.isEmpty()) {
        evaluation.score = ScorecardScore::fromJson(QJsonDocument::fromJson(score.toUtf8()).object());
        if (!evaluation.score)
            return damaged(evaluation.id, u"its score does not read"_s);
    } else if (evaluation.status != EvaluationStatus::Draft) {
        return damaged(evaluation.id, u"it is submitted without a score"_s);
    }
    return evaluation;
}

static StoreResult<QList<Evaluation>> readEvaluations(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Evaluation> evaluations;
    while (query->next()) {
        auto evaluation = evaluationFromRow(*query);
        if (!evaluation) {
            query->finish();
            return evaluation.error();
        }
        evaluations.append(evaluation.value());
    }
    query->finish();
    return evaluations;
}

// Reading: the matrix on the evaluated agent, and drafts only for those who evaluate.
static std::optional<DomainError> checkRead(const Principal &who, const Evaluation &evaluation)
{
    if (auto refused = Permissions::check(who, Action::ReadEvaluation, Resource::ofAgent(evaluation.agentId)))
        return refused;
    if (evaluation.status == EvaluationStatus::Draft && Permissions::check(who, Action::WriteEvaluation)) {
        return forbidden(
            u"Evaluation %1 is still a draft; its agent sees it once it is submitted"_s.arg(evaluation.id));
    }
    return std::nullopt;
}

// Writing: the matrix, and no one scores the contacts of the agent record they work as.
static std::optional<DomainError> checkWrite(const Principal &who, const Evaluation &evaluation)
{
    if (auto refused =
            Permissions::check(who, Action::WriteEvaluation, Resource::ofAgent(evaluation.agentId)))
        return refused;
    if (who.agentId != 0 && who.agentId == evaluation.agentId) {
        return forbidden(u"User %1 works as agent %2 and may not evaluate that agent's contacts"_s.arg(
            QString::number(who.userId), QString::number(evaluation.agentId)));
    }
    return std::nullopt;
}

static std::optional<DomainError> checkEvaluator(const Principal &who, const Evaluation &stored)
{
    if (stored.evaluatorUserId != who.userId) {
        return forbidden(u"Only its evaluator (user %1) may change draft evaluation %2"_s.arg(
            QString::number(stored.evaluatorUserId), QString::number(stored.id)));
    }
    return std::nullopt;
}

static std::optional<DomainError> checkOneRow(QSqlQuery *query, const Evaluation &evaluation,
                                              const QString &wanted)
{
    const int rows = query->numRowsAffected();
    query->finish();
    // Another writer changed its status between our read and our write.
    if (rows != 1)
        return wrongStatus(evaluation, wanted);
    return std::nullopt;
}

EvaluationRepository::EvaluationRepository(Database &database)
    : m_database(database)
{}

StoreResult<Evaluation> EvaluationRepository::load(qint64 evaluationId)
{
    auto found = readEvaluations(m_database.execute(
        u"SELECT "_s + EvaluationColumns + u" FROM evaluations WHERE id = ?"_s, {qlonglong(evaluationId)}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return storeNotFound(u"evaluation %1"_s.arg(evaluationId));
    return found->constFirst();
}

static std::optional<DomainError> checkExists(Database &database, const QString &sql, qint64 id,
                                              const QString &what)
{
    auto found = database.execute(sql, {qlonglong(id)});
    if (!found)
        return found.error();
    const bool exists = found.value()->next();
    found.value()->finish();
    if (!exists)
        return storeNotFound(what);
    return std::nullopt;
}

std::optional<DomainError> EvaluationRepository::saveDraft(const Principal &who, Evaluation &evaluation,
                                                           qint64 nowMs)
{
    Evaluation candidate = evaluation;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        if (evaluation.id == 0) {
            candidate.evaluatorUserId = who.userId;
            candidate.status = EvaluationStatus::Draft;
            candidate.agentComment.clear();
            candidate.createdMs = nowMs;
            candidate.submittedMs = 0;
            candidate.respondedMs = 0;
            candidate.score.reset();
            if (auto refused = checkWrite(who, candidate))
                return refused;
        } else {
            auto stored = load(evaluation.id);
            if (!stored)
                return stored.error();
            if (auto refused = checkWrite(who, stored.value()))
                return refused;
            if (auto refused = checkEvaluator(who, stored.value()))
                return refused;
            if (stored->status != EvaluationStatus::Draft)
                return wrongStatus(stored.value(), u"a draft"_s);
            if (stored->interactionId != candidate.interactionId || stored->agentId != candidate.agentId
                || stored->scorecardId != candidate.scorecardId
                || stored->scorecardVersion != candidate.scorecardVersion) {
                return DomainError{
                    EvaluationErrorCode::InvalidEvaluation.toString(),
                    u"Draft evaluation %1 cannot move to another interaction, agent or scorecard; "
                    "discard it and start a new one"_s.arg(stored->id)};
            }
            const QList<ScorecardAnswer> answers = candidate.answers;
            const QString overallComment = candidate.overallComment;
            const QString evaluatorName = candidate.evaluatorName;
            candidate = stored.value();
            candidate.answers = answers;
            candidate.overallComment = overallComment;
            candidate.evaluatorName = evaluatorName;
        }
        candidate.evaluatorName = candidate.evaluatorName.trimmed();
        candidate.updatedMs = nowMs;
        if (auto invalid = candidate.validate())
            return invalid;

        auto form = ScorecardRepository(m_database).find(candidate.scorecardId, candidate.scorecardVersion);
        if (!form)
            return form.error();
        // Only the refusals matter here: a draft may be incomplete.
        if (auto scored = ScorecardScoring::score(form.value(), candidate.answers); !scored)
            return scored.error();

        if (candidate.id == 0) {
            if (auto missing =
                    checkExists(m_database, u"SELECT 1 FROM interactions WHERE id = ?"_s,
                                candidate.interactionId, u"interaction %1"_s.arg(candidate.interactionId)))
                return missing;
            if (auto missing = checkExists(m_database, u"SELECT 1 FROM agents WHERE id = ?"_s,
                                           candidate.agentId, u"agent %1"_s.arg(candidate.agentId)))
                return missing;
            auto inserted = m_database.execute(
                u"INSERT INTO evaluations (interaction_id, agent_id, evaluator_user_id, evaluator_name,"
                " scorecard_id, scorecard_version, answers, overall_comment, status, agent_comment, "
                "created_ms,"
                " updated_ms, submitted_ms, responded_ms, score_percent, score)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', '', ?, ?, 0, 0, NULL, '') RETURNING id"_s,
                {qlonglong(candidate.interactionId), qlonglong(candidate.agentId),
                 qlonglong(candidate.evaluatorUserId), candidate.evaluatorName, candidate.scorecardId,
                 candidate.scorecardVersion, answersToJson(candidate.answers), candidate.overallComment,
                 qlonglong(candidate.createdMs), qlonglong(candidate.updatedMs)});
            if (!inserted)
                return inserted.error();
            QSqlQuery *query = inserted.value();
            query->next();
            candidate.id = query->value(0).toLongLong();
            query->finish();
            return std::nullopt;
        }
        auto updated =
            m_database.execute(u"UPDATE evaluations SET evaluator_name = ?, answers = ?,"
                               " overall_comment = ?, updated_ms = ? WHERE id = ? AND status = 'draft'"_s,
                               {candidate.evaluatorName, answersToJson(candidate.answers),
                                candidate.overallComment, qlonglong(nowMs), qlonglong(candidate.id)});
        if (!updated)
            return updated.error();
        return checkOneRow(updated.value(), candidate, u"a draft"_s);
    });
    if (error)
        return error;
    evaluation = candidate;
    return std::nullopt;
}

StoreResult<Evaluation> EvaluationRepository::submit(const Principal &who, qint64 evaluationId, qint64 nowMs)
{
    Evaluation submitted;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        auto stored = load(evaluationId);
        if (!stored)
            return stored.error();
        if (auto refused = checkWrite(who, stored.value()))
            return refused;
        if (auto refused = checkEvaluator(who, stored.value()))
            return refused;
        if (stored->status != EvaluationStatus::Draft)
            return wrongStatus(stored.value(), u"a draft"_s);
        auto form = ScorecardRepository(m_database).find(stored->scorecardId, stored->scorecardVersion);
        if (!form)
            return form.error();
        auto score = ScorecardScoring::score(form.value(), stored->answers);
        if (!score)
            return score.error();
        if (score->outcome == ScoreOutcome::Incomplete) {
            return DomainError{EvaluationErrorCode::Incomplete.toString(),
                               u"Evaluation %1 cannot be submitted: %2 unanswered (%3)"_s.arg(
                                   QString::number(evaluationId),
                                   score->unansweredQuestions.size() == 1
                                       ? u"1 question is"_s
                                       : u"%1 questions are"_s.arg(score->unansweredQuestions.size()),
                                   score->unansweredQuestions.join(u", "_s))};
        }
        submitted = stored.value();
        submitted.status = EvaluationStatus::Submitted;
        submitted.submittedMs = nowMs;
        submitted.updatedMs = nowMs;
        submitted.score = score.value();
        auto updated = m_database.execute(
            u"UPDATE evaluations SET status = 'submitted', submitted_ms = ?, updated_ms = ?, score_percent = "
            u"?,"
            " score = ? WHERE id = ? AND status = 'draft'"_s,
            {qlonglong(nowMs), qlonglong(nowMs),
             score->percent ? QVariant(*score->percent) : QVariant(QMetaType::fromType<double>()),
             compact(score->toJson()), qlonglong(evaluationId)});
        if (!updated)
            return updated.error();
        return checkOneRow(updated.value(), stored.value(), u"a draft"_s);
    });
    if (error)
        return *error;
    return submitted;
}

StoreResult<Evaluation> EvaluationRepository::respond(const Principal &who, qint64 evaluationId,
                                                      EvaluationStatus response, const QString &comment,
                                                      qint64 nowMs)
{
    const QString agentComment = comment.trimmed();
    Evaluation answered;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        auto stored = load(evaluationId);
        if (!stored)
            return stored.error();
        if (auto refused = checkRead(who, stored.value()))
            return refused;
        // Reading it is not enough: a team lead may read any evaluation but answers only their own.
        if (who.agentId == 0 || who.agentId != stored->agentId) {
            return forbidden(
                u"Only the evaluated agent (agent %1) may acknowledge or dispute evaluation %2"_s.arg(
                    QString::number(stored->agentId), QString::number(evaluationId)));
        }
        if (stored->status != EvaluationStatus::Submitted)
            return wrongStatus(stored.value(), u"submitted"_s);
        if (response == EvaluationStatus::Disputed && agentComment.isEmpty()) {
            return DomainError{EvaluationErrorCode::InvalidEvaluation.toString(),
                               u"A dispute needs the agent's comment saying what is wrong"_s};
        }
        answered = stored.value();
        answered.status = response;
        answered.agentComment = agentComment;
        answered.respondedMs = nowMs;
        answered.updatedMs = nowMs;
        if (auto invalid = answered.validate())
            return invalid;
        auto updated =
            m_database.execute(u"UPDATE evaluations SET status = ?, agent_comment = ?, responded_ms = ?,"
                               " updated_ms = ? WHERE id = ? AND status = 'submitted'"_s,
                               {evaluationStatusKey(response), agentComment, qlonglong(nowMs),
                                qlonglong(nowMs), qlonglong(evaluationId)});
        if (!updated)
            return updated.error();
        return checkOneRow(updated.value(), stored.value(), u"submitted"_s);
    });
    if (error)
        return *error;
    return answered;
}

StoreResult<Evaluation> EvaluationRepository::acknowledge(const Principal &who, qint64 evaluationId,
                                                          const QString &comment, qint64 nowMs)
{
    return respond(who, evaluationId, EvaluationStatus::Acknowledged, comment, nowMs);
}

StoreResult<Evaluation> EvaluationRepository::dispute(const Principal &who, qint64 evaluationId,
                                                      const QString &comment, qint64 nowMs)
{
    return respond(who, evaluationId, EvaluationStatus::Disputed, comment, nowMs);
}

std::optional<DomainError> EvaluationRepository::discardDraft(const Principal &who, qint64 evaluationId)
{
    return m_database.transaction([&]() -> std::optional<DomainError> {
        auto stored = load(evaluationId);
        if (!stored)
            return stored.error();
        if (auto refused = checkWrite(who, stored.value()))
            return refused;
        if (auto refused = checkEvaluator(who, stored.value()))
            return refused;
        if (stored->status != EvaluationStatus::Draft)
            return wrongStatus(stored.value(), u"a draft"_s);
        auto deleted = m_database.execute(u"DELETE FROM evaluations WHERE id = ? AND status = 'draft'"_s,
                                          {qlonglong(evaluationId)});
        if (!deleted)
            return deleted.error();
        return checkOneRow(deleted.value(), stored.value(), u"a draft"_s);
    });
}

StoreResult<Evaluation> EvaluationRepository::findById(const Principal &who, qint64 evaluationId)
{
    auto stored = load(evaluationId);
    if (!stored)
        return stored.error();
    if (auto refused = checkRead(who, stored.value()))
        return *refused;
    return stored;
}

StoreResult<QList<Evaluation>> EvaluationRepository::readable(const Principal &who,
                                                              StoreResult<QList<Evaluation>> evaluations)
{
    if (!evaluations)
        return evaluations.error();
    QList<Evaluation> visible;
    for (const Evaluation &evaluation : evaluations.value()) {
        if (!checkRead(who, evaluation))
            visible.append(evaluation);
    }
    return visible;
}

StoreResult<QList<Evaluation>> EvaluationRepository::listForAgent(const Principal &who, qint64 agentId)
{
    if (auto refused = Permissions::check(who, Action::ReadEvaluation, Resource::ofAgent(agentId)))
        return *refused;
    return readable(who, readEvaluations(m_database.execute(u"SELECT "_s + EvaluationColumns
                                                                + u" FROM evaluations WHERE agent_id = ?"
                                                                  " ORDER BY created_ms DESC, id DESC"_s,
                                                            {qlonglong(agentId)})));
}

StoreResult<QList<Evaluation>> EvaluationRepository::listForInteraction(const Principal &who,
                                                                        qint64 interactionId)
{
    return readable(who,
                    readEvaluations(m_database.execute(u"SELECT "_s + EvaluationColumns
                                                           + u" FROM evaluations WHERE interaction_id = ?"
                                                             " ORDER BY created_ms, id"_s,
                                                       {qlonglong(interactionId)})));
}

StoreResult<QList<Evaluation>> EvaluationRepository::listByEvaluator(const Principal &who,
                                                                     qint64 evaluatorUserId)
{
    return readable(who,
                    readEvaluations(m_database.execute(u"SELECT "_s + EvaluationColumns
                                                           + u" FROM evaluations WHERE evaluator_user_id = ?"
                                                             " ORDER BY created_ms DESC, id DESC"_s,
                                                       {qlonglong(evaluatorUserId)})));
}

StoreResult<QList<qint64>> EvaluationRepository::interactionsUnderEvaluation()
{
    auto found =
        m_database.execute(u"SELECT DISTINCT interaction_id FROM evaluations"
                           " WHERE status IN ('draft', 'submitted', 'disputed') ORDER BY interaction_id"_s);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<qint64> interactions;
    while (query->next())
        interactions.append(query->value(0).toLongLong());
    query->finish();
    return interactions;
}

StoreResult<bool> EvaluationRepository::isUnderEvaluation(qint64 interactionId)
{
    auto found = m_database.execute(u"SELECT 1 FROM evaluations WHERE interaction_id = ?"
                                    " AND status IN ('draft', 'submitted', 'disputed') LIMIT 1"_s,
                                    {qlonglong(interactionId)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    const bool open = query->next();
    query->finish();
    return open;
}

StoreResult<QList<qint64>> EvaluationRepository::evaluatedInteractions(const Principal &who)
{
    QString sql = u"SELECT DISTINCT interaction_id FROM evaluations"
                  " WHERE status IN ('submitted', 'acknowledged', 'disputed')"_s;
    QVariantList bindings;
    switch (Permissions::grant(who.role, Action::ReadEvaluation)) {
    case Grant::Any:
        break;
    case Grant::Own:
        if (who.agentId == 0)
            return QList<qint64>();
        sql += u" AND agent_id = ?"_s;
        bindings << qlonglong(who.agentId);
        break;
    case Grant::No:
        return *Permissions::check(who, Action::ReadEvaluation);
    }
    auto found = m_database.execute(sql + u" ORDER BY interaction_id"_s, bindings);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<qint64> interactions;
    while (query->next())
        interactions.append(query->value(0).toLongLong());
    query->finish();
    return interactions;
}

StoreResult<QList<ScoreTrendPoint>> EvaluationRepository::scoreTrend(const Principal &who, qint64 agentId,
                                                                     qint64 fromMs, qint64 untilMs)
{
    if (auto refused = Permissions::check(who, Action::ReadEvaluation, Resource::ofAgent(agentId)))
        return *refused;
    // A bound end rather than "? = 0 OR ...": PostgreSQL would type that parameter as a 32-bit integer.
    const qint64 end = untilMs > 0 ? untilMs : std::numeric_limits<qint64>::max();
    auto found = m_database.execute(
        u"SELECT id, interaction_id, submitted_ms, score_percent, score, scorecard_id, scorecard_version"
        " FROM evaluations WHERE agent_id = ? AND status IN ('submitted', 'acknowledged', 'disputed')"
        " AND score_percent IS NOT NULL AND submitted_ms >= ? AND submitted_ms < ?"
        " ORDER BY submitted_ms, id"_s,
        {qlonglong(agentId), qlonglong(fromMs), qlonglong(end)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<ScoreTrendPoint> points;
    while (query->next()) {
        ScoreTrendPoint point;
        point.evaluationId = query->value(0).toLongLong();
        point.interactionId = query->value(1).toLongLong();
        point.submittedMs = query->value(2).toLongLong();
        point.percent = query->value(3).toDouble();
        const auto score =
            ScorecardScore::fromJson(QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object());
        point.criticalFailed = score && score->criticalFailed;
        point.scorecardId = query->value(5).toString();
        point.scorecardVersion = query->value(6).toInt();
        points.append(point);
    }
    query->finish();
    return points;
}

} // namespace ContactDesk

#include "democoaching.h"

#include "callaudioassembler.h"
#include "coachingcommentrepository.h"
#include "demoscorecard.h"
#include "evaluationrepository.h"
#include "recordingarchive.h"
#include "scorecardrepository.h"
#include "security/passwordhasher.h"
#include "security/sodiumruntime.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "transcript.h"
#include "voicecliplibrary.h"

#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

// The shortest and longest demo call: long enough for the whole conversation and a hold, short
// enough that the first start stays quick and the files small.
constexpr qint64 MinimumCallMs = 40'000;
constexpr qint64 MaximumCallMs = 150'000;

// 24 random bytes nobody ever sees. No hashing cost makes such a password easier to guess, so
// the cheapest Argon2id does (a dozen accounts stay a fraction of a second at first start); the
// hash an admin's `contactdesk-cli user passwd` writes has the normal cost.
StoreResult<QString> unknowablePasswordHash()
{
    if (!SodiumRuntime::ready())
        return DomainError{u"password-hash-failed"_s, u"libsodium could not be initialised"_s};
    QByteArray secret(24, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    const QString password = QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding));
    sodium_memzero(secret.data(), size_t(secret.size()));
    const PasswordHasher hasher(
        PasswordHasher::Cost{quint64(crypto_pwhash_OPSLIMIT_MIN), quint64(crypto_pwhash_MEMLIMIT_MIN)});
    return hasher.hash(password);
}

// Recent closed contacts on `channel` of agents other than `exceptAgentId`, each agent's first,
// then more of the same agents when there are too few agents.
StoreResult<QList<Interaction>> recentContacts(Database &database, Channel channel, qint64 exceptAgentId,
                                               int count)
{
    auto found = database.execute(
        u"SELECT id FROM interactions WHERE state = 'closed' AND channel = ? AND agent_id IS NOT NULL"
        " AND agent_id <> ? AND connected_ms > 0 AND wrap_up_ms > connected_ms"
        " ORDER BY closed_ms DESC, id DESC LIMIT 200"_s,
        {channelKey(channel), qlonglong(exceptAgentId)});
    if (!found)
        return found.error();
    QList<qint64> ids;
    while (found.value()->next())
        ids.append(found.value()->value(0).toLongLong());
    found.value()->finish();

    InteractionRepository interactions(database);
    QList<Interaction> candidates;
    for (qint64 id : std::as_const(ids)) {
        auto interaction = interactions.findById(id);
        if (!interaction)
            return interaction.error();
        candidates.append(interaction.value());
    }
    QList<Interaction> chosen;
    QSet<qint64> agents;
    for (const Interaction &interaction : std::as_const(candidates)) {
        if (chosen.size() < count && !agents.contains(interaction.agentId)) {
            agents.insert(interaction.agentId);
            chosen.append(interaction);
        }
    }
    for (const Interaction &interaction : std::as_const(candidates)) {
        const bool taken = std::any_of(chosen.cbegin(), chosen.cend(),
                                       [&](const Interaction &other) { return other.id == interaction.id; });
        if (chosen.size() < count && !taken)
            chosen.append(interaction);
    }
    return chosen;
}

// An evaluator's plausible answers: mostly good, now and then a weaker point, and (with
// `missedIdentity`) the critical identity check failed, so the demo shows a failed evaluation.
QList<ScorecardAnswer> answersFor(const Scorecard &form, int variant, bool voice, bool missedIdentity,
                                  bool korean)
{
    QList<ScorecardAnswer> answers;
    int index = 0;
    for (const ScorecardSection &section : form.sections) {
        for (const ScorecardQuestion &question : section.questions) {
            ++index;
            if (question.notApplicableAllowed && (!voice || (variant + index) % 3 == 0)) {
                answers.append(ScorecardAnswer::na(question.id));
                continue;
            }
            int value = question.maximumValue();
            if (question.type == QuestionType::Scale1to5)
                value = 3 + (variant + index) % 3;
            else if (question.type == QuestionType::Points)
                value = question.maxPoints - (variant + index) % 4;
            else if (question.critical)
                value = missedIdentity && question.id == u"identity-verified" ? 0 : 1;
            else if ((variant + index) % 5 == 0)
                value = 0;
            QString comment;
            if (value == 0 && question.id == u"identity-verified") {
                comment = korean ? u"생년월일만 묻고 본인 확인을 끝냈습니다."_s
                                 : u"Only the date of birth was asked; that is not a full check."_s;
            } else if (value == 0) {
                comment =
                    korean ? u"다음 통화에서는 꼭 챙겨 주세요."_s : u"Please make sure of this next time."_s;
            }
            answers.append(ScorecardAnswer::of(question.id, value, comment));
        }
    }
    return answers;
}

} // namespace

StoreResult<DemoCoachingSummary> DemoCoaching::seedIfNoUsers(Database &database, RecordingArchive *archive,
                                                             qint64 nowMs)
{
    DemoCoachingSummary summary;
    auto existing = UserRepository(database).list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return summary;
    auto agents = AgentRepository(database).list();
    if (!agents)
        return agents.error();
    if (agents->isEmpty())
        return summary;
    QList<Agent> byId = *agents;
    std::sort(byId.begin(), byId.end(), [](const Agent &a, const Agent &b) { return a.id < b.id; });

    StoreResult<VoiceClipLibrary> clips =
        archive ? VoiceClipLibrary::load() : StoreResult<VoiceClipLibrary>(VoiceClipLibrary());
    if (!clips)
        return clips.error();

    const auto error = database.transaction([&]() -> std::optional<DomainError> {
        UserRepository users(database);
        for (const Agent &agent : std::as_const(byId)) {
            auto hash = unknowablePasswordHash();
            if (!hash)
                return hash.error();
            User user;
            user.login = agent.login;
            user.displayName = agent.displayName;
            user.role = agent.id == byId.constFirst().id ? Role::TeamLead : Role::Agent;
            user.agentId = agent.id;
            user.passwordHash = *hash;
            user.createdMs = nowMs;
            user.passwordChangedMs = nowMs;
            if (auto failed = users.add(user))
                return failed;
            ++summary.users;
            if (user.role == Role::TeamLead) {
                summary.leadUserId = user.id;
                summary.leadAgentId = agent.id;
            }
        }
        const Principal lead{summary.leadUserId, Role::TeamLead, summary.leadAgentId};
        const QString leadName = byId.constFirst().displayName;

        Scorecard form = DemoScorecard::customerServiceCall();
        if (auto failed = ScorecardRepository(database).save(lead, form, nowMs))
            return failed;
        if (!archive)
            return std::nullopt;

        auto calls = recentContacts(database, Channel::Voice, summary.leadAgentId, CallRecordings);
        if (!calls)
            return calls.error();
        auto chats = recentContacts(database, Channel::Chat, summary.leadAgentId, ChatRecordings);
        if (!chats)
            return chats.error();
        QList<Interaction> recorded = *calls;
        recorded.append(*chats);

        const CallAudioAssembler assembler(*clips);
        CustomerRepository customers(database);
        MessageRepository messages(database);
        EvaluationRepository evaluations(database);
        CoachingCommentRepository comments(database);
        const qsizetype draftIndex =
            !recorded.isEmpty() && recorded.first().channel == Channel::Voice ? 0 : recorded.size() - 2;
        for (qsizetype index = 0; index < recorded.size(); ++index) {
            const Interaction &interaction = recorded.at(index);
            const InteractionTimes &times = interaction.times();
            const bool voice = interaction.channel == Channel::Voice;
            bool korean = true;
            if (interaction.customerId != 0) {
                if (auto customer = customers.findById(interaction.customerId))
                    korean = !customer->preferredLanguage.startsWith(u"en"_s);
            }
            Recording recording;
            recording.interactionId = interaction.id;
            recording.agentId = interaction.agentId;
            for (const Agent &agent : std::as_const(byId)) {
                if (agent.id == interaction.agentId)
                    recording.team = agent.team;
            }
            recording.queueId = interaction.queueId;
            recording.customerId = interaction.customerId;
            recording.channel = interaction.channel;
            recording.dispositionCode = interaction.dispositionCode;
            recording.csat = interaction.csat();
            recording.startedMs = times.connectedMs;
            recording.kind = voice ? RecordingKind::Audio : RecordingKind::Transcript;
            QByteArray content;
            QList<Message> conversation;
            if (voice) {
                const qint64 talkMs =
                    std::clamp<qint64>(times.wrapUpMs - times.connectedMs, MinimumCallMs, MaximumCallMs);
                // The first call is the one with a card payment, its pause cut out of the audio.
                auto script = assembler.scriptFor(korean ? u"ko"_s : u"en"_s, quint64(interaction.id), talkMs,
                                                  index == 0);
                if (!script)
                    return script.error();
                auto audio = assembler.assemble(*script);
                if (!audio)
                    return audio.error();
                recording.durationMs = audio->durationMs;
                recording.pauses = audio->pauses;
                recording.markers = audio->markers;
                content = audio->wav;
            } else {
                auto stored = messages.forInteraction(interaction.id);
                if (!stored)
                    return stored.error();
                conversation = *stored;
                recording.durationMs = times.wrapUpMs - times.connectedMs;
                content = Transcript::encode(interaction.id, conversation);
            }
            if (auto failed = archive->store(recording, content))
                return failed;
            ++summary.recordings;

            // The last recording is left for the team lead to evaluate; the call with the card
            // payment is an evaluation in progress, its first comment left already (the one
            // before the last when the first is no call); the others are submitted (one of them
            // failing the identity check).
            if (index == recorded.size() - 1)
                continue;
            const bool draft = index == draftIndex;
            Evaluation evaluation;
            evaluation.interactionId = interaction.id;
            evaluation.agentId = interaction.agentId;
            evaluation.evaluatorName = leadName;
            evaluation.scorecardId = form.id;
            evaluation.scorecardVersion = form.version;
            evaluation.answers = answersFor(form, int(index), voice, index == 1, korean);
            evaluation.overallComment =
                korean ? u"전반적으로 친절한 응대였습니다. 해결 안내를 조금 더 구체적으로 해 주세요."_s
                       : u"A friendly contact overall; explain the solution a little more concretely."_s;
            if (draft) {
                // Half done: the evaluator has answered the first sections only.
                evaluation.answers.resize(evaluation.answers.size() / 2);
                evaluation.overallComment.clear();
            }
            const qint64 evaluatedMs = nowMs - (recorded.size() - index) * 3'600'000LL;
            if (auto failed = evaluations.saveDraft(lead, evaluation, evaluatedMs))
                return failed;
            if (draft) {
                ++summary.drafts;
            } else {
                auto submitted = evaluations.submit(lead, evaluation.id, evaluatedMs);
                if (!submitted)
                    return submitted.error();
                ++summary.evaluations;
            }

            CoachingComment comment;
            comment.interactionId = interaction.id;
            comment.authorName = leadName;
            if (voice) {
                // At the first thing worth a word: the cut card payment, a hold, else the opening.
                comment.anchor = CommentAnchor::atPosition(std::min<qint64>(5'000, recording.durationMs));
                comment.body = korean ? u"첫인사가 밝고 좋습니다."_s : u"A warm, clear greeting."_s;
                for (const RecordingMarker &marker : std::as_const(recording.markers)) {
                    if (marker.kind == RecordingMarkerKind::Pause) {
                        comment.anchor = CommentAnchor::atPosition(marker.atMs);
                        comment.body =
                            korean ? u"카드 번호를 말하는 동안 녹음을 정확히 멈췄습니다. 잘했어요."_s
                                   : u"Recording paused exactly while the card number was read. Well done."_s;
                        break;
                    }
                    if (marker.kind == RecordingMarkerKind::Hold) {
                        comment.anchor = CommentAnchor::atPosition(marker.atMs);
                        comment.body = korean ? u"보류 전에 고객에게 양해를 구한 점이 좋습니다."_s
                                              : u"Good: the customer was asked before the hold."_s;
                        break;
                    }
                }
            } else {
                const auto reply =
                    std::find_if(conversation.cbegin(), conversation.cend(),
                                 [](const Message &m) { return m.sender == SenderRole::Agent; });
                if (reply == conversation.cend())
                    continue;
                comment.anchor = CommentAnchor::atMessage(reply->id);
                comment.body =
                    korean ? u"첫 답장이 빠르고 정확했습니다."_s : u"A quick and precise first reply."_s;
            }
            if (auto failed = comments.add(lead, comment, evaluatedMs + 60'000))
                return failed;
            ++summary.comments;
        }
        return std::nullopt;
    });
    if (error)
        return *error;
    return summary;
}

} // namespace ContactDesk

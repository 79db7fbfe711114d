#include "protocolcodec.h"

#include "domain/jsontype.h"
#include "protocolcodecdetail.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ContactDesk::Protocol {

namespace {

// --- keys the domain has no function for ----------------------------------------------------

QString transferTargetKindKey(TransferTarget::Kind kind)
{
    switch (kind) {
    case TransferTarget::Kind::Agent:
        return u"agent"_s;
    case TransferTarget::Kind::Queue:
        return u"queue"_s;
    }
    Q_UNREACHABLE();
}

std::optional<TransferTarget::Kind> transferTargetKindFromKey(QStringView key)
{
    for (TransferTarget::Kind kind : {TransferTarget::Kind::Agent, TransferTarget::Kind::Queue}) {
        if (key == transferTargetKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<WallboardActivity> wallboardActivityFromKey(QStringView key)
{
    for (WallboardActivity activity :
         {WallboardActivity::LoggedOut, WallboardActivity::Ready, WallboardActivity::NotReady,
          WallboardActivity::AfterCallWork, WallboardActivity::Busy}) {
        if (key == wallboardActivityKey(activity))
            return activity;
    }
    return std::nullopt;
}

// A message must name something even when the caller decodes a value at the empty path.
QString subject(const QString &path)
{
    return path.isEmpty() ? u"the value"_s : path;
}

} // namespace

// --- writing -------------------------------------------------------------------------------

QJsonValue encode(bool value)
{
    return value;
}

QJsonValue encode(int value)
{
    return value;
}

QJsonValue encode(qint64 value)
{
    return value;
}

QJsonValue encode(double value)
{
    return value;
}

QJsonValue encode(const QString &value)
{
    return value;
}

QJsonValue encode(const QByteArray &value)
{
    return QString::fromUtf8(value);
}

QJsonValue encode(const QStringList &value)
{
    return QJsonArray::fromStringList(value);
}

QJsonValue encode(Channel value)
{
    return channelKey(value);
}

QJsonValue encode(Direction value)
{
    return directionKey(value);
}

QJsonValue encode(InteractionState value)
{
    return interactionStateKey(value);
}

QJsonValue encode(AgentState value)
{
    return agentStateKey(value);
}

QJsonValue encode(ContactKind value)
{
    return contactKindKey(value);
}

QJsonValue encode(Segment value)
{
    return segmentKey(value);
}

QJsonValue encode(ValueTier value)
{
    return valueTierKey(value);
}

QJsonValue encode(SenderRole value)
{
    return senderRoleKey(value);
}

QJsonValue encode(WorkItemStatus value)
{
    return workItemStatusKey(value);
}

QJsonValue encode(Role value)
{
    return roleKey(value);
}

QJsonValue encode(ConsultStage value)
{
    return consultStageKey(value);
}

QJsonValue encode(SupervisionMode value)
{
    return supervisionModeKey(value);
}

QJsonValue encode(RecordingState value)
{
    return recordingStateKey(value);
}

QJsonValue encode(TransferTarget::Kind value)
{
    return transferTargetKindKey(value);
}

QJsonValue encode(WallboardActivity value)
{
    return wallboardActivityKey(value);
}

QJsonValue encode(WallboardFigure value)
{
    return wallboardFigureKey(value);
}

QJsonValue encode(OfferCategory value)
{
    return offerCategoryKey(value);
}

QJsonValue encode(OfferConsent value)
{
    return offerConsentKey(value);
}

QJsonValue encode(const SkillLevels &value)
{
    QJsonObject object;
    for (auto it = value.cbegin(); it != value.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonValue encode(const SkillRequirement &value)
{
    return QJsonObject{{u"skill"_s, value.skill}, {u"minimumLevel"_s, value.minimumLevel}};
}

QJsonValue encode(const ChannelCapacity &value)
{
    QJsonObject maximum;
    for (auto it = value.maximum.cbegin(); it != value.maximum.cend(); ++it)
        maximum.insert(channelKey(it.key()), it.value());
    return QJsonObject{{u"maximum"_s, maximum},
                       {u"voiceBlocksOtherChannels"_s, value.voiceBlocksOtherChannels}};
}

QJsonValue encode(const Skill &value)
{
    return QJsonObject{{u"id"_s, value.id}, {u"name"_s, value.name}};
}

QJsonValue encode(const ContactPoint &value)
{
    return QJsonObject{
        {u"id"_s, value.id},       {u"customerId"_s, value.customerId}, {u"kind"_s, encode(value.kind)},
        {u"value"_s, value.value}, {u"label"_s, value.label},           {u"primary"_s, value.primary}};
}

QJsonValue encode(const Customer &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"givenName"_s, value.givenName},
                       {u"familyName"_s, value.familyName},
                       {u"company"_s, value.company},
                       {u"preferredLanguage"_s, value.preferredLanguage},
                       {u"segment"_s, encode(value.segment)},
                       {u"valueTier"_s, encode(value.valueTier)},
                       {u"lifetimeValueMinor"_s, value.lifetimeValueMinor},
                       {u"currency"_s, value.currency},
                       {u"vip"_s, value.vip},
                       {u"marketingConsent"_s, value.marketingConsent},
                       {u"recordingConsent"_s, value.recordingConsent},
                       {u"createdAtMs"_s, value.createdAtMs},
                       {u"contactPoints"_s, encode(value.contactPoints)}};
}

QJsonValue encode(const InteractionTimes &value)
{
    return QJsonObject{
        {u"createdMs"_s, value.createdMs},     {u"queuedMs"_s, value.queuedMs},
        {u"offeredMs"_s, value.offeredMs},     {u"connectedMs"_s, value.connectedMs},
        {u"wrapUpMs"_s, value.wrapUpMs},       {u"closedMs"_s, value.closedMs},
        {u"abandonedMs"_s, value.abandonedMs}, {u"callbackRequestedMs"_s, value.callbackRequestedMs},
        {u"heldSinceMs"_s, value.heldSinceMs}, {u"totalHoldMs"_s, value.totalHoldMs}};
}

QJsonValue encode(const Interaction &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"channel"_s, encode(value.channel)},
                       {u"direction"_s, encode(value.direction)},
                       {u"state"_s, encode(value.state())},
                       {u"customerId"_s, value.customerId},
                       {u"queueId"_s, value.queueId},
                       {u"requiredSkills"_s, encode(value.requiredSkills)},
                       {u"priority"_s, value.priority},
                       {u"agentId"_s, value.agentId},
                       {u"subject"_s, value.subject},
                       {u"externalRef"_s, value.externalRef},
                       {u"dispositionCode"_s, value.dispositionCode},
                       {u"notes"_s, value.notes},
                       {u"resolved"_s, value.resolved},
                       {u"times"_s, encode(value.times())},
                       {u"csat"_s, encode(value.csat())}};
}

QJsonValue encode(const Attachment &value)
{
    return QJsonObject{
        {u"fileName"_s, value.fileName}, {u"mimeType"_s, value.mimeType}, {u"sizeBytes"_s, value.sizeBytes}};
}

QJsonValue encode(const Message &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"interactionId"_s, value.interactionId},
                       {u"sender"_s, encode(value.sender)},
                       {u"senderName"_s, value.senderName},
                       {u"subject"_s, value.subject},
                       {u"body"_s, value.body},
                       {u"sentAtMs"_s, value.sentAtMs},
                       {u"attachments"_s, encode(value.attachments)}};
}

QJsonValue encode(const WorkItem &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"customerId"_s, value.customerId},
                       {u"sourceInteractionId"_s, value.sourceInteractionId},
                       {u"queueId"_s, value.queueId},
                       {u"title"_s, value.title},
                       {u"description"_s, value.description},
                       {u"createdAtMs"_s, value.createdAtMs},
                       {u"dueAtMs"_s, value.dueAtMs},
                       {u"status"_s, encode(value.status)},
                       {u"assignedAgentId"_s, value.assignedAgentId}};
}

QJsonValue encode(const TimelineFilter &value)
{
    return QJsonObject{{u"channels"_s, encode(value.channels)}, {u"text"_s, value.text}};
}

QJsonValue encode(const TimelineCursor &value)
{
    return QJsonObject{{u"beforeCreatedMs"_s, value.beforeCreatedMs}, {u"beforeId"_s, value.beforeId}};
}

QJsonValue encode(const TimelineItem &value)
{
    return QJsonObject{{u"interaction"_s, encode(value.interaction)},
                       {u"messageCount"_s, value.messageCount},
                       {u"agentName"_s, value.agentName}};
}

QJsonValue encode(const TimelineItemPage &value)
{
    return QJsonObject{
        {u"items"_s, encode(value.items)}, {u"hasMore"_s, value.hasMore}, {u"next"_s, encode(value.next)}};
}

QJsonValue encode(const AgentSession &value)
{
    return QJsonObject{{u"agentId"_s, value.agentId},          {u"login"_s, value.login},
                       {u"displayName"_s, value.displayName},  {u"team"_s, value.team},
                       {u"role"_s, encode(value.role)},        {u"skills"_s, encode(value.skills)},
                       {u"capacity"_s, encode(value.capacity)}};
}

QJsonValue encode(const AgentStatus &value)
{
    return QJsonObject{{u"agentId"_s, value.agentId},
                       {u"state"_s, encode(value.state)},
                       {u"reasonCode"_s, value.reasonCode},
                       {u"sinceMs"_s, value.sinceMs},
                       {u"activeContacts"_s, value.activeContacts}};
}

QJsonValue encode(const ContactSummary &value)
{
    return QJsonObject{{u"interactionId"_s, value.interactionId},
                       {u"channel"_s, encode(value.channel)},
                       {u"direction"_s, encode(value.direction)},
                       {u"state"_s, encode(value.state)},
                       {u"queueId"_s, value.queueId},
                       {u"queueName"_s, value.queueName},
                       {u"customerId"_s, value.customerId},
                       {u"customerName"_s, value.customerName},
                       {u"vip"_s, value.vip},
                       {u"from"_s, value.from},
                       {u"subject"_s, value.subject},
                       {u"agentId"_s, value.agentId},
                       {u"times"_s, encode(value.times)},
                       {u"offerExpiresAtMs"_s, value.offerExpiresAtMs},
                       {u"muted"_s, value.muted},
                       {u"callback"_s, value.callback},
                       {u"campaign"_s, value.campaign},
                       {u"workItemId"_s, value.workItemId},
                       {u"consult"_s, encode(value.consult)},
                       {u"consultAgentId"_s, value.consultAgentId},
                       {u"consultAgentName"_s, value.consultAgentName},
                       {u"consultInteractionId"_s, value.consultInteractionId},
                       {u"consultForInteractionId"_s, value.consultForInteractionId},
                       {u"supervision"_s, encode(value.supervision)},
                       {u"recording"_s, encode(value.recording)}};
}

QJsonValue encode(const WrapUp &value)
{
    return QJsonObject{{u"interactionId"_s, value.interactionId},
                       {u"dispositionCode"_s, value.dispositionCode},
                       {u"notes"_s, value.notes},
                       {u"resolved"_s, value.resolved},
                       {u"followUp"_s, encode(value.followUp)}};
}

QJsonValue encode(const DispositionOption &value)
{
    return QJsonObject{{u"code"_s, value.code}, {u"labelEn"_s, value.labelEn}, {u"labelKo"_s, value.labelKo}};
}

QJsonValue encode(const CannedResponse &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"language"_s, value.language},
                       {u"title"_s, value.title},
                       {u"body"_s, value.body},
                       {u"channels"_s, encode(value.channels)}};
}

QJsonValue encode(const TransferTarget &value)
{
    return QJsonObject{{u"kind"_s, encode(value.kind)},
                       {u"agentId"_s, value.agentId},
                       {u"queueId"_s, value.queueId},
                       {u"name"_s, value.name},
                       {u"agentState"_s, encode(value.agentState)},
                       {u"waiting"_s, value.waiting}};
}

QJsonValue encode(const InternalMessage &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"fromAgentId"_s, value.fromAgentId},
                       {u"fromName"_s, value.fromName},
                       {u"toAgentId"_s, value.toAgentId},
                       {u"toGroup"_s, value.toGroup},
                       {u"aboutInteractionId"_s, value.aboutInteractionId},
                       {u"body"_s, value.body},
                       {u"sentAtMs"_s, value.sentAtMs}};
}

QJsonValue encode(const NextOffer &value)
{
    return QJsonObject{{u"offerId"_s, value.offerId},
                       {u"name"_s, value.name},
                       {u"category"_s, value.category},
                       {u"reason"_s, value.reason},
                       {u"acceptanceProbability"_s, value.acceptanceProbability},
                       {u"marginMinor"_s, value.marginMinor},
                       {u"currency"_s, value.currency},
                       {u"outcome"_s, value.outcome}};
}

QJsonValue encode(const OfferProduct &value)
{
    return QJsonObject{{u"id"_s, value.id}, {u"nameEn"_s, value.nameEn}, {u"nameKo"_s, value.nameKo}};
}

QJsonValue encode(const OfferRules &value)
{
    return QJsonObject{
        {u"segments"_s, encode(value.segments)},  {u"valueTiers"_s, encode(value.valueTiers)},
        {u"ownedAny"_s, encode(value.ownedAny)},  {u"notOwned"_s, encode(value.notOwned)},
        {u"channels"_s, encode(value.channels)},  {u"languages"_s, encode(value.languages)},
        {u"regions"_s, encode(value.regions)},    {u"contactReasons"_s, encode(value.contactReasons)},
        {u"minTenureDays"_s, value.minTenureDays}};
}

QJsonValue encode(const Offer &value)
{
    return QJsonObject{{u"id"_s, value.id},
                       {u"nameEn"_s, value.nameEn},
                       {u"nameKo"_s, value.nameKo},
                       {u"category"_s, encode(value.category)},
                       {u"productId"_s, value.productId},
                       {u"marginMinor"_s, value.marginMinor},
                       {u"currency"_s, value.currency},
                       {u"validFromMs"_s, value.validFromMs},
                       {u"validUntilMs"_s, value.validUntilMs},
                       {u"rules"_s, encode(value.rules)},
                       {u"requiredConsent"_s, encode(value.requiredConsent)},
                       {u"cooldownDays"_s, value.cooldownDays},
                       {u"priorAcceptance"_s, value.priorAcceptance},
                       {u"active"_s, value.active}};
}

QJsonValue encode(const OfferImportSummary &value)
{
    return QJsonObject{{u"productsAdded"_s, value.productsAdded},
                       {u"productsUpdated"_s, value.productsUpdated},
                       {u"offersAdded"_s, value.offersAdded},
                       {u"offersUpdated"_s, value.offersUpdated}};
}

QJsonValue encode(const OfferReportRow &value)
{
    return QJsonObject{{u"key"_s, value.key},           {u"label"_s, value.label},
                       {u"labelKo"_s, value.labelKo},   {u"offered"_s, value.offered},
                       {u"accepted"_s, value.accepted}, {u"declined"_s, value.declined},
                       {u"notNow"_s, value.notNow},     {u"revenueMinor"_s, value.revenueMinor},
                       {u"currency"_s, value.currency}};
}

QJsonValue encode(const KpiCounters &value)
{
    return QJsonObject{{u"offered"_s, value.offered},
                       {u"blocked"_s, value.blocked},
                       {u"callbacks"_s, value.callbacks},
                       {u"movedOut"_s, value.movedOut},
                       {u"answered"_s, value.answered},
                       {u"answeredInTarget"_s, value.answeredInTarget},
                       {u"abandoned"_s, value.abandoned},
                       {u"shortAbandoned"_s, value.shortAbandoned},
                       {u"answerWaitMs"_s, value.answerWaitMs},
                       {u"abandonWaitMs"_s, value.abandonWaitMs},
                       {u"maxWaitMs"_s, value.maxWaitMs},
                       {u"completed"_s, value.completed},
                       {u"talkMs"_s, value.talkMs},
                       {u"holdMs"_s, value.holdMs},
                       {u"afterCallWorkMs"_s, value.afterCallWorkMs},
                       {u"resolvedFlagged"_s, value.resolvedFlagged},
                       {u"repeatContacts"_s, value.repeatContacts},
                       {u"fcrProvisionalResolved"_s, value.fcrProvisionalResolved},
                       {u"fcrFinalContacts"_s, value.fcrFinalContacts},
                       {u"fcrFinalResolved"_s, value.fcrFinalResolved},
                       {u"csatResponses"_s, value.csatResponses},
                       {u"csatSatisfied"_s, value.csatSatisfied},
                       {u"csatScoreSum"_s, value.csatScoreSum}};
}

QJsonValue encode(const AgentTime &value)
{
    return QJsonObject{{u"handlingMs"_s, value.handlingMs},
                       {u"readyIdleMs"_s, value.readyIdleMs},
                       {u"notReadyIdleMs"_s, value.notReadyIdleMs}};
}

QJsonValue encode(const WallboardHeads &value)
{
    return QJsonObject{{u"ready"_s, value.ready},
                       {u"busy"_s, value.busy},
                       {u"afterCallWork"_s, value.afterCallWork},
                       {u"notReady"_s, value.notReady}};
}

QJsonValue encode(const WallboardQueue &value)
{
    return QJsonObject{{u"queueId"_s, value.queueId},
                       {u"name"_s, value.name},
                       {u"channels"_s, encode(value.channels)},
                       {u"serviceLevelPercent"_s, value.serviceLevelPercent},
                       {u"serviceLevelSeconds"_s, value.serviceLevelSeconds},
                       {u"today"_s, encode(value.today)},
                       {u"waiting"_s, value.waiting},
                       {u"longestWaitMs"_s, value.longestWaitMs},
                       {u"estimatedWaitMs"_s, value.estimatedWaitMs},
                       {u"callbacksWaiting"_s, value.callbacksWaiting},
                       {u"agents"_s, encode(value.agents)}};
}

QJsonValue encode(const WallboardAgent &value)
{
    return QJsonObject{{u"agentId"_s, value.agentId},
                       {u"name"_s, value.name},
                       {u"team"_s, value.team},
                       {u"skills"_s, encode(value.skills)},
                       {u"queueIds"_s, encode(value.queueIds)},
                       {u"state"_s, encode(value.state)},
                       {u"activity"_s, encode(value.activity)},
                       {u"reasonCode"_s, value.reasonCode},
                       {u"stateSinceMs"_s, value.stateSinceMs},
                       {u"contactId"_s, value.contactId},
                       {u"contactChannel"_s, encode(value.contactChannel)},
                       {u"contactQueueId"_s, value.contactQueueId},
                       {u"activeContacts"_s, value.activeContacts},
                       {u"supervision"_s, encode(value.supervision)},
                       {u"handledToday"_s, value.handledToday},
                       {u"ahtSeconds"_s, encode(value.ahtSeconds)},
                       {u"timeToday"_s, encode(value.timeToday)},
                       {u"timeAsOfMs"_s, value.timeAsOfMs},
                       {u"occupancy"_s, encode(value.occupancy)}};
}

QJsonValue encode(const WallboardSnapshot &value)
{
    return QJsonObject{{u"nowMs"_s, value.nowMs},
                       {u"dayStartMs"_s, value.dayStartMs},
                       {u"queues"_s, encode(value.queues)},
                       {u"agents"_s, encode(value.agents)},
                       {u"handlingMs"_s, value.handlingMs},
                       {u"readyIdleMs"_s, value.readyIdleMs},
                       {u"notReadyIdleMs"_s, value.notReadyIdleMs}};
}

QJsonValue encode(const WallboardInterval &value)
{
    return QJsonObject{{u"startMs"_s, value.startMs},
                       {u"past"_s, value.past},
                       {u"current"_s, value.current},
                       {u"counters"_s, encode(value.counters)},
                       {u"fromHistory"_s, value.fromHistory},
                       {u"forecastOffered"_s, value.forecastOffered},
                       {u"forecastAhtSeconds"_s, value.forecastAhtSeconds},
                       {u"staffedAgents"_s, value.staffedAgents},
                       {u"readyAgents"_s, value.readyAgents},
                       {u"requiredErlangC"_s, value.requiredErlangC},
                       {u"requiredErlangA"_s, encode(value.requiredErlangA)}};
}

QJsonValue encode(const WallboardIntraday &value)
{
    return QJsonObject{{u"dayStartMs"_s, value.dayStartMs},
                       {u"queueIds"_s, encode(value.queueIds)},
                       {u"serviceLevelPercent"_s, value.serviceLevelPercent},
                       {u"serviceLevelSeconds"_s, value.serviceLevelSeconds},
                       {u"patienceSeconds"_s, encode(value.patienceSeconds)},
                       {u"weeksInForecast"_s, value.weeksInForecast},
                       {u"intervals"_s, encode(value.intervals)}};
}

QJsonValue encode(const WallboardDayTotal &value)
{
    return QJsonObject{{u"dayStartMs"_s, value.dayStartMs}, {u"counters"_s, encode(value.counters)}};
}

QJsonValue encode(const WallboardDrillDown &value)
{
    return QJsonObject{{u"queueIds"_s, encode(value.queueIds)},
                       {u"figure"_s, encode(value.figure)},
                       {u"fromMs"_s, value.fromMs},
                       {u"toMs"_s, value.toMs}};
}

QJsonValue encode(const WallboardContact &value)
{
    return QJsonObject{{u"interactionId"_s, value.interactionId},
                       {u"channel"_s, encode(value.channel)},
                       {u"queueId"_s, value.queueId},
                       {u"state"_s, encode(value.state)},
                       {u"customerId"_s, value.customerId},
                       {u"customerName"_s, value.customerName},
                       {u"agentId"_s, value.agentId},
                       {u"agentName"_s, value.agentName},
                       {u"arrivedMs"_s, value.arrivedMs},
                       {u"waitMs"_s, value.waitMs},
                       {u"subject"_s, value.subject}};
}

QJsonObject toJson(const AgentStatus &status)
{
    return encode(status).toObject();
}

QJsonObject toJson(const ContactSummary &contact)
{
    return encode(contact).toObject();
}

QJsonObject toJson(const InteractionTimes &times)
{
    return encode(times).toObject();
}

QJsonObject toJson(const WallboardSnapshot &snapshot)
{
    return encode(snapshot).toObject();
}

// --- reading -------------------------------------------------------------------------------

std::variant<qint64, Error> decodeInteger(const QJsonValue &value, const QString &path, qint64 minimum,
                                          qint64 maximum)
{
    qint64 out = 0;
    if (std::optional<Error> error = Detail::readInteger(value, path, minimum, maximum, out))
        return std::move(*error);
    return out;
}

std::variant<QString, Error> decodeString(const QJsonValue &value, const QString &path, qsizetype maxLength)
{
    QString out;
    if (std::optional<Error> error = Detail::readString(value, path, maxLength, out))
        return std::move(*error);
    return out;
}

namespace Detail {

// --- errors, worded as Fields words them (protocol.cpp) ---------------------------------------

Error missing(const QString &path)
{
    return Error{
        QString::fromLatin1(ErrorCode::MissingField), u"%1 is required"_s.arg(subject(path)), path, {}};
}

Error wrongType(const QJsonValue &value, const QString &path, const QString &expected)
{
    return Error{QString::fromLatin1(ErrorCode::WrongFieldType),
                 u"%1 is %2; it must be %3"_s.arg(subject(path), jsonTypeName(value), expected),
                 path,
                 {}};
}

Error invalid(const QString &path, const QString &why)
{
    return Error{QString::fromLatin1(ErrorCode::InvalidValue), u"%1: %2"_s.arg(subject(path), why), path, {}};
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

QString fieldPath(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

// --- scalars -------------------------------------------------------------------------------

std::optional<Error> readString(const QJsonValue &value, const QString &path, qsizetype maxLength,
                                QString &out)
{
    if (isAbsent(value))
        return missing(path);
    if (!value.isString())
        return wrongType(value, path, u"a string"_s);
    QString text = value.toString();
    if (text.size() > maxLength)
        return invalid(path, u"at most %1 characters"_s.arg(maxLength));
    out = std::move(text);
    return std::nullopt;
}

std::optional<Error> readInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum,
                                 qint64 &out)
{
    if (isAbsent(value))
        return missing(path);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number)
        return wrongType(value, path, u"a whole number"_s);
    // toInteger() gives its default when the number does not fit a qint64; two defaults tell a
    // value from that (comparing doubles would lose precision above 2^53).
    const qint64 exact = value.toInteger(0);
    if (exact != value.toInteger(1) || exact < minimum || exact > maximum)
        return invalid(path, u"from %1 to %2"_s.arg(minimum).arg(maximum));
    out = exact;
    return std::nullopt;
}

std::optional<Error> readInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum,
                                 int &out)
{
    qint64 number = out;
    if (std::optional<Error> error = readInteger(value, path, minimum, maximum, number))
        return error;
    out = int(number);
    return std::nullopt;
}

// --- containers ----------------------------------------------------------------------------

std::optional<Error> readArray(const QJsonValue &value, const QString &path, QJsonArray &out)
{
    if (isAbsent(value))
        return missing(path);
    if (!value.isArray())
        return wrongType(value, path, u"an array"_s);
    out = value.toArray();
    return std::nullopt;
}

QString elementPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

std::optional<Error> read(const QJsonValue &value, const QString &path, bool &out)
{
    if (isAbsent(value))
        return missing(path);
    if (!value.isBool())
        return wrongType(value, path, u"true or false"_s);
    out = value.toBool();
    return std::nullopt;
}

std::optional<Error> read(const QJsonValue &value, const QString &path, int &out)
{
    return readInteger(value, path, 0, MaxInt, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, qint64 &out)
{
    return readInteger(value, path, 0, MaxSafeInteger, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, double &out)
{
    if (isAbsent(value))
        return missing(path);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return wrongType(value, path, u"a number"_s);
    out = value.toDouble();
    return std::nullopt;
}

std::optional<Error> read(const QJsonValue &value, const QString &path, QString &out)
{
    return readString(value, path, MaxTextLength, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, QByteArray &out)
{
    QString text;
    if (std::optional<Error> error = readString(value, path, MaxTextLength, text))
        return error;
    out = text.toUtf8();
    return std::nullopt;
}

// Lists of ids and codes (queue ids, product ids, languages), so names' limit.
std::optional<Error> read(const QJsonValue &value, const QString &path, QStringList &out)
{
    QJsonArray array;
    if (std::optional<Error> error = readArray(value, path, array))
        return error;
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString item;
        if (std::optional<Error> error = readString(array.at(i), elementPath(path, i), MaxNameLength, item))
            return error;
        out.append(std::move(item));
    }
    return std::nullopt;
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Channel &out)
{
    return readKey(value, path, "channel", channelFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Direction &out)
{
    return readKey(value, path, "direction", directionFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, InteractionState &out)
{
    return readKey(value, path, "interaction state", interactionStateFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AgentState &out)
{
    return readKey(value, path, "agent state", agentStateFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ContactKind &out)
{
    return readKey(value, path, "contact kind", contactKindFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Segment &out)
{
    return readKey(value, path, "segment", segmentFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ValueTier &out)
{
    return readKey(value, path, "value tier", valueTierFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, SenderRole &out)
{
    return readKey(value, path, "sender role", senderRoleFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WorkItemStatus &out)
{
    return readKey(value, path, "work item status", workItemStatusFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Role &out)
{
    return readKey(value, path, "role", roleFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ConsultStage &out)
{
    return readKey(value, path, "consult stage", consultStageFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, SupervisionMode &out)
{
    return readKey(value, path, "supervision mode", supervisionModeFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, RecordingState &out)
{
    return readKey(value, path, "recording state", recordingStateFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, TransferTarget::Kind &out)
{
    return readKey(value, path, "transfer target kind", transferTargetKindFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardActivity &out)
{
    return readKey(value, path, "wallboard activity", wallboardActivityFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardFigure &out)
{
    return readKey(value, path, "wallboard figure", wallboardFigureFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OfferCategory &out)
{
    return readKey(value, path, "offer category", offerCategoryFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OfferConsent &out)
{
    return readKey(value, path, "offer consent", offerConsentFromKey, out);
}

std::optional<Error> read(const QJsonValue &value, const QString &path, SkillLevels &out)
{
    ObjectReader object(value, path);
    if (object.error())
        return object.error();
    out.clear();
    for (auto it = object.object().constBegin(); it != object.object().constEnd(); ++it) {
        // The key is a skill id; one that is not cannot name a skill, and the path stays short.
        if (!isValidSkillId(it.key()))
            return invalid(path, u"'%1' is not a skill id"_s.arg(it.key().left(MaxKeyLength)));
        int level = 0;
        if (std::optional<Error> error =
                readInteger(it.value(), fieldPath(path, it.key()), MinSkillLevel, MaxSkillLevel, level)) {
            return error;
        }
        out.insert(it.key(), level);
    }
    return std::nullopt;
}

std::optional<Error> read(const QJsonValue &value, const QString &path, SkillRequirement &out)
{
    ObjectReader object(value, path);
    object.name(u"skill", out.skill, Presence::Required);
    object.integer(u"minimumLevel", out.minimumLevel, MinSkillLevel, MaxSkillLevel);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ChannelCapacity &out)
{
    ObjectReader object(value, path);
    object.field(u"voiceBlocksOtherChannels", out.voiceBlocksOtherChannels);
    if (object.error())
        return object.error();
    const QJsonValue maximum = object.object().value(u"maximum");
    if (isAbsent(maximum))
        return std::nullopt;
    const QString maximumPath = fieldPath(path, u"maximum");
    ObjectReader limits(maximum, maximumPath);
    if (limits.error())
        return limits.error();
    out.maximum.clear();
    for (auto it = limits.object().constBegin(); it != limits.object().constEnd(); ++it) {
        const std::optional<Channel> channel = channelFromKey(it.key());
        if (!channel)
            return invalid(maximumPath, u"unknown channel '%1'"_s.arg(it.key().left(MaxKeyLength)));
        int limit = 0;
        if (std::optional<Error> error = read(it.value(), fieldPath(maximumPath, it.key()), limit))
            return error;
        out.maximum.insert(*channel, limit);
    }
    return std::nullopt;
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Skill &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.name(u"name", out.name);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ContactPoint &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"customerId", out.customerId);
    object.required(u"kind", out.kind);
    object.name(u"value", out.value, Presence::Required);
    object.name(u"label", out.label);
    object.field(u"primary", out.primary);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Customer &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.name(u"givenName", out.givenName);
    object.name(u"familyName", out.familyName);
    object.name(u"company", out.company);
    object.name(u"preferredLanguage", out.preferredLanguage);
    object.field(u"segment", out.segment);
    object.field(u"valueTier", out.valueTier);
    object.money(u"lifetimeValueMinor", out.lifetimeValueMinor);
    object.name(u"currency", out.currency);
    object.field(u"vip", out.vip);
    object.field(u"marketingConsent", out.marketingConsent);
    object.field(u"recordingConsent", out.recordingConsent);
    object.field(u"createdAtMs", out.createdAtMs);
    object.field(u"contactPoints", out.contactPoints);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, InteractionTimes &out)
{
    ObjectReader object(value, path);
    object.field(u"createdMs", out.createdMs);
    object.field(u"queuedMs", out.queuedMs);
    object.field(u"offeredMs", out.offeredMs);
    object.field(u"connectedMs", out.connectedMs);
    object.field(u"wrapUpMs", out.wrapUpMs);
    object.field(u"closedMs", out.closedMs);
    object.field(u"abandonedMs", out.abandonedMs);
    object.field(u"callbackRequestedMs", out.callbackRequestedMs);
    object.field(u"heldSinceMs", out.heldSinceMs);
    object.field(u"totalHoldMs", out.totalHoldMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Interaction &out)
{
    ObjectReader object(value, path);
    InteractionState state = out.state();
    InteractionTimes times = out.times();
    std::optional<int> csat = out.csat();
    object.field(u"id", out.id, Presence::Required);
    object.required(u"channel", out.channel);
    object.required(u"direction", out.direction);
    object.required(u"state", state);
    object.field(u"customerId", out.customerId);
    object.name(u"queueId", out.queueId);
    object.field(u"requiredSkills", out.requiredSkills);
    object.integer(u"priority", out.priority, 0, 100);
    object.field(u"agentId", out.agentId);
    object.name(u"subject", out.subject);
    object.name(u"externalRef", out.externalRef);
    object.name(u"dispositionCode", out.dispositionCode);
    object.text(u"notes", out.notes);
    object.field(u"resolved", out.resolved);
    object.field(u"times", times);
    object.integer(u"csat", csat, 1, 5);
    // State, times and score are the interaction's own record, put back as the store does.
    out.restore(state, times, csat);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Attachment &out)
{
    ObjectReader object(value, path);
    object.name(u"fileName", out.fileName, Presence::Required);
    object.name(u"mimeType", out.mimeType);
    object.field(u"sizeBytes", out.sizeBytes);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Message &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.required(u"sender", out.sender);
    object.name(u"senderName", out.senderName);
    object.name(u"subject", out.subject);
    object.text(u"body", out.body);
    object.field(u"sentAtMs", out.sentAtMs);
    object.field(u"attachments", out.attachments);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WorkItem &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"customerId", out.customerId);
    object.field(u"sourceInteractionId", out.sourceInteractionId);
    object.name(u"queueId", out.queueId);
    object.name(u"title", out.title, Presence::Required);
    object.text(u"description", out.description);
    object.field(u"createdAtMs", out.createdAtMs);
    object.field(u"dueAtMs", out.dueAtMs);
    object.field(u"status", out.status);
    object.field(u"assignedAgentId", out.assignedAgentId);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineFilter &out)
{
    ObjectReader object(value, path);
    object.field(u"channels", out.channels);
    object.name(u"text", out.text);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineCursor &out)
{
    ObjectReader object(value, path);
    object.field(u"beforeCreatedMs", out.beforeCreatedMs);
    object.field(u"beforeId", out.beforeId);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineItem &out)
{
    ObjectReader object(value, path);
    object.required(u"interaction", out.interaction);
    object.field(u"messageCount", out.messageCount);
    object.name(u"agentName", out.agentName);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, TimelineItemPage &out)
{
    ObjectReader object(value, path);
    object.field(u"items", out.items);
    object.field(u"hasMore", out.hasMore);
    object.field(u"next", out.next);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AgentSession &out)
{
    ObjectReader object(value, path);
    object.field(u"agentId", out.agentId, Presence::Required);
    object.name(u"login", out.login, Presence::Required);
    object.name(u"displayName", out.displayName);
    object.name(u"team", out.team);
    object.field(u"role", out.role);
    object.field(u"skills", out.skills);
    object.field(u"capacity", out.capacity);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AgentStatus &out)
{
    ObjectReader object(value, path);
    object.field(u"agentId", out.agentId, Presence::Required);
    object.required(u"state", out.state);
    object.name(u"reasonCode", out.reasonCode);
    object.field(u"sinceMs", out.sinceMs);
    object.field(u"activeContacts", out.activeContacts);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, ContactSummary &out)
{
    ObjectReader object(value, path);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.required(u"channel", out.channel);
    object.required(u"direction", out.direction);
    object.required(u"state", out.state);
    object.name(u"queueId", out.queueId);
    object.name(u"queueName", out.queueName);
    object.field(u"customerId", out.customerId);
    object.name(u"customerName", out.customerName);
    object.field(u"vip", out.vip);
    object.name(u"from", out.from);
    object.name(u"subject", out.subject);
    object.field(u"agentId", out.agentId);
    object.field(u"times", out.times);
    object.field(u"offerExpiresAtMs", out.offerExpiresAtMs);
    object.field(u"muted", out.muted);
    object.field(u"callback", out.callback);
    object.field(u"campaign", out.campaign);
    object.field(u"workItemId", out.workItemId);
    object.field(u"consult", out.consult);
    object.field(u"consultAgentId", out.consultAgentId);
    object.name(u"consultAgentName", out.consultAgentName);
    object.field(u"consultInteractionId", out.consultInteractionId);
    object.field(u"consultForInteractionId", out.consultForInteractionId);
    object.field(u"supervision", out.supervision);
    object.field(u"recording", out.recording);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WrapUp &out)
{
    ObjectReader object(value, path);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.name(u"dispositionCode", out.dispositionCode);
    object.text(u"notes", out.notes);
    object.field(u"resolved", out.resolved);
    object.field(u"followUp", out.followUp);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, DispositionOption &out)
{
    ObjectReader object(value, path);
    object.name(u"code", out.code, Presence::Required);
    object.name(u"labelEn", out.labelEn);
    object.name(u"labelKo", out.labelKo);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, CannedResponse &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.name(u"language", out.language);
    object.name(u"title", out.title);
    object.text(u"body", out.body);
    object.field(u"channels", out.channels);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, TransferTarget &out)
{
    ObjectReader object(value, path);
    object.required(u"kind", out.kind);
    object.field(u"agentId", out.agentId);
    object.name(u"queueId", out.queueId);
    object.name(u"name", out.name);
    object.field(u"agentState", out.agentState);
    object.field(u"waiting", out.waiting);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, InternalMessage &out)
{
    ObjectReader object(value, path);
    object.field(u"id", out.id);
    object.field(u"fromAgentId", out.fromAgentId);
    object.name(u"fromName", out.fromName);
    object.field(u"toAgentId", out.toAgentId);
    object.name(u"toGroup", out.toGroup);
    object.field(u"aboutInteractionId", out.aboutInteractionId);
    object.text(u"body", out.body, Presence::Required);
    object.field(u"sentAtMs", out.sentAtMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, NextOffer &out)
{
    ObjectReader object(value, path);
    object.name(u"offerId", out.offerId, Presence::Required);
    object.name(u"name", out.name);
    object.name(u"category", out.category);
    object.name(u"reason", out.reason);
    object.field(u"acceptanceProbability", out.acceptanceProbability);
    object.money(u"marginMinor", out.marginMinor);
    object.name(u"currency", out.currency);
    object.name(u"outcome", out.outcome);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OfferProduct &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.name(u"nameEn", out.nameEn);
    object.name(u"nameKo", out.nameKo);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OfferRules &out)
{
    ObjectReader object(value, path);
    object.field(u"segments", out.segments);
    object.field(u"valueTiers", out.valueTiers);
    object.field(u"ownedAny", out.ownedAny);
    object.field(u"notOwned", out.notOwned);
    object.field(u"channels", out.channels);
    object.field(u"languages", out.languages);
    object.field(u"regions", out.regions);
    object.field(u"contactReasons", out.contactReasons);
    object.integer(u"minTenureDays", out.minTenureDays, 0, Offer::MaxTenureDays);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, Offer &out)
{
    ObjectReader object(value, path);
    object.name(u"id", out.id, Presence::Required);
    object.name(u"nameEn", out.nameEn);
    object.name(u"nameKo", out.nameKo);
    object.required(u"category", out.category);
    object.name(u"productId", out.productId);
    object.money(u"marginMinor", out.marginMinor);
    object.name(u"currency", out.currency);
    object.field(u"validFromMs", out.validFromMs);
    object.field(u"validUntilMs", out.validUntilMs);
    object.field(u"rules", out.rules);
    object.field(u"requiredConsent", out.requiredConsent);
    object.integer(u"cooldownDays", out.cooldownDays, 0, Offer::MaxCooldownDays);
    object.field(u"priorAcceptance", out.priorAcceptance);
    object.field(u"active", out.active);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OfferImportSummary &out)
{
    ObjectReader object(value, path);
    object.field(u"productsAdded", out.productsAdded);
    object.field(u"productsUpdated", out.productsUpdated);
    object.field(u"offersAdded", out.offersAdded);
    object.field(u"offersUpdated", out.offersUpdated);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, OfferReportRow &out)
{
    ObjectReader object(value, path);
    object.name(u"key", out.key, Presence::Required);
    object.name(u"label", out.label);
    object.name(u"labelKo", out.labelKo);
    object.field(u"offered", out.offered);
    object.field(u"accepted", out.accepted);
    object.field(u"declined", out.declined);
    object.field(u"notNow", out.notNow);
    object.money(u"revenueMinor", out.revenueMinor);
    object.name(u"currency", out.currency);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, KpiCounters &out)
{
    ObjectReader object(value, path);
    object.field(u"offered", out.offered);
    object.field(u"blocked", out.blocked);
    object.field(u"callbacks", out.callbacks);
    object.field(u"movedOut", out.movedOut);
    object.field(u"answered", out.answered);
    object.field(u"answeredInTarget", out.answeredInTarget);
    object.field(u"abandoned", out.abandoned);
    object.field(u"shortAbandoned", out.shortAbandoned);
    object.field(u"answerWaitMs", out.answerWaitMs);
    object.field(u"abandonWaitMs", out.abandonWaitMs);
    object.field(u"maxWaitMs", out.maxWaitMs);
    object.field(u"completed", out.completed);
    object.field(u"talkMs", out.talkMs);
    object.field(u"holdMs", out.holdMs);
    object.field(u"afterCallWorkMs", out.afterCallWorkMs);
    object.field(u"resolvedFlagged", out.resolvedFlagged);
    object.field(u"repeatContacts", out.repeatContacts);
    object.field(u"fcrProvisionalResolved", out.fcrProvisionalResolved);
    object.field(u"fcrFinalContacts", out.fcrFinalContacts);
    object.field(u"fcrFinalResolved", out.fcrFinalResolved);
    object.field(u"csatResponses", out.csatResponses);
    object.field(u"csatSatisfied", out.csatSatisfied);
    object.field(u"csatScoreSum", out.csatScoreSum);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, AgentTime &out)
{
    ObjectReader object(value, path);
    object.field(u"handlingMs", out.handlingMs);
    object.field(u"readyIdleMs", out.readyIdleMs);
    object.field(u"notReadyIdleMs", out.notReadyIdleMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardHeads &out)
{
    ObjectReader object(value, path);
    object.field(u"ready", out.ready);
    object.field(u"busy", out.busy);
    object.field(u"afterCallWork", out.afterCallWork);
    object.field(u"notReady", out.notReady);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardQueue &out)
{
    ObjectReader object(value, path);
    object.name(u"queueId", out.queueId, Presence::Required);
    object.name(u"name", out.name);
    object.field(u"channels", out.channels);
    object.integer(u"serviceLevelPercent", out.serviceLevelPercent, 0, 100);
    object.field(u"serviceLevelSeconds", out.serviceLevelSeconds);
    object.field(u"today", out.today);
    object.field(u"waiting", out.waiting);
    object.field(u"longestWaitMs", out.longestWaitMs);
    // -1: nobody staffs the queue.
    object.integer(u"estimatedWaitMs", out.estimatedWaitMs, -1, MaxSafeInteger);
    object.field(u"callbacksWaiting", out.callbacksWaiting);
    object.field(u"agents", out.agents);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardAgent &out)
{
    ObjectReader object(value, path);
    object.field(u"agentId", out.agentId, Presence::Required);
    object.name(u"name", out.name);
    object.name(u"team", out.team);
    object.field(u"skills", out.skills);
    object.field(u"queueIds", out.queueIds);
    object.field(u"state", out.state);
    object.field(u"activity", out.activity);
    object.name(u"reasonCode", out.reasonCode);
    object.field(u"stateSinceMs", out.stateSinceMs);
    object.field(u"contactId", out.contactId);
    object.field(u"contactChannel", out.contactChannel);
    object.name(u"contactQueueId", out.contactQueueId);
    object.field(u"activeContacts", out.activeContacts);
    object.field(u"supervision", out.supervision);
    object.field(u"handledToday", out.handledToday);
    object.field(u"ahtSeconds", out.ahtSeconds);
    object.field(u"timeToday", out.timeToday);
    object.field(u"timeAsOfMs", out.timeAsOfMs);
    object.field(u"occupancy", out.occupancy);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardSnapshot &out)
{
    ObjectReader object(value, path);
    object.field(u"nowMs", out.nowMs, Presence::Required);
    object.field(u"dayStartMs", out.dayStartMs);
    object.field(u"queues", out.queues);
    object.field(u"agents", out.agents);
    object.field(u"handlingMs", out.handlingMs);
    object.field(u"readyIdleMs", out.readyIdleMs);
    object.field(u"notReadyIdleMs", out.notReadyIdleMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardInterval &out)
{
    ObjectReader object(value, path);
    object.field(u"startMs", out.startMs, Presence::Required);
    object.field(u"past", out.past);
    object.field(u"current", out.current);
    object.field(u"counters", out.counters);
    object.field(u"fromHistory", out.fromHistory);
    object.field(u"forecastOffered", out.forecastOffered);
    object.field(u"forecastAhtSeconds", out.forecastAhtSeconds);
    object.field(u"staffedAgents", out.staffedAgents);
    object.field(u"readyAgents", out.readyAgents);
    object.field(u"requiredErlangC", out.requiredErlangC);
    object.field(u"requiredErlangA", out.requiredErlangA);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardIntraday &out)
{
    ObjectReader object(value, path);
    object.field(u"dayStartMs", out.dayStartMs, Presence::Required);
    object.field(u"queueIds", out.queueIds);
    object.integer(u"serviceLevelPercent", out.serviceLevelPercent, 0, 100);
    object.field(u"serviceLevelSeconds", out.serviceLevelSeconds);
    object.field(u"patienceSeconds", out.patienceSeconds);
    object.field(u"weeksInForecast", out.weeksInForecast);
    object.field(u"intervals", out.intervals);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardDayTotal &out)
{
    ObjectReader object(value, path);
    object.field(u"dayStartMs", out.dayStartMs, Presence::Required);
    object.field(u"counters", out.counters);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardDrillDown &out)
{
    ObjectReader object(value, path);
    object.field(u"queueIds", out.queueIds);
    object.required(u"figure", out.figure);
    object.field(u"fromMs", out.fromMs);
    object.field(u"toMs", out.toMs);
    return object.error();
}

std::optional<Error> read(const QJsonValue &value, const QString &path, WallboardContact &out)
{
    ObjectReader object(value, path);
    object.field(u"interactionId", out.interactionId, Presence::Required);
    object.required(u"channel", out.channel);
    object.name(u"queueId", out.queueId);
    object.required(u"state", out.state);
    object.field(u"customerId", out.customerId);
    object.name(u"customerName", out.customerName);
    object.field(u"agentId", out.agentId);
    object.name(u"agentName", out.agentName);
    object.field(u"arrivedMs", out.arrivedMs);
    object.field(u"waitMs", out.waitMs);
    object.name(u"subject", out.subject);
    return object.error();
}

} // namespace Detail

} // namespace ContactDesk::Protocol

#include "net/protocolcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <limits>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

// A data row's check: empty when it holds, otherwise what went wrong. Rows hold checks for
// values of many types, so the type lives in the check, not in a column.
using Check = std::function<QString()>;
// Decodes a value as one type and gives back the error, if any.
using Decoder = std::function<std::optional<Protocol::Error>(const QJsonValue &)>;

} // namespace

Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(Decoder)

namespace {

constexpr qint64 At = 1764633600000; // 2025-12-02 00:00 UTC

// --- JSON helpers ---------------------------------------------------------------------------

// A value as JSON text, so a failed comparison shows what came back.
QString json(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// Any JSON text, scalars too; "" is the absent value.
QJsonValue parse(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", text.constData());
    return document.array().at(0);
}

// What the other end of a WebSocket sees: the value written as text and parsed again.
QJsonValue overTheWire(const QJsonValue &value)
{
    return parse(json(value).toUtf8());
}

// Paths in `full` whose value is the default's: a "fully populated" value that is not.
void unsetFields(const QJsonValue &full, const QJsonValue &empty, const QString &path, QStringList &out)
{
    if (full.isObject() && empty.isObject()) {
        const QJsonObject fullObject = full.toObject();
        const QJsonObject emptyObject = empty.toObject();
        if (emptyObject.isEmpty()) { // a map: several entries
            if (fullObject.size() < 2)
                out.append(path + u" (fewer than two entries)"_s);
            return;
        }
        for (auto it = emptyObject.constBegin(); it != emptyObject.constEnd(); ++it)
            unsetFields(fullObject.value(it.key()), it.value(), path + u'.' + it.key(), out);
        return;
    }
    if (full.isArray()) {
        if (full.toArray().size() < 2)
            out.append(path + u" (fewer than two entries)"_s);
        return;
    }
    if (full == empty)
        out.append(path);
}

// Whether every key and value of `part` is in `whole` (arrays element by element).
bool contains(const QJsonValue &whole, const QJsonValue &part)
{
    if (part.isObject()) {
        const QJsonObject partObject = part.toObject();
        const QJsonObject wholeObject = whole.toObject();
        if (!whole.isObject())
            return false;
        for (auto it = partObject.constBegin(); it != partObject.constEnd(); ++it) {
            if (!wholeObject.contains(it.key()) || !contains(wholeObject.value(it.key()), it.value()))
                return false;
        }
        return true;
    }
    if (part.isArray()) {
        const QJsonArray partArray = part.toArray();
        const QJsonArray wholeArray = whole.toArray();
        if (!whole.isArray() || partArray.size() != wholeArray.size())
            return false;
        for (qsizetype i = 0; i < partArray.size(); ++i) {
            if (!contains(wholeArray.at(i), partArray.at(i)))
                return false;
        }
        return true;
    }
    if (part.isDouble() && whole.isDouble())
        return part.toDouble() == whole.toDouble();
    return part == whole;
}

// --- equality where a type has none ---------------------------------------------------------

template <typename T>
bool same(const T &a, const T &b)
{
    return a == b;
}

// Interaction keeps its state behind accessors (and a last-change time derived from them).
bool same(const Interaction &a, const Interaction &b)
{
    return a.id == b.id && a.channel == b.channel && a.direction == b.direction
           && a.customerId == b.customerId && a.queueId == b.queueId && a.requiredSkills == b.requiredSkills
           && a.priority == b.priority && a.agentId == b.agentId && a.subject == b.subject
           && a.externalRef == b.externalRef && a.dispositionCode == b.dispositionCode && a.notes == b.notes
           && a.resolved == b.resolved && a.state() == b.state() && a.times() == b.times()
           && a.csat() == b.csat();
}

bool same(const TimelineItem &a, const TimelineItem &b)
{
    return same(a.interaction, b.interaction) && a.messageCount == b.messageCount
           && a.agentName == b.agentName;
}

bool same(const TimelineItemPage &a, const TimelineItemPage &b)
{
    if (a.items.size() != b.items.size() || a.hasMore != b.hasMore || !(a.next == b.next))
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (!same(a.items.at(i), b.items.at(i)))
            return false;
    }
    return true;
}

// --- fully populated values: no field at its default, Korean text, lists of several --------

ContactPoint contactPoint(qint64 id, ContactKind kind, const QString &value)
{
    ContactPoint point;
    point.id = id;
    point.customerId = 12;
    point.kind = kind;
    point.value = value;
    point.label = u"회사"_s;
    point.primary = true;
    return point;
}

ContactPoint fullContactPoint()
{
    return contactPoint(31, ContactKind::Social, u"kakao:minjun.kim"_s);
}

Customer fullCustomer()
{
    Customer customer;
    customer.id = 12;
    customer.givenName = u"민준"_s;
    customer.familyName = u"김"_s;
    customer.company = u"한빛전자 주식회사"_s;
    customer.preferredLanguage = u"en"_s;
    customer.segment = Segment::SmallBusiness;
    customer.valueTier = ValueTier::Platinum;
    customer.lifetimeValueMinor = -1250050; // a customer who cost more than they paid
    customer.currency = u"USD"_s;
    customer.vip = true;
    customer.marketingConsent = true;
    customer.recordingConsent = false;
    customer.createdAtMs = At - 86'400'000;
    customer.contactPoints = {contactPoint(31, ContactKind::Phone, u"+821012345678"_s),
                              contactPoint(32, ContactKind::Email, u"minjun.kim@example.kr"_s),
                              fullContactPoint()};
    return customer;
}

InteractionTimes fullTimes()
{
    InteractionTimes times;
    times.createdMs = At + 1;
    times.queuedMs = At + 2;
    times.offeredMs = At + 3;
    times.connectedMs = At + 4;
    times.wrapUpMs = At + 5;
    times.closedMs = At + 6;
    times.abandonedMs = At + 7;
    times.callbackRequestedMs = At + 8;
    times.heldSinceMs = At + 9;
    times.totalHoldMs = 45'000;
    return times;
}

SkillRequirement fullRequirement()
{
    return SkillRequirement{u"billing-ko"_s, 7};
}

Interaction fullInteraction(qint64 id = 108)
{
    Interaction interaction;
    interaction.id = id;
    interaction.channel = Channel::Email;
    interaction.direction = Direction::Outbound;
    interaction.customerId = 12;
    interaction.queueId = u"billing"_s;
    interaction.requiredSkills = {fullRequirement(), SkillRequirement{u"vip.care"_s, 10}};
    interaction.priority = 100;
    interaction.agentId = 3;
    interaction.subject = u"청구서가 두 번 왔어요"_s;
    interaction.externalRef = u"mail-7f3a"_s;
    interaction.dispositionCode = u"billing-resolved"_s;
    interaction.notes = u"환불 안내함.\n다음 달 청구서 확인 필요 \"중요\""_s;
    interaction.resolved = true;
    interaction.restore(InteractionState::WrapUp, fullTimes(), 4);
    return interaction;
}

Attachment fullAttachment()
{
    return Attachment{u"청구서.pdf"_s, u"application/pdf"_s, 48213};
}

Message fullMessage()
{
    Message message;
    message.id = 501;
    message.interactionId = 108;
    message.sender = SenderRole::Agent;
    message.senderName = u"박보라"_s;
    message.subject = u"Re: 청구서"_s;
    message.body = u"안녕하세요 김민준 고객님,\n환불이 완료되었습니다. 😊"_s;
    message.sentAtMs = At + 60'000;
    message.attachments = {fullAttachment(), Attachment{u"receipt.png"_s, u"image/png"_s, 1024}};
    return message;
}

WorkItem fullWorkItem()
{
    WorkItem item;
    item.id = 77;
    item.customerId = 12;
    item.sourceInteractionId = 108;
    item.queueId = u"back-office"_s;
    item.title = u"환불 확인 전화"_s;
    item.description = u"이중 청구분 48,000원 환불 확인"_s;
    item.createdAtMs = At + 10;
    item.dueAtMs = At + 86'400'000;
    item.status = WorkItemStatus::InProgress;
    item.assignedAgentId = 9;
    return item;
}

TimelineFilter fullFilter()
{
    return TimelineFilter{{Channel::Chat, Channel::Email}, u"환불"_s};
}

TimelineCursor fullCursor()
{
    return TimelineCursor{At - 5000, 107};
}

TimelineItem fullTimelineItem(qint64 id = 108)
{
    return TimelineItem{fullInteraction(id), 14, u"박보라"_s};
}

TimelineItemPage fullPage()
{
    return TimelineItemPage{{fullTimelineItem(108), fullTimelineItem(97)}, true, fullCursor()};
}

SkillLevels fullSkills()
{
    return {{u"billing-ko"_s, 7}, {u"sales"_s, 3}};
}

ChannelCapacity fullCapacity()
{
    ChannelCapacity capacity;
    capacity.maximum = {{Channel::Voice, 1}, {Channel::Chat, 4}, {Channel::Email, 2}};
    capacity.voiceBlocksOtherChannels = false;
    return capacity;
}

AgentSession fullSession()
{
    return AgentSession{
        3, u"bora"_s, u"박보라"_s, u"서울 2팀"_s, UserRole::Supervisor, fullSkills(), fullCapacity()};
}

AgentStatus fullStatus()
{
    return AgentStatus{3, AgentState::NotReady, u"break"_s, At + 20, 2};
}

ContactSummary fullContact()
{
    ContactSummary contact;
    contact.interactionId = 108;
    contact.channel = Channel::Chat;
    contact.direction = Direction::Outbound;
    contact.state = InteractionState::Held;
    contact.queueId = u"billing"_s;
    contact.queueName = u"요금 상담"_s;
    contact.customerId = 12;
    contact.customerName = u"김민준"_s;
    contact.vip = true;
    contact.from = u"+821012345678"_s;
    contact.subject = u"요금 문의"_s;
    contact.agentId = 3;
    contact.times = fullTimes();
    contact.offerExpiresAtMs = At + 30'000;
    contact.muted = true;
    contact.callback = true;
    contact.campaign = true;
    contact.workItemId = 77;
    contact.consult = ConsultStage::Talking;
    contact.consultAgentId = 7;
    contact.consultAgentName = u"이서연"_s;
    contact.consultInteractionId = 109;
    contact.consultForInteractionId = 105;
    contact.supervision = SupervisionMode::Whisper;
    contact.recording = RecordingState::Paused;
    return contact;
}

WrapUp fullWrapUp()
{
    return WrapUp{108, u"billing-resolved"_s, u"환불 안내함"_s, true, fullWorkItem()};
}

DispositionOption fullDisposition()
{
    return DispositionOption{u"billing-resolved"_s, u"Billing question answered"_s, u"요금 문의 해결"_s};
}

CannedResponse fullCannedResponse()
{
    return CannedResponse{u"greeting-ko"_s,
                          u"en"_s,
                          u"인사"_s,
                          u"안녕하세요 {customer.name}님, {agent.name}입니다."_s,
                          {Channel::Chat, Channel::Sms}};
}

TransferTarget fullTransferTarget()
{
    return TransferTarget{TransferTarget::Kind::Queue, 7, u"billing"_s, u"요금 상담"_s, AgentState::Ready, 4};
}

InternalMessage fullInternalMessage()
{
    return InternalMessage{901,    3, u"박보라"_s, 7, u"billing"_s, 108, u"이중 청구 환불은 어떻게 하나요?"_s,
                           At + 40};
}

NextOffer fullNextOffer()
{
    return NextOffer{
        u"fiber-500"_s, u"기가 인터넷 500M"_s, u"up-sell"_s, u"100M 요금제를 3년째 사용 중"_s, 0.37, 45'000,
        u"KRW"_s,       u"not-now"_s};
}

OfferProduct fullProduct()
{
    return OfferProduct{u"internet-500m"_s, u"Internet 500M"_s, u"인터넷 500M"_s};
}

OfferRules fullRules()
{
    OfferRules rules;
    rules.segments = {Segment::Consumer, Segment::PublicSector};
    rules.valueTiers = {ValueTier::Gold, ValueTier::Platinum};
    rules.ownedAny = {u"internet-100m"_s, u"internet-200m"_s};
    rules.notOwned = {u"internet-1g"_s, u"tv-basic"_s};
    rules.channels = {Channel::Voice, Channel::Chat};
    rules.languages = {u"ko"_s, u"en"_s};
    rules.regions = {u"KR"_s, u"US"_s};
    rules.contactReasons = {u"billing"_s, u"cancellation"_s};
    rules.minTenureDays = 90;
    return rules;
}

Offer fullOffer()
{
    Offer offer;
    offer.id = u"fiber-500"_s;
    offer.nameEn = u"Fiber 500M upgrade"_s;
    offer.nameKo = u"기가 인터넷 500M"_s;
    offer.category = OfferCategory::UpSell;
    offer.productId = u"internet-500m"_s;
    offer.marginMinor = 12'000;
    offer.currency = u"USD"_s;
    offer.validFromMs = At;
    offer.validUntilMs = At + 30LL * 86'400'000;
    offer.rules = fullRules();
    offer.requiredConsent = OfferConsent::None;
    offer.cooldownDays = 60;
    offer.priorAcceptance = 0.25;
    offer.active = false;
    return offer;
}

OfferImportSummary fullImportSummary()
{
    return OfferImportSummary{1, 2, 3, 4};
}

OfferReportRow fullReportRow()
{
    OfferReportRow row;
    row.key = u"fiber-500"_s;
    row.label = u"Fiber 500M upgrade"_s;
    row.labelKo = u"기가 인터넷 500M"_s;
    row.offered = 40;
    row.accepted = 9;
    row.declined = 25;
    row.notNow = 6;
    row.revenueMinor = 135'000;
    row.currency = u"USD"_s;
    return row;
}

Skill fullSkill()
{
    return Skill{u"billing-ko"_s, u"요금 상담"_s};
}

KpiCounters fullCounters(qint64 base = 0)
{
    KpiCounters counters;
    qint64 next = base;
    for (qint64 *field :
         {&counters.offered,          &counters.blocked,          &counters.callbacks,
          &counters.movedOut,         &counters.answered,         &counters.answeredInTarget,
          &counters.abandoned,        &counters.shortAbandoned,   &counters.answerWaitMs,
          &counters.abandonWaitMs,    &counters.maxWaitMs,        &counters.completed,
          &counters.talkMs,           &counters.holdMs,           &counters.afterCallWorkMs,
          &counters.resolvedFlagged,  &counters.repeatContacts,   &counters.fcrProvisionalResolved,
          &counters.fcrFinalContacts, &counters.fcrFinalResolved, &counters.csatResponses,
          &counters.csatSatisfied,    &counters.csatScoreSum}) {
        *field = ++next;
    }
    return counters;
}

WallboardHeads fullHeads()
{
    return WallboardHeads{1, 2, 3, 4};
}

WallboardQueue fullQueue(const QString &id = u"sales"_s)
{
    WallboardQueue queue;
    queue.queueId = id;
    queue.name = u"영업"_s;
    queue.channels = {Channel::Voice, Channel::Social};
    queue.serviceLevelPercent = 90;
    queue.serviceLevelSeconds = 30;
    queue.today = fullCounters();
    queue.waiting = 5;
    queue.longestWaitMs = 41'000;
    queue.estimatedWaitMs = -1;
    queue.callbacksWaiting = 2;
    queue.agents = fullHeads();
    return queue;
}

WallboardAgent fullWallboardAgent(qint64 id = 3)
{
    WallboardAgent agent;
    agent.agentId = id;
    agent.name = u"박보라"_s;
    agent.team = u"서울 2팀"_s;
    agent.skills = fullSkills();
    agent.queueIds = {u"sales"_s, u"billing"_s};
    agent.state = AgentState::Ready;
    agent.activity = WallboardActivity::Busy;
    agent.reasonCode = u"training"_s;
    agent.stateSinceMs = At + 50;
    agent.contactId = 108;
    agent.contactChannel = Channel::Chat;
    agent.contactQueueId = u"sales"_s;
    agent.activeContacts = 2;
    agent.supervision = SupervisionMode::Barge;
    agent.handledToday = 17;
    agent.ahtSeconds = 312.5;
    agent.timeToday = {1'250'000, 410'000, 120'000};
    agent.timeAsOfMs = At + 70;
    agent.occupancy = 0.71;
    return agent;
}

WallboardSnapshot fullSnapshot()
{
    WallboardSnapshot snapshot;
    snapshot.nowMs = At + 3'600'000;
    snapshot.dayStartMs = At - 32'400'000;
    snapshot.queues = {fullQueue(u"billing"_s), fullQueue(u"sales"_s)};
    snapshot.agents = {fullWallboardAgent(3), fullWallboardAgent(7)};
    snapshot.handlingMs = 5'400'000;
    snapshot.readyIdleMs = 1'200'000;
    snapshot.notReadyIdleMs = 600'000;
    return snapshot;
}

WallboardInterval fullInterval(qint64 startMs = At)
{
    WallboardInterval interval;
    interval.startMs = startMs;
    interval.past = true;
    interval.current = true;
    interval.counters = fullCounters(100);
    interval.fromHistory = true;
    interval.forecastOffered = 10.5;
    interval.forecastAhtSeconds = 290.25;
    interval.staffedAgents = 4.5;
    interval.readyAgents = 1.0 / 3.0; // not exact in decimal: must still come back to the bit
    interval.requiredErlangC = 6;
    interval.requiredErlangA = 5;
    return interval;
}

WallboardIntraday fullIntraday()
{
    WallboardIntraday intraday;
    intraday.dayStartMs = At - 32'400'000;
    intraday.queueIds = {u"sales"_s, u"billing"_s};
    intraday.serviceLevelPercent = 95;
    intraday.serviceLevelSeconds = 15;
    intraday.patienceSeconds = 95.5;
    intraday.weeksInForecast = 4;
    intraday.intervals = {fullInterval(At), fullInterval(At + 900'000)};
    return intraday;
}

WallboardDayTotal fullDayTotal()
{
    return WallboardDayTotal{At - 86'400'000, fullCounters(7)};
}

WallboardDrillDown fullDrillDown()
{
    return WallboardDrillDown{{u"sales"_s, u"billing"_s}, WallboardFigure::AnsweredLate, At, At + 86'400'000};
}

WallboardContact fullWallboardContact()
{
    WallboardContact contact;
    contact.interactionId = 108;
    contact.channel = Channel::Sms;
    contact.queueId = u"sales"_s;
    contact.state = InteractionState::Offered;
    contact.customerId = 12;
    contact.customerName = u"김민준"_s;
    contact.agentId = 3;
    contact.agentName = u"박보라"_s;
    contact.arrivedMs = At + 70;
    contact.waitMs = 10'000;
    contact.subject = u"문자 문의"_s;
    return contact;
}

WrapUp wrapUpOf(qint64 interactionId)
{
    WrapUp wrapUp;
    wrapUp.interactionId = interactionId;
    return wrapUp;
}

// --- checks ---------------------------------------------------------------------------------

template <typename T>
QString roundTrip(const T &value)
{
    const QJsonValue encoded = Protocol::encode(value);
    const auto decoded = Protocol::decode<T>(overTheWire(encoded), u"payload.value"_s);
    if (const auto *error = std::get_if<Protocol::Error>(&decoded))
        return u"%1 did not decode: %2"_s.arg(json(encoded), error->message);
    if (!same(std::get<T>(decoded), value)) {
        return u"sent %1, got back %2"_s.arg(json(encoded), json(Protocol::encode(std::get<T>(decoded))));
    }
    return {};
}

// A fixture that claims to set every field, and does.
template <typename T>
QString fullRoundTrip(const T &value)
{
    QStringList unset;
    unsetFields(Protocol::encode(value), Protocol::encode(T{}), u"value"_s, unset);
    if (!unset.isEmpty())
        return u"the fixture leaves fields at their default: "_s + unset.join(u", ");
    return roundTrip(value);
}

template <typename T>
Check fullRow(const T &value)
{
    return [value] { return fullRoundTrip(value); };
}

template <typename T>
Check plainRow(const T &value)
{
    return [value] { return roundTrip(value); };
}

template <typename T>
Decoder decoderOf(const QString &path)
{
    return [path](const QJsonValue &value) -> std::optional<Protocol::Error> {
        auto decoded = Protocol::decode<T>(value, path);
        if (auto *error = std::get_if<Protocol::Error>(&decoded))
            return *error;
        return std::nullopt;
    };
}

// `text` decodes to `expected`.
template <typename T>
Check decodesTo(const QByteArray &text, const T &expected)
{
    return [text, expected]() -> QString {
        const auto decoded = Protocol::decode<T>(parse(text), u"payload.value"_s);
        if (const auto *error = std::get_if<Protocol::Error>(&decoded))
            return u"%1 did not decode: %2"_s.arg(QString::fromUtf8(text), error->message);
        if (!same(std::get<T>(decoded), expected)) {
            return u"%1 decoded to %2, expected %3"_s.arg(QString::fromUtf8(text),
                                                          json(Protocol::encode(std::get<T>(decoded))),
                                                          json(Protocol::encode(expected)));
        }
        return {};
    };
}

template <typename T>
Check decodesTo(const QJsonObject &object, const T &expected)
{
    return decodesTo(json(object).toUtf8(), expected);
}

// An enum value's key, both ways.
template <typename E>
Check keyRow(E value, const QString &key)
{
    return [value, key]() -> QString {
        const QJsonValue encoded = Protocol::encode(value);
        if (encoded != QJsonValue(key))
            return u"encoded as %1, expected \"%2\""_s.arg(json(encoded), key);
        const auto decoded = Protocol::decode<E>(QJsonValue(key), u"payload.value"_s);
        if (!std::holds_alternative<E>(decoded) || std::get<E>(decoded) != value)
            return u"\"%1\" does not decode to the value it came from"_s.arg(key);
        return {};
    };
}

struct Example
{
    QByteArray json;
    QStringList required;
};

// The examples of "Value shapes", by type name.
QMap<QString, Example> documentedExamples()
{
    QFile file(QStringLiteral(CONTACTDESK_SOURCE_DIR "/docs/PROTOCOL.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read docs/PROTOCOL.md");
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(u"\n## Value shapes\n"_s);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(u"\n## "_s, start + 1);
    const QString section = text.mid(start, end < 0 ? -1 : end - start);

    QMap<QString, Example> examples;
    static const QRegularExpression heading(
        u"^### `(\\w+)`\\n(?:.*\\n)*?```json\\n((?:.*\\n)*?)```\\n\\nRequired: ([^.\\n]*)"_s,
        QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(section); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        Example example;
        example.json = match.captured(2).toUtf8();
        static const QRegularExpression field(u"`(\\w+)`"_s);
        // "none (createCustomer sends `id` 0)": names after "none" are prose, not fields.
        if (!match.captured(3).startsWith(u"none"_s)) {
            for (auto f = field.globalMatch(match.captured(3)); f.hasNext();)
                example.required.append(f.next().captured(1));
        }
        examples.insert(match.captured(1), example);
    }
    return examples;
}

// A documented example of T: it decodes, it has every key the encoder writes at the top level,
// its values come back as written, and exactly its required fields are required.
template <typename T>
QString checkExample(const Example &example)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(example.json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return u"the example is not a JSON object: "_s + parseError.errorString();
    const QJsonObject object = document.object();
    const auto decoded = Protocol::decode<T>(object, u"payload"_s);
    if (const auto *error = std::get_if<Protocol::Error>(&decoded))
        return u"the example does not decode: "_s + error->message;
    const QJsonObject encoded = Protocol::encode(std::get<T>(decoded)).toObject();
    QStringList exampleKeys = object.keys();
    QStringList encodedKeys = encoded.keys();
    exampleKeys.sort();
    encodedKeys.sort();
    if (exampleKeys != encodedKeys) {
        return u"the example has keys %1; the encoder writes %2"_s.arg(exampleKeys.join(u", "),
                                                                       encodedKeys.join(u", "));
    }
    if (!contains(encoded, object))
        return u"the example comes back as %1"_s.arg(json(encoded));
    for (const QString &key : object.keys()) {
        QJsonObject without = object;
        without.remove(key);
        const auto result = Protocol::decode<T>(without, u"payload"_s);
        const auto *error = std::get_if<Protocol::Error>(&result);
        const bool required = example.required.contains(key);
        if (required
            && (!error || error->code != QLatin1String(Protocol::ErrorCode::MissingField)
                || error->field != u"payload."_s + key)) {
            return u"without %1 the example should be refused as missing-field"_s.arg(key);
        }
        if (!required && error)
            return u"without %1 the example should decode, but: %2"_s.arg(key, error->message);
    }
    for (const QString &key : example.required) {
        if (!object.contains(key))
            return u"required field %1 is not in the example"_s.arg(key);
    }
    return {};
}

using ExampleCheck = QString (*)(const Example &);

// Every type with an example in "Value shapes".
QList<std::pair<const char *, ExampleCheck>> documentedTypes()
{
    return {
        {"SkillLevels", &checkExample<SkillLevels>},
        {"SkillRequirement", &checkExample<SkillRequirement>},
        {"ChannelCapacity", &checkExample<ChannelCapacity>},
        {"Skill", &checkExample<Skill>},
        {"ContactPoint", &checkExample<ContactPoint>},
        {"Customer", &checkExample<Customer>},
        {"InteractionTimes", &checkExample<InteractionTimes>},
        {"Interaction", &checkExample<Interaction>},
        {"Attachment", &checkExample<Attachment>},
        {"Message", &checkExample<Message>},
        {"WorkItem", &checkExample<WorkItem>},
        {"TimelineFilter", &checkExample<TimelineFilter>},
        {"TimelineCursor", &checkExample<TimelineCursor>},
        {"TimelineItem", &checkExample<TimelineItem>},
        {"TimelineItemPage", &checkExample<TimelineItemPage>},
        {"AgentSession", &checkExample<AgentSession>},
        {"AgentStatus", &checkExample<AgentStatus>},
        {"ContactSummary", &checkExample<ContactSummary>},
        {"WrapUp", &checkExample<WrapUp>},
        {"DispositionOption", &checkExample<DispositionOption>},
        {"CannedResponse", &checkExample<CannedResponse>},
        {"TransferTarget", &checkExample<TransferTarget>},
        {"InternalMessage", &checkExample<InternalMessage>},
        {"NextOffer", &checkExample<NextOffer>},
        {"OfferProduct", &checkExample<OfferProduct>},
        {"OfferRules", &checkExample<OfferRules>},
        {"Offer", &checkExample<Offer>},
        {"OfferImportSummary", &checkExample<OfferImportSummary>},
        {"OfferReportRow", &checkExample<OfferReportRow>},
        {"KpiCounters", &checkExample<KpiCounters>},
        {"AgentTime", &checkExample<AgentTime>},
        {"WallboardHeads", &checkExample<WallboardHeads>},
        {"WallboardQueue", &checkExample<WallboardQueue>},
        {"WallboardAgent", &checkExample<WallboardAgent>},
        {"WallboardSnapshot", &checkExample<WallboardSnapshot>},
        {"WallboardInterval", &checkExample<WallboardInterval>},
        {"WallboardIntraday", &checkExample<WallboardIntraday>},
        {"WallboardDayTotal", &checkExample<WallboardDayTotal>},
        {"WallboardDrillDown", &checkExample<WallboardDrillDown>},
        {"WallboardContact", &checkExample<WallboardContact>},
    };
}

} // namespace

Q_DECLARE_METATYPE(ExampleCheck)

class tst_ProtocolCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void enumKeys_data();
    void enumKeys();
    void defaults_data();
    void defaults();
    void errors_data();
    void errors();
    void documentedShapes_data();
    void documentedShapes();
    void everyDocumentedShapeIsChecked();
    void bytesTravelAsText();
};

void tst_ProtocolCodec::roundTrip_data()
{
    QTest::addColumn<Check>("check");

    QTest::newRow("bool") << plainRow(true);
    QTest::newRow("int") << plainRow(std::numeric_limits<int>::max());
    QTest::newRow("qint64: 2^53 - 1") << plainRow(Protocol::MaxSafeInteger);
    QTest::newRow("double") << plainRow(0.1 + 0.2);
    QTest::newRow("QString") << plainRow(u"김민준 \"고객\"\n\t😊"_s);
    QTest::newRow("QByteArray") << plainRow(QByteArray(R"({"columns": ["대기", "응대율"]})"));
    QTest::newRow("QStringList") << plainRow(QStringList{u"sales"_s, u"요금"_s, u""_s});
    QTest::newRow("QList<Channel>") << plainRow(QList<Channel>{Channel::Social, Channel::Voice});
    QTest::newRow("QList<Customer>") << plainRow(QList<Customer>{fullCustomer(), Customer{}, fullCustomer()});
    QTest::newRow("QList<NextOffer>") << plainRow(QList<NextOffer>{fullNextOffer(), NextOffer{}});
    QTest::newRow("optional<Customer> set") << plainRow(std::optional<Customer>(fullCustomer()));
    QTest::newRow("optional<Customer> empty") << plainRow(std::optional<Customer>());
    QTest::newRow("QList<optional<int>>") << plainRow(QList<std::optional<int>>{3, std::nullopt, 0});
    QTest::newRow("QList<QList<QString>>") << plainRow(QList<QList<QString>>{{u"a"_s}, {}, {u"b"_s, u"c"_s}});

    QTest::newRow("SkillLevels") << fullRow(fullSkills());
    QTest::newRow("SkillRequirement") << fullRow(fullRequirement());
    QTest::newRow("ChannelCapacity") << fullRow(fullCapacity());
    QTest::newRow("Skill") << fullRow(fullSkill());
    QTest::newRow("ContactPoint") << fullRow(fullContactPoint());
    QTest::newRow("Customer") << fullRow(fullCustomer());
    QTest::newRow("InteractionTimes") << fullRow(fullTimes());
    QTest::newRow("Interaction") << fullRow(fullInteraction());
    QTest::newRow("Attachment") << fullRow(fullAttachment());
    QTest::newRow("Message") << fullRow(fullMessage());
    QTest::newRow("WorkItem") << fullRow(fullWorkItem());
    QTest::newRow("TimelineFilter") << fullRow(fullFilter());
    QTest::newRow("TimelineCursor") << fullRow(fullCursor());
    QTest::newRow("TimelineItem") << fullRow(fullTimelineItem());
    QTest::newRow("TimelineItemPage") << fullRow(fullPage());
    QTest::newRow("AgentSession") << fullRow(fullSession());
    QTest::newRow("AgentStatus") << fullRow(fullStatus());
    QTest::newRow("ContactSummary") << fullRow(fullContact());
    QTest::newRow("WrapUp") << fullRow(fullWrapUp());
    QTest::newRow("DispositionOption") << fullRow(fullDisposition());
    QTest::newRow("CannedResponse") << fullRow(fullCannedResponse());
    QTest::newRow("TransferTarget") << fullRow(fullTransferTarget());
    QTest::newRow("InternalMessage") << fullRow(fullInternalMessage());
    QTest::newRow("NextOffer") << fullRow(fullNextOffer());
    QTest::newRow("OfferProduct") << fullRow(fullProduct());
    QTest::newRow("OfferRules") << fullRow(fullRules());
    QTest::newRow("Offer") << fullRow(fullOffer());
    QTest::newRow("OfferImportSummary") << fullRow(fullImportSummary());
    QTest::newRow("OfferReportRow") << fullRow(fullReportRow());
    QTest::newRow("KpiCounters") << fullRow(fullCounters());
    QTest::newRow("AgentTime") << fullRow(AgentTime{1'250'000, 410'000, 120'000});
    QTest::newRow("WallboardHeads") << fullRow(fullHeads());
    QTest::newRow("WallboardQueue") << fullRow(fullQueue());
    QTest::newRow("WallboardAgent") << fullRow(fullWallboardAgent());
    QTest::newRow("WallboardSnapshot") << fullRow(fullSnapshot());
    QTest::newRow("WallboardInterval") << fullRow(fullInterval());
    QTest::newRow("WallboardIntraday") << fullRow(fullIntraday());
    QTest::newRow("WallboardDayTotal") << fullRow(fullDayTotal());
    QTest::newRow("WallboardDrillDown") << fullRow(fullDrillDown());
    QTest::newRow("WallboardContact") << fullRow(fullWallboardContact());

    // The defaults come back as well (they include the values that must be allowed: 0 ids,
    // empty strings and lists, a null follow-up).
    QTest::newRow("Customer{}") << plainRow(Customer{});
    QTest::newRow("Interaction{}") << plainRow(Interaction{});
    QTest::newRow("TimelineItemPage{}") << plainRow(TimelineItemPage{});
    QTest::newRow("AgentSession{}") << plainRow(AgentSession{});
    QTest::newRow("ContactSummary{}") << plainRow(ContactSummary{});
    QTest::newRow("WrapUp{}") << plainRow(WrapUp{});
    QTest::newRow("TransferTarget{}") << plainRow(TransferTarget{});
    QTest::newRow("Offer{}") << plainRow(Offer{});
    QTest::newRow("WallboardSnapshot{}") << plainRow(WallboardSnapshot{});
    QTest::newRow("WallboardAgent{}") << plainRow(WallboardAgent{});
    QTest::newRow("WallboardIntraday{}") << plainRow(WallboardIntraday{});
    QTest::newRow("WallboardContact{}") << plainRow(WallboardContact{});
}

void tst_ProtocolCodec::roundTrip()
{
    QFETCH(Check, check);
    const QString problem = check();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ProtocolCodec::enumKeys_data()
{
    QTest::addColumn<Check>("check");

    const auto add = [](const char *name, Check check) { QTest::newRow(name) << std::move(check); };
    add("channel voice", keyRow(Channel::Voice, u"voice"_s));
    add("channel chat", keyRow(Channel::Chat, u"chat"_s));
    add("channel email", keyRow(Channel::Email, u"email"_s));
    add("channel sms", keyRow(Channel::Sms, u"sms"_s));
    add("channel social", keyRow(Channel::Social, u"social"_s));
    add("channel workitem", keyRow(Channel::WorkItem, u"workitem"_s));
    add("direction inbound", keyRow(Direction::Inbound, u"inbound"_s));
    add("direction outbound", keyRow(Direction::Outbound, u"outbound"_s));
    add("direction internal", keyRow(Direction::Internal, u"internal"_s));
    add("state created", keyRow(InteractionState::Created, u"created"_s));
    add("state queued", keyRow(InteractionState::Queued, u"queued"_s));
    add("state offered", keyRow(InteractionState::Offered, u"offered"_s));
    add("state connected", keyRow(InteractionState::Connected, u"connected"_s));
    add("state held", keyRow(InteractionState::Held, u"held"_s));
    add("state wrap-up", keyRow(InteractionState::WrapUp, u"wrap-up"_s));
    add("state closed", keyRow(InteractionState::Closed, u"closed"_s));
    add("state abandoned", keyRow(InteractionState::Abandoned, u"abandoned"_s));
    add("state callback-requested", keyRow(InteractionState::CallbackRequested, u"callback-requested"_s));
    add("state transferred", keyRow(InteractionState::Transferred, u"transferred"_s));
    add("state blocked", keyRow(InteractionState::Blocked, u"blocked"_s));
    add("agent logged-out", keyRow(AgentState::LoggedOut, u"logged-out"_s));
    add("agent ready", keyRow(AgentState::Ready, u"ready"_s));
    add("agent not-ready", keyRow(AgentState::NotReady, u"not-ready"_s));
    add("agent after-call-work", keyRow(AgentState::AfterCallWork, u"after-call-work"_s));
    add("contact phone", keyRow(ContactKind::Phone, u"phone"_s));
    add("contact email", keyRow(ContactKind::Email, u"email"_s));
    add("contact chat", keyRow(ContactKind::Chat, u"chat"_s));
    add("contact social", keyRow(ContactKind::Social, u"social"_s));
    add("segment consumer", keyRow(Segment::Consumer, u"consumer"_s));
    add("segment small-business", keyRow(Segment::SmallBusiness, u"small-business"_s));
    add("segment corporate", keyRow(Segment::Corporate, u"corporate"_s));
    add("segment public-sector", keyRow(Segment::PublicSector, u"public-sector"_s));
    add("tier bronze", keyRow(ValueTier::Bronze, u"bronze"_s));
    add("tier silver", keyRow(ValueTier::Silver, u"silver"_s));
    add("tier gold", keyRow(ValueTier::Gold, u"gold"_s));
    add("tier platinum", keyRow(ValueTier::Platinum, u"platinum"_s));
    add("sender customer", keyRow(SenderRole::Customer, u"customer"_s));
    add("sender agent", keyRow(SenderRole::Agent, u"agent"_s));
    add("sender system", keyRow(SenderRole::System, u"system"_s));
    add("sender bot", keyRow(SenderRole::Bot, u"bot"_s));
    add("work item open", keyRow(WorkItemStatus::Open, u"open"_s));
    add("work item in-progress", keyRow(WorkItemStatus::InProgress, u"in-progress"_s));
    add("work item done", keyRow(WorkItemStatus::Done, u"done"_s));
    add("work item cancelled", keyRow(WorkItemStatus::Cancelled, u"cancelled"_s));
    add("role agent", keyRow(UserRole::Agent, u"agent"_s));
    add("role team-lead", keyRow(UserRole::TeamLead, u"team-lead"_s));
    add("role supervisor", keyRow(UserRole::Supervisor, u"supervisor"_s));
    add("role admin", keyRow(UserRole::Admin, u"admin"_s));
    add("consult none", keyRow(ConsultStage::None, u"none"_s));
    add("consult ringing", keyRow(ConsultStage::Ringing, u"ringing"_s));
    add("consult talking", keyRow(ConsultStage::Talking, u"talking"_s));
    add("consult conference", keyRow(ConsultStage::Conference, u"conference"_s));
    add("supervision none", keyRow(SupervisionMode::None, u"none"_s));
    add("supervision monitor", keyRow(SupervisionMode::Monitor, u"monitor"_s));
    add("supervision whisper", keyRow(SupervisionMode::Whisper, u"whisper"_s));
    add("supervision barge", keyRow(SupervisionMode::Barge, u"barge"_s));
    add("recording none", keyRow(RecordingState::None, u"none"_s));
    add("recording on", keyRow(RecordingState::On, u"on"_s));
    add("recording paused", keyRow(RecordingState::Paused, u"paused"_s));
    add("recording not-recorded", keyRow(RecordingState::NotRecorded, u"not-recorded"_s));
    add("transfer agent", keyRow(TransferTarget::Kind::Agent, u"agent"_s));
    add("transfer queue", keyRow(TransferTarget::Kind::Queue, u"queue"_s));
    add("activity logged-out", keyRow(WallboardActivity::LoggedOut, u"logged-out"_s));
    add("activity ready", keyRow(WallboardActivity::Ready, u"ready"_s));
    add("activity not-ready", keyRow(WallboardActivity::NotReady, u"not-ready"_s));
    add("activity after-call-work", keyRow(WallboardActivity::AfterCallWork, u"after-call-work"_s));
    add("activity busy", keyRow(WallboardActivity::Busy, u"busy"_s));
    add("figure waiting", keyRow(WallboardFigure::Waiting, u"waiting"_s));
    add("figure offered", keyRow(WallboardFigure::Offered, u"offered"_s));
    add("figure answered", keyRow(WallboardFigure::Answered, u"answered"_s));
    add("figure answered-late", keyRow(WallboardFigure::AnsweredLate, u"answered-late"_s));
    add("figure abandoned", keyRow(WallboardFigure::Abandoned, u"abandoned"_s));
    add("figure blocked", keyRow(WallboardFigure::Blocked, u"blocked"_s));
    add("figure callbacks", keyRow(WallboardFigure::Callbacks, u"callbacks"_s));
    add("figure completed", keyRow(WallboardFigure::Completed, u"completed"_s));
    add("figure callbacks-waiting", keyRow(WallboardFigure::CallbacksWaiting, u"callbacks-waiting"_s));
    add("category up-sell", keyRow(OfferCategory::UpSell, u"up-sell"_s));
    add("category cross-sell", keyRow(OfferCategory::CrossSell, u"cross-sell"_s));
    add("category renewal", keyRow(OfferCategory::Renewal, u"renewal"_s));
    add("category retention", keyRow(OfferCategory::Retention, u"retention"_s));
    add("category partner-promotion", keyRow(OfferCategory::PartnerPromotion, u"partner-promotion"_s));
    add("consent none", keyRow(OfferConsent::None, u"none"_s));
    add("consent marketing", keyRow(OfferConsent::Marketing, u"marketing"_s));
}

void tst_ProtocolCodec::enumKeys()
{
    QFETCH(Check, check);
    const QString problem = check();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ProtocolCodec::defaults_data()
{
    QTest::addColumn<Check>("check");

    QTest::newRow("Customer: nothing given") << decodesTo<Customer>("{}", Customer{});
    {
        Customer expected;
        expected.givenName = u"민준"_s;
        QTest::newRow("Customer: null is absent") << decodesTo<Customer>(
            R"({"givenName": "민준", "currency": null, "contactPoints": null})", expected);
    }
    {
        ContactPoint expected;
        expected.kind = ContactKind::Email;
        expected.value = u"a@example.kr"_s;
        QTest::newRow("ContactPoint: required only")
            << decodesTo<ContactPoint>(R"({"kind": "email", "value": "a@example.kr"})", expected);
        QTest::newRow("ContactPoint: unknown keys are ignored") << decodesTo<ContactPoint>(
            R"({"kind": "email", "value": "a@example.kr", "verifiedAtMs": 5, "tags": ["x"]})", expected);
    }
    {
        Interaction expected;
        expected.id = 108;
        expected.channel = Channel::Chat;
        expected.restore(InteractionState::Queued, {}, std::nullopt);
        QTest::newRow("Interaction: required only") << decodesTo<Interaction>(
            R"({"id": 108, "channel": "chat", "direction": "inbound", "state": "queued"})", expected);
    }
    QTest::newRow("WrapUp: no follow-up") << decodesTo<WrapUp>(R"({"interactionId": 108})", wrapUpOf(108));
    QTest::newRow("WrapUp: null follow-up")
        << decodesTo<WrapUp>(R"({"interactionId": 108, "followUp": null})", wrapUpOf(108));
    {
        WrapUp expected = wrapUpOf(108);
        expected.followUp = WorkItem{};
        expected.followUp->title = u"다시 전화"_s;
        QTest::newRow("WrapUp: a follow-up with its title only")
            << decodesTo<WrapUp>(R"({"interactionId": 108, "followUp": {"title": "다시 전화"}})", expected);
    }
    {
        Offer expected;
        expected.id = u"x"_s;
        expected.category = OfferCategory::Renewal;
        QTest::newRow("Offer: consent marketing, cooldown 30, prior 0.1, active, KRW")
            << decodesTo<Offer>(R"({"id": "x", "category": "renewal"})", expected);
    }
    {
        WallboardQueue expected;
        expected.queueId = u"sales"_s;
        QTest::newRow("WallboardQueue: 80% in 20 s")
            << decodesTo<WallboardQueue>(R"({"queueId": "sales"})", expected);
    }
    {
        WallboardAgent expected;
        expected.agentId = 3;
        QTest::newRow("WallboardAgent: no AHT, no occupancy")
            << decodesTo<WallboardAgent>(R"({"agentId": 3, "ahtSeconds": null})", expected);
    }
    {
        WallboardInterval expected;
        expected.startMs = At;
        QTest::newRow("WallboardInterval: no Erlang A")
            << decodesTo<WallboardInterval>(QJsonObject{{u"startMs"_s, At}}, expected);
    }
    QTest::newRow("ChannelCapacity: voice blocks") << decodesTo<ChannelCapacity>("{}", ChannelCapacity{});
    {
        AgentSession expected;
        expected.agentId = 3;
        expected.login = u"ana"_s;
        QTest::newRow("AgentSession: an agent")
            << decodesTo<AgentSession>(R"({"agentId": 3, "login": "ana"})", expected);
    }
    QTest::newRow("SkillRequirement: level 1")
        << decodesTo<SkillRequirement>(R"({"skill": "sales"})", SkillRequirement{u"sales"_s});
    QTest::newRow("TimelineItemPage: empty") << decodesTo<TimelineItemPage>("{}", TimelineItemPage{});
    QTest::newRow("optional<Customer>: absent") << decodesTo<std::optional<Customer>>("", std::nullopt);
    QTest::newRow("optional<Customer>: null") << decodesTo<std::optional<Customer>>("null", std::nullopt);

    // The edges of what is allowed.
    {
        Customer expected;
        expected.id = Protocol::MaxSafeInteger;
        expected.givenName = QString(Protocol::MaxNameLength, u'가');
        expected.lifetimeValueMinor = -Protocol::MaxSafeInteger;
        QTest::newRow("Customer: largest id, longest name, most negative money")
            << decodesTo<Customer>(QJsonObject{{u"id"_s, Protocol::MaxSafeInteger},
                                               {u"givenName"_s, expected.givenName},
                                               {u"lifetimeValueMinor"_s, -Protocol::MaxSafeInteger}},
                                   expected);
    }
    {
        Message expected;
        expected.interactionId = 1;
        expected.body = QString(Protocol::MaxTextLength, u'a');
        QTest::newRow("Message: the longest body") << decodesTo<Message>(
            QJsonObject{{u"interactionId"_s, 1}, {u"sender"_s, u"customer"_s}, {u"body"_s, expected.body}},
            expected);
    }
    {
        WallboardQueue expected;
        expected.queueId = u"sales"_s;
        expected.estimatedWaitMs = -1;
        expected.serviceLevelPercent = 100;
        QTest::newRow("WallboardQueue: unstaffed, 100%") << decodesTo<WallboardQueue>(
            R"({"queueId": "sales", "estimatedWaitMs": -1, "serviceLevelPercent": 100})", expected);
    }
    QTest::newRow("int: 2^31 - 1") << decodesTo<int>("2147483647", std::numeric_limits<int>::max());
    QTest::newRow("qint64: written with an exponent") << decodesTo<qint64>("1.5e3", qint64(1500));
    QTest::newRow("double: a whole number") << decodesTo<double>("290", 290.0);
}

void tst_ProtocolCodec::defaults()
{
    QFETCH(Check, check);
    const QString problem = check();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ProtocolCodec::errors_data()
{
    QTest::addColumn<Decoder>("decoder");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString missing = QString::fromLatin1(Protocol::ErrorCode::MissingField);
    const QString wrongType = QString::fromLatin1(Protocol::ErrorCode::WrongFieldType);
    const QString invalid = QString::fromLatin1(Protocol::ErrorCode::InvalidValue);

    const Decoder customer = decoderOf<Customer>(u"payload.customer"_s);
    const Decoder status = decoderOf<AgentStatus>(u"payload.status"_s);
    const Decoder contact = decoderOf<ContactSummary>(u"payload.contact"_s);
    const Decoder session = decoderOf<AgentSession>(u"payload.session"_s);
    const Decoder wrapUp = decoderOf<WrapUp>(u"payload.wrapUp"_s);
    const Decoder filter = decoderOf<TimelineFilter>(u"payload.filter"_s);
    const Decoder interaction = decoderOf<Interaction>(u"payload.interaction"_s);
    const Decoder message = decoderOf<Message>(u"payload.message"_s);
    const Decoder snapshot = decoderOf<WallboardSnapshot>(u"payload"_s);

    const QByteArray point = R"({"kind": "phone", "value": "+821012345678"})";
    const QByteArray interactionHead =
        R"("id": 108, "channel": "voice", "direction": "inbound", "state": "queued")";

    // Missing.
    QTest::newRow("required field of a nested list element")
        << customer << parse(R"({"contactPoints": [)" + point + ", " + point + R"(, {"value": "x"}]})")
        << missing << u"payload.customer.contactPoints[2].kind"_s;
    QTest::newRow("required field") << status << parse(R"({"state": "ready"})") << missing
                                    << u"payload.status.agentId"_s;
    QTest::newRow("required field is null")
        << contact
        << parse(R"({"interactionId": null, "channel": "chat", "direction": "inbound", "state": "queued"})")
        << missing << u"payload.contact.interactionId"_s;
    QTest::newRow("the value itself") << customer << parse("") << missing << u"payload.customer"_s;
    QTest::newRow("required field of a set optional")
        << wrapUp << parse(R"({"interactionId": 108, "followUp": {"queueId": "back-office"}})") << missing
        << u"payload.wrapUp.followUp.title"_s;
    QTest::newRow("at the empty path")
        << decoderOf<ContactPoint>(QString()) << parse(R"({"value": "x"})") << missing << u"kind"_s;
    QTest::newRow("QString: null") << decoderOf<QString>(u"payload.text"_s) << parse("null") << missing
                                   << u"payload.text"_s;

    // Wrong types.
    QTest::newRow("boolean as a string")
        << customer << parse(R"({"vip": "yes"})") << wrongType << u"payload.customer.vip"_s;
    QTest::newRow("integer as a string") << status << parse(R"({"agentId": "3", "state": "ready"})")
                                         << wrongType << u"payload.status.agentId"_s;
    QTest::newRow("integer with a fraction") << status << parse(R"({"agentId": 1.5, "state": "ready"})")
                                             << wrongType << u"payload.status.agentId"_s;
    QTest::newRow("enum as a number")
        << status << parse(R"({"agentId": 3, "state": 1})") << wrongType << u"payload.status.state"_s;
    QTest::newRow("object expected") << customer << parse("[]") << wrongType << u"payload.customer"_s;
    QTest::newRow("array expected") << customer << parse(R"({"contactPoints": {}})") << wrongType
                                    << u"payload.customer.contactPoints"_s;
    QTest::newRow("nested array element of the wrong type")
        << customer << parse(R"({"contactPoints": [)" + point + R"(, 5]})") << wrongType
        << u"payload.customer.contactPoints[1]"_s;
    QTest::newRow("enum list element of the wrong type")
        << filter << parse(R"({"channels": ["chat", 5]})") << wrongType << u"payload.filter.channels[1]"_s;
    QTest::newRow("null element of a list")
        << filter << parse(R"({"channels": ["chat", null]})") << missing << u"payload.filter.channels[1]"_s;
    QTest::newRow("nested object field")
        << interaction << parse("{" + interactionHead + R"(, "times": {"heldSinceMs": "soon"}})") << wrongType
        << u"payload.interaction.times.heldSinceMs"_s;
    QTest::newRow("optional object of the wrong type")
        << wrapUp << parse(R"({"interactionId": 108, "followUp": 5})") << wrongType
        << u"payload.wrapUp.followUp"_s;
    QTest::newRow("optional number as a string")
        << decoderOf<WallboardAgent>(u"payload.agent"_s) << parse(R"({"agentId": 3, "ahtSeconds": "fast"})")
        << wrongType << u"payload.agent.ahtSeconds"_s;
    QTest::newRow("number as a string") << decoderOf<NextOffer>(u"payload.offer"_s)
                                        << parse(R"({"offerId": "x", "acceptanceProbability": "0.4"})")
                                        << wrongType << u"payload.offer.acceptanceProbability"_s;
    QTest::newRow("skill level as a string")
        << session << parse(R"({"agentId": 3, "login": "a", "skills": {"sales": "5"}})") << wrongType
        << u"payload.session.skills.sales"_s;
    QTest::newRow("bool: a number") << decoderOf<bool>(u"payload.muted"_s) << parse("1") << wrongType
                                    << u"payload.muted"_s;
    QTest::newRow("QByteArray: an object") << decoderOf<QByteArray>(u"payload.layoutJson"_s) << parse("{}")
                                           << wrongType << u"payload.layoutJson"_s;
    QTest::newRow("QStringList: a number in it")
        << decoderOf<QStringList>(u"payload.queueIds"_s) << parse(R"(["sales", 1])") << wrongType
        << u"payload.queueIds[1]"_s;
    QTest::newRow("QList<Customer>: an object") << decoderOf<QList<Customer>>(u"payload.customers"_s)
                                                << parse("{}") << wrongType << u"payload.customers"_s;
    QTest::newRow("QList<Customer>: a number in it")
        << decoderOf<QList<Customer>>(u"payload.customers"_s) << parse("[{}, 3]") << wrongType
        << u"payload.customers[1]"_s;
    QTest::newRow("optional<Customer>: a string")
        << decoderOf<std::optional<Customer>>(u"payload.customer"_s) << parse(R"("김민준")") << wrongType
        << u"payload.customer"_s;

    // Unknown enum keys.
    QTest::newRow("unknown interaction state")
        << contact
        << parse(R"({"interactionId": 1, "channel": "chat", "direction": "inbound", "state": "busy"})")
        << invalid << u"payload.contact.state"_s;
    QTest::newRow("unknown channel in a list")
        << filter << parse(R"({"channels": ["chat", "fax"]})") << invalid << u"payload.filter.channels[1]"_s;
    QTest::newRow("unknown agent state")
        << decoderOf<AgentState>(u"payload.state"_s) << parse(R"("busy")") << invalid << u"payload.state"_s;
    QTest::newRow("unknown transfer target kind")
        << decoderOf<TransferTarget>(u"payload.target"_s) << parse(R"({"kind": "team"})") << invalid
        << u"payload.target.kind"_s;
    QTest::newRow("unknown wallboard activity")
        << decoderOf<WallboardAgent>(u"payload.agent"_s) << parse(R"({"agentId": 3, "activity": "lunch"})")
        << invalid << u"payload.agent.activity"_s;
    QTest::newRow("keys are case-sensitive")
        << decoderOf<Channel>(u"payload.channel"_s) << parse(R"("Voice")") << invalid << u"payload.channel"_s;
    QTest::newRow("unknown channel of a capacity")
        << session << parse(R"({"agentId": 3, "login": "a", "capacity": {"maximum": {"chat": 3, "fax": 1}}})")
        << invalid << u"payload.session.capacity.maximum"_s;
    QTest::newRow("not a skill id") << session
                                    << parse(R"({"agentId": 3, "login": "a", "skills": {"Sales Team": 3}})")
                                    << invalid << u"payload.session.skills"_s;

    // Integers out of range.
    QTest::newRow("negative id") << status << parse(R"({"agentId": -1, "state": "ready"})") << invalid
                                 << u"payload.status.agentId"_s;
    QTest::newRow("id above 2^53 - 1")
        << status << parse(R"({"agentId": 9007199254740992, "state": "ready"})") << invalid
        << u"payload.status.agentId"_s;
    QTest::newRow("id beyond qint64") << status << parse(R"({"agentId": 1e300, "state": "ready"})") << invalid
                                      << u"payload.status.agentId"_s;
    QTest::newRow("int field above 2^31 - 1")
        << status << parse(R"({"agentId": 3, "state": "ready", "activeContacts": 2147483648})") << invalid
        << u"payload.status.activeContacts"_s;
    QTest::newRow("priority above 100")
        << interaction << parse("{" + interactionHead + R"(, "priority": 101})") << invalid
        << u"payload.interaction.priority"_s;
    QTest::newRow("csat 6") << interaction << parse("{" + interactionHead + R"(, "csat": 6})") << invalid
                            << u"payload.interaction.csat"_s;
    QTest::newRow("csat 0") << interaction << parse("{" + interactionHead + R"(, "csat": 0})") << invalid
                            << u"payload.interaction.csat"_s;
    QTest::newRow("skill level 11") << session
                                    << parse(R"({"agentId": 3, "login": "a", "skills": {"sales": 11}})")
                                    << invalid << u"payload.session.skills.sales"_s;
    QTest::newRow("negative capacity")
        << session << parse(R"({"agentId": 3, "login": "a", "capacity": {"maximum": {"chat": -1}}})")
        << invalid << u"payload.session.capacity.maximum.chat"_s;
    QTest::newRow("estimated wait below -1")
        << snapshot
        << parse(R"({"nowMs": 1, "queues": [{"queueId": "a"}, {"queueId": "b", "estimatedWaitMs": -2}]})")
        << invalid << u"payload.queues[1].estimatedWaitMs"_s;
    QTest::newRow("negative head count")
        << snapshot
        << parse(R"({"nowMs": 1, "queues": [{"queueId": "a"}, {"queueId": "b", "agents": {"busy": -1}}]})")
        << invalid << u"payload.queues[1].agents.busy"_s;
    QTest::newRow("deep in a page")
        << decoderOf<TimelineItemPage>(u"payload.page"_s)
        << parse(R"({"items": [{"interaction": {)" + interactionHead + R"(}}, {"interaction": {)"
                 + interactionHead + R"(, "requiredSkills": [{"skill": "sales", "minimumLevel": 11}]}}]})")
        << invalid << u"payload.page.items[1].interaction.requiredSkills[0].minimumLevel"_s;
    QTest::newRow("int: 2^31") << decoderOf<int>(u"payload.limit"_s) << parse("2147483648") << invalid
                               << u"payload.limit"_s;
    QTest::newRow("qint64: negative")
        << decoderOf<qint64>(u"payload.customerId"_s) << parse("-1") << invalid << u"payload.customerId"_s;

    // Strings too long.
    QTest::newRow("name of 4097 characters")
        << customer << QJsonValue(QJsonObject{{u"givenName"_s, QString(Protocol::MaxNameLength + 1, u'가')}})
        << invalid << u"payload.customer.givenName"_s;
    QTest::newRow("body over 1 MiB") << message
                                     << QJsonValue(QJsonObject{
                                            {u"interactionId"_s, 1},
                                            {u"sender"_s, u"agent"_s},
                                            {u"body"_s, QString(Protocol::MaxTextLength + 1, u'a')}})
                                     << invalid << u"payload.message.body"_s;
    QTest::newRow("long list element") << decoderOf<QStringList>(u"payload.queueIds"_s)
                                       << QJsonValue(QJsonArray{QString(Protocol::MaxNameLength + 1, u'q')})
                                       << invalid << u"payload.queueIds[0]"_s;
    QTest::newRow("long enum key") << decoderOf<Channel>(u"payload.channel"_s)
                                   << QJsonValue(QString(65, u'v')) << invalid << u"payload.channel"_s;
    QTest::newRow("QString over 1 MiB")
        << decoderOf<QString>(u"payload.body"_s) << QJsonValue(QString(Protocol::MaxTextLength + 1, u'a'))
        << invalid << u"payload.body"_s;
}

void tst_ProtocolCodec::errors()
{
    QFETCH(Decoder, decoder);
    QFETCH(QJsonValue, input);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const std::optional<Protocol::Error> error = decoder(input);
    QVERIFY2(error, "decoded without an error");
    QCOMPARE(error->code, code);
    QCOMPARE(error->field, field);
    // The message names the field for logs; the caller puts in the request's id.
    QVERIFY2(error->message.startsWith(field.isEmpty() ? u"the value"_s : field), qPrintable(error->message));
    QVERIFY(error->id.isNull());
}

void tst_ProtocolCodec::documentedShapes_data()
{
    QTest::addColumn<ExampleCheck>("check");
    for (const auto &[name, check] : documentedTypes())
        QTest::newRow(name) << check;
}

void tst_ProtocolCodec::documentedShapes()
{
    QFETCH(ExampleCheck, check);
    const QMap<QString, Example> examples = documentedExamples();
    const QString name = QString::fromUtf8(QTest::currentDataTag());
    QVERIFY2(examples.contains(name), "docs/PROTOCOL.md has no example of this type under \"Value shapes\"");
    const QString problem = check(examples.value(name));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// An example in the document that no row reads could say anything.
void tst_ProtocolCodec::everyDocumentedShapeIsChecked()
{
    QFile file(QStringLiteral(CONTACTDESK_SOURCE_DIR "/docs/PROTOCOL.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(u"\n## Value shapes\n"_s);
    QVERIFY2(start >= 0, "docs/PROTOCOL.md has no \"Value shapes\" section");
    const qsizetype end = text.indexOf(u"\n## "_s, start + 1);
    const QString section = text.mid(start, end < 0 ? -1 : end - start);

    static const QRegularExpression heading(u"^### `(\\w+)`$"_s, QRegularExpression::MultilineOption);
    QStringList headings;
    for (auto it = heading.globalMatch(section); it.hasNext();)
        headings.append(it.next().captured(1));
    QStringList checked;
    for (const auto &[name, check] : documentedTypes())
        checked.append(QString::fromLatin1(name));
    headings.sort();
    checked.sort();
    QCOMPARE(headings, checked);
    // Each heading has its example and its "Required:" line, or documentedExamples() skips it.
    QCOMPARE(documentedExamples().keys(), headings);
}

// Layouts and catalogues are JSON documents; they travel as their text, not as nested JSON, so
// the server stores exactly the bytes the desktop saved.
void tst_ProtocolCodec::bytesTravelAsText()
{
    const QByteArray layout = QByteArrayLiteral("{\"tiles\": [\"대기\"]}\n");
    const QJsonValue encoded = Protocol::encode(layout);
    QVERIFY(encoded.isString());
    QCOMPARE(encoded.toString(), QString::fromUtf8(layout));
    const auto decoded = Protocol::decode<QByteArray>(encoded, u"payload.layoutJson"_s);
    QVERIFY(std::holds_alternative<QByteArray>(decoded));
    QCOMPARE(std::get<QByteArray>(decoded), layout);
}

QTEST_APPLESS_MAIN(tst_ProtocolCodec)

#include "tst_protocolcodec.moc"

#include "demodatagenerator.h"

#include "agentrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "dispositionrepository.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "domain/queue.h"
#include "domain/timeunits.h"
#include "domain/workitem.h"
#include "interactionrepository.h"
#include "messagerepository.h"
#include "queuerepository.h"
#include "routing/simulationrandom.h"
#include "skillrepository.h"
#include "workitemrepository.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace ContactDesk {

namespace {

constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr int ProgressEvery = 500;

// ---------------------------------------------------------------------------------------------
// Randomness. std::mt19937_64's sequence is fixed by the standard; the std distributions are not
// (libstdc++ and libc++ differ), so every draw goes through these helpers.

// Independent streams, so that e.g. asking for more interactions leaves the customers unchanged.
enum class Stream : quint64
{
    Customers = 1,
    Agents = 2,
    Plan = 3,
    Details = 4,
};

class Random
{
public:
    Random(quint64 seed, Stream stream)
        : m_engine(splitMix64(seed ^ splitMix64(quint64(stream))))
    {}

    quint64 next() { return m_engine(); }

    // Uniform in [0, bound), without modulo bias.
    quint64 below(quint64 bound)
    {
        if (bound <= 1)
            return 0;
        const quint64 threshold = (0 - bound) % bound;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low) + 1)); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }
    int index(qsizetype size) { return int(below(quint64(size))); }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(index(list.size()));
    }

    // Between low and high, most values near low: for durations with a long tail.
    qint64 skewed(qint64 low, qint64 high)
    {
        const double u = unit();
        return low + qint64(double(high - low) * u * u);
    }

    QString hex(int digits)
    {
        QString text = QString::number(next(), 16).rightJustified(16, u'0');
        return text.right(digits);
    }

    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(u'0' + int(below(10)));
        return text;
    }

private:
    std::mt19937_64 m_engine;
};

// Integer weights, so that picks do not depend on floating-point summation.
class WeightedTable
{
public:
    void add(qint64 weight)
    {
        m_cumulative.push_back((m_cumulative.empty() ? 0 : m_cumulative.back()) + weight);
    }
    qint64 total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }

    int pick(Random &random) const
    {
        const qint64 r = qint64(random.below(quint64(total())));
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

    static WeightedTable of(std::initializer_list<int> weights)
    {
        WeightedTable table;
        for (int weight : weights)
            table.add(weight);
        return table;
    }

private:
    std::vector<qint64> m_cumulative;
};

// How often agents pick each disposition code, and how often a contact ending that way counts as
// resolved at first contact.
struct DispositionRule
{
    const char16_t *code;
    int weight;
    int resolvedPercent;
};

constexpr DispositionRule dispositionRules[] = {
    {u"resolved", 50, 100},     {u"information", 30, 100},
    {u"follow-up", 14, 0},      {u"callback-scheduled", 10, 0},
    {u"escalated", 8, 0},       {u"sale", 30, 100},
    {u"no-sale", 25, 100},      {u"complaint", 8, 20},
    {u"cancellation", 20, 100}, {u"technical-issue", 12, 40},
    {u"wrong-number", 1, 100},  {u"voicemail", 1, 0},
    {u"spam", 1, 100},
};

const DispositionRule *dispositionRule(QStringView code)
{
    for (const DispositionRule &rule : dispositionRules) {
        if (code == QStringView(rule.code))
            return &rule;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Text material, read from the resources in resources/demo.

struct Line
{
    bool fromAgent = false;
    QString text;
};
using Script = QList<Line>;

// How a contact ended: the disposition code the agent picked and the note they wrote.
struct Outcome
{
    QString code;
    QString note;
};

// A reason to call, with the ways such calls end.
struct CaseText
{
    QString reason;
    QStringList products; // empty: the topic's products
    QList<Outcome> outcomes;
};

struct ChatText
{
    QString reason;
    QStringList products;
    Outcome outcome;
    Script lines;
};

struct EmailText
{
    QString subject;
    QStringList products;
    Outcome outcome;
    QString previous; // an earlier message from us that the customer's e-mail quotes
    QString customer;
    QString agent;
};

struct TopicText
{
    QList<CaseText> cases;
    QList<ChatText> chat;
    QList<EmailText> email;
};

struct ShortScript
{
    QString topic;
    Direction direction = Direction::Inbound;
    QString reason;
    Outcome outcome;
    Script lines;
};

struct WorkItemText
{
    QString title;
    QString description;
    QString note;
};

struct LanguageText
{
    QString company;
    QString botName;
    QStringList botGreetings;
    QList<Script> closings;
    QStringList abandonLines;
    QString quoteHeader;
    QString agentQuoteHeader;
    QString replyPrefix;
    QString signature;
    QHash<QString, QStringList> products;
    QHash<QString, TopicText> topics;
    QList<ShortScript> sms;
    QList<ShortScript> social;
    QList<WorkItemText> workItems;
    QStringList voicemailNotes;
};

struct Name
{
    QString text;
    QString roman; // for e-mail addresses, logins and handles
};

struct Company
{
    QString name;
    QString domain;
};

struct AreaCode
{
    QString code;
    int utcOffsetMinutes = 0;
};

struct LanguageNames
{
    QList<Name> familyNames;
    WeightedTable familyWeights;
    QList<Name> givenNames;
    QStringList emailDomains;
    WeightedTable emailDomainWeights;
    QHash<QString, QList<Company>> companies; // by segment key
    QStringList socialNetworks;
    WeightedTable socialNetworkWeights;
    QStringList landlineAreas; // Korea
    WeightedTable landlineAreaWeights;
    QList<AreaCode> areaCodes; // United States
    WeightedTable areaCodeWeights;
    QHash<QString, QString> teams; // by topic
};

// The tables are complete (loadTexts() checks), so these lookups always find their entry.
const TopicText &topicText(const LanguageText &text, const QString &topic)
{
    return *text.topics.constFind(topic);
}

const QStringList &productsFor(const LanguageText &text, const QString &topic)
{
    return *text.products.constFind(topic);
}

struct DemoTexts
{
    LanguageNames namesKo;
    LanguageNames namesEn;
    LanguageText ko;
    LanguageText en;

    const LanguageNames &names(bool korean) const { return korean ? namesKo : namesEn; }
    const LanguageText &text(bool korean) const { return korean ? ko : en; }
};

DomainError resourceError(const QString &message)
{
    return DomainError{DemoDataErrorCode::ResourcesInvalid.toString(), message};
}

StoreResult<QJsonObject> readJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return resourceError(QStringLiteral("Cannot open the demo data resource %1").arg(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return resourceError(QStringLiteral("The demo data resource %1 is not a JSON object: %2").arg(
            path, parseError.errorString()));
    }
    return document.object();
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

Script toScript(const QJsonValue &value)
{
    Script script;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        script << Line{pair.at(0).toString() == u"a", pair.at(1).toString()};
    }
    return script;
}

// ["code", "note"] or just "code".
Outcome toOutcome(const QJsonValue &value)
{
    if (value.isString())
        return Outcome{value.toString(), QString()};
    const QJsonArray pair = value.toArray();
    return Outcome{pair.at(0).toString(), pair.at(1).toString()};
}

QList<ShortScript> toShortScripts(const QJsonValue &value)
{
    QList<ShortScript> scripts;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        ShortScript script;
        script.topic = object.value(u"topic").toString();
        script.direction =
            object.value(u"direction").toString() == u"outbound" ? Direction::Outbound : Direction::Inbound;
        script.reason = object.value(u"reason").toString();
        script.outcome = toOutcome(object.value(u"outcome"));
        script.lines = toScript(object.value(u"lines"));
        scripts << script;
    }
    return scripts;
}

const QStringList &topicIds()
{
    static const QStringList ids = {QStringLiteral("sales"),
        QStringLiteral("billing"), QStringLiteral("support"), QStringLiteral("retention"),
                                                                             QStringLiteral("back-office")};
    return ids;
}

std::optional<DomainError> readLanguageText(const QJsonObject &object, const QString &language,
                                            LanguageText &text)
{
    text.company = object.value(u"company").toString();
    text.botName = object.value(u"botName").toString();
    text.botGreetings = toStrings(object.value(u"botGreetings"));
    for (const QJsonValue &closing : object.value(u"closings").toArray())
        text.closings << toScript(closing);
    text.abandonLines = toStrings(object.value(u"abandonLines"));
    text.quoteHeader = object.value(u"quoteHeader").toString();
    text.agentQuoteHeader = object.value(u"agentQuoteHeader").toString();
    text.replyPrefix = object.value(u"replyPrefix").toString();
    text.signature = object.value(u"signature").toString();
    const QJsonObject products = object.value(u"products").toObject();
    const QJsonObject topics = object.value(u"topics").toObject();
    for (const QString &topic : topicIds()) {
        text.products.insert(topic, toStrings(products.value(topic)));
        const QJsonObject topicObject = topics.value(topic).toObject();
        TopicText topicText;
        for (const QJsonValue &item : topicObject.value(u"cases").toArray()) {
            const QJsonObject caseObject = item.toObject();
            CaseText caseText{
                caseObject.value(u"reason").toString(), toStrings(caseObject.value(u"products")), {}};
            for (const QJsonValue &outcome : caseObject.value(u"outcomes").toArray())
                caseText.outcomes << toOutcome(outcome);
            if (caseText.reason.isEmpty() || caseText.outcomes.isEmpty())
                return resourceError(
                    QStringLiteral("A '%1' case of '%2' lacks a reason or outcomes").arg(topic, language));
            topicText.cases << caseText;
        }
        for (const QJsonValue &item : topicObject.value(u"chat").toArray()) {
            const QJsonObject chatObject = item.toObject();
            const ChatText chat{
                chatObject.value(u"reason").toString(), toStrings(chatObject.value(u"products")),
                toOutcome(chatObject.value(u"outcome")), toScript(chatObject.value(u"lines"))};
            // The first line opens the chat before an agent is there, so it is the customer's.
            if (chat.reason.isEmpty() || chat.lines.isEmpty() || chat.lines.first().fromAgent)
                return resourceError(QStringLiteral("A '%1' chat of '%2' is malformed").arg(topic, language));
            topicText.chat << chat;
        }
        for (const QJsonValue &email : topicObject.value(u"email").toArray()) {
            const QJsonObject emailObject = email.toObject();
            topicText.email << EmailText{
                emailObject.value(u"subject").toString(),  toStrings(emailObject.value(u"products")),
                toOutcome(emailObject.value(u"outcome")),  emailObject.value(u"previous").toString(),
                emailObject.value(u"customer").toString(), emailObject.value(u"agent").toString()};
        }
        if (topicText.cases.isEmpty() || topicText.email.isEmpty() || text.products.value(topic).isEmpty()) {
            return resourceError(QStringLiteral("Demo conversations for '%1' lack cases, e-mails or products"
                                                " of topic '%2'")
                                                    .arg(language, topic));
        }
        text.topics.insert(topic, topicText);
    }
    text.sms = toShortScripts(object.value(u"sms"));
    text.social = toShortScripts(object.value(u"social"));
    for (const QJsonValue &item : object.value(u"workItems").toArray()) {
        const QJsonObject itemObject = item.toObject();
        text.workItems << WorkItemText{itemObject.value(u"title").toString(),
                                       itemObject.value(u"description").toString(),
                                       itemObject.value(u"note").toString()};
    }
    text.voicemailNotes = toStrings(object.value(u"outboundNotes").toObject().value(u"voicemail"));

    for (const QString &topic : {QStringLiteral("sales"), QStringLiteral("billing"), QStringLiteral("support"), QStringLiteral("retention")}) {
        if (text.topics.value(topic).chat.isEmpty())
            return resourceError(
                QStringLiteral("Demo conversations for '%1' lack chats of '%2'").arg(language, topic));
    }
    if (text.company.isEmpty() || text.botGreetings.isEmpty() || text.closings.isEmpty()
        || text.abandonLines.isEmpty() || text.sms.isEmpty() || text.social.isEmpty()
        || text.workItems.isEmpty() || text.voicemailNotes.isEmpty()) {
        return resourceError(QStringLiteral("Demo conversations for '%1' are incomplete").arg(language));
    }
    QList<Outcome> outcomes;
    for (const TopicText &topicText : std::as_const(text.topics)) {
        for (const CaseText &caseText : topicText.cases)
            outcomes << caseText.outcomes;
        for (const ChatText &chat : topicText.chat)
            outcomes << chat.outcome;
        for (const EmailText &email : topicText.email)
            outcomes << email.outcome;
    }
    for (const QList<ShortScript> *scripts : {&text.sms, &text.social}) {
        for (const ShortScript &script : *scripts)
            outcomes << script.outcome;
    }
    for (const Outcome &outcome : std::as_const(outcomes)) {
        if (!dispositionRule(outcome.code)) {
            return resourceError(QStringLiteral("Demo conversations for '%1' use unknown outcome '%2'").arg(
                language, outcome.code));
        }
    }
    for (const QList<ShortScript> *scripts : {&text.sms, &text.social}) {
        for (const ShortScript &script : *scripts) {
            if (!topicIds().contains(script.topic) || script.reason.isEmpty() || script.lines.isEmpty()) {
                return resourceError(QStringLiteral("A short conversation of '%1' (topic '%2') is malformed") .arg(language, script.topic));
            }
        }
    }
    return std::nullopt;
}

std::optional<DomainError> readLanguageNames(const QJsonObject &object, const QString &language,
                                             LanguageNames &names)
{
    for (const QJsonValue &item : object.value(u"familyNames").toArray()) {
        const QJsonArray entry = item.toArray();
        names.familyNames << Name{entry.at(0).toString(), entry.at(1).toString()};
        names.familyWeights.add(std::max(1, entry.at(2).toInt()));
    }
    // English names are their own romanisation.
    for (const QJsonValue &item : object.value(u"givenNames").toArray()) {
        const QJsonArray entry = item.toArray();
        const QString text = entry.at(0).toString();
        names.givenNames << Name{text, entry.size() > 1 ? entry.at(1).toString() : text.toLower()};
    }
    for (Name &name : names.familyNames) {
        if (name.roman.isEmpty())
            name.roman = name.text.toLower();
    }
    for (const QJsonValue &item : object.value(u"emailDomains").toArray()) {
        names.emailDomains << item.toArray().at(0).toString();
        names.emailDomainWeights.add(std::max(1, item.toArray().at(1).toInt()));
    }
    const QJsonObject companies = object.value(u"companies").toObject();
    for (auto it = companies.constBegin(); it != companies.constEnd(); ++it) {
        QList<Company> list;
        for (const QJsonValue &item : it.value().toArray())
            list << Company{item.toArray().at(0).toString(), item.toArray().at(1).toString()};
        names.companies.insert(it.key(), list);
    }
    for (const QJsonValue &item : object.value(u"socialNetworks").toArray()) {
        names.socialNetworks << item.toArray().at(0).toString();
        names.socialNetworkWeights.add(std::max(1, item.toArray().at(1).toInt()));
    }
    for (const QJsonValue &item : object.value(u"landlineAreas").toArray()) {
        names.landlineAreas << item.toArray().at(0).toString();
        names.landlineAreaWeights.add(std::max(1, item.toArray().at(1).toInt()));
    }
    for (const QJsonValue &item : object.value(u"areaCodes").toArray()) {
        const QJsonArray entry = item.toArray();
        names.areaCodes << AreaCode{entry.at(0).toString(), entry.at(1).toInt()};
        names.areaCodeWeights.add(std::max(1, entry.at(2).toInt()));
    }
    const bool korean = language == u"ko";
    if (names.familyNames.isEmpty() || names.givenNames.isEmpty() || names.emailDomains.isEmpty()
        || names.socialNetworks.isEmpty()
        || (korean ? names.landlineAreas.isEmpty() : names.areaCodes.isEmpty())) {
        return resourceError(QStringLiteral("Demo names for '%1' are incomplete").arg(language));
    }
    for (const QString &segment :
         {QStringLiteral("small-business"), QStringLiteral("corporate"), QStringLiteral("public-sector")}) {
        if (names.companies.value(segment).isEmpty())
            return resourceError(
                QStringLiteral("Demo names for '%1' lack %2 companies").arg(language, segment));
    }
    return std::nullopt;
}

StoreResult<DemoTexts> loadTexts()
{
    auto names = readJsonResource(QStringLiteral(":/demo/names.json"));
    if (!names)
        return names.error();
    auto conversations = readJsonResource(QStringLiteral(":/demo/conversations.json"));
    if (!conversations)
        return conversations.error();

    DemoTexts texts;
    if (auto error = readLanguageNames(names->value(u"ko").toObject(), QStringLiteral("ko"), texts.namesKo))
        return *error;
    if (auto error = readLanguageNames(names->value(u"en").toObject(), QStringLiteral("en"), texts.namesEn))
        return *error;
    const QJsonObject agents = names->value(u"agents").toObject();
    for (const QString &topic : topicIds()) {
        texts.namesKo.teams.insert(topic, agents.value(u"koTeams").toObject().value(topic).toString());
        texts.namesEn.teams.insert(topic, agents.value(u"enTeams").toObject().value(topic).toString());
    }
    if (auto error = readLanguageText(conversations->value(u"ko").toObject(), QStringLiteral("ko"), texts.ko))
        return *error;
    if (auto error = readLanguageText(conversations->value(u"en").toObject(), QStringLiteral("en"), texts.en))
        return *error;
    return texts;
}

// ---------------------------------------------------------------------------------------------
// Formatting in the customer's language and local time. Local time is a fixed UTC offset (no
// daylight saving), which keeps the output independent of the machine's time-zone database.

QDate localDate(qint64 utcMs, int utcOffsetMinutes)
{
    const qint64 local = utcMs + utcOffsetMinutes * MsPerMinute;
    const qint64 day = local >= 0 ? local / MsPerDay : -((-local + MsPerDay - 1) / MsPerDay);
    return QDate::fromJulianDay(UnixEpochJulianDay + day);
}

int localMinuteOfDay(qint64 utcMs, int utcOffsetMinutes)
{
    const qint64 local = utcMs + utcOffsetMinutes * MsPerMinute;
    return int((((local % MsPerDay) + MsPerDay) % MsPerDay) / MsPerMinute);
}

const char16_t *const demoEnglishMonths[] = {u"January",   u"February", u"March",    u"April",
                                             u"May",       u"June",     u"July",     u"August",
                                             u"September", u"October",  u"November", u"December"};

QString shortDate(bool korean, const QDate &date)
{
    if (korean)
        return QStringLiteral("%1월 %2일").arg(date.month()).arg(date.day());
    return QString::fromUtf16(demoEnglishMonths[date.month() - 1]) + QLatin1Char(' ')
           + QString::number(date.day());
}

QString longDate(bool korean, const QDate &date)
{
    if (korean)
        return QStringLiteral("%1년 %2월 %3일").arg(date.year()).arg(date.month()).arg(date.day());
    return QStringLiteral("%1 %2, %3")
                              .arg(QString::fromUtf16(demoEnglishMonths[date.month() - 1]).left(3))
                              .arg(date.day())
                              .arg(date.year());
}

QString clockTime(bool korean, int minuteOfDay)
{
    const int hour = minuteOfDay / 60;
    const int minute = minuteOfDay % 60;
    const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    const QString hm = QStringLiteral("%1:%2").arg(hour12).arg(minute, 2, 10, QLatin1Char('0'));
    if (korean)
        return (hour < 12 ? QStringLiteral("오전 ") : QStringLiteral("오후 ")) + hm;
    return hm + (hour < 12 ? QStringLiteral(" AM") : QStringLiteral(" PM"));
}

QString demoThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString money(bool korean, qint64 minorUnits)
{
    if (korean)
        return demoThousands(minorUnits) + QStringLiteral("원");
    return QLatin1Char('$') + demoThousands(minorUnits / 100) + QLatin1Char('.')
           + QStringLiteral("%1").arg(minorUnits % 100, 2, 10, QLatin1Char('0'));
}

QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

// The values a conversation's placeholders take; one set per interaction so that an amount or a
// date mentioned twice is the same both times.
struct Slots
{
    QString customer;
    QString given;
    QString agent;
    QString company;
    QString amount;
    QString date;
    QString time;
    QString product;
    QString ticket;

    const QString *lookup(QStringView key) const
    {
        if (key == u"customer")
            return &customer;
        if (key == u"given")
            return &given;
        if (key == u"agent")
            return &agent;
        if (key == u"company")
            return &company;
        if (key == u"amount")
            return &amount;
        if (key == u"date")
            return &date;
        if (key == u"time")
            return &time;
        if (key == u"product")
            return &product;
        if (key == u"ticket")
            return &ticket;
        return nullptr;
    }

    QString fill(const QString &pattern) const
    {
        QString out;
        out.reserve(pattern.size() + 32);
        const QStringView view(pattern);
        qsizetype from = 0;
        while (from < view.size()) {
            const qsizetype open = view.indexOf(u'{', from);
            const qsizetype close = open < 0 ? -1 : view.indexOf(u'}', open);
            if (close < 0) {
                out.append(view.mid(from));
                break;
            }
            out.append(view.mid(from, open - from));
            if (const QString *value = lookup(view.mid(open + 1, close - open - 1)))
                out.append(*value);
            else
                out.append(view.mid(open, close - open + 1));
            from = close + 1;
        }
        return out;
    }
};

// ---------------------------------------------------------------------------------------------
// The generation itself.

struct CustomerProfile
{
    qint64 id = 0;
    bool korean = true;
    QString displayName;
    QString givenName;
    QString emailDomain;   // empty: no e-mail address
    QString socialNetwork; // empty: no social handle
    int utcOffsetMinutes = 0;
    bool vip = false;
    qint64 lastInteractionId = 0;
    qint64 lastClosedMs = 0;
};

struct AgentProfile
{
    qint64 id = 0;
    QString displayName;
    QString latinName; // how a Korean agent signs to English-speaking customers ("Gaeun Kim")
    SkillLevels skills;

    const QString &nameFor(bool koreanCustomer) const { return koreanCustomer ? displayName : latinName; }
};

QString capitalized(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1);
}

struct PlannedInteraction
{
    qint64 createdMs = 0;
    qint32 order = 0; // position in the plan, to break ties in time
    qint32 customer = 0;
    Channel channel = Channel::Voice;
};

struct QueueSetup
{
    QString topic;
    QString skill;
    Queue queue;
};

const QList<QueueSetup> &queueSetups()
{
    static const QList<QueueSetup> setups = [] {
        auto make = [](const QString &topic, const QString &skill, const QString &name,
                       QList<Channel> channels, int minimumLevel, SelectionStrategy strategy, int priority,
                       int slPercent, int slSeconds, int maxLength, int callbackSeconds) {
            QueueSetup setup;
            setup.topic = topic;
            setup.skill = skill;
            setup.queue.id = topic;
            setup.queue.name = name;
            setup.queue.channels = std::move(channels);
            setup.queue.requiredSkills = {SkillRequirement{skill, minimumLevel}};
            setup.queue.strategy = strategy;
            setup.queue.defaultPriority = priority;
            setup.queue.serviceLevelPercent = slPercent;
            setup.queue.serviceLevelSeconds = slSeconds;
            setup.queue.maxLength = maxLength;
            setup.queue.callbackThresholdSeconds = callbackSeconds;
            return setup;
        };
        return QList<QueueSetup>{
            make(QStringLiteral("sales"), QStringLiteral("sales"),
                                         QStringLiteral("Sales"),
                                                        {Channel::Voice, Channel::Chat, Channel::Email,
                                                         Channel::Sms, Channel::Social},
                                                        3, SelectionStrategy::MostSkilled, 60, 80, 20, 0,
                                                        120),
                make(QStringLiteral("billing"), QStringLiteral("billing"),
                                               QStringLiteral("Billing"),
                                                              {Channel::Voice, Channel::Chat, Channel::Email,
                                                               Channel::Sms, Channel::Social},
                                                              2, SelectionStrategy::LongestIdle, 50, 80, 30,
                                                              0, 180),
                    make(QStringLiteral("support"),
                        QStringLiteral("tech-support"),
                                       QStringLiteral("Technical Support"),
                                                      {Channel::Voice, Channel::Chat, Channel::Email,
                                                       Channel::Sms, Channel::Social},
                                                      3, SelectionStrategy::LongestIdle, 50, 70, 60, 200,
                                                      300),
                        make(QStringLiteral("retention"),
                            QStringLiteral("retention"),
                                           QStringLiteral("Retention"),
                                                          {Channel::Voice, Channel::Chat, Channel::Email,
                                                           Channel::Sms, Channel::Social},
                                                          5, SelectionStrategy::MostSkilled, 80, 90, 15, 0,
                                                          0),
                            make(QStringLiteral("back-office"),
                                QStringLiteral("back-office"),
                                               QStringLiteral("Back Office"),
                                                              {Channel::WorkItem, Channel::Email}, 1,
                                                              SelectionStrategy::FewestContactsToday, 30, 90,
                                                              86400, 0, 0),
                            };
    }();
    return setups;
}

// Weights per local hour of day: when people call, chat, write and text.
using HourProfile = std::array<int, 24>;
constexpr HourProfile voiceHours = {0, 0, 0,  0,  0, 0, 0, 1, 4, 10, 12, 11,
                                    7, 9, 11, 10, 9, 7, 4, 2, 1, 0,  0,  0};
constexpr HourProfile chatHours = {1, 0, 0, 0, 0, 0, 1, 2, 4, 7, 8, 8, 7, 8, 8, 8, 7, 7, 6, 6, 6, 5, 4, 2};
constexpr HourProfile emailHours = {2, 1, 1, 1, 1, 1, 2, 3, 5, 8, 9, 9, 7, 8, 8, 8, 7, 6, 5, 5, 4, 4, 3, 3};
constexpr HourProfile smsHours = {0, 0, 0, 0, 0, 0, 1, 2, 5, 8, 8, 8, 6, 7, 7, 7, 7, 6, 5, 4, 3, 2, 1, 0};
constexpr HourProfile socialHours = {2, 1, 0, 0, 0, 0, 1, 2, 4, 5, 6, 6, 7, 6, 6, 6, 6, 6, 7, 8, 8, 7, 5, 3};
constexpr HourProfile workItemHours = {0, 0,  0,  0,  0, 0, 0, 0, 3, 10, 10, 10,
                                       6, 10, 10, 10, 8, 5, 2, 0, 0, 0,  0,  0};

struct ChannelTiming
{
    HourProfile hours;
    double weekendShare; // how much of a weekday's volume a Saturday or Sunday sees
    qint64 maxSpanMs;    // an interaction of this channel is over within this time after creation
};

ChannelTiming channelTiming(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return {voiceHours, 0.35, 6 * MsPerHour};
    case Channel::Chat:
        return {chatHours, 0.6, 2 * MsPerHour};
    case Channel::Email:
        return {emailHours, 0.5, 28 * MsPerHour};
    case Channel::Sms:
        return {smsHours, 0.5, 2 * MsPerHour};
    case Channel::Social:
        return {socialHours, 0.8, 6 * MsPerHour};
    case Channel::WorkItem:
        return {workItemHours, 0.1, 32 * MsPerHour};
    }
    Q_UNREACHABLE();
}

class Generation
{
public:
    Generation(Database &database, const DemoDataOptions &options, const DemoTexts &texts,
               const DemoDataProgressCallback &progress)
        : m_database(database)
        , m_options(options)
        , m_texts(texts)
        , m_progress(progress)
        , m_customers(database)
        , m_agents(database)
        , m_interactions(database)
        , m_messages(database)
        , m_workItems(database)
    {
        m_summary.seed = options.seed;
        m_summary.nowMs = options.nowMs;
        m_summary.fromMs = options.nowMs - qint64(options.historyDays) * MsPerDay;
    }

    std::optional<DomainError> run();
    const DemoDataSummary &summary() const { return m_summary; }

private:
    std::optional<DomainError> report(DemoDataProgress::Phase phase, qint64 done, qint64 total);

    std::optional<DomainError> writeSkillsAndQueues();
    std::optional<DomainError> loadDispositions();
    std::optional<DomainError> writeAgents();
    std::optional<DomainError> writeCustomers();
    std::vector<PlannedInteraction> planInteractions();
    std::optional<DomainError> writeInteractions(const std::vector<PlannedInteraction> &plan);

    Customer makeCustomer(Random &random, int index, CustomerProfile &profile);
    QString uniquePhone(Random &random, bool korean, bool mobile, const QString &usAreaCode);
    QString uniqueValue(QSet<QString> &used, const QString &candidate, Random &random);
    QString uniqueEmail(const QString &local, const QString &domain, Random &random);

    qint64 sampleCreatedMs(Random &random, Channel channel, int utcOffsetMinutes);

    // One interaction of each kind; they fill `interaction` and `messages` and leave the writing
    // to writeInteractions().
    void buildVoice(Random &random, const CustomerProfile &customer, qint64 createdMs,
                    Interaction &interaction);
    void buildChat(Random &random, const CustomerProfile &customer, qint64 createdMs,
                   Interaction &interaction, QList<Message> &messages);
    void buildEmail(Random &random, const CustomerProfile &customer, qint64 createdMs,
                    Interaction &interaction, QList<Message> &messages);
    void buildShortMessages(Random &random, const CustomerProfile &customer, Channel channel,
                            qint64 createdMs, Interaction &interaction, QList<Message> &messages);
    std::optional<DomainError> writeWorkItemInteraction(Random &random, CustomerProfile &customer,
                                                        qint64 createdMs);
    std::optional<DomainError> maybeSpawnWorkItem(Random &random, const CustomerProfile &customer,
                                                  const Interaction &source);

    void step(Interaction &interaction, InteractionState next, qint64 atMs);
    void setupInteraction(const CustomerProfile &customer, const QString &topic, Interaction &interaction);
    const AgentProfile &pickAgent(Random &random, bool korean, const QString &topic);
    Slots makeSlots(Random &random, const CustomerProfile &customer, const QString &topic, qint64 atMs,
                    const QStringList &products = {});
    void finishDisposition(Random &random, const Outcome &outcome, const Slots &values,
                           Interaction &interaction, double noteShare, double csatShare);
    QString disposition(const char16_t *code) const;
    Message makeMessage(SenderRole sender, const QString &senderName, const QString &body,
                        qint64 sentAtMs) const;
    QString pickTopic(Random &random, Channel channel, Direction direction);

    Database &m_database;
    const DemoDataOptions &m_options;
    const DemoTexts &m_texts;
    const DemoDataProgressCallback &m_progress;

    CustomerRepository m_customers;
    AgentRepository m_agents;
    InteractionRepository m_interactions;
    MessageRepository m_messages;
    WorkItemRepository m_workItems;

    DemoDataSummary m_summary;
    QSet<QString> m_dispositionCodes;
    std::vector<CustomerProfile> m_profiles;
    WeightedTable m_customerActivity;
    QList<AgentProfile> m_agentProfiles;
    QHash<QString, QList<int>> m_agentPools; // "ko/sales" -> indexes into m_agentProfiles
    QSet<QString> m_usedPhones;
    QSet<QString> m_usedEmails;
    QSet<QString> m_usedHandles;
    QSet<QString> m_usedLogins;
    std::optional<DomainError> m_buildError; // a refused state transition: a bug, reported as such
};

std::optional<DomainError> Generation::report(DemoDataProgress::Phase phase, qint64 done, qint64 total)
{
    if (m_progress && !m_progress(DemoDataProgress{phase, done, total})) {
        return DomainError{DemoDataErrorCode::Cancelled.toString(),
                           QStringLiteral("Demo data generation was cancelled; nothing was written")};
    }
    return std::nullopt;
}

std::optional<DomainError> Generation::run()
{
    if (auto error = report(DemoDataProgress::Phase::Preparing, 0, 3))
        return error;
    if (auto error = loadDispositions())
        return error;
    if (auto error = writeSkillsAndQueues())
        return error;
    if (auto error = report(DemoDataProgress::Phase::Preparing, 1, 3))
        return error;
    if (auto error = writeAgents())
        return error;
    if (auto error = report(DemoDataProgress::Phase::Preparing, 3, 3))
        return error;
    if (auto error = writeCustomers())
        return error;
    const std::vector<PlannedInteraction> plan = planInteractions();
    if (auto error = writeInteractions(plan))
        return error;
    return report(DemoDataProgress::Phase::Committing, 0, 1);
}

std::optional<DomainError> Generation::loadDispositions()
{
    DispositionRepository repository(m_database);
    auto codes = repository.list();
    if (!codes)
        return codes.error();
    for (const DispositionCode &code : codes.value())
        m_dispositionCodes.insert(code.code);
    return std::nullopt;
}

QString Generation::disposition(const char16_t *code) const
{
    // Only codes the store knows: a code missing from an older or customised table is left out
    // rather than invented.
    const QString key = QString::fromUtf16(code);
    return m_dispositionCodes.contains(key) ? key : QString();
}

std::optional<DomainError> Generation::writeSkillsAndQueues()
{
    SkillRepository skills(m_database);
    const QList<Skill> skillList = {
        {QStringLiteral("sales"), QStringLiteral("Sales")},
         {QStringLiteral("billing"), QStringLiteral("Billing")},
          {QStringLiteral("tech-support"), QStringLiteral("Technical support")},
           {QStringLiteral("retention"), QStringLiteral("Retention")},
            {QStringLiteral("back-office"), QStringLiteral("Back office")},
             {QStringLiteral("korean"), QStringLiteral("Korean")},
              {QStringLiteral("english"), QStringLiteral("English")},
             };
    for (const Skill &skill : skillList) {
        if (auto error = skills.save(skill))
            return error;
        ++m_summary.skills;
    }
    QueueRepository queues(m_database);
    for (const QueueSetup &setup : queueSetups()) {
        if (auto error = queues.save(setup.queue))
            return error;
        ++m_summary.queues;
    }
    return std::nullopt;
}

std::optional<DomainError> Generation::writeAgents()
{
    Random random(m_options.seed, Stream::Agents);
    const int count = m_options.effectiveAgents();
    const QStringList &topics = topicIds();
    const double koreanShare = std::clamp(m_options.koreanPercent, 20, 80) / 100.0;

    for (int i = 0; i < count; ++i) {
        // The first agents cover every queue in both languages, so that each contact has someone
        // who can take it; the rest are spread at random.
        const bool korean = i < 2 * topics.size() ? i % 2 == 0 : random.chance(koreanShare);
        const int primary = i < 2 * topics.size() ? i / 2 : random.index(topics.size());
        const LanguageNames &names = m_texts.names(korean);
        const Name &family = names.familyNames.at(names.familyWeights.pick(random));
        const Name &given = random.pick(names.givenNames);

        Agent agent;
        agent.displayName =
            korean ? QString(family.text + given.text) : QString(given.text + QLatin1Char(' ') + family.text);
        agent.login = uniqueValue(m_usedLogins, given.roman + QLatin1Char('.') + family.roman, random);
        agent.team = names.teams.value(topics.at(primary));
        agent.extension = QString::number(2001 + i);

        const QString primarySkill = queueSetups().at(primary).skill;
        std::optional<DomainError> error = agent.setSkill(primarySkill, int(random.between(5, 10)));
        const int secondaryCount = int(random.between(0, 2));
        for (int s = 0; s < secondaryCount && !error; ++s) {
            const QString skill = queueSetups().at(random.index(queueSetups().size())).skill;
            if (agent.skillLevel(skill) == 0)
                error = agent.setSkill(skill, int(random.between(1, 6)));
        }
        if (!error)
            error = agent.setSkill(korean ? QStringLiteral("korean")
                                          : QStringLiteral("english"), int(random.between(8, 10)));
        if (!error && random.chance(korean ? 0.25 : 0.1)) {
            error = agent.setSkill(korean ? QStringLiteral("english")
                                          : QStringLiteral("korean"), int(random.between(5, 8)));
        }
        if (error)
            return error;
        if (auto insertError = m_agents.insert(agent))
            return insertError;

        const QString latinName = capitalized(given.roman) + QLatin1Char(' ') + capitalized(family.roman);
        AgentProfile profile{agent.id, agent.displayName, korean ? latinName : agent.displayName,
                             agent.skills()};
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            const QString languageSkill =
                language == u"ko" ? QStringLiteral("korean") : QStringLiteral("english");
            for (const QueueSetup &setup : queueSetups()) {
                QList<SkillRequirement> requirements = setup.queue.requiredSkills;
                requirements << SkillRequirement{languageSkill, 5};
                if (meetsRequirements(profile.skills, requirements))
                    m_agentPools[language + QLatin1Char('/') + setup.topic] << int(m_agentProfiles.size());
            }
        }
        m_agentProfiles << profile;
        ++m_summary.agents;
    }
    return std::nullopt;
}

QString Generation::uniqueValue(QSet<QString> &used, const QString &candidate, Random &random)
{
    QString value = candidate;
    while (used.contains(value))
        value = candidate + random.digits(int(random.between(2, 4)));
    used.insert(value);
    return value;
}

QString Generation::uniqueEmail(const QString &local, const QString &domain, Random &random)
{
    // Digits go into the local part, as people add them when their name is taken.
    QString address = local + QLatin1Char('@') + domain;
    while (m_usedEmails.contains(address))
        address = local + random.digits(int(random.between(2, 3))) + QLatin1Char('@') + domain;
    m_usedEmails.insert(address);
    return address;
}

QString Generation::uniquePhone(Random &random, bool korean, bool mobile, const QString &usAreaCode)
{
    for (;;) {
        QString e164;
        if (korean && mobile) {
            // 010-XXXX-XXXX. libphonenumber's Korean metadata leaves 010-59xx partly unassigned.
            qint64 block = random.between(2000, 9899);
            if (block >= 5900)
                block += 100;
            e164 = QStringLiteral("+8210") + QString::number(block) + random.digits(4);
        } else if (korean) {
            const QString area =
                m_texts.namesKo.landlineAreas.at(m_texts.namesKo.landlineAreaWeights.pick(random));
            // Seoul (02) exchanges are mostly four digits, the provinces' mostly three.
            const bool fourDigits = random.chance(area == u"02" ? 0.8 : 0.5);
            const qint64 exchange = fourDigits ? random.between(2000, 9999) : random.between(200, 999);
            e164 = QStringLiteral("+82") + area.mid(1) + QString::number(exchange) + random.digits(4);
        } else {
            // NANP: exchanges 2xx-9xx, without the N11 service codes, 555 and the special 950/958/959/976.
            qint64 exchange = 0;
            do {
                exchange = random.between(200, 999);
            } while (exchange % 100 == 11 || exchange == 555 || exchange == 950 || exchange == 958
                     || exchange == 959 || exchange == 976);
            e164 = QStringLiteral("+1") + usAreaCode + QString::number(exchange) + random.digits(4);
        }
        if (!m_usedPhones.contains(e164)) {
            m_usedPhones.insert(e164);
            return e164;
        }
    }
}

Customer Generation::makeCustomer(Random &random, int index, CustomerProfile &profile)
{
    // An exact, evenly interleaved share of Korean customers, the first one Korean.
    const bool korean = (qint64(index) * m_options.koreanPercent) % 100 < m_options.koreanPercent;
    const LanguageNames &names = m_texts.names(korean);

    Customer customer;
    const Name &family = names.familyNames.at(names.familyWeights.pick(random));
    const Name &given = random.pick(names.givenNames);
    customer.familyName = family.text;
    customer.givenName = given.text;
    customer.preferredLanguage = korean ? QStringLiteral("ko") : QStringLiteral("en");
    customer.currency = korean ? QStringLiteral("KRW") : QStringLiteral("USD");

    static const WeightedTable segmentWeights = WeightedTable::of({70, 15, 10, 5});
    static const Segment segments[] = {Segment::Consumer, Segment::SmallBusiness, Segment::Corporate,
                                       Segment::PublicSector};
    customer.segment = segments[segmentWeights.pick(random)];
    Company company;
    if (customer.segment != Segment::Consumer) {
        company = random.pick(*names.companies.constFind(segmentKey(customer.segment)));
        customer.company = company.name;
    }

    static const WeightedTable tierWeights[] = {
        WeightedTable::of({50, 30, 15, 5}),  // consumer
        WeightedTable::of({35, 35, 22, 8}),  // small business
        WeightedTable::of({15, 30, 35, 20}), // corporate
        WeightedTable::of({25, 40, 25, 10}), // public sector
    };
    static const ValueTier tiers[] = {ValueTier::Bronze, ValueTier::Silver, ValueTier::Gold,
                                      ValueTier::Platinum};
    const int tier = tierWeights[int(customer.segment)].pick(random);
    customer.valueTier = tiers[tier];
    // Lifetime value inside the tier's band: KRW in won, USD in cents.
    static const qint64 krwBands[] = {50'000, 600'000, 3'000'000, 15'000'000, 120'000'000};
    static const qint64 usdBands[] = {40, 500, 2'500, 12'000, 90'000};
    if (korean) {
        customer.lifetimeValueMinor = random.between(krwBands[tier], krwBands[tier + 1] - 1) / 10 * 10;
    } else {
        customer.lifetimeValueMinor = random.between(usdBands[tier] * 100, usdBands[tier + 1] * 100 - 1);
    }
    static const double vipChance[] = {0.003, 0.01, 0.06, 0.35};
    customer.vip = random.chance(vipChance[tier]);
    customer.marketingConsent = random.chance(0.55);
    customer.recordingConsent = random.chance(0.93);
    customer.createdAtMs = m_summary.fromMs - MsPerDay - random.between(0, 6 * 365 * MsPerDay);

    // Phones: a mobile for everyone, a work line for most organisations.
    AreaCode area;
    if (!korean)
        area = names.areaCodes.at(names.areaCodeWeights.pick(random));
    customer.contactPoints << ContactPoint{
        0,   0, ContactKind::Phone, uniquePhone(random, korean, true, area.code), QStringLiteral("mobile"),
                                                                                                 true};
    if (customer.segment != Segment::Consumer && random.chance(0.6)) {
        customer.contactPoints << ContactPoint{0,
                                               0,
                                               ContactKind::Phone,
                                               uniquePhone(random, korean, false, area.code),
                                               QStringLiteral("work"),
                                                              false};
    } else if (!korean && random.chance(0.15)) {
        customer.contactPoints << ContactPoint{0,
                                               0,
                                               ContactKind::Phone,
                                               uniquePhone(random, korean, false, area.code),
                                               QStringLiteral("home"),
                                                              false};
    }

    // E-mail: romanised for Korean customers, at the organisation's domain for business contacts.
    QString emailDomain;
    if (customer.segment != Segment::Consumer && random.chance(0.85)) {
        emailDomain = company.domain;
        const QString address =
            uniqueEmail(given.roman + QLatin1Char('.') + family.roman, emailDomain, random);
        customer.contactPoints << ContactPoint{0,   0, ContactKind::Email, address, QStringLiteral("work"),
                                                                                                   true};
    }
    if (emailDomain.isEmpty() ? random.chance(0.9) : random.chance(0.2)) {
        const QString domain = names.emailDomains.at(names.emailDomainWeights.pick(random));
        QString local;
        switch (random.below(4)) {
        case 0:
            local = given.roman + QLatin1Char('.') + family.roman;
            break;
        case 1:
            local = family.roman + given.roman + QString::number(random.between(70, 99));
            break;
        case 2:
            local = given.roman + QLatin1Char('_') + family.roman;
            break;
        default:
            local = given.roman.left(1) + family.roman + QString::number(random.between(1, 999));
            break;
        }
        const QString address = uniqueEmail(local, domain, random);
        customer.contactPoints << ContactPoint{
            0, 0, ContactKind::Email, address, QStringLiteral("personal"), emailDomain.isEmpty()};
        if (emailDomain.isEmpty())
            emailDomain = domain;
    }

    // Chat and social handles for some.
    QString network;
    if (random.chance(korean ? 0.55 : 0.3)) {
        network = names.socialNetworks.at(names.socialNetworkWeights.pick(random));
        const QString base = random.chance(0.5) ? given.roman + QLatin1Char('.') + family.roman
                                                : family.roman + QLatin1Char('_') + given.roman;
        const QString handle = uniqueValue(m_usedHandles, network + QLatin1Char(':') + base, random);
        customer.contactPoints << ContactPoint{0, 0, ContactKind::Social, handle, network, false};
    }
    if (random.chance(0.2)) {
        customer.contactPoints << ContactPoint{0,
                                               0,
                                               ContactKind::Chat,
                                               QStringLiteral("visitor-") + random.hex(10),
                                                              QStringLiteral("web chat"),
                                                                             false};
    }

    profile.korean = korean;
    profile.displayName = customer.displayName();
    profile.givenName = customer.givenName;
    profile.emailDomain = emailDomain;
    profile.socialNetwork = network;
    profile.utcOffsetMinutes = korean ? 9 * 60 : area.utcOffsetMinutes;
    profile.vip = customer.vip;
    return customer;
}

std::optional<DomainError> Generation::writeCustomers()
{
    Random random(m_options.seed, Stream::Customers);
    const int count = m_options.customers;
    m_profiles.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        CustomerProfile &profile = m_profiles[size_t(i)];
        Customer customer = makeCustomer(random, i, profile);
        if (auto error =
                m_customers.insert(customer, profile.korean ? QStringLiteral("KR") : QStringLiteral("US")))
            return error;
        profile.id = customer.id;

        // How often this customer gets in touch: better customers and organisations more.
        static const int tierActivity[] = {2, 3, 4, 6};
        const int segmentFactor = customer.segment == Segment::Consumer ? 1 : 2;
        m_customerActivity.add(qint64(tierActivity[int(customer.valueTier)]) * segmentFactor
                               * random.between(1, 5));

        ++m_summary.customers;
        ++(profile.korean ? m_summary.koreanCustomers : m_summary.englishCustomers);
        m_summary.vipCustomers += customer.vip ? 1 : 0;
        m_summary.contactPoints += customer.contactPoints.size();
        if ((i + 1) % ProgressEvery == 0 || i + 1 == count) {
            if (auto error = report(DemoDataProgress::Phase::Customers, i + 1, count))
                return error;
        }
    }
    if (m_options.heavyCustomerInteractions > 0 && !m_profiles.empty())
        m_summary.heavyCustomerId = m_profiles.front().id;
    return std::nullopt;
}

qint64 Generation::sampleCreatedMs(Random &random, Channel channel, int utcOffsetMinutes)
{
    const ChannelTiming timing = channelTiming(channel);
    static const std::array<WeightedTable, ChannelCount> hourTables = [] {
        std::array<WeightedTable, ChannelCount> tables;
        for (Channel each : allChannels()) {
            for (int weight : channelTiming(each).hours)
                tables[size_t(each)].add(weight);
        }
        return tables;
    }();
    const WeightedTable &hours = hourTables[size_t(channel)];

    const qint64 offsetMs = utcOffsetMinutes * MsPerMinute;
    const qint64 latest = m_options.nowMs - timing.maxSpanMs;
    const qint64 earliest = m_summary.fromMs;
    const qint64 localToday = (m_options.nowMs + offsetMs) / MsPerDay;
    for (;;) {
        const qint64 localDay = localToday - qint64(random.below(quint64(m_options.historyDays) + 1));
        const qint64 weekday = (localDay + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
        if ((weekday == 0 || weekday == 6) && !random.chance(timing.weekendShare))
            continue;
        const qint64 localMs =
            localDay * MsPerDay + hours.pick(random) * MsPerHour + qint64(random.below(MsPerHour));
        const qint64 utcMs = localMs - offsetMs;
        if (utcMs >= earliest && utcMs <= latest)
            return utcMs;
    }
}

std::vector<PlannedInteraction> Generation::planInteractions()
{
    Random random(m_options.seed, Stream::Plan);
    const qint64 total = qint64(m_options.interactions) + m_options.heavyCustomerInteractions;
    std::vector<PlannedInteraction> plan;
    plan.reserve(size_t(total));

    static const Channel channels[] = {Channel::Voice, Channel::Chat,   Channel::Email,
                                       Channel::Sms,   Channel::Social, Channel::WorkItem};
    static const WeightedTable koreanMix = WeightedTable::of({36, 20, 12, 10, 14, 8});
    static const WeightedTable englishMix = WeightedTable::of({40, 18, 20, 10, 6, 6});

    for (qint64 i = 0; i < total; ++i) {
        const int customer = i < m_options.heavyCustomerInteractions ? 0 : m_customerActivity.pick(random);
        const CustomerProfile &profile = m_profiles[size_t(customer)];
        Channel channel = channels[(profile.korean ? koreanMix : englishMix).pick(random)];
        // Only through channels the customer can be reached on.
        if (channel == Channel::Email && profile.emailDomain.isEmpty())
            channel = Channel::Chat;
        if (channel == Channel::Social && profile.socialNetwork.isEmpty())
            channel = Channel::Sms;
        plan.push_back({sampleCreatedMs(random, channel, profile.utcOffsetMinutes), qint32(i),
                        qint32(customer), channel});
    }
    // Ids follow time, as they would in a live system.
    std::sort(plan.begin(), plan.end(), [](const PlannedInteraction &a, const PlannedInteraction &b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.order < b.order;
    });
    return plan;
}

void Generation::step(Interaction &interaction, InteractionState next, qint64 atMs)
{
    if (m_buildError)
        return;
    if (auto error = interaction.transitionTo(next, atMs)) {
        m_buildError = DomainError{
            error->code,
            QStringLiteral("Demo data generator built an impossible interaction: %1") .arg(error->message)};
    }
}

const AgentProfile &Generation::pickAgent(Random &random, bool korean, const QString &topic)
{
    const QList<int> &pool = m_agentPools[(korean ? QStringLiteral("ko/") : QStringLiteral("en/")) + topic];
    // writeAgents() puts a qualified agent in every pool, so the pool is never empty.
    return m_agentProfiles.at(random.pick(pool));
}

QString Generation::pickTopic(Random &random, Channel channel, Direction direction)
{
    static const QStringList inboundTopics = {QStringLiteral("support"),
        QStringLiteral("billing"), QStringLiteral("sales"), QStringLiteral("retention"),
                                                                           QStringLiteral("back-office")};
    static const WeightedTable voiceWeights = WeightedTable::of({36, 32, 20, 12, 0});
    static const WeightedTable chatWeights = WeightedTable::of({38, 30, 22, 10, 0});
    static const WeightedTable emailWeights = WeightedTable::of({30, 30, 15, 10, 15});
    static const WeightedTable outboundWeights = WeightedTable::of({0, 0, 60, 40, 0});
    if (direction == Direction::Outbound)
        return inboundTopics.at(outboundWeights.pick(random));
    if (channel == Channel::Email)
        return inboundTopics.at(emailWeights.pick(random));
    if (channel == Channel::Chat)
        return inboundTopics.at(chatWeights.pick(random));
    return inboundTopics.at(voiceWeights.pick(random));
}

void Generation::setupInteraction(const CustomerProfile &customer, const QString &topic,
                                  Interaction &interaction)
{
    for (const QueueSetup &setup : queueSetups()) {
        if (setup.topic == topic) {
            interaction.queueId = setup.queue.id;
            interaction.requiredSkills = setup.queue.requiredSkills;
            interaction.priority = std::min(100, setup.queue.defaultPriority + (customer.vip ? 20 : 0));
            break;
        }
    }
    interaction.requiredSkills << SkillRequirement{customer.korean ? QStringLiteral("korean")
                                                                   : QStringLiteral("english"), 5};
    interaction.customerId = customer.id;
}

Slots Generation::makeSlots(Random &random, const CustomerProfile &customer, const QString &topic,
                            qint64 atMs, const QStringList &products)
{
    const bool korean = customer.korean;
    const LanguageText &text = m_texts.text(korean);
    Slots values;
    values.customer = customer.displayName;
    values.given = customer.givenName;
    values.company = text.company;
    values.product = random.pick(products.isEmpty() ? productsFor(text, topic) : products);
    values.ticket = QStringLiteral("TK-") + random.digits(7);
    values.date =
        shortDate(korean, localDate(atMs + random.between(1, 14) * MsPerDay, customer.utcOffsetMinutes));
    values.time = clockTime(korean, localMinuteOfDay(atMs, customer.utcOffsetMinutes));
    qint64 amount = 0;
    if (topic == u"sales")
        amount = korean ? random.between(33, 130) * 1000 - 100 : random.between(30, 120) * 100 - 1;
    else if (topic == u"retention")
        amount = korean ? random.between(3, 15) * 1000 : random.between(5, 25) * 100;
    else if (topic == u"back-office")
        amount = korean ? random.between(1'000, 30'000) * 10 : random.between(1'500, 40'000);
    else
        amount = korean ? random.between(2'500, 18'000) * 10 : random.between(3'500, 26'000);
    values.amount = money(korean, amount);
    return values;
}

Message Generation::makeMessage(SenderRole sender, const QString &senderName, const QString &body,
                                qint64 sentAtMs) const
{
    Message message;
    message.sender = sender;
    message.senderName = senderName;
    message.body = body;
    message.sentAtMs = sentAtMs;
    return message;
}

void Generation::finishDisposition(Random &random, const Outcome &outcome, const Slots &values,
                                   Interaction &interaction, double noteShare, double csatShare)
{
    const DispositionRule *rule = dispositionRule(outcome.code);
    interaction.dispositionCode = disposition(rule->code);
    interaction.resolved = random.between(1, 100) <= rule->resolvedPercent;
    if (random.chance(noteShare))
        interaction.notes = values.fill(outcome.note);
    // A few contacts that were never about our products at all.
    const bool wrongNumber = interaction.channel == Channel::Voice
                             && interaction.direction == Direction::Inbound && random.chance(0.01);
    const bool spam = (interaction.channel == Channel::Sms || interaction.channel == Channel::Social)
                      && interaction.direction == Direction::Inbound && random.chance(0.02);
    if (wrongNumber || spam) {
        interaction.dispositionCode = disposition(wrongNumber ? u"wrong-number" : u"spam");
        interaction.resolved = true;
        interaction.notes.clear();
    }

    // Post-contact surveys: happier customers when the problem was solved.
    if (interaction.direction == Direction::Inbound && random.chance(csatShare)) {
        static const WeightedTable resolvedScores = WeightedTable::of({3, 5, 12, 30, 50});
        static const WeightedTable unresolvedScores = WeightedTable::of({20, 20, 30, 20, 10});
        const int score = 1 + (interaction.resolved ? resolvedScores : unresolvedScores).pick(random);
        interaction.setCsat(score);
    }
}

void Generation::buildVoice(Random &random, const CustomerProfile &customer, qint64 createdMs,
                            Interaction &interaction)
{
    const Direction direction = random.chance(0.15) ? Direction::Outbound : Direction::Inbound;
    interaction = Interaction::create(Channel::Voice, direction, createdMs);
    const QString topic = pickTopic(random, Channel::Voice, direction);
    setupInteraction(customer, topic, interaction);
    const CaseText &caseText = random.pick(topicText(m_texts.text(customer.korean), topic).cases);
    interaction.subject = caseText.reason;
    interaction.externalRef = QStringLiteral("pbx-") + random.hex(12);
    const AgentProfile *agent = &pickAgent(random, customer.korean, topic);
    const Slots values = makeSlots(random, customer, topic, createdMs, caseText.products);

    qint64 t = createdMs;
    if (direction == Direction::Outbound) {
        interaction.agentId = agent->id;
        t += random.between(1, 3) * MsPerSecond; // dialling
        step(interaction, InteractionState::Offered, t);
        t += random.between(5, 25) * MsPerSecond; // ringing
        step(interaction, InteractionState::Connected, t);
        if (random.chance(0.2)) {
            t += random.between(20, 45) * MsPerSecond;
            step(interaction, InteractionState::WrapUp, t);
            step(interaction, InteractionState::Closed, t + random.between(5, 40) * MsPerSecond);
            interaction.dispositionCode = disposition(u"voicemail");
            interaction.notes = random.pick(m_texts.text(customer.korean).voicemailNotes);
            return;
        }
    } else {
        t += random.between(8, 60) * MsPerSecond; // IVR menu
        step(interaction, InteractionState::Queued, t);
        static const WeightedTable waitBands = WeightedTable::of({55, 25, 15, 5});
        static const qint64 waitLimits[] = {2, 20, 60, 240, 600};
        const int band = waitBands.pick(random);
        const qint64 waitMs =
            random.between(waitLimits[band] * MsPerSecond, waitLimits[band + 1] * MsPerSecond);

        if (random.chance(0.06)) {
            // Hung up in the queue; some after only a few seconds.
            step(interaction, InteractionState::Abandoned,
                 t + std::min(waitMs, random.between(2, 240) * MsPerSecond));
            return;
        }
        if (waitMs > 60 * MsPerSecond && random.chance(0.25)) {
            // Took the callback offer instead of waiting; called back later by the next agent.
            t += random.between(30, 90) * MsPerSecond;
            step(interaction, InteractionState::CallbackRequested, t);
            t += random.between(20, 180) * MsPerMinute;
        } else {
            t += waitMs;
        }
        step(interaction, InteractionState::Offered, t);
        if (random.chance(0.02)) {
            // Ring, no answer: back in line and offered again.
            t += random.between(15, 20) * MsPerSecond;
            step(interaction, InteractionState::Queued, t);
            t += random.between(5, 30) * MsPerSecond;
            step(interaction, InteractionState::Offered, t);
        }
        t += random.between(2, 12) * MsPerSecond;
        step(interaction, InteractionState::Connected, t);
        interaction.agentId = agent->id;
    }

    static const qint64 talkRanges[][2] = {{120, 900}, {90, 600}, {150, 900}, {180, 1200}, {120, 600}};
    const int topicIndex = int(topicIds().indexOf(topic));
    qint64 talkMs = random.skewed(talkRanges[topicIndex][0], talkRanges[topicIndex][1]) * MsPerSecond
                    + qint64(random.below(MsPerSecond));

    if (direction == Direction::Inbound && random.chance(0.04)) {
        // Handed over to a colleague part way through.
        const qint64 firstPart = talkMs / 3;
        t += firstPart;
        talkMs -= firstPart;
        step(interaction, InteractionState::Transferred, t);
        t += random.between(5, 25) * MsPerSecond;
        step(interaction, InteractionState::Offered, t);
        t += random.between(3, 10) * MsPerSecond;
        step(interaction, InteractionState::Connected, t);
        agent = &pickAgent(random, customer.korean, topic);
        interaction.agentId = agent->id;
    }
    const int holds = random.chance(0.25) ? (random.chance(0.25) ? 2 : 1) : 0;
    for (int h = 0; h < holds; ++h) {
        const qint64 before = talkMs / (holds + 1 - h) / 2;
        t += before;
        talkMs -= before;
        step(interaction, InteractionState::Held, t);
        t += random.between(15, 240) * MsPerSecond;
        step(interaction, InteractionState::Connected, t);
    }
    t += talkMs;
    step(interaction, InteractionState::WrapUp, t);
    t += random.between(15, 150) * MsPerSecond;
    step(interaction, InteractionState::Closed, t);
    WeightedTable outcomeWeights;
    for (const Outcome &outcome : caseText.outcomes)
        outcomeWeights.add(dispositionRule(outcome.code)->weight);
    finishDisposition(random, caseText.outcomes.at(outcomeWeights.pick(random)), values, interaction, 0.75,
                      0.25);
}

void Generation::buildChat(Random &random, const CustomerProfile &customer, qint64 createdMs,
                           Interaction &interaction, QList<Message> &messages)
{
    interaction = Interaction::create(Channel::Chat, Direction::Inbound, createdMs);
    const QString topic = pickTopic(random, Channel::Chat, Direction::Inbound);
    setupInteraction(customer, topic, interaction);
    const LanguageText &text = m_texts.text(customer.korean);
    const ChatText &chat = random.pick(topicText(text, topic).chat);
    interaction.subject = chat.reason;
    interaction.externalRef = QStringLiteral("chat-") + random.hex(10);
    const AgentProfile &agent = pickAgent(random, customer.korean, topic);
    Slots values = makeSlots(random, customer, topic, createdMs, chat.products);
    values.agent = agent.nameFor(customer.korean);

    Script script = chat.lines;
    if (random.chance(0.5))
        script << random.pick(text.closings);

    qint64 t = createdMs;
    messages << makeMessage(SenderRole::Bot, text.botName, random.pick(text.botGreetings), t);
    t += random.between(5, 40) * MsPerSecond;
    messages << makeMessage(SenderRole::Customer, customer.displayName, values.fill(script.first().text), t);
    step(interaction, InteractionState::Queued, t);

    static const WeightedTable waitBands = WeightedTable::of({60, 30, 10});
    static const qint64 waitLimits[] = {5, 40, 180, 600};
    const int band = waitBands.pick(random);
    const qint64 waitMs = random.between(waitLimits[band] * MsPerSecond, waitLimits[band + 1] * MsPerSecond);
    if (random.chance(0.04)) {
        t += waitMs;
        messages << makeMessage(SenderRole::Customer, customer.displayName, random.pick(text.abandonLines),
                                t);
        step(interaction, InteractionState::Abandoned, t + random.between(1, 10) * MsPerSecond);
        return;
    }
    t += waitMs;
    step(interaction, InteractionState::Offered, t);
    t += random.between(2, 10) * MsPerSecond;
    step(interaction, InteractionState::Connected, t);
    interaction.agentId = agent.id;
    for (qsizetype i = 1; i < script.size(); ++i) {
        const Line &line = script.at(i);
        t += (line.fromAgent ? random.between(15, 70) : random.between(10, 120)) * MsPerSecond
             + qint64(random.below(MsPerSecond));
        messages << makeMessage(line.fromAgent ? SenderRole::Agent : SenderRole::Customer,
                                line.fromAgent ? agent.nameFor(customer.korean) : customer.displayName,
                                values.fill(line.text), t);
    }
    t += random.between(10, 60) * MsPerSecond;
    step(interaction, InteractionState::WrapUp, t);
    step(interaction, InteractionState::Closed, t + random.between(15, 90) * MsPerSecond);
    finishDisposition(random, chat.outcome, values, interaction, 0.4, 0.3);
}

void Generation::buildEmail(Random &random, const CustomerProfile &customer, qint64 createdMs,
                            Interaction &interaction, QList<Message> &messages)
{
    interaction = Interaction::create(Channel::Email, Direction::Inbound, createdMs);
    const QString topic = pickTopic(random, Channel::Email, Direction::Inbound);
    setupInteraction(customer, topic, interaction);
    const bool korean = customer.korean;
    const LanguageText &text = m_texts.text(korean);
    const EmailText &email = random.pick(topicText(text, topic).email);
    const AgentProfile &agent = pickAgent(random, korean, topic);
    Slots values = makeSlots(random, customer, topic, createdMs, email.products);
    values.agent = agent.nameFor(customer.korean);

    // The customer's e-mail, itself a reply to us when the template says so.
    QString subject = values.fill(email.subject);
    QString customerBody = values.fill(email.customer);
    if (!email.previous.isEmpty()) {
        subject = text.replyPrefix + subject;
        const qint64 previousMs =
            createdMs - random.between(1, 5) * MsPerDay - random.between(0, 8) * MsPerHour;
        Slots header = values;
        header.date = longDate(korean, localDate(previousMs, customer.utcOffsetMinutes));
        header.time = clockTime(korean, localMinuteOfDay(previousMs, customer.utcOffsetMinutes));
        customerBody += QStringLiteral("\n\n") + header.fill(text.agentQuoteHeader) + QLatin1Char('\n')
                                       + quoted(values.fill(email.previous));
    }
    interaction.subject = subject;
    interaction.externalRef =
        QLatin1Char('<') + random.hex(16) + QLatin1Char('@') + customer.emailDomain + QLatin1Char('>');
    Message received = makeMessage(SenderRole::Customer, customer.displayName, customerBody, createdMs);
    received.subject = subject;
    if (random.chance(0.15)) {
        received.attachments << Attachment{
            korean ? QStringLiteral("첨부서류.pdf")
                   : QStringLiteral("document.pdf"), QStringLiteral("application/pdf"),
                                                                    random.between(40'000, 2'500'000)};
    }
    messages << received;

    qint64 t = createdMs;
    step(interaction, InteractionState::Queued, t);
    static const WeightedTable waitBands = WeightedTable::of({50, 35, 15});
    static const qint64 waitLimits[] = {20 * MsPerMinute, 4 * MsPerHour, 12 * MsPerHour, 26 * MsPerHour};
    const int band = waitBands.pick(random);
    t += random.between(waitLimits[band], waitLimits[band + 1]);
    step(interaction, InteractionState::Offered, t);
    t += random.between(5, 120) * MsPerSecond;
    step(interaction, InteractionState::Connected, t);
    interaction.agentId = agent.id;
    t += random.between(2, 12) * MsPerMinute;

    Slots header = values;
    header.date = longDate(korean, localDate(createdMs, customer.utcOffsetMinutes));
    header.time = clockTime(korean, localMinuteOfDay(createdMs, customer.utcOffsetMinutes));
    const QString replyBody =
        values.fill(email.agent) + values.fill(text.signature)
        + QStringLiteral("\n\n") + header.fill(text.quoteHeader) + QLatin1Char('\n') + quoted(customerBody);
    Message reply = makeMessage(SenderRole::Agent, agent.nameFor(korean), replyBody, t);
    reply.subject = subject.startsWith(text.replyPrefix) ? subject : text.replyPrefix + subject;
    messages << reply;

    t += random.between(5, 60) * MsPerSecond;
    step(interaction, InteractionState::WrapUp, t);
    step(interaction, InteractionState::Closed, t + random.between(10, 90) * MsPerSecond);
    finishDisposition(random, email.outcome, values, interaction, 0.4, 0.15);
}

void Generation::buildShortMessages(Random &random, const CustomerProfile &customer, Channel channel,
                                    qint64 createdMs, Interaction &interaction, QList<Message> &messages)
{
    const LanguageText &text = m_texts.text(customer.korean);
    const ShortScript &script = random.pick(channel == Channel::Sms ? text.sms : text.social);
    const Direction direction = channel == Channel::Social ? Direction::Inbound : script.direction;
    interaction = Interaction::create(channel, direction, createdMs);
    setupInteraction(customer, script.topic, interaction);
    interaction.subject = script.reason;
    interaction.externalRef = (channel == Channel::Sms ? QStringLiteral("sms") : customer.socialNetwork)
                               + QLatin1Char('-') + random.hex(12);
    const AgentProfile &agent = pickAgent(random, customer.korean, script.topic);
    Slots values = makeSlots(random, customer, script.topic, createdMs);
    values.agent = agent.nameFor(customer.korean);

    auto messageFor = [&](const Line &line, qint64 at) {
        return makeMessage(line.fromAgent ? SenderRole::Agent : SenderRole::Customer,
                           line.fromAgent ? agent.nameFor(customer.korean) : customer.displayName,
                           values.fill(line.text), at);
    };

    qint64 t = createdMs;
    qsizetype next = 0;
    if (direction == Direction::Inbound) {
        messages << messageFor(script.lines.first(), t);
        next = 1;
        step(interaction, InteractionState::Queued, t);
        t += channel == Channel::Sms ? random.between(1, 40) * MsPerMinute
                                     : random.skewed(2 * MsPerMinute, 4 * MsPerHour);
        step(interaction, InteractionState::Offered, t);
        t += random.between(5, 30) * MsPerSecond;
    } else {
        t += random.between(1, 3) * MsPerSecond;
        step(interaction, InteractionState::Offered, t);
        t += random.between(1, 3) * MsPerSecond;
    }
    step(interaction, InteractionState::Connected, t);
    interaction.agentId = agent.id;
    for (qsizetype i = next; i < script.lines.size(); ++i) {
        const Line &line = script.lines.at(i);
        t += line.fromAgent ? random.between(20, 180) * MsPerSecond : random.between(1, 15) * MsPerMinute;
        t += qint64(random.below(MsPerSecond));
        messages << messageFor(line, t);
    }
    t += random.between(10, 40) * MsPerSecond;
    step(interaction, InteractionState::WrapUp, t);
    step(interaction, InteractionState::Closed, t + random.between(5, 30) * MsPerSecond);
    finishDisposition(random, script.outcome, values, interaction, 0.2, 0.1);
}

std::optional<DomainError> Generation::writeWorkItemInteraction(Random &random, CustomerProfile &customer,
                                                                qint64 createdMs)
{
    const LanguageText &text = m_texts.text(customer.korean);
    const QString topic = QStringLiteral("back-office");
    const WorkItemText &itemText = random.pick(text.workItems);
    const AgentProfile &agent = pickAgent(random, customer.korean, topic);
    Slots values = makeSlots(random, customer, topic, createdMs);
    values.agent = agent.nameFor(customer.korean);

    WorkItem item;
    item.customerId = customer.id;
    // Raised by the customer's latest contact, when that was recent.
    if (customer.lastInteractionId != 0 && customer.lastClosedMs < createdMs - MsPerMinute
        && createdMs - customer.lastClosedMs < 14 * MsPerDay) {
        item.sourceInteractionId = customer.lastInteractionId;
    }
    item.queueId = topic;
    item.title = values.fill(itemText.title);
    item.description = values.fill(itemText.description);
    item.createdAtMs = createdMs;
    item.dueAtMs = createdMs + random.between(1, 3) * MsPerDay;
    item.status = WorkItemStatus::Done;
    item.assignedAgentId = agent.id;
    if (auto error = m_workItems.insert(item))
        return error;
    ++m_summary.workItems;

    // The routing core offered it to the agent as an interaction of channel WorkItem.
    Interaction interaction = Interaction::create(Channel::WorkItem, Direction::Internal, createdMs);
    setupInteraction(customer, topic, interaction);
    interaction.subject = item.title;
    interaction.externalRef = QStringLiteral("workitem:") + QString::number(item.id);
    qint64 t = createdMs;
    step(interaction, InteractionState::Queued, t);
    t += random.skewed(15 * MsPerMinute, 30 * MsPerHour);
    step(interaction, InteractionState::Offered, t);
    t += random.between(1, 30) * MsPerSecond;
    step(interaction, InteractionState::Connected, t);
    interaction.agentId = agent.id;
    t += random.between(3, 25) * MsPerMinute;
    step(interaction, InteractionState::WrapUp, t);
    step(interaction, InteractionState::Closed, t + random.between(10, 120) * MsPerSecond);
    interaction.dispositionCode = disposition(u"resolved");
    interaction.resolved = true;
    interaction.notes = values.fill(itemText.note);
    if (m_buildError)
        return m_buildError;
    if (auto error = m_interactions.insert(interaction))
        return error;
    ++m_summary.interactions;
    ++m_summary.interactionsByChannel[Channel::WorkItem];
    customer.lastInteractionId = interaction.id;
    customer.lastClosedMs = interaction.times().closedMs;
    return std::nullopt;
}

std::optional<DomainError> Generation::maybeSpawnWorkItem(Random &random, const CustomerProfile &customer,
                                                          const Interaction &source)
{
    const QString &code = source.dispositionCode;
    if (!(code == u"follow-up" || code == u"escalated" || code == u"complaint") || !random.chance(0.7))
        return std::nullopt;

    const LanguageText &text = m_texts.text(customer.korean);
    const QString topic = QStringLiteral("back-office");
    const WorkItemText &itemText = random.pick(text.workItems);
    Slots values = makeSlots(random, customer, topic, source.times().closedMs);

    WorkItem item;
    item.customerId = customer.id;
    item.sourceInteractionId = source.id;
    item.queueId = topic;
    item.title = values.fill(itemText.title);
    item.description = values.fill(itemText.description);
    item.createdAtMs =
        std::min(source.times().closedMs + random.between(1, 30) * MsPerMinute, m_options.nowMs);
    item.dueAtMs = item.createdAtMs + random.between(1, 5) * MsPerDay;
    // Follow-ups of the last week make the open backlog, some of it overdue; older ones are dealt with.
    if (item.createdAtMs < m_options.nowMs - 7 * MsPerDay)
        item.status = random.chance(0.92) ? WorkItemStatus::Done : WorkItemStatus::Cancelled;
    else
        item.status = random.chance(0.55) ? WorkItemStatus::Open : WorkItemStatus::InProgress;
    if (item.status == WorkItemStatus::Done || item.status == WorkItemStatus::InProgress)
        item.assignedAgentId = pickAgent(random, customer.korean, topic).id;
    if (auto error = m_workItems.insert(item))
        return error;
    ++m_summary.workItems;
    if (item.isOpen())
        ++m_summary.openWorkItems;
    return std::nullopt;
}

std::optional<DomainError> Generation::writeInteractions(const std::vector<PlannedInteraction> &plan)
{
    Random random(m_options.seed, Stream::Details);
    const qint64 total = qint64(plan.size());
    if (auto error = report(DemoDataProgress::Phase::Interactions, 0, total))
        return error;
    QList<Message> messages;
    for (qint64 i = 0; i < total; ++i) {
        const PlannedInteraction &planned = plan[size_t(i)];
        CustomerProfile &customer = m_profiles[size_t(planned.customer)];
        if (planned.channel == Channel::WorkItem) {
            if (auto error = writeWorkItemInteraction(random, customer, planned.createdMs))
                return error;
        } else {
            Interaction interaction;
            messages.clear();
            switch (planned.channel) {
            case Channel::Voice:
                buildVoice(random, customer, planned.createdMs, interaction);
                break;
            case Channel::Chat:
                buildChat(random, customer, planned.createdMs, interaction, messages);
                break;
            case Channel::Email:
                buildEmail(random, customer, planned.createdMs, interaction, messages);
                break;
            case Channel::Sms:
            case Channel::Social:
                buildShortMessages(random, customer, planned.channel, planned.createdMs, interaction,
                                   messages);
                break;
            case Channel::WorkItem:
                break;
            }
            if (m_buildError)
                return m_buildError;
            if (auto error = m_interactions.insert(interaction))
                return error;
            ++m_summary.interactions;
            ++m_summary.interactionsByChannel[interaction.channel];
            if (interaction.state() == InteractionState::Abandoned)
                ++m_summary.abandonedInteractions;
            for (Message &message : messages) {
                message.interactionId = interaction.id;
                if (auto error = m_messages.append(message))
                    return error;
                ++m_summary.messages;
            }
            customer.lastInteractionId = interaction.id;
            customer.lastClosedMs = interaction.times().closedMs;
            if (auto error = maybeSpawnWorkItem(random, customer, interaction))
                return error;
        }
        if ((i + 1) % ProgressEvery == 0 || i + 1 == total) {
            if (auto error = report(DemoDataProgress::Phase::Interactions, i + 1, total))
                return error;
        }
    }
    return std::nullopt;
}

// A bulk load touches far more pages than SQLite's default 2 MiB cache holds; with it, SQLite
// spends most of the run re-reading and re-writing index pages. The cache grows for the load
// only and goes back to what it was.
class SqliteBulkCache
{
public:
    explicit SqliteBulkCache(Database &database)
        : m_database(database)
    {
        if (database.backend() != DatabaseBackend::Sqlite)
            return;
        auto current = database.execute(QStringLiteral("PRAGMA cache_size"));
        if (!current)
            return;
        if (current.value()->next())
            m_previous = current.value()->value(0).toString();
        current.value()->finish();
        if (!m_previous.isEmpty())
            (void)database.executeDirect(QStringLiteral("PRAGMA cache_size = -262144")); // KiB: 256 MiB
    }
    ~SqliteBulkCache()
    {
        if (!m_previous.isEmpty())
            (void)m_database.executeDirect(QStringLiteral("PRAGMA cache_size = ")
                                                          + QString::number(m_previous.toInt()));
    }
    Q_DISABLE_COPY_MOVE(SqliteBulkCache)

private:
    Database &m_database;
    QString m_previous;
};

DomainError invalidOption(const QString &message)
{
    return DomainError{DemoDataErrorCode::InvalidOption.toString(), message};
}

} // namespace

std::optional<DomainError> DemoDataOptions::validate() const
{
    if (customers < 1 || customers > MaxCustomers)
        return invalidOption(
            QStringLiteral("The number of customers must be between 1 and %1").arg(MaxCustomers));
    if (interactions < 0 || interactions > MaxInteractions) {
        return invalidOption(
            QStringLiteral("The number of interactions must be between 0 and %1").arg(MaxInteractions));
    }
    if (heavyCustomerInteractions < 0 || heavyCustomerInteractions > MaxInteractions) {
        return invalidOption(QStringLiteral("The heavy customer's interactions must be between 0 and %1").arg(
            MaxInteractions));
    }
    if (agents != 0 && (agents < MinAgents || agents > MaxAgents)) {
        return invalidOption(
            QStringLiteral("The number of agents must be between %1 and %2 (or 0 for automatic)")
                               .arg(MinAgents)
                               .arg(MaxAgents));
    }
    if (koreanPercent < 0 || koreanPercent > 100)
        return invalidOption(
            QStringLiteral("The share of Korean customers must be between 0 and 100 percent"));
    if (historyDays < MinHistoryDays || historyDays > MaxHistoryDays) {
        return invalidOption(QStringLiteral("The history must cover between %1 and %2 days").arg(MinHistoryDays).arg(MaxHistoryDays));
    }
    // Customers are created up to six years before the history starts; keep every time positive.
    if (nowMs <= (qint64(historyDays) + 7 * 365) * MsPerDay)
        return invalidOption(QStringLiteral("The reference time (now) is missing or too early"));
    return std::nullopt;
}

int DemoDataOptions::effectiveAgents() const
{
    if (agents != 0)
        return agents;
    return std::clamp(customers / 400 + 10, 12, 120);
}

QString demoDataPhaseKey(DemoDataProgress::Phase phase)
{
    switch (phase) {
    case DemoDataProgress::Phase::Preparing:
        return QStringLiteral("preparing");
    case DemoDataProgress::Phase::Customers:
        return QStringLiteral("customers");
    case DemoDataProgress::Phase::Interactions:
        return QStringLiteral("interactions");
    case DemoDataProgress::Phase::Committing:
        return QStringLiteral("committing");
    }
    Q_UNREACHABLE();
}

DemoDataGenerator::DemoDataGenerator(Database &database)
    : m_database(database)
{}

void DemoDataGenerator::setProgressCallback(DemoDataProgressCallback callback)
{
    m_progress = std::move(callback);
}

StoreResult<DemoDataSummary> DemoDataGenerator::generate(const DemoDataOptions &options)
{
    if (auto error = options.validate())
        return *error;
    if (!m_database.isOpen()) {
        return DomainError{StoreErrorCode::NotOpen.toString(),
                           QStringLiteral("The database must be open before demo data can be written")};
    }
    auto texts = loadTexts();
    if (!texts)
        return texts.error();

    // Demo rows mixed into real ones could not be told apart or removed again.
    CustomerRepository customers(m_database);
    auto customerCount = customers.count();
    if (!customerCount)
        return customerCount.error();
    AgentRepository agents(m_database);
    auto agentList = agents.list();
    if (!agentList)
        return agentList.error();
    if (customerCount.value() > 0 || !agentList->isEmpty()) {
        return DomainError{
            DemoDataErrorCode::DatabaseNotEmpty.toString(),
            QStringLiteral("The database already holds %1 customers and %2 agents; demo data is"
                                          " only written into an empty database")
                               .arg(customerCount.value())
                               .arg(agentList->size())};
    }

    const SqliteBulkCache bulkCache(m_database);
    Generation generation(m_database, options, texts.value(), m_progress);
    if (auto error = m_database.transaction([&] { return generation.run(); }))
        return *error;
    return generation.summary();
}

} // namespace ContactDesk

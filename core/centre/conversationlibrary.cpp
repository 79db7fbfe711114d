#include "conversationlibrary.h"

#include "domain/timeunits.h"
#include "routing/simulationrandom.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ContactDesk {

namespace {

const char16_t *const englishMonths[] = {u"January",   u"February", u"March",    u"April",
                                         u"May",       u"June",     u"July",     u"August",
                                         u"September", u"October",  u"November", u"December"};

DomainError materialError(const QString &path, const QString &what)
{
    return DomainError{QStringLiteral("conversations-invalid"),
                                      QStringLiteral("Conversation material %1: %2").arg(path, what)};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QList<ScriptLine> scriptLines(const QJsonValue &value)
{
    QList<ScriptLine> lines;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2)
            continue;
        lines.append(ScriptLine{pair.at(0).toString() != u"a", pair.at(1).toString()});
    }
    return lines;
}

template <typename T>
const T &pickFrom(const QList<T> &list, SimulationRandom &random)
{
    return list.at(qsizetype(random.below(quint64(list.size()))));
}

QString groupThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

qint64 between(SimulationRandom &random, qint64 low, qint64 high)
{
    return low + qint64(random.below(quint64(high - low + 1)));
}

} // namespace

QString ConversationSlots::fill(QStringView pattern) const
{
    QString out;
    out.reserve(pattern.size() + 32);
    qsizetype from = 0;
    while (from < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', from);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
        if (close < 0) {
            out.append(pattern.mid(from));
            break;
        }
        out.append(pattern.mid(from, open - from));
        const QStringView key = pattern.mid(open + 1, close - open - 1);
        const QString *value = key == u"customer"  ? &customer
                               : key == u"given"   ? &given
                               : key == u"agent"   ? &agent
                               : key == u"company" ? &company
                               : key == u"amount"  ? &amount
                               : key == u"date"    ? &date
                               : key == u"time"    ? &time
                               : key == u"product" ? &product
                               : key == u"ticket"  ? &ticket
                                                   : nullptr;
        if (value)
            out.append(*value);
        else
            out.append(pattern.mid(open, close - open + 1));
        from = close + 1;
    }
    return out;
}

std::optional<DomainError> ConversationLibrary::load(const QString &path)
{
    m_languages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return materialError(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return materialError(path, parseError.errorString());

    QHash<QString, Language> languages;
    for (const QString &code : {QStringLiteral("ko"), QStringLiteral("en")}) {
        const QJsonObject root = document.object().value(code).toObject();
        if (root.isEmpty())
            return materialError(path, QStringLiteral("no material for language '%1'").arg(code));
        Language language;
        language.company = root.value(QStringLiteral("company")).toString();
        language.botName = root.value(QStringLiteral("botName")).toString();
        language.botGreetings = strings(root.value(QStringLiteral("botGreetings")));
        language.abandonLines = strings(root.value(QStringLiteral("abandonLines")));
        language.replyPrefix = root.value(QStringLiteral("replyPrefix")).toString();
        language.signature = root.value(QStringLiteral("signature")).toString();
        const QJsonArray closings = root.value(QStringLiteral("closings")).toArray();
        for (const QJsonValue &closing : closings)
            language.closings.append(scriptLines(closing));
        const QJsonObject products = root.value(QStringLiteral("products")).toObject();
        for (auto it = products.begin(); it != products.end(); ++it)
            language.products.insert(it.key(), strings(it.value()));

        const QJsonObject topics = root.value(QStringLiteral("topics")).toObject();
        for (auto topic = topics.begin(); topic != topics.end(); ++topic) {
            const QJsonObject material = topic.value().toObject();
            const QJsonArray cases = material.value(QStringLiteral("cases")).toArray();
            for (const QJsonValue &entry : cases) {
                const QJsonObject item = entry.toObject();
                const QJsonArray outcomes = item.value(QStringLiteral("outcomes")).toArray();
                for (const QJsonValue &outcome : outcomes) {
                    Conversation conversation;
                    conversation.language = code;
                    conversation.topic = topic.key();
                    conversation.channel = Channel::Voice;
                    conversation.reason = item.value(QStringLiteral("reason")).toString();
                    conversation.dispositionCode = outcome.toArray().at(0).toString();
                    conversation.note = outcome.toArray().at(1).toString();
                    language.conversations.append(conversation);
                }
            }
            const QJsonArray chats = material.value(QStringLiteral("chat")).toArray();
            for (const QJsonValue &entry : chats) {
                const QJsonObject item = entry.toObject();
                Conversation conversation;
                conversation.language = code;
                conversation.topic = topic.key();
                conversation.channel = Channel::Chat;
                conversation.reason = item.value(QStringLiteral("reason")).toString();
                conversation.lines = scriptLines(item.value(QStringLiteral("lines")));
                conversation.dispositionCode =
                    item.value(QStringLiteral("outcome")).toArray().at(0).toString();
                conversation.note = item.value(QStringLiteral("outcome")).toArray().at(1).toString();
                conversation.products = strings(item.value(QStringLiteral("products")));
                if (!conversation.lines.isEmpty() && conversation.lines.constFirst().fromCustomer)
                    language.conversations.append(conversation);
            }
            const QJsonArray emails = material.value(QStringLiteral("email")).toArray();
            for (const QJsonValue &entry : emails) {
                const QJsonObject item = entry.toObject();
                Conversation conversation;
                conversation.language = code;
                conversation.topic = topic.key();
                conversation.channel = Channel::Email;
                conversation.subject = item.value(QStringLiteral("subject")).toString();
                conversation.reason = conversation.subject;
                conversation.lines = {
                    ScriptLine{true, item.value(QStringLiteral("customer")).toString()},
                               ScriptLine{false, item.value(QStringLiteral("agent")).toString()}};
                conversation.dispositionCode =
                    item.value(QStringLiteral("outcome")).toArray().at(0).toString();
                conversation.note = item.value(QStringLiteral("outcome")).toArray().at(1).toString();
                conversation.products = strings(item.value(QStringLiteral("products")));
                language.conversations.append(conversation);
            }
        }
        // Texts and social posts the customer starts (the outbound ones are the centre's own).
        for (const auto &[key, channel] : {std::pair{QStringLiteral("sms"), Channel::Sms},
                                                     std::pair{QStringLiteral("social"), Channel::Social}}) {
            const QJsonArray items = root.value(key).toArray();
            for (const QJsonValue &entry : items) {
                const QJsonObject item = entry.toObject();
                if (item.value(QStringLiteral("direction")).toString(QStringLiteral("inbound")) != u"inbound")
                    continue;
                Conversation conversation;
                conversation.language = code;
                conversation.topic = item.value(QStringLiteral("topic")).toString();
                conversation.channel = channel;
                conversation.reason = item.value(QStringLiteral("reason")).toString();
                conversation.lines = scriptLines(item.value(QStringLiteral("lines")));
                conversation.dispositionCode = item.value(QStringLiteral("outcome")).toString();
                conversation.note = conversation.reason;
                if (!conversation.lines.isEmpty() && conversation.lines.constFirst().fromCustomer)
                    language.conversations.append(conversation);
            }
        }
        if (language.conversations.isEmpty() || language.abandonLines.isEmpty() || language.closings.isEmpty()
            || language.botGreetings.isEmpty()) {
            return materialError(path, QStringLiteral("language '%1' lacks conversations, greetings, "
                                                      "closings or abandon lines")
                                                          .arg(code));
        }
        languages.insert(code, language);
    }
    m_languages = languages;
    return std::nullopt;
}

const ConversationLibrary::Language *ConversationLibrary::language(const QString &code) const
{
    const auto it = m_languages.constFind(code.startsWith(QLatin1String("ko")) ? QStringLiteral("ko")
                                                                               : QStringLiteral("en"));
    return it == m_languages.constEnd() ? nullptr : &*it;
}

QStringList ConversationLibrary::topics(const QString &code, Channel channel) const
{
    QStringList list;
    if (const Language *material = language(code)) {
        for (const Conversation &conversation : material->conversations) {
            if (conversation.channel == channel && !list.contains(conversation.topic))
                list.append(conversation.topic);
        }
    }
    list.sort();
    return list;
}

std::optional<Conversation> ConversationLibrary::pick(const QString &code, Channel channel,
                                                      const QString &topic, SimulationRandom &random) const
{
    const Language *material = language(code);
    if (!material)
        return std::nullopt;
    QList<const Conversation *> candidates;
    for (const Conversation &conversation : material->conversations) {
        if (conversation.channel == channel && (topic.isEmpty() || conversation.topic == topic))
            candidates.append(&conversation);
    }
    if (candidates.isEmpty() && !topic.isEmpty())
        return pick(code, channel, QString(), random);
    if (candidates.isEmpty())
        return std::nullopt;
    return *pickFrom(candidates, random);
}

ConversationSlots ConversationLibrary::drawSlots(const QString &code, const QString &topic,
                                                 const QStringList &products, qint64 atMs,
                                                 SimulationRandom &random) const
{
    const bool korean = code.startsWith(QLatin1String("ko"));
    ConversationSlots values;
    values.company = company(code);
    if (const Language *material = language(code)) {
        const QStringList choices = !products.isEmpty() ? products : material->products.value(topic);
        if (!choices.isEmpty())
            values.product = pickFrom(choices, random);
    }
    values.ticket = QStringLiteral("TK-%1").arg(between(random, 1'000'000, 9'999'999));
    // Korean customers live at UTC+9, the English-speaking ones on the US east coast.
    const qint64 offsetMs = (korean ? 9 * 60 : -5 * 60) * MsPerMinute;
    const QDate date =
        QDateTime::fromMSecsSinceEpoch(atMs + offsetMs + between(random, 1, 14) * MsPerDay, Qt::UTC).date();
    if (korean)
        values.date = QStringLiteral("%1월 %2일").arg(date.month()).arg(date.day());
    else
        values.date = QString::fromUtf16(englishMonths[date.month() - 1]) + QLatin1Char(' ')
                      + QString::number(date.day());
    const int minuteOfDay = int((((atMs + offsetMs) % MsPerDay + MsPerDay) % MsPerDay) / MsPerMinute);
    const int hour = minuteOfDay / 60;
    const QString hm = QStringLiteral("%1:%2") .arg(hour % 12 == 0 ? 12 : hour % 12).arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
    if (korean)
        values.time = (hour < 12 ? QStringLiteral("오전 ") : QStringLiteral("오후 ")) + hm;
    else
        values.time = hm + (hour < 12 ? QStringLiteral(" AM") : QStringLiteral(" PM"));
    qint64 amount = 0;
    if (topic == u"sales")
        amount = korean ? between(random, 33, 130) * 1000 - 100 : between(random, 30, 120) * 100 - 1;
    else if (topic == u"retention")
        amount = korean ? between(random, 3, 15) * 1000 : between(random, 5, 25) * 100;
    else
        amount = korean ? between(random, 2'500, 18'000) * 10 : between(random, 3'500, 26'000);
    if (korean) {
        values.amount = groupThousands(amount) + QStringLiteral("원");
    } else {
        values.amount = QLatin1Char('$') + groupThousands(amount / 100) + QLatin1Char('.')
                        + QStringLiteral("%1").arg(amount % 100, 2, 10, QLatin1Char('0'));
    }
    return values;
}

QString ConversationLibrary::company(const QString &code) const
{
    const Language *material = language(code);
    return material ? material->company : QString();
}

QString ConversationLibrary::botName(const QString &code) const
{
    const Language *material = language(code);
    return material ? material->botName : QString();
}

QString ConversationLibrary::botGreeting(const QString &code, SimulationRandom &random) const
{
    const Language *material = language(code);
    return material ? pickFrom(material->botGreetings, random) : QString();
}

QString ConversationLibrary::abandonLine(const QString &code, SimulationRandom &random) const
{
    const Language *material = language(code);
    return material ? pickFrom(material->abandonLines, random) : QString();
}

QList<ScriptLine> ConversationLibrary::closing(const QString &code, SimulationRandom &random) const
{
    const Language *material = language(code);
    return material ? pickFrom(material->closings, random) : QList<ScriptLine>();
}

QString ConversationLibrary::replyPrefix(const QString &code) const
{
    const Language *material = language(code);
    return material ? material->replyPrefix : QString();
}

QString ConversationLibrary::signature(const QString &code) const
{
    const Language *material = language(code);
    return material ? material->signature : QString();
}

} // namespace ContactDesk

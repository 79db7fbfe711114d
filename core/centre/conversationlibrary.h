#pragma once

#include "domain/channel.h"
#include "domain/domainerror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ContactDesk {

class SimulationRandom;

// One line of a scripted conversation.
struct ScriptLine
{
    bool fromCustomer = true;
    QString text; // with placeholders (see ConversationSlots)
};

// What a simulated customer comes about and how the conversation goes, in their language. The
// text keeps its placeholders: the agent's name is only known once someone answers.
struct Conversation
{
    QString language; // "ko", "en"
    QString topic;    // a queue id of the demo data: sales, billing, support, retention, back-office
    Channel channel = Channel::Voice;
    QString reason;
    QString subject;         // e-mail
    QList<ScriptLine> lines; // messaging: the exchange; e-mail: the customer's mail, then the reply
    QString dispositionCode;
    QString note; // what the agent writes at wrap-up
    QStringList products;
};

// The values a conversation's placeholders take, drawn once per contact so that an amount
// mentioned twice is the same both times: {customer} {given} {agent} {company} {amount} {date}
// {time} {product} {ticket}.
struct ConversationSlots
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

    QString fill(QStringView pattern) const;
};

// The conversation material of the demo data (resources/demo/conversations.json, at
// :/demo/conversations.json in the core library), read for the live traffic simulator.
class ConversationLibrary final
{
public:
    static QString defaultPath() { return QStringLiteral(":/demo/conversations.json"); }

    // Reads the material; a file that is missing or not as expected is an error and leaves the
    // library empty.
    std::optional<DomainError> load(const QString &path = defaultPath());
    bool isLoaded() const { return !m_languages.isEmpty(); }

    // Topics with material for `channel` in `language`.
    QStringList topics(const QString &language, Channel channel) const;
    // A conversation on `channel` about `topic` (any topic when empty or without material).
    std::optional<Conversation> pick(const QString &language, Channel channel, const QString &topic,
                                     SimulationRandom &random) const;

    // Placeholder values for a customer in `language` contacting about `topic` at `atMs`.
    ConversationSlots drawSlots(const QString &language, const QString &topic, const QStringList &products,
                                qint64 atMs, SimulationRandom &random) const;

    QString company(const QString &language) const;
    QString botName(const QString &language) const;
    QString botGreeting(const QString &language, SimulationRandom &random) const;
    QString abandonLine(const QString &language, SimulationRandom &random) const;
    // An agent's closing line and the customer's answer.
    QList<ScriptLine> closing(const QString &language, SimulationRandom &random) const;
    QString replyPrefix(const QString &language) const;
    QString signature(const QString &language) const;

private:
    struct Language
    {
        QString company;
        QString botName;
        QStringList botGreetings;
        QList<QList<ScriptLine>> closings;
        QStringList abandonLines;
        QString replyPrefix;
        QString signature;
        QHash<QString, QStringList> products;
        QList<Conversation> conversations;
    };

    const Language *language(const QString &code) const;

    QHash<QString, Language> m_languages;
};

} // namespace ContactDesk

#include "displaytext.h"

#include <QDateTime>
#include <QLocale>

namespace ContactDesk {

QString DisplayText::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return tr("Voice");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Email:
        return tr("E-mail");
    case Channel::Sms:
        return tr("SMS");
    case Channel::Social:
        return tr("Social");
    case Channel::WorkItem:
        return tr("Work item");
    }
    Q_UNREACHABLE();
}

QIcon DisplayText::channelIcon(Channel channel)
{
    return QIcon(QStringLiteral(":/icons/channel-%1.svg").arg(channelKey(channel)));
}

QString DisplayText::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return tr("Inbound");
    case Direction::Outbound:
        return tr("Outbound");
    case Direction::Internal:
        return tr("Internal");
    }
    Q_UNREACHABLE();
}

QString DisplayText::stateName(InteractionState state)
{
    switch (state) {
    case InteractionState::Created:
        return tr("New");
    case InteractionState::Queued:
        return tr("Waiting in queue");
    case InteractionState::Offered:
        return tr("Being offered");
    case InteractionState::Connected:
        return tr("In progress");
    case InteractionState::Held:
        return tr("On hold");
    case InteractionState::WrapUp:
        return tr("Wrap-up");
    case InteractionState::Closed:
        return tr("Closed");
    case InteractionState::Abandoned:
        return tr("Abandoned");
    case InteractionState::CallbackRequested:
        return tr("Callback requested");
    case InteractionState::Transferred:
        return tr("Transferred");
    case InteractionState::Blocked:
        return tr("Blocked");
    }
    Q_UNREACHABLE();
}

QString DisplayText::segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Consumer:
        return tr("Consumer");
    case Segment::SmallBusiness:
        return tr("Small business");
    case Segment::Corporate:
        return tr("Corporate");
    case Segment::PublicSector:
        return tr("Public sector");
    }
    Q_UNREACHABLE();
}

QString DisplayText::valueTierName(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Bronze:
        return tr("Bronze");
    case ValueTier::Silver:
        return tr("Silver");
    case ValueTier::Gold:
        return tr("Gold");
    case ValueTier::Platinum:
        return tr("Platinum");
    }
    Q_UNREACHABLE();
}

QString DisplayText::languageName(const QString &bcp47)
{
    const QString language = bcp47.section(QLatin1Char('-'), 0, 0).toLower();
    if (language == u"ko")
        return tr("Korean");
    if (language == u"en")
        return tr("English");
    if (language.isEmpty())
        return tr("Not known");
    return QLocale(language).nativeLanguageName();
}

QString DisplayText::dispositionName(const QString &code)
{
    static const char *const names[][2] = {
        {"resolved", QT_TR_NOOP("Resolved")},
        {"information", QT_TR_NOOP("Information given")},
        {"follow-up", QT_TR_NOOP("Follow-up needed")},
        {"callback-scheduled", QT_TR_NOOP("Callback scheduled")},
        {"escalated", QT_TR_NOOP("Escalated")},
        {"sale", QT_TR_NOOP("Sale made")},
        {"no-sale", QT_TR_NOOP("No sale")},
        {"complaint", QT_TR_NOOP("Complaint recorded")},
        {"cancellation", QT_TR_NOOP("Cancellation request")},
        {"technical-issue", QT_TR_NOOP("Technical issue")},
        {"wrong-number", QT_TR_NOOP("Wrong number")},
        {"no-answer", QT_TR_NOOP("No answer")},
        {"voicemail", QT_TR_NOOP("Left voicemail")},
        {"spam", QT_TR_NOOP("Spam or abuse")},
    };
    for (const auto &name : names) {
        if (code == QLatin1String(name[0]))
            return tr(name[1]);
    }
    return code;
}

QString DisplayText::contactKindName(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return tr("Phone");
    case ContactKind::Email:
        return tr("E-mail");
    case ContactKind::Chat:
        return tr("Web chat");
    case ContactKind::Social:
        return tr("Social");
    }
    Q_UNREACHABLE();
}

QString DisplayText::contactLabel(const QString &label)
{
    static const char *const labels[][2] = {
        {"mobile", QT_TR_NOOP("Mobile")},
        {"work", QT_TR_NOOP("Work")},
        {"home", QT_TR_NOOP("Home")},
        {"office", QT_TR_NOOP("Office")},
        {"personal", QT_TR_NOOP("Personal")},
        {"other", QT_TR_NOOP("Other")},
        {"web chat", QT_TR_NOOP("Web chat")},
        {"kakao", QT_TR_NOOP("KakaoTalk")},
        {"facebook", QT_TR_NOOP("Facebook")},
        {"instagram", QT_TR_NOOP("Instagram")},
        {"x", QT_TR_NOOP("X")},
        {"line", QT_TR_NOOP("LINE")},
    };
    const QString key = label.trimmed().toLower();
    for (const auto &known : labels) {
        if (key == QLatin1String(known[0]))
            return tr(known[1]);
    }
    return label.trimmed();
}

QString DisplayText::senderRoleName(SenderRole role)
{
    switch (role) {
    case SenderRole::Customer:
        return tr("Customer");
    case SenderRole::Agent:
        return tr("Agent");
    case SenderRole::System:
        return tr("System");
    case SenderRole::Bot:
        return tr("Bot");
    }
    Q_UNREACHABLE();
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DisplayText::agentStateName(AgentState state)
{
    switch (state) {
    case AgentState::LoggedOut:
        return tr("Signed out");
    case AgentState::Ready:
        return tr("Ready");
    case AgentState::NotReady:
        return tr("Not Ready");
    case AgentState::AfterCallWork:
        return tr("After-Call Work");
    }
    Q_UNREACHABLE();
}

QStringList DisplayText::notReadyReasons()
{
    return {
        QStringLiteral("break"),    QStringLiteral("lunch"),    QStringLiteral("meeting"),
                                                                               QStringLiteral("training"), QStringLiteral("coaching"), QStringLiteral("admin")};
}

QString DisplayText::notReadyReasonName(const QString &code)
{
    static const char *const names[][2] = {
        {"break", QT_TR_NOOP("Break")},
        {"lunch", QT_TR_NOOP("Lunch")},
        {"meeting", QT_TR_NOOP("Meeting")},
        {"training", QT_TR_NOOP("Training")},
        {"coaching", QT_TR_NOOP("Coaching")},
        {"admin", QT_TR_NOOP("Administrative work")},
        {"missed", QT_TR_NOOP("Missed an offer")},
        {"rejected", QT_TR_NOOP("Rejected an offer")},
        {"login", QT_TR_NOOP("Just signed in")},
    };
    for (const auto &name : names) {
        if (code == QLatin1String(name[0]))
            return tr(name[1]);
    }
    return code;
}

QString DisplayText::dispositionLabel(const DispositionOption &option)
{
    const bool korean = QLocale().language() == QLocale::Korean;
    const QString &preferred = korean ? option.labelKo : option.labelEn;
    const QString &other = korean ? option.labelEn : option.labelKo;
    if (!preferred.trimmed().isEmpty())
        return preferred.trimmed();
    if (!other.trimmed().isEmpty())
        return other.trimmed();
    return dispositionName(option.code);
}

QString DisplayText::departureText(const QString &reason, const QString &contactName)
{
    if (reason == u"missed")
        return tr("The offer from %1 timed out and went back to the queue.").arg(contactName);
    if (reason == u"rejected")
        return tr("You rejected the offer from %1; it went back to the queue.").arg(contactName);
    if (reason == u"abandoned")
        return tr("%1 hung up or left before you answered.").arg(contactName);
    if (reason == u"transferred")
        return tr("The contact with %1 was transferred.").arg(contactName);
    if (reason == u"closed")
        return tr("The contact with %1 is closed.").arg(contactName);
    if (reason == u"requeued")
        return tr("The contact with %1 went back to the queue.").arg(contactName);
    return tr("The offer from %1 was withdrawn.").arg(contactName);
}

QString DisplayText::presenceName(AgentState state)
{
    switch (state) {
    case AgentState::LoggedOut:
        return tr("Offline");
    case AgentState::Ready:
        return tr("Available");
    case AgentState::NotReady:
        return tr("Busy");
    case AgentState::AfterCallWork:
        return tr("Wrapping up");
    }
    Q_UNREACHABLE();
}

QString DisplayText::uiLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString DisplayText::money(qint64 minorUnits, const QString &currency)
{
    // QLocale knows the symbol of its own currency only; these are the ones our customers pay in.
    static const char *const symbols[][2] = {
        {"KRW", "\u20a9"}, {"USD", "$"},      {"EUR", "\u20ac"},
        {"JPY", "\u00a5"}, {"GBP", "\u00a3"}, {"CNY", "CN\u00a5"},
    };
    QString symbol = currency + QLatin1Char(' ');
    for (const auto &known : symbols) {
        if (currency == QLatin1String(known[0]))
            symbol = QString::fromUtf8(known[1]);
    }
    const int digits = currencyMinorDigits(currency);
    double scale = 1.0;
    for (int i = 0; i < digits; ++i)
        scale *= 10.0;
    return QLocale().toCurrencyString(double(minorUnits) / scale, symbol, digits);
}

QString DisplayText::dateTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::date(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), QLocale::ShortFormat);
}

QString DisplayText::duration(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 totalSeconds = (ms + 500) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QLatin1Char zero('0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

QString DisplayText::interactionSummary(const Interaction &interaction)
{
    const QString subject = interaction.subject.simplified();
    if (!subject.isEmpty())
        return subject;
    const bool outbound = interaction.direction == Direction::Outbound;
    switch (interaction.channel) {
    case Channel::Voice:
        return outbound ? tr("Outbound call") : tr("Inbound call");
    case Channel::Chat:
        return tr("Chat conversation");
    case Channel::Email:
        return outbound ? tr("E-mail sent") : tr("E-mail received");
    case Channel::Sms:
        return outbound ? tr("Text message sent") : tr("Text message received");
    case Channel::Social:
        return tr("Social media message");
    case Channel::WorkItem:
        return tr("Back-office task");
    }
    Q_UNREACHABLE();
}

} // namespace ContactDesk

#pragma once

#include "backend/agentdesk.h"
#include "domain/agent.h"
#include "domain/channel.h"
#include "domain/contactpoint.h"
#include "domain/customer.h"
#include "domain/interaction.h"
#include "domain/message.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace ContactDesk {

// The words and formats people see for domain values. Everything is looked up at call time, so a
// widget that re-renders on QEvent::LanguageChange shows the new language and locale.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::DisplayText)

public:
    static QString channelName(Channel channel);
    static QIcon channelIcon(Channel channel);
    static QString directionName(Direction direction);
    static QString stateName(InteractionState state);
    static QString segmentName(Segment segment);
    static QString valueTierName(ValueTier tier);
    // "ko" → "Korean" in the UI language; unknown codes as QLocale names them.
    static QString languageName(const QString &bcp47);
    // The wrap-up codes the schema seeds have translated labels; others are shown as stored.
    static QString dispositionName(const QString &code);
    static QString contactKindName(ContactKind kind);
    // Stored labels are keys ("mobile", "work"); free text passes through.
    static QString contactLabel(const QString &label);
    static QString senderRoleName(SenderRole role);
    static QString yesNo(bool value);

    static QString agentStateName(AgentState state);
    // The Not Ready reasons an agent picks from, as codes the backend stores.
    static QStringList notReadyReasons();
    // "break" → "Break"; the ones the system sets ("missed", "rejected") too. Unknown codes as stored.
    static QString notReadyReasonName(const QString &code);
    // The option's label in the UI language (Korean or English), falling back to the other.
    static QString dispositionLabel(const DispositionOption &option);
    // Why a contact left the inbox, as a sentence: "The offer from %1 timed out."
    static QString departureText(const QString &reason, const QString &contactName);
    // A person's presence as a transfer list shows it.
    static QString presenceName(AgentState state);

    // An amount kept in minor units (see currencyMinorDigits) in the current locale: "₩1,250,000".
    static QString money(qint64 minorUnits, const QString &currency);
    // The UI's language ("ko", "en"): LanguageManager sets the default locale to it.
    static QString uiLanguage();
    // Milliseconds since the epoch in local time, the locale's short format.
    static QString dateTime(qint64 ms);
    static QString date(qint64 ms);
    // "4:05" or "1:02:03".
    static QString duration(qint64 ms);
    // The line that says what a contact was about: its subject, else "Inbound call" and the like.
    static QString interactionSummary(const Interaction &interaction);
};

} // namespace ContactDesk

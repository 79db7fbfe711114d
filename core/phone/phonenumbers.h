#pragma once

#include <QString>

#include <optional>

namespace ContactDesk {

enum class PhoneNumberType
{
    FixedLine,
    Mobile,
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
    Unknown,
};

QString phoneNumberTypeKey(PhoneNumberType type); // "mobile", "fixed-line", "toll-free" ...

// Everything we know about one written phone number. `parsed` is false when the text is not a
// phone number at all; a parsed number may still be invalid (wrong length for its region).
struct PhoneNumberInfo
{
    QString input;
    bool parsed = false;
    bool valid = false;
    QString e164;          // +821012345678
    QString international; // +82 10-1234-5678
    QString national;      // 010-1234-5678
    QString region;        // KR
    PhoneNumberType type = PhoneNumberType::Unknown;
    QString error; // why it is not parsed or not valid; empty when valid
};

// A thin wrapper over libphonenumber: the rest of the code never sees its types.
class PhoneNumbers final
{
public:
    static constexpr const char16_t *DefaultRegion = u"KR";

    static PhoneNumberInfo parse(const QString &input, const QString &defaultRegion = QString());

    // E.164 form of `input` when libphonenumber can parse it and the result is a possible
    // number for its region; used to store and look up numbers however they were written.
    static std::optional<QString> toE164(const QString &input, const QString &defaultRegion = QString());

    // How an agent in `agentRegion` would dial it: national format at home, international abroad.
    static QString formatForRegion(const QString &e164, const QString &agentRegion);

    // Two-letter region a number belongs to ("KR", "US"), empty when unknown.
    static QString regionOf(const QString &e164);

    // An example number of the given type for `region`, for placeholders and demo data.
    static QString exampleNumber(const QString &region, PhoneNumberType type);
};

} // namespace ContactDesk

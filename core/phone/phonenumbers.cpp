#include "phonenumbers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace ContactDesk {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

PhoneNumberType convertType(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneNumberType::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return PhoneNumberType::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumberType::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return PhoneNumberType::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return PhoneNumberType::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return PhoneNumberType::SharedCost;
    case PhoneNumberUtil::VOIP:
        return PhoneNumberType::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return PhoneNumberType::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return PhoneNumberType::Pager;
    case PhoneNumberUtil::UAN:
        return PhoneNumberType::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return PhoneNumberType::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        return PhoneNumberType::Unknown;
    }
    return PhoneNumberType::Unknown;
}

PhoneNumberUtil::PhoneNumberType toLibraryType(PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberType::FixedLine:
        return PhoneNumberUtil::FIXED_LINE;
    case PhoneNumberType::Mobile:
        return PhoneNumberUtil::MOBILE;
    case PhoneNumberType::FixedLineOrMobile:
        return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    case PhoneNumberType::TollFree:
        return PhoneNumberUtil::TOLL_FREE;
    case PhoneNumberType::PremiumRate:
        return PhoneNumberUtil::PREMIUM_RATE;
    case PhoneNumberType::SharedCost:
        return PhoneNumberUtil::SHARED_COST;
    case PhoneNumberType::Voip:
        return PhoneNumberUtil::VOIP;
    case PhoneNumberType::PersonalNumber:
        return PhoneNumberUtil::PERSONAL_NUMBER;
    case PhoneNumberType::Pager:
        return PhoneNumberUtil::PAGER;
    case PhoneNumberType::Uan:
        return PhoneNumberUtil::UAN;
    case PhoneNumberType::Voicemail:
        return PhoneNumberUtil::VOICEMAIL;
    case PhoneNumberType::Unknown:
        return PhoneNumberUtil::UNKNOWN;
    }
    return PhoneNumberUtil::UNKNOWN;
}

QString parseErrorText(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return QString();
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return QStringLiteral("unknown country calling code, or no region to assume for a national number");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return QStringLiteral("not a phone number");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return QStringLiteral("too short after the international dialling prefix");
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QStringLiteral("too short to be a phone number");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QStringLiteral("too long to be a phone number");
    }
    return QStringLiteral("not a phone number");
}

QString regionOrDefault(const QString &region)
{
    const QString trimmed = region.trimmed().toUpper();
    return trimmed.isEmpty() ? QString::fromUtf16(PhoneNumbers::DefaultRegion) : trimmed;
}

// The library parses a lone "+" or letters leniently in places; we insist on at least one digit.
bool hasDigit(const QString &text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

QString phoneNumberTypeKey(PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberType::FixedLine:
        return QStringLiteral("fixed-line");
    case PhoneNumberType::Mobile:
        return QStringLiteral("mobile");
    case PhoneNumberType::FixedLineOrMobile:
        return QStringLiteral("fixed-line-or-mobile");
    case PhoneNumberType::TollFree:
        return QStringLiteral("toll-free");
    case PhoneNumberType::PremiumRate:
        return QStringLiteral("premium-rate");
    case PhoneNumberType::SharedCost:
        return QStringLiteral("shared-cost");
    case PhoneNumberType::Voip:
        return QStringLiteral("voip");
    case PhoneNumberType::PersonalNumber:
        return QStringLiteral("personal-number");
    case PhoneNumberType::Pager:
        return QStringLiteral("pager");
    case PhoneNumberType::Uan:
        return QStringLiteral("uan");
    case PhoneNumberType::Voicemail:
        return QStringLiteral("voicemail");
    case PhoneNumberType::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

PhoneNumberInfo PhoneNumbers::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumberInfo info;
    info.input = input;
    const QString region = regionOrDefault(defaultRegion);
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();

    if (util.GetCountryCodeForRegion(toStd(region)) == 0) {
        info.error = QStringLiteral("unsupported default region '%1'").arg(region);
        return info;
    }
    if (input.trimmed().isEmpty() || !hasDigit(input)) {
        info.error = QStringLiteral("not a phone number");
        return info;
    }

    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error = util.Parse(toStd(input), toStd(region), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        info.error = parseErrorText(error);
        return info;
    }
    info.parsed = true;

    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    info.e164 = fromStd(formatted);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    info.international = fromStd(formatted);
    util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    info.national = fromStd(formatted);
    std::string regionCode;
    util.GetRegionCodeForNumber(number, &regionCode);
    info.region = regionCode == "ZZ" ? QString() : fromStd(regionCode);
    info.type = convertType(util.GetNumberType(number));
    info.valid = util.IsValidNumber(number);
    if (!info.valid)
        info.error = QStringLiteral("not a valid number in its region (wrong length or unassigned prefix)");
    return info;
}

std::optional<QString> PhoneNumbers::toE164(const QString &input, const QString &defaultRegion)
{
    const QString region = regionOrDefault(defaultRegion);
    if (input.trimmed().isEmpty() || !hasDigit(input))
        return std::nullopt;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(toStd(input), toStd(region), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util.IsPossibleNumber(number))
        return std::nullopt;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    return fromStd(formatted);
}

QString PhoneNumbers::formatForRegion(const QString &e164, const QString &agentRegion)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string regionCode;
    util.GetRegionCodeForNumber(number, &regionCode);
    std::string formatted;
    const bool domestic = fromStd(regionCode) == regionOrDefault(agentRegion);
    util.Format(number, domestic ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    return fromStd(formatted);
}

QString PhoneNumbers::regionOf(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return QString();
    std::string regionCode;
    util.GetRegionCodeForNumber(number, &regionCode);
    return regionCode == "ZZ" ? QString() : fromStd(regionCode);
}

QString PhoneNumbers::exampleNumber(const QString &region, PhoneNumberType type)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!util.GetExampleNumberForType(toStd(regionOrDefault(region)), toLibraryType(type), &number))
        return QString();
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    return fromStd(formatted);
}

} // namespace ContactDesk

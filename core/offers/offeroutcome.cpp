#include "offeroutcome.h"

#include "offer.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString offerOutcomeKindKey(OfferOutcomeKind kind)
{
    switch (kind) {
    case OfferOutcomeKind::Accepted:
        return u"accepted"_s;
    case OfferOutcomeKind::Declined:
        return u"declined"_s;
    case OfferOutcomeKind::NotNow:
        return u"not-now"_s;
    }
    Q_UNREACHABLE();
}

std::optional<OfferOutcomeKind> offerOutcomeKindFromKey(QStringView key)
{
    for (OfferOutcomeKind kind :
         {OfferOutcomeKind::Accepted, OfferOutcomeKind::Declined, OfferOutcomeKind::NotNow}) {
        if (key == offerOutcomeKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<DomainError> OfferOutcome::validate(bool requireInteraction) const
{
    const auto invalid = [](const QString &why) {
        return DomainError{OfferErrorCode::InvalidOutcome.toString(), why};
    };
    if (requireInteraction && interactionId <= 0)
        return invalid(u"an offer outcome is recorded on an interaction; the interaction id is missing"_s);
    if (offerId.isEmpty())
        return invalid(u"the offer id is missing"_s);
    if (revenueMinor < 0)
        return invalid(u"revenue must not be negative"_s);
    if (kind != OfferOutcomeKind::Accepted && revenueMinor != 0)
        return invalid(
            u"only an accepted offer has revenue (this one was %1)"_s.arg(offerOutcomeKindKey(kind)));
    if (currency.size() != 3)
        return invalid(u"currency '%1' is not an ISO 4217 code"_s.arg(currency));
    return std::nullopt;
}

} // namespace ContactDesk

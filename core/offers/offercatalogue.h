#pragma once

#include "offer.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// A catalogue as a JSON document: what `contactdesk-cli offers import` reads and what
// resources/demo/offers.json holds. The format is described in docs/OFFERS.md.
//
// Reading is strict: an unknown key, a wrong type or an invalid value refuses the whole document
// with an error naming the place, e.g. "offers[3].eligibility.segments[1]: unknown segment 'vip'".
struct OfferCatalogue
{
    QList<OfferProduct> products;
    QList<Offer> offers;

    static StoreResult<OfferCatalogue> fromJson(const QByteArray &json);
    // fromJson() of a file; errors start with the file's path.
    static StoreResult<OfferCatalogue> readFile(const QString &path);
    QJsonObject toJson() const;

    // The "eligibility" object of an offer, also how OfferRepository stores rules.
    static QJsonObject rulesToJson(const OfferRules &rules);
    static std::optional<DomainError> rulesFromJson(const QJsonValue &value, const QString &path,
                                                    OfferRules &rules);
};

} // namespace ContactDesk

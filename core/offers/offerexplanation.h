#pragma once

#include "offer.h"
#include "offeroutcome.h"
#include "offerrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ContactDesk {

// The short human reason that comes with a suggestion, built from the customer's data:
//   "Gold tier, consumer, owns Internet 500M, no IPTV Basic — 34% of 120 similar customers accepted"
// The core writes it in both languages the product ships; the agent workspace shows the one of
// the agent's UI language (the agent reads it, not the customer). The facts it was built from
// are kept beside the text for a UI that lays them out itself.
struct OfferExplanation
{
    QString textEn;
    QString textKo;
    QStringList ownedMentioned; // product ids named in the text, most relevant first
    // "Similar customers": the same offer made to customers of the same segment and value tier.
    OfferCounts similar;
    // True when the text quotes what similar customers did; false when there were too few of
    // them and it quotes the model's estimate instead.
    bool quotesSimilar = false;
    int percent = 0; // the acceptance percentage the text quotes

    QString text(const QString &language) const; // Korean for "ko...", English otherwise

    // `products` is the catalogue's product list: it names products and orders the mentions.
    static OfferExplanation describe(const Offer &offer, const OfferCustomerProfile &customer,
                                     const QList<OfferProduct> &products, const OfferCounts &similar,
                                     double estimatedAcceptance, int similarMinimum);
};

} // namespace ContactDesk

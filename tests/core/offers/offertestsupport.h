#pragma once

#include "offers/offer.h"
#include "offers/offerrequest.h"

#include <QList>
#include <QString>

namespace ContactDesk::OfferTest {

// 2026-01-01 00:00:00 UTC: every time in the offers tests is an offset from it.
inline constexpr qint64 T0 = 1767225600000;
inline constexpr qint64 Day = 24LL * 60 * 60 * 1000;

QList<OfferProduct> products();
// A cross-sell of IPTV Basic to Internet customers: valid around T0, marketing consent, 30-day
// cool-down, no other rules. Tests change what they examine.
Offer offer(const QString &id = QStringLiteral("cross-iptv"), const QString &product = QStringLiteral("iptv-basic"),
                                                                  qint64 marginMinor = 100'000);
// A Gold consumer, Korean, KR phone, two years a customer, with marketing consent, owning
// Internet 500M, calling by voice about "sales" at T0.
OfferRequest request();

} // namespace ContactDesk::OfferTest

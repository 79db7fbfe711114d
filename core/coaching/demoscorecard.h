#pragma once

#include "scorecard.h"

namespace ContactDesk {

// The scorecard a new installation can start coaching with, in English and Korean: "Customer
// service call" (id "customer-service-call") with Opening, Discovery, Resolution, Compliance and
// Closing. Compliance holds the two critical questions: the caller's identity was verified, and
// no card number was read back.
class DemoScorecard final
{
public:
    static constexpr QStringView Id = u"customer-service-call";

    static Scorecard customerServiceCall();
};

} // namespace ContactDesk

#pragma once

#include "domain/domainerror.h"

#include <QtGlobal>

#include <optional>

namespace ContactDesk {

class Database;

// The demo workspace's side of the offers: the sample catalogue (resources/demo/offers.json, at
// :/demo/offers.json) and, for every customer, the products they already have — internet, TV and
// mobile plans for households, business lines for companies — drawn from the customer's id so
// that the same database always gets the same portfolio. Without owned products most offers are
// not eligible (an upgrade needs something to upgrade), and the next-offer panel would teach
// nothing. All or nothing: on an error the database is as it was.
class DemoOfferPortfolio final
{
public:
    static std::optional<DomainError> seed(Database &database, qint64 nowMs);
};

} // namespace ContactDesk

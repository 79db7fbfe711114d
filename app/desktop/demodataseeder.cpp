#include "demodataseeder.h"

#include "coaching/democoaching.h"
#include "offers/demoofferportfolio.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/demodatagenerator.h"

#include <QProgressDialog>

#include <cstdio>

namespace ContactDesk {

std::optional<DomainError> DemoDataSeeder::seedIfEmpty(Database &database, qint64 nowMs, QWidget *parent)
{
    CustomerRepository customers(database);
    const auto count = customers.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return std::nullopt;

    QProgressDialog progress(tr("Preparing a demo workspace with sample customers…"), QString(), 0, 100,
                             parent);
    progress.setWindowTitle(tr("ContactDesk"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);

    DemoDataGenerator generator(database);
    generator.setProgressCallback([&progress](const DemoDataProgress &step) {
        // Customers are the first third of the work, interactions the rest.
        int percent = 0;
        const double fraction = step.total > 0 ? double(step.done) / double(step.total) : 0.0;
        switch (step.phase) {
        case DemoDataProgress::Phase::Preparing:
            percent = 0;
            break;
        case DemoDataProgress::Phase::Customers:
            percent = int(30 * fraction);
            break;
        case DemoDataProgress::Phase::Interactions:
            percent = 30 + int(65 * fraction);
            break;
        case DemoDataProgress::Phase::Committing:
            percent = 95;
            break;
        }
        progress.setValue(percent);
        return true;
    });

    DemoDataOptions options;
    options.customers = Customers;
    options.interactions = Interactions;
    options.nowMs = nowMs;
    std::optional<DemoDataSummary> summary;
    const auto written = database.transaction([&]() -> std::optional<DomainError> {
        auto generated = generator.generate(options);
        if (!generated)
            return generated.error();
        summary = *generated;
        // The sample offer catalogue and what the demo customers already own, for the next-offer
        // panel; in the same transaction, so a failure leaves the database empty as it was.
        return DemoOfferPortfolio::seed(database, nowMs);
    });
    progress.setValue(100);
    if (written)
        return written;
    std::fprintf(stderr, "contactdesk: new database: added %lld demo customers with %lld interactions\n",
                 static_cast<long long>(summary->customers), static_cast<long long>(summary->interactions));
    return std::nullopt;
}

std::optional<DomainError> DemoDataSeeder::seedCoachingIfNew(Database &database, RecordingArchive *archive,
                                                             qint64 nowMs)
{
    auto seeded = DemoCoaching::seedIfNoUsers(database, archive, nowMs);
    if (!seeded)
        return seeded.error();
    if (seeded->users > 0) {
        std::fprintf(
            stderr,
            "contactdesk: demo coaching: %lld accounts (passwords nobody knows: an admin sets one with "
            "contactdesk-cli user passwd), %lld recordings, %lld evaluations\n",
            static_cast<long long>(seeded->users), static_cast<long long>(seeded->recordings),
            static_cast<long long>(seeded->evaluations + seeded->drafts));
    }
    return std::nullopt;
}

} // namespace ContactDesk

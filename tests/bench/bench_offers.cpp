// Offer engine benchmark: a suggestion for one customer with 200 offers in the catalogue, from
// the engine in memory and through OfferAdvisor on SQLite (and, with CONTACTDESK_TEST_POSTGRES,
// PostgreSQL): customer, owned products and declines loaded, offers ranked and explained. Also
// the time to record an outcome (written durably, then learned) and the 100,000-round evaluation.
// A benchmark measures; it asserts nothing. Run: bench_offers [--offers N] [--suggestions N] [--json]
#include "domain/customer.h"
#include "domain/interaction.h"
#include "offers/customerproducts.h"
#include "offers/offeradvisor.h"
#include "offers/offercatalogue.h"
#include "offers/offerengine.h"
#include "offers/offerevaluation.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

const qint64 Now = OfferEvaluation::evaluationTimeMs();

struct Config
{
    int offers = 200;
    int learned = 50'000;     // outcomes the engine has learned before it is timed
    int suggestions = 20'000; // timed suggestions (in memory)
    int customers = 2'000;    // stored customers (SQLite, PostgreSQL)
    int storedSuggestions = 2'000;
    int outcomes = 500; // timed durable outcomes
    qint64 rounds = 100'000;
};

struct Percentiles
{
    int samples = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;

    QJsonObject toJson() const
    {
        return {{u"samples"_s, samples}, {u"p50Ms"_s, p50}, {u"p99Ms"_s, p99}, {u"maxMs"_s, max}};
    }
    QString text() const
    {
        return u"p50 %1 ms, p99 %2 ms, max %3 ms (%4 samples)"_s.arg(p50, 0, 'f', 3)
            .arg(p99, 0, 'f', 3)
            .arg(max, 0, 'f', 3)
            .arg(samples);
    }
};

Percentiles percentiles(QList<qint64> nanoseconds)
{
    Percentiles result;
    if (nanoseconds.isEmpty())
        return result;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double q) {
        return double(nanoseconds.at(
                   std::min<qsizetype>(nanoseconds.size() - 1, qsizetype(q * nanoseconds.size()))))
               / 1e6;
    };
    result.samples = int(nanoseconds.size());
    result.p50 = at(0.5);
    result.p99 = at(0.99);
    result.max = double(nanoseconds.last()) / 1e6;
    return result;
}

// An engine that has learned `outcomes` outcomes of the synthetic world's contacts (accepted one
// time in eight), so that every model has its cells.
void teach(OfferEngine &engine, int outcomes, quint64 seed)
{
    OfferRandom contacts(seed);
    for (int i = 0; i < outcomes; ++i) {
        OfferRequest request = OfferEvaluation::syntheticContact(contacts, Now);
        request.limit = 1;
        const QList<OfferSuggestion> top = engine.suggest(request);
        if (top.isEmpty())
            continue;
        OfferOutcome outcome;
        outcome.offerId = top.first().offer.id;
        outcome.context = top.first().context;
        outcome.kind = contacts.chance(0.125) ? OfferOutcomeKind::Accepted : OfferOutcomeKind::Declined;
        outcome.revenueMinor = outcome.accepted() ? top.first().offer.marginMinor : 0;
        engine.recordOutcome(outcome);
    }
}

QJsonObject benchEngine(const Config &config, QTextStream &out)
{
    QList<OfferProduct> products;
    QList<Offer> catalogue;
    OfferEvaluation::syntheticCatalogue(1, config.offers, Now, products, catalogue);
    OfferEngine engine(1);
    engine.setCatalogue(products, catalogue);
    QElapsedTimer timer;
    timer.start();
    teach(engine, config.learned, 2);
    const double learnMs = double(timer.nsecsElapsed()) / 1e6;

    OfferRandom contacts(3);
    QList<qint64> times;
    times.reserve(config.suggestions);
    qint64 suggested = 0;
    for (int i = 0; i < config.suggestions; ++i) {
        OfferRequest request = OfferEvaluation::syntheticContact(contacts, Now);
        request.limit = 3;
        request.explain = true;
        timer.restart();
        const QList<OfferSuggestion> suggestions = engine.suggest(request);
        times.append(timer.nsecsElapsed());
        suggested += suggestions.size();
    }
    const Percentiles suggest = percentiles(times);
    out << "engine in memory, " << config.offers << " offers, after " << config.learned << " outcomes ("
        << QString::number(learnMs / config.learned * 1000.0, 'f', 1) << " µs per outcome learned):\n"
        << "  suggest (rank all, explain top 3): " << suggest.text() << '\n';
    return {{u"offers"_s, config.offers},
            {u"learnedOutcomes"_s, config.learned},
            {u"learnMicrosecondsPerOutcome"_s, learnMs / config.learned * 1000.0},
            {u"suggest"_s, suggest.toJson()},
            {u"suggestionsReturned"_s, double(suggested)}};
}

QJsonObject benchStore(const Config &config, const QString &name, const QString &connection, QTextStream &out)
{
    Database database;
    if (auto error = database.open(connection)) {
        out << name << ": cannot open: " << error->message << '\n';
        return {{u"error"_s, error->message}};
    }
    OfferCatalogue catalogue;
    OfferEvaluation::syntheticCatalogue(1, config.offers, Now, catalogue.products, catalogue.offers);
    OfferAdvisor advisor(database, 1);
    if (auto error = advisor.load()) {
        out << name << ": " << error->message << '\n';
        return {{u"error"_s, error->message}};
    }
    if (auto summary = advisor.importCatalogue(catalogue, Now); !summary) {
        out << name << ": " << summary.error().message << '\n';
        return {{u"error"_s, summary.error().message}};
    }

    // Customers with what the synthetic world gives them: segment, tier, consent, products.
    QList<OfferRequest> contacts;
    QList<qint64> customerIds;
    OfferRandom random(5);
    CustomerRepository customers(database);
    CustomerProducts owned(database);
    database.transaction([&]() -> std::optional<DomainError> {
        for (int i = 0; i < config.customers; ++i) {
            const OfferRequest contact = OfferEvaluation::syntheticContact(random, Now);
            Customer customer;
            customer.givenName = u"Customer"_s;
            customer.familyName = QString::number(i);
            customer.segment = contact.customer.segment;
            customer.valueTier = contact.customer.valueTier;
            customer.preferredLanguage = contact.customer.language;
            customer.marketingConsent = contact.customer.marketingConsent;
            customer.createdAtMs = contact.customer.createdAtMs;
            ContactPoint phone;
            phone.kind = ContactKind::Phone;
            phone.value = u"+8210%1"_s.arg(20000000 + i);
            phone.primary = true;
            customer.contactPoints = {phone};
            if (auto error = customers.insert(customer))
                return error;
            QStringList products(contact.customer.ownedProducts.cbegin(),
                                 contact.customer.ownedProducts.cend());
            products.sort();
            if (auto error = owned.replace(customer.id, products, Now))
                return error;
            contacts.append(contact);
            customerIds.append(customer.id);
        }
        return std::nullopt;
    });

    // Durable outcomes: each one an interaction, then the outcome written and learned.
    InteractionRepository interactions(database);
    QList<qint64> recordTimes;
    QElapsedTimer timer;
    for (int i = 0; i < config.outcomes; ++i) {
        const int who = i % int(customerIds.size());
        auto suggestions = advisor.suggest(customerIds.at(who), contacts.at(who).channel,
                                           contacts.at(who).contactReason, Now, 1);
        if (!suggestions || suggestions->isEmpty())
            continue;
        Interaction interaction = Interaction::create(contacts.at(who).channel, Direction::Inbound, Now);
        interaction.customerId = customerIds.at(who);
        interaction.queueId = contacts.at(who).contactReason;
        if (interactions.insert(interaction))
            continue;
        timer.restart();
        auto recorded = advisor.recordOutcome(
            interaction.id, suggestions->first().offer.id,
            i % 8 == 0 ? OfferOutcomeKind::Accepted : OfferOutcomeKind::NotNow, std::nullopt, Now + i);
        recordTimes.append(timer.nsecsElapsed());
        if (!recorded)
            out << name << ": " << recorded.error().message << '\n';
    }

    QList<qint64> suggestTimes;
    for (int i = 0; i < config.storedSuggestions; ++i) {
        const int who = (i * 7919) % int(customerIds.size());
        timer.restart();
        auto suggestions = advisor.suggest(customerIds.at(who), contacts.at(who).channel,
                                           contacts.at(who).contactReason, Now, 3);
        suggestTimes.append(timer.nsecsElapsed());
        if (!suggestions)
            out << name << ": " << suggestions.error().message << '\n';
    }
    const Percentiles suggest = percentiles(suggestTimes);
    const Percentiles record = percentiles(recordTimes);
    // a benchmark's schema is not worth keeping on somebody's server
    if (database.backend() == DatabaseBackend::PostgreSql && !database.settings().schema.isEmpty())
        (void)database.executeDirect(u"DROP SCHEMA \"%1\" CASCADE"_s.arg(database.settings().schema));
    out << name << ", " << config.offers << " offers, " << config.customers << " customers:\n"
        << "  suggest (load customer, products, declines; rank; explain 3): " << suggest.text() << '\n'
        << "  record an outcome (write it and the model, commit, learn): " << record.text() << '\n';
    return {{u"suggest"_s, suggest.toJson()}, {u"recordOutcome"_s, record.toJson()}};
}

QJsonObject benchEvaluation(const Config &config, QTextStream &out)
{
    OfferEvaluationOptions options;
    options.rounds = config.rounds;
    options.seed = 1;
    OfferEvaluationResult result;
    QElapsedTimer timer;
    timer.start();
    OfferEvaluation::run(options, result);
    const qint64 ms = timer.elapsed();
    const QJsonObject json = result.toJson();
    out << "evaluation, " << config.rounds << " rounds, 40 offers, seed 1: " << ms << " ms; engine "
        << json.value(u"engine_vs_random_percent"_s).toDouble() << "% above random, "
        << json.value(u"engine_vs_highest_margin_percent"_s).toDouble() << "% above highest margin, "
        << json.value(u"engine_share_of_oracle_percent"_s).toDouble() << "% of the oracle\n";
    return {{u"rounds"_s, double(config.rounds)}, {u"elapsedMs"_s, double(ms)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Offer engine benchmark."_s);
    parser.addHelpOption();
    const QCommandLineOption offersOption(u"offers"_s, u"Offers in the catalogue (default 200)."_s, u"N"_s,
                                          u"200"_s);
    const QCommandLineOption suggestionsOption(
        u"suggestions"_s, u"Timed suggestions in memory (default 20000)."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object."_s);
    parser.addOptions({offersOption, suggestionsOption, jsonOption});
    parser.process(app);

    Config config;
    config.offers = std::clamp(parser.value(offersOption).toInt(), 5, 1000);
    config.suggestions = std::max(1, parser.value(suggestionsOption).toInt());

    QString text;
    QTextStream log(&text);
    QJsonObject result;
    result.insert(u"engine"_s, benchEngine(config, log));
    QTemporaryDir folder;
    result.insert(u"sqlite"_s, benchStore(config, u"SQLite"_s, folder.filePath(u"offers.sqlite"_s), log));
    const QString postgres = qEnvironmentVariable("CONTACTDESK_TEST_POSTGRES");
    if (!postgres.isEmpty()) {
        const QString schema = u"bench_offers_%1"_s.arg(QCoreApplication::applicationPid());
        result.insert(u"postgresql"_s,
                      benchStore(config, u"PostgreSQL"_s,
                                 postgres + (postgres.contains(u'?') ? u'&' : u'?') + u"schema="_s + schema,
                                 log));
    } else {
        log << "PostgreSQL: skipped (set CONTACTDESK_TEST_POSTGRES, or run through "
               "scripts/with-services.sh)\n";
    }
    result.insert(u"evaluation"_s, benchEvaluation(config, log));
    log.flush();

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    else
        out << text;
    return 0;
}

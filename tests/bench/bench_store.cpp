// Store benchmark: caller-ID lookup among 100,000 customers and the first timeline page of a
// customer with 10,000 interactions, on SQLite and (with CONTACTDESK_TEST_POSTGRES) PostgreSQL.
// A benchmark measures; it asserts nothing. Run: bench_store [--customers N] [--json] ...
#include "domain/customer.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1767225600000;

struct Config
{
    int customers = 100000;
    int lookups = 10000;
    int interactions = 10000;
    int pages = 1000;
    quint32 seed = 20260101;
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
};

Percentiles percentiles(QList<qint64> nanoseconds)
{
    Percentiles result;
    if (nanoseconds.isEmpty())
        return result;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    auto at = [&](double q) {
        const qsizetype index = qMin(nanoseconds.size() - 1, qsizetype(q * double(nanoseconds.size())));
        return double(nanoseconds.at(index)) / 1e6;
    };
    result.samples = int(nanoseconds.size());
    result.p50 = at(0.50);
    result.p99 = at(0.99);
    result.max = double(nanoseconds.constLast()) / 1e6;
    return result;
}

struct BackendResult
{
    QString backend;
    QString skipped; // why the back end was not measured
    QString error;   // why the run stopped
    double customersPerSecond = 0;
    double interactionsPerSecond = 0;
    Percentiles lookup;
    int lookupMisses = 0;
    Percentiles firstPage;
    Percentiles deepPage;

    QJsonObject toJson() const
    {
        if (!skipped.isEmpty())
            return {{u"skipped"_s, skipped}};
        if (!error.isEmpty())
            return {{u"error"_s, error}};
        return {{u"insertCustomersPerSecond"_s, customersPerSecond},
                {u"insertInteractionsPerSecond"_s, interactionsPerSecond},
                {u"lookupByPhone"_s, lookup.toJson()},
                {u"lookupMisses"_s, lookupMisses},
                {u"timelineFirstPage"_s, firstPage.toJson()},
                {u"timelineDeepPage"_s, deepPage.toJson()}};
    }
};

// Unique Korean mobile numbers: 010-2000-0000 upward in steps that are coprime to the range.
QString mobileDigits(int index)
{
    const qint64 subscriber = 20000000 + (qint64(index) * 37) % 80000000;
    return u"%1"_s.arg(subscriber, 8, 10, QLatin1Char('0'));
}

// The ways people write the same number, as agents and CTI connectors hand them to us.
QString writtenForm(const QString &digits, int form)
{
    const QString a = digits.left(4);
    const QString b = digits.mid(4);
    switch (form % 6) {
    case 0:
        return u"010"_s + digits;
    case 1:
        return u"010-%1-%2"_s.arg(a, b);
    case 2:
        return u"010 %1 %2"_s.arg(a, b);
    case 3:
        return u"+82 10-%1-%2"_s.arg(a, b);
    case 4:
        return u"+8210"_s + digits;
    default:
        return u"(010) %1-%2"_s.arg(a, b);
    }
}

std::optional<DomainError> fillCustomers(Database &database, const Config &config, QList<qint64> *ids)
{
    CustomerRepository customers(database);
    return database.transaction([&]() -> std::optional<DomainError> {
        for (int i = 0; i < config.customers; ++i) {
            Customer customer;
            customer.givenName = u"Customer"_s;
            customer.familyName = QString::number(i);
            customer.createdAtMs = T0;
            ContactPoint phone;
            phone.kind = ContactKind::Phone;
            phone.value = writtenForm(mobileDigits(i), 1);
            phone.primary = true;
            ContactPoint email;
            email.kind = ContactKind::Email;
            email.value = u"customer%1@example.com"_s.arg(i);
            customer.contactPoints = {phone, email};
            if (auto error = customers.insert(customer))
                return error;
            ids->append(customer.id);
        }
        return std::nullopt;
    });
}

std::optional<DomainError> fillTimeline(Database &database, const Config &config, qint64 customerId)
{
    InteractionRepository interactions(database);
    MessageRepository messages(database);
    const QList<Channel> channels = allChannels();
    return database.transaction([&]() -> std::optional<DomainError> {
        for (int i = 0; i < config.interactions; ++i) {
            Interaction interaction = Interaction::create(channels.at(i % channels.size()),
                                                          Direction::Inbound, T0 + qint64(i) * 60000);
            interaction.customerId = customerId;
            interaction.queueId = u"general"_s;
            interaction.subject = u"Contact %1"_s.arg(i);
            if (auto error = interactions.insert(interaction))
                return error;
            // A few messages on every tenth contact, so the page's message counts have work to do.
            for (int m = 0; i % 10 == 0 && m < 3; ++m) {
                Message message;
                message.interactionId = interaction.id;
                message.body = u"message %1"_s.arg(m);
                message.sentAtMs = T0 + qint64(i) * 60000 + m;
                if (auto error = messages.append(message))
                    return error;
            }
        }
        return std::nullopt;
    });
}

BackendResult measure(const QString &backend, const QString &connectionString, const Config &config,
                      QTextStream &progress)
{
    BackendResult result;
    result.backend = backend;
    Database database;
    if (auto error = database.open(connectionString)) {
        result.error = error->message;
        return result;
    }

    progress << backend << ": writing " << config.customers << " customers..." << Qt::endl;
    QList<qint64> ids;
    QElapsedTimer timer;
    timer.start();
    if (auto error = fillCustomers(database, config, &ids)) {
        result.error = error->message;
        return result;
    }
    result.customersPerSecond = config.customers / qMax(1e-9, double(timer.nsecsElapsed()) / 1e9);

    progress << backend << ": " << config.lookups << " lookups by phone..." << Qt::endl;
    CustomerRepository customers(database);
    std::mt19937 random(config.seed);
    std::uniform_int_distribution<int> pick(0, config.customers - 1);
    QList<qint64> samples;
    samples.reserve(config.lookups);
    for (int n = 0; n < config.lookups; ++n) {
        const int index = pick(random);
        const QString written = writtenForm(mobileDigits(index), n);
        timer.restart();
        auto found = customers.findByContactPoint(ContactKind::Phone, written);
        samples << timer.nsecsElapsed();
        if (!found || found->id != ids.at(index))
            ++result.lookupMisses;
    }
    result.lookup = percentiles(samples);

    progress << backend << ": writing " << config.interactions << " interactions for one customer..."
             << Qt::endl;
    const qint64 busyCustomer = ids.at(config.customers / 2);
    timer.restart();
    if (auto error = fillTimeline(database, config, busyCustomer)) {
        result.error = error->message;
        return result;
    }
    result.interactionsPerSecond = config.interactions / qMax(1e-9, double(timer.nsecsElapsed()) / 1e9);

    progress << backend << ": " << config.pages << " first pages and deep pages..." << Qt::endl;
    InteractionRepository interactions(database);
    TimelineQuery deep;
    deep.beforeCreatedMs = T0 + qint64(config.interactions / 10) * 60000;
    deep.beforeId = std::numeric_limits<qint64>::max();
    QList<qint64> first;
    QList<qint64> deepSamples;
    for (int n = 0; n < config.pages; ++n) {
        timer.restart();
        auto page = interactions.timeline(busyCustomer, TimelineQuery{});
        first << timer.nsecsElapsed();
        if (!page || page->entries.size() != qMin(50, config.interactions)) {
            result.error = page ? u"the first page came back short"_s : page.error().message;
            return result;
        }
        timer.restart();
        auto deepPage = interactions.timeline(busyCustomer, deep);
        deepSamples << timer.nsecsElapsed();
        if (!deepPage) {
            result.error = deepPage.error().message;
            return result;
        }
    }
    result.firstPage = percentiles(first);
    result.deepPage = percentiles(deepSamples);

    if (database.backend() == DatabaseBackend::PostgreSql && !database.settings().schema.isEmpty())
        (void)database.executeDirect(u"DROP SCHEMA \"%1\" CASCADE"_s.arg(database.settings().schema));
    return result;
}

void printTable(QTextStream &out, const Config &config, const QList<BackendResult> &results)
{
    out << "ContactDesk store benchmark: " << config.customers << " customers, " << config.lookups
        << " phone lookups in 6 written forms, " << config.interactions << " interactions on one customer, "
        << config.pages << " timeline pages of 50\n\n";
    out << qSetFieldWidth(12) << Qt::left << "backend" << qSetFieldWidth(34) << "operation"
        << qSetFieldWidth(10) << Qt::right << "p50 ms"
        << "p99 ms"
        << "max ms" << qSetFieldWidth(0) << '\n';
    for (const BackendResult &result : results) {
        if (!result.skipped.isEmpty() || !result.error.isEmpty()) {
            out << qSetFieldWidth(12) << Qt::left << result.backend << qSetFieldWidth(0)
                << (result.skipped.isEmpty() ? u"error: "_s + result.error : u"skipped: "_s + result.skipped)
                << '\n';
            continue;
        }
        const QList<std::pair<QString, Percentiles>> rows = {
            {u"customer lookup by phone"_s, result.lookup},
            {u"timeline first page"_s, result.firstPage},
            {u"timeline page at depth %1"_s.arg(config.interactions - config.interactions / 10),
             result.deepPage},
        };
        for (const auto &[name, p] : rows) {
            out << qSetFieldWidth(12) << Qt::left << result.backend << qSetFieldWidth(34) << name
                << qSetFieldWidth(10) << Qt::right << QString::number(p.p50, 'f', 3)
                << QString::number(p.p99, 'f', 3) << QString::number(p.max, 'f', 3) << qSetFieldWidth(0)
                << '\n';
        }
        out << qSetFieldWidth(12) << Qt::left << result.backend << qSetFieldWidth(0)
            << "bulk insert: " << qRound(result.customersPerSecond) << " customers/s, "
            << qRound(result.interactionsPerSecond)
            << " interactions/s (one transaction each); lookup misses: " << result.lookupMisses << '\n';
    }
    for (const BackendResult &result : results) {
        if (result.backend == u"sqlite" && result.error.isEmpty()) {
            out << "\nAim on SQLite: lookup p99 < 1 ms (" << (result.lookup.p99 < 1.0 ? "met" : "NOT met")
                << "), first page p99 < 10 ms (" << (result.firstPage.p99 < 10.0 ? "met" : "NOT met") << ")"
                << Qt::endl;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks ContactDesk's store on SQLite and PostgreSQL."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Customers to write (100000)."_s, u"N"_s);
    const QCommandLineOption lookupsOption(u"lookups"_s, u"Phone lookups to time (10000)."_s, u"N"_s);
    const QCommandLineOption interactionsOption(u"interactions"_s,
                                                u"Interactions of the busy customer (10000)."_s, u"N"_s);
    const QCommandLineOption pagesOption(u"pages"_s, u"Timeline pages to time (1000)."_s, u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object instead of the table."_s);
    const QCommandLineOption noPostgresOption(u"no-postgres"_s, u"Measure SQLite only."_s);
    parser.addOptions(
        {customersOption, lookupsOption, interactionsOption, pagesOption, jsonOption, noPostgresOption});
    parser.process(app);

    Config config;
    auto number = [&](const QCommandLineOption &option, int fallback) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return parser.isSet(option) && ok && value > 0 ? value : fallback;
    };
    config.customers = number(customersOption, config.customers);
    config.lookups = number(lookupsOption, config.lookups);
    config.interactions = number(interactionsOption, config.interactions);
    config.pages = number(pagesOption, config.pages);

    QTextStream out(stdout);
    QTextStream progress(stderr);
    QTemporaryDir folder;
    if (!folder.isValid()) {
        progress << "bench_store: cannot create a temporary folder\n";
        return 1;
    }

    QList<BackendResult> results;
    results << measure(u"sqlite"_s, folder.filePath(u"bench.sqlite"_s), config, progress);

    const QString postgres = qEnvironmentVariable("CONTACTDESK_TEST_POSTGRES");
    if (parser.isSet(noPostgresOption) || postgres.isEmpty()) {
        BackendResult skipped;
        skipped.backend = u"postgresql"_s;
        skipped.skipped =
            parser.isSet(noPostgresOption)
                ? u"--no-postgres"_s
                : u"CONTACTDESK_TEST_POSTGRES is not set (run through scripts/with-services.sh)"_s;
        results << skipped;
    } else {
        const QString schema =
            u"bench_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
        results << measure(u"postgresql"_s,
                           postgres + (postgres.contains(u'?') ? u'&' : u'?') + u"schema="_s + schema, config,
                           progress);
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject backends;
        for (const BackendResult &result : std::as_const(results))
            backends.insert(result.backend, result.toJson());
        const QJsonObject object{{u"customers"_s, config.customers},
                                 {u"lookups"_s, config.lookups},
                                 {u"interactions"_s, config.interactions},
                                 {u"pages"_s, config.pages},
                                 {u"backends"_s, backends}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        printTable(out, config, results);
    }
    const bool failed = std::any_of(results.cbegin(), results.cend(),
                                    [](const BackendResult &result) { return !result.error.isEmpty(); });
    return failed ? 1 : 0;
}

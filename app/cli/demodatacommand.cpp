#include "clicommand.h"
#include "store/database.h"
#include "store/demodatagenerator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace ContactDesk::Cli {

static constexpr const char *demoDataUsage =
    "Usage: contactdesk-cli demo-data --db DATABASE [--customers N] [--interactions M] [--seed S]\n"
    "         [--agents A] [--heavy-customer-interactions K] [--korean-percent P] [--days D]\n"
    "         [--now TIME] [--json] [--quiet]\n";

// A whole number in [minimum, maximum], or an error message naming the option.
static std::optional<qint64> parseCount(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Milliseconds since the epoch, or an ISO 8601 date-time; a time without an offset is UTC, so
// that the same command line means the same instant on every machine.
static std::optional<qint64> parseNow(const QString &text)
{
    bool isNumber = false;
    const qint64 ms = text.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return ms;
    QDateTime dateTime = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime = QDateTime(dateTime.date(), dateTime.time(), QTimeZone::utc());
    return dateTime.toMSecsSinceEpoch();
}

static QJsonObject summaryToJson(const DemoDataSummary &summary, const QString &database, qint64 elapsedMs)
{
    QJsonObject byChannel;
    for (Channel channel : allChannels())
        byChannel.insert(channelKey(channel), summary.interactionsByChannel.value(channel));
    QJsonObject object{
        {u"database"_s, database},
        // A string, because a 64-bit seed does not survive JSON's doubles.
        {u"seed"_s, QString::number(summary.seed)},
        {u"fromMs"_s, summary.fromMs},
        {u"nowMs"_s, summary.nowMs},
        {u"skills"_s, summary.skills},
        {u"queues"_s, summary.queues},
        {u"agents"_s, summary.agents},
        {u"customers"_s, summary.customers},
        {u"koreanCustomers"_s, summary.koreanCustomers},
        {u"englishCustomers"_s, summary.englishCustomers},
        {u"vipCustomers"_s, summary.vipCustomers},
        {u"contactPoints"_s, summary.contactPoints},
        {u"interactions"_s, summary.interactions},
        {u"interactionsByChannel"_s, byChannel},
        {u"abandonedInteractions"_s, summary.abandonedInteractions},
        {u"messages"_s, summary.messages},
        {u"workItems"_s, summary.workItems},
        {u"openWorkItems"_s, summary.openWorkItems},
        {u"elapsedMs"_s, elapsedMs},
    };
    if (summary.heavyCustomerId != 0)
        object.insert(u"heavyCustomerId"_s, summary.heavyCustomerId);
    return object;
}

static QString utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int runDemoDataCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write a deterministic demo data set into an empty database."_s);
    const QCommandLineOption dbOption(u"db"_s, u"Database: a SQLite file or postgresql://... (required)."_s,
                                      u"DATABASE"_s);
    const QCommandLineOption customersOption(u"customers"_s, u"Number of customers (default 300)."_s, u"N"_s,
                                             u"300"_s);
    const QCommandLineOption interactionsOption(
        u"interactions"_s, u"Number of interactions (default 3000)."_s, u"M"_s, u"3000"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed; the same seed and --now give the same data (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption agentsOption(
        u"agents"_s, u"Number of agents (default: scaled to the customers)."_s, u"A"_s, u"0"_s);
    const QCommandLineOption heavyOption(u"heavy-customer-interactions"_s,
                                         u"Extra interactions for the first customer (default 0)."_s, u"K"_s,
                                         u"0"_s);
    const QCommandLineOption koreanOption(u"korean-percent"_s, u"Share of Korean customers (default 60)."_s,
                                          u"P"_s, u"60"_s);
    const QCommandLineOption daysOption(u"days"_s, u"Days of history before --now (default 180)."_s, u"D"_s,
                                        u"180"_s);
    const QCommandLineOption nowOption(
        u"now"_s,
        u"End of the history: ms since the epoch or ISO 8601, UTC unless it has an"
        " offset (default: the current time; pass it for reproducible data)."_s,
        u"TIME"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object."_s);
    const QCommandLineOption quietOption(u"quiet"_s, u"No progress on standard error."_s);
    parser.addOptions({dbOption, customersOption, interactionsOption, seedOption, agentsOption, heavyOption,
                       koreanOption, daysOption, nowOption, jsonOption, quietOption});

    auto usageError = [&](const QString &message) {
        context.err << "contactdesk-cli demo-data: " << message << '\n' << demoDataUsage;
        return ExitUsage;
    };
    if (!parser.parse(QStringList{u"demo-data"_s} + context.arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(dbOption) || parser.value(dbOption).trimmed().isEmpty())
        return usageError(u"--db is required (a SQLite file or a postgresql:// URL)"_s);

    DemoDataOptions options;
    struct CountOption
    {
        const QCommandLineOption &option;
        qint64 minimum;
        qint64 maximum;
        int &target;
    };
    const CountOption counts[] = {
        {customersOption, 1, DemoDataOptions::MaxCustomers, options.customers},
        {interactionsOption, 0, DemoDataOptions::MaxInteractions, options.interactions},
        {agentsOption, 0, DemoDataOptions::MaxAgents, options.agents},
        {heavyOption, 0, DemoDataOptions::MaxInteractions, options.heavyCustomerInteractions},
        {koreanOption, 0, 100, options.koreanPercent},
        {daysOption, DemoDataOptions::MinHistoryDays, DemoDataOptions::MaxHistoryDays, options.historyDays},
    };
    for (const CountOption &count : counts) {
        const QString text = parser.value(count.option);
        const auto value = parseCount(text, count.minimum, count.maximum);
        if (!value) {
            return usageError(
                u"--%1 takes a whole number from %2 to %3, not '%4'"_s.arg(count.option.names().first())
                    .arg(count.minimum)
                    .arg(count.maximum)
                    .arg(text));
        }
        count.target = int(*value);
    }
    bool seedOk = false;
    options.seed = parser.value(seedOption).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return usageError(u"--seed takes a whole number from 0 to 18446744073709551615, not '%1'"_s.arg(
            parser.value(seedOption)));
    if (parser.isSet(nowOption)) {
        const auto now = parseNow(parser.value(nowOption));
        if (!now) {
            return usageError(u"--now takes milliseconds since 1970 or an ISO 8601 time such as"
                              " 2024-06-30T09:00:00Z, not '%1'"_s.arg(parser.value(nowOption)));
        }
        options.nowMs = *now;
    } else {
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (auto error = options.validate())
        return usageError(error->message);

    const bool json = parser.isSet(jsonOption);
    const bool showProgress = !json && !parser.isSet(quietOption);

    Database database;
    if (auto error = database.open(parser.value(dbOption))) {
        context.err << "contactdesk-cli demo-data: cannot open the database: " << error->message << '\n';
        return ExitFailure;
    }

    DemoDataGenerator generator(database);
    if (showProgress) {
        // One line per tenth of each phase keeps a log readable at any size.
        int lastTenth = -1;
        DemoDataProgress::Phase lastPhase = DemoDataProgress::Phase::Preparing;
        generator.setProgressCallback([&](const DemoDataProgress &progress) {
            if (progress.phase != lastPhase) {
                lastPhase = progress.phase;
                lastTenth = -1;
            }
            const int tenth = progress.total > 0 ? int(progress.done * 10 / progress.total) : 10;
            if (tenth != lastTenth
                && (progress.phase == DemoDataProgress::Phase::Customers
                    || progress.phase == DemoDataProgress::Phase::Interactions)) {
                lastTenth = tenth;
                context.err << demoDataPhaseKey(progress.phase) << ' ' << progress.done << '/'
                            << progress.total << '\n';
                context.err.flush();
            }
            return true;
        });
    }

    QElapsedTimer timer;
    timer.start();
    const auto result = generator.generate(options);
    const qint64 elapsedMs = timer.elapsed();
    const QString where = database.settings().displayString();
    if (!result) {
        context.err << "contactdesk-cli demo-data: nothing was written to " << where << ": "
                    << result.error().message << '\n';
        return ExitFailure;
    }

    const DemoDataSummary &summary = result.value();
    if (json) {
        printJson(context.out, QJsonDocument(summaryToJson(summary, where, elapsedMs)));
        return ExitOk;
    }
    context.out << "Demo data written to " << where << " (seed " << QString::number(summary.seed) << ", "
                << utcDate(summary.fromMs) << " to " << utcDate(summary.nowMs) << ")\n"
                << "  skills          " << summary.skills << '\n'
                << "  queues          " << summary.queues << '\n'
                << "  agents          " << summary.agents << '\n'
                << "  customers       " << summary.customers << " (" << summary.koreanCustomers << " Korean, "
                << summary.englishCustomers << " English, " << summary.vipCustomers << " VIP)\n"
                << "  contact points  " << summary.contactPoints << '\n'
                << "  interactions    " << summary.interactions << " (";
    bool first = true;
    for (Channel channel : allChannels()) {
        context.out << (first ? "" : ", ") << channelKey(channel) << ' '
                    << summary.interactionsByChannel.value(channel);
        first = false;
    }
    context.out << ")\n"
                << "  abandoned       " << summary.abandonedInteractions << '\n'
                << "  messages        " << summary.messages << '\n'
                << "  work items      " << summary.workItems << " (" << summary.openWorkItems << " open)\n";
    if (summary.heavyCustomerId != 0)
        context.out << "  heavy customer  id " << summary.heavyCustomerId << '\n';
    context.out << "  took            " << QString::number(double(elapsedMs) / 1000.0, 'f', 1) << " s\n";
    return ExitOk;
}

} // namespace ContactDesk::Cli

#include "clicommand.h"
#include "offers/offeradvisor.h"
#include "offers/offercatalogue.h"
#include "offers/offerevaluation.h"
#include "offers/offerreports.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ContactDesk::Cli {

static constexpr const char *offersUsage =
    "Usage: contactdesk-cli offers import FILE.json [--db DB] [--json]\n"
    "       contactdesk-cli offers suggest --customer ID [--db DB] [--channel C] [--reason QUEUE] [--limit "
    "N]\n"
    "                                      [--language ko|en] [--seed S] [--now TIME] [--json]\n"
    "       contactdesk-cli offers record --interaction ID --offer OFFER --outcome "
    "accepted|declined|not-now\n"
    "                                     [--revenue AMOUNT] [--agent ID] [--db DB] [--now TIME] [--json]\n"
    "       contactdesk-cli offers report --by offer|agent|segment [--from TIME] [--to TIME] [--db DB] "
    "[--json]\n"
    "       contactdesk-cli offers evaluate [--rounds N] [--seed S] [--offers K] [--json]\n";

// The largest seed that survives a round trip through a JSON number.
static constexpr quint64 MaxJsonSeed = 9007199254740991ULL;

namespace {

// One subcommand's parser with the options they share, and the usage error they all report.
class OffersCommandLine
{
public:
    OffersCommandLine(CommandContext &context, const QString &subcommand)
        : m_context(context)
        , m_subcommand(subcommand)
        , m_db(
              u"db"_s,
              u"Database: a SQLite file, :memory: or postgresql://... (default: the user's ContactDesk database)."_s,
              u"DB"_s)
        , m_json(u"json"_s, u"Print one JSON object."_s)
        , m_now(u"now"_s,
                u"The time: ms since the epoch or ISO 8601, UTC unless it has an offset (default: now)."_s,
                u"TIME"_s)
    {}

    QCommandLineParser parser;
    const QCommandLineOption &db() const { return m_db; }
    const QCommandLineOption &json() const { return m_json; }
    const QCommandLineOption &now() const { return m_now; }

    bool parse(const QStringList &arguments)
    {
        parser.addOption(m_db);
        parser.addOption(m_json);
        if (!parser.parse(QStringList{u"offers "_s + m_subcommand} + arguments)) {
            usageError(parser.errorText());
            return false;
        }
        return true;
    }

    int usageError(const QString &message)
    {
        m_context.err << "contactdesk-cli offers " << m_subcommand << ": " << message << '\n' << offersUsage;
        return ExitUsage;
    }

    int failure(const QString &message)
    {
        m_context.err << "contactdesk-cli offers " << m_subcommand << ": " << message << '\n';
        return ExitFailure;
    }

    bool wantsJson() const { return parser.isSet(m_json); }

    // The --now time, or the wall clock: the CLI is the one place the offers room reads it.
    std::optional<qint64> nowMs() const
    {
        if (!parser.isSet(m_now))
            return QDateTime::currentMSecsSinceEpoch();
        return parseTime(parser.value(m_now));
    }

    static std::optional<qint64> parseTime(const QString &text)
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

    static std::optional<qint64> parseWhole(const QString &text, qint64 minimum, qint64 maximum)
    {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok || value < minimum || value > maximum)
            return std::nullopt;
        return value;
    }

private:
    CommandContext &m_context;
    QString m_subcommand;
    QCommandLineOption m_db;
    QCommandLineOption m_json;
    QCommandLineOption m_now;
};

QString money(qint64 minor, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    double value = double(minor);
    for (int i = 0; i < digits; ++i)
        value /= 10.0;
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', digits) + u' ' + currency;
}

QString percent(double rate)
{
    return QString::number(100.0 * rate, 'f', 1) + u'%';
}

std::optional<DomainError> openAndLoad(Database &database, OfferAdvisor *advisor, const QString &connection)
{
    if (auto error = database.open(connection))
        return error;
    if (advisor)
        return advisor->load();
    return std::nullopt;
}

} // namespace

static int runImport(CommandContext &context)
{
    OffersCommandLine line(context, u"import"_s);
    line.parser.addPositionalArgument(u"FILE"_s, u"The catalogue, a JSON file (see docs/OFFERS.md)."_s);
    if (!line.parse(context.arguments))
        return ExitUsage;
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 1)
        return line.usageError(u"name one catalogue file"_s);
    const QString file = positional.first();

    // The file is read and checked completely before the database is touched.
    auto catalogue = OfferCatalogue::readFile(file);
    if (!catalogue) {
        if (line.wantsJson()) {
            printJson(context.out, QJsonDocument(QJsonObject{{u"file"_s, file},
                                                             {u"refused"_s, true},
                                                             {u"refusal"_s, catalogue.error().message}}));
        }
        return line.failure(u"nothing was imported: "_s + catalogue.error().message);
    }

    Database database;
    OfferAdvisor advisor(database);
    if (auto error = openAndLoad(database, &advisor, line.parser.value(line.db())))
        return line.failure(error->message);
    auto summary = advisor.importCatalogue(catalogue.value(), QDateTime::currentMSecsSinceEpoch());
    if (!summary) {
        if (line.wantsJson()) {
            printJson(context.out,
                      QJsonDocument(QJsonObject{
                          {u"file"_s, file}, {u"refused"_s, true}, {u"refusal"_s, summary.error().message}}));
        }
        return line.failure(u"nothing was imported: %1: %2"_s.arg(file, summary.error().message));
    }
    if (line.wantsJson()) {
        printJson(context.out, QJsonDocument(QJsonObject{{u"file"_s, file},
                                                         {u"database"_s, database.settings().displayString()},
                                                         {u"refused"_s, false},
                                                         {u"products_added"_s, summary->productsAdded},
                                                         {u"products_updated"_s, summary->productsUpdated},
                                                         {u"offers_added"_s, summary->offersAdded},
                                                         {u"offers_updated"_s, summary->offersUpdated}}));
    } else {
        context.out << "Imported " << catalogue->offers.size() << " offers (" << summary->offersAdded
                    << " new, " << summary->offersUpdated << " updated) and " << catalogue->products.size()
                    << " products (" << summary->productsAdded << " new, " << summary->productsUpdated
                    << " updated) from " << file << " into " << database.settings().displayString() << '\n';
    }
    return ExitOk;
}

static QJsonObject suggestionToJson(const OfferSuggestion &suggestion)
{
    QJsonArray owned;
    for (const QString &product : suggestion.explanation.ownedMentioned)
        owned.append(product);
    return QJsonObject{
        {u"rank"_s, suggestion.rank},
        {u"offer"_s, suggestion.offer.id},
        {u"name_en"_s, suggestion.offer.nameEn},
        {u"name_ko"_s, suggestion.offer.nameKo},
        {u"category"_s, offerCategoryKey(suggestion.offer.category)},
        {u"product"_s, suggestion.offer.productId},
        {u"margin_minor"_s, double(suggestion.offer.marginMinor)},
        {u"currency"_s, suggestion.offer.currency},
        {u"acceptance_probability"_s, suggestion.acceptanceProbability},
        {u"expected_value_minor"_s, suggestion.expectedValueMinor},
        {u"exploring"_s, suggestion.exploring},
        {u"reason_en"_s, suggestion.explanation.textEn},
        {u"reason_ko"_s, suggestion.explanation.textKo},
        {u"similar_offered"_s, double(suggestion.explanation.similar.offered)},
        {u"similar_accepted"_s, double(suggestion.explanation.similar.accepted)},
        {u"owned_mentioned"_s, owned},
    };
}

static int runSuggest(CommandContext &context)
{
    OffersCommandLine line(context, u"suggest"_s);
    const QCommandLineOption customerOption(u"customer"_s, u"The customer's id."_s, u"ID"_s);
    const QCommandLineOption channelOption(u"channel"_s, u"The contact's channel (default voice)."_s, u"C"_s,
                                           u"voice"_s);
    const QCommandLineOption reasonOption(u"reason"_s, u"The contact reason: its queue id."_s, u"QUEUE"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"How many suggestions (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption languageOption(u"language"_s, u"Language of the reasons (default en)."_s,
                                            u"ko|en"_s, u"en"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the exploration (default 1)."_s, u"S"_s, u"1"_s);
    line.parser.addOptions(
        {customerOption, channelOption, reasonOption, limitOption, languageOption, seedOption, line.now()});
    if (!line.parse(context.arguments))
        return ExitUsage;
    if (!line.parser.positionalArguments().isEmpty())
        return line.usageError(u"unexpected argument '%1'"_s.arg(line.parser.positionalArguments().first()));
    const auto customerId = OffersCommandLine::parseWhole(line.parser.value(customerOption), 1,
                                                          std::numeric_limits<qint64>::max());
    if (!customerId)
        return line.usageError(u"--customer takes a customer id"_s);
    const auto channel = channelFromKey(line.parser.value(channelOption));
    if (!channel) {
        return line.usageError(u"--channel takes voice, chat, email, sms, social or workitem, not '%1'"_s.arg(
            line.parser.value(channelOption)));
    }
    const auto limit = OffersCommandLine::parseWhole(line.parser.value(limitOption), 1, 1000);
    if (!limit)
        return line.usageError(u"--limit takes a whole number from 1 to 1000"_s);
    const auto seed = OffersCommandLine::parseWhole(line.parser.value(seedOption), 0, qint64(MaxJsonSeed));
    if (!seed)
        return line.usageError(u"--seed takes a whole number from 0 to %1"_s.arg(MaxJsonSeed));
    const QString language = line.parser.value(languageOption);
    const auto nowMs = line.nowMs();
    if (!nowMs)
        return line.usageError(u"--now takes ms since the epoch or an ISO 8601 time"_s);

    Database database;
    OfferAdvisor advisor(database, quint64(*seed));
    if (auto error = openAndLoad(database, &advisor, line.parser.value(line.db())))
        return line.failure(error->message);
    auto suggestions =
        advisor.suggest(*customerId, *channel, line.parser.value(reasonOption), *nowMs, int(*limit));
    if (!suggestions)
        return line.failure(suggestions.error().message);

    if (line.wantsJson()) {
        QJsonArray array;
        for (const OfferSuggestion &suggestion : std::as_const(suggestions.value()))
            array.append(suggestionToJson(suggestion));
        printJson(context.out, QJsonDocument(QJsonObject{{u"customer"_s, double(*customerId)},
                                                         {u"channel"_s, channelKey(*channel)},
                                                         {u"reason"_s, line.parser.value(reasonOption)},
                                                         {u"suggestions"_s, array}}));
        return ExitOk;
    }
    if (suggestions->isEmpty()) {
        context.out << "No offer is eligible for customer " << *customerId << " now.\n";
        return ExitOk;
    }
    for (const OfferSuggestion &suggestion : std::as_const(suggestions.value())) {
        context.out << suggestion.rank << ". " << suggestion.offer.name(language) << " ["
                    << suggestion.offer.id << "]  margin "
                    << money(suggestion.offer.marginMinor, suggestion.offer.currency) << ", expected "
                    << money(qRound64(suggestion.expectedValueMinor), suggestion.offer.currency) << " ("
                    << percent(suggestion.acceptanceProbability) << " acceptance)"
                    << (suggestion.exploring ? ", exploring" : "") << "\n   " << suggestion.reason(language)
                    << '\n';
    }
    return ExitOk;
}

static int runRecord(CommandContext &context)
{
    OffersCommandLine line(context, u"record"_s);
    const QCommandLineOption interactionOption(u"interaction"_s, u"The interaction the offer was made on."_s,
                                               u"ID"_s);
    const QCommandLineOption offerOption(u"offer"_s, u"The offer's id."_s, u"OFFER"_s);
    const QCommandLineOption outcomeOption(u"outcome"_s, u"accepted, declined or not-now."_s, u"OUTCOME"_s);
    const QCommandLineOption revenueOption(
        u"revenue"_s, u"Revenue of an accepted offer in minor units (default: the offer's margin)."_s,
        u"AMOUNT"_s);
    const QCommandLineOption agentOption(u"agent"_s, u"The agent (default: the interaction's)."_s, u"ID"_s);
    line.parser.addOptions(
        {interactionOption, offerOption, outcomeOption, revenueOption, agentOption, line.now()});
    if (!line.parse(context.arguments))
        return ExitUsage;
    if (!line.parser.positionalArguments().isEmpty())
        return line.usageError(u"unexpected argument '%1'"_s.arg(line.parser.positionalArguments().first()));
    const qint64 maxId = std::numeric_limits<qint64>::max();
    const auto interactionId = OffersCommandLine::parseWhole(line.parser.value(interactionOption), 1, maxId);
    if (!interactionId)
        return line.usageError(u"--interaction takes an interaction id"_s);
    const QString offerId = line.parser.value(offerOption).trimmed();
    if (offerId.isEmpty())
        return line.usageError(u"--offer is required"_s);
    const auto kind = offerOutcomeKindFromKey(line.parser.value(outcomeOption));
    if (!kind) {
        return line.usageError(u"--outcome takes accepted, declined or not-now, not '%1'"_s.arg(
            line.parser.value(outcomeOption)));
    }
    std::optional<qint64> revenue;
    if (line.parser.isSet(revenueOption)) {
        revenue = OffersCommandLine::parseWhole(line.parser.value(revenueOption), 0, maxId);
        if (!revenue)
            return line.usageError(u"--revenue takes a whole amount in minor units (KRW: won)"_s);
    }
    qint64 agentId = 0;
    if (line.parser.isSet(agentOption)) {
        const auto agent = OffersCommandLine::parseWhole(line.parser.value(agentOption), 1, maxId);
        if (!agent)
            return line.usageError(u"--agent takes an agent id"_s);
        agentId = *agent;
    }
    const auto nowMs = line.nowMs();
    if (!nowMs)
        return line.usageError(u"--now takes ms since the epoch or an ISO 8601 time"_s);

    Database database;
    OfferAdvisor advisor(database);
    if (auto error = openAndLoad(database, &advisor, line.parser.value(line.db())))
        return line.failure(error->message);
    auto outcome = advisor.recordOutcome(*interactionId, offerId, *kind, revenue, *nowMs, agentId);
    if (!outcome)
        return line.failure(outcome.error().message);
    if (line.wantsJson()) {
        printJson(context.out, QJsonDocument(QJsonObject{
                                   {u"id"_s, double(outcome->id)},
                                   {u"interaction"_s, double(outcome->interactionId)},
                                   {u"offer"_s, outcome->offerId},
                                   {u"outcome"_s, offerOutcomeKindKey(outcome->kind)},
                                   {u"revenue_minor"_s, double(outcome->revenueMinor)},
                                   {u"acceptance_probability"_s,
                                    advisor.engine().estimatedAcceptance(outcome->offerId, outcome->context)},
                               }));
    } else {
        context.out << "Recorded: offer " << outcome->offerId << " " << offerOutcomeKindKey(outcome->kind)
                    << " on interaction " << outcome->interactionId;
        if (outcome->accepted())
            context.out << ", revenue " << money(outcome->revenueMinor, outcome->currency);
        context.out << ". Estimated acceptance in this context is now "
                    << percent(advisor.engine().estimatedAcceptance(outcome->offerId, outcome->context))
                    << ".\n";
    }
    return ExitOk;
}

static int runReport(CommandContext &context)
{
    OffersCommandLine line(context, u"report"_s);
    const QCommandLineOption byOption(u"by"_s, u"offer, agent or segment."_s, u"GROUPING"_s, u"offer"_s);
    const QCommandLineOption fromOption(u"from"_s, u"Start of the period (default: the beginning)."_s,
                                        u"TIME"_s);
    const QCommandLineOption toOption(u"to"_s, u"End of the period, exclusive (default: no end)."_s,
                                      u"TIME"_s);
    line.parser.addOptions({byOption, fromOption, toOption});
    if (!line.parse(context.arguments))
        return ExitUsage;
    if (!line.parser.positionalArguments().isEmpty())
        return line.usageError(u"unexpected argument '%1'"_s.arg(line.parser.positionalArguments().first()));
    const auto grouping = offerReportGroupingFromKey(line.parser.value(byOption));
    if (!grouping)
        return line.usageError(
            u"--by takes offer, agent or segment, not '%1'"_s.arg(line.parser.value(byOption)));
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const auto &[option, target] : {std::pair{&fromOption, &fromMs}, std::pair{&toOption, &toMs}}) {
        if (!line.parser.isSet(*option))
            continue;
        const auto time = OffersCommandLine::parseTime(line.parser.value(*option));
        if (!time)
            return line.usageError(
                u"--%1 takes ms since the epoch or an ISO 8601 time"_s.arg(option->names().first()));
        *target = *time;
    }

    Database database;
    if (auto error = openAndLoad(database, nullptr, line.parser.value(line.db())))
        return line.failure(error->message);
    OfferReports reports(database);
    auto rows = reports.report(*grouping, fromMs, toMs);
    if (!rows)
        return line.failure(rows.error().message);
    if (line.wantsJson()) {
        QJsonArray array;
        for (const OfferReportRow &row : std::as_const(rows.value())) {
            array.append(QJsonObject{{u"key"_s, row.key},
                                     {u"label"_s, row.label},
                                     {u"label_ko"_s, row.labelKo},
                                     {u"offered"_s, double(row.offered)},
                                     {u"accepted"_s, double(row.accepted)},
                                     {u"declined"_s, double(row.declined)},
                                     {u"not_now"_s, double(row.notNow)},
                                     {u"acceptance_rate"_s, row.acceptanceRate()},
                                     {u"revenue_minor"_s, double(row.revenueMinor)},
                                     {u"currency"_s, row.currency}});
        }
        printJson(context.out, QJsonDocument(QJsonObject{{u"by"_s, offerReportGroupingKey(*grouping)},
                                                         {u"rows"_s, array}}));
        return ExitOk;
    }
    if (rows->isEmpty()) {
        context.out << "No offer outcomes in this period.\n";
        return ExitOk;
    }
    context.out << "by " << offerReportGroupingKey(*grouping) << ": offered, accepted, declined, not now, "
                << "acceptance, revenue (one line per currency)\n";
    for (const OfferReportRow &row : std::as_const(rows.value())) {
        context.out << "  " << (row.label.isEmpty() ? u"(none)"_s : row.label) << ": " << row.offered << ", "
                    << row.accepted << ", " << row.declined << ", " << row.notNow << ", "
                    << percent(row.acceptanceRate()) << ", " << row.revenueMinor << ' ' << row.currency
                    << '\n';
    }
    return ExitOk;
}

static int runEvaluate(CommandContext &context)
{
    OffersCommandLine line(context, u"evaluate"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Simulated contacts (default 100000)."_s, u"N"_s,
                                          u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the simulated world (default 1)."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption offersOption(u"offers"_s, u"Offers in the synthetic catalogue (default 40)."_s,
                                          u"K"_s, u"40"_s);
    line.parser.addOptions({roundsOption, seedOption, offersOption});
    if (!line.parse(context.arguments))
        return ExitUsage;
    if (!line.parser.positionalArguments().isEmpty())
        return line.usageError(u"unexpected argument '%1'"_s.arg(line.parser.positionalArguments().first()));

    OfferEvaluationOptions options;
    const auto rounds =
        OffersCommandLine::parseWhole(line.parser.value(roundsOption), 1, OfferEvaluationOptions::MaxRounds);
    if (!rounds)
        return line.usageError(
            u"--rounds takes a whole number from 1 to %1"_s.arg(OfferEvaluationOptions::MaxRounds));
    const auto seed = OffersCommandLine::parseWhole(line.parser.value(seedOption), 0, qint64(MaxJsonSeed));
    if (!seed)
        return line.usageError(u"--seed takes a whole number from 0 to %1"_s.arg(MaxJsonSeed));
    const auto offers =
        OffersCommandLine::parseWhole(line.parser.value(offersOption), OfferEvaluationOptions::MinOffers,
                                      OfferEvaluationOptions::MaxOffers);
    if (!offers) {
        return line.usageError(
            u"--offers takes a whole number from %1 to %2"_s.arg(OfferEvaluationOptions::MinOffers)
                .arg(OfferEvaluationOptions::MaxOffers));
    }
    options.rounds = *rounds;
    options.seed = quint64(*seed);
    options.offers = int(*offers);

    QElapsedTimer timer;
    timer.start();
    OfferEvaluationResult result;
    if (auto error = OfferEvaluation::run(options, result))
        return line.failure(error->message);
    if (line.wantsJson()) {
        // No timings in the JSON: the same seed must print the same text.
        printJson(context.out, QJsonDocument(result.toJson()));
        return ExitOk;
    }
    const auto row = [&](const char *name, qint64 revenue, qint64 accepted) {
        context.out << "  " << name << money(revenue, u"KRW"_s) << "  (" << accepted << " accepted)\n";
    };
    context.out << result.rounds << " contacts, " << result.offers << " offers, seed " << result.seed << " ("
                << timer.elapsed() << " ms)\n";
    row("engine          ", result.engineRevenue, result.engineAccepted);
    row("random eligible ", result.randomRevenue, result.randomAccepted);
    row("highest margin  ", result.highestMarginRevenue, result.highestMarginAccepted);
    row("oracle          ", result.oracleRevenue, result.oracleAccepted);
    const QJsonObject json = result.toJson();
    context.out << "engine vs random: " << json.value(u"engine_vs_random_percent"_s).toDouble()
                << "%, vs highest margin: " << json.value(u"engine_vs_highest_margin_percent"_s).toDouble()
                << "%, share of oracle: " << json.value(u"engine_share_of_oracle_percent"_s).toDouble()
                << "%\n";
    context.out << "regret (oracle − engine) at the end: "
                << money(result.oracleRevenue - result.engineRevenue, u"KRW"_s) << '\n';
    return ExitOk;
}

int runOffersCommand(CommandContext &context)
{
    if (context.arguments.isEmpty()) {
        context.err << offersUsage;
        return ExitUsage;
    }
    const QString subcommand = context.arguments.first();
    // "offers SUBCOMMAND --help" asks for the usage, like "offers --help"; it is not an error.
    const QStringList arguments = context.arguments.mid(1);
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        context.out << offersUsage;
        return ExitOk;
    }
    CommandContext rest{arguments, context.out, context.err};
    if (subcommand == QLatin1String("import"))
        return runImport(rest);
    if (subcommand == QLatin1String("suggest"))
        return runSuggest(rest);
    if (subcommand == QLatin1String("record"))
        return runRecord(rest);
    if (subcommand == QLatin1String("report"))
        return runReport(rest);
    if (subcommand == QLatin1String("evaluate"))
        return runEvaluate(rest);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        context.out << offersUsage;
        return ExitOk;
    }
    context.err << "contactdesk-cli offers: unknown subcommand '" << subcommand << "'\n" << offersUsage;
    return ExitUsage;
}

} // namespace ContactDesk::Cli

#include "clicommand.h"
#include "security/accounterrors.h"
#include "security/passwordhasher.h"
#include "security/role.h"
#include "security/user.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace ContactDesk::Cli {

static constexpr const char *userUsage =
    "Usage: contactdesk-cli user add LOGIN --name NAME --role agent|team-lead|supervisor|admin [--agent "
    "AGENT_LOGIN]"
    " [--db DB]\n"
    "       contactdesk-cli user passwd LOGIN [--db DB]\n"
    "       contactdesk-cli user disable LOGIN [--db DB]\n"
    "       contactdesk-cli user enable LOGIN [--db DB]\n"
    "       contactdesk-cli user list [--db DB] [--json]\n"
    "Passwords are read from standard input (one line), never from the command line; on a terminal\n"
    "the password is asked for twice without echo.\n";

// Longer lines than this are not read to the end: no policy accepts them anyway.
static constexpr size_t MaxPasswordLineBytes = 64 * 1024;

namespace {

// Echo off while a password is typed, and back on however the prompt ends: also when Ctrl+C or
// a kill ends the process in the middle of it.
termios savedTerminal;
volatile std::sig_atomic_t terminalSaved = 0;

void restoreTerminalAndDie(int signal)
{
    if (terminalSaved)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        terminalSaved = 1;
        m_previousInt = std::signal(SIGINT, restoreTerminalAndDie);
        m_previousTerm = std::signal(SIGTERM, restoreTerminalAndDie);
        m_previousHup = std::signal(SIGHUP, restoreTerminalAndDie);
        termios silent = savedTerminal;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    ~EchoOff()
    {
        if (!terminalSaved)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        terminalSaved = 0;
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
        std::signal(SIGHUP, m_previousHup);
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
    void (*m_previousHup)(int) = SIG_DFL;
};

// One line of standard input without its line end; nullopt at end of input before any character.
std::optional<QString> readLine()
{
    std::string line;
    bool any = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        any = true;
        if (c == '\n')
            break;
        if (line.size() < MaxPasswordLineBytes)
            line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

class UserCommandLine
{
public:
    UserCommandLine(CommandContext &context, const QString &subcommand)
        : m_context(context)
        , m_subcommand(subcommand)
        , m_db(
              u"db"_s,
              u"Database: a SQLite file, :memory: or postgresql://... (default: the user's ContactDesk database)."_s,
              u"DB"_s)
    {
        parser.addOption(m_db);
    }

    QCommandLineParser parser;

    // Parses and takes the one LOGIN argument every subcommand but list has.
    bool parse(const QStringList &arguments, int loginArguments)
    {
        if (loginArguments == 1)
            parser.addPositionalArgument(u"LOGIN"_s, u"The user's login."_s);
        if (!parser.parse(QStringList{u"user "_s + m_subcommand} + arguments)) {
            usageError(parser.errorText());
            return false;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > loginArguments) {
            usageError(u"unexpected argument '%1'"_s.arg(positional.at(loginArguments)));
            return false;
        }
        if (positional.size() < loginArguments) {
            usageError(u"name the user's login"_s);
            return false;
        }
        if (loginArguments == 1)
            m_login = User::normalizeLogin(positional.first());
        return true;
    }

    QString login() const { return m_login; }

    int usageError(const QString &message)
    {
        m_context.err << "contactdesk-cli user " << m_subcommand << ": " << message << '\n' << userUsage;
        return ExitUsage;
    }

    int failure(const QString &message)
    {
        m_context.err << "contactdesk-cli user " << m_subcommand << ": " << message << '\n';
        return ExitFailure;
    }

    std::optional<DomainError> open(Database &database) const { return database.open(parser.value(m_db)); }

    // The new password from standard input, checked against the policy; on a terminal, asked
    // for twice without echo. Empty, with the reason and `nothingDone` printed, when there is none
    // to use.
    std::optional<QString> readNewPassword(const QString &nothingDone)
    {
        const bool terminal = isatty(STDIN_FILENO) == 1;
        std::optional<QString> password;
        if (terminal) {
            password = prompt(u"New password for '%1': "_s.arg(m_login));
            if (password && PasswordHasher::checkPolicy(*password) == std::nullopt) {
                const std::optional<QString> again = prompt(u"The same password again: "_s);
                if (!again || *again != *password) {
                    failure(u"the two passwords differ; "_s + nothingDone);
                    return std::nullopt;
                }
            }
        } else {
            password = readLine();
        }
        if (!password) {
            failure(u"no password on standard input (write it as one line); "_s + nothingDone);
            return std::nullopt;
        }
        if (auto error = PasswordHasher::checkPolicy(*password)) {
            failure(error->message + u"; "_s + nothingDone);
            return std::nullopt;
        }
        return password;
    }

private:
    std::optional<QString> prompt(const QString &text)
    {
        m_context.err << text;
        m_context.err.flush();
        EchoOff echoOff;
        return readLine();
    }

    CommandContext &m_context;
    QString m_subcommand;
    QCommandLineOption m_db;
    QString m_login;
};

} // namespace

static int runAdd(CommandContext &context)
{
    UserCommandLine line(context, u"add"_s);
    const QCommandLineOption nameOption(u"name"_s, u"The user's name as colleagues see it."_s, u"NAME"_s);
    const QCommandLineOption roleOption(u"role"_s, u"agent, team-lead, supervisor or admin."_s, u"ROLE"_s);
    const QCommandLineOption agentOption(
        u"agent"_s, u"The login of the agent record the user takes contacts as (required for agents)."_s,
        u"AGENT_LOGIN"_s);
    line.parser.addOptions({nameOption, roleOption, agentOption});
    if (!line.parse(context.arguments, 1))
        return ExitUsage;
    if (auto error = User::validateLogin(line.login()))
        return line.usageError(error->message);
    const QString name = line.parser.value(nameOption).trimmed();
    if (name.isEmpty())
        return line.usageError(u"--name is required"_s);
    if (!line.parser.isSet(roleOption))
        return line.usageError(u"--role is required"_s);
    const auto role = roleFromKey(line.parser.value(roleOption).trimmed());
    if (!role) {
        return line.usageError(u"--role takes agent, team-lead, supervisor or admin, not '%1'"_s.arg(
            line.parser.value(roleOption)));
    }
    if (*role == Role::Agent && !line.parser.isSet(agentOption))
        return line.usageError(u"an agent takes contacts: name their agent record with --agent"_s);

    const auto password = line.readNewPassword(u"nothing was added"_s);
    if (!password)
        return ExitFailure;
    // Hashing takes a moment and 64 MiB: only once the database is known to open.
    Database database;
    if (auto error = line.open(database))
        return line.failure(error->message);

    User user;
    user.login = line.login();
    user.displayName = name;
    user.role = *role;
    if (line.parser.isSet(agentOption)) {
        AgentRepository agents(database);
        const QString agentLogin = line.parser.value(agentOption).trimmed();
        auto agent = agents.findByLogin(agentLogin);
        if (agent.isNotFound())
            return line.failure(u"there is no agent '%1'; nothing was added"_s.arg(agentLogin));
        if (!agent)
            return line.failure(agent.error().message);
        user.agentId = agent->id;
    }
    auto hash = PasswordHasher().hash(*password);
    if (!hash)
        return line.failure(hash.error().message);
    user.passwordHash = hash.value();
    user.createdMs = QDateTime::currentMSecsSinceEpoch();
    user.passwordChangedMs = user.createdMs;

    UserRepository users(database);
    if (auto error = users.add(user))
        return line.failure(error->message + u"; nothing was added"_s);
    context.out << "Added user '" << user.login << "' (" << user.displayName << "), " << roleKey(user.role);
    if (line.parser.isSet(agentOption))
        context.out << ", working as agent '" << line.parser.value(agentOption).trimmed() << "'";
    context.out << ", in " << database.settings().displayString() << '\n';
    return ExitOk;
}

static int runPasswd(CommandContext &context)
{
    UserCommandLine line(context, u"passwd"_s);
    if (!line.parse(context.arguments, 1))
        return ExitUsage;
    Database database;
    if (auto error = line.open(database))
        return line.failure(error->message);
    UserRepository users(database);
    auto user = users.findByLogin(line.login());
    if (user.isNotFound())
        return line.failure(u"there is no user '%1'"_s.arg(line.login()));
    if (!user)
        return line.failure(user.error().message);

    const auto password = line.readNewPassword(u"nothing was changed"_s);
    if (!password)
        return ExitFailure;
    auto hash = PasswordHasher().hash(*password);
    if (!hash)
        return line.failure(hash.error().message);
    if (auto error = users.setPassword(user->id, hash.value(), QDateTime::currentMSecsSinceEpoch()))
        return line.failure(error->message);
    context.out << "Changed the password of '" << user->login << "'; their sessions are signed out.\n";
    return ExitOk;
}

static int runSetDisabled(CommandContext &context, bool disabled)
{
    UserCommandLine line(context, disabled ? u"disable"_s : u"enable"_s);
    if (!line.parse(context.arguments, 1))
        return ExitUsage;
    Database database;
    if (auto error = line.open(database))
        return line.failure(error->message);
    UserRepository users(database);
    auto user = users.findByLogin(line.login());
    if (user.isNotFound())
        return line.failure(u"there is no user '%1'"_s.arg(line.login()));
    if (!user)
        return line.failure(user.error().message);
    if (auto error = users.setDisabled(user->id, disabled))
        return line.failure(error->message);
    if (disabled)
        context.out << "Disabled '" << user->login
                    << "': they cannot sign in, their sessions are signed out.\n";
    else
        context.out << "Enabled '" << user->login << "': they can sign in again.\n";
    return ExitOk;
}

static int runList(CommandContext &context)
{
    UserCommandLine line(context, u"list"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object."_s);
    line.parser.addOption(jsonOption);
    if (!line.parse(context.arguments, 0))
        return ExitUsage;
    Database database;
    if (auto error = line.open(database))
        return line.failure(error->message);
    auto users = UserRepository(database).list();
    if (!users)
        return line.failure(users.error().message);
    auto agents = AgentRepository(database).list();
    if (!agents)
        return line.failure(agents.error().message);
    QHash<qint64, QString> agentLogins;
    for (const Agent &agent : std::as_const(agents.value()))
        agentLogins.insert(agent.id, agent.login);

    if (line.parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const User &user : std::as_const(users.value())) {
            array.append(QJsonObject{
                {u"login"_s, user.login},
                {u"name"_s, user.displayName},
                {u"role"_s, roleKey(user.role)},
                {u"agent"_s, user.agentId == 0 ? QJsonValue() : QJsonValue(agentLogins.value(user.agentId))},
                {u"disabled"_s, user.disabled},
                {u"created_ms"_s, double(user.createdMs)},
                {u"password_changed_ms"_s, double(user.passwordChangedMs)},
            });
        }
        printJson(context.out, QJsonDocument(QJsonObject{{u"database"_s, database.settings().displayString()},
                                                         {u"users"_s, array}}));
        return ExitOk;
    }
    if (users->isEmpty()) {
        context.out << "No users in " << database.settings().displayString() << ".\n";
        return ExitOk;
    }
    context.out << "login, name, role, agent, status\n";
    for (const User &user : std::as_const(users.value())) {
        context.out << "  " << user.login << ", " << user.displayName << ", " << roleKey(user.role) << ", "
                    << (user.agentId == 0 ? u"-"_s : agentLogins.value(user.agentId)) << ", "
                    << (user.disabled ? "disabled" : "enabled") << '\n';
    }
    return ExitOk;
}

int runUserCommand(CommandContext &context)
{
    if (context.arguments.isEmpty()) {
        context.err << userUsage;
        return ExitUsage;
    }
    const QString subcommand = context.arguments.first();
    const QStringList arguments = context.arguments.mid(1);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")
        || arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        context.out << userUsage;
        return ExitOk;
    }
    CommandContext rest{arguments, context.out, context.err};
    if (subcommand == QLatin1String("add"))
        return runAdd(rest);
    if (subcommand == QLatin1String("passwd"))
        return runPasswd(rest);
    if (subcommand == QLatin1String("disable"))
        return runSetDisabled(rest, true);
    if (subcommand == QLatin1String("enable"))
        return runSetDisabled(rest, false);
    if (subcommand == QLatin1String("list"))
        return runList(rest);
    context.err << "contactdesk-cli user: unknown subcommand '" << subcommand << "'\n" << userUsage;
    return ExitUsage;
}

} // namespace ContactDesk::Cli

#pragma once

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace ContactDesk::Cli {

// What a command gets: its own arguments (after the command name) and the two output streams.
struct CommandContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by every command.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1, // the command ran and the answer is "no" (invalid number, rows rejected ...)
    ExitUsage = 2,   // the command line itself is wrong
};

struct Command
{
    QString name;
    QString synopsis; // one line for `contactdesk-cli --help`
    std::function<int(CommandContext &)> run;
};

const QList<Command> &commands();

// Prints a JSON value compactly on one line (what scripts and tests parse).
void printJson(QTextStream &out, const QJsonDocument &document);

// Declared by each command's file.
int runPhoneCommand(CommandContext &context);
int runErlangCCommand(CommandContext &context);
int runImportCommand(CommandContext &context);
int runDemoDataCommand(CommandContext &context);
int runSimulateCommand(CommandContext &context);
int runBenchCommand(CommandContext &context);
int runOffersCommand(CommandContext &context);
int runUserCommand(CommandContext &context);

} // namespace ContactDesk::Cli

#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <unistd.h>

#include <csignal>

namespace ContactDesk::Bench {

namespace {

std::optional<ProcessSample> sampleFrom(const QString &procDirectory)
{
    QFile stat(procDirectory + QStringLiteral("/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name is in parentheses and may hold spaces: the fields count from after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After the name: state is field 3 of stat(5), so utime (14) and stime (15) are at 11 and 12.
    if (fields.size() < 13)
        return std::nullopt;
    static const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    ProcessSample sample;
    sample.cpuSeconds = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticksPerSecond;

    QFile schedstat(procDirectory + QStringLiteral("/schedstat"));
    if (schedstat.open(QIODevice::ReadOnly))
        sample.runQueueSeconds = double(schedstat.readAll().split(' ').value(1).toLongLong()) / 1e9;

    // /proc files say they are empty: read them to the end rather than asking for their size.
    QFile status(procDirectory + QStringLiteral("/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const auto kibOf = [](const QByteArray &statusLine) {
            return statusLine.mid(statusLine.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        };
        for (const QByteArray &statusLine : status.readAll().split('\n')) {
            if (statusLine.startsWith("VmRSS:"))
                sample.rssKiB = kibOf(statusLine);
            else if (statusLine.startsWith("VmHWM:"))
                sample.peakRssKiB = kibOf(statusLine);
        }
    }
    return sample;
}

} // namespace

std::optional<ProcessSample> sampleProcess(qint64 pid)
{
    return sampleFrom(QStringLiteral("/proc/%1").arg(pid));
}

std::optional<ProcessSample> sampleSelf()
{
    return sampleFrom(QStringLiteral("/proc/self"));
}

qint64 listenOverflows()
{
    QFile netstat(QStringLiteral("/proc/net/netstat"));
    if (!netstat.open(QIODevice::ReadOnly))
        return -1;
    // Pairs of lines: "TcpExt: Name Name ..." then "TcpExt: value value ...".
    const QList<QByteArray> lines = netstat.readAll().split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).startsWith("TcpExt:") || !lines.at(i + 1).startsWith("TcpExt:"))
            continue;
        const QList<QByteArray> names = lines.at(i).simplified().split(' ');
        const QList<QByteArray> values = lines.at(i + 1).simplified().split(' ');
        const qsizetype column = names.indexOf("ListenOverflows");
        return column >= 0 && column < values.size() ? values.at(column).toLongLong() : -1;
    }
    return -1;
}

ServerProcess::ServerProcess(QString program, QString logDirectory)
    : m_program(std::move(program))
    , m_stdoutPath(QDir(logDirectory).filePath(QStringLiteral("server.out")))
                   , m_stderrPath(QDir(logDirectory).filePath(QStringLiteral("server.err")))
{}

ServerProcess::~ServerProcess()
{
    stop();
}

std::optional<quint16> ServerProcess::start(const QStringList &arguments, int timeoutMs, QString &error)
{
    stop();
    // Where this start's output begins: an earlier run's "listening on" line must not count.
    const qint64 offset = QFileInfo(m_stdoutPath).exists() ? QFileInfo(m_stdoutPath).size() : 0;
    m_process = new QProcess;
    m_process->setProgram(m_program);
    m_process->setArguments(arguments);
    m_process->setStandardOutputFile(m_stdoutPath, QIODevice::Append);
    m_process->setStandardErrorFile(m_stderrPath, QIODevice::Append);
    m_process->start();
    if (!m_process->waitForStarted(10'000)) {
        error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        return std::nullopt;
    }
    static const QRegularExpression listening(QStringLiteral("listening on wss?://[^\\s]*:(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QFile out(m_stdoutPath);
        if (out.open(QIODevice::ReadOnly) && out.seek(offset)) {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out.readAll()));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        if (m_process->state() == QProcess::NotRunning) {
            error = QStringLiteral("the server exited (code %1) before listening; see %2")
                                       .arg(m_process->exitCode())
                                       .arg(m_stderrPath);
            return std::nullopt;
        }
        // Polling a file, not a pipe: a few milliseconds of resolution are plenty for a start.
        QThread::msleep(5);
        QCoreApplication::processEvents();
    }
    error = QStringLiteral("the server did not say where it listens within %1 ms").arg(timeoutMs);
    return std::nullopt;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ServerProcess::kill9()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10'000);
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (isRunning()) {
        m_process->terminate();
        if (!m_process->waitForFinished(10'000))
            kill9();
    }
    delete m_process;
    m_process = nullptr;
}

QStringList ServerProcess::errorLines() const
{
    QFile file(m_stderrPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace ContactDesk::Bench

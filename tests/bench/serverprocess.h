#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk::Bench {

// What /proc says about a process: CPU time so far and memory. Read from outside the process,
// so the server is measured as it runs in production, without any instrument inside it.
struct ProcessSample
{
    double cpuSeconds = 0; // utime + stime
    // Time the main thread was ready to run but waited for a CPU (/proc/PID/schedstat): on a
    // shared 2-core machine the server can be slow without being busy.
    double runQueueSeconds = 0;
    qint64 rssKiB = 0;     // VmRSS
    qint64 peakRssKiB = 0; // VmHWM: the high-water mark of this process
};

std::optional<ProcessSample> sampleProcess(qint64 pid);
std::optional<ProcessSample> sampleSelf();

// The kernel's count of connections refused because a listening socket's accept queue was full
// (TcpExt ListenOverflows in /proc/net/netstat, for the whole machine): a dropped SYN is retried
// by the client's kernel after 1, 3, 7, 15, 31 seconds, which shows in reconnection times.
qint64 listenOverflows();

// A contactdesk-server child process. Its standard output and error go to log files (appended
// to across restarts), so that a talkative server never blocks on a full pipe and the log of a
// failed run is still there to read.
class ServerProcess final
{
public:
    ServerProcess(QString program, QString logDirectory);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // Starts the server with `arguments` and waits for its "listening on ws://ADDR:PORT" line;
    // returns the port, or nothing (and `error` says why) when it exited or did not say it in time.
    std::optional<quint16> start(const QStringList &arguments, int timeoutMs, QString &error);
    qint64 pid() const;
    bool isRunning() const;
    // SIGKILL, as `kill -9`: no destructor, no flush, no goodbye to clients. Waits for the exit.
    void kill9();
    // SIGTERM and a wait; SIGKILL if it does not go.
    void stop();

    QString stdoutPath() const { return m_stdoutPath; }
    QString stderrPath() const { return m_stderrPath; }
    // Lines of the error log since the first start (warnings of the server), for the summary.
    QStringList errorLines() const;

private:
    QString m_program;
    QString m_stdoutPath;
    QString m_stderrPath;
    QProcess *m_process = nullptr;
};

} // namespace ContactDesk::Bench

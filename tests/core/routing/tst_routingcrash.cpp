#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The routing engine on a real SQLite file in a real process, killed with SIGKILL while a stream
// of commands is in flight, then started again on the same file: every acknowledged contact must
// be back, once, in its place in line; at most the one contact in flight may also be there.
namespace {

constexpr qint64 StartMs = 1'700'000'000'000;

class Helper
{
public:
    bool start(const QString &database, qint64 startMs)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(ROUTING_CRASH_HELPER), {database, QString::number(startMs)});
        return m_process.waitForStarted(10'000);
    }
    void send(const QStringList &lines) { m_process.write((lines.join(u'\n') + u'\n').toUtf8()); }
    // Reads answers until `enough` says so (or the helper stops answering for 20 s).
    QStringList readUntil(const std::function<bool(const QStringList &)> &enough)
    {
        while (!enough(m_lines)) {
            if (!m_process.waitForReadyRead(20'000))
                break;
            collect();
        }
        return m_lines;
    }
    void killNow()
    {
        m_process.kill(); // SIGKILL: no destructors, no flush, no commit of anything in flight
        m_process.waitForFinished(10'000);
        collect();
    }
    void finish()
    {
        m_process.write("quit\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(20'000);
        collect();
    }
    const QStringList &lines() const { return m_lines; }

private:
    void collect()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

int countPrefix(const QStringList &lines, const QString &prefix)
{
    return int(std::count_if(lines.begin(), lines.end(),
                             [&](const QString &line) { return line.startsWith(prefix); }));
}

QList<qint64> idsAfter(const QStringList &lines, const QString &prefix)
{
    QList<qint64> ids;
    for (const QString &line : lines) {
        if (!line.startsWith(prefix))
            continue;
        const QStringList words = line.mid(prefix.size()).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words)
            ids.append(word.toLongLong());
    }
    return ids;
}

const QStringList configuration = {
    QStringLiteral("queue sales"), QStringLiteral("agent 1 sales"), QStringLiteral("agent 2 sales")};

} // namespace

class TestRoutingCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedContactsSurviveKillNine();
};

void TestRoutingCrash::acknowledgedContactsSurviveKillNine()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString database = directory.filePath(QStringLiteral("routing.sqlite"));

    // What the test knows for sure: priorities of every contact it asked for, and what was
    // acknowledged (and so must come back).
    QMap<qint64, int> priorityOf;
    QSet<qint64> mustBeWaiting;
    QMap<qint64, qint64> connectedTo; // contact -> agent
    qint64 startMs = StartMs;
    const QList<int> killAfter = {60, 150, 9, 240, 33};
    const QList<int> priorities = {10, 50, 90, 30, 70, 50};

    for (int round = 0; round < killAfter.size(); ++round) {
        Helper helper;
        QVERIFY(helper.start(database, startMs));
        helper.send(configuration + QStringList{QStringLiteral("restore")});
        helper.readUntil(
            [](const QStringList &lines) { return countPrefix(lines, QStringLiteral("restored ")) > 0; });
        QVERIFY2(countPrefix(helper.lines(), QStringLiteral("error")) == 0,
                             qPrintable(helper.lines().join(u'\n')));

        if (round == 0) {
            // A call in progress that must stay with its agent through every crash.
            helper.send(
                {QStringLiteral("ready 1"), QStringLiteral("arrive sales 50"), QStringLiteral("accept 1")});
            helper.readUntil([](const QStringList &lines) {
                return countPrefix(lines, QStringLiteral("connected ")) > 0;
            });
            const QList<qint64> connected = idsAfter(helper.lines(), QStringLiteral("connected "));
            QCOMPARE(connected.size(), 2);
            connectedTo.insert(connected.at(0), connected.at(1));
        }
        if (round == 3) {
            // Agent 2 takes the head of the line mid-way; acknowledged, it must survive too.
            helper.send({QStringLiteral("ready 2"), QStringLiteral("accept 2")});
            helper.readUntil([](const QStringList &lines) {
                return countPrefix(lines, QStringLiteral("connected ")) > 0;
            });
            const QList<qint64> connected = idsAfter(helper.lines(), QStringLiteral("connected "));
            QCOMPARE(connected.size(), 2);
            mustBeWaiting.remove(connected.at(0));
            connectedTo.insert(connected.at(0), connected.at(1));
        }

        // A long stream, far more than will be processed before the kill.
        const int acknowledgedBefore = countPrefix(helper.lines(), QStringLiteral("accepted "));
        QStringList stream;
        QList<int> streamPriorities;
        for (int i = 0; i < 3000; ++i) {
            const int priority = priorities.at((i + round) % priorities.size());
            streamPriorities.append(priority);
            stream.append(QStringLiteral("arrive sales %1").arg(priority));
            if (i % 7 == 6)
                stream.append(QStringLiteral("advance 1000"));
        }
        helper.send(stream);
        const int target = acknowledgedBefore + killAfter.at(round);
        helper.readUntil([target](const QStringList &lines) {
            return countPrefix(lines, QStringLiteral("accepted ")) >= target;
        });
        helper.killNow();

        const QList<qint64> acknowledged =
            idsAfter(helper.lines(), QStringLiteral("accepted ")).mid(acknowledgedBefore);
        QVERIFY(acknowledged.size() >= killAfter.at(round));
        QVERIFY2(acknowledged.size() < 3000, "the helper finished the whole stream before the kill");
        // Ids are handed out in order, one per arrival of the stream.
        for (int i = 0; i < acknowledged.size(); ++i) {
            QCOMPARE(acknowledged.at(i), acknowledged.first() + i);
            priorityOf.insert(acknowledged.at(i), streamPriorities.at(i));
            mustBeWaiting.insert(acknowledged.at(i));
        }
        const qint64 inFlight = acknowledged.last() + 1; // may or may not have been committed
        priorityOf.insert(inFlight, streamPriorities.at(acknowledged.size()));

        // Start again on the same file and look.
        startMs += 3600'000;
        Helper restarted;
        QVERIFY(restarted.start(database, startMs));
        restarted.send(configuration + QStringList{QStringLiteral("restore"), QStringLiteral("dump sales")});
        restarted.readUntil(
            [](const QStringList &lines) { return countPrefix(lines, QStringLiteral("invariants ")) > 0; });
        restarted.finish();
        const QStringList &lines = restarted.lines();
        QVERIFY2(countPrefix(lines, QStringLiteral("error")) == 0, qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(QStringLiteral("invariants ok")), qPrintable(lines.join(u'\n')));

        const QList<qint64> waiting = idsAfter(lines, QStringLiteral("waiting "));
        const QList<qint64> live = idsAfter(lines, QStringLiteral("live "));
        QCOMPARE(QSet<qint64>(live.begin(), live.end()).size(), live.size()); // nothing twice
        const QSet<qint64> waitingSet(waiting.begin(), waiting.end());
        QCOMPARE(waitingSet.size(), waiting.size());
        for (qint64 id : std::as_const(mustBeWaiting))
            QVERIFY2(waitingSet.contains(id),
                     qPrintable(QStringLiteral("acknowledged contact %1 was lost").arg(id)));
        for (qint64 id : waiting) {
            QVERIFY2(mustBeWaiting.contains(id) || id == inFlight,
                     qPrintable(QStringLiteral("contact %1 came back from nowhere").arg(id)));
        }
        if (waitingSet.contains(inFlight))
            mustBeWaiting.insert(inFlight); // committed before the kill, just not acknowledged

        // The original order: higher priority first, then order of arrival.
        QList<qint64> expected = waiting;
        std::sort(expected.begin(), expected.end(), [&priorityOf](qint64 a, qint64 b) {
            return priorityOf.value(a) != priorityOf.value(b) ? priorityOf.value(a) > priorityOf.value(b)
                                                              : a < b;
        });
        QCOMPARE(waiting, expected);

        for (auto it = connectedTo.constBegin(); it != connectedTo.constEnd(); ++it) {
            const QString agentLine = QStringLiteral("agent %1 ").arg(it.value());
            const auto found = std::find_if(lines.begin(), lines.end(),
                                            [&](const QString &line) { return line.startsWith(agentLine); });
            QVERIFY(found != lines.end());
            QVERIFY2(found->endsWith(QStringLiteral(" with %1").arg(it.key())), qPrintable(*found));
        }
        QCOMPARE(live.size(), waiting.size() + connectedTo.size());
    }
    QVERIFY(mustBeWaiting.size() > 400);
}

QTEST_GUILESS_MAIN(TestRoutingCrash)
#include "tst_routingcrash.moc"

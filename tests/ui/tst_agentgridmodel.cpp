#include "wallboard/agentgridmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace ContactDesk;

// The wallboard's agent grid on its own: a new snapshot becomes the fewest model changes (rows
// removed and inserted where they belong, only changed columns announced, the clock's column
// for every row), and what the rows show afterwards is exactly the new snapshot.
class TestAgentGridModel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 NowMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z

    static WallboardAgent agent(qint64 id, const QString &name)
    {
        WallboardAgent row;
        row.agentId = id;
        row.name = name;
        row.team = QStringLiteral("Billing");
        row.state = AgentState::Ready;
        row.activity = WallboardActivity::Ready;
        row.stateSinceMs = NowMs - 60'000;
        row.occupancy = 0.5;
        return row;
    }

    static QList<qint64> ids(const AgentGridModel &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(AgentGridModel::AgentIdRole).toLongLong();
        return result;
    }

    // The (row, column) cells the dataChanged signals named, outside the given column.
    static QSet<QPair<int, int>> cellsNamed(const QSignalSpy &spy, int exceptColumn)
    {
        QSet<QPair<int, int>> cells;
        for (const QList<QVariant> &signal : spy) {
            const QModelIndex topLeft = signal.at(0).toModelIndex();
            const QModelIndex bottomRight = signal.at(1).toModelIndex();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
                    if (column != exceptColumn)
                        cells.insert({row, column});
                }
            }
        }
        return cells;
    }

private Q_SLOTS:
    void rowsComeGoAndChangeInPlace()
    {
        AgentGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<QString, QString> names{{QStringLiteral("billing"), QStringLiteral("Billing")}};
        model.setSnapshot({agent(1, QStringLiteral("Ana")),
                                 agent(2, QStringLiteral("김민준")),
                                       agent(3, QStringLiteral("Ben")), agent(5, QStringLiteral("Dana"))},
                                       NowMs, names);
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 5}));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        WallboardAgent busy = agent(3, QStringLiteral("Ben"));
        busy.occupancy = 0.75;
        busy.handledToday = 4;
        model.setSnapshot({agent(1, QStringLiteral("Ana")), busy,
                                 agent(4, QStringLiteral("Chloe")), agent(5, QStringLiteral("Dana"))},
                                 NowMs + 1'000, names);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1); // agent 2 was the second row
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2); // agent 4 between 3 and 5
        QCOMPARE(ids(model), (QList<qint64>{1, 3, 4, 5}));
        // Ben's figures changed, nobody else's; the time in state moved for everyone.
        const QSet<QPair<int, int>> cells = cellsNamed(changed, AgentGridModel::TimeInStateColumn);
        QVERIFY(cells.contains({1, AgentGridModel::HandledColumn}));
        QVERIFY(cells.contains({1, AgentGridModel::OccupancyColumn}));
        for (const auto &cell : cells)
            QCOMPARE(cell.first, 1);
        bool clockAnnounced = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).toModelIndex();
            const QModelIndex bottomRight = signal.at(1).toModelIndex();
            clockAnnounced = clockAnnounced
                             || (topLeft.row() == 0 && bottomRight.row() == 3
                                 && topLeft.column() <= AgentGridModel::TimeInStateColumn
                                 && bottomRight.column() >= AgentGridModel::TimeInStateColumn);
        }
        QVERIFY(clockAnnounced);
        QCOMPARE(model.index(1, AgentGridModel::HandledColumn).data().toString(), QLocale().toString(4));
        QCOMPARE(model.index(1, AgentGridModel::OccupancyColumn).data(LiveTableModel::SortRole).toDouble(),
                 0.75);
        QCOMPARE(model.index(2, AgentGridModel::NameColumn).data().toString(), QStringLiteral("Chloe"));
        QCOMPARE(
            model.index(0, AgentGridModel::TimeInStateColumn).data(LiveTableModel::SortRole).toLongLong(),
            61'000);
    }

    void unchangedRowsAnnounceOnlyTheClock()
    {
        AgentGridModel model;
        const QHash<QString, QString> names{{QStringLiteral("billing"), QStringLiteral("Billing")}};
        QList<WallboardAgent> agents;
        for (int i = 1; i <= 50; ++i)
            agents << agent(i, QStringLiteral("Agent %1").arg(i));
        model.setSnapshot(agents, NowMs, names);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(agents, NowMs + 1'000, names);
        QVERIFY(cellsNamed(changed, AgentGridModel::TimeInStateColumn).isEmpty());
        QCOMPARE(changed.count(), 1);
    }

    void newQueueNamesRepaintEveryRow()
    {
        AgentGridModel model;
        WallboardAgent onContact = agent(1, QStringLiteral("Ana"));
        onContact.contactId = 77;
        onContact.contactChannel = Channel::Chat;
        onContact.contactQueueId = QStringLiteral("billing");
        model.setSnapshot({onContact, agent(2, QStringLiteral("Ben"))}, NowMs,
                           {{QStringLiteral("billing"), QStringLiteral("Billing")}});
        QVERIFY(model.index(0, AgentGridModel::ContactColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Billing")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot({onContact, agent(2, QStringLiteral("Ben"))}, NowMs,
                           {{QStringLiteral("billing"), QStringLiteral("청구")}});
        QVERIFY(cellsNamed(changed, -1).contains({0, AgentGridModel::ContactColumn}));
        QVERIFY(
            model.index(0, AgentGridModel::ContactColumn).data().toString().contains(QStringLiteral("청구")));
    }

    void aNewOrderStartsTheTableAgain()
    {
        AgentGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot({agent(1, QStringLiteral("Ana")),
                                 agent(2, QStringLiteral("Ben")), agent(3, QStringLiteral("Chloe"))}, NowMs,
                                 {});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot({agent(3, QStringLiteral("Chloe")), agent(1, QStringLiteral("Ana"))}, NowMs, {});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(ids(model), (QList<qint64>{3, 1}));
        model.setSnapshot({}, NowMs, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAgentGridModel)
#include "tst_agentgridmodel.moc"

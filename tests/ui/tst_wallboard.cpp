#include "backend/embeddedbackend.h"
#include "centre/contactcentre.h"
#include "common/languagemanager.h"
#include "common/mainwindow.h"
#include "routing/virtualclock.h"
#include "uitestmain.h"
#include "wallboard/agentgridmodel.h"
#include "wallboard/agentskillsdialog.h"
#include "wallboard/drilldowndialog.h"
#include "wallboard/queuetablemodel.h"
#include "wallboard/staffingmodel.h"
#include "wallboard/thresholdsdialog.h"
#include "wallboard/tileeditordialog.h"
#include "wallboard/tvlayoutdialog.h"
#include "wallboard/tvwallboard.h"
#include "wallboard/wallboardcharts.h"
#include "wallboard/wallboardtilewidget.h"
#include "wallboard/wallboardview.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>

#include <algorithm>

using namespace ContactDesk;

// The supervisor's wallboard in the real main window, against the embedded contact centre on the
// test workspace. The centre runs on a virtual clock and nobody works in it unless a test says so
// (no simulated traffic), so every figure is one the test made; each test runs with answers that
// come at once and answers that come later.
class TestWallboard : public QObject
{
    Q_OBJECT

public:
    TestWallboard(const UiTestWorkspace &workspace, BackendMode mode)
        : m_workspace(workspace)
        , m_mode(mode)
    {}

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_clock = std::make_unique<VirtualClock>(UiTestWorkspace::NowMs);
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setSessionLanguage(QStringLiteral("en")));
        EmbeddedBackendOptions options;
        options.clock = m_clock.get();
        options.durableRouting = false;
        m_backend = m_workspace.openBackend(m_mode, options);
        QVERIFY(m_backend);
        const std::optional<DomainError> &centreError = centreBackend().centreError();
        QVERIFY2(!centreError, centreError ? qPrintable(centreError->message) : "");
        // Each test starts from the standard layout.
        QVERIFY(saveLayoutDirectly(QByteArray()));
        m_window = std::make_unique<MainWindow>(*m_backend, *m_languages);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->viewIds().contains(QStringLiteral("wallboard")));
        QCOMPARE(m_window->viewIds().indexOf(QStringLiteral("wallboard")), 2);
        QVERIFY(m_window->showView(QStringLiteral("wallboard")));
        QVERIFY(view());
        QTRY_VERIFY(view()->hasSnapshot() && view()->isLayoutLoaded());
        QTRY_VERIFY(view()->hasIntraday());
        // Nobody is at work: every agent signed out, as the centre starts.
        for (const Agent &agent : centre().agents())
            QCOMPARE(centre().agentStatus(agent.id).state, AgentState::LoggedOut);
    }

    void cleanup()
    {
        m_window.reset();
        m_backend.reset();
        m_clock.reset();
        m_languages.reset();
        QSettings().clear();
    }

    void showsTheStandardTilesWithTheirFigures()
    {
        const WallboardLayout standard = WallboardLayout::defaults();
        QCOMPARE(view()->tiles().size(), standard.tiles.size());
        for (const WallboardTile &tile : standard.tiles) {
            auto *widget = view()->findChild<WallboardTileWidget *>(QStringLiteral("tile-") + tile.id);
            QVERIFY2(widget, qPrintable(tile.id));
            QVERIFY(widget->isVisible());
        }
        WallboardTileWidget *waiting = view()->tile(QStringLiteral("waiting"));
        QVERIFY(waiting);
        QCOMPARE(waiting->valueText(), QStringLiteral("0"));
        QCOMPARE(waiting->targetText(), QStringLiteral("Target 5"));
        QCOMPARE(waiting->titleText(), QStringLiteral("Waiting"));
        // Nothing answered yet: no service level, a grey tile with a dash.
        WallboardTileWidget *level = view()->tile(QStringLiteral("service-level"));
        QCOMPARE(level->status(), TileStatus::NoData);
        QCOMPARE(level->valueText(), QStringLiteral("\u2014"));
        QCOMPARE(level->targetText(), QStringLiteral("Target 80%"));
        QCOMPARE(paintedEdge(level), WallboardText::statusColor(TileStatus::NoData));
        // Every customer queue has a row.
        QCOMPARE(view()->queueModel()->rowCount(), int(centre().queues().size()));
        QCOMPARE(view()->agentModel()->rowCount(), int(centre().agents().size()));
    }

    // Issue #5 (a): a tile changes colour when a threshold is crossed.
    void tileTurnsAmberThenRedAsContactsWait()
    {
        WallboardTileWidget *waiting = view()->tile(QStringLiteral("waiting"));
        QVERIFY(waiting);
        QCOMPARE(waiting->tile().target, 5.0);
        QCOMPARE(waiting->tile().alarm, 15.0);
        QCOMPARE(waiting->status(), TileStatus::Good);
        QCOMPARE(paintedEdge(waiting), WallboardText::statusColor(TileStatus::Good));

        // Nobody is Ready: every arrival waits.
        for (int i = 0; i < 6; ++i)
            QVERIFY(arrive(QStringLiteral("sales")) > 0);
        QTRY_COMPARE(waiting->valueText(), QStringLiteral("6"));
        QCOMPARE(waiting->status(), TileStatus::Warning);
        QCOMPARE(paintedEdge(waiting), WallboardText::statusColor(TileStatus::Warning));

        for (int i = 0; i < 10; ++i)
            QVERIFY(arrive(QStringLiteral("billing")) > 0);
        QTRY_COMPARE(waiting->valueText(), QStringLiteral("16"));
        QCOMPARE(waiting->status(), TileStatus::Alarm);
        QCOMPARE(paintedEdge(waiting), WallboardText::statusColor(TileStatus::Alarm));
        QVERIFY(waiting->statusColor() != WallboardText::statusColor(TileStatus::Good));
    }

    // Issue #5 (a), the other way: the supervisor moves the threshold in the tile editor, the tile
    // changes colour, and the layout is saved for the supervisor.
    void editedThresholdRecoloursTheTileAndIsSaved()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(arrive(QStringLiteral("sales")) > 0);
        WallboardTileWidget *waiting = view()->tile(QStringLiteral("waiting"));
        QTRY_COMPARE(waiting->valueText(), QStringLiteral("3"));
        QCOMPARE(waiting->status(), TileStatus::Good);

        TileEditorDialog *editor = view()->openTileEditor(QStringLiteral("waiting"));
        QVERIFY(editor);
        QCOMPARE(editor->kpiBox()->currentData().toInt(), int(WallboardKpi::Waiting));
        QCOMPARE(editor->targetBox()->value(), 5.0);
        editor->targetBox()->setValue(1);
        editor->alarmBox()->setValue(2);
        editor->titleEdit()->setText(QStringLiteral("In the queue"));
        Q_EMIT editor->titleEdit()->textEdited(editor->titleEdit()->text());
        QSignalSpy saved(view(), &WallboardView::layoutSaved);
        editor->accept();
        QTRY_COMPARE(saved.count(), 1);

        waiting = view()->tile(QStringLiteral("waiting"));
        QVERIFY(waiting);
        QCOMPARE(waiting->status(), TileStatus::Alarm);
        QCOMPARE(waiting->titleText(), QStringLiteral("In the queue"));
        QCOMPARE(paintedEdge(waiting), WallboardText::statusColor(TileStatus::Alarm));

        // What the backend keeps for the supervisor is what the wall shows.
        const std::optional<WallboardLayout> stored = storedLayout();
        QVERIFY(stored);
        QCOMPARE(*stored, view()->wallboardLayout());
        const auto it = std::find_if(stored->tiles.cbegin(), stored->tiles.cend(),
                                     [](const WallboardTile &tile) { return tile.id == u"waiting"; });
        QVERIFY(it != stored->tiles.cend());
        QCOMPARE(it->alarm, 2.0);
        QCOMPARE(it->title, QStringLiteral("In the queue"));
    }

    void tileEditorAddsMovesAndRemovesTiles()
    {
        const int before = int(view()->tiles().size());
        TileEditorDialog *editor = view()->openTileEditor();
        editor->selectTile(0);
        editor->addTile(WallboardKpi::AgentsReady);
        QCOMPARE(editor->currentTile(), 1);
        const QString added = editor->wallboardLayout().tiles.at(1).id;
        QVERIFY(added.startsWith(QStringLiteral("tile-")));
        // A queue group: only sales.
        QListWidget *queues = editor->queueList();
        for (int row = 0; row < queues->count(); ++row) {
            if (queues->item(row)->data(Qt::UserRole).toString() == u"sales")
                queues->item(row)->setCheckState(Qt::Checked);
        }
        editor->moveCurrentTile(-1);
        QCOMPARE(editor->wallboardLayout().tiles.at(0).id, added);
        QCOMPARE(editor->wallboardLayout().tiles.at(0).queueIds, QStringList{QStringLiteral("sales")});
        editor->selectTile(QStringLiteral("blocked"));
        editor->removeCurrentTile();
        QSignalSpy saved(view(), &WallboardView::layoutSaved);
        editor->accept();
        QTRY_COMPARE(saved.count(), 1);

        QCOMPARE(int(view()->tiles().size()), before);
        QCOMPARE(view()->tiles().first()->tile().id, added);
        QCOMPARE(view()->tiles().first()->objectName(), QStringLiteral("tile-") + added);
        QVERIFY(!view()->tile(QStringLiteral("blocked")));
        QCOMPARE(storedLayout()->tiles.first().kpi, WallboardKpi::AgentsReady);

        // A sales agent going Ready shows on the new tile.
        WallboardTileWidget *ready = view()->tiles().first();
        QCOMPARE(ready->valueText(), QStringLiteral("0"));
        const qint64 agent = agentServing(QStringLiteral("sales"));
        QVERIFY(agent > 0);
        QVERIFY(!centre().setAgentState(agent, AgentState::Ready));
        QTRY_COMPARE(ready->valueText(), QStringLiteral("1"));
    }

    // Issue #5 (c): a drill-down lists exactly the contacts behind a figure.
    void drillDownListsExactlyTheContactsBehindTheFigure()
    {
        QList<qint64> waitingIds;
        for (int i = 0; i < 4; ++i)
            waitingIds << arrive(QStringLiteral("support"));
        const qint64 gone = arrive(QStringLiteral("support"));
        QVERIFY(!centre().customerLeft(gone));
        // Another queue's contacts are not this figure's.
        QVERIFY(arrive(QStringLiteral("sales")) > 0);

        const int row = view()->queueModel()->rowOfQueue(QStringLiteral("support"));
        QVERIFY(row >= 0);
        QTRY_COMPARE(view()->queueModel()->queueAt(row)->waiting, 4);
        QTRY_COMPARE(view()->queueModel()->queueAt(row)->today.abandoned, qint64(1));
        QCOMPARE(view()->queueModel()->queueAt(row)->today.offered, qint64(5));

        // Double-click on the Waiting cell.
        m_window->activateWindow();
        view()->tabs()->setCurrentIndex(WallboardView::QueuesTab);
        QTableView *table = view()->queueView();
        const QModelIndex waitingCell = view()->queueProxy()->mapFromSource(
            view()->queueModel()->index(row, QueueTableModel::WaitingColumn));
        QCOMPARE(waitingCell.data().toString(), QStringLiteral("4"));
        table->scrollTo(waitingCell);
        const QPoint centre = table->visualRect(waitingCell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        DrillDownDialog *waiting = latestDrillDown(WallboardFigure::Waiting);
        QVERIFY(waiting);
        QTRY_VERIFY(waiting->isLoaded());
        QVERIFY2(waiting->errorText().isEmpty(), qPrintable(waiting->errorText()));
        QCOMPARE(waiting->rowCount(), waitingCell.data(LiveTableModel::SortRole).toInt());
        QCOMPARE(sorted(waiting->interactionIds()), sorted(waitingIds));
        waiting->close();

        // Enter on the Abandoned cell.
        const QModelIndex abandonedCell = view()->queueProxy()->mapFromSource(
            view()->queueModel()->index(row, QueueTableModel::AbandonedColumn));
        table->setCurrentIndex(abandonedCell);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        DrillDownDialog *abandoned = latestDrillDown(WallboardFigure::Abandoned);
        QVERIFY(abandoned);
        QTRY_VERIFY(abandoned->isLoaded());
        QCOMPARE(abandoned->rowCount(), 1);
        QCOMPARE(abandoned->interactionIds(), QList<qint64>{gone});
        abandoned->close();

        // Offered: every one of them, the abandoned one too.
        DrillDownDialog *offered = view()->openDrillDown(QStringLiteral("support"), WallboardFigure::Offered);
        QTRY_VERIFY(offered->isLoaded());
        QCOMPARE(offered->rowCount(), int(view()->queueModel()->queueAt(row)->today.offered));
        QCOMPARE(sorted(offered->interactionIds()), sorted(waitingIds + QList<qint64>{gone}));
        offered->close();
    }

    // Issue #5 (b): a skill given in the agent grid changes routing at once.
    void skillGivenInTheGridRoutesTheWaitingContactToTheAgent()
    {
        // A queue with a skill requirement, and an agent without that skill.
        QString queueId;
        SkillRequirement requirement;
        qint64 agentId = 0;
        for (const Queue &queue : centre().queues()) {
            if (queue.requiredSkills.size() != 1 || !queue.channels.contains(Channel::Chat))
                continue;
            for (const Agent &agent : centre().agents()) {
                if (agent.skillLevel(queue.requiredSkills.first().skill) == 0) {
                    queueId = queue.id;
                    requirement = queue.requiredSkills.first();
                    agentId = agent.id;
                    break;
                }
            }
            if (agentId)
                break;
        }
        QVERIFY2(agentId > 0, "the demo data needs an agent without a queue's skill");
        QVERIFY(!centre().setAgentState(agentId, AgentState::Ready));
        const qint64 contact = arrive(queueId);
        QVERIFY(contact > 0);
        // The only Ready agent cannot take it.
        QCOMPARE(centre().contact(contact)->state, InteractionState::Queued);

        view()->tabs()->setCurrentIndex(WallboardView::AgentsTab);
        QTRY_VERIFY(view()->selectAgent(agentId));
        QCOMPARE(view()->selectedAgentId(), agentId);
        QVERIFY(view()->skillsAction()->isEnabled());
        view()->skillsAction()->trigger();
        AgentSkillsDialog *dialog = view()->findChild<AgentSkillsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->agentId(), agentId);
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->level(requirement.skill), 0);
        // The levels the agent holds are filled in.
        for (auto it = centre().agent(agentId)->skills().cbegin();
             it != centre().agent(agentId)->skills().cend(); ++it)
            QCOMPARE(dialog->level(it.key()), it.value());
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("skill-") + requirement.skill);
        QVERIFY(spin);
        spin->setValue(std::max(requirement.minimumLevel, 7));
        QCOMPARE(dialog->changes().size(), 1);
        QPointer<AgentSkillsDialog> guard(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!guard || !guard->isVisible());

        QCOMPARE(centre().agent(agentId)->skillLevel(requirement.skill),
                 std::max(requirement.minimumLevel, 7));
        // Routing: the waiting contact is offered to the agent now.
        QTRY_COMPARE(centre().contact(contact)->state, InteractionState::Offered);
        QCOMPARE(centre().contact(contact)->agentId, agentId);
        // The grid shows the new skill and the agent's offer.
        QTRY_VERIFY(view()->agentModel()->agent(agentId)->skills.contains(requirement.skill));
        QTRY_VERIFY(view()->statusLabel()->text().contains(view()->agentModel()->agent(agentId)->name));
    }

    void stateMenuSetsTheAgentsState()
    {
        const qint64 agentId = centre().agents().first().id;
        view()->tabs()->setCurrentIndex(WallboardView::AgentsTab);
        QTRY_VERIFY(view()->selectAgent(agentId));
        view()->stateAction(AgentState::Ready)->trigger();
        QTRY_COMPARE(centre().agentStatus(agentId).state, AgentState::Ready);
        QTRY_COMPARE(view()->agentModel()->agent(agentId)->activity, WallboardActivity::Ready);
        QAction *lunch = view()->stateAction(AgentState::NotReady, QStringLiteral("lunch"));
        QVERIFY(lunch);
        lunch->trigger();
        QTRY_COMPARE(centre().agentStatus(agentId).state, AgentState::NotReady);
        QCOMPARE(centre().agentStatus(agentId).reasonCode, QStringLiteral("lunch"));
        const int row = view()->agentModel()->rowOfAgent(agentId);
        QTRY_COMPARE(view()->agentModel()->index(row, AgentGridModel::StateColumn).data().toString(),
                     QStringLiteral("Not Ready — Lunch"));

        // Past the Not Ready threshold the time turns amber, past twice it red.
        m_clock->advanceBy(11 * 60 * 1000);
        const QModelIndex time = view()->agentModel()->index(row, AgentGridModel::TimeInStateColumn);
        QTRY_COMPARE(time.data(AgentGridModel::ThresholdLevelRole).toInt(), 1);
        QTRY_COMPARE(time.data().toString(), QStringLiteral("11:00"));
        m_clock->advanceBy(10 * 60 * 1000);
        QTRY_COMPARE(time.data(AgentGridModel::ThresholdLevelRole).toInt(), 2);

        // Filters: Not Ready agents only, then a team nobody is in.
        QComboBox *state = view()->stateFilter();
        state->setCurrentIndex(state->findData(int(WallboardActivity::NotReady)));
        QCOMPARE(view()->agentFilter()->rowCount(), 1);
        state->setCurrentIndex(0);
        QCOMPARE(view()->agentFilter()->rowCount(), view()->agentModel()->rowCount());

        // Supervising a call needs a call.
        QVERIFY(!view()->monitorAction()->isEnabled());
        QVERIFY(!view()->bargeAction()->isEnabled());

        view()->stateAction(AgentState::LoggedOut)->trigger();
        QTRY_COMPARE(centre().agentStatus(agentId).state, AgentState::LoggedOut);
    }

    void rowsUpdateInPlace()
    {
        QAbstractItemModel *model = view()->queueModel();
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const int row = view()->queueModel()->rowOfQueue(QStringLiteral("sales"));
        QVERIFY(arrive(QStringLiteral("sales")) > 0);
        QTRY_COMPARE(view()->queueModel()->queueAt(row)->waiting, 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(!changed.isEmpty());
        // Only the sales row changed.
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            QCOMPARE(arguments.at(0).toModelIndex().row(), row);
            QCOMPARE(arguments.at(1).toModelIndex().row(), row);
        }
    }

    void chartsAndStaffingFollowTheDay()
    {
        WallboardCharts *charts = view()->charts();
        QLineSeries *offered = charts->offeredSeries();
        QLineSeries *forecast = charts->forecastSeries();
        const qsizetype intervals = view()->intraday().intervals.size();
        QVERIFY(intervals >= 92);
        QCOMPARE(forecast->count(), intervals);
        QCOMPARE(view()->staffingModel()->rowCount(), int(intervals));
        QVERIFY(view()->staffingModel()->currentRow() >= 0);
        QVERIFY(!view()->staffingSummary()->text().isEmpty());
        QCOMPARE(charts->erlangCSeries()->count(), intervals);

        // Arrivals are counted in the current interval's point, in place.
        const int current = view()->staffingModel()->currentRow();
        const qreal before = offered->count() > current ? offered->at(current).y() : 0;
        QVERIFY(arrive(QStringLiteral("sales")) > 0);
        QVERIFY(arrive(QStringLiteral("sales")) > 0);
        QSignalSpy updated(view(), &WallboardView::intradayUpdated);
        view()->refreshIntraday();
        QTRY_VERIFY(!updated.isEmpty());
        QCOMPARE(charts->offeredSeries(), offered);
        // A request already on its way may answer first (remote); the view asks again after it.
        QTRY_COMPARE(offered->at(current).y(), before + 2);
        QCOMPARE(view()
                     ->staffingModel()
                     ->index(current, StaffingModel::OfferedColumn)
                     .data(LiveTableModel::SortRole)
                     .toLongLong(),
                 qint64(before + 2));
        QTRY_VERIFY(view()->hasTrend());
        QCOMPARE(charts->trendOfferedSeries()->count(), WallboardView::TrendDays);
    }

    void tvWindowShowsTheChosenTilesAndRotates()
    {
        TvLayoutDialog *dialog = view()->openTvLayoutDialog();
        QListWidget *tiles = dialog->tileList();
        for (int row = 0; row < tiles->count(); ++row) {
            const QString id = tiles->item(row)->data(Qt::UserRole).toString();
            if (id == u"service-level" || id == u"waiting")
                tiles->item(row)->setCheckState(Qt::Checked);
        }
        QListWidget *queues = dialog->queueList();
        for (int row = 0; row < queues->count(); ++row) {
            if (queues->item(row)->data(Qt::UserRole).toString() == u"sales")
                queues->item(row)->setCheckState(Qt::Checked);
        }
        dialog->secondsBox()->setValue(5);
        QSignalSpy saved(view(), &WallboardView::layoutSaved);
        dialog->accept();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(storedLayout()->tv.pageSeconds, 5);
        QCOMPARE(storedLayout()->tv.queueIds, QStringList{QStringLiteral("sales")});

        TvWallboard *tv = view()->showTv(false);
        QVERIFY(tv);
        QVERIFY(QTest::qWaitForWindowExposed(tv));
        QVERIFY(!tv->isFullScreen());
        QCOMPARE(tv->tiles().size(), 2);
        QCOMPARE(tv->pages().size(), 3);
        QCOMPARE(tv->currentPageKind(), TvWallboard::Page::Tiles);
        QVERIFY(tv->isRotating());
        QCOMPARE(tv->pageSeconds(), 5);
        QCOMPARE(tv->queueRowCount(), 1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(arrive(QStringLiteral("sales")) > 0);
        QTRY_COMPARE(tv->tiles().at(1)->valueText(), QStringLiteral("3"));
        tv->nextPage();
        QCOMPARE(tv->currentPageKind(), TvWallboard::Page::Queues);
        tv->nextPage();
        QCOMPARE(tv->currentPageKind(), TvWallboard::Page::Agents);
        tv->nextPage();
        QCOMPARE(tv->currentPageKind(), TvWallboard::Page::Tiles);
        tv->activateWindow();
        QTest::keyClick(tv, Qt::Key_Escape);
        QTRY_VERIFY(!tv->isVisible());
    }

    // Issue #5 (c): a message from the grid reaches the agent's help chat, from the supervisor
    // signed in as their own agent; without a sign-in it is refused and the wallboard says why.
    void messageFromTheGridReachesTheAgent()
    {
        const QList<Agent> agents = centre().agents();
        QVERIFY(agents.size() >= 2);
        const Agent supervisor = agents.at(0);
        const Agent agent = agents.at(1);
        QVERIFY(!centre().setAgentState(agent.id, AgentState::Ready));
        view()->tabs()->setCurrentIndex(WallboardView::AgentsTab);
        QTRY_VERIFY(view()->selectAgent(agent.id));
        QVERIFY(view()->messageAction()->isEnabled());
        QSignalSpy sent(&centre(), &ContactCentre::internalMessageAdded);

        // Nobody signed in: a message has no sender.
        QInputDialog *dialog = sendMessageThroughDialog(QStringLiteral("Please take the next chat"));
        QVERIFY(dialog == nullptr);
        QTRY_VERIFY(view()->statusLabel()->text().contains(QStringLiteral("could not be sent")));
        QCOMPARE(sent.count(), 0);

        bool signedIn = false;
        m_backend->signIn(supervisor.login, UiTestWorkspace::password(),
                          [&](const BackendResult<AgentSession> &result) {
                              QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
                              signedIn = true;
                          });
        QTRY_VERIFY(signedIn);
        QTRY_VERIFY(view()->selectAgent(agent.id));
        sendMessageThroughDialog(QStringLiteral("  Please take the next chat \n"));
        QTRY_COMPARE(sent.count(), 1);
        const auto message = sent.first().first().value<InternalMessage>();
        QCOMPARE(message.fromAgentId, supervisor.id);
        QCOMPARE(message.toAgentId, agent.id);
        QCOMPARE(message.body, QStringLiteral("Please take the next chat"));
        QTRY_COMPARE(view()->statusLabel()->text(),
                     QStringLiteral("Message sent to %1.").arg(agent.displayName));
    }

    // Issue #5 (c): monitor, whisper and barge go to the telephony connector as commands; the
    // grid shows them once the switch confirms (the test plays the switch), and Leave ends it.
    void monitorWhisperAndBargeGoThroughTheSwitch()
    {
        QString voiceQueue;
        for (const Queue &queue : centre().queues()) {
            if (queue.channels.contains(Channel::Voice) && agentServing(queue.id)) {
                voiceQueue = queue.id;
                break;
            }
        }
        QVERIFY2(!voiceQueue.isEmpty(), "the demo data needs a voice queue with an agent");
        const qint64 agentId = agentServing(voiceQueue);
        QVERIFY(!centre().setAgentState(agentId, AgentState::Ready));
        view()->tabs()->setCurrentIndex(WallboardView::AgentsTab);
        QTRY_VERIFY(view()->selectAgent(agentId));
        // Not on a call: nothing to listen to.
        QVERIFY(!view()->monitorAction()->isEnabled());

        QSignalSpy commands(&centre(), &ContactCentre::telephonyCommand);
        QList<TelephonyCommand> switched;
        connect(&centre(), &ContactCentre::telephonyCommand, this, [&](const TelephonyCommand &command) {
            switched.append(command);
            QTimer::singleShot(50, &centre(), [this, command] {
                QVERIFY(!centre().supervisionApplied(command.interactionId, command.mode));
            });
        });
        InboundContact call;
        call.channel = Channel::Voice;
        call.queueId = voiceQueue;
        call.from = QStringLiteral("010-2345-6789");
        const ArrivalResult arrived = centre().contactArrived(call);
        QVERIFY(!arrived.error);
        QTRY_COMPARE(centre().contact(arrived.interactionId)->state, InteractionState::Offered);
        QCOMPARE(centre().contact(arrived.interactionId)->agentId, agentId);
        QVERIFY(!centre().acceptOffer(agentId, arrived.interactionId));
        const auto row = [&] { return view()->agentModel()->rowOfAgent(agentId); };
        QTRY_COMPARE(view()->agentModel()->agent(agentId)->contactId, arrived.interactionId);
        QTRY_VERIFY(view()->monitorAction()->isEnabled());
        QVERIFY(!view()->leaveAction()->isEnabled());

        const struct
        {
            QAction *action;
            SupervisionMode mode;
        } steps[] = {{view()->monitorAction(), SupervisionMode::Monitor},
                     {view()->whisperAction(), SupervisionMode::Whisper},
                     {view()->bargeAction(), SupervisionMode::Barge},
                     {view()->leaveAction(), SupervisionMode::None}};
        for (const auto &step : steps) {
            QVERIFY(step.action->isEnabled());
            step.action->trigger();
            QTRY_COMPARE(switched.size(), commands.size());
            QTRY_VERIFY(!switched.isEmpty() && switched.last().mode == step.mode);
            QCOMPARE(switched.last().interactionId, arrived.interactionId);
            QCOMPARE(switched.last().agentId, agentId);
            QTRY_COMPARE(centre().contact(arrived.interactionId)->supervision, step.mode);
            QTRY_COMPARE(view()->agentModel()->agent(agentId)->supervision, step.mode);
            QCOMPARE(view()->agentModel()->index(row(), AgentGridModel::SupervisionColumn).data().toString(),
                     WallboardText::supervisionName(step.mode));
            // The mode in force is not offered again; Leave only while listening.
            QTRY_VERIFY(!step.action->isEnabled() || step.mode == SupervisionMode::None);
            QCOMPARE(view()->leaveAction()->isEnabled(), step.mode != SupervisionMode::None);
        }
        QCOMPARE(switched.size(), 4);
    }

    void languageSwitchRetranslatesLive()
    {
        QCOMPARE(view()->tabs()->tabText(WallboardView::QueuesTab), QStringLiteral("Queues"));
        QVERIFY(m_languages->setSessionLanguage(QStringLiteral("ko")));
        // Korean is complete once the translators ran lupdate over the wallboard; until then the
        // English text stays, and every widget re-renders without losing its state.
        QTRY_VERIFY(view()->tile(QStringLiteral("waiting")));
        QCOMPARE(view()->tiles().size(), WallboardLayout::defaults().tiles.size());
        QVERIFY(m_languages->setSessionLanguage(QStringLiteral("en")));
        QTRY_COMPARE(view()->tabs()->tabText(WallboardView::QueuesTab), QStringLiteral("Queues"));
    }

    // The supervisor shortens the Not Ready threshold: the time turns amber sooner, and the next
    // wallboard the supervisor opens has the same thresholds.
    void thresholdsAreEditedAndSaved()
    {
        QCOMPARE(view()->thresholds(), AgentStateThresholds());
        QVERIFY(view()->viewActions().contains(view()->thresholdsAction()));
        AgentThresholdsDialog *dialog = view()->openThresholdsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->notReadyEdit()->time(), QTime(0, 10));
        QCOMPARE(dialog->afterCallWorkEdit()->time(), QTime(0, 2));
        QCOMPARE(dialog->busyEdit()->time(), QTime(0, 15));
        // The editors cannot go below ten seconds or above four hours.
        dialog->busyEdit()->setTime(QTime(5, 0));
        QCOMPARE(dialog->busyEdit()->time(), QTime(4, 0));
        dialog->restoreDefaultsButton()->click();
        QCOMPARE(dialog->thresholds(), AgentStateThresholds());
        dialog->notReadyEdit()->setTime(QTime(0, 1));
        QSignalSpy saved(view(), &WallboardView::layoutSaved);
        dialog->accept();
        QTRY_COMPARE(saved.count(), 1);

        AgentStateThresholds edited;
        edited.notReadyMs = 60 * 1000;
        QCOMPARE(view()->thresholds(), edited);
        QCOMPARE(view()->agentModel()->thresholds(), edited);
        const std::optional<WallboardLayout> stored = storedLayout();
        QVERIFY(stored);
        QCOMPARE(stored->agentThresholds, edited);

        // A minute and a half Not Ready is over the new threshold (the standard one is ten minutes).
        const qint64 agentId = centre().agents().first().id;
        QVERIFY(!centre().setAgentState(agentId, AgentState::NotReady, QStringLiteral("break")));
        QTRY_COMPARE(view()->agentModel()->agent(agentId)->activity, WallboardActivity::NotReady);
        const int row = view()->agentModel()->rowOfAgent(agentId);
        const QModelIndex time = view()->agentModel()->index(row, AgentGridModel::TimeInStateColumn);
        QCOMPARE(time.data(AgentGridModel::ThresholdLevelRole).toInt(), 0);
        m_clock->advanceBy(90 * 1000);
        QTRY_COMPARE(time.data().toString(), QStringLiteral("1:30"));
        QCOMPARE(time.data(AgentGridModel::ThresholdLevelRole).toInt(), 1);
        m_clock->advanceBy(40 * 1000);
        QTRY_COMPARE(time.data(AgentGridModel::ThresholdLevelRole).toInt(), 2);

        // Saved per supervisor: another wallboard on the same backend loads the edited ones.
        WallboardView another;
        another.setBackend(m_backend.get());
        QTRY_VERIFY(another.isLayoutLoaded());
        QCOMPARE(another.thresholds(), edited);
        QCOMPARE(another.agentModel()->thresholds(), edited);
    }

private:
    EmbeddedBackend &centreBackend() const { return UiTestWorkspace::embedded(*m_backend); }
    ContactCentre &centre() const { return centreBackend().centre(); }
    WallboardView *view() const { return m_window->wallboard(); }

    qint64 arrive(const QString &queueId)
    {
        InboundContact contact;
        contact.channel = Channel::Chat;
        contact.queueId = queueId;
        contact.from = QStringLiteral("visitor%1@example.com").arg(++m_visitor);
        contact.subject = QStringLiteral("Question %1").arg(m_visitor);
        const ArrivalResult result = centre().contactArrived(contact);
        if (result.error)
            qWarning("arrival refused: %s", qPrintable(result.error->message));
        return result.interactionId;
    }

    qint64 agentServing(const QString &queueId) const
    {
        const std::optional<Queue> queue = centre().queue(queueId);
        for (const Agent &agent : centre().agents()) {
            if (queue && meetsRequirements(agent.skills(), queue->requiredSkills))
                return agent.id;
        }
        return 0;
    }

    // Opens Message… for the selected agent, types the text and sends it. Returns the dialog if it
    // is still open afterwards (it closes on Send).
    QInputDialog *sendMessageThroughDialog(const QString &text)
    {
        view()->messageAction()->trigger();
        QPointer<QInputDialog> dialog =
            view()->findChild<QInputDialog *>(QStringLiteral("agentMessageDialog"));
        if (!dialog || !dialog->isVisible())
            return dialog;
        dialog->setTextValue(text);
        auto *box = dialog->findChild<QDialogButtonBox *>();
        if (box && box->button(QDialogButtonBox::Ok))
            box->button(QDialogButtonBox::Ok)->click();
        else
            dialog->accept();
        QTest::qWait(0);
        return dialog && dialog->isVisible() ? dialog.data() : nullptr;
    }

    DrillDownDialog *latestDrillDown(WallboardFigure figure) const
    {
        DrillDownDialog *found = nullptr;
        for (DrillDownDialog *dialog : view()->findChildren<DrillDownDialog *>()) {
            if (dialog->request().figure == figure && dialog->isVisible())
                found = dialog;
        }
        return found;
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // The colour the tile's edge is painted in, read from what it draws.
    static QColor paintedEdge(WallboardTileWidget *tile)
    {
        const QImage image = tile->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        return image.pixelColor(int(4 * ratio), image.height() / 2);
    }

    bool saveLayoutDirectly(const QByteArray &json)
    {
        if (json.isEmpty()) {
            // The standard layout, as a supervisor who never customised sees it.
            bool done = false;
            bool ok = false;
            centreBackend().saveWallboardLayout(WallboardLayout::defaults().toJson(),
                                                [&](const BackendResult<bool> &result) {
                                                    done = true;
                                                    ok = result.ok();
                                                });
            return done && ok;
        }
        return false;
    }

    std::optional<WallboardLayout> storedLayout()
    {
        QByteArray json;
        centreBackend().wallboardLayout([&](const BackendResult<QByteArray> &result) {
            if (result.ok())
                json = result.value();
        });
        return WallboardLayout::fromJson(json);
    }

    const UiTestWorkspace &m_workspace;
    BackendMode m_mode;
    int m_visitor = 0;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<DeskBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

CONTACTDESK_UI_TEST_MAIN(TestWallboard)
#include "tst_wallboard.moc"

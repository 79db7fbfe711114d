#include "backend/centrehost.h"
#include "backend/embeddedbackend.h"
#include "backend/embeddedcoachingbackend.h"
#include "coaching/auditlogmodel.h"
#include "coaching/auditlogpanel.h"
#include "coaching/calibration.h"
#include "coaching/calibrationmodels.h"
#include "coaching/calibrationpanel.h"
#include "coaching/callaudioassembler.h"
#include "coaching/coachingsessionmodel.h"
#include "coaching/coachingsessionpanel.h"
#include "coaching/coachingtext.h"
#include "coaching/coachingview.h"
#include "coaching/commentlistmodel.h"
#include "coaching/demoscorecard.h"
#include "coaching/evaluationeditor.h"
#include "coaching/evaluationlistmodel.h"
#include "coaching/evaluationpanel.h"
#include "coaching/evaluationrepository.h"
#include "coaching/interactionreview.h"
#include "coaching/recordingarchive.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordinglibrary.h"
#include "coaching/recordinglibrarymodel.h"
#include "coaching/recordingplayer.h"
#include "coaching/scorecardform.h"
#include "coaching/scorecardrepository.h"
#include "coaching/scoretrendpanel.h"
#include "coaching/transcript.h"
#include "coaching/transcriptpanel.h"
#include "coaching/voicecliplibrary.h"
#include "coaching/waveformwidget.h"
#include "common/languagemanager.h"
#include "common/mainwindow.h"
#include "net/protocolserver.h"
#include "net/remotebackend.h"
#include "net/remotecoachingbackend.h"
#include "routing/virtualclock.h"
#include "security/authenticator.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "uitestworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cstdio>
#include <memory>

using namespace ContactDesk;

// The coaching view (issue #6) in the real main window, against EmbeddedCoachingBackend on the
// test workspace and then against RemoteCoachingBackend to a ProtocolServer over a loopback
// WebSocket on the same centre (protocol v1's coaching requests): recordings stored through the real archive
// and vault (a call assembled from the voice clips with a hold and a paused card payment, a chat transcript,
// a contact without consent, and another agent's call), the demo scorecard, and the accounts of three agents:
// a team lead, a second evaluator (also a team lead) and 박서연, an agent. The functions run in order and
// build on each other, as a team lead's day would: browse, open, comment, evaluate, calibrate, assign a
// session; then the agent signs in, finds only her own and disputes.
class TestCoaching : public QObject
{
    Q_OBJECT

public:
    TestCoaching(const UiTestWorkspace &workspace, BackendMode mode)
        : m_workspace(workspace)
        , m_mode(mode)
    {}

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(m_vaultDir.isValid());
        m_clock = std::make_unique<VirtualClock>(UiTestWorkspace::NowMs);
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setSessionLanguage(QStringLiteral("en")));
        EmbeddedBackendOptions options;
        options.clock = m_clock.get();
        options.durableRouting = false;
        m_desk = m_workspace.openEmbeddedBackend(options);
        QVERIFY(m_desk);
        QVERIFY(!m_desk->centreError());
        CentreHost &host = m_desk->host();
        host.setUpRecordings(
            m_vaultDir.filePath(QStringLiteral("vault")),
                                RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k')));
        const std::optional<DomainError> unavailable = host.recordingsUnavailable();
        QVERIFY2(!unavailable, unavailable ? qPrintable(unavailable->message) : "");
        QVERIFY(setUpAccounts());
        QVERIFY(storeRecordings());

        if (m_mode == BackendMode::Remote) {
            // The desktop on the server: the centre above is the server's, the window talks to it
            // over protocol v1, signed in with the accounts' password.
            m_authenticator = std::make_unique<Authenticator>(host.database());
            m_server = std::make_unique<ProtocolServer>(host, *m_authenticator);
            const std::optional<DomainError> listening = m_server->listen(QHostAddress::LocalHost, 0);
            QVERIFY2(!listening, listening ? qPrintable(listening->message) : "");
            RemoteBackendOptions options;
            options.url = QUrl(m_server->url());
            options.firstRetryMs = 50;
            m_remote = std::make_unique<RemoteBackend>(options);
            m_remote->open();
            QTRY_VERIFY_WITH_TIMEOUT(m_remote->link() == RemoteBackend::Link::Connected, 10'000);
            m_coaching = std::make_unique<RemoteCoachingBackend>(*m_remote);
        } else {
            m_coaching = std::make_unique<EmbeddedCoachingBackend>(host, *m_desk);
        }
        m_window = std::make_unique<MainWindow>(deskBackend(), *m_languages);
        m_window->setCoachingBackend(m_coaching.get());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->viewIds().contains(QStringLiteral("coaching")));
        QVERIFY(m_window->showView(QStringLiteral("coaching")));
        QVERIFY(view()->isVisible());
        // Nobody signed in at the desk yet: coaching says why instead of an empty library.
        QVERIFY(!view()->isAvailable());
        QVERIFY(view()->unavailableLabel()->isVisible());
        QVERIFY(view()->unavailableLabel()->text().contains(QStringLiteral("Sign in")));
        QVERIFY(signInAs(m_lead.login));
        QCOMPARE(view()->user()->role, Role::TeamLead);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_coaching.reset();
        m_remote.reset();
        m_server.reset();
        m_authenticator.reset();
        m_desk.reset();
        m_clock.reset();
        m_languages.reset();
        QSettings().clear();
    }

    void libraryListsEveryAgentsRecordingsAndSaysWhatWasNotRecorded()
    {
        QVERIFY(view()->library()->isVisible());
        RecordingLibraryModel *model = library()->model();
        QCOMPARE(model->rowCount(), 4);
        // Newest first.
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->recordingAt(row - 1)->startedMs >= model->recordingAt(row)->startedMs);
        const int email = rowOf(m_emailRecording.id);
        QVERIFY(email >= 0);
        QCOMPARE(model->index(email, RecordingLibraryModel::StatusColumn).data().toString(),
                 QStringLiteral("Not recorded (no consent)"));
        QVERIFY(model->index(email, RecordingLibraryModel::StartedColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
        QCOMPARE(
            model->index(rowOf(m_callRecording.id), RecordingLibraryModel::StatusColumn).data().toString(),
            QStringLiteral("Recorded"));
        QCOMPARE(
            model->index(rowOf(m_callRecording.id), RecordingLibraryModel::AgentColumn).data().toString(),
            m_agentName);
        QVERIFY(library()->agentFilter()->isVisible());
        QVERIFY(!library()->emptyLabel()->isVisible());
        // (Counts are plural forms: the English of "%n recording(s)" comes from the translation.)
        QVERIFY(library()->pageLabel()->text().startsWith(QStringLiteral("Page 1 · 4 recording")));
    }

    void filtersNarrowTheLibrary()
    {
        RecordingLibraryModel *model = library()->model();
        QComboBox *agent = library()->agentFilter();
        agent->setCurrentIndex(agent->findData(m_agentId));
        QTRY_COMPARE(model->rowCount(), 3);
        QVERIFY(settled());
        QCOMPARE(rowOf(m_otherRecording.id), -1);

        QComboBox *channel = library()->channelFilter();
        channel->setCurrentIndex(channel->findData(int(Channel::Chat)));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordingAt(0)->id, m_chatRecording.id);

        channel->setCurrentIndex(0);
        library()->minCsatFilter()->setValue(4);
        QTRY_COMPARE(model->rowCount(), 2); // the call (4) and the chat (5); not the e-mail (2)
        QVERIFY(settled());
        QCOMPARE(rowOf(m_emailRecording.id), -1);

        library()->maxDurationFilter()->setValue(1); // up to a minute: the calls last longer
        QTRY_VERIFY(settled());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordingAt(0)->id, m_chatRecording.id);

        channel->setCurrentIndex(channel->findData(int(Channel::Voice)));
        QTRY_VERIFY(library()->emptyLabel()->isVisible());
        QCOMPARE(library()->emptyLabel()->text(), QStringLiteral("No recordings match these filters."));

        QComboBox *evaluation = library()->evaluationFilter();
        library()->resetFilters();
        QTRY_COMPARE(model->rowCount(), 4);
        evaluation->setCurrentIndex(evaluation->findData(int(RecordingQuery::Evaluation::Evaluated)));
        QTRY_VERIFY(library()->emptyLabel()->isVisible()); // nobody has evaluated anything yet
        evaluation->setCurrentIndex(evaluation->findData(int(RecordingQuery::Evaluation::NotEvaluated)));
        QTRY_COMPARE(model->rowCount(), 4);
        library()->resetFilters();
        QTRY_COMPARE(model->rowCount(), 4);
        QVERIFY(settled());
    }

    void openingACallShowsItsWaveformAndMarkers()
    {
        openFromLibrary(m_callRecording.id);
        RecordingPlayer *player = review()->player();
        QVERIFY(player->isVisible());
        QVERIFY(!review()->transcript()->isVisible());
        QVERIFY(player->isOpen());
        QCOMPARE(view()->currentTab(), CoachingView::ReviewTab);
        WaveformWidget *waveform = player->waveform();
        QVERIFY(waveform->isVisible());
        QCOMPARE(waveform->durationMs(), m_callRecording.durationMs);
        QCOMPARE(waveform->peaks().size(), waveform->waveArea().width());
        QVERIFY(std::any_of(waveform->peaks().cbegin(), waveform->peaks().cend(),
                            [](const WaveformPeak &peak) { return peak.max > 0.05f; }));
        QCOMPARE(waveform->markers(), m_callRecording.markers);

        const RecordingMarker *pause = marker(RecordingMarkerKind::Pause);
        const RecordingMarker *hold = marker(RecordingMarkerKind::Hold);
        QVERIFY(pause && hold);
        // The cut where recording was paused is drawn in the pause colour, a hold as a band.
        const QImage image = waveform->grab().toImage();
        const QColor pauseColor = CoachingText::markerColor(RecordingMarkerKind::Pause);
        const int pauseX = int(waveform->xForMs(pause->atMs) * image.devicePixelRatio());
        QVERIFY(columnHasColor(image, pauseX, pauseColor));
        const int holdX = int(waveform->xForMs(hold->atMs + hold->durationMs / 2) * image.devicePixelRatio());
        QVERIFY(!columnHasColor(image, holdX, pauseColor));
        auto *pauseLegend = player->findChild<QLabel *>(QStringLiteral("coachingPauseLegend"));
        QVERIFY(pauseLegend && pauseLegend->isVisible());
        QVERIFY(pauseLegend->text().contains(QStringLiteral("Recording paused — not recorded")));
        QVERIFY(review()->headerLabel()->text().contains(QStringLiteral("recording paused 1 time")));
        QVERIFY(waveform->toolTip().isEmpty());
        QCOMPARE(CoachingText::markerDescription(*pause).left(23),
                 QStringLiteral("Recording paused at %1") .arg(CoachingText::position(pause->atMs)).left(23));
    }

    void aCommentAtThePlayheadIsATickAndClickingItSeeks()
    {
        RecordingPlayer *player = review()->player();
        WaveformWidget *waveform = player->waveform();
        const QRect area = waveform->waveArea();
        // A click on the waveform moves the playhead there.
        const int x = area.left() + area.width() / 4;
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(x, area.center().y()));
        const qint64 at = waveform->msAtX(x);
        QCOMPARE(player->position(), at);
        QCOMPARE(waveform->position(), at);
        QCOMPARE(review()->addCommentButton()->text(),
                 QStringLiteral("&Add at %1").arg(CoachingText::position(at)));

        QVERIFY(review()->commentEdit()->isVisible());
        QTest::keyClicks(review()->commentEdit(), QStringLiteral("Good greeting, but slow down here"));
        QVERIFY(review()->addCommentButton()->isEnabled());
        QTest::mouseClick(review()->addCommentButton(), Qt::LeftButton);
        QTRY_COMPARE(review()->commentModel()->rowCount(), 1);
        const CoachingComment comment = *review()->commentModel()->commentAt(0);
        QCOMPARE(comment.anchor.kind, CommentAnchorKind::RecordingPosition);
        QCOMPARE(comment.anchor.positionMs, at);
        QCOMPARE(comment.authorName, m_lead.displayName);
        QVERIFY(review()->commentEdit()->text().isEmpty());
        QCOMPARE(waveform->ticks().size(), 1);
        QCOMPARE(waveform->ticks().first().atMs, at);

        // Elsewhere, then a click on the comment takes the player back to it.
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(area.right() - 2, area.center().y()));
        QVERIFY(player->position() > at);
        QListView *list = review()->commentList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(review()->commentModel()->index(0)).center());
        QCOMPARE(player->position(), at);
        QCOMPARE(waveform->position(), at);

        // The tick on the waveform does the same.
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(area.left() + 1, area.center().y()));
        QVERIFY(player->position() < at);
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(waveform->xForMs(at), 8));
        QCOMPARE(player->position(), at);

        // Play and pause; playing moves the playhead on from where it was.
        QTest::mouseClick(player->playButton(), Qt::LeftButton);
        QTRY_VERIFY(player->isPlaying());
        QCOMPARE(player->playButton()->text(), QStringLiteral("Pause"));
        QTRY_VERIFY(player->position() > at);
        QTest::mouseClick(player->playButton(), Qt::LeftButton);
        QTRY_VERIFY(!player->isPlaying());
        QCOMPARE(player->playButton()->text(), QStringLiteral("Play"));
        const qint64 paused = player->position();
        QTest::qWait(300);
        QCOMPARE(player->position(), paused);

        // Speed from 0.5× to 2×.
        player->setPlaybackRate(0.5);
        QCOMPARE(player->playbackRate(), 0.5);
        QCOMPARE(player->speedBox()->currentText(), QStringLiteral("0.5×"));
        player->setPlaybackRate(3.0);
        QCOMPARE(player->playbackRate(), 2.0);
        player->setPlaybackRate(1.0);
    }

    void aChatIsItsTranscriptAndCommentsNameAMessage()
    {
        openFromLibrary(m_chatRecording.id);
        TranscriptPanel *transcript = review()->transcript();
        QVERIFY(transcript->isVisible());
        QVERIFY(!review()->player()->isVisible());
        QCOMPARE(transcript->messages().size(), m_workspace.knownChatMessages.size());
        for (int i = 0; i < transcript->messages().size(); ++i) {
            QCOMPARE(transcript->messages().at(i).body, m_workspace.knownChatMessages.at(i).body);
            QCOMPARE(transcript->messages().at(i).id, m_workspace.knownChatMessages.at(i).id);
        }
        QTest::keyClicks(review()->commentEdit(), QStringLiteral("Ask which plan before confirming"));
        QVERIFY(!review()->addCommentButton()->isEnabled()); // which message?
        QListWidget *list = transcript->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QCOMPARE(transcript->selectedIndex(), 1);
        QCOMPARE(review()->addCommentButton()->text(), QStringLiteral("&Add to Message 2"));
        QTest::mouseClick(review()->addCommentButton(), Qt::LeftButton);
        QTRY_COMPARE(review()->commentModel()->rowCount(), 1);
        const CoachingComment comment = *review()->commentModel()->commentAt(0);
        QCOMPARE(comment.anchor.kind, CommentAnchorKind::TranscriptMessage);
        QCOMPARE(comment.anchor.messageId, m_workspace.knownChatMessages.at(1).id);
        QVERIFY(review()->commentModel()->index(0).data().toString().startsWith(
            QStringLiteral("Message 2 · Agent")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("1 coaching comment")));

        transcript->selectMessage(0);
        QListView *comments = review()->commentList();
        QTest::mouseClick(comments->viewport(), Qt::LeftButton, {},
                          comments->visualRect(review()->commentModel()->index(0)).center());
        QCOMPARE(transcript->selectedIndex(), 1);
    }

    void theScorecardScoresAsItIsFilledAndIsSubmitted()
    {
        openFromLibrary(m_callRecording.id);
        review()->showSideTab(InteractionReview::EvaluateTab);
        EvaluationEditor *editor = review()->editor();
        QTRY_VERIFY(editor->form()->hasScorecard());
        ScorecardForm *form = editor->form();
        QVERIFY(form->isVisible());
        QCOMPARE(form->scorecard().id, DemoScorecard::Id.toString());
        QVERIFY(!form->isReadOnly());
        QCOMPARE(editor->stateLabel()->text(), QStringLiteral("Not saved yet"));
        QVERIFY(!editor->submitButton()->isEnabled());
        auto *critical = form->findChild<QLabel *>(QStringLiteral("critical-identity-verified"));
        QVERIFY(critical && critical->isVisible());
        QCOMPARE(critical->text(), QStringLiteral("Critical"));

        click(form, QStringLiteral("greeting"), QStringLiteral("yes"));
        QVERIFY(form->scoreDetail()->text().startsWith(QStringLiteral("Incomplete: 1 of 13 question")));
        QCOMPARE(form->scoreLabel()->text(), QStringLiteral("100.0%"));
        QCOMPARE(editor->stateLabel()->text(), QStringLiteral("Unsaved changes"));
        click(form, QStringLiteral("needs-understood"), QStringLiteral("3"));
        // (1 × 1 + 0.5 × 2) / 3
        QCOMPARE(form->scoreLabel()->text(), QStringLiteral("66.7%"));

        // A failed critical question makes the score 0, even before the rest is answered.
        click(form, QStringLiteral("identity-verified"), QStringLiteral("no"));
        QCOMPARE(form->scoreLabel()->text(), QStringLiteral("0.0%"));
        QVERIFY(form->scoreDetail()->text().contains(QStringLiteral("critical question failed")));
        QVERIFY(form->sectionScoreLabel(
            QStringLiteral("compliance"))->text().contains(QStringLiteral("critical failed")));

        // Not applicable counts for nothing.
        click(form, QStringLiteral("history-checked"), QStringLiteral("na"));
        const ScorecardAnswer *na = nullptr;
        const QList<ScorecardAnswer> answers = form->answers();
        for (const ScorecardAnswer &answer : answers) {
            if (answer.questionId == u"history-checked")
                na = &answer;
        }
        QVERIFY(na && na->notApplicable && !na->value);

        // The rest, with a comment on one of them.
        for (const QString &id : {QStringLiteral("purpose-confirmed"),
                 QStringLiteral("next-steps"),
                                QStringLiteral("hold-etiquette"),
                                               QStringLiteral("no-card-number-read-back"),
                                                              QStringLiteral("offer-consent"),
                                                                             QStringLiteral("anything-else")})
            click(form, id, QStringLiteral("yes"));
        click(form, QStringLiteral("active-listening"), QStringLiteral("4"));
        click(form, QStringLiteral("courtesy"), QStringLiteral("5"));
        QVERIFY(!editor->submitButton()->isEnabled());
        QVERIFY(editor->submitButton()->toolTip().contains(QStringLiteral("1 left")));
        form->pointsBox(QStringLiteral("solution-accuracy"))->setValue(8);
        QTest::keyClicks(form->commentEdit(QStringLiteral("solution-accuracy")),
                                           QStringLiteral("Right plan, late"));
        QCOMPARE(form->score()->outcome, ScoreOutcome::CriticalFailed);
        QCOMPARE(form->scoreLabel()->text(), QStringLiteral("0.0%"));
        QVERIFY(editor->submitButton()->isEnabled());

        // Identity was verified after all: the score the arithmetic gives.
        click(form, QStringLiteral("identity-verified"), QStringLiteral("yes"));
        const StoreResult<ScorecardScore> expected =
            ScorecardScoring::score(form->scorecard(), form->answers());
        QVERIFY(expected.ok());
        QCOMPARE(expected.value().outcome, ScoreOutcome::Scored);
        QCOMPARE(form->score()->outcome, ScoreOutcome::Scored);
        QCOMPARE(form->scoreLabel()->text(), CoachingText::percent(expected.value().percent));
        QVERIFY(form->scoreDetail()->text().startsWith(QStringLiteral("All 13 question")));

        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->isSettled());
        QVERIFY(editor->evaluation().id > 0);
        QVERIFY(editor->stateLabel()->text().startsWith(QStringLiteral("Draft saved")));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(editor->evaluation().status, EvaluationStatus::Submitted);
        QVERIFY(form->isReadOnly());
        QVERIFY(!editor->submitButton()->isVisible());
        QCOMPARE(editor->evaluation().score->percent, expected.value().percent);
        m_leadEvaluationId = editor->evaluation().id;

        // The interaction's evaluations and the library know.
        QTRY_VERIFY(settled());
        EvaluationPanel *evaluations = review()->evaluations();
        QCOMPARE(evaluations->model()->rowCount(), 1);
        QCOMPARE(evaluations->model()->index(0, EvaluationListModel::StatusColumn).data().toString(),
                 QStringLiteral("Submitted"));
        QCOMPARE(review()->sideTabs()->tabText(InteractionReview::EvaluationsTab),
                 QStringLiteral("E&valuations (1)"));
        QCOMPARE(library()
                     ->model()
                     ->index(rowOf(m_callRecording.id), RecordingLibraryModel::EvaluatedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Evaluated"));
        // Calibration needs a second evaluator.
        QVERIFY(!review()->calibration()->hasReport());
        QVERIFY(review()->calibration()->messageLabel()->text().contains(QStringLiteral("1 evaluation")));
    }

    void calibrationShowsHowFarTheEvaluatorsAreApart()
    {
        // A second team lead scores the same call differently (written as they would, through
        // the repository with their own principal).
        EvaluationRepository evaluations(m_desk->host().database());
        Evaluation second;
        second.interactionId = m_callRecording.interactionId;
        second.agentId = m_agentId;
        second.scorecardId = m_form.id;
        second.scorecardVersion = m_form.version;
        second.evaluatorName = m_second.displayName;
        for (const ScorecardSection &section : m_form.sections) {
            for (const ScorecardQuestion &question : section.questions) {
                int value = question.maximumValue();
                if (question.id == u"needs-understood")
                    value = 2;
                if (question.id == u"solution-accuracy")
                    value = 5;
                second.answers.append(ScorecardAnswer::of(question.id, value));
            }
        }
        const Principal who{m_second.id, Role::TeamLead, m_second.agentId};
        QVERIFY(!evaluations.saveDraft(who, second, UiTestWorkspace::NowMs));
        QVERIFY(evaluations.submit(who, second.id, UiTestWorkspace::NowMs).ok());
        m_secondEvaluationId = second.id;

        review()->reload();
        QTRY_VERIFY(settled());
        review()->showSideTab(InteractionReview::CalibrationTab);
        CalibrationPanel *calibration = review()->calibration();
        QTRY_VERIFY(calibration->hasReport());
        QVERIFY(calibration->isVisible());
        auto both = evaluations.listForInteraction(Principal{m_lead.id, Role::TeamLead, m_lead.agentId},
                                                   m_callRecording.interactionId);
        QVERIFY(both.ok());
        const StoreResult<CalibrationReport> expected = Calibration::compare(m_form, both.value());
        QVERIFY(expected.ok());
        const CalibrationReport &report = expected.value();
        QCOMPARE(report.scores.size(), 2);
        QVERIFY(calibration->countLabel()->text().startsWith(QStringLiteral("2 evaluator")));
        QVERIFY(calibration->countLabel()->text().endsWith(QStringLiteral(", 2 with a score")));
        QCOMPARE(calibration->meanLabel()->text(),
                 QStringLiteral("Mean %1").arg(CoachingText::percent(report.mean)));
        QCOMPARE(calibration->spreadLabel()->text(),
                 QStringLiteral("Spread %1 points (%2 to %3)") .arg(
                     QLocale().toString(*report.spread, 'f', 1), CoachingText::percent(report.minimum),
                     CoachingText::percent(report.maximum)));
        QCOMPARE(
            calibration->deviationLabel()->text(),
            QStringLiteral("Std. dev. %1 points").arg(QLocale().toString(*report.standardDeviation, 'f', 1)));
        QVERIFY(*report.spread > 0);
        QCOMPARE(calibration->scoreModel()->rowCount(), 2);
        QCOMPARE(
            calibration->scoreModel()->index(1, CalibrationScoreModel::EvaluatorColumn).data().toString(),
            m_second.displayName);
        // needs-understood 3 against 2, solution-accuracy 8 against 5, and the comment-free rest alike
        // except where the first evaluator chose otherwise (history-checked N/A, active-listening 4).
        QCOMPARE(calibration->disagreementModel()->rowCount(), int(report.disagreements.size()));
        QVERIFY(report.disagreements.size() >= 2);
        bool accuracy = false;
        for (int row = 0; row < calibration->disagreementModel()->rowCount(); ++row) {
            const QModelIndex question = calibration->disagreementModel()->index(row, 0);
            if (question.data().toString().startsWith(
                    QStringLiteral("Gave a correct and complete solution"))) {
                accuracy = true;
                QCOMPARE(calibration->disagreementModel()
                             ->index(row, CalibrationDisagreementModel::SpreadColumn)
                             .data(),
                         QVariant(QStringLiteral("3")));
                QCOMPARE(calibration->disagreementModel()
                             ->index(row, CalibrationDisagreementModel::FirstEvaluatorColumn)
                             .data()
                             .toString(),
                         QStringLiteral("8 of 10 points"));
            }
        }
        QVERIFY(accuracy);
        QCOMPARE(review()->sideTabs()->tabText(InteractionReview::CalibrationTab),
                 QStringLiteral("Ca&libration (2)"));
    }

    void aTeamLeadAssignsASessionWithAClipFromTheSelection()
    {
        review()->showSideTab(InteractionReview::EvaluateTab);
        WaveformWidget *waveform = review()->player()->waveform();
        const QRect area = waveform->waveArea();
        const int from = area.left() + area.width() / 5;
        const int to = area.left() + area.width() / 2;
        QTest::mousePress(waveform, Qt::LeftButton, {}, QPoint(from, area.center().y()));
        QTest::mouseMove(waveform, QPoint((from + to) / 2, area.center().y()));
        QTest::mouseMove(waveform, QPoint(to, area.center().y()));
        QTest::mouseRelease(waveform, Qt::LeftButton, {}, QPoint(to, area.center().y()));
        QVERIFY(waveform->selection());
        QCOMPARE(waveform->selection()->startMs, waveform->msAtX(from));
        QCOMPARE(waveform->selection()->endMs, waveform->msAtX(to));
        const std::optional<CoachingClip> clip = review()->selectedClip();
        QVERIFY(clip);

        view()->showTab(CoachingView::SessionsTab);
        CoachingSessionPanel *sessions = view()->sessions();
        QVERIFY(sessions->isVisible());
        QVERIFY(sessions->emptyLabel()->isVisible());
        QTest::mouseClick(sessions->newButton(), Qt::LeftButton);
        sessions->agentBox()->setCurrentIndex(sessions->agentBox()->findData(m_agentId));
        QTRY_VERIFY(sessions->isSettled());
        QVERIFY(!sessions->saveButton()->isEnabled()); // no title yet
        QTest::keyClicks(sessions->titleEdit(), QStringLiteral("Identity check and pace"));
        QTest::keyClicks(sessions->notesEdit(), QStringLiteral("Listen to the clip together first."));
        // The agent's submitted evaluations to choose from: the two of the call.
        QListWidget *linked = sessions->evaluationList();
        QCOMPARE(linked->count(), 2);
        for (int row = 0; row < linked->count(); ++row) {
            if (linked->item(row)->data(Qt::UserRole).toLongLong() == m_leadEvaluationId)
                linked->item(row)->setCheckState(Qt::Checked);
        }
        QVERIFY(sessions->addClipButton()->isEnabled());
        QTest::keyClicks(sessions->clipNoteEdit(), QStringLiteral("Here"));
        QTest::mouseClick(sessions->addClipButton(), Qt::LeftButton);
        QCOMPARE(sessions->clipList()->count(), 1);
        QTest::mouseClick(sessions->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(sessions->model()->rowCount(), 1);
        const CoachingSession saved = sessions->model()->sessions().first();
        QCOMPARE(saved.agentId, m_agentId);
        QCOMPARE(saved.title, QStringLiteral("Identity check and pace"));
        QCOMPARE(saved.evaluationIds, QList<qint64>{m_leadEvaluationId});
        QCOMPARE(saved.clips.size(), 1);
        QCOMPARE(saved.clips.first().interactionId, m_callRecording.interactionId);
        QCOMPARE(saved.clips.first().startMs, clip->startMs);
        QCOMPARE(saved.clips.first().endMs, clip->endMs);
        QCOMPARE(saved.clips.first().note, QStringLiteral("Here"));
        m_sessionClip = saved.clips.first();
    }

    void anAgentSeesOnlyTheirOwnAndDisputes()
    {
        QVERIFY(signInAs(m_agentLogin));
        QCOMPARE(view()->user()->role, Role::Agent);
        view()->showTab(CoachingView::LibraryTab);
        QTRY_VERIFY(settled());
        // Their own recordings only, without the filters for other agents.
        QVERIFY(!library()->agentFilter()->isVisible());
        QVERIFY(!library()->teamFilter()->isVisible());
        QCOMPARE(library()->model()->rowCount(), 3);
        QCOMPARE(rowOf(m_otherRecording.id), -1);
        QCOMPARE(view()->tabs()->tabText(CoachingView::EvaluationsTab), QStringLiteral("&My Evaluations"));

        // Their call: listen and read, but no scorecard and no comments of their own.
        openFromLibrary(m_callRecording.id);
        QVERIFY(review()->player()->isOpen());
        QVERIFY(!review()->sideTabs()->isTabVisible(InteractionReview::EvaluateTab));
        QVERIFY(!review()->sideTabs()->isTabVisible(InteractionReview::CalibrationTab));
        QVERIFY(!review()->commentEdit()->isVisible());
        QCOMPARE(review()->commentModel()->rowCount(), 1); // the team lead's comment
        EvaluationPanel *onCall = review()->evaluations();
        QVERIFY(onCall->isVisible());
        QCOMPARE(onCall->model()->rowCount(), 2);
        QVERIFY(onCall->form()->isReadOnly());

        // Another agent's recording is refused, in the backend's words.
        view()->openRecording(m_otherRecording);
        QTRY_VERIFY(settled());
        QVERIFY(review()->messageLabel()->isVisible());
        QVERIFY2(review()->messageLabel()->text().startsWith(
            QStringLiteral("The recording could not be opened: ")),
            qPrintable(review()->messageLabel()->text()));
        QVERIFY(!review()->hasContent());

        // My Evaluations: both, their trend, and the dispute.
        view()->showTab(CoachingView::EvaluationsTab);
        ScoreTrendPanel *trend = view()->trend();
        QTRY_VERIFY(settled());
        QVERIFY(!trend->agentBox()->isVisible());
        EvaluationPanel *mine = trend->evaluations();
        QCOMPARE(mine->model()->rowCount(), 2);
        QVERIFY(mine->selectEvaluation(m_leadEvaluationId));
        QTRY_VERIFY(mine->form()->hasScorecard());
        QVERIFY(mine->form()->isReadOnly());
        QCOMPARE(mine->form()->commentEdit(QStringLiteral("solution-accuracy"))->text(),
                                           QStringLiteral("Right plan, late"));
        QVERIFY(mine->acknowledgeButton()->isVisible());
        QVERIFY(!mine->disputeButton()->isEnabled()); // a dispute says why
        QTest::keyClicks(mine->responseEdit(), QStringLiteral("I did verify the caller first"));
        QVERIFY(mine->disputeButton()->isEnabled());
        QTest::mouseClick(mine->disputeButton(), Qt::LeftButton);
        QTRY_COMPARE(mine->currentEvaluation()->status, EvaluationStatus::Disputed);
        QCOMPARE(
            mine->model()
                ->index(mine->model()->rowOfEvaluation(m_leadEvaluationId), EvaluationListModel::StatusColumn)
                .data()
                .toString(),
            QStringLiteral("Disputed"));
        QVERIFY(mine->agentCommentLabel()->text().contains(QStringLiteral("I did verify the caller first")));
        QVERIFY(!mine->acknowledgeButton()->isVisible());
        // The other one is acknowledged without a comment.
        QVERIFY(mine->selectEvaluation(m_secondEvaluationId));
        QTest::mouseClick(mine->acknowledgeButton(), Qt::LeftButton);
        QTRY_COMPARE(mine->currentEvaluation()->status, EvaluationStatus::Acknowledged);

        // The trend: both submitted scores, in a line.
        QTRY_VERIFY(settled());
        QCOMPARE(trend->scoreSeries()->count(), 2);
        QCOMPARE(trend->criticalSeries()->count(), 0);
        QVERIFY(trend->chartView()->isVisible());
        QVERIFY(trend->summaryLabel()->text().startsWith(QStringLiteral("2 submitted evaluation")));
    }

    void anAgentSeesTheirSessionAndPlaysItsClip()
    {
        view()->showTab(CoachingView::SessionsTab);
        CoachingSessionPanel *sessions = view()->sessions();
        QTRY_VERIFY(settled());
        QVERIFY(!sessions->newButton()->isVisible());
        QVERIFY(!sessions->saveButton()->isVisible());
        QCOMPARE(sessions->model()->rowCount(), 1);
        QTRY_COMPARE(sessions->titleEdit()->text(), QStringLiteral("Identity check and pace"));
        QVERIFY(sessions->titleEdit()->isReadOnly());
        QCOMPARE(sessions->clipList()->count(), 1);
        sessions->clipList()->setCurrentRow(0);
        QTest::mouseClick(sessions->playClipButton(), Qt::LeftButton);
        QTRY_COMPARE(view()->currentTab(), CoachingView::ReviewTab);
        QTRY_VERIFY(review()->hasContent());
        QCOMPARE(review()->recording()->interactionId, m_sessionClip.interactionId);
        QVERIFY(review()->player()->selection());
        QCOMPARE(review()->player()->selection()->startMs, m_sessionClip.startMs);
        QCOMPARE(review()->player()->selection()->endMs, m_sessionClip.endMs);
        QCOMPARE(review()->player()->position(), m_sessionClip.startMs);
    }

    void onlyThePermittedRolesGetRecordingControls()
    {
        // The agent (signed in from the tests before): her own call, but nothing to take it out
        // of ContactDesk, hold it or delete it, and no audit log.
        QCOMPARE(view()->user()->role, Role::Agent);
        QVERIFY(review()->hasContent());
        QVERIFY(review()->headerLabel()->isVisible());
        QVERIFY(!review()->exportButton()->isVisible());
        QVERIFY(!review()->legalHoldButton()->isVisible());
        QVERIFY(!review()->deleteButton()->isVisible());
        QVERIFY(!view()->tabs()->isTabVisible(CoachingView::AuditTab));

        // A team lead coaches from the recording, but does not export, hold or delete it either.
        QVERIFY(signInAs(m_lead.login));
        openFromLibrary(m_callRecording.id);
        QVERIFY(!review()->exportButton()->isVisible());
        QVERIFY(!review()->legalHoldButton()->isVisible());
        QVERIFY(!review()->deleteButton()->isVisible());
        QVERIFY(!view()->tabs()->isTabVisible(CoachingView::AuditTab));
    }

    void theReviewHeaderNamesTheQueue()
    {
        // The desk's transfer targets name the queues; an id the centre does not know stays an id.
        QVERIFY(review()->headerLabel()->text().contains(QStringLiteral("queue general")));
        openFromLibrary(m_otherRecording.id);
        const QString header = review()->headerLabel()->text();
        QVERIFY2(header.contains(QStringLiteral("queue Billing")), qPrintable(header));
        QVERIFY(!header.contains(QStringLiteral("queue billing")));

        // The library names it too, in its column and in its queue filter, which still filters by id.
        RecordingLibraryModel *model = library()->model();
        const int row = model->rowOfRecording(m_otherRecording.id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, RecordingLibraryModel::QueueColumn).data().toString(),
                 QStringLiteral("Billing"));
        QComboBox *queue = library()->queueFilter();
        const int billing = queue->findText(QStringLiteral("Billing"));
        QVERIFY(billing > 0);
        QCOMPARE(queue->itemData(billing).toString(), QStringLiteral("billing"));
        QVERIFY(queue->findText(QStringLiteral("general")) > 0);
    }

    void aSupervisorExportsTheRecordingItself()
    {
        QVERIFY(setRole(m_second, Role::Supervisor));
        QVERIFY(signInAs(m_second.login));
        QCOMPARE(view()->user()->role, Role::Supervisor);
        openFromLibrary(m_callRecording.id);
        QVERIFY(review()->exportButton()->isVisible());
        QVERIFY(review()->exportButton()->isEnabled());
        // Deleting and the legal hold are the admins'.
        QVERIFY(!review()->legalHoldButton()->isVisible());
        QVERIFY(!review()->deleteButton()->isVisible());
        QVERIFY(view()->tabs()->isTabVisible(CoachingView::AuditTab));

        const QString path = m_vaultDir.filePath(QStringLiteral("exported-call.wav"));
        QString suggested;
        QString dialogName;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            if (!dialog) {
                modal->close();
                return;
            }
            dialogName = dialog->objectName();
            suggested = dialog->selectedFiles().value(0);
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        });
        QTest::mouseClick(review()->exportButton(), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(dialogName, QStringLiteral("reviewExportDialog"));
        QVERIFY2(suggested.endsWith(QStringLiteral("/recording-%1.wav").arg(m_callRecording.interactionId)),
                                    qPrintable(suggested));
        QTRY_VERIFY2(QFile::exists(path), qPrintable(view()->statusLabel()->text()));
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray wav = exported.readAll();
        QCOMPARE(qint64(wav.size()), review()->recording()->sizeBytes);
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(wav.mid(8, 4), QByteArray("WAVE"));
        QVERIFY(view()->statusLabel()->text().startsWith(QStringLiteral("Recording exported to ")));

        // A chat exports as its transcript, which reads back as the conversation.
        openFromLibrary(m_chatRecording.id);
        QCOMPARE(InteractionReview::suggestedExportName(*review()->recording()),
                 QStringLiteral("recording-%1.json").arg(m_chatRecording.interactionId));
        const QString transcriptPath = m_vaultDir.filePath(QStringLiteral("exported-chat.json"));
        review()->exportRecordingTo(transcriptPath);
        QVERIFY(settled());
        QFile transcript(transcriptPath);
        QVERIFY(transcript.open(QIODevice::ReadOnly));
        const auto messages = Transcript::decode(transcript.readAll());
        QVERIFY(messages);
        const auto stored =
            MessageRepository(m_desk->host().database()).forInteraction(m_workspace.knownChatId);
        QVERIFY(stored);
        QCOMPARE(messages->size(), stored->size());
        QVERIFY(!messages->isEmpty());
    }

    void anAdminHoldsARecordingAndCannotDeleteItMeanwhile()
    {
        QVERIFY(setRole(m_second, Role::Admin));
        QVERIFY(signInAs(m_second.login));
        QCOMPARE(view()->user()->role, Role::Admin);
        openFromLibrary(m_otherRecording.id);
        QToolButton *hold = review()->legalHoldButton();
        QVERIFY(hold->isVisible() && hold->isEnabled());
        QVERIFY(hold->isCheckable());
        QVERIFY(!hold->isChecked());
        QVERIFY(review()->deleteButton()->isVisible());

        QTest::mouseClick(hold, Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(hold->isChecked());
        QVERIFY(review()->recording()->legalHold);
        QVERIFY(review()->headerLabel()->text().contains(QStringLiteral("Recorded · legal hold")));
        QCOMPARE(library()
                     ->model()
                     ->index(rowOf(m_otherRecording.id), RecordingLibraryModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Recorded · legal hold"));

        // Deleting asks why; under the hold the core refuses, and the view says so in its words.
        QString note;
        bool confirmWaitedForAReason = false;
        whenModal([&](QWidget *modal) {
            auto *reason = modal->findChild<QLineEdit *>(QStringLiteral("reviewDeleteReason"));
            auto *confirm = modal->findChild<QPushButton *>(QStringLiteral("reviewDeleteConfirm"));
            if (modal->objectName() != u"reviewDeleteDialog" || !reason || !confirm) {
                modal->close();
                return;
            }
            if (auto *label = modal->findChild<QLabel *>(QStringLiteral("reviewDeleteHoldNote")))
                note = label->text();
            confirmWaitedForAReason = !confirm->isEnabled();
            QTest::keyClicks(reason, QStringLiteral("Duplicate of another recording"));
            QTest::mouseClick(confirm, Qt::LeftButton);
        });
        QTest::mouseClick(review()->deleteButton(), Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(confirmWaitedForAReason);
        QVERIFY(note.contains(QStringLiteral("legal hold")));
        const QString status = view()->statusLabel()->text();
        QVERIFY2(status.startsWith(QStringLiteral("The recording could not be deleted: "))
                                   && status.contains(QStringLiteral("under legal hold")),
                                                      qPrintable(status));
        QVERIFY(review()->hasContent());
        QVERIFY(rowOf(m_otherRecording.id) >= 0);

        QTest::mouseClick(hold, Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(!hold->isChecked());
        QVERIFY(!review()->recording()->legalHold);
        QVERIFY(!review()->headerLabel()->text().contains(QStringLiteral("legal hold")));
    }

    void anAdminDeletesARecordingWithAReason()
    {
        // Cancelling deletes nothing.
        whenModal([](QWidget *modal) { modal->close(); });
        QTest::mouseClick(review()->deleteButton(), Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(review()->hasContent());

        whenModal([](QWidget *modal) {
            auto *reason = modal->findChild<QLineEdit *>(QStringLiteral("reviewDeleteReason"));
            auto *confirm = modal->findChild<QPushButton *>(QStringLiteral("reviewDeleteConfirm"));
            if (!reason || !confirm) {
                modal->close();
                return;
            }
            QTest::keyClicks(reason, QStringLiteral("Customer asked for erasure"));
            QTest::mouseClick(confirm, Qt::LeftButton);
        });
        QTest::mouseClick(review()->deleteButton(), Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(!review()->recording());
        QCOMPARE(view()->currentTab(), CoachingView::LibraryTab);
        QTRY_COMPARE(rowOf(m_otherRecording.id), -1);
        QCOMPARE(library()->model()->rowCount(), 3);
        QCOMPARE(view()->statusLabel()->text(), QStringLiteral("The recording of contact %1 is deleted.").arg(
                                                    m_otherRecording.interactionId));
    }

    void theAuditLogListsWhatWasJustDoneAndCannotBeEdited()
    {
        view()->showTab(CoachingView::AuditTab);
        QVERIFY(settled());
        AuditLogPanel *audit = view()->auditLog();
        QVERIFY(audit->isVisible());
        AuditLogModel *model = audit->model();
        QVERIFY(model->rowCount() > 0);
        auto find = [&](const QString &action, const QString &outcome, qint64 recordingId,
                        const QString &detail) -> int {
            for (int row = 0; row < model->rowCount(); ++row) {
                const AuditEntry &entry = *model->entryAt(row);
                if (entry.action == action && entry.outcome == outcome
                    && entry.resource == Recording::auditResourceOf(recordingId)
                    && entry.detail.contains(detail))
                    return row;
            }
            return -1;
        };
        const QString play = Permissions::actionKey(Action::PlayRecording);
        const QString exportKey = Permissions::actionKey(Action::ExportRecording);
        const QString deletion = Permissions::actionKey(Action::DeleteRecording);
        const int exported =
            find(exportKey, QStringLiteral("done"), m_callRecording.id, QStringLiteral("exported-call.wav"));
        const int deleted = find(deletion, QStringLiteral("done"), m_otherRecording.id,
                                                          QStringLiteral("Customer asked for erasure"));
        const int refused =
            find(deletion, QStringLiteral("failed"), m_otherRecording.id, QStringLiteral("legal hold"));
        const int held =
            find(deletion, QStringLiteral("done"), m_otherRecording.id, QStringLiteral("legal hold: on"));
        const int played = find(play, QStringLiteral("done"), m_otherRecording.id, QString());
        QVERIFY(exported >= 0 && deleted >= 0 && refused >= 0 && held >= 0 && played >= 0);
        // Newest first.
        QVERIFY(deleted < refused && refused < held && held < played);
        auto text = [&](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(text(exported, AuditLogModel::ActionColumn), QStringLiteral("Export"));
        QCOMPARE(text(exported, AuditLogModel::UserColumn),
                 QStringLiteral("%1 (Supervisor)").arg(m_second.login));
        QCOMPARE(text(exported, AuditLogModel::RecordingColumn),
                 QStringLiteral("Recording %1 · contact %2").arg(m_callRecording.id).arg(m_callRecording.interactionId));
        QCOMPARE(text(deleted, AuditLogModel::ActionColumn), QStringLiteral("Deletion"));
        QCOMPARE(text(deleted, AuditLogModel::UserColumn),
                 QStringLiteral("%1 (Administrator)").arg(m_second.login));
        QCOMPARE(text(deleted, AuditLogModel::OutcomeColumn), QStringLiteral("Done"));
        QCOMPARE(text(refused, AuditLogModel::OutcomeColumn), QStringLiteral("Failed"));
        QCOMPARE(text(held, AuditLogModel::ActionColumn), QStringLiteral("Legal hold placed"));
        QCOMPARE(text(played, AuditLogModel::ActionColumn), QStringLiteral("Playback"));

        // Read-only: nothing to edit, and no control but the filters, Refresh and older entries.
        QTableView *table = audit->table();
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
            QVERIFY(!(model->flags(model->index(0, column)) & Qt::ItemIsEditable));
        // (The table's own corner button, which selects all, is no action on the log.)
        const QList<QPushButton *> buttons = audit->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (QPushButton *button : buttons)
            QVERIFY(button == audit->refreshButton() || button == audit->olderButton());
        QVERIFY(audit->findChildren<QToolButton *>().isEmpty());

        // The filter narrows it to one action.
        QComboBox *actions = audit->actionFilter();
        actions->setCurrentIndex(actions->findData(exportKey));
        QVERIFY(settled());
        QVERIFY(model->rowCount() >= 2); // the call and the transcript
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entryAt(row)->action, exportKey);
        actions->setCurrentIndex(0);
        QVERIFY(settled());

        // Refresh lists what happened since.
        const int before = model->rowCount();
        openFromLibrary(m_callRecording.id);
        view()->showTab(CoachingView::AuditTab);
        QVERIFY(settled());
        QCOMPARE(model->rowCount(), before + 1);
        QTest::mouseClick(audit->refreshButton(), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->entryAt(0)->action, play);
        QCOMPARE(model->entryAt(0)->resource, Recording::auditResourceOf(m_callRecording.id));

        // Back to a team lead for the tests after this one.
        QVERIFY(setRole(m_second, Role::TeamLead));
        QVERIFY(signInAs(m_lead.login));
        QVERIFY(!view()->tabs()->isTabVisible(CoachingView::AuditTab));
        QVERIFY(view()->currentTab() != CoachingView::AuditTab);
    }

    void saysWhyWhenRecordingsOrCoachingAreUnavailable()
    {
        // A desk whose centre has no recording vault (no key): evaluations work, recordings do not.
        EmbeddedBackendOptions options;
        options.clock = m_clock.get();
        options.durableRouting = false;
        std::unique_ptr<EmbeddedBackend> desk = m_workspace.openEmbeddedBackend(options);
        QVERIFY(desk);
        EmbeddedCoachingBackend coaching(desk->host(), *desk);
        CoachingView bare;
        bare.resize(1200, 700);
        bare.setBackend(&coaching);
        bare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bare));
        bool signedIn = false;
        desk->signIn(m_lead.login, QString(),
                     [&](const BackendResult<AgentSession> &result) { signedIn = result.ok(); });
        QTRY_VERIFY(signedIn && bare.isAvailable());
        QTRY_VERIFY(bare.isSettled());
        const std::optional<BackendError> why = coaching.recordingsUnavailable();
        QVERIFY(why);
        QVERIFY(bare.library()->emptyLabel()->isVisible());
        QCOMPARE(bare.library()->emptyLabel()->text(),
                 QStringLiteral("Recordings are not available here: %1").arg(why->message));

        CoachingView none;
        QCOMPARE(none.unavailableLabel()->text(), QStringLiteral("Coaching is not available here."));
        QVERIFY(!none.isAvailable());
    }

private:
    CoachingView *view() const { return m_window->coaching(); }
    RecordingLibrary *library() const { return view()->library(); }
    InteractionReview *review() const { return view()->review(); }
    bool settled() const
    {
        return QTest::qWaitFor([this] { return view()->isSettled(); }, 5000);
    }

    int rowOf(qint64 recordingId) const { return library()->model()->rowOfRecording(recordingId); }

    const RecordingMarker *marker(RecordingMarkerKind kind) const
    {
        for (const RecordingMarker &m : m_callRecording.markers) {
            if (m.kind == kind)
                return &m;
        }
        return nullptr;
    }

    static bool columnHasColor(const QImage &image, int x, const QColor &color)
    {
        for (int y = 0; y < image.height(); ++y) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) < 8 && std::abs(pixel.green() - color.green()) < 8
                && std::abs(pixel.blue() - color.blue()) < 8)
                return true;
        }
        return false;
    }

    void click(ScorecardForm *form, const QString &questionId, const QString &choice)
    {
        QAbstractButton *button = form->choiceButton(questionId, choice);
        QVERIFY2(button, qPrintable(questionId + QLatin1Char('/') + choice));
        QVERIFY2(button->isEnabled(), qPrintable(questionId));
        form->scrollArea()->ensureWidgetVisible(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(button->isChecked());
    }

    void openFromLibrary(qint64 recordingId)
    {
        view()->showTab(CoachingView::LibraryTab);
        QVERIFY(settled());
        const int row = rowOf(recordingId);
        QVERIFY(row >= 0);
        QTableView *table = library()->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(library()->model()->index(row, 0)).center());
        QCOMPARE(library()->currentRecording()->id, recordingId);
        QTest::mouseClick(library()->openButton(), Qt::LeftButton);
        QTRY_VERIFY(review()->hasContent());
        QVERIFY(settled());
        QCOMPARE(view()->currentTab(), CoachingView::ReviewTab);
    }

    bool setRole(User &user, Role role)
    {
        if (UserRepository(m_desk->host().database()).setRole(user.id, role))
            return false;
        user.role = role;
        return true;
    }

    // Runs `handle` on the next modal window to open (a dialog's exec() blocks the test).
    void whenModal(std::function<void(QWidget *)> handle)
    {
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, timer, [timer, handle] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                handle(modal);
            }
        });
        timer->start();
    }

    // The desk the window works with: the embedded centre, or the remote backend to the server.
    DeskBackend &deskBackend()
    {
        if (m_remote)
            return *m_remote;
        return *m_desk;
    }

    bool signInAs(const QString &login)
    {
        DeskBackend &desk = deskBackend();
        if (desk.session()) {
            bool out = false;
            desk.signOut([&](const BackendResult<bool> &result) { out = result.ok(); });
            if (!QTest::qWaitFor([&] { return out; }, 5000))
                return false;
        }
        bool in = false;
        // The embedded desk signs an agent in by name; the server asks for the password.
        desk.signIn(login, m_remote ? UiTestWorkspace::password() : QString(),
                    [&](const BackendResult<AgentSession> &result) { in = result.ok(); });
        return QTest::qWaitFor([&] { return in && view()->isAvailable() && view()->user()->login == login; },
                               5000)
               && settled();
    }

    bool setUpAccounts()
    {
        Database &database = m_desk->host().database();
        auto agents = AgentRepository(database).list();
        auto users = UserRepository(database).list();
        if (!agents || !users)
            return false;
        QList<User> others;
        for (const User &user : std::as_const(*users)) {
            if (user.agentId <= 0)
                continue;
            if (user.login == u"uitest.seoyeon")
                m_agentUser = user;
            else
                others.append(user);
        }
        if (m_agentUser.id == 0 || others.size() < 2)
            return false;
        m_lead = others.at(0);
        m_second = others.at(1);
        UserRepository accounts(database);
        for (auto [user, role] : {std::pair{&m_lead, Role::TeamLead}, std::pair{&m_second, Role::TeamLead},
                                  std::pair{&m_agentUser, Role::Agent}}) {
            if (accounts.setRole(user->id, role))
                return false;
            user->role = role;
        }
        m_agentId = m_agentUser.agentId;
        m_agentLogin = m_agentUser.login;
        for (const Agent &agent : std::as_const(*agents)) {
            if (agent.id == m_agentId)
                m_agentName = agent.displayName;
        }
        m_form = DemoScorecard::customerServiceCall();
        return !ScorecardRepository(database).save(Principal{m_lead.id, Role::TeamLead, m_lead.agentId},
                                                   m_form, UiTestWorkspace::NowMs);
    }

    bool storeRecordings()
    {
        CentreHost &host = m_desk->host();
        RecordingArchive *archive = host.recordingArchive();
        auto clips = VoiceClipLibrary::load();
        if (!archive || !clips)
            return false;
        CallAudioAssembler assembler(clips.value());
        const qint64 base = UiTestWorkspace::HeavyStartMs + 10 * UiTestWorkspace::MinuteMs;

        auto call = [&](Recording &recording, quint64 seed, bool payment) -> bool {
            auto script = assembler.scriptFor(QStringLiteral("ko"), seed, 90'000, payment);
            if (!script)
                return false;
            auto audio = assembler.assemble(script.value());
            if (!audio)
                return false;
            recording.kind = RecordingKind::Audio;
            recording.channel = Channel::Voice;
            recording.durationMs = audio->durationMs;
            recording.pauses = audio->pauses;
            recording.markers = audio->markers;
            return !archive->store(recording, audio->wav);
        };

        m_callRecording.interactionId = m_workspace.knownCallId;
        m_callRecording.agentId = m_agentId;
        m_callRecording.team = QStringLiteral("UI test");
        m_callRecording.queueId = QStringLiteral("general");
        m_callRecording.customerId = m_workspace.knownCustomerId;
        m_callRecording.dispositionCode = QStringLiteral("information");
        m_callRecording.csat = 4;
        m_callRecording.startedMs = base + 20'000;
        if (!call(m_callRecording, 7, true))
            return false;

        auto stored = MessageRepository(host.database()).forInteraction(m_workspace.knownChatId);
        if (!stored)
            return false;
        m_chatRecording.interactionId = m_workspace.knownChatId;
        m_chatRecording.agentId = m_agentId;
        m_chatRecording.team = QStringLiteral("UI test");
        m_chatRecording.queueId = QStringLiteral("general");
        m_chatRecording.customerId = m_workspace.knownCustomerId;
        m_chatRecording.channel = Channel::Chat;
        m_chatRecording.kind = RecordingKind::Transcript;
        m_chatRecording.dispositionCode = QStringLiteral("resolved");
        m_chatRecording.csat = 5;
        m_chatRecording.startedMs = base + UiTestWorkspace::MinuteMs + 20'000;
        m_chatRecording.durationMs = 40'000;
        if (archive->store(m_chatRecording, Transcript::encode(m_workspace.knownChatId, stored.value())))
            return false;

        m_emailRecording.interactionId = m_workspace.knownEmailId;
        m_emailRecording.agentId = m_agentId;
        m_emailRecording.team = QStringLiteral("UI test");
        m_emailRecording.queueId = QStringLiteral("general");
        m_emailRecording.customerId = m_workspace.knownCustomerId;
        m_emailRecording.channel = Channel::Email;
        m_emailRecording.kind = RecordingKind::Transcript;
        m_emailRecording.dispositionCode = QStringLiteral("follow-up");
        m_emailRecording.csat = 2;
        m_emailRecording.startedMs = base + 2 * UiTestWorkspace::MinuteMs + 20'000;
        m_emailRecording.durationMs = 60'000;
        if (archive->storeWithoutConsent(m_emailRecording))
            return false;

        // Another agent's call, on a contact of their own.
        const qint64 otherMs = base + 5 * UiTestWorkspace::MinuteMs;
        Interaction other = Interaction::create(Channel::Voice, Direction::Inbound, otherMs);
        other.customerId = m_workspace.englishCustomerId;
        other.agentId = m_second.agentId;
        other.queueId = QStringLiteral("billing");
        for (auto [state, offset] :
             {std::pair{InteractionState::Queued, 1}, std::pair{InteractionState::Offered, 20},
              std::pair{InteractionState::Connected, 25}, std::pair{InteractionState::WrapUp, 200},
              std::pair{InteractionState::Closed, 230}}) {
            if (other.transitionTo(state, otherMs + offset * 1000))
                return false;
        }
        if (InteractionRepository(host.database()).insert(other))
            return false;
        m_otherRecording.interactionId = other.id;
        m_otherRecording.agentId = m_second.agentId;
        m_otherRecording.team = QStringLiteral("Other");
        m_otherRecording.queueId = QStringLiteral("billing"); // a queue of the centre, with a name
        m_otherRecording.customerId = m_workspace.englishCustomerId;
        m_otherRecording.dispositionCode = QStringLiteral("information");
        m_otherRecording.startedMs = base + 5 * UiTestWorkspace::MinuteMs + 25'000;
        return call(m_otherRecording, 11, false);
    }

    const UiTestWorkspace &m_workspace;
    QTemporaryDir m_vaultDir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<LanguageManager> m_languages;
    const BackendMode m_mode;
    std::unique_ptr<EmbeddedBackend> m_desk; // the centre (in remote mode, the server's)
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<ProtocolServer> m_server;
    std::unique_ptr<RemoteBackend> m_remote;
    std::unique_ptr<CoachingBackend> m_coaching;
    std::unique_ptr<MainWindow> m_window;

    User m_lead;
    User m_second;
    User m_agentUser;
    qint64 m_agentId = 0;
    QString m_agentLogin;
    QString m_agentName;
    Scorecard m_form;
    Recording m_callRecording;
    Recording m_chatRecording;
    Recording m_emailRecording;
    Recording m_otherRecording;
    qint64 m_leadEvaluationId = 0;
    qint64 m_secondEvaluationId = 0;
    CoachingClip m_sessionClip;
};

// Twice, each on a fresh workspace: on the embedded centre, and as a desktop on the server. (The
// embedded coaching backend answers at once; remote answers come later, so no deferred run.)
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk-tests"));
    // One settings file per test program: ctest runs them side by side, and one program's
    // QSettings().clear() must not wipe what another just wrote.
    QApplication::setApplicationName(QStringLiteral("contactdesk-ui-tests-")
                                                    + QFileInfo(QString::fromLocal8Bit(argv[0])).baseName());
    QStandardPaths::setTestModeEnabled(true);
    int status = 0;
    for (BackendMode mode : {BackendMode::Immediate, BackendMode::Remote}) {
        UiTestWorkspace workspace;
        if (const auto error = workspace.create()) {
            std::fprintf(stderr, "Cannot create the test workspace: %s: %s\n", qUtf8Printable(error->code),
                         qUtf8Printable(error->message));
            return 1;
        }
        std::fprintf(stderr, "*** backend: %s\n", qUtf8Printable(backendModeName(mode)));
        TestCoaching test(workspace, mode);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_coaching.moc"

#include "agent/agentdeskcontroller.h"
#include "agent/agentstatebar.h"
#include "agent/agentworkspace.h"
#include "agent/cannedresponsepopup.h"
#include "agent/composeredit.h"
#include "agent/contactinboxmodel.h"
#include "agent/contactpane.h"
#include "agent/conversationpane.h"
#include "agent/customerlinkpanel.h"
#include "agent/customerlistmodel.h"
#include "agent/customerprofilewidget.h"
#include "agent/inboxwidget.h"
#include "agent/internalchatwidget.h"
#include "agent/nextofferpanel.h"
#include "agent/offercataloguedialog.h"
#include "agent/offereditordialog.h"
#include "agent/signindialog.h"
#include "agent/timelinemodel.h"
#include "agent/timelinewidget.h"
#include "agent/transferdialog.h"
#include "agent/wrapuppanel.h"
#include "backend/centrehost.h"
#include "backend/embeddedbackend.h"
#include "centre/contactcentre.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingrepository.h"
#include "common/languagemanager.h"
#include "common/mainwindow.h"
#include "deferredbackend.h"
#include "offers/customerproducts.h"
#include "offers/offerrepository.h"
#include "routing/virtualclock.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "uitestmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace ContactDesk;

// Types text as a person would: Latin letters as key presses, Hangul as an input method commits
// it (QTest::keyClicks only knows Latin-1 and asserts on anything else).
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(widget, character.toLatin1());
            continue;
        }
        QInputMethodEvent commit;
        commit.setCommitString(QString(character));
        QCoreApplication::sendEvent(widget->focusProxy() ? widget->focusProxy() : widget, &commit);
    }
}

// The agent workspace as an agent uses it, in the real main window, against the embedded contact
// centre on the test workspace's SQLite file. The centre runs on a virtual clock and the tests
// bring the customers in themselves, so every run sees the same contacts; each test runs with
// answers that come at once and answers that come later.
class TestAgentWorkspace : public QObject
{
    Q_OBJECT

public:
    TestAgentWorkspace(const UiTestWorkspace &workspace, BackendMode mode)
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
        // Each test starts with an empty centre: nothing routed by an earlier test comes back.
        options.durableRouting = false;
        m_backend = m_workspace.openBackend(m_mode, options);
        QVERIFY(m_backend);
        // QVERIFY2 evaluates its message even when the check passes: never dereference an empty error.
        const std::optional<DomainError> &centreError = centreBackend().centreError();
        QVERIFY2(!centreError, centreError ? qPrintable(centreError->message) : "");
        m_window = std::make_unique<MainWindow>(*m_backend, *m_languages);
        workspace()->setClock([this] { return m_clock->nowMs(); });
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        if (!m_backend->isEmbedded()) {
            // A contact centre elsewhere asks who is signing in. With a list (answers that come
            // later), the first agent is preselected; a server lists nobody and asks for a login
            // and a password: the agent the embedded desktop would pick, with the test password.
            const QString login = centre().agents().constFirst().login;
            const bool server = m_mode == BackendMode::Remote;
            whenModal([login, server](QWidget *modal) {
                auto *dialog = qobject_cast<SignInDialog *>(modal);
                QVERIFY(dialog);
                QCOMPARE(dialog->candidateList()->count() == 0, server);
                if (server) {
                    dialog->loginField()->setText(login);
                    dialog->passwordField()->setText(UiTestWorkspace::password());
                }
                QCOMPARE(dialog->login(), login);
                dialog->accept();
            });
        }
        workspace()->signInAutomatically();
        QTRY_VERIFY(desk()->isSignedIn());
        // Shortcuts go to the active window: after a dialog, that is the main window again.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(desk()->status().state, AgentState::NotReady);
        QTRY_VERIFY(!desk()->dispositionOptions().isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_backend.reset();
        m_recordings.reset();
        m_clock.reset();
        m_languages.reset();
        QSettings().clear();
    }

    void signsInAsTheFirstDemoAgentAndGoesReadyWithTheShortcut()
    {
        QVERIFY(desk()->session()->agentId > 0);
        QVERIFY(!desk()->session()->displayName.isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("agent/lastLogin")).toString(), desk()->session()->login);
        AgentStateBar *bar = workspace()->stateBar();
        QVERIFY2(bar->stateLabel()->text().startsWith(QStringLiteral("Not Ready")),
                                                      qPrintable(bar->stateLabel()->text()));

        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(desk()->status().state, AgentState::Ready);
        QTRY_COMPARE(bar->stateLabel()->text(), QStringLiteral("Ready"));
        QCOMPARE(centre().agentStatus(desk()->session()->agentId).state, AgentState::Ready);
        QVERIFY(!workspace()->readyAction()->isEnabled());

        // The time in the state follows the centre's clock.
        m_clock->advanceBy(65'000);
        QTRY_COMPARE(bar->timeInStateLabel()->text(), QStringLiteral("1:05"));

        // Not Ready asks for a reason.
        QTimer::singleShot(0, this, [bar] {
            QMenu *menu = bar->notReadyMenu();
            QTRY_VERIFY(menu->isVisible());
            for (QAction *reason : menu->actions()) {
                if (reason->objectName() == u"notReady-lunch")
                    reason->trigger();
            }
            menu->close();
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(desk()->status().state, AgentState::NotReady);
        QCOMPARE(desk()->status().reasonCode, QStringLiteral("lunch"));
        QTRY_COMPARE(bar->stateLabel()->text(), QStringLiteral("Not Ready — Lunch"));
    }

    void offeredChatIsAcceptedWithTheShortcutAndAMessageIsStored()
    {
        goReady();
        const QString opening = QStringLiteral("안녕하세요, 요금제 변경 문의드립니다.");
        const qint64 id = arrive(Channel::Chat, m_workspace.knownCustomerId, opening);

        // The offer: a card in the inbox with its countdown, selected, the customer beside it.
        QTRY_VERIFY(isOffered(id));
        QTRY_COMPARE(workspace()->currentContactId(), id);
        const QModelIndex card = inboxIndex(id);
        QCOMPARE(card.data(ContactInboxModel::VipRole).toBool(), true);
        QCOMPARE(card.data(ContactInboxModel::CustomerNameRole).toString(), m_workspace.knownCustomerName);
        QCOMPARE(card.data(ContactInboxModel::TimerTextRole).toString(), QStringLiteral("20 s"));
        QCOMPARE(workspace()->contactPane()->page(), ContactPane::Page::Offer);
        QTRY_COMPARE(workspace()->shownCustomerId(), m_workspace.knownCustomerId);
        QTRY_VERIFY(workspace()->profile()->isLoaded());

        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);
        QCOMPARE(centre().contact(id)->state, InteractionState::Connected);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::Conversation);

        ConversationPane *conversation = workspace()->contactPane()->conversation();
        QTRY_VERIFY(conversation->isLoaded());
        QVERIFY(hasMessage(conversation->messages(), SenderRole::Customer, opening));
        QVERIFY(conversation->transcript()->toPlainText().contains(opening));

        const QString reply = QStringLiteral("네, 확인해 드리겠습니다.");
        conversation->composer()->setFocus();
        typeText(conversation->composer(), reply);
        QTest::keyClick(conversation->composer(), Qt::Key_Return, Qt::ShiftModifier);
        typeText(conversation->composer(), QStringLiteral("잠시만요."));
        QTest::keyClick(conversation->composer(), Qt::Key_Return);
        const QString sent = reply + QStringLiteral("\n잠시만요.");
        QTRY_VERIFY(conversation->composer()->toPlainText().isEmpty());
        QTRY_VERIFY(hasMessage(conversation->messages(), SenderRole::Agent, sent));
        QVERIFY(conversation->transcript()->toPlainText().contains(QStringLiteral("잠시만요.")));

        // Stored.
        const QList<Message> stored = storedMessages(id);
        QVERIFY(hasMessage(stored, SenderRole::Agent, sent));
        QVERIFY(hasMessage(stored, SenderRole::Customer, opening));

        // The customer's answer arrives live.
        QVERIFY(centre().customerMessage(id, QString(), QStringLiteral("감사합니다!")).ok());
        QTRY_VERIFY(
            hasMessage(conversation->messages(), SenderRole::Customer, QStringLiteral("감사합니다!")));
    }

    void anEmptyReplyIsNotSent()
    {
        goReady();
        const qint64 id = acceptChat(m_workspace.knownCustomerId);
        ConversationPane *conversation = workspace()->contactPane()->conversation();
        const int before = int(conversation->messages().size());
        conversation->composer()->setFocus();
        typeText(conversation->composer(), QStringLiteral("   "));
        QTest::keyClick(conversation->composer(), Qt::Key_Return);
        QVERIFY(!conversation->send());
        QTest::qWait(50);
        QCOMPARE(conversation->messages().size(), before);
        QCOMPARE(storedMessages(id).size(), before);
    }

    void cannedResponseFillsInTheCustomer()
    {
        goReady();
        acceptChat(m_workspace.knownCustomerId);
        QTRY_VERIFY(!desk()->cannedResponses().isEmpty());
        QTRY_VERIFY(workspace()->profile()->isLoaded());
        ConversationPane *conversation = workspace()->contactPane()->conversation();
        QTRY_VERIFY(workspace()->cannedResponsesAction()->isEnabled());
        conversation->composer()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        CannedResponsePopup *popup = conversation->cannedResponses();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->list()->count() > 0);
        // The customer writes Korean: Korean responses come first.
        QCOMPARE(popup->visibleResponses().first().language, QStringLiteral("ko"));
        // One that names the customer, found by searching.
        int withName = -1;
        const QList<CannedResponse> all = popup->visibleResponses();
        for (int i = 0; i < all.size() && withName < 0; ++i) {
            if (all.at(i).body.contains(QLatin1String("{customer.")))
                withName = i;
        }
        QVERIFY2(withName >= 0, "no canned response names the customer");
        typeText(popup->searchField(), all.at(withName).title);
        QTRY_VERIFY(!popup->visibleResponses().isEmpty());
        QTest::keyClick(popup->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        const QString text = conversation->composer()->toPlainText();
        QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("하람")), qPrintable(text));
    }

    void wrapUpClosesTheContactWithItsDisposition()
    {
        goReady();
        const qint64 id = acceptChat(m_workspace.knownCustomerId);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::WrapUp);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::WrapUp);
        WrapUpPanel *wrapUp = workspace()->contactPane()->wrapUp();

        // After-call work counts on the centre's clock.
        m_clock->advanceBy(42'000);
        QTRY_VERIFY2(wrapUp->timerLabel()->text().endsWith(QStringLiteral("0:42")),
                                                           qPrintable(wrapUp->timerLabel()->text()));

        const QString notes = QStringLiteral("요금제 변경 안내, 다음 달부터 적용");
        wrapUp->notesField()->setFocus();
        typeText(wrapUp->notesField(), notes);
        // Without a disposition, Finish says what is missing and keeps what was entered.
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        auto *error = wrapUp->findChild<QLabel *>(QStringLiteral("wrapUpError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Choose a disposition")), qPrintable(error->text()));
        QTest::qWait(50);
        QCOMPARE(stateOf(id), InteractionState::WrapUp);
        QCOMPARE(wrapUp->notesField()->toPlainText(), notes);

        const DispositionOption option = desk()->dispositionOptions().constFirst();
        QComboBox *dispositions = wrapUp->dispositionBox();
        QCOMPARE(dispositions->count(), desk()->dispositionOptions().size() + 1);
        // In the UI language.
        QCOMPARE(dispositions->itemText(1), option.labelEn);
        dispositions->setCurrentIndex(dispositions->findData(option.code));
        wrapUp->resolvedCheck()->setChecked(true);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!desk()->contact(id));
        QCOMPARE(desk()->inbox()->rowCount(), 0);

        // The store has it closed, with what the agent entered.
        const std::optional<TimelineItem> item = storedTimelineItem(m_workspace.knownCustomerId, id);
        QVERIFY(item);
        QCOMPARE(item->interaction.state(), InteractionState::Closed);
        QCOMPARE(item->interaction.dispositionCode, option.code);
        QCOMPARE(item->interaction.notes, notes);
        QCOMPARE(item->interaction.resolved, true);
        QCOMPARE(item->interaction.afterCallWorkMs(), 42'000);
    }

    void wrapUpCanCreateAFollowUp()
    {
        goReady();
        const qint64 id = acceptChat(m_workspace.englishCustomerId);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::WrapUp);
        WrapUpPanel *wrapUp = workspace()->contactPane()->wrapUp();
        QVERIFY(wrapUp->followUpBox()->isEnabled());
        wrapUp->dispositionBox()->setCurrentIndex(1);
        wrapUp->followUpBox()->setChecked(true);
        // A follow-up needs a title.
        QVERIFY(!wrapUp->finish());
        QCOMPARE(stateOf(id), InteractionState::WrapUp);
        wrapUp->followUpTitle()->setText(QStringLiteral("Send the kite warranty papers"));
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(UiTestWorkspace::NowMs + 2 * 24 * 3600 * 1000LL);
        wrapUp->followUpDue()->setDateTime(due);
        QVERIFY(wrapUp->finish());
        QTRY_VERIFY(!desk()->contact(id));

        const QList<WorkItem> items = storedWorkItems(m_workspace.englishCustomerId);
        const auto it = std::find_if(items.cbegin(), items.cend(), [](const WorkItem &item) {
            return item.title == u"Send the kite warranty papers";
        });
        QVERIFY(it != items.cend());
        QCOMPARE(it->sourceInteractionId, id);
        QCOMPARE(it->dueAtMs, due.toMSecsSinceEpoch());
    }

    void nextOfferOutcomeIsRecordedOnTheInteraction()
    {
        goReady();
        // No offer while it is only offered: the agent has not talked to the customer yet.
        const qint64 id = arrive(Channel::Chat, m_workspace.knownCustomerId, QStringLiteral("Hello"));
        QTRY_VERIFY(isOffered(id));
        QVERIFY(!workspace()->nextOffer()->isVisible());
        workspace()->selectContact(id);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);

        NextOfferPanel *panel = workspace()->nextOffer();
        QTRY_VERIFY(panel->isLoaded() && panel->interactionId() == id);
        QVERIFY(panel->isVisible());
        const std::optional<NextOffer> first = panel->current();
        QVERIFY2(first, "the known customer has an eligible offer");
        QVERIFY(!first->reason.isEmpty());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("nextOfferName"))->text() == first->name);

        // Declined by the shortcut: recorded on the interaction, and another offer comes up.
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
        auto recordedAsDeclined = [panel, &first] {
            return panel->isLoaded()
                   && std::any_of(panel->offers().cbegin(), panel->offers().cend(),
                                  [&first](const NextOffer &offer) {
                                      return offer.offerId == first->offerId && offer.outcome == u"declined";
                                  });
        };
        QTRY_VERIFY(recordedAsDeclined());
        QSqlQuery query(centreBackend().database().connection());
        QVERIFY(query.prepare(QStringLiteral("SELECT offer_id, outcome, agent_id FROM offer_outcomes WHERE interaction_id = ?")));
        query.addBindValue(id);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), first->offerId);
        QCOMPARE(query.value(1).toString(), QStringLiteral("declined"));
        QCOMPARE(query.value(2).toLongLong(), desk()->session()->agentId);
        QVERIFY(!query.next());
        const std::optional<NextOffer> now = panel->current();
        QVERIFY(!now || now->offerId != first->offerId);
        QVERIFY(
            panel->findChild<QLabel *>(QStringLiteral("nextOfferRecorded"))->text().contains(first->name));
    }

    void offerCatalogueIsEditedAndReported()
    {
        goReady();
        const qint64 id = acceptChat(m_workspace.knownCustomerId);
        QVERIFY(id != 0);
        NextOfferPanel *panel = workspace()->nextOffer();
        QTRY_VERIFY(panel->isLoaded() && panel->interactionId() == id);
        const std::optional<NextOffer> suggested = panel->current();
        QVERIFY(suggested);
        const NextOffer paused = *suggested;
        // "Not now": recorded, and the offer stays in the catalogue for later.
        panel->notNowButton()->click();
        auto answered = [panel, &paused] {
            return panel->isLoaded()
                   && std::any_of(panel->offers().cbegin(), panel->offers().cend(),
                                  [&paused](const NextOffer &offer) {
                                      return offer.offerId == paused.offerId && offer.outcome == u"not-now";
                                  });
        };
        QTRY_VERIFY(answered());

        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"version\": 1, \"offers\": [{\"id\": \"half");
        }
        bool checked = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<OfferCatalogueDialog *>(modal);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isLoaded());
            const qsizetype count = dialog->offers().size();
            QVERIFY(count > 1);
            // Pause the offer that was just suggested.
            QVERIFY(dialog->selectOffer(paused.offerId));
            QVERIFY(dialog->activeBox()->isChecked());
            dialog->activeBox()->setChecked(false);
            QSignalSpy saved(dialog, &OfferCatalogueDialog::saved);
            dialog->saveButton()->click();
            QTRY_COMPARE(saved.count(), 1);
            QTRY_VERIFY(dialog->isLoaded());
            // A broken file is refused whole.
            QSignalSpy failed(dialog, &OfferCatalogueDialog::errorOccurred);
            dialog->importFile(broken);
            QTRY_COMPARE(failed.count(), 1);
            QVERIFY(
                failed.constFirst().constFirst().toString().contains(QStringLiteral("Nothing was imported")));
            QTRY_VERIFY(dialog->isLoaded());
            QCOMPARE(dialog->offers().size(), count);
            // The outcome report, by offer, shows the answer.
            dialog->tabs()->setCurrentIndex(1);
            QTRY_VERIFY(dialog->isReportLoaded());
            const auto row =
                std::find_if(dialog->reportRows().cbegin(), dialog->reportRows().cend(),
                             [&paused](const OfferReportRow &entry) { return entry.key == paused.offerId; });
            QVERIFY(row != dialog->reportRows().cend());
            QCOMPARE(row->offered, 1);
            QCOMPARE(row->notNow, 1);
            QCOMPARE(dialog->reportTable()->rowCount(), int(dialog->reportRows().size()));
            checked = true;
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(checked);

        // Stored as paused, and no longer suggested.
        OfferRepository repository(centreBackend().database());
        auto stored = repository.offers();
        QVERIFY(stored);
        const auto offer = std::find_if(stored->cbegin(), stored->cend(), [&paused](const Offer &candidate) {
            return candidate.id == paused.offerId;
        });
        QVERIFY(offer != stored->cend());
        QVERIFY(!offer->active);
        panel->reload();
        QTRY_VERIFY(panel->isLoaded());
        QVERIFY(!panel->current() || panel->current()->offerId != paused.offerId);
    }

    // File → Offer Catalogue → New offer: every field filled in the editor, refused while the core
    // refuses it, then saved, suggested to the customer it was made for, edited (a rule and the
    // active flag) and each change seen in the suggestions.
    void offerIsCreatedAndEditedInTheEditor()
    {
        goReady();
        const qint64 id = acceptChat(m_workspace.knownCustomerId);
        QVERIFY(id != 0);
        NextOfferPanel *panel = workspace()->nextOffer();
        QTRY_VERIFY(panel->isLoaded() && panel->interactionId() == id);

        // The known customer (small business, platinum, Korean, KR phone, 400 days a customer,
        // marketing consent) and what she owns.
        auto owned = CustomerProducts(centreBackend().database()).owned(m_workspace.knownCustomerId);
        QVERIFY(owned);
        QVERIFY(!owned->isEmpty());
        OfferRepository repository(centreBackend().database());
        auto products = repository.products();
        QVERIFY(products);
        QStringList notOwned;
        for (const OfferProduct &product : std::as_const(*products)) {
            if (!owned->contains(product.id))
                notOwned.append(product.id);
        }
        QVERIFY(notOwned.size() >= 2);
        const QString sold = notOwned.at(0);
        const QString excluded = notOwned.at(1);
        const QString required = owned->first();
        const QString offerId = QStringLiteral("uitest-mega-deal");
        const QDate today = OfferEditorDialog::dayOf(m_clock->nowMs());
        const auto suggested = [panel, &offerId] {
            return std::any_of(panel->offers().cbegin(), panel->offers().cend(),
                               [&offerId](const NextOffer &offer) { return offer.offerId == offerId; });
        };
        QVERIFY(!suggested());

        bool checked = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<OfferCatalogueDialog *>(modal);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isLoaded());
            const qsizetype count = dialog->offers().size();
            QSignalSpy saved(dialog, &OfferCatalogueDialog::saved);

            QTest::mouseClick(dialog->newOfferButton(), Qt::LeftButton);
            QPointer<OfferEditorDialog> editor = dialog->editor();
            QVERIFY(editor);
            QVERIFY(editor->isNew());
            QTRY_VERIFY(editor->isVisible() && editor->isLoaded());
            QVERIFY(!editor->idEdit()->isReadOnly());
            QTest::keyClicks(editor->idEdit(), offerId);
            typeText(editor->nameKoEdit(), QStringLiteral("메가 혜택"));
            QTest::keyClicks(editor->nameEnEdit(), QStringLiteral("Mega deal"));
            editor->categoryBox()->setCurrentIndex(
                editor->categoryBox()->findData(QStringLiteral("cross-sell")));
            QVERIFY(editor->selectProduct(sold));
            editor->currencyBox()->setCurrentText(QStringLiteral("KRW"));
            editor->validFromEdit()->setDate(today.addDays(-1));
            editor->validUntilEdit()->setDate(today.addDays(30));
            editor->consentBox()->setCurrentIndex(
                editor->consentBox()->findData(QStringLiteral("marketing")));
            editor->cooldownBox()->setValue(14);
            editor->priorBox()->setValue(50.0);
            QVERIFY(editor->activeBox()->isChecked()); // a new offer starts active
            editor->segmentBox(Segment::SmallBusiness)->setChecked(true);
            editor->valueTierBox(ValueTier::Platinum)->setChecked(true);
            editor->valueTierBox(ValueTier::Gold)->setChecked(true);
            editor->channelBox(Channel::Chat)->setChecked(true);
            QTest::keyClicks(editor->languagesEdit(), QStringLiteral("ko"));
            QTest::keyClicks(editor->regionsEdit(), QStringLiteral("KR"));
            editor->minTenureBox()->setValue(100);
            QVERIFY(OfferEditorDialog::setProductChecked(editor->ownedAnyList(), required, true));
            QVERIFY(OfferEditorDialog::setProductChecked(editor->notOwnedList(), excluded, true));

            // What the core refuses is not saved, and the editor says why.
            const auto refused = [&](const QString &why) {
                QSignalSpy failed(editor.data(), &OfferEditorDialog::errorOccurred);
                QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
                QTRY_COMPARE(failed.count(), 1);
                QVERIFY2(editor->errorLabel()->isVisible(), qPrintable(why));
                QVERIFY2(editor->errorLabel()->text().contains(why),
                         qPrintable(editor->errorLabel()->text()));
                QVERIFY(editor->isVisible());
                QCOMPARE(saved.count(), 0);
                QVERIFY(!repository.findOffer(offerId).ok());
            };
            editor->marginBox()->setValue(-5000);
            refused(QStringLiteral("margin must not be negative"));
            editor->marginBox()->setValue(50'000'000);
            editor->validUntilEdit()->setDate(today.addDays(-10));
            refused(QStringLiteral("must end after it starts"));
            editor->validUntilEdit()->setDate(today.addDays(30));
            editor->priorBox()->setValue(0.0);
            refused(QStringLiteral("prior acceptance"));
            editor->priorBox()->setValue(50.0);
            editor->regionsEdit()->setText(QStringLiteral("kr"));
            refused(QStringLiteral("region 'kr'"));
            editor->regionsEdit()->setText(QStringLiteral("KR"));
            editor->idEdit()->setText(dialog->offers().constFirst().id);
            refused(QStringLiteral("already an offer"));
            editor->idEdit()->setText(offerId);

            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QTRY_COMPARE(saved.count(), 1);
            QCOMPARE(saved.constFirst().constFirst().toString(), offerId);
            QTRY_VERIFY(!editor);
            QTRY_VERIFY(dialog->isLoaded() && dialog->offers().size() == count + 1);

            // Stored exactly as entered.
            auto stored = repository.findOffer(offerId);
            QVERIFY(stored);
            QCOMPARE(stored->nameKo, QStringLiteral("메가 혜택"));
            QCOMPARE(stored->nameEn, QStringLiteral("Mega deal"));
            QCOMPARE(stored->category, OfferCategory::CrossSell);
            QCOMPARE(stored->productId, sold);
            QCOMPARE(stored->marginMinor, 50'000'000);
            QCOMPARE(stored->currency, QStringLiteral("KRW"));
            QCOMPARE(stored->validFromMs, OfferEditorDialog::startOfDayMs(today.addDays(-1)));
            QCOMPARE(stored->validUntilMs, OfferEditorDialog::startOfDayMs(today.addDays(31)));
            QCOMPARE(stored->requiredConsent, OfferConsent::Marketing);
            QCOMPARE(stored->cooldownDays, 14);
            QCOMPARE(stored->priorAcceptance, 0.5);
            QVERIFY(stored->active);
            QCOMPARE(stored->rules.segments, QList<Segment>{Segment::SmallBusiness});
            QCOMPARE(stored->rules.valueTiers, (QList<ValueTier>{ValueTier::Gold, ValueTier::Platinum}));
            QCOMPARE(stored->rules.channels, QList<Channel>{Channel::Chat});
            QCOMPARE(stored->rules.languages, QStringList{QStringLiteral("ko")});
            QCOMPARE(stored->rules.regions, QStringList{QStringLiteral("KR")});
            QCOMPARE(stored->rules.minTenureDays, 100);
            QCOMPARE(stored->rules.ownedAny, QStringList{required});
            QCOMPARE(stored->rules.notOwned, QStringList{excluded});
            QVERIFY(stored->rules.contactReasons.isEmpty());

            // Suggested to the customer it was made for (the panel asks again after a save).
            QTRY_VERIFY(panel->isLoaded() && suggested());

            // Edit the segment rule: she is no longer eligible.
            QVERIFY(dialog->selectOffer(offerId));
            QTest::mouseClick(dialog->editOfferButton(), Qt::LeftButton);
            editor = dialog->editor();
            QVERIFY(editor);
            QVERIFY(!editor->isNew());
            QTRY_VERIFY(editor->isVisible() && editor->isLoaded());
            QVERIFY(editor->idEdit()->isReadOnly());
            QCOMPARE(editor->offer(), *stored); // every field shows what is stored
            editor->segmentBox(Segment::SmallBusiness)->setChecked(false);
            editor->segmentBox(Segment::Corporate)->setChecked(true);
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QTRY_COMPARE(saved.count(), 2);
            QTRY_VERIFY(!editor);
            auto edited = repository.findOffer(offerId);
            QVERIFY(edited);
            QCOMPARE(edited->rules.segments, QList<Segment>{Segment::Corporate});
            QCOMPARE(edited->validFromMs, stored->validFromMs);
            QTRY_VERIFY(panel->isLoaded() && !suggested());
            QVERIFY(panel->isLoaded());

            // And back, then paused with the active flag: not suggested while paused.
            QTRY_VERIFY(dialog->isLoaded());
            QVERIFY(dialog->selectOffer(offerId));
            QTest::mouseClick(dialog->editOfferButton(), Qt::LeftButton);
            editor = dialog->editor();
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible() && editor->isLoaded());
            editor->segmentBox(Segment::Corporate)->setChecked(false);
            editor->segmentBox(Segment::SmallBusiness)->setChecked(true);
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QTRY_COMPARE(saved.count(), 3);
            QTRY_VERIFY(!editor);
            QTRY_VERIFY(panel->isLoaded() && suggested());
            QTRY_VERIFY(dialog->isLoaded());
            QVERIFY(dialog->selectOffer(offerId));
            QTest::mouseClick(dialog->editOfferButton(), Qt::LeftButton);
            editor = dialog->editor();
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible() && editor->isLoaded());
            editor->activeBox()->setChecked(false);
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QTRY_COMPARE(saved.count(), 4);
            QTRY_VERIFY(!editor);
            QVERIFY(!repository.findOffer(offerId)->active);
            QTRY_VERIFY(panel->isLoaded() && !suggested());
            checked = true;
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(checked);
    }

    void rejectedOfferGoesBackToTheQueue()
    {
        goReady();
        const qint64 id = arrive(Channel::Chat, m_workspace.knownCustomerId, QStringLiteral("여보세요?"));
        QTRY_VERIFY(isOffered(id));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!desk()->contact(id));
        QCOMPARE(desk()->inbox()->rowCount(), 0);
        const std::optional<ContactSummary> inCentre = centre().contact(id);
        QVERIFY(inCentre);
        QCOMPARE(inCentre->state, InteractionState::Queued);
        QVERIFY(inCentre->agentId != desk()->session()->agentId);
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("went back to the queue")), qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(workspace()->contactPane()->page(), ContactPane::Page::Empty);
    }

    void heavyCustomersTimelineShowsItsFirstPage()
    {
        goReady();
        const qint64 id = arrive(Channel::Chat, m_workspace.heavyCustomerId, QStringLiteral("Hello?"));
        QTRY_VERIFY(isOffered(id));
        QTRY_COMPARE(workspace()->shownCustomerId(), m_workspace.heavyCustomerId);
        TimelineModel *model = workspace()->timeline()->model();
        QTRY_VERIFY(model->isFirstPageLoaded());
        QTRY_COMPARE(model->totalCount(), UiTestWorkspace::HeavyInteractions + 1); // and the one live now
        QCOMPARE(model->rowCount(), TimelineModel::DefaultPageSize);
        QCOMPARE(model->index(0).data(TimelineModel::InteractionIdRole).toLongLong(), id);
        QCOMPARE(model->index(1).data(TimelineModel::SubjectRole).toString(),
                 QStringLiteral("Contact #9999"));
        QCOMPARE(model->index(49).data(TimelineModel::SubjectRole).toString(),
                 QStringLiteral("Contact #9951"));
    }

    void timelineFilterWorks()
    {
        goReady();
        const qint64 id = arrive(Channel::Chat, m_workspace.heavyCustomerId, QStringLiteral("Hello?"));
        QTRY_VERIFY(isOffered(id));
        QTRY_COMPARE(workspace()->shownCustomerId(), m_workspace.heavyCustomerId);
        TimelineWidget *timeline = workspace()->timeline();
        QTRY_VERIFY(timeline->model()->isFirstPageLoaded());

        QTest::mouseClick(timeline->channelButton(Channel::Email), Qt::LeftButton);
        QTRY_VERIFY(timeline->model()->isFirstPageLoaded() && timeline->model()->totalCount() >= 0);
        QCOMPARE(timeline->model()->totalCount(), 1667); // every sixth: #2, #8 … #9998
        for (int row = 0; row < timeline->model()->rowCount(); ++row)
            QCOMPARE(timeline->model()->index(row).data(TimelineModel::ChannelRole).toInt(),
                     int(Channel::Email));
        QCOMPARE(timeline->model()->index(0).data(TimelineModel::SubjectRole).toString(),
                 QStringLiteral("Contact #9998"));

        QTest::mouseClick(timeline->allChannelsButton(), Qt::LeftButton);
        timeline->searchField()->setText(QStringLiteral("Contact #4242"));
        QTest::keyClick(timeline->searchField(), Qt::Key_Return);
        QTRY_VERIFY(timeline->model()->isFirstPageLoaded() && timeline->model()->totalCount() >= 0);
        QCOMPARE(timeline->model()->totalCount(), 1);
        QCOMPARE(timeline->model()->index(0).data(TimelineModel::SubjectRole).toString(),
                 QStringLiteral("Contact #4242"));
    }

    void unknownCallerIsFoundAndLinked()
    {
        goReady();
        const qint64 id = arrive(Channel::Voice, 0, QString(), QStringLiteral("+821055550123"));
        QTRY_VERIFY(isOffered(id));
        CustomerLinkPanel *link = workspace()->linkPanel();
        QTRY_VERIFY(link->isVisible());
        QCOMPARE(link->searchField()->text(), QStringLiteral("010-5555-0123"));
        QTRY_VERIFY(!link->isSearching());
        QCOMPARE(link->resultModel()->rowCount(), 0);

        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(link->searchField()->hasFocus());
        link->searchField()->setText(QStringLiteral("010 9876 0001"));
        QTest::keyClick(link->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!link->isSearching() && link->resultModel()->rowCount() > 0);
        QCOMPARE(link->resultModel()->customerAt(0)->id, m_workspace.knownCustomerId);
        QTest::mouseClick(link->linkButton(), Qt::LeftButton);
        QTRY_COMPARE(desk()->contact(id)->customerId, m_workspace.knownCustomerId);
        QTRY_COMPARE(workspace()->shownCustomerId(), m_workspace.knownCustomerId);
        QTRY_VERIFY(workspace()->profile()->isLoaded());
        QVERIFY(!link->isVisible());
        QCOMPARE(inboxIndex(id).data(ContactInboxModel::CustomerNameRole).toString(),
                 m_workspace.knownCustomerName);
    }

    void unknownWriterBecomesANewCustomer()
    {
        goReady();
        const qint64 id =
            arrive(Channel::Email, 0,
                   QStringLiteral("Hello, I have a question."), QStringLiteral("new.person@example.org"));
        QTRY_VERIFY(isOffered(id));
        CustomerLinkPanel *link = workspace()->linkPanel();
        QTRY_VERIFY(link->isVisible());
        QCOMPARE(link->searchField()->text(), QStringLiteral("new.person@example.org"));

        // A phone number nobody can dial is refused before anything is stored.
        Customer wrong;
        wrong.givenName = QStringLiteral("Nobody");
        wrong.contactPoints = {ContactPoint{0, 0, ContactKind::Phone, QStringLiteral("12"), QString(), true}};
        QSignalSpy errors(link, &CustomerLinkPanel::errorOccurred);
        link->createAndLink(wrong);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(desk()->contact(id)->customerId, 0);

        Customer person;
        person.givenName = QStringLiteral("Avery");
        person.familyName = QStringLiteral("Newman");
        person.preferredLanguage = QStringLiteral("en");
        person.contactPoints = {ContactPoint{0, 0, ContactKind::Email,
                                             QStringLiteral("new.person@example.org"), QString(), true}};
        link->createAndLink(person);
        QTRY_VERIFY(desk()->contact(id)->customerId != 0);
        const qint64 customerId = desk()->contact(id)->customerId;
        QTRY_COMPARE(workspace()->shownCustomerId(), customerId);
        QTRY_VERIFY(workspace()->profile()->isLoaded());
        QCOMPARE(workspace()->profile()->customer()->displayName(), QStringLiteral("Avery Newman"));
    }

    void callControlsDriveTheCall()
    {
        goReady();
        const qint64 id = arrive(Channel::Voice, m_workspace.knownCustomerId, QString());
        QTRY_VERIFY(isOffered(id));
        QTest::keyClick(m_window.get(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::Voice);
        // This centre records nothing: no recording control to mislead the agent.
        QVERIFY(!workspace()->recordingAction()->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Held);
        QTRY_VERIFY(workspace()->holdAction()->isChecked());
        QCOMPARE(workspace()->holdAction()->text(), QStringLiteral("Res&ume"));
        QVERIFY(!workspace()->muteAction()->isEnabled());
        m_clock->advanceBy(30'000);
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);
        QTRY_VERIFY(!workspace()->holdAction()->isChecked());

        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(desk()->contact(id)->muted);
        QTRY_VERIFY(workspace()->muteAction()->isChecked());
        m_clock->advanceBy(10'000);
        auto *times = workspace()->contactPane()->findChild<QLabel *>(QStringLiteral("callTimes"));
        QTRY_COMPARE(times->text(), QStringLiteral("Talk 0:10 · Hold 0:30"));

        // Notes taken during the call are there at wrap-up.
        workspace()->contactPane()->callNotes()->setPlainText(QStringLiteral("Asked about roaming."));
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::WrapUp);
        QCOMPARE(workspace()->contactPane()->wrapUp()->notesField()->toPlainText(),
                 QStringLiteral("Asked about roaming."));
    }

    void recordingIsPausedAndResumedWithTheButton()
    {
        // This centre records, into a vault of the test's own.
        m_recordings = std::make_unique<QTemporaryDir>();
        centreBackend().host().setUpRecordings(
            m_recordings->filePath(QStringLiteral("vault")),
                                   RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k')));
        QVERIFY(!centreBackend().host().recordingsUnavailable());
        goReady();
        const qint64 id = arrive(Channel::Voice, m_workspace.knownCustomerId, QString());
        QTRY_VERIFY(isOffered(id));
        QVERIFY(!workspace()->recordingAction()->isEnabled()); // not a call in progress yet
        QTest::keyClick(m_window.get(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::Voice);
        auto *button =
            workspace()->contactPane()->findChild<QToolButton *>(QStringLiteral("recordingButton"));
        QLabel *indicator = workspace()->contactPane()->recordingIndicator();
        QVERIFY(button && indicator);
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(button->isVisible());
        QCOMPARE(workspace()->recordingAction()->text(), QStringLiteral("Pause rec&ording"));
        QVERIFY(!indicator->isVisible());

        m_clock->advanceBy(10'000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(desk()->contact(id)->recording, RecordingState::Paused);
        QTRY_VERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("Recording paused"));
        QTRY_VERIFY(workspace()->recordingAction()->isChecked());
        QCOMPARE(workspace()->recordingAction()->text(), QStringLiteral("Resume rec&ording"));

        m_clock->advanceBy(6'000);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(desk()->contact(id)->recording, RecordingState::On);
        QTRY_VERIFY(!indicator->isVisible());
        QTRY_VERIFY(!workspace()->recordingAction()->isChecked());

        // The recording of the call leaves the paused six seconds out.
        m_clock->advanceBy(4'000);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(workspace()->contactPane()->page(), ContactPane::Page::WrapUp);
        WrapUpPanel *wrapUp = workspace()->contactPane()->wrapUp();
        wrapUp->dispositionBox()->setCurrentIndex(
            wrapUp->dispositionBox()->findData(desk()->dispositionOptions().constFirst().code));
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!desk()->contact(id));
        auto recording = RecordingRepository(centreBackend().database()).findByInteraction(id);
        QVERIFY2(recording, qPrintable(recording.error().message));
        QCOMPARE(recording->durationMs, 14'000);
        QCOMPARE(recording->pauses, QList<RecordingPause>({RecordingPause{10'000, 16'000}}));

        // A customer who did not consent: the agent is told, and there is nothing to pause.
        Customer refusing;
        refusing.givenName = QStringLiteral("Noor");
        refusing.familyName = QStringLiteral("Quiet");
        refusing.preferredLanguage = QStringLiteral("en");
        refusing.recordingConsent = false;
        refusing.createdAtMs = m_clock->nowMs();
        QVERIFY(!CustomerRepository(centreBackend().database()).insert(refusing));
        QTRY_COMPARE(desk()->status().state, AgentState::Ready);
        const qint64 unrecorded = arrive(Channel::Voice, refusing.id, QString());
        QTRY_VERIFY(isOffered(unrecorded));
        workspace()->selectContact(unrecorded);
        QTest::keyClick(m_window.get(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QTRY_COMPARE(stateOf(unrecorded), InteractionState::Connected);
        QTRY_VERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("Not recorded (no consent)"));
        QVERIFY(!workspace()->recordingAction()->isEnabled());
    }

    void consultThenConferenceAndEnd()
    {
        goReady();
        // A colleague who is free for a call: another agent, Ready.
        qint64 colleague = 0;
        for (const Agent &agent : centre().agents()) {
            if (agent.id != desk()->session()->agentId && agent.capacity.limitFor(Channel::Voice) > 0) {
                colleague = agent.id;
                break;
            }
        }
        QVERIFY(colleague != 0);
        QVERIFY(!centre().setAgentState(colleague, AgentState::Ready));
        const qint64 id = arrive(Channel::Voice, m_workspace.knownCustomerId, QString());
        QTRY_VERIFY(isOffered(id));
        workspace()->selectContact(id);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);
        QTRY_VERIFY(workspace()->consultAction()->isEnabled());

        whenModal([colleague](QWidget *modal) {
            auto *dialog = qobject_cast<TransferDialog *>(modal);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isLoaded());
            QVERIFY(dialog->selectAgent(colleague));
            dialog->findChild<QPushButton *>(QStringLiteral("consultButton"))->click();
        });
        workspace()->consultAction()->trigger();
        // The customer waits on hold while the colleague's phone rings.
        QTRY_COMPARE(stateOf(id), InteractionState::Held);
        QTRY_VERIFY(desk()->contact(id)->consult == ConsultStage::Ringing);
        const qint64 consultCall = desk()->contact(id)->consultInteractionId;
        QVERIFY(consultCall != 0);
        QVERIFY(!workspace()->conferenceAction()->isEnabled()); // nobody to conference with yet

        // The colleague answers; the agent brings the customer in.
        QVERIFY(!centre().acceptOffer(colleague, consultCall));
        QTRY_VERIFY(desk()->contact(id)->consult == ConsultStage::Talking);
        QTRY_VERIFY(workspace()->conferenceAction()->isEnabled());
        // Shortcuts go to the active window: after the dialog, the main window again.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(desk()->contact(id)->consult == ConsultStage::Conference);
        QTRY_COMPARE(stateOf(id), InteractionState::Connected);
        QCOMPARE(centre().contact(id)->consult, ConsultStage::Conference);

        // The agent hangs up and leaves the conference: the customer stays with the colleague.
        QTRY_VERIFY(workspace()->endAction()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!desk()->contact(id));
        QCOMPARE(centre().contact(id)->agentId, colleague);
    }

    void blindTransferToAQueue()
    {
        goReady();
        const qint64 id = acceptChat(m_workspace.knownCustomerId);
        QString queueId;
        // A queue this agent does not serve: one they serve may rightly offer the chat straight
        // back to them when nobody else is free, as an ACD does.
        const SkillLevels mySkills = desk()->session()->skills;
        auto servedByMe = [this, &mySkills](const QString &id) {
            const std::optional<Queue> queue = centre().queue(id);
            return !queue || !queue->channels.contains(Channel::Chat)
                   || meetsRequirements(mySkills, queue->requiredSkills);
        };
        whenModal([&queueId, &servedByMe](QWidget *modal) {
            auto *dialog = qobject_cast<TransferDialog *>(modal);
            if (!dialog)
                return;
            QTRY_VERIFY(dialog->isLoaded());
            for (const TransferTarget &target : dialog->targets()) {
                if (target.kind == TransferTarget::Kind::Queue && queueId.isEmpty()
                    && !servedByMe(target.queueId))
                    queueId = target.queueId;
            }
            QVERIFY(dialog->selectQueue(queueId));
            dialog->findChild<QPushButton *>(QStringLiteral("blindTransferButton"))->click();
        });
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!queueId.isEmpty());
        QTRY_VERIFY(!desk()->contact(id));
        const std::optional<ContactSummary> inCentre = centre().contact(id);
        QVERIFY(inCentre);
        QCOMPARE(inCentre->queueId, queueId);
        QVERIFY(inCentre->agentId != desk()->session()->agentId);
    }

    void internalHelpReachesAnExpertGroup()
    {
        InternalChatWidget *help = workspace()->helpChat();
        QTRY_VERIFY(help->targetBox()->count() > 0);
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(help->input()->hasFocus());
        const QString group = help->targetBox()->itemData(0).toString();
        QVERIFY2(group.startsWith(QLatin1String("group:")), qPrintable(group));
        typeText(help->input(), QStringLiteral("누가 로밍 요금 아시나요?"));
        QTest::keyClick(help->input(), Qt::Key_Return);
        QTRY_VERIFY(help->input()->text().isEmpty());
        QTRY_VERIFY(help->transcript()->toPlainText().contains(QStringLiteral("누가 로밍 요금 아시나요?")));
        QCOMPARE(desk()->internalMessages().size(), 1);
        QVERIFY(desk()->internalMessages().constFirst().id > 0);
        QCOMPARE(desk()->internalMessages().constFirst().toGroup, group.mid(6));
    }

    void contactsAreChosenWithAltAndADigit()
    {
        goReady();
        const qint64 first = acceptChat(m_workspace.knownCustomerId);
        const qint64 second = arrive(Channel::Chat, m_workspace.englishCustomerId, QStringLiteral("Hi!"));
        QTRY_VERIFY(isOffered(second));
        // A new offer does not take the agent away from the contact they are working on.
        QCOMPARE(workspace()->currentContactId(), first);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QTRY_COMPARE(workspace()->currentContactId(), second); // offers come first
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(workspace()->currentContactId(), first);
        QTRY_COMPARE(workspace()->shownCustomerId(), m_workspace.knownCustomerId);
    }

private:
    AgentWorkspace *workspace() const { return m_window->agentWorkspace(); }
    AgentDeskController *desk() const { return workspace()->desk(); }
    EmbeddedBackend &centreBackend() const { return UiTestWorkspace::embedded(*m_backend); }
    ContactCentre &centre() const { return centreBackend().centre(); }

    void goReady()
    {
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(desk()->status().state, AgentState::Ready);
    }

    // A customer arrives in the sales queue; the signed-in agent is the only one Ready.
    qint64 arrive(Channel channel, qint64 customerId, const QString &opening, const QString &from = QString())
    {
        InboundContact contact;
        contact.channel = channel;
        contact.queueId = QStringLiteral("sales");
        contact.customerId = customerId;
        contact.from = from;
        if (channel == Channel::Email)
            contact.subject = QStringLiteral("A question");
        if (!opening.isEmpty()) {
            Message message;
            message.sender = SenderRole::Customer;
            message.body = opening;
            message.subject = contact.subject;
            message.sentAtMs = m_clock->nowMs();
            contact.openingMessages = {message};
        }
        const ArrivalResult result = centre().contactArrived(contact);
        if (result.error)
            qWarning("arrival refused: %s", qPrintable(result.error->message));
        return result.interactionId;
    }

    qint64 acceptChat(qint64 customerId)
    {
        const qint64 id = arrive(Channel::Chat, customerId, QStringLiteral("Hello"));
        if (!QTest::qWaitFor([&] { return isOffered(id); }))
            return 0;
        workspace()->selectContact(id);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] {
                return stateOf(id) == InteractionState::Connected
                       && workspace()->contactPane()->page() == ContactPane::Page::Conversation
                       && workspace()->contactPane()->conversation()->isLoaded();
            }))
            return 0;
        return id;
    }

    bool isOffered(qint64 id) const
    {
        const std::optional<ContactSummary> contact = desk()->contact(id);
        return id != 0 && contact && contact->state == InteractionState::Offered;
    }

    InteractionState stateOf(qint64 id) const
    {
        const std::optional<ContactSummary> contact = desk()->contact(id);
        return contact ? contact->state : InteractionState::Closed;
    }

    QModelIndex inboxIndex(qint64 id) const { return desk()->inbox()->index(desk()->inbox()->rowOf(id)); }

    static bool hasMessage(const QList<Message> &messages, SenderRole sender, const QString &body)
    {
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&](const Message &m) { return m.sender == sender && m.body == body; });
    }

    // What the store holds, asked of the backend (which reads the store, not a cache of its own).
    template <typename T>
    std::optional<T> ask(const std::function<void(DeskBackend::Reply<T>)> &request) const
    {
        std::optional<T> answer;
        bool answered = false;
        request([&](const BackendResult<T> &result) {
            answered = true;
            if (result.ok())
                answer = result.value();
        });
        if (!QTest::qWaitFor([&answered] { return answered; }))
            return std::nullopt;
        return answer;
    }

    // What the store holds, read on the centre's side: a remote agent may no longer read a
    // customer whose contact they closed (unless they search for them), which is the point.
    QList<Message> storedMessages(qint64 interactionId) const
    {
        return ask<QList<Message>>([&](DeskBackend::Reply<QList<Message>> reply) {
                   centreBackend().messages(interactionId, reply);
               })
            .value_or(QList<Message>());
    }

    std::optional<TimelineItem> storedTimelineItem(qint64 customerId, qint64 interactionId) const
    {
        const auto page = ask<TimelineItemPage>([&](DeskBackend::Reply<TimelineItemPage> reply) {
            centreBackend().timeline(customerId, TimelineFilter(), TimelineCursor(), 20, reply);
        });
        if (!page)
            return std::nullopt;
        for (const TimelineItem &item : page->items) {
            if (item.interaction.id == interactionId)
                return item;
        }
        return std::nullopt;
    }

    QList<WorkItem> storedWorkItems(qint64 customerId) const
    {
        return ask<QList<WorkItem>>([&](DeskBackend::Reply<QList<WorkItem>> reply) {
                   centreBackend().openWorkItems(customerId, reply);
               })
            .value_or(QList<WorkItem>());
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

    const UiTestWorkspace &m_workspace;
    BackendMode m_mode;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<DeskBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_recordings; // the vault of a test whose centre records
};

CONTACTDESK_UI_TEST_MAIN(TestAgentWorkspace)

#include "tst_agentworkspace.moc"

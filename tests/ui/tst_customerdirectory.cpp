#include "agent/csattrendwidget.h"
#include "agent/customerdirectory.h"
#include "agent/customerlistmodel.h"
#include "agent/customerprofilewidget.h"
#include "agent/timelinemodel.h"
#include "agent/timelinewidget.h"
#include "agent/transcriptview.h"
#include "common/languagemanager.h"
#include "uitestmain.h"

#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>

using namespace ContactDesk;

// The customer directory as an agent uses it: typing in the search field, clicking results,
// channel toggles and timeline rows, reading the profile and the transcript.
class TestCustomerDirectory : public QObject
{
    Q_OBJECT

public:
    TestCustomerDirectory(const UiTestWorkspace &workspace, BackendMode mode)
        : m_workspace(workspace)
        , m_mode(mode)
    {}

private Q_SLOTS:
    void initTestCase()
    {
        // Texts are checked in English, plural forms included.
        QVERIFY(m_languages.setSessionLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_backend = m_workspace.openBackend(m_mode);
        QVERIFY(m_backend);
        m_directory = std::make_unique<CustomerDirectory>();
        m_directory->resize(1366, 720);
        m_directory->profile()->setClock([] { return UiTestWorkspace::NowMs; });
        m_directory->setBackend(m_backend.get());
        m_directory->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_directory.get()));
        QTRY_VERIFY(m_directory->isSettled());
    }

    void cleanup()
    {
        m_directory.reset();
        m_backend.reset();
    }

    void startsWithCustomersAndTheFirstOneShown()
    {
        QVERIFY(m_directory->results()->rowCount() >= m_workspace.demoCustomers);
        QVERIFY(m_directory->currentCustomerId() != 0);
        QCOMPARE(m_directory->currentCustomerId(), m_directory->results()->customerAt(0)->id);
        QCOMPARE(m_directory->profile()->customerId(), m_directory->currentCustomerId());
        QVERIFY(m_directory->profile()->isLoaded());
        QCOMPARE(m_directory->timeline()->customerId(), m_directory->currentCustomerId());
    }

    void findsAPhoneNumberWrittenAnyWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("international, spaces") << QStringLiteral("+82 10 9876 0001");
        QTest::newRow("national digits") << QStringLiteral("01098760001");
        QTest::newRow("national, brackets") << QStringLiteral("(010) 9876-0001");
        QTest::newRow("international, dashes") << QStringLiteral("+82-10-9876-0001");
        QTest::newRow("dots") << QStringLiteral("010.9876.0001");
    }

    void findsAPhoneNumberWrittenAnyWay()
    {
        QFETCH(QString, typed);
        QVERIFY(typeSearch(typed));
        QCOMPARE(m_directory->currentCustomerId(), m_workspace.knownCustomerId);
        QCOMPARE(label("profileName")->text(), QStringLiteral("제갈하람"));
    }

    void findsAnEmailAddressInCapitals()
    {
        QVERIFY(typeSearch(m_workspace.knownEmail.toUpper()));
        QCOMPARE(m_directory->currentCustomerId(), m_workspace.knownCustomerId);
    }

    void findsNamesAndCompanies_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("who"); // 0 known, 1 English
        QTest::newRow("company") << QStringLiteral("한빛전자") << 0;
        QTest::newRow("family and given name") << QStringLiteral("제갈하람") << 0;
        QTest::newRow("English name, lower case") << QStringLiteral("wilhelmina quartermain") << 1;
        QTest::newRow("English company part") << QStringLiteral("Zephyr Kite") << 1;
    }

    void findsNamesAndCompanies()
    {
        QFETCH(QString, typed);
        QFETCH(int, who);
        const qint64 expected = who == 0 ? m_workspace.knownCustomerId : m_workspace.englishCustomerId;
        QVERIFY(typeSearch(typed));
        const int row = m_directory->results()->rowOfCustomer(expected);
        QVERIFY2(row >= 0, qPrintable(typed));
        // Clicking the result shows that customer.
        QListView *view = m_directory->resultsView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(m_directory->results()->index(row)).center());
        QTRY_VERIFY(m_directory->isSettled());
        QCOMPARE(m_directory->currentCustomerId(), expected);
        QCOMPARE(m_directory->profile()->customerId(), expected);
    }

    void saysSoWhenNothingMatches()
    {
        QVERIFY(typeSearch(QStringLiteral("zzqx nobody by this name")));
        QCOMPARE(m_directory->results()->rowCount(), 0);
        QLabel *none = label("customerNoResults");
        QVERIFY(none->isVisible());
        QVERIFY2(none->text().contains(QStringLiteral("zzqx nobody by this name")), qPrintable(none->text()));
        QCOMPARE(m_directory->profile()->customerId(), 0);
        QCOMPARE(m_directory->timeline()->model()->rowCount(), 0);
    }

    void keyboardDownMovesFromSearchToResults()
    {
        QVERIFY(typeSearch(QStringLiteral("Zephyr Kite")));
        QTest::keyClick(m_directory->searchField(), Qt::Key_Down);
        QVERIFY(m_directory->resultsView()->hasFocus());
    }

    void profileShowsTheCustomer()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        QCOMPARE(m_directory->currentCustomerId(), m_workspace.knownCustomerId);
        QVERIFY(label("profileVipBadge")->isVisible());
        QCOMPARE(label("profileCompany")->text(), QStringLiteral("한빛전자"));
        QCOMPARE(label("profileLanguage")->text(), QStringLiteral("Korean"));
        QCOMPARE(label("profileSegment")->text(), QStringLiteral("Small business"));
        QCOMPARE(label("profileValueTier")->text(), QStringLiteral("Platinum"));
        QCOMPARE(label("profileLifetimeValue")->text(), QStringLiteral("₩12,345,000"));
        QCOMPARE(label("profileMarketingConsent")->text(), QStringLiteral("Given"));
        QCOMPARE(contactValues(),
                 (QStringList{QStringLiteral("010-9876-0001 (primary)"), m_workspace.knownEmail}));

        QVERIFY(typeSearch(QStringLiteral("Wilhelmina Quartermain")));
        QCOMPARE(m_directory->currentCustomerId(), m_workspace.englishCustomerId);
        QVERIFY(!label("profileVipBadge")->isVisible());
        QCOMPARE(label("profileLifetimeValue")->text(), QStringLiteral("$1,234.56"));
        QCOMPARE(label("profileLanguage")->text(), QStringLiteral("English"));
    }

    void phoneNumbersFollowTheAgentsRegion()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        QCOMPARE(contactValues().value(0), QStringLiteral("010-9876-0001 (primary)"));
        m_directory->setPhoneRegion(QStringLiteral("US"));
        QCOMPARE(contactValues().value(0), QStringLiteral("+82 10-9876-0001 (primary)"));
        const QModelIndex row = m_directory->results()->index(0);
        QVERIFY2(row.data(CustomerListModel::SubtitleRole)
                     .toString()
                     .contains(QStringLiteral("+82 10-9876-0001")),
                               qPrintable(row.data(CustomerListModel::SubtitleRole).toString()));

        QVERIFY(typeSearch(QStringLiteral("Wilhelmina Quartermain")));
        QCOMPARE(contactValues().value(0), QStringLiteral("(415) 555-0142"));
        m_directory->setPhoneRegion(QStringLiteral("KR"));
        QCOMPARE(contactValues().value(0), QStringLiteral("+1 415-555-0142"));
    }

    void openWorkItemsShowWhatIsOverdue()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        const QList<QLabel *> items =
            m_directory->profile()->findChildren<QLabel *>(QStringLiteral("workItem"));
        QCOMPARE(items.size(), 2);
        // Soonest due first: the overdue one.
        QVERIFY(items.at(0)->property("overdue").toBool());
        QVERIFY(items.at(0)->text().contains(QStringLiteral("청구 금액 재확인 후 회신")));
        QVERIFY2(items.at(0)->text().contains(QStringLiteral("Overdue since")),
                                              qPrintable(items.at(0)->text()));
        QVERIFY(!items.at(1)->property("overdue").toBool());
        QVERIFY2(items.at(1)->text().contains(QStringLiteral("Due ")), qPrintable(items.at(1)->text()));
    }

    void satisfactionTrendShowsRecentScores()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        auto *trend = m_directory->profile()->findChild<CsatTrendWidget *>();
        QVERIFY(trend);
        QTRY_COMPARE(trend->scores(), m_workspace.knownCsatScores);
        QCOMPARE(trend->summaryText(), QStringLiteral("Average 3.7 over the last 3 ratings"));
    }

    void tenThousandInteractionsOpenWithOnePage()
    {
        QVERIFY(typeSearch(QStringLiteral("Heavy Caller")));
        QCOMPARE(m_directory->currentCustomerId(), m_workspace.heavyCustomerId);
        TimelineModel *model = m_directory->timeline()->model();
        QCOMPARE(model->rowCount(), TimelineModel::DefaultPageSize);
        QVERIFY(model->canFetchMore(QModelIndex()));
        QCOMPARE(m_directory->timeline()->countLabel()->text(), QStringLiteral("10,000 interactions"));

        // Scrolling to the end of the list loads the next page, in order.
        QListView *view = m_directory->timeline()->view();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_COMPARE(model->rowCount(), 2 * TimelineModel::DefaultPageSize);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row).data(TimelineModel::SubjectRole).toString(),
                     QStringLiteral("Contact #%1").arg(UiTestWorkspace::HeavyInteractions - 1 - row));
        }
    }

    void channelToggleShowsOnlyThatChannel()
    {
        QVERIFY(typeSearch(QStringLiteral("Heavy Caller")));
        TimelineWidget *timeline = m_directory->timeline();
        QTest::mouseClick(timeline->channelButton(Channel::Chat), Qt::LeftButton);
        QTRY_VERIFY(m_directory->isSettled() && timeline->model()->totalCount() >= 0
                    && timeline->model()->isFirstPageLoaded());
        QVERIFY(!timeline->allChannelsButton()->isChecked());
        QCOMPARE(timeline->channels(), QList<Channel>{Channel::Chat});
        QCOMPARE(timeline->countLabel()->text(), QStringLiteral("1,667 interactions"));
        saveScreenshot(QStringLiteral("chat-filter"));
        QCOMPARE(timeline->model()->rowCount(), TimelineModel::DefaultPageSize);
        for (int row = 0; row < timeline->model()->rowCount(); ++row)
            QCOMPARE(timeline->model()->index(row).data(TimelineModel::ChannelKeyRole).toString(),
                     QStringLiteral("chat"));

        // A second channel adds to the first.
        QTest::mouseClick(timeline->channelButton(Channel::Sms), Qt::LeftButton);
        QTRY_COMPARE(timeline->countLabel()->text(), QStringLiteral("3,334 interactions"));

        // "All" clears the channel filter.
        QTest::mouseClick(timeline->allChannelsButton(), Qt::LeftButton);
        QTRY_COMPARE(timeline->countLabel()->text(), QStringLiteral("10,000 interactions"));
        QVERIFY(timeline->allChannelsButton()->isChecked());
        QVERIFY(!timeline->channelButton(Channel::Chat)->isChecked());
        QVERIFY(timeline->channels().isEmpty());
    }

    void searchFieldFiltersTheTimeline()
    {
        QVERIFY(typeSearch(QStringLiteral("Heavy Caller")));
        TimelineWidget *timeline = m_directory->timeline();
        QLineEdit *field = timeline->searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("Contact #9998"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(timeline->model()->rowCount(), 1);
        QTRY_COMPARE(timeline->countLabel()->text(), QStringLiteral("1 interaction"));
        QCOMPARE(timeline->model()->index(0).data(TimelineModel::SubjectRole).toString(),
                 QStringLiteral("Contact #9998"));

        // Typing without Enter applies the filter too, once the typing pauses.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("no such contact"));
        QTRY_VERIFY(timeline->model()->isFirstPageLoaded()
                    && timeline->model()->filter().text == u"no such contact");
        QTRY_COMPARE(timeline->model()->rowCount(), 0);
        QLabel *empty = timeline->findChild<QLabel *>(QStringLiteral("timelineEmpty"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No interactions match the filter."));
    }

    void selectingAChatShowsItsTranscript()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        TranscriptView *transcript = clickTimelineRow(m_workspace.knownChatId);
        QVERIFY(transcript);
        const QString text = transcript->toPlainText();
        for (const Message &message : m_workspace.knownChatMessages) {
            QVERIFY2(text.contains(message.body), qPrintable(text));
            QVERIFY2(text.contains(message.senderName), qPrintable(text));
        }
        QVERIFY(text.indexOf(m_workspace.knownChatMessages.at(0).body)
                < text.indexOf(m_workspace.knownChatMessages.at(2).body));
        QVERIFY(text.contains(QStringLiteral("Agent: 박서연")));
        QVERIFY(text.contains(QStringLiteral("Outcome: Resolved")));
        saveScreenshot(QStringLiteral("chat-transcript"));
    }

    void selectingAnEmailShowsItsSubjects()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        TranscriptView *transcript = clickTimelineRow(m_workspace.knownEmailId);
        QVERIFY(transcript);
        const QString text = transcript->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Subject: ") + m_workspace.knownEmailSubject),
                               qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Subject: RE: ") + m_workspace.knownEmailSubject),
                               qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("확인 결과 로밍 요금이 포함되어 있습니다.")));
        saveScreenshot(QStringLiteral("email-thread"));
    }

    void selectingACallShowsItsNotesAndNoDeadLink()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        TranscriptView *transcript = clickTimelineRow(m_workspace.knownCallId);
        QVERIFY(transcript);
        QVERIFY2(transcript->toPlainText().contains(m_workspace.knownCallNotes),
                 qPrintable(transcript->toPlainText()));
        QVERIFY(transcript->toPlainText().contains(QStringLiteral("Talk time: 4:00")));
        QVERIFY(!transcript->toHtml().contains(QStringLiteral("<a ")));
    }

    void followsADarkPalette()
    {
        QVERIFY(typeSearch(QStringLiteral("010-9876-0001")));
        QVERIFY(clickTimelineRow(m_workspace.knownChatId));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc7));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
        m_directory->setPalette(dark);
        QCoreApplication::processEvents();
        const QImage picture = m_directory->grab().toImage();
        saveScreenshot(QStringLiteral("dark-palette"));

        // Empty parts of each pane show the palette's dark colours, not a light background of
        // our own: below the profile, below the timeline rows, and below the transcript.
        auto darkAt = [&](QWidget *widget) {
            const QPoint bottom =
                widget->mapTo(m_directory.get(), QPoint(widget->width() / 2, widget->height() - 6));
            const QColor colour = picture.pixelColor(bottom * picture.devicePixelRatio());
            return colour.lightness() < 80;
        };
        QVERIFY(darkAt(m_directory->profile()));
        QVERIFY(darkAt(m_directory->timeline()->view()));
        QVERIFY(darkAt(m_directory->timeline()->transcript()));
        QVERIFY(darkAt(m_directory->resultsView()));
        // The overdue work item's red is the one that reads on a dark background.
        const auto items = m_directory->profile()->findChildren<QLabel *>(QStringLiteral("workItem"));
        QVERIFY(!items.isEmpty());
        QVERIFY2(items.first()->text().contains(QStringLiteral("#ff7b72")),
                                                qPrintable(items.first()->text()));
    }

private:
    // With CONTACTDESK_UI_TEST_SCREENSHOTS=DIR, the directory is saved as DIR/<name>-<mode>.png
    // for people to look at; the test does not depend on it.
    void saveScreenshot(const QString &name) const
    {
        const QString folder = qEnvironmentVariable("CONTACTDESK_UI_TEST_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        const QString mode =
            m_mode == BackendMode::Immediate ? QStringLiteral("immediate") : QStringLiteral("deferred");
        const QString path = QDir(folder).filePath(name + QLatin1Char('-') + mode + QStringLiteral(".png"));
        QCoreApplication::processEvents(); // pending layout requests, as a user's event loop would run them
        if (!m_directory->grab().save(path))
            qWarning("Cannot save %s", qUtf8Printable(path));
    }

    // QTest::keyClicks() knows Latin-1 keys only; Hangul arrives as committed text, the way an
    // input method delivers it.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(widget, char(c.unicode()));
            } else {
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
                QApplication::sendEvent(widget, &press);
                QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
                QApplication::sendEvent(widget, &release);
            }
        }
    }

    [[nodiscard]] bool typeSearch(const QString &text)
    {
        QLineEdit *field = m_directory->searchField();
        field->setFocus();
        field->clear();
        typeText(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        return QTest::qWaitFor([this] { return m_directory->isSettled(); });
    }

    TranscriptView *clickTimelineRow(qint64 interactionId)
    {
        TimelineWidget *timeline = m_directory->timeline();
        const int row = timeline->model()->rowOfInteraction(interactionId);
        if (row < 0)
            return nullptr;
        QListView *view = timeline->view();
        const QModelIndex index = timeline->model()->index(row);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        TranscriptView *transcript = timeline->transcript();
        if (!QTest::qWaitFor(
                [&] { return transcript->interactionId() == interactionId && transcript->isComplete(); }))
            return nullptr;
        return transcript;
    }

    QLabel *label(const char *objectName) const
    {
        auto *found = m_directory->findChild<QLabel *>(QLatin1String(objectName));
        if (!found)
            qFatal("No label %s", objectName);
        return found;
    }

    QStringList contactValues() const
    {
        QStringList values;
        const auto labels =
            m_directory->profile()->findChildren<QLabel *>(QStringLiteral("contactPointValue"));
        for (QLabel *value : labels)
            values << value->text();
        return values;
    }

    const UiTestWorkspace &m_workspace;
    BackendMode m_mode;
    LanguageManager m_languages;
    std::unique_ptr<DeskBackend> m_backend;
    std::unique_ptr<CustomerDirectory> m_directory;
};

CONTACTDESK_UI_TEST_MAIN(TestCustomerDirectory)

#include "tst_customerdirectory.moc"

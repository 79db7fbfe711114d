#include "agent/cannedresponsepopup.h"
#include "agent/contactinboxmodel.h"
#include "common/languagemanager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ContactDesk;

// The inbox's model on its own, with a clock the test moves: the order offers and active contacts
// are shown in, the texts that move with the clock, unread counts; and the canned-response
// placeholders and search.
class TestContactInboxModel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 StartMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z

    static ContactSummary offer(qint64 id, Channel channel, qint64 offeredMs, qint64 expiresMs)
    {
        ContactSummary contact;
        contact.interactionId = id;
        contact.channel = channel;
        contact.state = InteractionState::Offered;
        contact.queueId = QStringLiteral("billing");
        contact.queueName = QStringLiteral("Billing");
        contact.customerId = 100 + id;
        contact.customerName = QStringLiteral("Customer %1").arg(id);
        contact.times.createdMs = offeredMs - 30'000;
        contact.times.queuedMs = offeredMs - 30'000;
        contact.times.offeredMs = offeredMs;
        contact.offerExpiresAtMs = expiresMs;
        return contact;
    }

    static ContactSummary connected(ContactSummary contact, qint64 atMs)
    {
        contact.state = InteractionState::Connected;
        contact.times.connectedMs = atMs;
        contact.offerExpiresAtMs = 0;
        return contact;
    }

    QList<qint64> order() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids << m_model->index(row).data(ContactInboxModel::InteractionIdRole).toLongLong();
        return ids;
    }

    LanguageManager m_languages;
    qint64 m_now = StartMs;
    std::unique_ptr<ContactInboxModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English plurals ("2 new messages") come from the English translation.
        QVERIFY(m_languages.setSessionLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_now = StartMs;
        m_model = std::make_unique<ContactInboxModel>();
        m_model->setClock([this] { return m_now; });
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
    }

    void cleanup() { m_model.reset(); }

    void offersComeFirstSoonestExpiryOnTop()
    {
        QVERIFY(m_model->upsert(
            connected(offer(1, Channel::Voice, StartMs - 60'000, StartMs - 45'000), StartMs - 50'000)));
        QVERIFY(m_model->upsert(offer(2, Channel::Chat, StartMs, StartMs + 30'000)));
        QVERIFY(m_model->upsert(offer(3, Channel::Email, StartMs, StartMs + 15'000)));
        QCOMPARE(order(), (QList<qint64>{3, 2, 1}));
        QCOMPARE(m_model->offerCount(), 2);
        QCOMPARE(m_model->activeCount(), 1);

        // Accepted: it joins the active contacts after the one taken earlier.
        QVERIFY(
            !m_model->upsert(connected(offer(3, Channel::Email, StartMs, StartMs + 15'000), StartMs + 2000)));
        QCOMPARE(order(), (QList<qint64>{2, 1, 3}));
        QVERIFY(m_model->remove(1));
        QVERIFY(!m_model->remove(1));
        QCOMPARE(order(), (QList<qint64>{2, 3}));
    }

    void countdownRunsWithTheClock()
    {
        m_model->upsert(offer(7, Channel::Chat, StartMs, StartMs + 20'000));
        const QModelIndex index = m_model->index(0);
        QCOMPARE(index.data(ContactInboxModel::IsOfferRole).toBool(), true);
        QCOMPARE(index.data(ContactInboxModel::TimerTextRole).toString(), QStringLiteral("20 s"));
        QCOMPARE(index.data(ContactInboxModel::CountdownFractionRole).toDouble(), 1.0);
        QVERIFY(
            index.data(ContactInboxModel::SubtitleRole).toString().contains(QStringLiteral("Waited 0:30")));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_now = StartMs + 15'000;
        m_model->tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(index.data(ContactInboxModel::TimerTextRole).toString(), QStringLiteral("5 s"));
        QCOMPARE(index.data(ContactInboxModel::CountdownFractionRole).toDouble(), 0.25);
        QVERIFY(
            index.data(ContactInboxModel::SubtitleRole).toString().contains(QStringLiteral("Waited 0:45")));

        m_now = StartMs + 60'000;
        QCOMPARE(index.data(ContactInboxModel::TimerTextRole).toString(), QStringLiteral("0 s"));
        QCOMPARE(index.data(ContactInboxModel::CountdownFractionRole).toDouble(), 0.0);
    }

    void activeContactsShowTimeInState()
    {
        ContactSummary call = connected(offer(4, Channel::Voice, StartMs, StartMs + 15'000), StartMs + 3000);
        m_model->upsert(call);
        m_now = StartMs + 3000 + 125'000;
        const QModelIndex index = m_model->index(0);
        QCOMPARE(index.data(ContactInboxModel::TimerTextRole).toString(), QStringLiteral("2:05"));
        QVERIFY(!index.data(ContactInboxModel::CountdownFractionRole).isValid());

        call.state = InteractionState::Held;
        call.times.heldSinceMs = StartMs + 100'000;
        m_model->upsert(call);
        QCOMPARE(index.data(ContactInboxModel::TimerTextRole).toString(), QStringLiteral("0:28"));
        QVERIFY(index.data(ContactInboxModel::SubtitleRole).toString().startsWith(QStringLiteral("On hold")));
    }

    void unknownContactsAreNamedByWhereTheyCameFrom()
    {
        ContactSummary call = offer(5, Channel::Voice, StartMs, StartMs + 15'000);
        call.customerId = 0;
        call.customerName.clear();
        call.from = QStringLiteral("+821012345678");
        m_model->upsert(call);
        QCOMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("010-1234-5678"));
        m_model->setPhoneRegion(QStringLiteral("US"));
        QCOMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("+82 10-1234-5678"));

        ContactSummary chat = offer(6, Channel::Chat, StartMs, StartMs + 16'000);
        chat.customerId = 0;
        chat.customerName.clear();
        chat.from.clear();
        m_model->upsert(chat);
        QCOMPARE(m_model->index(m_model->rowOf(6)).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Unknown customer"));
    }

    void unreadMessagesAreCountedUntilSeen()
    {
        m_model->upsert(connected(offer(8, Channel::Chat, StartMs, StartMs + 15'000), StartMs));
        m_model->noteUnread(8);
        m_model->noteUnread(8);
        m_model->noteUnread(99); // not in the inbox: ignored
        QCOMPARE(m_model->unread(8), 2);
        QCOMPARE(m_model->unread(99), 0);
        QVERIFY(m_model->index(0)
                    .data(ContactInboxModel::SubtitleRole)
                    .toString()
                    .contains(QStringLiteral("2 new messages")));
        m_model->clearUnread(8);
        QCOMPARE(m_model->index(0).data(ContactInboxModel::UnreadRole).toInt(), 0);
    }

    void placeholdersAreFilled_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("filled");
        QTest::newRow("korean") << QStringLiteral("{customer.name}님, 안녕하세요. 상담원 {agent.name}입니다.")
            << QStringLiteral("김민준님, 안녕하세요. 상담원 박서연입니다.");
        QTest::newRow("english") << QStringLiteral("Hi {customer.firstName}, about “{interaction.subject}”:")
                                                   << QStringLiteral("Hi 민준, about “Roaming”:");
        QTest::newRow("unknown stays") << QStringLiteral("{customer.shoeSize} {customer.firstName}")
                                                         << QStringLiteral("{customer.shoeSize} 민준");
    }

    void placeholdersAreFilled()
    {
        QFETCH(QString, body);
        QFETCH(QString, filled);
        const PlaceholderValues values{QStringLiteral("민준"), QStringLiteral("김민준"), QStringLiteral("박서연"), QStringLiteral("Roaming")};
        QCOMPARE(CannedResponsePopup::fill(body, values), filled);
    }

    void cannedResponsesAreSearchedAndFitTheChannel()
    {
        const QList<CannedResponse> responses = {
            {QStringLiteral("greet-en"),
                QStringLiteral("en"), QStringLiteral("Greeting"), QStringLiteral("Hello!"), {}},
                    {QStringLiteral("greet-ko"),
                        QStringLiteral("ko"), QStringLiteral("인사"), QStringLiteral("안녕하세요!"), {}},
                            {QStringLiteral("mail-ko"),
                                            QStringLiteral("ko"),
                                                           QStringLiteral("메일 맺음말"),
                                                                          QStringLiteral("감사합니다."),
                                                                                         {Channel::Email}},
                            };
        CannedResponsePopup popup;
        popup.setResponses(responses, Channel::Chat, QStringLiteral("ko"));
        QList<CannedResponse> visible = popup.visibleResponses();
        QCOMPARE(visible.size(), 2);
        QCOMPARE(visible.at(0).id, QStringLiteral("greet-ko")); // the customer's language first
        popup.searchField()->setText(QStringLiteral("hello"));
        visible = popup.visibleResponses();
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.at(0).id, QStringLiteral("greet-en"));

        popup.setResponses(responses, Channel::Email, QStringLiteral("en"));
        popup.searchField()->clear();
        QCOMPARE(popup.visibleResponses().size(), 3);
        QCOMPARE(popup.visibleResponses().at(0).id, QStringLiteral("greet-en"));

        QSignalSpy chosen(&popup, &CannedResponsePopup::responseChosen);
        popup.searchField()->setText(QStringLiteral("맺음말"));
        QTest::keyClick(popup.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).value<CannedResponse>().id, QStringLiteral("mail-ko"));
    }
};

QTEST_MAIN(TestContactInboxModel)

#include "tst_contactinboxmodel.moc"

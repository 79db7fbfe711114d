#include "agent/timelinemodel.h"
#include "backend/deskbackend.h"
#include "common/languagemanager.h"
#include "deferredbackend.h"
#include "uitestmain.h"

#include <QSignalSpy>

using namespace ContactDesk;

// TimelineModel against the real store: paging by keyset, filters, and answers that arrive late.
class TestTimelineModel : public QObject
{
    Q_OBJECT

public:
    TestTimelineModel(const UiTestWorkspace &workspace, BackendMode mode)
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
        m_model = std::make_unique<TimelineModel>();
        m_model->setBackend(m_backend.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_backend.reset();
    }

    void firstPageOnly()
    {
        m_model->setCustomer(m_workspace.heavyCustomerId);
        QTRY_VERIFY(settled());
        QCOMPARE(m_model->rowCount(), TimelineModel::DefaultPageSize);
        QVERIFY(m_model->canFetchMore(QModelIndex()));
        QCOMPARE(m_model->totalCount(), UiTestWorkspace::HeavyInteractions);
        // Newest first.
        QCOMPARE(subjectAt(0), QStringLiteral("Contact #9999"));
        QCOMPARE(subjectAt(TimelineModel::DefaultPageSize - 1), QStringLiteral("Contact #9950"));
    }

    void fetchMoreAppendsTheNextPageInOrder()
    {
        m_model->setCustomer(m_workspace.heavyCustomerId);
        QTRY_VERIFY(settled());
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 2 * TimelineModel::DefaultPageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), TimelineModel::DefaultPageSize);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2 * TimelineModel::DefaultPageSize - 1);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(subjectAt(row),
                     QStringLiteral("Contact #%1").arg(UiTestWorkspace::HeavyInteractions - 1 - row));
        QVERIFY(m_model->canFetchMore(QModelIndex()));
    }

    void pagesUntilTheEnd()
    {
        m_model->setPageSize(3);
        m_model->setCustomer(m_workspace.knownCustomerId);
        QTRY_VERIFY(settled());
        QCOMPARE(m_model->totalCount(), 4);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->canFetchMore(QModelIndex()));
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 4);
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids << m_model->index(row).data(TimelineModel::InteractionIdRole).toLongLong();
        QVERIFY(ids.contains(m_workspace.knownChatId));
        QVERIFY(ids.contains(m_workspace.knownEmailId));
        QVERIFY(ids.contains(m_workspace.knownCallId));
    }

    void channelFilter_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("expected");
        // The heavy customer's channels take turns: 10,000 = 6 × 1,666 + 4.
        for (Channel channel : allChannels())
            QTest::newRow(qPrintable(channelKey(channel)))
                << int(channel) << (int(channel) < 4 ? 1667 : 1666);
    }

    void channelFilter()
    {
        QFETCH(int, channel);
        QFETCH(int, expected);
        m_model->setCustomer(m_workspace.heavyCustomerId);
        TimelineFilter filter;
        filter.channels = {Channel(channel)};
        m_model->setFilter(filter);
        QTRY_VERIFY(settled());
        QCOMPARE(m_model->totalCount(), expected);
        QCOMPARE(m_model->rowCount(), TimelineModel::DefaultPageSize);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->index(row).data(TimelineModel::ChannelRole).toInt(), channel);
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("one") << QStringLiteral("Contact #9998")
                                               << QStringList{QStringLiteral("Contact #9998")};
        QStringList elevens{QStringLiteral("Contact #9999")};
        for (int n = 9998; n >= 9990; --n)
            elevens << QStringLiteral("Contact #%1").arg(n);
        elevens << QStringLiteral("Contact #999");
        QTest::newRow("prefix") << QStringLiteral("contact #999") << elevens;
        QTest::newRow("none") << QStringLiteral("no such words anywhere") << QStringList();
    }

    void textFilter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, subjects);
        m_model->setCustomer(m_workspace.heavyCustomerId);
        m_model->setFilter(TimelineFilter{{}, text});
        QTRY_VERIFY(settled());
        QCOMPARE(m_model->totalCount(), subjects.size());
        QStringList shown;
        for (int row = 0; row < m_model->rowCount(); ++row)
            shown << subjectAt(row);
        QCOMPARE(shown, subjects);
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
    }

    void textFilterSearchesMessageBodies()
    {
        m_model->setCustomer(m_workspace.knownCustomerId);
        m_model->setFilter(TimelineFilter{{}, QStringLiteral("5G 라이트")});
        QTRY_VERIFY(settled());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(TimelineModel::InteractionIdRole).toLongLong(),
                 m_workspace.knownChatId);
        QCOMPARE(m_model->index(0).data(TimelineModel::MessageCountRole).toInt(), 3);
    }

    void answersForAnEarlierCustomerAreDropped()
    {
        m_model->setCustomer(m_workspace.heavyCustomerId);
        m_model->setCustomer(m_workspace.knownCustomerId);
        QTRY_VERIFY(settled());
        drainReplies();
        QCOMPARE(m_model->customerId(), m_workspace.knownCustomerId);
        QCOMPARE(m_model->totalCount(), 4);
        QCOMPARE(m_model->rowCount(), 4);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(!subjectAt(row).startsWith(QStringLiteral("Contact #")));
    }

    void rowsSayWhatHappened()
    {
        m_model->setCustomer(m_workspace.knownCustomerId);
        QTRY_VERIFY(settled());
        const int row = m_model->rowOfInteraction(m_workspace.knownCallId);
        QVERIFY(row >= 0);
        const QModelIndex index = m_model->index(row);
        QCOMPARE(index.data(TimelineModel::ChannelKeyRole).toString(), QStringLiteral("voice"));
        QCOMPARE(index.data(TimelineModel::AgentNameRole).toString(), QStringLiteral("박서연"));
        QCOMPARE(index.data(TimelineModel::DispositionRole).toString(), QStringLiteral("information"));
        QCOMPARE(index.data(TimelineModel::CsatRole).toInt(), 4);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("해외 로밍 요금 문의"));
        const QString detail = index.data(TimelineModel::DetailLineRole).toString();
        QVERIFY2(detail.contains(QStringLiteral("박서연")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Information given")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("4:00")),
                                 qPrintable(detail)); // connected 25 s → wrap-up 265 s
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void aRefusedRequestIsReportedAndStopsPaging()
    {
        QSignalSpy errors(m_model.get(), &TimelineModel::errorOccurred);
        m_model->setPageSize(100'000); // more than any backend hands out in one page
        m_model->setCustomer(m_workspace.heavyCustomerId);
        QTRY_VERIFY(!errors.isEmpty());
        drainReplies();
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        // The count was not refused and stays right.
        QCOMPARE(m_model->totalCount(), UiTestWorkspace::HeavyInteractions);

        // A sensible page size afterwards works again.
        m_model->setPageSize(TimelineModel::DefaultPageSize);
        m_model->reload();
        QTRY_VERIFY(settled());
        QVERIFY(m_model->lastError().isEmpty());
        QCOMPARE(m_model->rowCount(), TimelineModel::DefaultPageSize);
    }

    void noCustomerMeansNoRows()
    {
        m_model->setCustomer(m_workspace.knownCustomerId);
        QTRY_VERIFY(settled());
        m_model->setCustomer(0);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        QCOMPARE(m_model->totalCount(), -1);
    }

private:
    bool settled() const
    {
        return m_model->isFirstPageLoaded() && !m_model->isLoading() && m_model->totalCount() >= 0;
    }

    // Lets every reply still held by a deferred backend arrive, so that a late one would show.
    void drainReplies()
    {
        if (auto *deferred = qobject_cast<DeferredBackend *>(m_backend.get()))
            QTRY_COMPARE(deferred->pendingReplies(), 0);
    }

    QString subjectAt(int row) const
    {
        return m_model->index(row).data(TimelineModel::SubjectRole).toString();
    }

    const UiTestWorkspace &m_workspace;
    BackendMode m_mode;
    LanguageManager m_languages;
    std::unique_ptr<DeskBackend> m_backend;
    std::unique_ptr<TimelineModel> m_model;
};

CONTACTDESK_UI_TEST_MAIN(TestTimelineModel)

#include "tst_timelinemodel.moc"

#pragma once

#include "backend/deskbackend.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace ContactDesk {

class CustomerListModel;
class CustomerProfileWidget;
class TimelineWidget;

// Find a customer and see everything about them: a search field that takes a name, a company, an
// e-mail address or a phone number written any common way; the matching customers; and for the
// one selected, their profile and all-channel timeline side by side.
class CustomerDirectory final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDirectory)

public:
    // More than anyone scrolls through; a search should be narrowed instead.
    static constexpr int ResultLimit = 200;

    explicit CustomerDirectory(QWidget *parent = nullptr);

    // How a search text is looked up: a phone number or an e-mail address gets an exact
    // contact-point lookup first; empty for names and companies.
    static std::optional<ContactKind> contactKindOf(const QString &text);
    // What the text search gets: the digits of a phone number, else the text.
    static QString textSearchFor(const QString &text);

    // Lists the first customers (an empty search) and selects the first.
    void setBackend(DeskBackend *backend);
    DeskBackend *backend() const { return m_backend; }

    // Two-letter region phone numbers are written for; re-formats what is shown.
    void setPhoneRegion(const QString &region);

    // Puts `text` in the search field and searches at once.
    void search(const QString &text);
    void focusSearch();
    // Selects `customerId` among the results; false when it is not one of them.
    bool selectCustomer(qint64 customerId);
    qint64 currentCustomerId() const;
    bool isSearching() const { return m_searching; }
    // Nothing is on its way: the search has answered and the selected customer (if any) is shown.
    bool isSettled() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *resultsView() const { return m_results; }
    CustomerListModel *results() const { return m_model; }
    CustomerProfileWidget *profile() const { return m_profile; }
    TimelineWidget *timeline() const { return m_timeline; }

Q_SIGNALS:
    void searchFinished(int resultCount);
    // The selected customer's profile and the first page of their timeline are on screen.
    void customerShown(qint64 customerId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void finishSearch(const QList<Customer> &exactMatches, const QList<Customer> &found);
    void failSearch(const BackendError &error);
    void onCurrentChanged();
    void checkShown();
    void updateResultState();

    QPointer<DeskBackend> m_backend;
    QString m_phoneRegion = QStringLiteral("KR");
    quint64 m_searchGeneration = 0;
    bool m_searching = false;
    QString m_lastSearch;
    QString m_searchError;
    qint64 m_shownCustomer = 0;
    bool m_profileReady = false;
    bool m_timelineReady = false;

    CustomerListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_resultCount = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_noResults = nullptr;
    CustomerProfileWidget *m_profile = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace ContactDesk

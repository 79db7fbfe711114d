#pragma once

#include "backend/deskbackend.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace ContactDesk {

class CsatTrendWidget;

// Who the customer is, at a glance: name and VIP badge, company, language, segment, value tier,
// lifetime value, consents, every way to reach them (phone numbers formatted for the agent's
// region), their open work items (overdue ones stand out) and their recent satisfaction scores.
// Used by the customer directory and, beside a live conversation, by the agent workspace.
class CustomerProfileWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerProfileWidget)

public:
    // How many of the newest rated contacts the satisfaction trend shows.
    static constexpr int CsatTrendLength = 12;

    explicit CustomerProfileWidget(QWidget *parent = nullptr);

    void setBackend(DeskBackend *backend);

    // Loads and shows `customerId`; 0 shows the "no customer" placeholder.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // The customer shown, once loaded.
    const std::optional<Customer> &customer() const { return m_customer; }
    const QList<WorkItem> &workItems() const { return m_workItems; }
    bool isLoaded() const { return m_customer.has_value(); }

    // Two-letter region phone numbers are written for; changing it re-formats what is shown.
    void setPhoneRegion(const QString &region);
    QString phoneRegion() const { return m_phoneRegion; }

    // Where "now" comes from when deciding what is overdue; the wall clock unless set.
    void setClock(std::function<qint64()> nowMs);

Q_SIGNALS:
    void customerLoaded(qint64 customerId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCustomer();
    void showContactPoints();
    void showWorkItems();
    void showCsat();
    void refitPage();
    void fail(const BackendError &error);

    QPointer<DeskBackend> m_backend;
    qint64 m_customerId = 0;
    std::optional<Customer> m_customer;
    QList<WorkItem> m_workItems;
    QList<int> m_csatScores;
    QString m_phoneRegion = QStringLiteral("KR");
    std::function<qint64()> m_now;
    quint64 m_generation = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_vipBadge = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_detailsHeading = nullptr;
    QFormLayout *m_details = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QLabel *m_segment = nullptr;
    QLabel *m_tierLabel = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_marketingLabel = nullptr;
    QLabel *m_marketing = nullptr;
    QLabel *m_recordingLabel = nullptr;
    QLabel *m_recording = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_contactsHeading = nullptr;
    QWidget *m_contacts = nullptr;
    QGridLayout *m_contactsLayout = nullptr;
    QLabel *m_workItemsHeading = nullptr;
    QWidget *m_workItemsBox = nullptr;
    QVBoxLayout *m_workItemsLayout = nullptr;
    QLabel *m_csatHeading = nullptr;
    CsatTrendWidget *m_csat = nullptr;
};

} // namespace ContactDesk

#pragma once

#include "domain/customer.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

namespace ContactDesk {

// The customers a directory search found, in the order the search ranked them.
class CustomerListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Role
    {
        CustomerIdRole = Qt::UserRole,
        DisplayNameRole,
        CompanyRole,
        SubtitleRole, // company and the primary phone number or e-mail address
        VipRole,      // bool
        ValueTierTextRole,
    };
    Q_ENUM(Role)

    explicit CustomerListModel(QObject *parent = nullptr);

    void setCustomers(const QList<Customer> &customers);
    const QList<Customer> &customers() const { return m_customers; }
    const Customer *customerAt(int row) const;
    int rowOfCustomer(qint64 customerId) const;

    // Region phone numbers are formatted for ("KR": 010-1234-5678, "US": +82 10-1234-5678).
    void setPhoneRegion(const QString &region);
    QString phoneRegion() const { return m_phoneRegion; }

    // Words in the rows come from tr(); call after the UI language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString subtitle(const Customer &customer) const;

    QList<Customer> m_customers;
    QString m_phoneRegion = QStringLiteral("KR");
    QIcon m_vipIcon;
};

} // namespace ContactDesk

#include "customerlistmodel.h"

#include "displaytext.h"
#include "phone/phonenumbers.h"

namespace ContactDesk {

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_vipIcon(QStringLiteral(":/icons/vip.svg"))
{}

void CustomerListModel::setCustomers(const QList<Customer> &customers)
{
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

const Customer *CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= m_customers.size())
        return nullptr;
    return &m_customers.at(row);
}

int CustomerListModel::rowOfCustomer(qint64 customerId) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).id == customerId)
            return row;
    }
    return -1;
}

void CustomerListModel::setPhoneRegion(const QString &region)
{
    if (m_phoneRegion == region)
        return;
    m_phoneRegion = region;
    retranslate();
}

void CustomerListModel::retranslate()
{
    if (!m_customers.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_customers.size()) - 1));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

QString CustomerListModel::subtitle(const Customer &customer) const
{
    QStringList parts;
    if (!customer.company.trimmed().isEmpty())
        parts << customer.company.trimmed();
    const ContactPoint *phone = nullptr;
    const ContactPoint *email = nullptr;
    for (const ContactPoint &point : customer.contactPoints) {
        if (point.kind == ContactKind::Phone && (!phone || (point.primary && !phone->primary)))
            phone = &point;
        if (point.kind == ContactKind::Email && (!email || (point.primary && !email->primary)))
            email = &point;
    }
    if (phone)
        parts << PhoneNumbers::formatForRegion(phone->value, m_phoneRegion);
    else if (email)
        parts << email->value;
    return parts.join(QStringLiteral(" · "));
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    const Customer *customer = index.isValid() ? customerAt(index.row()) : nullptr;
    if (!customer)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return customer->displayName();
    case Qt::DecorationRole:
        return customer->vip ? m_vipIcon : QIcon();
    case Qt::AccessibleTextRole:
        return customer->vip ? tr("%1, VIP, %2").arg(customer->displayName(), subtitle(*customer))
                             : QStringLiteral("%1, %2").arg(customer->displayName(), subtitle(*customer));
    case CustomerIdRole:
        return customer->id;
    case CompanyRole:
        return customer->company;
    case SubtitleRole:
        return subtitle(*customer);
    case VipRole:
        return customer->vip;
    case ValueTierTextRole:
        return DisplayText::valueTierName(customer->valueTier);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CustomerIdRole, "customerId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(CompanyRole, "company");
    names.insert(SubtitleRole, "subtitle");
    names.insert(VipRole, "vip");
    names.insert(ValueTierTextRole, "valueTier");
    return names;
}

} // namespace ContactDesk

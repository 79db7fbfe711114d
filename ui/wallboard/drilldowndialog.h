#pragma once

#include "backend/deskbackend.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ContactDesk {

// The contacts behind one figure of the wallboard.
class DrillDownModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownModel)

public:
    enum Column
    {
        IdColumn,
        ChannelColumn,
        QueueColumn,
        CustomerColumn,
        AgentColumn,
        ArrivedColumn,
        WaitColumn,
        StateColumn,
        SubjectColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int CustomerIdRole = Qt::UserRole + 1;

    explicit DrillDownModel(QObject *parent = nullptr);

    void setContacts(const QList<WallboardContact> &contacts, const QHash<QString, QString> &queueNames);
    const QList<WallboardContact> &contacts() const { return m_contacts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<WallboardContact> m_contacts;
    QHash<QString, QString> m_queueNames;
};

// A drill-down: asks the backend for exactly the contacts behind a figure and lists them. Double-
// clicking a contact with a known customer asks for the customer's timeline (customerRequested).
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    DrillDownDialog(DeskBackend *backend, const WallboardDrillDown &request, const QString &groupName,
                    const QHash<QString, QString> &queueNames, QWidget *parent = nullptr);

    const WallboardDrillDown &request() const { return m_request; }
    bool isLoaded() const { return m_loaded; }
    // The contacts listed (0 until loaded).
    int rowCount() const;
    QList<qint64> interactionIds() const;
    QString errorText() const { return m_error; }
    DrillDownModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Asks again (the figure may have grown).
    void reload();

Q_SIGNALS:
    void loaded(int rows);
    void customerRequested(qint64 customerId, const QString &customerName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    QPointer<DeskBackend> m_backend;
    WallboardDrillDown m_request;
    QString m_groupName;
    QHash<QString, QString> m_queueNames;
    quint64 m_generation = 0;
    bool m_loaded = false;
    QString m_error;
    DrillDownModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ContactDesk

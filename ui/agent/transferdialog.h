#pragma once

#include "backend/deskbackend.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ContactDesk {

// Where to send a contact: the colleagues (with their presence) and the queues (with how many
// contacts wait in each), from DeskBackend::transferTargets, filtered as one types. "Transfer"
// hands the contact over at once (blind); "Consult" talks to the colleague first, the customer
// on hold. Queues take blind transfers only.
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    enum class Choice
    {
        Transfer,
        Consult,
    };

    // `preferred` decides which button Enter presses; `allowConsult` is false for contacts that
    // cannot be consulted on.
    TransferDialog(DeskBackend &backend, Choice preferred, bool allowConsult, QWidget *parent = nullptr);

    std::optional<TransferTarget> selectedTarget() const;
    Choice choice() const { return m_choice; }
    const QList<TransferTarget> &targets() const { return m_targets; }
    bool isLoaded() const { return m_loaded; }

    QLineEdit *filterField() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    // Selects the target with this agent id or queue id; false when it is not listed.
    bool selectAgent(qint64 agentId);
    bool selectQueue(const QString &queueId);

Q_SIGNALS:
    void targetsLoaded();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void populate();
    void updateButtons();
    void choose(Choice choice);

    QPointer<DeskBackend> m_backend;
    Choice m_preferred;
    Choice m_choice;
    bool m_allowConsult;
    bool m_loaded = false;
    QString m_error;
    QList<TransferTarget> m_targets;

    QLabel *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_transferButton = nullptr;
    QPushButton *m_consultButton = nullptr;
};

} // namespace ContactDesk

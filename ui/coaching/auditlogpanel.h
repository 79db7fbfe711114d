#pragma once

#include "backend/coachingbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ContactDesk {

class AuditLogModel;

// The audit log for supervisors and admins, read-only: who played, exported or deleted which
// recording, put it under legal hold or lifted the hold, and whether it was done, denied or failed,
// newest first, narrowed by action and outcome. There is nothing here to change or remove an entry
// (the core has no way to either).
class AuditLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPanel)

public:
    // Entries asked for at a time; "Older Entries" asks for the next ones.
    static constexpr int PageLimit = 200;

    explicit AuditLogPanel(QWidget *parent = nullptr);

    // Whoever may take recordings out of ContactDesk reads the log (the backend's rule).
    static bool mayRead(const std::optional<CoachingUser> &user);

    void setBackend(CoachingBackend *backend);
    void setUser(const std::optional<CoachingUser> &user);
    // The newest entries again, with the filters as they are.
    void reload();
    void loadOlder();
    bool isSettled() const { return m_requests == 0; }
    AuditFilter filter() const;

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *olderButton() const { return m_older; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void settledChanged();
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void load(const AuditFilter &filter, bool append);
    void loadRecordingContacts();
    void updateSummary();
    void begin();
    void end();

    QPointer<CoachingBackend> m_backend;
    std::optional<CoachingUser> m_user;
    quint64 m_generation = 0;
    int m_requests = 0;
    bool m_hasMore = false;
    QString m_error;

    AuditLogModel *m_model = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QComboBox *m_outcome = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_older = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ContactDesk

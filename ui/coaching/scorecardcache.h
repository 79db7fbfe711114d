#pragma once

#include "backend/coachingbackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ContactDesk {

// The scorecards the view has fetched, by id and version: a stored version never changes, so each
// is asked for once, however many evaluations show it.
class ScorecardCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardCache)

public:
    using Reply = std::function<void(const BackendResult<Scorecard> &)>;

    explicit ScorecardCache(QObject *parent = nullptr);

    void setBackend(CoachingBackend *backend);
    // The form (id, version); answers at once when it is known.
    void fetch(const QString &scorecardId, int version, QObject *context, Reply reply);
    // A form from elsewhere (the list of latest versions), so that fetch() need not ask.
    void remember(const Scorecard &form);
    const Scorecard *find(const QString &scorecardId, int version) const;
    bool isSettled() const { return m_pending.isEmpty(); }

private:
    static QString key(const QString &scorecardId, int version);

    QPointer<CoachingBackend> m_backend;
    quint64 m_generation = 0;
    QHash<QString, Scorecard> m_forms;
    QHash<QString, QList<std::pair<QPointer<QObject>, Reply>>> m_pending;
};

} // namespace ContactDesk

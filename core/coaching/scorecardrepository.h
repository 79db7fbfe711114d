#pragma once

#include "scorecard.h"
#include "security/permissions.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// Evaluation forms, every version of them (table `scorecards`, one row per id and version, the
// form as JSON). A version once stored never changes: evaluations name the version they used.
class ScorecardRepository final
{
public:
    explicit ScorecardRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ScorecardRepository)

    // Validates `form` and stores it as the next version of its id (1 for a new id); sets
    // form.version. A form identical to its latest version is not stored again: form.version
    // becomes that version. Needs Action::WriteEvaluation (team leads and up).
    std::optional<DomainError> save(const Principal &who, Scorecard &form, qint64 nowMs);

    // Forms are no secret (an agent reads the form they were scored with), so reads need no
    // principal.
    StoreResult<Scorecard> find(const QString &id, int version);
    StoreResult<Scorecard> latest(const QString &id);
    StoreResult<QList<int>> versions(const QString &id); // oldest first
    StoreResult<QList<Scorecard>> listLatest();          // the latest version of every form, by id

private:
    Database &m_database;
};

} // namespace ContactDesk

#include "scorecardrepository.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

// A stored form was valid when it was written; one that no longer reads is reported, not skipped,
// so that nobody scores with half a form.
static StoreResult<Scorecard> formFromRow(const QSqlQuery &query)
{
    const QString id = query.value(0).toString();
    const int version = query.value(1).toInt();
    auto form = Scorecard::fromJson(query.value(2).toString().toUtf8());
    if (!form) {
        return DomainError{StoreErrorCode::QueryFailed.toString(),
                           u"stored scorecard '%1' version %2 is damaged: %3"_s.arg(
                               id, QString::number(version), form.error().message)};
    }
    form->version = version;
    return form;
}

static StoreResult<QList<Scorecard>> readForms(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Scorecard> forms;
    while (query->next()) {
        auto form = formFromRow(*query);
        if (!form) {
            query->finish();
            return form.error();
        }
        forms.append(form.value());
    }
    query->finish();
    return forms;
}

ScorecardRepository::ScorecardRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> ScorecardRepository::save(const Principal &who, Scorecard &form, qint64 nowMs)
{
    if (auto refused = Permissions::check(who, Action::WriteEvaluation))
        return refused;
    // Through JSON, so that what is compared with the stored versions is exactly what would be
    // stored (texts trimmed); this also validates it.
    Scorecard unnumbered = form;
    unnumbered.version = 0; // the repository numbers versions
    if (auto error = unnumbered.validate())
        return error;
    auto normalized = Scorecard::fromJson(unnumbered.toJson());
    if (!normalized)
        return normalized.error();
    Scorecard candidate = normalized.value();

    return m_database.transaction([&]() -> std::optional<DomainError> {
        auto current = latest(candidate.id);
        if (current.ok() && current->sameContent(candidate)) {
            form.version = current->version;
            return std::nullopt;
        }
        if (!current.ok() && !current.isNotFound())
            return current.error();
        candidate.version = current.ok() ? current->version + 1 : 1;

        QJsonObject definition = candidate.toJson();
        definition.remove(u"version"_s); // the column holds it
        auto inserted = m_database.execute(
            u"INSERT INTO scorecards (id, version, name_en, name_ko, definition, created_ms, "
            u"created_by_user_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {candidate.id, candidate.version, candidate.nameEn, candidate.nameKo,
             QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), qlonglong(nowMs),
             who.userId > 0 ? QVariant(qlonglong(who.userId)) : QVariant(QMetaType::fromType<qlonglong>())});
        if (!inserted)
            return inserted.error();
        inserted.value()->finish();
        form.version = candidate.version;
        return std::nullopt;
    });
}

StoreResult<Scorecard> ScorecardRepository::find(const QString &id, int version)
{
    auto forms = readForms(m_database.execute(
        u"SELECT id, version, definition FROM scorecards WHERE id = ? AND version = ?"_s, {id, version}));
    if (!forms)
        return forms.error();
    if (forms->isEmpty())
        return storeNotFound(u"scorecard '%1' version %2"_s.arg(id, QString::number(version)));
    return forms->constFirst();
}

StoreResult<Scorecard> ScorecardRepository::latest(const QString &id)
{
    auto forms = readForms(m_database.execute(u"SELECT id, version, definition FROM scorecards WHERE id = ?"
                                              " ORDER BY version DESC LIMIT 1"_s,
                                              {id}));
    if (!forms)
        return forms.error();
    if (forms->isEmpty())
        return storeNotFound(u"scorecard '%1'"_s.arg(id));
    return forms->constFirst();
}

StoreResult<QList<int>> ScorecardRepository::versions(const QString &id)
{
    auto found = m_database.execute(u"SELECT version FROM scorecards WHERE id = ? ORDER BY version"_s, {id});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<int> versions;
    while (query->next())
        versions.append(query->value(0).toInt());
    query->finish();
    return versions;
}

StoreResult<QList<Scorecard>> ScorecardRepository::listLatest()
{
    return readForms(m_database.execute(
        u"SELECT s.id, s.version, s.definition FROM scorecards s"
        " WHERE s.version = (SELECT MAX(v.version) FROM scorecards v WHERE v.id = s.id) ORDER BY s.id"_s));
}

} // namespace ContactDesk

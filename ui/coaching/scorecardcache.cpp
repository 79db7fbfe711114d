#include "scorecardcache.h"

namespace ContactDesk {

ScorecardCache::ScorecardCache(QObject *parent)
    : QObject(parent)
{}

QString ScorecardCache::key(const QString &scorecardId, int version)
{
    return scorecardId + QLatin1Char('\n') + QString::number(version);
}

void ScorecardCache::setBackend(CoachingBackend *backend)
{
    ++m_generation;
    m_backend = backend;
    m_forms.clear();
    m_pending.clear();
}

void ScorecardCache::remember(const Scorecard &form)
{
    m_forms.insert(key(form.id, form.version), form);
}

const Scorecard *ScorecardCache::find(const QString &scorecardId, int version) const
{
    const auto found = m_forms.constFind(key(scorecardId, version));
    return found == m_forms.cend() ? nullptr : &*found;
}

void ScorecardCache::fetch(const QString &scorecardId, int version, QObject *context, Reply reply)
{
    if (const Scorecard *form = find(scorecardId, version)) {
        reply(*form);
        return;
    }
    if (!m_backend) {
        reply(BackendError{QStringLiteral("unavailable"), tr("Coaching is not available here")});
        return;
    }
    const QString k = key(scorecardId, version);
    const bool asked = m_pending.contains(k);
    m_pending[k].append({QPointer<QObject>(context), std::move(reply)});
    if (asked)
        return;
    const quint64 generation = m_generation;
    QPointer<ScorecardCache> self(this);
    m_backend->scorecard(scorecardId, version, [self, generation, k](const BackendResult<Scorecard> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (result.ok())
            self->remember(result.value());
        const auto waiting = self->m_pending.take(k);
        for (const auto &[context, reply] : waiting) {
            if (context)
                reply(result);
        }
    });
}

} // namespace ContactDesk

#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static std::optional<DomainError> missingEventLoop(const QString &service, const QString &key)
{
    if (QCoreApplication::instance() && QThread::currentThread()->eventDispatcher())
        return std::nullopt;
    return DomainError{KeychainErrorCode::Unavailable.toString(),
                       u"The keychain entry '%1' of %2 cannot be reached: the keychain needs a "
                       "QCoreApplication and an event dispatcher in this thread"_s.arg(key, service)};
}

// Starts the job and waits for its finished() signal. The job is queued by start() and never
// finishes inside it, but the flag keeps the loop from waiting for a signal already sent.
static void runToCompletion(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec();
}

static DomainError jobError(const QKeychain::Job &job, const QString &what)
{
    const bool notFound = job.error() == QKeychain::EntryNotFound;
    return DomainError{
        notFound ? KeychainErrorCode::NotFound.toString() : KeychainErrorCode::Unavailable.toString(),
        u"%1 the keychain entry '%2' of %3: %4"_s.arg(
            what, job.key(), job.service(), notFound ? u"there is no such entry"_s : job.errorString())};
}

std::variant<QByteArray, DomainError> Keychain::read(const QString &service, const QString &key)
{
    if (auto error = missingEventLoop(service, key))
        return *error;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job, u"Cannot read"_s);
    return job.binaryData();
}

std::optional<DomainError> Keychain::write(const QString &service, const QString &key,
                                           const QByteArray &secret)
{
    if (auto error = missingEventLoop(service, key))
        return error;
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setBinaryData(secret);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job, u"Cannot write"_s);
    return std::nullopt;
}

std::optional<DomainError> Keychain::remove(const QString &service, const QString &key)
{
    if (auto error = missingEventLoop(service, key))
        return error;
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runToCompletion(job);
    // Removing what is not there leaves the keychain as the caller wants it.
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    return jobError(job, u"Cannot remove"_s);
}

} // namespace ContactDesk

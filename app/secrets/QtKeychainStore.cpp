#include "app/secrets/QtKeychainStore.h"

#include "app/secrets/SecretServiceProbe.h"

#include <qt6keychain/keychain.h>

namespace xs {

namespace {

KeyStore::Status statusFor(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return KeyStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeyStore::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
        return KeyStore::Status::AccessDenied;
    case QKeychain::AccessDenied:
        // libsecret answers this when the collection is locked and no prompt could unlock it.
        return KeyStore::Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeyStore::Status::NoService;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // Without a session bus QtKeychain reports OtherError ("Cannot autolaunch D-Bus ...", or
    // libsecret's "Could not connect: ..." when the bus address points nowhere).
    const QString text = job.errorString();
    if (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("org.freedesktop.secrets")) ||
        text.contains(QLatin1String("ServiceUnknown")))
        return KeyStore::Status::NoService;
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return KeyStore::Status::Locked;
    return KeyStore::Status::Failed;
}

template <typename JobType>
void finishWith(JobType* job, const KeyStore::Callback& done, bool withSecret)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done, withSecret] {
        KeyStore::Result result;
        result.status = statusFor(*job);
        result.detail = job->errorString();
        if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
            if (withSecret && result.status == KeyStore::Status::Ok)
                result.secret = job->binaryData();
            // A locked keyring that no prompt could open looks like a missing entry.
            if (result.status == KeyStore::Status::NotFound &&
                SecretServiceProbe::defaultCollectionLocked() == true)
                result.status = KeyStore::Status::Locked;
        }
        if (done)
            done(result);
    });
}

} // namespace

QtKeychainStore::QtKeychainStore(QString service)
    : m_service(std::move(service))
{}

void QtKeychainStore::read(const QString& account, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    finishWith(job, done, true);
    job->start();
}

void QtKeychainStore::write(const QString& account, const QByteArray& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setBinaryData(secret);
    finishWith(job, done, false);
    job->start();
}

void QtKeychainStore::remove(const QString& account, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    finishWith(job, done, false);
    job->start();
}

} // namespace xs

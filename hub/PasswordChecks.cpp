#include "hub/PasswordChecks.h"

#include "models/crypto/PasswordHash.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace xs {

PasswordChecks::PasswordChecks(int running, int waiting, QObject* parent)
    : QObject(parent)
    , m_capacity(running + waiting)
{
    m_pool.setMaxThreadCount(running);
}

PasswordChecks::~PasswordChecks()
{
    m_pool.waitForDone();
}

bool PasswordChecks::start(const QString& passwordHash, const QByteArray& password,
                           std::function<void(bool)> done)
{
    if (m_inFlight >= m_capacity)
        return false;
    ++m_inFlight;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, done = std::move(done)] {
        --m_inFlight;
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [passwordHash, password] { return PasswordHash::verify(passwordHash, password); }));
    return true;
}

} // namespace xs

#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace xs {

/// Argon2id checks of login passwords, off the thread that serves requests and bounded. Each check
/// takes about a second of CPU and 64 MiB: run on the serving thread, 30 logins at once stalled
/// /health for 4.7 s. Here a few run at a time, a few more wait their turn, and any beyond that are
/// turned away at once (503 with Retry-After), so neither time nor memory grows with the crowd.
class PasswordChecks : public QObject
{
    Q_OBJECT

public:
    explicit PasswordChecks(int running = 2, int waiting = 8, QObject* parent = nullptr);
    ~PasswordChecks() override;

    /// Checks password against the hash on a worker; done(matches) runs on this object's thread.
    /// False (and done never runs) when the queue is full.
    bool start(const QString& passwordHash, const QByteArray& password, std::function<void(bool)> done);
    int inFlight() const { return m_inFlight; }

private:
    QThreadPool m_pool;
    int m_capacity;
    int m_inFlight = 0;
};

} // namespace xs

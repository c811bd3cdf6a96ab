#pragma once

#include <QObject>

class QSocketNotifier;

namespace xs {

/// SIGHUP, SIGTERM and SIGINT as Qt signals, delivered on the event loop. A signal handler may do
/// almost nothing safely; it writes the signal's number into a socket pair, and a QSocketNotifier
/// reads it back where anything may be done (the self-pipe pattern).
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    /// Installs the handlers; one instance per process (the handlers are process-wide).
    explicit UnixSignals(QObject* parent = nullptr);
    ~UnixSignals() override;

signals:
    void hangUp();    // SIGHUP: reload (systemctl reload)
    void terminate(); // SIGTERM or SIGINT: finish and leave

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace xs

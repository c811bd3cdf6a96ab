#pragma once

#include "hub/DevCertificate.h"

#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace xs::test {

/// A real xiangshu-hub serving HTTPS on a free loopback port, with its own certificate.
class HubProcess
{
public:
    /// workDirectory holds the certificate (made once) and, for SQLite, the hub database.
    explicit HubProcess(QString workDirectory, DevCertificate::Request certificate = {});
    ~HubProcess();

    /// Starts `serve` on database (a path or postgresql://...); waits until it listens.
    bool start(const QString& database, const QStringList& extraArguments = {});
    /// From the next start (and for run()), the hub's clock starts at this instant and runs on
    /// (XS_CLOCK), so a test decides what "today" is on the hub too. Invalid: the real time.
    void setClockStart(const QDateTime& start) { m_clockStart = start; }
    /// SIGKILL: no chance to clean up, like a power cut of the hub machine.
    void kill();
    /// SIGTERM and wait.
    void stop();
    bool isRunning() const;

    /// Runs another xiangshu-hub command (demo, user add) and returns its exit code; clockStart as
    /// for setClockStart.
    static int run(const QStringList& arguments, QByteArray* output = nullptr,
                   const QDateTime& clockStart = {});

    QUrl url() const;
    quint16 port() const { return m_port; }
    QString caFile() const { return m_files.certificatePath; }
    QString pin() const { return m_files.sha256; }
    /// The public half of the key the hub signs receipts with (every start passes --signing-key).
    QString signingPublicKeyPath() const { return m_files.signingPublicKeyPath; }
    QString database() const { return m_database; }
    QByteArray log() const { return m_log; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

private:
    QString m_directory;
    DevCertificate::Files m_files;
    std::unique_ptr<QProcess> m_process;
    QString m_database;
    QStringList m_extraArguments;
    quint16 m_port = 0;
    QByteArray m_log;
    QDateTime m_clockStart;
};

} // namespace xs::test

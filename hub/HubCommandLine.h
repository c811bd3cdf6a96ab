#pragma once

#include "models/common/Clock.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <optional>

namespace xs {

/// xiangshu-hub's commands (CLI.md): serve, dev-cert, signing-key, user(s), calendar publish,
/// backup, restore, verify, demo. Exit codes: 0 success, 1 failure, 2 usage, 4 a broken trail.
class HubCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(xs::HubCommandLine)

public:
    /// clock: the hub's time for everything it decides and stores (outlives the command).
    explicit HubCommandLine(const Clock& clock);

    int run(const QStringList& arguments);

    static QString helpText();

    /// The demo users' password (documented in the README; for demonstrations only).
    static QString demoPassword();

private:
    struct Tls
    {
        QSslCertificate certificate;
        QSslKey key;
    };
    /// The certificate and its key (EC or RSA), PEM; nullopt with *error if either is unreadable.
    static std::optional<Tls> readTls(const QString& certificatePath, const QString& keyPath, QString* error);

    int serve(const QStringList& arguments);
    int devCert(const QStringList& arguments);
    int signingKey(const QStringList& arguments);
    int demo(const QStringList& arguments);
    int publishCalendar(const QStringList& arguments);
    /// command: "backup" or "restore" (HubBackup).
    int backupOrRestore(const QString& command, const QStringList& arguments);
    /// Walks the hub's trail (HubTrail); exit 4 if it is broken (CLI.md: corrupt).
    int verify(const QStringList& arguments);

    const Clock& m_clock;
};

} // namespace xs

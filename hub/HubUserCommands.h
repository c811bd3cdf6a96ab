#pragma once

#include "models/common/Clock.h"

#include <QCoreApplication>
#include <QStringList>

namespace xs {

class HubStore;

/// `xiangshu-hub user add` and `xiangshu-hub users add|list|disable|enable|reset-password|sessions|
/// revoke|unlock` (CLI.md), on the hub's store directly: what an administrator does on the hub
/// machine, also while hubs serve (every change is effective at once for all of them).
class HubUserCommands
{
    Q_DECLARE_TR_FUNCTIONS(xs::HubUserCommands)

public:
    explicit HubUserCommands(const Clock& clock);

    /// subcommand: "add", "list", ...; arguments: what follows it (its own name first, as
    /// QCommandLineParser expects). Returns the exit code.
    int run(const QString& subcommand, const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list(HubStore& store);
    int setDisabled(HubStore& store, const QString& name, bool disabled);
    int resetPassword(HubStore& store, const QString& name, const QString& passwordFile);
    int sessions(HubStore& store, const QString& name);
    int revoke(HubStore& store, const QString& name, const QString& session);
    int unlock(HubStore& store, const QString& name);

    const Clock& m_clock;
};

} // namespace xs
